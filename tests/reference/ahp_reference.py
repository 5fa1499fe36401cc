#!/usr/bin/python3
"""Reference values for the AHP engine tests, computed with numpy (LAPACK eig), independently
of the TypeScript code.

Run from the repository root:  /usr/bin/python3 tests/reference/ahp_reference.py
Writes tests/fixtures/ahp/reference.json. The tests read the JSON; they never run Python.

For every matrix:
  eigen      principal right eigenvector (numpy.linalg.eig, largest real eigenvalue), sum 1,
             and that eigenvalue;
  geometric  row geometric mean, sum 1;
  column     normalised column average (sum-product), sum 1;
  lambda_*   mean of (A w)_i / w_i for each method's w;
  gci        Aguaron & Moreno-Jimenez GCI with the geometric weights (natural log).
"""
import json
import os

import numpy as np

from ahp_common import LEADER, eigen, recip

FR = lambda p, q: p / q  # noqa: E731  (fractions written as in the sources)


def geometric(a):
    g = np.exp(np.log(a).mean(axis=1))
    return g / g.sum()


def column(a):
    w = (a / a.sum(axis=0)).mean(axis=1)
    return w / w.sum()


def mean_ratio(a, w):
    return float(np.mean(a @ w / w))


def gci(a, w):
    n = a.shape[0]
    if n <= 2:
        return 0.0
    s = 0.0
    for i in range(n):
        for j in range(i + 1, n):
            s += np.log(a[i, j] * w[j] / w[i]) ** 2
    return float(2 * s / ((n - 1) * (n - 2)))


def describe(a):
    we, lam = eigen(a)
    wg = geometric(a)
    wc = column(a)
    return {
        "matrix": a.tolist(),
        "eigen": we.tolist(),
        "eigenvalue": lam,
        "geometric": wg.tolist(),
        "column": wc.tolist(),
        "lambda_eigen": mean_ratio(a, we),
        "lambda_geometric": mean_ratio(a, wg),
        "lambda_column": mean_ratio(a, wc),
        "gci": gci(a, wg),
    }


examples = {
    # Saaty (2008) drinks consumption, as reproduced in the AHPy README
    "drinks": np.array([
        [1, 9, 5, 2, 1, 1, 1 / 2],
        [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
        [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
        [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
        [1, 9, 4, 2, 1, 2, 1 / 2],
        [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
        [2, 9, 9, 3, 2, 3, 1],
    ]),
    **LEADER,
    # methodology.md §2.3 worked example
    "methodology": np.array([[1, 3, 1 / 2], [1 / 3, 1, 3], [2, 1 / 3, 1]]),
    # methodology.md §1.3 teaching examples (computed there, secondary checks)
    "teach_current": np.array([
        [1, 2, 3, 4, 5],
        [1 / 2, 1, 2, 3, 4],
        [1 / 3, 1 / 2, 1, 2, 3],
        [1 / 4, 1 / 3, 1 / 2, 1, 2],
        [1 / 5, 1 / 4, 1 / 3, 1 / 2, 1],
    ]),
    "teach_potential": np.array([
        [1, 1, 2, 3, 3],
        [1, 1, 2, 3, 3],
        [1 / 2, 1 / 2, 1, 2, 2],
        [1 / 3, 1 / 3, 1 / 2, 1, 1],
        [1 / 3, 1 / 3, 1 / 2, 1, 1],
    ]),
}

out = {"examples": {k: describe(v) for k, v in examples.items()}}

# methodology worked example: CR after a13 := 5, 7, 9 (eigenvector, Saaty 1980 RI(3) = 0.58)
m = examples["methodology"]
cr_after = {}
for v in (5, 7, 9):
    b = m.copy()
    b[0, 2] = v
    b[2, 0] = 1 / v
    _, lam = eigen(b)
    cr_after[str(v)] = (lam - 3) / 2 / 0.58
out["methodology_cr_after_a13"] = cr_after

# random reciprocal matrices on Saaty's scale, n = 3..15
rng = np.random.default_rng(20260101)
scale = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9]
random_cases = []
for n in list(range(3, 16)) * 3:
    upper = [scale[rng.integers(0, len(scale))] for _ in range(n * (n - 1) // 2)]
    random_cases.append(describe(recip(upper, n)))
out["random"] = random_cases

# group: three experts over four items
experts = [
    recip([3, 5, 1 / 2, 2, 1 / 3, 1 / 4], 4),
    recip([2, 7, 1, 3, 1 / 2, 1 / 5], 4),
    recip([5, 3, 1 / 3, 1, 1 / 4, 1 / 3], 4),
]
weights = np.array([0.5, 0.3, 0.2])
aij_equal = np.exp(sum(np.log(e) for e in experts) / 3)
aij_weighted = np.exp(sum(w * np.log(e) for w, e in zip(weights, experts)))
ew = [eigen(e)[0] for e in experts]
aip_equal = np.exp(sum(np.log(w) for w in ew) / 3)
aip_equal /= aip_equal.sum()
aip_weighted = np.exp(sum(l * np.log(w) for l, w in zip(weights, ew)))
aip_weighted /= aip_weighted.sum()
out["group"] = {
    "experts": [e.tolist() for e in experts],
    "expert_weights": weights.tolist(),
    "aij_equal": describe(aij_equal),
    "aij_weighted": describe(aij_weighted),
    "aip_equal_eigen": aip_equal.tolist(),
    "aip_weighted_eigen": aip_weighted.tolist(),
}

path = os.path.join("tests", "fixtures", "ahp", "reference.json")
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print("wrote", path, "numpy", np.__version__)
