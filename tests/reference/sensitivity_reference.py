"""Independent reference for the weight sensitivity analysis (src/core/sensitivity).

numpy + scipy only (Debian python3-numpy, python3-scipy), plus the numpy re-implementation of
SPSS QUICK CLUSTER in tests/reference/quick_cluster.py (the clustering method the test project
uses, because it is deterministic: the first k complete cases start it).

Project: wholesale_customers.csv (UCI, 440 rows). Current value = Fresh, Milk, Grocery; potential
value = Frozen, Detergents_Paper, Delicassen, all benefit. AHP by the principal eigenvector
(numpy.linalg.eig), final weights = AHP global weights. Min-max normalisation; composite score =
100 * sum w_j x'_j; a criterion's score = 100 * sum_{j in c} w_j x'_j / sum_{j in c} w_j. 2x2 quadrant
by the mean split (>= mean is high). Segments: QUICK CLUSTER (k = 3, MXITER 20) on the two value
scores, compared by the best one-to-one matching of clusters (scipy.optimize.linear_sum_assignment).

Perturbations (issue 10, item 6): each judgment a_ij (i < j) one step up and down Saaty's scale
1/9..1/2,1,2..9 (with its reciprocal); each final weight times 1.1 and 0.9, all rescaled to sum 1.
Metrics: indicator pairs whose weight order reverses (ties not counted); share of the top
ceil(0.1 n) customers by composite score (ties by row order) who leave the top; share of customers
changing segment; share changing quadrant.

Run: python3 tests/reference/sensitivity_reference.py > tests/fixtures/sensitivity/wholesale_reference.json
"""
import csv
import json
import math
import os
import sys

import numpy as np
from scipy.optimize import linear_sum_assignment

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from quick_cluster import quick_cluster  # noqa: E402

ROOT = os.path.join(HERE, '..', '..')
COLS = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen']
CRIT = {'current': [0, 1, 2], 'potential': [3, 4, 5]}
JUDGMENTS = {
    'goal': (['current', 'potential'], [[1, 2], [1 / 2, 1]]),
    'current': (['fresh', 'milk', 'grocery'], [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]]),
    'potential': (['frozen', 'detergents_paper', 'delicassen'], [[1, 1 / 2, 2], [2, 1, 4], [1 / 2, 1 / 4, 1]]),
}
SCALE = [1 / k for k in range(9, 1, -1)] + list(range(1, 10))
K = 3
MXITER = 20


def read():
    with open(os.path.join(ROOT, 'datasets', 'wholesale_customers.csv'), newline='') as f:
        rows = list(csv.DictReader(f))
    return np.array([[float(r[c]) for c in COLS] for r in rows])


def eigen(m):
    vals, vecs = np.linalg.eig(np.asarray(m, dtype=float))
    v = np.abs(np.real(vecs[:, np.argmax(np.real(vals))]))
    return v / v.sum()


def weights_of(judg):
    top = eigen(judg['goal'][1])
    w = np.zeros(6)
    for c, (node, idx) in enumerate(CRIT.items()):
        w[idx] = top[c] * eigen(judg[node][1])
    return w


def step(v, s):
    if s > 0:
        return next((x for x in SCALE if x > v * (1 + 1e-9)), None)
    return next((x for x in reversed(SCALE) if x < v * (1 - 1e-9)), None)


def outcome(xn, w):
    composite = 100 * (xn @ w) / w.sum()
    crit = {c: 100 * (xn[:, idx] @ w[idx]) / w[idx].sum() for c, idx in CRIT.items()}
    cur, pot = crit['current'], crit['potential']
    hc, hp = cur >= cur.mean(), pot >= pot.mean()
    quadrant = np.where(hc, np.where(hp, 0, 1), np.where(hp, 2, 3))
    labels = np.array(quick_cluster(np.column_stack([cur, pot]), K, mxiter=MXITER)['labels'])
    return composite, quadrant, labels


def top_set(s, count):
    order = np.lexsort((np.arange(len(s)), -s))  # by score descending, then row
    out = np.zeros(len(s), dtype=bool)
    out[order[:count]] = True
    return out


def partition_change(a, b):
    ka, kb = np.unique(a), np.unique(b)
    size = max(len(ka), len(kb))
    ov = np.zeros((size, size))
    for i, x in enumerate(ka):
        for j, y in enumerate(kb):
            ov[i, j] = np.sum((a == x) & (b == y))
    r, c = linear_sum_assignment(-ov)
    return (len(a) - ov[r, c].sum()) / len(a)


def reversals(a, b):
    n = 0
    for i in range(len(a)):
        for j in range(i + 1, len(a)):
            s0, s1 = np.sign(a[i] - a[j]), np.sign(b[i] - b[j])
            if s0 != 0 and s1 != 0 and s0 != s1:
                n += 1
    return n


def main():
    x = read()
    xn = (x - x.min(axis=0)) / (x.max(axis=0) - x.min(axis=0))
    base_w = weights_of(JUDGMENTS)
    comp0, quad0, lab0 = outcome(xn, base_w)
    count = math.ceil(0.1 * len(x))
    top0 = top_set(comp0, count)

    def row(meta, w):
        comp, quad, lab = outcome(xn, w)
        top = top_set(comp, count)
        return {**meta, 'weights': w.tolist(), 'rankReversals': reversals(base_w, w),
                'topChange': float(np.sum(top0 & ~top) / np.sum(top0)),
                'segmentChange': float(partition_change(lab0, lab)),
                'quadrantChange': float(np.mean(quad0 != quad))}

    rows = []
    for node, (items, m) in JUDGMENTS.items():
        n = len(items)
        for i in range(n):
            for j in range(i + 1, n):
                for s, name in ((1, 'up'), (-1, 'down')):
                    to = step(m[i][j], s)
                    if to is None:
                        continue
                    mm = [r[:] for r in m]
                    mm[i][j], mm[j][i] = to, 1 / to
                    judg = dict(JUDGMENTS)
                    judg[node] = (items, mm)
                    rows.append(row({'kind': 'judgment', 'step': name, 'node': node, 'row': items[i], 'col': items[j], 'from': m[i][j], 'to': to}, weights_of(judg)))
    for j, c in enumerate(COLS):
        for s, name in ((0.1, 'up'), (-0.1, 'down')):
            w = base_w.copy()
            w[j] *= 1 + s
            w /= w.sum()
            rows.append(row({'kind': 'weight', 'step': name, 'indicator': c.lower()}, w))
    # Cluster matching alone: random partitions (seeded), the share changed by scipy's optimal assignment.
    rng = np.random.default_rng(20261207)
    matching = []
    for case in range(24):
        n = int(rng.integers(1, 60))
        a = rng.integers(0, int(rng.integers(1, 8)), n)
        b = np.where(rng.random(n) < 0.6, (a * 3 + 1) % 7, rng.integers(0, int(rng.integers(1, 8)), n))
        matching.append({'a': a.tolist(), 'b': b.tolist(), 'change': float(partition_change(a, b))})
    json.dump({'source': 'tests/reference/sensitivity_reference.py', 'n': len(x), 'topCount': count,
               'baseWeights': base_w.tolist(), 'baseSizes': np.bincount(lab0)[1:].tolist(), 'rows': rows, 'matching': matching}, sys.stdout, indent=1)
    print()


if __name__ == '__main__':
    main()
