#!/usr/bin/python3
"""Reference values for src/core/cluster/hclust, computed with scipy (Debian python3-scipy) and
scikit-learn (Debian python3-sklearn).

Run from the repository root:   OMP_NUM_THREADS=1 /usr/bin/python3 tests/reference/hclust_reference.py
Writes tests/fixtures/cluster/hclust_reference.json, read by tests/core/cluster/hclust.test.ts.

Per data set and method (ward, average, complete, single; Euclidean distances):
  Z        scipy.cluster.hierarchy.linkage(X, method)          (a, b, height, size per merge)
  cuts     fcluster(Z, k, 'maxclust') for k = 2..6             (1-based labels; compared up to renaming)
Ward only:
  ess      the within-cluster sum of squared deviations of the whole partition after each merge,
           computed directly from the memberships (numpy) -- SPSS's Ward "Coefficients" column
  kmeans   for k = 2..6: sklearn KMeans(k, init=centroids of the Ward cut (clusters in order of their
           first case), n_init=1) labels, i.e. "Ward then k-means"
Data sets (from datasets/):
  wholesale_z       6 spending columns, z-scores with the sample SD (ddof = 1), 440 x 6
  wholesale_minmax  the same columns scaled to [0, 1]
  iris_raw          4 measurements, raw (duplicate rows: tied heights), 150 x 4
"""
import csv
import json
import os

import numpy as np
import scipy
import sklearn
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.cluster import KMeans

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "cluster", "hclust_reference.json")
WHOLESALE = ["Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"]
IRIS = ["sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"]


def read(name, columns):
    with open(os.path.join(ROOT, "datasets", name), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return np.array([[float(r[c]) for c in columns] for r in rows], dtype=np.float64)


def within_ss(X, members):
    return float(sum(((X[m] - X[m].mean(axis=0)) ** 2).sum() for m in members))


def ward_ess(X, Z):
    n = X.shape[0]
    members = {i: [i] for i in range(n)}
    out = []
    for i, (a, b, _, _) in enumerate(Z):
        members[n + i] = members.pop(int(a)) + members.pop(int(b))
        out.append(within_ss(X, members.values()))
    return out


def first_case_order(labels):
    order = []
    for l in labels:
        if l not in order:
            order.append(l)
    return order


def main():
    sets = []
    ws = read("wholesale_customers.csv", WHOLESALE)
    sets.append(("wholesale_z", "wholesale_customers.csv", WHOLESALE, "z", (ws - ws.mean(axis=0)) / ws.std(axis=0, ddof=1)))
    sets.append(("wholesale_minmax", "wholesale_customers.csv", WHOLESALE, "minmax", (ws - ws.min(axis=0)) / (ws.max(axis=0) - ws.min(axis=0))))
    sets.append(("iris_raw", "iris.csv", IRIS, "none", read("iris.csv", IRIS)))
    cases = []
    for sid, data, cols, scale, X in sets:
        for method in ["ward", "average", "complete", "single"]:
            Z = linkage(X, method)
            case = {
                "id": "%s_%s" % (sid, method), "data": "datasets/" + data, "columns": cols, "scale": scale,
                "method": method,
                "merges": [{"a": int(a), "b": int(b), "height": float(h), "size": int(s)} for a, b, h, s in Z],
                "cuts": [{"k": k, "labels": fcluster(Z, k, "maxclust").tolist()} for k in range(2, 7)],
            }
            if method == "ward":
                case["ess"] = ward_ess(X, Z)
                km = []
                for k in range(2, 7):
                    lab = fcluster(Z, k, "maxclust")
                    cents = np.array([X[lab == g].mean(axis=0) for g in first_case_order(lab.tolist())])
                    r = KMeans(n_clusters=len(cents), init=cents, n_init=1).fit(X)
                    km.append({"k": k, "labels": r.labels_.tolist(), "centres": r.cluster_centers_.tolist()})
                case["kmeans"] = km
            cases.append(case)
    out = {"generator": "tests/reference/hclust_reference.py (scipy %s, scikit-learn %s, numpy %s)" % (scipy.__version__, sklearn.__version__, np.__version__),
           "cases": cases}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=None, allow_nan=False)
        f.write("\n")


if __name__ == "__main__":
    main()
