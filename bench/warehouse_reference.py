#!/usr/bin/python3
"""Reference for bench/warehouse.ts: the same scoring with pandas + scikit-learn on the same
file — read the CSV, fill, normalise and weight with numpy (the model file's formula), the
2x2 quadrant, tiers, KMeans.predict with the model's centres, write the CSV.

  /usr/bin/python3 bench/warehouse_reference.py MODEL.json DATA.csv OUT.csv
Prints one JSON line: {"seconds": …, "rows": …, "peakMB": …}.
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans

model_path, data_path, out_path = sys.argv[1:4]
t0 = time.perf_counter()
model = json.load(open(model_path, encoding='utf-8'))
inds = model['indicators']
cols = [model['idColumn']] + [i['column'] for i in inds]
tier_src = model['tiers']['source'] if model['tiers'] else None
if tier_src and not tier_src.startswith('score:') and tier_src not in cols:
    cols.append(tier_src)
df = pd.read_csv(data_path, usecols=cols, dtype={model['idColumn']: str})
n = len(df)
X = np.empty((n, len(inds)))
for j, ind in enumerate(inds):
    x = df[ind['column']].to_numpy(dtype=float)
    x = np.where(np.isnan(x), ind['fill'], x)
    if ind['constant']:
        X[:, j] = 0.0
    elif model['normalisation'] == 'minmax':
        rng = ind['max'] - ind['min']
        X[:, j] = (x - ind['min']) / rng if ind['direction'] == 'benefit' else (ind['max'] - x) / rng
    else:
        X[:, j] = (x - ind['mean']) / ind['sd'] if ind['direction'] == 'benefit' else (ind['mean'] - x) / ind['sd']
w = np.array([i['weight'] for i in inds])
composite = model['scale'] * ((X @ w) / model['weightSum'])
by_role = {}
for c in model['criteria']:
    idx = [j for j, i in enumerate(inds) if i['criterion'] == c['id']]
    by_role[c['role']] = model['scale'] * ((X[:, idx] @ w[idx]) / c['weight'])
cur, pot = by_role['current'], by_role['potential']
cut = model['matrix']['cut']
quadrant = np.where(cur >= cut['current'], np.where(pot >= cut['potential'], 'hh', 'hl'), np.where(pot >= cut['potential'], 'lh', 'll'))
t = model['tiers']
tv = df[tier_src].to_numpy(dtype=float)
tier = np.array(t['labels'], dtype=object)[np.searchsorted(np.array(t['thresholds']), np.nan_to_num(tv, nan=-np.inf), side='right')]
tier[np.isnan(tv)] = ''
segs = model['segmentation']['segments']
km = KMeans(n_clusters=len(segs), n_init=1)
km.cluster_centers_ = np.array([s['centre'] for s in segs])
km._n_threads = 1
km.n_features_in_ = 2
label = km.predict(np.column_stack([cur, pot]))
clusters = np.array([s['cluster'] for s in segs])[label]
names = np.array([s['name'] for s in segs], dtype=object)[label]
pd.DataFrame({'id': df[model['idColumn']], 'composite': composite, 'current': cur, 'potential': pot, 'tier': tier,
              'quadrant': quadrant, 'segment': clusters, 'segment_name': names}).to_csv(out_path, index=False)
seconds = time.perf_counter() - t0
print(json.dumps({'seconds': seconds, 'rows': n, 'peakMB': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
