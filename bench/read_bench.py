#!/usr/bin/python3
"""Reference reader for bench/scale.ts: the same CSV file read by pandas.read_csv (every column;
"12.5%" stays text; no read report), or by numpy.loadtxt on the columns it can read.

  /usr/bin/python3 bench/read_bench.py CSV RUNS pandas|loadtxt

Prints one JSON line: {"times": [seconds per run], "peakRssMb": ru_maxrss, "rows": n} or
{"error": "..."} when the library is missing.
"""
import json
import resource
import sys
import time


def main():
    path, runs, library = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    times = []
    rows = 0
    try:
        if library == "pandas":
            import pandas as pd

            for _ in range(runs):
                t0 = time.perf_counter()
                df = pd.read_csv(path)
                times.append(time.perf_counter() - t0)
                rows = len(df)
        else:
            import numpy as np

            import re

            with open(path, encoding="utf-8") as f:
                header = f.readline().strip().split(",")
                first = f.readline().strip().split(",")

            def numeric(v):
                try:
                    float(v)
                    return True
                except ValueError:
                    return False

            cols = [j for j, v in enumerate(first) if numeric(v)]
            # a column loadtxt cannot read (an empty cell, "NA", "%") is left out and the read retried
            while True:
                try:
                    np.loadtxt(path, delimiter=",", skiprows=1, usecols=cols)
                    break
                except ValueError as e:
                    m = re.search(r"column (\d+)", str(e))
                    if not m:
                        raise
                    cols.remove(int(m.group(1)) - 1)
            for _ in range(runs):
                t0 = time.perf_counter()
                a = np.loadtxt(path, delimiter=",", skiprows=1, usecols=cols)
                times.append(time.perf_counter() - t0)
                rows = a.shape[0]
            print(f"loadtxt read {len(cols)} of {len(header)} columns", file=sys.stderr)
    except ImportError as e:
        print(json.dumps({"error": str(e)}))
        return
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"times": times, "peakRssMb": peak, "rows": rows}))


if __name__ == "__main__":
    main()
