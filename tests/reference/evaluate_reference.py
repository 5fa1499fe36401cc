#!/usr/bin/python3
"""Reference values for src/core/evaluate (TOPSIS, grey relational analysis), the entropy method's
normalisation and SPSSAU shift (src/core/weighting/entropy.ts) and the CLI verbs `weights` and
`evaluate`. An independent numpy implementation of the textbook formulas:

  entropy   Xn = min-max by direction, or X as is; SPSSAU shift: per column with min <= 0,
            Xn + |min| + 0.01; p = Xn / sum(Xn); e = -sum(p ln p)/ln n (0 ln 0 = 0); d = 1 - e; w = d/sum(d)
  TOPSIS    r = X / ||X||_2 per column; v = w r (w / sum w); A+ = max (benefit) / min (cost), A- the other;
            C = D- / (D+ + D-)            (Hwang & Yoon 1981)
  GRA       Xn = min-max by direction; delta = |1 - Xn|; xi = (dmin + rho dmax)/(delta + rho dmax) with
            dmin, dmax over the whole matrix; grade = sum_j w_j xi_ij (w / sum w)   (Deng 1982)
  weighted sum  sum_j w_j Xn_ij / sum w   (min-max by direction)

Data (the repository's copies of /work/shared/datasets/real/, byte-identical):
  wholesale  datasets/wholesale_customers.csv (440 rows): Fresh, Milk, Grocery, Frozen (cost),
             Detergents_Paper, Delicassen
  credit     datasets/islr_credit.csv (400 rows): Income, Limit, Rating, Cards, Age (cost), Balance
             (Balance has zeros, so the raw-data SPSSAU shift applies to it alone)

Run from the repository root with Debian's python3 (python3-numpy):
    /usr/bin/python3 tests/reference/evaluate_reference.py
Writes tests/fixtures/evaluate/reference.json; the tests read it and never run Python.
"""
import csv
import json
import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def load(name, cols):
    with open(os.path.join(ROOT, 'datasets', name), newline='', encoding='utf-8-sig') as fh:
        rows = list(csv.DictReader(fh))
    return np.array([[float(r[c]) for c in cols] for r in rows])


def minmax(X, dirs):
    lo, hi = X.min(axis=0), X.max(axis=0)
    out = np.empty_like(X)
    for j, d in enumerate(dirs):
        out[:, j] = (X[:, j] - lo[j]) / (hi[j] - lo[j]) if d == 'benefit' else (hi[j] - X[:, j]) / (hi[j] - lo[j])
    return out


def entropy(X, dirs, normalisation, shift):
    Xn = minmax(X, dirs) if normalisation == 'minmax' else X.copy()
    if shift == 'spssau':
        for j in range(Xn.shape[1]):
            lo = Xn[:, j].min()
            if lo <= 0:
                Xn[:, j] = Xn[:, j] + abs(lo) + 0.01
    P = Xn / Xn.sum(axis=0)
    with np.errstate(divide='ignore', invalid='ignore'):
        plogp = np.where(P > 0, P * np.log(P), 0.0)
    e = -plogp.sum(axis=0) / np.log(X.shape[0])
    d = 1 - e
    return {'e': e.tolist(), 'd': d.tolist(), 'weights': (d / d.sum()).tolist()}


def topsis(X, w, dirs):
    w = np.asarray(w) / np.sum(w)
    V = X / np.sqrt((X ** 2).sum(axis=0)) * w
    benefit = np.array([d == 'benefit' for d in dirs])
    best = np.where(benefit, V.max(axis=0), V.min(axis=0))
    worst = np.where(benefit, V.min(axis=0), V.max(axis=0))
    dp = np.sqrt(((V - best) ** 2).sum(axis=1))
    dm = np.sqrt(((V - worst) ** 2).sum(axis=1))
    return {'scores': (dm / (dp + dm)).tolist(), 'dPlus': dp.tolist(), 'dMinus': dm.tolist()}


def gra(X, w, dirs, rho):
    w = np.asarray(w) / np.sum(w)
    delta = np.abs(1 - minmax(X, dirs))
    lo, hi = delta.min(), delta.max()
    xi = (lo + rho * hi) / (delta + rho * hi)
    return {'scores': (xi @ w).tolist(), 'deltaMin': float(lo), 'deltaMax': float(hi)}


def weighted_sum(X, w, dirs):
    w = np.asarray(w) / np.sum(w)
    return (minmax(X, dirs) @ w).tolist()


def case(name, file, cols, dirs, weights):
    X = load(file, cols)
    ent = {f'{nm}/{sh}': entropy(X, dirs, nm, sh) for nm in ('minmax', 'none') for sh in ('none', 'spssau')}
    ew = ent['minmax/none']['weights']
    return {
        'name': name,
        'file': f'datasets/{file}',
        'columns': cols,
        'directions': dirs,
        'weights': weights,
        'entropy': ent,
        'topsis': topsis(X, weights, dirs),
        'entropyTopsis': topsis(X, ew, dirs),
        'entropyTopsisSpssau': topsis(X, ent['minmax/spssau']['weights'], dirs),
        'gra': {str(rho): gra(X, weights, dirs, rho) for rho in (0.5, 0.3)},
        'weightedSum': weighted_sum(X, weights, dirs),
    }


def main():
    cases = [
        case('wholesale', 'wholesale_customers.csv', ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'],
             ['benefit', 'benefit', 'benefit', 'cost', 'benefit', 'benefit'], [0.3, 0.2, 0.15, 0.1, 0.15, 0.1]),
        case('credit', 'islr_credit.csv', ['Income', 'Limit', 'Rating', 'Cards', 'Age', 'Balance'],
             ['benefit', 'benefit', 'benefit', 'benefit', 'cost', 'benefit'], [0.25, 0.2, 0.2, 0.05, 0.1, 0.2]),
    ]
    out = {'generator': 'tests/reference/evaluate_reference.py', 'numpy': np.__version__, 'cases': cases}
    path = os.path.join(ROOT, 'tests', 'fixtures', 'evaluate', 'reference.json')
    with open(path, 'w') as fh:
        json.dump(out, fh, indent=1)
        fh.write('\n')
    print('wrote', path)


if __name__ == '__main__':
    main()
