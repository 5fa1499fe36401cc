#!/usr/bin/python3
"""Reference values for src/core/stats (incomplete beta, F distribution).

Run with Debian's python3 (scipy): /usr/bin/python3 tests/reference/stats_fdist.py
Writes tests/fixtures/stats/fdist.json. The tests read the JSON; they never run Python.
"""
import json
import pathlib

import numpy as np
import scipy
from scipy import special, stats

beta_cases = []
for a in [0.5, 1.0, 2.5, 10.0, 150.0, 5000.0]:
    for b in [0.5, 1.0, 3.0, 40.0, 2000.0]:
        for x in [1e-8, 0.001, 0.1, 0.35, 0.5, 0.9, 0.999, 1 - 1e-9]:
            beta_cases.append({"x": x, "a": a, "b": b, "value": float(special.betainc(a, b, x))})

f_cases = []
for d1 in [1, 2, 3, 4, 9]:
    for d2 in [1, 2, 5, 12, 15, 30, 147, 1000, 100000]:
        for f in [0.001, 0.2, 1.0, 2.5, 3.68, 10.0, 50.0, 1000.0, 1e6]:
            f_cases.append({"f": f, "d1": d1, "d2": d2, "sf": float(stats.f.sf(f, d1, d2)), "cdf": float(stats.f.cdf(f, d1, d2))})

gamma_cases = [{"x": x, "value": float(special.gammaln(x))} for x in [0.1, 0.5, 1.0, 1.5, 2.0, 7.5, 33.3, 500.0, 50000.0]]

out = {
    "source": f"scipy {scipy.__version__} (scipy.special.betainc, scipy.special.gammaln, scipy.stats.f.sf/cdf), numpy {np.__version__}",
    "script": "tests/reference/stats_fdist.py",
    "betainc": beta_cases,
    "fdist": f_cases,
    "gammaln": gamma_cases,
}
path = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "stats" / "fdist.json"
path.write_text(json.dumps(out, indent=1) + "\n")
print(f"wrote {path}: {len(beta_cases)} beta, {len(f_cases)} F, {len(gamma_cases)} gammaln cases")
