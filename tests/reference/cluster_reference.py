#!/usr/bin/python3
"""Reference values for src/core/cluster, computed with scikit-learn (Debian python3-sklearn 1.2.1).

Run from the repository root:   OMP_NUM_THREADS=1 /usr/bin/python3 tests/reference/cluster_reference.py
Writes tests/fixtures/cluster/sklearn_reference.json, read by tests/core/cluster/*.test.ts.

Data sets (from datasets/, identical to shared/datasets/real):
  wine       13 chemical features, z-scored with ddof = 0           (178 x 13)
  wholesale  6 spending columns (Fresh..Delicassen), min-max scaled  (440 x 6)
  iris       4 measurements, raw                                     (150 x 4, has duplicate rows)
The scaled matrices are stored in the JSON (repr floats, exact round trip) so that both sides
use identical numbers.

For k = 2..6 on each data set:
  fixed      partition of KMeans(k, n_init=10, random_state=0): labels, cluster_centers_, inertia_,
             silhouette_score, silhouette_samples, calinski_harabasz_score, davies_bouldin_score
  best50     KMeans(k, n_init=50, random_state=0).inertia_ (best known inertia)
  sameStart  kmeans_plusplus(X, k, random_state=100+k) centres, then KMeans(init=those, n_init=1,
             max_iter=300) with tol=1e-4 (relative tolerance) and tol=0: labels, n_iter_, inertia_
Plus hand-made cases where a cluster empties and sklearn relocates it.
"""
import csv
import json
import os
import sys

import numpy as np
import scipy
import sklearn
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.metrics import (
    calinski_harabasz_score,
    davies_bouldin_score,
    silhouette_samples,
    silhouette_score,
)

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "tests", "fixtures", "cluster", "sklearn_reference.json")


def read(name, columns):
    with open(os.path.join(ROOT, "datasets", name), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return np.array([[float(r[c]) for c in columns] for r in rows], dtype=np.float64)


def datasets():
    wine_cols = [
        "alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols",
        "flavanoids", "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
        "od280_od315_of_diluted_wines", "proline",
    ]
    wine = read("wine.csv", wine_cols)
    wine = (wine - wine.mean(axis=0)) / wine.std(axis=0, ddof=0)
    ws_cols = ["Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"]
    ws = read("wholesale_customers.csv", ws_cols)
    ws = (ws - ws.min(axis=0)) / (ws.max(axis=0) - ws.min(axis=0))
    iris = read("iris.csv", ["sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"])
    return [
        ("wine", "13 features z-scored (ddof=0)", wine),
        ("wholesale", "6 spending columns min-max scaled", ws),
        ("iris", "4 raw features", iris),
    ]


def fl(a):
    return [float(v) for v in np.ravel(a)]


def case(name, note, X):
    out = {"name": name, "note": note, "n": int(X.shape[0]), "d": int(X.shape[1]), "X": fl(X), "ks": []}
    for k in range(2, 7):
        km = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X)
        labels = km.labels_.astype(int)
        best50 = KMeans(n_clusters=k, n_init=50, random_state=0).fit(X).inertia_
        centres, _ = kmeans_plusplus(X, k, random_state=100 + k)
        same = {}
        for tol in (1e-4, 0.0):
            r = KMeans(n_clusters=k, init=centres, n_init=1, max_iter=300, tol=tol).fit(X)
            same["tol" + ("1e-4" if tol else "0")] = {
                "labels": [int(v) for v in r.labels_],
                "iterations": int(r.n_iter_),
                "inertia": float(r.inertia_),
                "centroids": fl(r.cluster_centers_),
            }
        out["ks"].append({
            "k": k,
            "fixed": {
                "labels": [int(v) for v in labels],
                "centroids": fl(km.cluster_centers_),
                "inertia": float(km.inertia_),
                "silhouette": float(silhouette_score(X, labels)),
                "silhouetteSamples": fl(silhouette_samples(X, labels)),
                "calinskiHarabasz": float(calinski_harabasz_score(X, labels)),
                "daviesBouldin": float(davies_bouldin_score(X, labels)),
            },
            "best50Inertia": float(best50),
            "sameStart": {"init": fl(centres), **same},
        })
    return out


def empty_cases():
    """Starting centres far from the data get no point on the first assignment (no ties among the
    farthest points, whose order numpy's argpartition leaves open)."""
    cases = []
    for name, X, init in [
        ("1-d, centre at 100", [[0.0], [1.0], [2.0], [10.0], [11.0]], [[0.0], [1.0], [100.0]]),
        (
            "2-d, two far centres",
            [[0, 0], [0, 1], [1, 0], [1, 1], [5, 5], [5, 6], [6.5, 5], [9, 9]],
            [[0.5, 0.5], [5, 5], [50, 50], [-40, 60]],
        ),
    ]:
        X = np.array(X, dtype=np.float64)
        init = np.array(init, dtype=np.float64)
        r = KMeans(n_clusters=len(init), init=init, n_init=1, max_iter=300, tol=1e-4).fit(X)
        cases.append({
            "name": name,
            "n": int(X.shape[0]),
            "d": int(X.shape[1]),
            "X": fl(X),
            "init": fl(init),
            "labels": [int(v) for v in r.labels_],
            "centroids": fl(r.cluster_centers_),
            "inertia": float(r.inertia_),
            "iterations": int(r.n_iter_),
        })
    return cases


def main():
    if os.environ.get("OMP_NUM_THREADS") != "1":
        print("note: set OMP_NUM_THREADS=1 for thread-independent results", file=sys.stderr)
    ref = {
        "generator": "tests/reference/cluster_reference.py",
        "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__, "scipy": scipy.__version__},
        "datasets": [case(*t) for t in datasets()],
        "emptyCluster": empty_cases(),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(ref, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
