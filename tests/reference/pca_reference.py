#!/usr/bin/python3
"""Reference values for src/core/cluster/pca.ts, computed with scikit-learn (Debian python3-sklearn 1.2.1).

Run from the repository root:   /usr/bin/python3 tests/reference/pca_reference.py
Writes tests/fixtures/cluster/pca_reference.json, read by tests/core/cluster/pca.test.ts.

Cases (the input matrices are stored in the JSON as repr floats, so both sides use identical numbers):
  wine       13 chemical features of datasets/wine.csv, min-max scaled (178 x 13)
  iris       4 measurements of datasets/iris.csv, raw (150 x 4)
  skewed     30 seeded random points in 3-D with very different spreads per axis
For each: PCA(n_components=2, svd_solver='full').fit_transform(X), components_,
explained_variance_ (n - 1 denominator) and explained_variance_ratio_, mean_.
scikit-learn 1.2 orients each component with svd_flip on U: the sample with the largest
|score| on a component has a positive score (pca.ts follows the same rule).
"""
import csv
import json
import os

import numpy as np
import sklearn
from sklearn.decomposition import PCA

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read(name, columns):
    with open(os.path.join(ROOT, 'datasets', name), newline='', encoding='utf-8-sig') as f:
        rows = list(csv.DictReader(f))
    return np.array([[float(r[c]) for c in columns] for r in rows])


def case(name, X):
    p = PCA(n_components=2, svd_solver='full')
    scores = p.fit_transform(X)
    return {
        'name': name,
        'n': int(X.shape[0]),
        'd': int(X.shape[1]),
        'data': [float(v) for v in X.ravel()],
        'scores': [float(v) for v in scores.ravel()],
        'components': [[float(v) for v in c] for c in p.components_],
        'variance': [float(v) for v in p.explained_variance_],
        'ratio': [float(v) for v in p.explained_variance_ratio_],
        'mean': [float(v) for v in p.mean_],
    }


def main():
    cases = []
    with open(os.path.join(ROOT, 'datasets', 'wine.csv'), newline='', encoding='utf-8-sig') as f:
        header = next(csv.reader(f))
    wine_cols = [c for c in header if c.lower() not in ('class', 'cultivar', 'target', 'id')]
    W = read('wine.csv', wine_cols)
    W = (W - W.min(axis=0)) / (W.max(axis=0) - W.min(axis=0))
    cases.append(case('wine', W))
    with open(os.path.join(ROOT, 'datasets', 'iris.csv'), newline='', encoding='utf-8-sig') as f:
        header = next(csv.reader(f))
    iris_cols = [c for c in header if c.lower() not in ('species', 'class', 'id')]
    cases.append(case('iris', read('iris.csv', iris_cols)))
    rng = np.random.default_rng(7)
    S = rng.normal(size=(30, 3)) * np.array([5.0, 1.0, 0.2]) + np.array([10.0, -3.0, 0.5])
    cases.append(case('skewed', S))
    out = {'sklearn': sklearn.__version__, 'numpy': np.__version__, 'cases': cases}
    path = os.path.join(ROOT, 'tests', 'fixtures', 'cluster', 'pca_reference.json')
    with open(path, 'w') as f:
        json.dump(out, f)
    print('wrote', path, [(c['name'], c['n'], c['d']) for c in cases])


if __name__ == '__main__':
    main()
