#!/usr/bin/python3
"""Reference values for src/core/weighting (min–max, z-score, entropy, CRITIC).

An independent numpy implementation of the formulas in DESIGN.md / methodology §2.2, §2.4 and
Diakoulaki et al. (1995). Run with Debian's python3:
    /usr/bin/python3 tests/reference/weighting_reference.py
Writes tests/fixtures/weighting/reference.json; the tests read it and never run Python.

Data: the UCI "Wholesale customers" file (/work/shared/datasets/real/wholesale_customers.csv,
440 rows): Fresh, Milk, Grocery, Frozen, Detergents_Paper, Delicassen, with Frozen treated as a
cost indicator so that a reversed column is covered; and the ISLR Credit file (400 rows):
Income, Limit, Rating, Cards, Age (cost), Balance.
"""
import csv
import json
import pathlib

import numpy as np

DATA = pathlib.Path("/work/shared/datasets/real")


def load(name, cols):
    with (DATA / name).open() as fh:
        rows = list(csv.DictReader(fh))
    return np.array([[float(r[c]) for c in cols] for r in rows])


def minmax(X, directions):
    lo, hi = X.min(axis=0), X.max(axis=0)
    out = np.empty_like(X)
    for j, d in enumerate(directions):
        out[:, j] = (X[:, j] - lo[j]) / (hi[j] - lo[j]) if d == "benefit" else (hi[j] - X[:, j]) / (hi[j] - lo[j])
    return out


def zscore(X, directions):
    z = (X - X.mean(axis=0)) / X.std(axis=0, ddof=1)
    sign = np.array([1.0 if d == "benefit" else -1.0 for d in directions])
    return z * sign


def entropy(X, directions, shift):
    Xn = minmax(X, directions)
    if shift == "spssau":
        Xn = Xn + np.abs(Xn.min(axis=0)) + 0.01
    P = Xn / Xn.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(P > 0, P * np.log(P), 0.0)
    e = -plogp.sum(axis=0) / np.log(X.shape[0])
    d = 1 - e
    return {"e": e.tolist(), "d": d.tolist(), "weights": (d / d.sum()).tolist()}


def critic(X, directions):
    Xn = minmax(X, directions)
    sd = Xn.std(axis=0, ddof=1)
    R = np.corrcoef(Xn, rowvar=False)
    conflict = (1 - R).sum(axis=0)
    C = sd * conflict
    return {"sd": sd.tolist(), "conflict": conflict.tolist(), "information": C.tolist(), "weights": (C / C.sum()).tolist(),
            "correlation": R.tolist(), "weights_population_sd": ((Xn.std(axis=0, ddof=0) * conflict) / (Xn.std(axis=0, ddof=0) * conflict).sum()).tolist()}


def case(name, file, cols, directions):
    X = load(file, cols)
    return {
        "name": name,
        "file": file,
        "names": cols,
        "directions": directions,
        "columns": X.T.tolist(),
        "minmax": minmax(X, directions).T.tolist(),
        "zscore": zscore(X, directions).T.tolist(),
        "entropy": {"none": entropy(X, directions, "none"), "spssau": entropy(X, directions, "spssau")},
        "critic": critic(X, directions),
    }


# The 4×3 hand-worked matrix of tests/core/weighting/entropy.test.ts, for the SPSSAU shift.
hand = np.array([[2, 5, 1], [4, 3, 2], [6, 3, 3], [10, 1, 4]], dtype=float)
hand_dirs = ["benefit", "cost", "benefit"]

out = {
    "source": f"numpy {np.__version__}; script tests/reference/weighting_reference.py",
    "cases": [
        case("wholesale", "wholesale_customers.csv", ["Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"],
             ["benefit", "benefit", "benefit", "cost", "benefit", "benefit"]),
        case("credit", "islr_credit.csv", ["Income", "Limit", "Rating", "Cards", "Age", "Balance"],
             ["benefit", "benefit", "benefit", "benefit", "cost", "benefit"]),
    ],
    "hand": {
        "columns": hand.T.tolist(),
        "directions": hand_dirs,
        "entropy": {"none": entropy(hand, hand_dirs, "none"), "spssau": entropy(hand, hand_dirs, "spssau")},
        "critic": critic(hand, hand_dirs),
    },
}
path = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "weighting" / "reference.json"
path.write_text(json.dumps(out) + "\n")
print(f"wrote {path}")
print("hand entropy none", out["hand"]["entropy"]["none"])
print("hand entropy spssau", out["hand"]["entropy"]["spssau"])
for c in out["cases"]:
    print(c["name"], "entropy", np.round(c["entropy"]["none"]["weights"], 4), "critic", np.round(c["critic"]["weights"], 4))
