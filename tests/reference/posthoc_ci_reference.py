#!/usr/bin/python3
"""Reference 95 % confidence intervals of the post hoc mean differences (src/core/stats/posthoc.ts),
from Debian's python3-statsmodels (0.13) and python3-scipy (1.10):

  Tukey HSD     statsmodels.stats.multicomp.pairwise_tukeyhsd(values, groups, alpha=0.05):
                its `confint` rows (statsmodels reports group2 - group1, so lower/upper are negated
                and swapped to give the interval of mean(a) - mean(b), a < b as SPSS lists them)
  LSD           mean difference +- t_0.975 * sqrt(MS_W (1/n_a + 1/n_b)), t_0.975 the root of
                2 * scipy.stats.t.sf(t, N - k) = 0.05 by scipy.optimize.brentq (scipy's t.ppf is off by
                ~2e-10 relative at small df: 2 * t.sf(t.ppf(0.975, 7), 7) - 0.05 = 4.3e-11),
                MS_W the ANOVA mean square within from statsmodels' ols + anova_lm
  Games-Howell  mean difference +- scipy.stats.studentized_range.ppf(0.95, k, df_Welch) / sqrt(2) * SE_GH
  critical values  that t root and scipy.stats.studentized_range.ppf on a grid

Groups are the real categorical columns used by posthoc_reference.py (categories sorted, numbered 1..k).
Run from the repository root:  /usr/bin/python3 tests/reference/posthoc_ci_reference.py
Writes tests/fixtures/stats/posthoc_ci_reference.json.
"""
import csv
import json
import math
import os

import numpy as np
import statsmodels
import statsmodels.formula.api as smf
from scipy import stats
from scipy.optimize import brentq
from statsmodels.stats.anova import anova_lm
from statsmodels.stats.multicomp import pairwise_tukeyhsd

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def rows_of(name):
    with open(os.path.join(ROOT, 'datasets', name), newline='', encoding='utf-8-sig') as fh:
        return list(csv.DictReader(fh))


def t_crit(alpha, df):
    return brentq(lambda t: 2 * stats.t.sf(t, df) - alpha, 0, 1e7, xtol=1e-15, rtol=1e-15)


def intervals(values, labels):
    ks = sorted(set(labels))
    k, n = len(ks), len(values)
    groups = [values[labels == g] for g in ks]
    fit = smf.ols('y ~ C(g)', data={'y': values, 'g': labels}).fit()
    msw = float(anova_lm(fit).loc['Residual', 'mean_sq'])
    tukey = pairwise_tukeyhsd(values, labels, alpha=0.05)
    confint = tukey.confint
    tcrit = t_crit(0.05, n - k)
    out = []
    row = 0
    for i in range(k):
        for j in range(i + 1, k):
            a, b = groups[i], groups[j]
            diff = float(a.mean() - b.mean())
            se = math.sqrt(msw * (1 / len(a) + 1 / len(b)))
            va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
            gse = math.sqrt(va + vb)
            gdf = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
            gh = stats.studentized_range.ppf(0.95, k, gdf) / math.sqrt(2) * gse
            lo, hi = confint[row]
            out.append({'a': int(ks[i]), 'b': int(ks[j]), 'diff': diff,
                        'lsd': [diff - tcrit * se, diff + tcrit * se],
                        'tukey': [float(-hi), float(-lo)],
                        'gh': [diff - gh, diff + gh]})
            row += 1
    return out


def case(name, file, group, indicators):
    rows = rows_of(file)
    levels = sorted(set(r[group].strip() for r in rows))
    labels = np.array([levels.index(r[group].strip()) + 1 for r in rows])
    return {'name': name, 'file': f'datasets/{file}', 'group': group, 'levels': levels,
            'indicators': {c: intervals(np.array([float(r[c]) for r in rows]), labels) for c in indicators}}


def main():
    out = {
        'generator': 'tests/reference/posthoc_ci_reference.py', 'statsmodels': statsmodels.__version__,
        'cases': [
            case('wholesale', 'wholesale_customers.csv', 'Region', ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen']),
            case('bank', 'bank_marketing.csv', 'education', ['age', 'balance', 'duration', 'campaign']),
            case('credit', 'islr_credit.csv', 'Ethnicity', ['Income', 'Limit', 'Balance']),
        ],
        'critical': {
            't': [{'alpha': a, 'df': df, 't': float(t_crit(a, df))} for a in (0.05, 0.01) for df in (1, 2.5, 7, 30, 437, 4517)],
            'range': [{'alpha': a, 'k': k, 'df': df, 'q': float(stats.studentized_range.ppf(1 - a, k, df))} for a in (0.05, 0.01) for k in (2, 3, 4, 6, 10) for df in (2, 2.5, 7, 30, 437, 4517)],
        },
    }
    path = os.path.join(ROOT, 'tests', 'fixtures', 'stats', 'posthoc_ci_reference.json')
    with open(path, 'w') as fh:
        json.dump(out, fh, indent=1)
        fh.write('\n')
    print('wrote', path)


if __name__ == '__main__':
    main()
