#!/usr/bin/python3
"""Reference values for the "Show the calculation" panels (src/core/teach), computed with numpy
independently of the TypeScript code.

Run from the repository root:  /usr/bin/python3 tests/reference/teach_reference.py
Writes tests/fixtures/teach/reference.json. The tests read the JSON; they never run Python.

AHP (for each example matrix): column sums, the column-normalised matrix and its row sums,
row products and their n-th roots, weights by the three methods (eigen: numpy.linalg.eig),
four power-iteration steps from the uniform vector, Aw, (Aw)_i / w_i, lambda_max, CI and CR
with Saaty's (1980) RI (n=3: 0.58, n=4: 0.90).
Total ranking: the Wikipedia/Saaty leader hierarchy (criteria, then the candidates under each
criterion), CR = sum p CI / sum p RI with p the criteria's eigenvector weights.
Entropy: a 5-row table with a cost column: x', p, e, d, w (0 ln 0 = 0).
CRITIC: on the same table, sigma (n - 1) of x', Pearson r, sum of (1 - r), C = sigma * that, w.
"""
import json
import os

import numpy as np

from ahp_common import LEADER
from ahp_common import eigen as eigen_pair


def eigen(a):
    return eigen_pair(a)[0]


RI = {3: 0.58, 4: 0.90}


def ahp(a):
    n = a.shape[0]
    col = a.sum(axis=0)
    norm = a / col
    rows = norm.sum(axis=1)
    prod = np.prod(a, axis=1)
    roots = prod ** (1.0 / n)
    weights = {
        "eigen": eigen(a),
        "geometric": roots / roots.sum(),
        "column": rows / n / (rows / n).sum(),
    }
    w = np.full(n, 1.0 / n)
    steps = []
    for _ in range(4):
        w = a @ w
        w = w / w.sum()
        steps.append(w.tolist())
    out = {
        "matrix": a.tolist(),
        "column_sums": col.tolist(),
        "normalised": norm.tolist(),
        "normalised_row_sums": rows.tolist(),
        "row_products": prod.tolist(),
        "row_roots": roots.tolist(),
        "power_steps": steps,
        "methods": {},
    }
    for name, wm in weights.items():
        aw = a @ wm
        ratios = aw / wm
        lam = float(ratios.mean())
        ci = (lam - n) / (n - 1)
        out["methods"][name] = {
            "weights": wm.tolist(),
            "aw": aw.tolist(),
            "ratios": ratios.tolist(),
            "lambda_max": lam,
            "ci": ci,
            "ri": RI[n],
            "cr": ci / RI[n],
        }
    return out


examples = {
    **LEADER,
    # methodology.md §2.3 worked example (an inconsistent 3x3)
    "methodology": np.array([[1, 3, 1 / 2], [1 / 3, 1, 3], [2, 1 / 3, 1]]),
}

out = {"ahp": {k: ahp(v) for k, v in examples.items()}}

# total ranking of the leader hierarchy, eigenvector method
crit = examples["leader_criteria"]
p = eigen(crit)
nodes = [("goal", 1.0, crit)] + [(k, float(p[i]), examples[k]) for i, k in enumerate(["leader_experience", "leader_education", "leader_charisma", "leader_age"])]
rows = []
for name, g, a in nodes:
    n = a.shape[0]
    lam = float((a @ eigen(a) / eigen(a)).mean())
    ci = (lam - n) / (n - 1)
    rows.append({"node": name, "p": g, "ci": ci, "ri": RI[n]})
num = sum(r["p"] * r["ci"] for r in rows)
den = sum(r["p"] * r["ri"] for r in rows)
out["total_ranking"] = {"rows": rows, "sum_p_ci": num, "sum_p_ri": den, "cr": num / den}

# entropy on a 5-row table: deposits (benefit), loans (benefit), overdue days (cost)
table = np.array([[120.0, 30.0, 5.0], [80.0, 55.0, 0.0], [200.0, 10.0, 12.0], [60.0, 40.0, 3.0], [150.0, 25.0, 7.0]])
directions = ["benefit", "benefit", "cost"]
lo, hi = table.min(axis=0), table.max(axis=0)
x = np.empty_like(table)
for j, d in enumerate(directions):
    x[:, j] = (table[:, j] - lo[j]) / (hi[j] - lo[j]) if d == "benefit" else (hi[j] - table[:, j]) / (hi[j] - lo[j])
pm = x / x.sum(axis=0)
with np.errstate(divide="ignore", invalid="ignore"):
    plogp = np.where(pm > 0, pm * np.log(pm), 0.0)
e = -plogp.sum(axis=0) / np.log(table.shape[0])
d = 1 - e
out["entropy"] = {
    "table": table.tolist(),
    "directions": directions,
    "normalised": x.tolist(),
    "sums": x.sum(axis=0).tolist(),
    "p": pm.tolist(),
    "e": e.tolist(),
    "d": d.tolist(),
    "sum_d": float(d.sum()),
    "w": (d / d.sum()).tolist(),
}

# CRITIC on the same table: sigma (ddof = 1) of x', Pearson r, conflict, C, w
sd = x.std(axis=0, ddof=1)
r = np.corrcoef(x, rowvar=False)
conflict = (1 - r).sum(axis=1)
c = sd * conflict
out["critic"] = {"sd": sd.tolist(), "r": r.tolist(), "conflict": conflict.tolist(), "c": c.tolist(), "sum_c": float(c.sum()), "w": (c / c.sum()).tolist()}

path = os.path.join(os.path.dirname(__file__), "..", "fixtures", "teach", "reference.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print("wrote", os.path.normpath(path))
