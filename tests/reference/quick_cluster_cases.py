#!/usr/bin/python3
"""More SPSS QUICK CLUSTER reference cases, from tests/reference/quick_cluster.py (the independent numpy
implementation of the IBM-documented algorithm, copied from shared/reference/; PSPP 1.6.2 agrees with it on
initial centres and converged solutions, see tests/fixtures/cluster/quick_cluster_ref.json).

Run from the repository root:   /usr/bin/python3 tests/reference/quick_cluster_cases.py
Writes tests/fixtures/cluster/quick_cluster_cases.json, read by tests/core/cluster/quick-cluster.test.ts.

Covers what quick_cluster_ref.json does not: METHOD=KMEANS(UPDATE), CLASSIFY, NOINITIAL, CONVERGE > 0,
other data sets (iris has duplicate rows, so ties), and listwise deletion of incomplete cases
(tests/fixtures/cluster/quick_cluster_missing.csv: the first 80 wholesale rows with some cells blanked).
"""
import csv
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from quick_cluster import quick_cluster, zscore  # noqa: E402

OUT = os.path.join(ROOT, "tests", "fixtures", "cluster", "quick_cluster_cases.json")
MISSING = os.path.join(ROOT, "tests", "fixtures", "cluster", "quick_cluster_missing.csv")
WHOLESALE = ["Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"]
IRIS = ["sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"]
WINE = ["alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols", "flavanoids",
        "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue", "od280_od315_of_diluted_wines", "proline"]


def read(path, columns):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return np.array([[float(r[c]) if r[c].strip() != "" else np.nan for c in columns] for r in rows])


def write_missing():
    with open(os.path.join(ROOT, "datasets", "wholesale_customers.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    head, body = rows[0], rows[1:81]
    for i, j in [(0, 2), (5, 3), (6, 7), (17, 4), (40, 2), (41, 5), (77, 6)]:
        body[i][j] = ""
    with open(MISSING, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows([head] + body)


def case(cid, data, columns, scale, k, **opts):
    X = read(os.path.join(ROOT, data) if not os.path.isabs(data) else data, columns)
    if scale == "z":
        ok = ~np.isnan(X).any(axis=1)
        Xs = np.full_like(X, np.nan)
        Xs[ok] = zscore(X[ok])
        X = Xs
    r = quick_cluster(X, k, names=columns, **opts)
    cli = {"k": k, "scale": scale}
    if "mxiter" in opts:
        cli["mxiter"] = opts["mxiter"]
    if "converge" in opts:
        cli["converge"] = opts["converge"]
    if "method" in opts:
        cli["method"] = {"kmeans_update": "update"}.get(opts["method"], opts["method"])
    if opts.get("noinitial"):
        cli["noinitial"] = True
    return {
        "id": cid, "data": os.path.relpath(data, ROOT) if os.path.isabs(data) else data, "columns": columns, "cli": cli,
        "initial_centers": r["initial_centers"], "initial_case_rows": r["initial_case_rows"],
        "min_initial_distance": r["min_initial_distance"],
        "iteration_history": r["iteration_history"], "iterations": r["iterations"],
        "converged": r["converged"], "final_centers": r["final_centers"], "sizes": r["sizes"],
        "final_center_distances": r["final_center_distances"],
        "anova": [{"variable": a["variable"], "F": a["F"], "sig": a["sig"]} for a in r["anova"]],
        "labels": r["labels"],
    }


def main():
    write_missing()
    cases = [
        case("wholesale_raw_k3_update", "datasets/wholesale_customers.csv", WHOLESALE, "none", 3, method="kmeans_update"),
        case("wholesale_z_k3_classify", "datasets/wholesale_customers.csv", WHOLESALE, "z", 3, method="classify"),
        case("wholesale_z_k4_noinitial_mxiter40", "datasets/wholesale_customers.csv", WHOLESALE, "z", 4, noinitial=True, mxiter=40),
        case("wholesale_z_k3_converge002", "datasets/wholesale_customers.csv", WHOLESALE, "z", 3, converge=0.02),
        case("wholesale_raw_k5_mxiter1", "datasets/wholesale_customers.csv", WHOLESALE, "none", 5, mxiter=1),
        case("iris_raw_k3_default", "datasets/iris.csv", IRIS, "none", 3),
        case("iris_raw_k2_mxiter40", "datasets/iris.csv", IRIS, "none", 2, mxiter=40),
        case("wine_z_k3_default", "datasets/wine.csv", WINE, "z", 3),
        case("missing_raw_k3_mxiter40", MISSING, WHOLESALE, "none", 3, mxiter=40),
    ]
    out = {"generator": "tests/reference/quick_cluster_cases.py (numpy %s)" % np.__version__,
           "labels_note": "labels[i] is the 1-based SPSS cluster of data row i+1 (file order); null for a row with a missing value",
           "cases": cases}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, allow_nan=False)
        f.write("\n")


if __name__ == "__main__":
    main()
