#!/usr/bin/python3
"""Reference values for src/core/stats/distribution.ts and src/core/stats/rank.ts.

Run with Debian's python3: /usr/bin/python3 tests/reference/stats_distribution.py
Writes tests/fixtures/stats/distribution.json:
- median: numpy.median of each sample;
- quantile: numpy.quantile(x, q) with numpy's default method ('linear') for q in QS;
- histogram: numpy.histogram(x, bins=16) edges and counts (equal width from min to max, last bin closed);
- scoreBins: Scott's rule count ceil(range * n^(1/3) / (3.49 * sd)) capped at 200, the step rounded
  to 1, 2 or 5 x 10^k as d3's tickIncrement does (thresholds sqrt(50), sqrt(10), sqrt(2)), the first
  edge floor(min / step) * step, and numpy.histogram's counts over those edges;
- ranks / spearman: scipy.stats.rankdata(-x, method='average') and scipy.stats.spearmanr.
The samples come from numpy's seeded generator, plus hand-made ones with ties and even lengths.
"""
import json
import math
import pathlib

import numpy as np
import scipy
from scipy import stats

OUT = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "stats" / "distribution.json"
QS = [0, 0.05, 0.25, 0.5, 0.8, 0.95, 1]

rng = np.random.default_rng(20261207)
samples = {
    "normal-1001": rng.normal(50, 12, 1001),
    "lognormal-1000": rng.lognormal(3, 1, 1000),
    "uniform-2": rng.uniform(-5, 5, 2),
    "one": np.array([7.25]),
    "ties-even": np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8]),
    "scores-5000": np.clip(rng.normal(55, 15, 5000), 0, 100),
}


def score_bins(x):
    n = len(x)
    lo, hi = float(x.min()), float(x.max())
    sd = float(np.std(x, ddof=1))
    count = math.ceil((hi - lo) * n ** (1 / 3) / (3.49 * sd)) if sd > 0 else 1
    count = min(200, max(1, count))
    raw = (hi - lo) / count
    power = 10 ** math.floor(math.log10(raw))
    err = raw / power
    step = power * (10 if err >= math.sqrt(50) else 5 if err >= math.sqrt(10) else 2 if err >= math.sqrt(2) else 1)
    start = math.floor(lo / step) * step
    m = math.floor((hi - start) / step) + 1
    edges = [start + k * step for k in range(m + 1)]
    counts, _ = np.histogram(x, bins=edges)
    return {"x1": edges[:-1], "x2": edges[1:], "counts": counts.tolist()}


cases = []
for name, x in samples.items():
    x = np.asarray(x, dtype=float)
    case = {
        "name": name,
        "values": x.tolist(),
        "median": float(np.median(x)),
        "quantiles": [float(np.quantile(x, q)) for q in QS],
    }
    if x.min() < x.max():
        counts, edges = np.histogram(x, bins=16)
        case["histogram"] = {"edges": edges.tolist(), "counts": counts.tolist()}
        case["scoreBins"] = score_bins(x)
    cases.append(case)

pairs = []
for name, (a, b) in {
    "weights-5": ([0.31, 0.22, 0.18, 0.17, 0.12], [0.12, 0.25, 0.30, 0.18, 0.15]),
    "ties": ([0.3, 0.3, 0.2, 0.1, 0.1], [0.1, 0.2, 0.3, 0.2, 0.2]),
    "random-40": (rng.random(40).tolist(), rng.random(40).tolist()),
    "monotone-10": (list(range(10)), [v**3 for v in range(10)]),
}.items():
    rho = stats.spearmanr(a, b).correlation
    pairs.append({
        "name": name,
        "a": [float(v) for v in a],
        "b": [float(v) for v in b],
        "ranksA": stats.rankdata(-np.asarray(a, dtype=float), method="average").tolist(),
        "ranksB": stats.rankdata(-np.asarray(b, dtype=float), method="average").tolist(),
        "spearman": float(rho),
    })

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps({"numpy": np.__version__, "scipy": scipy.__version__, "qs": QS, "cases": cases, "pairs": pairs}) + "\n")
print(f"wrote {OUT}")
