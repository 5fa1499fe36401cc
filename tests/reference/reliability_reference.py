"""Cronbach's alpha, corrected item-total correlation and alpha if item deleted (issue 9 item 9),
computed with numpy independently of the TypeScript, on
 (a) a small worked example (6 respondents x 4 items, one answer missing -> listwise deletion), and
 (b) the first dimension (4 items) of the spdb-survey template's shipped data.
Formulas as SPSS RELIABILITY: alpha = k/(k-1) (1 - sum var_i / var_total), sample variances.

Run: python3 tests/reference/reliability_reference.py > tests/fixtures/templates/reliability.json
"""
import csv, json
import numpy as np

def alpha(X):
    k = X.shape[1]
    return k / (k - 1) * (1 - X.var(axis=0, ddof=1).sum() / X.sum(axis=1).var(ddof=1))

def report(X):
    X = X[~np.isnan(X).any(axis=1)]
    k = X.shape[1]
    tot = X.sum(axis=1)
    R = np.corrcoef(X, rowvar=False)
    rbar = R[np.triu_indices(k, 1)].mean()
    return {
        "n": int(X.shape[0]),
        "alpha": float(alpha(X)),
        "standardisedAlpha": float(k * rbar / (1 + (k - 1) * rbar)),
        "citc": [float(np.corrcoef(X[:, j], tot - X[:, j])[0, 1]) for j in range(k)],
        "alphaIfDeleted": [float(alpha(np.delete(X, j, axis=1))) for j in range(k)],
    }

small = np.array([[4, 5, 4, 3], [3, 3, 2, 3], [5, 5, 4, 4], [2, 3, 2, 1], [4, 4, 5, 4], [3, np.nan, 3, 2], [1, 2, 2, 2]], dtype=float)
with open("datasets/templates/spdb-survey.csv", newline="", encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh))
cols = ["q1_staff_attitude", "q2_staff_skill", "q3_waiting_time", "q4_complaints"]
survey = np.array([[float(r[c]) for c in cols] for r in rows])
print(json.dumps({"small": {"data": [[None if np.isnan(v) else v for v in row] for row in small.tolist()], **report(small)}, "spdb-service": {"columns": cols, **report(survey)}}, indent=1))
