#!/usr/bin/python3
"""Reference values for mini-batch k-means (src/core/cluster/minibatch.ts), made with scikit-learn
(Debian python3-sklearn 1.2.1).

Run from the repository root:   OMP_NUM_THREADS=1 /usr/bin/python3 tests/reference/minibatch_reference.py
Writes tests/fixtures/cluster/minibatch_reference.json, read by tests/core/cluster/minibatch.test.ts.

Data: make_blobs(n_samples=6000, n_features=2, centers=4, cluster_std=[1.0, 1.3, 1.6, 2.0],
center_box=(-8, 8), random_state=7), stored as repr floats so both sides use identical numbers.
For k = 2..6:
  full       KMeans(k, n_init=10, algorithm='lloyd', random_state=0).inertia_ (full k-means)
  miniBatch  MiniBatchKMeans(k, batch_size=256, n_init=3, random_state=s).fit(X).inertia_ for
             s = 0..9 (the spread of sklearn's own mini-batch results), with their mean and max
The comparison is qualitative: the random streams differ, so the values cannot match exactly;
a mini-batch result is expected within a few per cent of full k-means, as sklearn's own are.
"""
import json
import os

import numpy as np
import sklearn
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.datasets import make_blobs

X, _ = make_blobs(n_samples=6000, n_features=2, centers=4, cluster_std=[1.0, 1.3, 1.6, 2.0],
                  center_box=(-8, 8), random_state=7)
X = np.array([[float(repr(v)) for v in row] for row in X])
out = {
    "sklearn": sklearn.__version__,
    "note": "make_blobs(6000, 2 features, 4 centres, std 1.0/1.3/1.6/2.0, box (-8, 8), random_state=7)",
    "n": int(X.shape[0]),
    "d": int(X.shape[1]),
    "batchSize": 256,
    "X": [float(v) for v in X.ravel()],
    "ks": [],
}
for k in range(2, 7):
    full = KMeans(n_clusters=k, n_init=10, algorithm="lloyd", random_state=0).fit(X)
    mb = [float(MiniBatchKMeans(n_clusters=k, batch_size=256, n_init=3, random_state=s).fit(X).inertia_)
          for s in range(10)]
    out["ks"].append({"k": k, "full": float(full.inertia_), "miniBatch": mb,
                      "miniBatchMean": float(np.mean(mb)), "miniBatchMax": float(np.max(mb))})
    print(k, full.inertia_, np.mean(mb), np.max(mb) / full.inertia_)
path = os.path.join("tests", "fixtures", "cluster", "minibatch_reference.json")
with open(path, "w") as f:
    json.dump(out, f)
