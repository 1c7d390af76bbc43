"""JioNLP (money and time extraction) and cn2an (numeral conversion) over the seed
articles, converted to the exchange format as far as their output allows.

usage: jionlp_peer.py OUT.jsonl REPEATS FILE...   (prints JSON timings, one line a tool)
"""
import json
import os
import sys
import time
import warnings

warnings.filterwarnings("ignore")
t0 = time.perf_counter()
import jionlp as jio  # noqa: E402
import cn2an  # noqa: E402
load_seconds = time.perf_counter() - t0

CURRENCIES = {"元": "CNY", "美元": "USD", "瑞士法郎": "CHF", "欧元": "EUR", "港元": "HKD", "港币": "HKD"}
DURATIONS = {"day": "day", "week": "week", "month": "month", "year": "year", "minute": "minute"}


def byte_offset(text, i):
    return len(text[:i].encode("utf-8"))


def convert(doc, text, money, times):
    claims = []
    def add(e, value, unit):
        s, t = e["offset"]
        claims.append({"doc": doc, "quote": e["text"], "start": byte_offset(text, s), "end": byte_offset(text, t),
                       "value": value, "value_hi": None, "unit": unit})
    for e in money:
        d = e.get("detail") or {}
        unit = CURRENCIES.get(d.get("case"))
        num = d.get("num")
        if isinstance(num, list):
            num = num[0]
        if unit and num is not None:
            add(e, float(num), unit)
    for e in times:
        if e.get("type") != "time_delta":
            continue
        t = (e.get("detail") or {}).get("time")
        if isinstance(t, list):
            t = t[0]
        if isinstance(t, dict) and len(t) == 1:
            (k, v), = t.items()
            if k in DURATIONS:
                add(e, float(v), DURATIONS[k])
    return claims


def main():
    out, repeats, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    docs = [(os.path.basename(f), open(f, encoding="utf-8").read()) for f in files]
    nbytes = sum(len(t.encode("utf-8")) for _, t in docs)
    base = time.mktime((2024, 1, 1, 0, 0, 0, 0, 0, -1))
    results = {}
    # One warm-up pass: dictionaries and expressions load on first use.
    for doc, text in docs:
        jio.ner.extract_money(text, with_parsing=True)
        jio.ner.extract_time(text, time_base=base, with_parsing=True)
        cn2an.transform(text, "cn2an")
    t0 = time.perf_counter()
    for _ in range(repeats):
        for doc, text in docs:
            results[doc] = (jio.ner.extract_money(text, with_parsing=True),
                            jio.ner.extract_time(text, time_base=base, with_parsing=True))
    jio_seconds = (time.perf_counter() - t0) / repeats
    t0 = time.perf_counter()
    for _ in range(repeats):
        for _, text in docs:
            cn2an.transform(text, "cn2an")
    cn2an_seconds = (time.perf_counter() - t0) / repeats
    with open(out, "w", encoding="utf-8") as f:
        for doc, text in docs:
            for c in convert(doc, text, *results[doc]):
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(json.dumps({"tool": "jionlp", "bytes": nbytes, "seconds": jio_seconds, "load_seconds": load_seconds}))
    print(json.dumps({"tool": "cn2an", "bytes": nbytes, "seconds": cn2an_seconds, "load_seconds": 0}))


if __name__ == "__main__":
    main()
