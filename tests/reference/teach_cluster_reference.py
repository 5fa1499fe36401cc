#!/usr/bin/python3
"""Reference values for the k-means walk-through and the silhouette panel (issue 14, item 1):
src/core/teach/kmeans-walk.ts and src/core/teach/silhouette-calculation.ts, computed with numpy
and scikit-learn independently of the TypeScript code.

Run from the repository root:  /usr/bin/python3 tests/reference/teach_cluster_reference.py
Writes tests/fixtures/teach/cluster-reference.json. The tests read the JSON; they never run Python.

For each case (points rounded to 2 decimals, generated here with a fixed numpy seed):
- start: the first k distinct rows (the walk's rule);
- lloyd: every iteration by numpy (Euclidean distances point x centre, argmin with ties to the
  lower centre, inertia at the old centres, new centres = cluster means, shift, inertia at the new
  centres), stopping after the first iteration in which no label changes;
- sklearn: KMeans(init=start, n_init=1, algorithm='lloyd', tol=0) - final centres, labels, n_iter_;
- silhouette: sklearn.metrics.silhouette_samples on the final labels, and for three customers
  a(i), b(i), the neighbouring cluster and the per-cluster distance sums from numpy;
- a labelling with a one-member cluster (s = 0 by definition).
"""
import json
import os

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_samples


def first_distinct(x, k):
    rows = []
    for i in range(len(x)):
        if not any(np.array_equal(x[i], x[r]) for r in rows):
            rows.append(i)
        if len(rows) == k:
            break
    return rows


def walk(x, start):
    centres = start.copy()
    prev = None
    its = []
    for _ in range(50):
        dist = np.sqrt(((x[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2))
        labels = dist.argmin(axis=1)  # first minimum: ties go to the lower centre
        inertia = float((dist[np.arange(len(x)), labels] ** 2).sum())
        changed = len(x) if prev is None else int((labels != prev).sum())
        k = len(centres)
        sizes = np.bincount(labels, minlength=k)
        sums = np.zeros_like(centres)
        for c in range(k):
            sums[c] = x[labels == c].sum(axis=0)
        moved = centres.copy()
        for c in range(k):
            if sizes[c] > 0:
                moved[c] = sums[c] / sizes[c]
        shift = np.sqrt(((moved - centres) ** 2).sum(axis=1))
        after = float(((x - moved[labels]) ** 2).sum())
        its.append({
            'centres': centres.tolist(), 'distances': dist.tolist(), 'labels': labels.tolist(),
            'changed': changed, 'inertia': inertia, 'sizes': sizes.tolist(), 'sums': sums.tolist(),
            'moved': moved.tolist(), 'shift': shift.tolist(), 'inertiaAfter': after,
        })
        if prev is not None and changed == 0:
            break
        prev = labels
        centres = moved
    return its


def silhouette_parts(x, labels, i):
    dist = np.sqrt(((x - x[i]) ** 2).sum(axis=1))
    own = labels[i]
    parts = []
    for c in sorted(set(labels.tolist())):
        mask = labels == c
        if c == own:
            mask = mask & (np.arange(len(x)) != i)
        cnt = int(mask.sum())
        parts.append({'cluster': int(c), 'count': cnt, 'sum': float(dist[mask].sum())})
    others = [p for p in parts if p['cluster'] != own]
    b_part = min(others, key=lambda p: p['sum'] / p['count'])
    own_part = next(p for p in parts if p['cluster'] == own)
    a = own_part['sum'] / own_part['count'] if own_part['count'] > 0 else None
    return {'row': int(i), 'cluster': int(own), 'clusters': parts, 'a': a,
            'b': b_part['sum'] / b_part['count'], 'nearest': b_part['cluster'],
            'distances': dist.tolist()}


def case(name, x, k, rows):
    x = np.round(np.asarray(x, dtype=float), 2)
    start_rows = first_distinct(x, k)
    start = x[start_rows].copy()
    its = walk(x, start)
    km = KMeans(n_clusters=k, init=start, n_init=1, algorithm='lloyd', tol=0, max_iter=300).fit(x)
    labels = np.array(its[-1]['labels'])
    s = silhouette_samples(x, labels)
    return {
        'name': name, 'k': k, 'points': x.tolist(), 'startRows': start_rows, 'iterations': its,
        'sklearn': {'centres': km.cluster_centers_.tolist(), 'labels': km.labels_.tolist(),
                    'nIter': int(km.n_iter_), 'inertia': float(km.inertia_)},
        'silhouette': {'labels': labels.tolist(), 's': s.tolist(),
                       'parts': [silhouette_parts(x, labels, i) for i in rows]},
    }


rng = np.random.RandomState(21)
# 2-D value scores (current, potential) on 0-100: three groups of customers.
blobs = np.vstack([
    rng.normal([75, 70], 8, size=(6, 2)),
    rng.normal([30, 65], 8, size=(5, 2)),
    rng.normal([35, 20], 8, size=(7, 2)),
])
blobs = blobs[rng.permutation(len(blobs))]
# 3-D weighted indicators on 0-1, k = 4.
three = rng.uniform(0, 0.4, size=(14, 3))
# The first rows repeat: the starting centres skip a duplicate.
dup = np.vstack([[10, 10], [10, 10], [12, 11], [80, 85], [78, 90], [11, 9], [82, 80], [50, 50]])

cases = [
    case('scores-2d', blobs, 3, [0, 7, 12]),
    case('indicators-3d', three, 4, [1, 5, 9]),
    case('duplicates', dup, 2, [0, 7]),
]

# A labelling with a one-member cluster: sklearn gives that member s = 0.
x = np.round(blobs, 2)
lab = np.array(cases[0]['silhouette']['labels'])
lone = int(np.argmax(x[:, 0]))
lab = np.where(np.arange(len(x)) == lone, 3, lab)
singleton = {'points': x.tolist(), 'k': 4, 'labels': lab.tolist(), 'row': lone,
             's': silhouette_samples(x, lab).tolist()}

out = {'cases': cases, 'singleton': singleton}
path = os.path.join('tests', 'fixtures', 'teach', 'cluster-reference.json')
with open(path, 'w') as f:
    json.dump(out, f, indent=1)
    f.write('\n')
print('wrote', path)
