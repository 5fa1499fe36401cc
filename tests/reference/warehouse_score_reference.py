#!/usr/bin/python3
"""Reference scores for the scoring-model tests, computed from the model file's documented
formula (docs/warehouse.md) in plain Python, independently of the TypeScript scorer.

Run from the repository root:  /usr/bin/python3 tests/reference/warehouse_score_reference.py
Reads tests/fixtures/warehouse/sample.model.json and next-period.csv (a file training never
saw); writes tests/fixtures/warehouse/next-period.reference.csv with
id, composite, current, potential, tier, quadrant, segment, segment_name.

Cells: empty, NA, NaN, '-' are missing; 'x%' is x/100. Missing indicators take the model's fill.
"""
import csv
import json

MODEL = 'tests/fixtures/warehouse/sample.model.json'
DATA = 'tests/fixtures/warehouse/next-period.csv'
OUT = 'tests/fixtures/warehouse/next-period.reference.csv'

model = json.load(open(MODEL, encoding='utf-8'))


def number(cell):
    s = cell.strip()
    if s.lower() in ('', 'na', '-', 'nan'):
        return None
    if s.endswith('%'):
        return float(s[:-1] + 'e-2')
    return float(s)


def normalised(ind, x):
    if ind['constant']:
        return 0.0
    if model['normalisation'] == 'minmax':
        rng = ind['max'] - ind['min']
        return (x - ind['min']) / rng if ind['direction'] == 'benefit' else (ind['max'] - x) / rng
    return (x - ind['mean']) / ind['sd'] if ind['direction'] == 'benefit' else (ind['mean'] - x) / ind['sd']


def weighted(xs, inds, wsum):
    s = 0.0
    for x, ind in zip(xs, inds):
        s += ind['weight'] * x
    return model['scale'] * (s / wsum)


rows = []
with open(DATA, encoding='utf-8', newline='') as f:
    for rec in csv.DictReader(f):
        inds = model['indicators']
        xs = []
        for ind in inds:
            v = number(rec[ind['column']])
            xs.append(normalised(ind, ind['fill'] if v is None else v))
        composite = weighted(xs, inds, model['weightSum'])
        by_role = {}
        for c in model['criteria']:
            pairs = [(x, ind) for x, ind in zip(xs, inds) if ind['criterion'] == c['id']]
            by_role[c['role']] = weighted([p[0] for p in pairs], [p[1] for p in pairs], c['weight'])
        cur, pot = by_role['current'], by_role['potential']
        t = model['tiers']
        tv = number(rec[t['source']])
        tier = '' if tv is None else t['labels'][sum(1 for th in t['thresholds'] if tv >= th)]
        cut = model['matrix']['cut']
        quadrant = ('h' if cur >= cut['current'] else 'l') + ('h' if pot >= cut['potential'] else 'l')
        segs = model['segmentation']['segments']
        dists = [(cur - s['centre'][0]) ** 2 + (pot - s['centre'][1]) ** 2 for s in segs]
        best = min(range(len(segs)), key=lambda i: (dists[i], i))
        rows.append([rec[model['idColumn']], repr(composite), repr(cur), repr(pot), tier, quadrant, segs[best]['cluster'], segs[best]['name']])

with open(OUT, 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['id', 'composite', 'current', 'potential', 'tier', 'quadrant', 'segment', 'segment_name'])
    w.writerows(rows)
print(f'wrote {OUT}: {len(rows)} rows')
