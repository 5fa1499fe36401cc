#!/usr/bin/python3
"""Reference values for src/core/stats/posthoc.ts, chisquare.ts, studentized-range.ts and
distributions.ts, computed with Debian's python3-scipy (1.10) and numpy:

  eta2         SS_between / SS_total (numpy)
  ANOVA        scipy.stats.f_oneway
  Levene       scipy.stats.levene(..., center='mean')  (SPSS's "Based on Mean")
  LSD          t = diff / sqrt(MSW (1/na + 1/nb)), p = 2 * scipy.stats.t.sf(|t|, N - k)
  Tukey HSD    scipy.stats.tukey_hsd (Tukey-Kramer for unequal sizes): pvalue matrix
  Games-Howell SE = sqrt(va/na + vb/nb), Welch df, p = scipy.stats.studentized_range.sf(sqrt(2)|diff|/SE, k, df)
  chi-square   scipy.stats.chi2_contingency(observed, correction=False); Cramer's V =
               scipy.stats.contingency.association(observed, method='cramer')
  studentized range  scipy.stats.studentized_range.sf on a grid of q, k, df, and a second grid of
                     df 2 ... 7 with q into the far tail (studentizedRangeSmallDf)

Groups are real categorical columns of real data sets (their categories sorted, numbered 1..k):
  wholesale   datasets/wholesale_customers.csv, groups = Region (3), indicators Fresh, Milk, Grocery,
              Frozen, Detergents_Paper, Delicassen; categorical Channel
  bank        datasets/bank_marketing.csv (4521 rows), groups = education (4), indicators age,
              balance, duration, campaign; categorical job, marital, y
  credit      datasets/islr_credit.csv, groups = Ethnicity (3), indicators Income, Limit, Balance;
              categorical Gender, Student, Married

Run from the repository root:  /usr/bin/python3 tests/reference/posthoc_reference.py
Writes tests/fixtures/stats/posthoc_reference.json.
"""
import csv
import json
import math
import os

import numpy as np
import scipy
from scipy import stats
from scipy.stats.contingency import association

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def rows_of(name):
    with open(os.path.join(ROOT, 'datasets', name), newline='', encoding='utf-8-sig') as fh:
        return list(csv.DictReader(fh))


def indicator(values, labels):
    ks = sorted(set(labels))
    groups = [values[labels == g] for g in ks]
    k, n = len(groups), len(values)
    grand = values.mean()
    ssb = sum(len(g) * (g.mean() - grand) ** 2 for g in groups)
    ssw = sum(((g - g.mean()) ** 2).sum() for g in groups)
    msw = ssw / (n - k)
    f = stats.f_oneway(*groups)
    lev = stats.levene(*groups, center='mean')
    tk = stats.tukey_hsd(*groups)
    pairs = []
    for i in range(k):
        for j in range(i + 1, k):
            a, b = groups[i], groups[j]
            diff = a.mean() - b.mean()
            se = math.sqrt(msw * (1 / len(a) + 1 / len(b)))
            t = diff / se
            va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
            gse = math.sqrt(va + vb)
            gdf = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
            pairs.append({
                'a': int(ks[i]), 'b': int(ks[j]), 'diff': float(diff), 'se': se,
                'lsdP': float(2 * stats.t.sf(abs(t), n - k)),
                'tukeyP': float(tk.pvalue[i, j]),
                'ghSe': gse, 'ghDf': float(gdf),
                'ghP': float(stats.studentized_range.sf(math.sqrt(2) * abs(diff) / gse, k, gdf)),
            })
    return {'eta2': float(ssb / (ssb + ssw)), 'F': float(f.statistic), 'p': float(f.pvalue),
            'levene': {'F': float(lev.statistic), 'p': float(lev.pvalue), 'df1': k - 1, 'df2': n - k},
            'pairs': pairs}


def chisq(cats, labels):
    rows = sorted(set(cats))
    cols = sorted(set(labels))
    obs = np.array([[int(np.sum((cats == r) & (labels == c))) for c in cols] for r in rows])
    chi2, p, dof, expected = stats.chi2_contingency(obs, correction=False)
    return {'chi2': float(chi2), 'p': float(p), 'df': int(dof), 'cramersV': float(association(obs, method='cramer')),
            'minExpected': float(expected.min()), 'lowExpected': int((expected < 5).sum()), 'n': int(obs.sum())}


def case(name, file, group, indicators, categorical):
    rows = rows_of(file)
    levels = sorted(set(r[group].strip() for r in rows))
    labels = np.array([levels.index(r[group].strip()) + 1 for r in rows])
    out = {'name': name, 'file': f'datasets/{file}', 'group': group, 'levels': levels, 'indicators': {}, 'categorical': {}}
    for c in indicators:
        out['indicators'][c] = indicator(np.array([float(r[c]) for r in rows]), labels)
    for c in categorical:
        out['categorical'][c] = chisq(np.array([r[c].strip() for r in rows]), labels)
    return out


def main():
    grid = []
    for k in (2, 3, 4, 6, 10):
        for df in (1, 2.5, 4, 9.3, 30, 250, 4000):
            for q in (0.5, 1.5, 2.5, 3.5, 5, 8):
                grid.append({'q': q, 'k': k, 'df': df, 'sf': float(stats.studentized_range.sf(q, k, df))})
    # small degrees of freedom (Games-Howell's Welch df of small groups), q into the far tail
    small = []
    for k in (2, 3, 5, 10, 20):
        for df in (2, 2.25, 2.5, 3, 3.7, 5, 7):
            for q in (0.2, 1, 2.5, 4, 6, 9, 14, 25):
                small.append({'q': q, 'k': k, 'df': df, 'sf': float(stats.studentized_range.sf(q, k, df))})
    dist = {
        't': [{'t': t, 'df': df, 'p': float(2 * stats.t.sf(abs(t), df))} for t in (0.2, 1.3, 2.1, -3.7, 6.5) for df in (1, 3.5, 12, 300)],
        'chi2': [{'x': x, 'df': df, 'p': float(stats.chi2.sf(x, df))} for x in (0.01, 0.8, 3.84, 11.3, 40, 230) for df in (1, 2, 5, 17, 120)],
        'normal': [{'z': z, 'cdf': float(stats.norm.cdf(z))} for z in (-12, -6.5, -3, -1.2, 0, 0.7, 2.9, 5.5, 9)],
    }
    out = {
        'generator': 'tests/reference/posthoc_reference.py', 'scipy': scipy.__version__, 'numpy': np.__version__,
        'cases': [
            case('wholesale', 'wholesale_customers.csv', 'Region', ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'], ['Channel']),
            case('bank', 'bank_marketing.csv', 'education', ['age', 'balance', 'duration', 'campaign'], ['job', 'marital', 'y']),
            case('credit', 'islr_credit.csv', 'Ethnicity', ['Income', 'Limit', 'Balance'], ['Gender', 'Student', 'Married']),
        ],
        'studentizedRange': grid,
        'studentizedRangeSmallDf': small,
        'distributions': dist,
    }
    os.makedirs(os.path.join(ROOT, 'tests', 'fixtures', 'stats'), exist_ok=True)
    path = os.path.join(ROOT, 'tests', 'fixtures', 'stats', 'posthoc_reference.json')
    with open(path, 'w') as fh:
        json.dump(out, fh, indent=1)
        fh.write('\n')
    print('wrote', path)


if __name__ == '__main__':
    main()
