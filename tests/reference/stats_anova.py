#!/usr/bin/python3
"""Reference one-way ANOVA values for src/core/stats/anova.ts and src/core/explain/anova.ts.

Run with Debian's python3: /usr/bin/python3 tests/reference/stats_anova.py
Writes tests/fixtures/stats/anova.json:
- iris: scipy.stats.f_oneway of each of the 4 features across the 3 species
  (/work/shared/datasets/real/iris.csv, Fisher's iris as shipped by scikit-learn), plus the sums of
  squares computed with numpy from their definitions;
- textbook: small published examples (group values and scipy's F, p).
"""
import csv
import json
import pathlib

import numpy as np
import scipy
from scipy import stats

IRIS = pathlib.Path("/work/shared/datasets/real/iris.csv")


def sums_of_squares(groups):
    allv = np.concatenate(groups)
    grand = allv.mean()
    ssb = sum(len(g) * (g.mean() - grand) ** 2 for g in groups)
    ssw = sum(((g - g.mean()) ** 2).sum() for g in groups)
    return float(ssb), float(ssw)


def case(name, groups):
    groups = [np.asarray(g, dtype=float) for g in groups]
    res = stats.f_oneway(*groups)
    ssb, ssw = sums_of_squares(groups)
    return {
        "name": name,
        "groups": [g.tolist() for g in groups],
        "ssb": ssb,
        "ssw": ssw,
        "dfb": len(groups) - 1,
        "dfw": int(sum(len(g) for g in groups) - len(groups)),
        "f": float(res.statistic),
        "p": float(res.pvalue),
    }


with IRIS.open() as fh:
    rows = list(csv.DictReader(fh))
features = [c for c in rows[0].keys() if c != "species"]
species = sorted({r["species"] for r in rows})
iris = {
    "species": [r["species"] for r in rows],
    "features": features,
    "columns": {f: [float(r[f]) for r in rows] for f in features},
    "anova": [case(f, [[float(r[f]) for r in rows if r["species"] == s] for s in species]) for f in features],
}

textbook = [
    # Wikipedia, "One-way analysis of variance", worked example: SSB = 84, SSW = 68, F(2, 15) ≈ 9.3.
    case("wikipedia", [[6, 8, 4, 5, 3, 4], [8, 12, 9, 11, 6, 8], [13, 9, 11, 8, 7, 12]]),
    # stemcalculators.app "ANOVA Calculator: One-Way ANOVA F-Test Worked Example": SSB = 79.6.
    case("stemcalculators", [[8, 9, 6, 7, 10], [5, 4, 6, 5, 3], [9, 10, 12, 11, 9]]),
    # Unequal group sizes, two groups (F = t² of the pooled t test).
    case("two-groups-unequal", [[1.5, 2.5, 2.0, 3.1], [4.0, 3.2, 5.5]]),
]

out = {
    "source": f"scipy {scipy.__version__} stats.f_oneway; sums of squares with numpy {np.__version__}",
    "script": "tests/reference/stats_anova.py",
    "iris": iris,
    "textbook": textbook,
}
path = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "stats" / "anova.json"
path.write_text(json.dumps(out, indent=1) + "\n")
print(f"wrote {path}")
for c in iris["anova"] + textbook:
    print(c["name"], c["ssb"], c["ssw"], c["f"], c["p"])
