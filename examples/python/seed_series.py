"""Extract the seed articles, build a series, compute its growth, check consistency, plot.

    python examples/python/seed_series.py [--out series.png] [--claims FILE.jsonl]

The seed articles are read from ../shared/corpus/seeds beside the repository (or from
$ECONCLAIMS_SHARED/corpus/seeds). With --claims, a claims file (JSON Lines, as
`econclaims extract` writes it) is used instead of extracting: the seeds are single
articles, so their series are short, and a file of claims from many releases gives a
longer one (try tests/data/series_claims.jsonl).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # write files only; no display is needed
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import econclaims  # noqa: E402


def seeds_dir() -> Path:
    shared = os.environ.get("ECONCLAIMS_SHARED")
    root = Path(shared) if shared else Path(__file__).resolve().parents[2] / ".." / "shared"
    return root / "corpus" / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="econclaims_series.png", help="the PNG to write")
    parser.add_argument("--claims", help="a claims file to use instead of extracting the seed articles")
    args = parser.parse_args()

    # 1. Claims: extract the seed articles with their publication dates, on all cores.
    if args.claims:
        claims = econclaims.read_claims(args.claims)
    else:
        seeds = seeds_dir()
        claims = econclaims.extract_files(sorted(seeds.glob("*.txt")), docs=seeds / "docs.jsonl")
    frame = econclaims.claims_frame(claims)
    print(f"{len(claims)} claims from {frame['doc'].nunique()} documents")
    print(frame.groupby("kind", observed=False).size().to_string())

    # 2. A series: the level series with the most points.
    store = econclaims.Store(claims)
    keys = store.keys_frame()
    levels = keys[keys["kind"] == "level"].sort_values(["points", "entity", "indicator"], ascending=[False, True, True])
    best = levels.iloc[0]
    series = store.series(best.entity, best.indicator, unit=best.unit, freq=best.freq, ytd=bool(best.ytd))
    title = f"{best.entity} {best.indicator} ({best.unit}, {best.freq})"
    print(f"\nseries {title}:")
    print(series.dropna().to_string())

    # 3. Growth: year on year where a year-ago value exists, else period on period.
    method = "pop" if best.freq == "day" else "yoy"
    growth = econclaims.growth(series, method)
    if growth.notna().any():
        print(f"\n{method} growth, %:")
        print(growth.dropna().round(2).to_string())
    else:
        print(f"\nno {method} growth: no two points one lag apart")
    if series.count() >= 2 and best.freq in ("year", "half", "quarter", "month") and not bool(best.ytd):
        print(f"CAGR {econclaims.cagr(series):.2f} % between the first and the last point")

    # 4. Consistency: reported growth, shares and multiples against the levels.
    report = econclaims.check(store)
    print("\nconsistency check:")
    print(report["verdict"].value_counts().to_string())
    shown = report[report["verdict"] != "not checkable"][["quote", "entity", "indicator", "implied", "verdict"]]
    if len(shown):
        print(shown.to_string(index=False))

    # 5. Plot: claims by kind per document, and the series with its growth.
    plt.rcParams["font.sans-serif"] = ["Noto Sans CJK SC", "WenQuanYi Zen Hei", "DejaVu Sans"]
    fig, (ax_docs, ax_series) = plt.subplots(1, 2, figsize=(12, 4.5))
    counts = pd.crosstab(frame["doc"].str.slice(0, 12), frame["kind"])
    counts.plot.bar(stacked=True, ax=ax_docs, rot=30)
    ax_docs.set_title("claims per document")
    ax_docs.set_xlabel("")
    present = series.dropna()
    x = present.index.to_timestamp(how="start") if isinstance(present.index, pd.PeriodIndex) else present.index
    ax_series.plot(x, present.to_numpy(), marker="o")
    ax_series.set_title(title if all(ord(ch) < 128 for ch in title) else "series with the most points")
    ax_series.set_ylabel(str(best.unit))
    if growth.notna().any():
        g = growth.dropna()
        ax_growth = ax_series.twinx()
        ax_growth.bar(g.index.to_timestamp(how="start"), g.to_numpy(), width=20, alpha=0.3, color="tab:orange")
        ax_growth.set_ylabel(f"{method} growth, %")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(args.out, dpi=100)
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
