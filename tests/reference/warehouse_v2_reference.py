#!/usr/bin/python3
"""Reference scores for version 2 scoring models (derived columns, tier rules), computed from the
documented formula (docs/warehouse.md) in plain Python, independently of the TypeScript scorer.

Run from the repository root:  /usr/bin/python3 tests/reference/warehouse_v2_reference.py
For each model in tests/fixtures/warehouse/v2/ (written by make.ts) scores its next-period file and
writes tests/fixtures/warehouse/v2/<name>.reference.csv with
id, composite, current, potential, tier, quadrant, segment, segment_name.

Cells: empty, NA, NaN, '-' are missing; 'x%' is x/100. A derived value is missing when an input is
missing, a divisor is 0 or a logarithm's argument is <= 0; a missing indicator takes its fill.
"""
import csv
import json
import math

DIR = 'tests/fixtures/warehouse/v2/'
CASES = {
    'icbc-star': 'datasets/templates/period2/icbc-star.csv',
    'banka-corporate': 'datasets/templates/period2/banka-corporate.csv',
    'sample-derived': DIR + 'sample-derived-next.csv',
}


def number(cell):
    s = cell.strip()
    if s.lower() in ('', 'na', '-', 'nan'):
        return None
    if s.endswith('%'):
        return float(s[:-1] + 'e-2')
    return float(s)


def derive(d, xs):
    if any(x is None for x in xs):
        return None
    kind = d['kind']
    if kind == 'weighted-sum':
        v = 0.0
        for c, x in zip(d['coefficients'], xs):
            v += c * x
    elif kind == 'ratio':
        v = None if xs[1] == 0 else xs[0] / xs[1]
    elif kind == 'difference':
        v = xs[0] - xs[1]
    elif kind == 'log':
        a = xs[0] + d.get('offset', 0)
        v = math.log(a) if a > 0 else None
    elif kind == 'share':
        s = 0.0
        for x in xs:
            s += x
        v = None if s == 0 else xs[0] / s
    return v if v is not None and math.isfinite(v) else None


OPS = {'>=': lambda v, x: v >= x, '>': lambda v, x: v > x, '<=': lambda v, x: v <= x, '<': lambda v, x: v < x, '==': lambda v, x: v == x}


def score(model, rec):
    values = {}
    for inp in model['inputs']:
        if inp['type'] == 'numeric':
            values[inp['column']] = number(rec[inp['column']])
    for d in model['derived']:
        values[d['name']] = derive(d, [values[c] for c in d['inputs']])
    inds = model['indicators']
    xs = []
    for ind in inds:
        v = values[ind['column']]
        if v is None:
            v = ind['fill']
        if ind['constant']:
            xs.append(0.0)
        elif model['normalisation'] == 'minmax':
            rng = ind['max'] - ind['min']
            xs.append((v - ind['min']) / rng if ind['direction'] == 'benefit' else (ind['max'] - v) / rng)
        else:
            xs.append((v - ind['mean']) / ind['sd'] if ind['direction'] == 'benefit' else (ind['mean'] - v) / ind['sd'])

    def weighted(pairs, wsum):
        s = 0.0
        for x, ind in pairs:
            s += ind['weight'] * x
        return model['scale'] * (s / wsum)

    scores = {'composite': weighted(list(zip(xs, inds)), model['weightSum'])}
    for c in model['criteria']:
        if c['role']:
            scores[c['role']] = weighted([(x, i) for x, i in zip(xs, inds) if i['criterion'] == c['id']], c['weight'])

    def source(s):
        return scores.get(s[len('score:'):]) if s.startswith('score:') else values[s]

    tier = ''
    t = model['tierRules']
    if t:
        tier = t['unmatched'] or ''
        for rule in reversed(t['rules']):
            tests = [(source(c['source']) is not None and OPS[c['op']](source(c['source']), c['value'])) for c in rule['conditions']]
            if not tests or (any(tests) if rule.get('match') == 'any' else all(tests)):
                tier = rule['label']
                break
    elif model['tiers']:
        tv = source(model['tiers']['source'])
        tier = '' if tv is None else model['tiers']['labels'][sum(1 for th in model['tiers']['thresholds'] if tv >= th)]
    cur, pot = scores['current'], scores['potential']
    cut = model['matrix']['cut']
    quadrant = ('h' if cur >= cut['current'] else 'l') + ('h' if pot >= cut['potential'] else 'l')
    segs = model['segmentation']['segments']
    if model['segmentation']['features'] == 'scores':
        feat = [cur, pot]
    else:
        feat = [x * i['weight'] for x, i in zip(xs, inds)]
    dists = [sum((f - c) ** 2 for f, c in zip(feat, s['centre'])) for s in segs]
    best = min(range(len(segs)), key=lambda i: (dists[i], i))
    return [rec[model['idColumn']], repr(scores['composite']), repr(cur), repr(pot), tier, quadrant, segs[best]['cluster'], segs[best]['name']]


for name, data in CASES.items():
    model = json.load(open(DIR + name + '.model.json', encoding='utf-8'))
    with open(data, encoding='utf-8', newline='') as f:
        rows = [score(model, rec) for rec in csv.DictReader(f)]
    out = DIR + name + '.reference.csv'
    with open(out, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['id', 'composite', 'current', 'potential', 'tier', 'quadrant', 'segment', 'segment_name'])
        w.writerows(rows)
    print(f'wrote {out}: {len(rows)} rows')
