#!/usr/bin/python3
"""Reference values for fuzzy AHP (Chang's extent analysis, Buckley's geometric mean), computed
with numpy from the published formulas, independently of the TypeScript code.

Run from the repository root:  /usr/bin/python3 tests/reference/fuzzy_ahp_reference.py
Writes tests/fixtures/ahp/fuzzy-reference.json. The tests read the JSON; they never run Python.

Formulas as published:
  Chang, D.-Y. (1996) Applications of the extent analysis method on fuzzy AHP. EJOR 95(3) 649-655:
    S_i = sum_j M_ij (x) [sum_i sum_j M_ij]^-1 ; V(M2 >= M1) = 1 if m2 >= m1, 0 if l1 >= u2,
    else (l1 - u2) / ((m2 - u2) - (m1 - l1)) ; d(A_i) = min_k V(S_i >= S_k) ; w = d / sum d.
  Buckley, J. J. (1985) Fuzzy hierarchical analysis. Fuzzy Sets and Systems 17(3) 233-247:
    r_i = (prod_j a_ij)^(1/n) componentwise ; w_i = r_i (x) (sum r)^-1 ; centroid (l+m+u)/3, normalised.
  Consistency of the middle matrix: principal eigenvalue by numpy.linalg.eig, CI = (lmax-n)/(n-1),
  CR = CI / RI with Saaty's (1980) RI table.

The fuzzy scale (crisp judgment -> TFN) is written out here as a table, as fuzzy AHP papers print
it: 1 (1,1,1); 2 (1,2,3); 3 (2,3,4); ... 8 (7,8,9); 9 (9,9,9); a reciprocal judgment takes
(1/u, 1/m, 1/l). A non-integer judgment a > 1 is (max(1, a-1), a, min(9, a+1)).
"""
import json
import os

import numpy as np

from ahp_common import recip

SCALE = {1: (1, 1, 1), 2: (1, 2, 3), 3: (2, 3, 4), 4: (3, 4, 5), 5: (4, 5, 6), 6: (5, 6, 7), 7: (6, 7, 8), 8: (7, 8, 9), 9: (9, 9, 9)}
RI = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]


def tfn_of(a):
    if a < 1 - 1e-12:
        l, m, u = tfn_of(1.0 / a)
        return (1.0 / u, 1.0 / m, 1.0 / l)
    k = round(a)
    if abs(a - k) < 1e-9:
        return tuple(float(x) for x in SCALE[k])
    return (max(1.0, a - 1), a, min(9.0, a + 1))


def fuzzify(a):
    n = a.shape[0]
    f = np.ones((n, n, 3))
    for i in range(n):
        for j in range(n):
            if i != j:
                f[i, j] = tfn_of(a[i, j])
    return f


def chang(f):
    n = f.shape[0]
    rows = f.sum(axis=1)  # (n, 3)
    tot = rows.sum(axis=0)
    s = np.column_stack([rows[:, 0] / tot[2], rows[:, 1] / tot[1], rows[:, 2] / tot[0]])

    def v(m2, m1):  # V(M2 >= M1)
        if m2[1] >= m1[1]:
            return 1.0
        if m1[0] >= m2[2]:
            return 0.0
        return (m1[0] - m2[2]) / ((m2[1] - m2[2]) - (m1[1] - m1[0]))

    poss = [[1.0 if i == k else v(s[i], s[k]) for k in range(n)] for i in range(n)]
    d = np.array([min(poss[i][k] for k in range(n) if k != i) for i in range(n)])
    return {"extents": s.tolist(), "possibility": poss, "degrees": d.tolist(), "weights": (d / d.sum()).tolist()}


def buckley(f):
    n = f.shape[0]
    r = np.prod(f, axis=1) ** (1.0 / n)  # (n, 3)
    tot = r.sum(axis=0)
    w = np.column_stack([r[:, 0] / tot[2], r[:, 1] / tot[1], r[:, 2] / tot[0]])
    c = w.mean(axis=1)
    return {"means": r.tolist(), "fuzzyWeights": w.tolist(), "centroids": c.tolist(), "weights": (c / c.sum()).tolist()}


def middle_cr(f):
    m = f[:, :, 1]
    n = m.shape[0]
    vals = np.linalg.eigvals(m)
    lmax = float(np.max(vals.real))
    if n <= 2:
        return {"lambdaMax": lmax, "ci": 0.0, "cr": 0.0}
    ci = (lmax - n) / (n - 1)
    return {"lambdaMax": lmax, "ci": ci, "cr": ci / RI[n - 1]}


F = lambda p, q: p / q  # noqa: E731

# Crisp matrices fuzzified by the scale.
CRISP = {
    # methodology note teaching example 2 (row 1 = 1, 2, 3, 5), completed consistently-ish
    "retail-current-4": recip([2, 3, 5, 2, 3, 2], 4),
    # five indicators, row 1 = 1..5 (methodology note teaching example 1)
    "corporate-current-5": recip([2, 3, 4, 5, 2, 3, 4, 2, 3, 2], 5),
    # one item far below the others: Chang gives it weight 0
    "chang-zero-4": recip([1, 3, 9, 2, 7, 7], 4),
    # two items
    "pair": recip([3], 2),
    # Saaty's classic 3x3 (the report tests' "Potential value" node)
    "saaty-classic-3": recip([3, 5, 3], 3),
    # non-integer judgments (an AIJ group mean)
    "group-mean-3": recip([2.5, F(1, 1.7), 1.3], 3),
}

# A fuzzy matrix printed in a paper: Saputro, Figueira & Almada-Lobo, "Hybrid MCDM and
# simulation-optimization for strategic supplier selection", Table 9 (criteria Service,
# Relationship, Flexibility); their Table 11 prints Chang weights 0.567, 0.077, 0.356.
SAPUTRO = np.array([
    [(1, 1, 1), (2, 3, 4), (1, 2, 3)],
    [(F(1, 4), F(1, 3), F(1, 2)), (1, 1, 1), (F(1, 3), F(1, 2), 1)],
    [(F(1, 3), F(1, 2), 1), (1, 2, 3), (1, 1, 1)],
], dtype=float)

out = {"crisp": {}, "fuzzy": {}}
for name, a in CRISP.items():
    f = fuzzify(a)
    out["crisp"][name] = {"matrix": a.tolist(), "fuzzy": f.tolist(), "chang": chang(f), "buckley": buckley(f), "middle": middle_cr(f)}
out["fuzzy"]["saputro-table9"] = {"fuzzy": SAPUTRO.tolist(), "chang": chang(SAPUTRO), "buckley": buckley(SAPUTRO)}

path = os.path.join("tests", "fixtures", "ahp", "fuzzy-reference.json")
with open(path, "w") as fh:
    json.dump(out, fh, indent=1)
    fh.write("\n")
print("wrote", path)
for name, c in out["crisp"].items():
    print(name, "chang", np.round(c["chang"]["weights"], 4), "buckley", np.round(c["buckley"]["weights"], 4), "CR", round(c["middle"]["cr"], 4))
print("saputro chang", np.round(out["fuzzy"]["saputro-table9"]["chang"]["weights"], 4))
