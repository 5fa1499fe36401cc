"""Derived indicators (issue 9 item 2) on tests/fixtures/templates/derived.csv with hostile column
names, read with the csv module and computed with numpy independently of the TypeScript code. Undefined values (missing
input, division by zero, log of a number <= 0) are written as null with their file lines.

Run: python3 tests/reference/derived_reference.py > tests/fixtures/templates/derived.json
"""
import json
import numpy as np
import csv

with open("tests/fixtures/templates/derived.csv", newline="", encoding="utf-8") as fh:
    rows = list(csv.DictReader(fh))
col = lambda k: np.array([float(r[k]) if r[k] != "" else np.nan for r in rows])
a, b, c, d, e, f = (col(k) for k in ["dep,osit", "__proto__", "constructor", "d => globalThis.x=1", "存款 (万元)", 'say "hi"'])
with np.errstate(divide="ignore", invalid="ignore"):
    out = {
        "index": 0.5 * a + 1.2 * b - 0.3 * c,
        "ratio": np.where(b == 0, np.nan, a / np.where(b == 0, 1, b)),
        "diff": d - e,
        "log": np.where(c - 1 > 0, np.log(np.where(c - 1 > 0, c - 1, 1)), np.nan),
        "share": np.where((e + f) == 0, np.nan, e / np.where((e + f) == 0, 1, e + f)),
    }
lines = np.arange(len(rows)) + 2
res = {}
for k, v in out.items():
    res[k] = {"values": [None if not np.isfinite(x) else float(x) for x in v], "undefinedLines": [int(l) for l, x in zip(lines, v) if not np.isfinite(x)]}
print(json.dumps(res, indent=1, ensure_ascii=False))
