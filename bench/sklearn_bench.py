#!/usr/bin/python3
"""scikit-learn side of bench/cluster.ts: the same work on the same CSV, timed in-process.

  OMP_NUM_THREADS=1 /usr/bin/python3 bench/sklearn_bench.py TASK CSV RUNS [options as JSON]

Options: kMin, kMax, restarts, maxIterations, tol, silhouetteSample, seeds (one per timed run;
run i uses random_state = seeds[i]), warmup (untimed runs first, with random_state 0).

TASK  kmeans-sweep   KMeans(k, n_init=restarts, init='k-means++', tol, max_iter, algorithm='lloyd',
                     random_state=seed of the run) for k = kMin..kMax
      full-sweep     the same, plus silhouette_score (exact up to `silhouetteSample` rows, else on
                     sample_size=silhouetteSample with the run's random_state), calinski_harabasz_score
                     and davies_bouldin_score for each k
      silhouette     silhouette_score(X, labels) on the CSV's `label` column (exact)
CSV   header row, feature columns, last column `label` (true component); parse time is excluded.
Prints one JSON line: {"times": [seconds per timed run], "peakRssMb": ru_maxrss of this process,
"iterations": [total n_iter_ per timed run], "inertia": [per k, last run]}.
"""
import json
import resource
import sys
import time

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score


def main():
    task, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    opt = json.loads(sys.argv[4]) if len(sys.argv) > 4 else {}
    raw = np.loadtxt(path, delimiter=",", skiprows=1)
    X = np.ascontiguousarray(raw[:, :-1])
    labels = raw[:, -1].astype(int)
    warmup = int(opt.get("warmup", 0))
    seeds = [0] * warmup + list(opt.get("seeds", [0] * runs))
    times, iterations, inertia = [], [], []
    for run, seed in enumerate(seeds):
        t0 = time.perf_counter()
        its = 0
        if task == "silhouette":
            inertia = [float(silhouette_score(X, labels))]
        else:
            inertia = []
            for k in range(opt["kMin"], opt["kMax"] + 1):
                km = KMeans(
                    n_clusters=k,
                    n_init=opt["restarts"],
                    init="k-means++",
                    max_iter=opt["maxIterations"],
                    tol=opt["tol"],
                    algorithm="lloyd",
                    random_state=seed,
                ).fit(X)
                its += int(km.n_iter_)
                inertia.append(float(km.inertia_))
                if task == "full-sweep":
                    m = opt["silhouetteSample"]
                    if X.shape[0] > m:
                        silhouette_score(X, km.labels_, sample_size=m, random_state=seed)
                    else:
                        silhouette_score(X, km.labels_)
                    calinski_harabasz_score(X, km.labels_)
                    davies_bouldin_score(X, km.labels_)
        if run >= warmup:
            times.append(time.perf_counter() - t0)
            iterations.append(its)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps({"times": times, "peakRssMb": peak, "iterations": iterations, "inertia": inertia}))


if __name__ == "__main__":
    main()
