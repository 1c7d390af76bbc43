"""The series computations of bench_series.cpp in pandas, on the same numbers: N monthly
series × 40 periods from January 2015 (N from ECONCLAIMS_BENCH_SERIES, default 1e6),
laid out the pandas way (periods as the index, one series a column).

usage: series_pandas.py   (prints one JSON line per computation: seconds, checksum)
"""
import json
import os
import time

import numpy as np
import pandas as pd

PERIODS = 40
N = int(os.environ.get("ECONCLAIMS_BENCH_SERIES", "1000000"))
REPEATS = 3


def levels():
    # Kept in step with level() in bench_series.cpp.
    i = np.arange(PERIODS, dtype=np.int64)[:, None]
    j = np.arange(N, dtype=np.int64)[None, :]
    return 100.0 + (j % 997) + 0.5 * i + ((j * 7919 + i * 104729) % 1000) / 100.0


def finite_sum(x):
    a = np.asarray(x, dtype=float)
    return float(a[np.isfinite(a)].sum())


def timed(name, fn):
    best = []
    out = None
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        out = fn()
        best.append(time.perf_counter() - t0)
    print(json.dumps({"computation": name, "seconds": sum(best) / len(best), "checksum": finite_sum(out)}), flush=True)


def main():
    index = pd.period_range("2015-01", periods=PERIODS, freq="M")
    values = levels()
    df = pd.DataFrame(values, index=index)
    year = index.year
    cum = df.groupby(year).cumsum()
    timed("yoy", lambda: df.pct_change(periods=12, fill_method=None) * 100.0)
    timed("cagr", lambda: ((df.iloc[-1] / df.iloc[0]) ** (12.0 / (PERIODS - 1)) - 1.0) * 100.0)
    timed("to_year", lambda: df.groupby(year).sum(min_count=12))
    timed("decumulate", lambda: cum - cum.groupby(year).shift(1).fillna(0.0))


if __name__ == "__main__":
    main()
