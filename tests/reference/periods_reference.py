"""Two periods (issue 9 item 7) on the icbc-star template's example data, computed with pandas,
numpy and scikit-learn independently of the TypeScript code: period 1 fixes the min-max
parameters, the given weights, the 2x2 cut (means), the star thresholds, the ABC boundaries (as
values) and the k-means centres (scikit-learn, k = 4, on the current and potential scores);
period 2 is scored with them; the migration matrices are pandas crosstabs of an outer merge by
customer id.

Run: python3 tests/reference/periods_reference.py > tests/fixtures/periods/icbc-reference.json
"""
import json
import numpy as np
import pandas as pd
from sklearn.cluster import KMeans

p1 = pd.read_csv("datasets/templates/icbc-star.csv", dtype={"customer_id": str})
p2 = pd.read_csv("datasets/templates/period2/icbc-star.csv", dtype={"customer_id": str})

def index(df):
    return 0.01 * df.deposits_6m_avg + 0.01 * df.wealth_6m_avg + 0.005 * df.loans_6m_avg + 0.1 * df.fee_income

for df in (p1, p2):
    df["value_index"] = index(df)

CURRENT = {"value_index": 0.4, "deposits_6m_avg": 0.15, "fee_income": 0.15}
POTENTIAL = {"products_held": 0.1, "mobile_active_days": 0.1, "tenure_years": 0.1}
ALL = {**CURRENT, **POTENTIAL}
lo = {c: p1[c].min() for c in ALL}
hi = {c: p1[c].max() for c in ALL}

def score(df, w):
    x = sum(w[c] * (df[c] - lo[c]) / (hi[c] - lo[c]) for c in w)
    return 100 * x / sum(w.values())

for df in (p1, p2):
    df["composite"] = score(df, ALL)
    df["current"] = score(df, CURRENT)
    df["potential"] = score(df, POTENTIAL)

# Stars: 1 star below 10, then >= 10, 50, 500, 2000, 10000, 80000 (7 levels, index 0..6)
CUTS = [10, 50, 500, 2000, 10000, 80000]
for df in (p1, p2):
    df["tier"] = np.searchsorted(CUTS, df.value_index.to_numpy(), side="right")

# 2x2 at period 1's means: 0 hh, 1 hl, 2 lh, 3 ll
cc, cp = p1.current.mean(), p1.potential.mean()
for df in (p1, p2):
    hc, hp = df.current >= cc, df.potential >= cp
    df["quadrant"] = np.where(hc, np.where(hp, 0, 1), np.where(hp, 2, 3))

# ABC on period 1 by cumulative share of value_index (largest first, stable): A while the share before < 0.8
order = p1.value_index.sort_values(ascending=False, kind="stable")
before = order.cumsum().shift(fill_value=0) / order.sum()
cls = pd.Series(np.where(before < 0.8 - 1e-12, 0, np.where(before < 0.95 - 1e-12, 1, 2)), index=order.index)
p1["abc"] = cls.sort_index()
a = p1.value_index[p1.abc == 0].min()
b = p1.value_index[p1.abc == 1].min()
p2["abc"] = np.where(p2.value_index >= a, 0, np.where(p2.value_index >= b, 1, 2))

# Segments: k-means on period 1's (current, potential), numbered by mean composite (1 = highest)
X1 = p1[["current", "potential"]].to_numpy()
km = KMeans(n_clusters=4, n_init=10, random_state=0).fit(X1)
means = [p1.composite[km.labels_ == c].mean() for c in range(4)]
rank = {c: r for r, c in enumerate(sorted(range(4), key=lambda c: -means[c]))}
centres = km.cluster_centers_[sorted(range(4), key=lambda c: -means[c])]
p1["segment"] = [rank[c] for c in km.labels_]
d2 = ((p2[["current", "potential"]].to_numpy()[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
p2["segment"] = d2.argmin(axis=1)

m = p1.merge(p2, on="customer_id", how="outer", suffixes=("_1", "_2"), indicator=True)
out = {"customers": {"period1": len(p1), "period2": len(p2), "matched": int((m._merge == "both").sum()),
                     "new": int((m._merge == "right_only").sum()), "lost": int((m._merge == "left_only").sum())},
       "centres": centres.tolist(), "period2Composite": p2.composite.tolist(), "migrations": {}}
both = m[m._merge == "both"]
for scheme, k, better in [("tier", 7, "higher"), ("segment", 4, "lower"), ("abc", 3, "lower"), ("quadrant", 4, "none")]:
    f, t = both[f"{scheme}_1"].astype(int), both[f"{scheme}_2"].astype(int)
    ct = pd.crosstab(f, t).reindex(index=range(k), columns=range(k), fill_value=0)
    up = int(((t > f) if better == "higher" else (t < f)).sum()) if better != "none" else 0
    down = int(((t < f) if better == "higher" else (t > f)).sum()) if better != "none" else 0
    out["migrations"][scheme] = {
        "matrix": ct.to_numpy().tolist(), "same": int((f == t).sum()), "up": up, "down": down,
        "changed": int((f != t).sum()) if better == "none" else 0,
        "new": m[m._merge == "right_only"][f"{scheme}_2"].astype(int).value_counts().reindex(range(k), fill_value=0).tolist(),
        "lost": m[m._merge == "left_only"][f"{scheme}_1"].astype(int).value_counts().reindex(range(k), fill_value=0).tolist(),
    }
print(json.dumps(out, indent=1))
