"""Print the Markdown table of a benchmarks/peers/run.sh run from the files it left.

usage: report.py WORK_DIR CORPUS_BYTES SMALL_CORPUS_BYTES
"""
import json
import os
import platform
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    return d.get("summary", d)  # score.py --json keeps the totals under "summary"


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.startswith("{")]  # skips banners


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main():
    work, corpus_bytes, small_bytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    bench = {b["name"]: b for b in load(os.path.join(work, "bench_extract.json"))["benchmarks"]}
    single = bench["documents/jobs:1/iterations:3/real_time"]
    ours_mbs = single["bytes_per_second"] / 1e6
    # All cores: the documents/jobs:N run with the most threads.
    parallel = max((b for n, b in bench.items() if n.startswith("documents/jobs:")),
                   key=lambda b: int(b["name"].split("jobs:")[1].split("/")[0]))
    ours_all_mbs = parallel["bytes_per_second"] / 1e6
    all_jobs = int(parallel["name"].split("jobs:")[1].split("/")[0])

    out = []
    p = out.append
    p(f"Machine: {os.cpu_count()} cores, {cpu_model()}; load average before the run "
      f"{os.getloadavg()[0]:.2f}. Corpus: the seed articles repeated to {corpus_bytes / 1e6:.1f} MB.")
    p("")
    p("### Extraction (econclaims, in process)")
    p("")
    p("| run | MB/s | claims/s | wall ms | peak RSS MB |")
    p("|---|---:|---:|---:|---:|")
    for name, b in bench.items():
        p(f"| {name.replace('/iterations:3', '').replace('/iterations:2', '').replace('/real_time', '')} "
          f"| {b['bytes_per_second'] / 1e6:.1f} | {b.get('claims/s', 0):,.0f} | {b['real_time']:.0f} "
          f"| {b.get('peak_rss_MB', 0):.0f} |")
    stages = {n.split("/")[1]: b["real_time"] for n, b in bench.items() if n.startswith("stage/")}
    floor = next((b for n, b in bench.items() if n.startswith("floor/")), None)
    if stages:
        total = sum(stages.values())
        p("")
        p("Stages, each timed alone, as shares of their sum: "
          + ", ".join(f"{name} {100 * ms / total:.0f} %" for name, ms in stages.items()) + ".")
    if floor:
        p(f"The floor, one memchr-class pass over the same bytes (counting line breaks): "
          f"{floor['bytes_per_second'] / 1e9:.1f} GB/s, {floor['bytes_per_second'] / 1e6 / ours_mbs:,.0f}× "
          f"the one-thread extraction.")
    p("")
    p("### Command line (files read, extracted, written as JSON Lines)")
    p("")
    p("| run | MB | MB/s | peak RSS MB |")
    p("|---|---:|---:|---:|")
    for r in lines(os.path.join(work, "cli.jsonl")):
        size = small_bytes if "small" in r["run"] else corpus_bytes
        p(f"| {r['run']} | {size / 1e6:.1f} | {size / 1e6 / max(r['seconds'], 1e-9):.1f} | {r['peak_kb'] / 1024:.1f} |")
    p("")
    p("### Peers on the same text (the five seed articles)")
    p("")
    p(f"econclaims ÷ tool: one thread ({ours_mbs:.1f} MB/s) and {all_jobs} threads ({ours_all_mbs:.1f} MB/s); "
      "each peer runs on one thread.")
    p("")
    p("| tool | MB/s | econclaims ÷ tool, 1 thread | all cores | quantity P | R | F1 | load s |")
    p("|---|---:|---:|---:|---:|---:|---:|---:|")
    s = load(os.path.join(work, "econclaims.score.json"))
    p(f"| econclaims | {ours_mbs:.1f} | 1 | | {s['quantity_precision']:.3f} | {s['quantity_recall']:.3f} "
      f"| {s['quantity_f1']:.3f} | |")
    peers = lines(os.path.join(work, "recognizers.time.json"))
    peers += lines(os.path.join(work, "jionlp.time.json"))
    for t in peers:
        mbs = t["bytes"] / 1e6 / t["seconds"]
        score_file = os.path.join(work, f"{t['tool']}.score.json")
        if os.path.exists(score_file):
            sc = load(score_file)
            prf = f"{sc['quantity_precision']:.3f} | {sc['quantity_recall']:.3f} | {sc['quantity_f1']:.3f}"
        else:
            prf = "– | – | –"
        p(f"| {t['tool']} | {mbs:.3f} | {ours_mbs / mbs:,.0f} | {ours_all_mbs / mbs:,.0f} | {prf} "
          f"| {t.get('load_seconds', 0):.2f} |")
    p("")
    p("### Series computations (econclaims kernels vs pandas, same numbers)")
    p("")
    p("econclaims on one thread and on every core (blocks of series on each); pandas on one.")
    p("")
    p("| computation | econclaims ms, 1 thread | all cores | pandas ms | pandas ÷ econclaims, 1 thread | all cores "
      "| checksums agree |")
    p("|---|---:|---:|---:|---:|---:|---|")
    ours = {b["name"].split("/")[0]: b for b in load(os.path.join(work, "bench_series.json"))["benchmarks"]}
    for r in lines(os.path.join(work, "pandas.json")):
        one, every = ours[r["computation"]], ours[r["computation"] + "_all_cores"]
        ms, ms_all, pandas_ms = one["real_time"], every["real_time"], r["seconds"] * 1e3
        agree = all(abs(b["checksum"] - r["checksum"]) <= 1e-6 * max(1.0, abs(r["checksum"])) for b in (one, every))
        p(f"| {r['computation']} | {ms:.1f} | {ms_all:.1f} | {pandas_ms:.1f} | {pandas_ms / ms:.1f} | {pandas_ms / ms_all:.1f} "
          f"| {'yes' if agree else 'NO'} |")
    copy, copy_all = ours.get("bandwidth_copy"), ours.get("bandwidth_copy_all_cores")
    if copy and copy_all:
        p(f"| memory bandwidth: a copy of the levels panel | {copy['real_time']:.1f} | {copy_all['real_time']:.1f} "
          "| | | | |")
        p("")
        for name in ("to_year", "yoy"):  # kernels that read the whole panel, as the copy does
            if name in ours and name + "_all_cores" in ours:
                p(f"{name}: {100 * copy['real_time'] / ours[name]['real_time']:.0f} % of the copy's speed on one "
                  f"thread, {100 * copy_all['real_time'] / ours[name + '_all_cores']['real_time']:.0f} % on every core.")
    print("\n".join(out))


if __name__ == "__main__":
    main()
