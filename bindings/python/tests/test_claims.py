"""Tests of claims.cpp and econclaims._extract / _pandas: extract, extract_result,
extract_files, Claim (fields, to_dict, to_json, pickle), claims_frame and
claims_from_frame, read_claims / write_claims, errors on bad input, thread safety.
"""

from __future__ import annotations

import copy
import json
import pickle
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pytest

import econclaims
from econclaims import Claim

# An invented sentence (not from the seed articles) with a level and a growth.
SAMPLE = "2019年，全区实现地区生产总值120亿元，同比增长8%。"


def test_extract_str_and_bytes_agree():
    from_str = econclaims.extract(SAMPLE, doc="s.txt", date="2020-01")
    from_bytes = econclaims.extract(SAMPLE.encode("utf-8"), doc="s.txt", date="2020-01")
    assert from_str == from_bytes
    assert [(c.value, c.unit, c.kind, c.period, c.basis) for c in from_str] == [
        (12e9, "CNY", "level", "2019", None),
        (8.0, "%", "growth", "2019", "2018"),
    ]
    level = from_str[0]
    # Offsets count bytes of the UTF-8 text.
    assert SAMPLE.encode("utf-8")[level.start : level.end].decode("utf-8") == level.quote == "120亿元"
    assert level.doc == "s.txt" and level.doc_date == "2020-01" and not level.doc_date_inferred


def test_date_may_be_a_date_object():
    import datetime

    a = econclaims.extract(SAMPLE, date=datetime.date(2020, 1, 15))
    b = econclaims.extract(SAMPLE, date="2020-01-15")
    assert a == b


def test_without_date_it_is_inferred_and_marked():
    claims = econclaims.extract(SAMPLE)
    assert claims and all(c.doc_date_inferred for c in claims)


def test_text_without_claims_is_not_an_error():
    assert econclaims.extract("没有数字的句子。") == []
    assert econclaims.extract("") == []


# ---- equality with the command-line tool ------------------------------------------------


def test_extract_files_equals_cli_json(seed_claims, cli_seed_lines):
    assert len(seed_claims) == len(cli_seed_lines) > 0
    # Byte for byte, through the library's own writer ...
    assert [c.to_json() for c in seed_claims] == cli_seed_lines
    # ... and field by field, through the Python dicts.
    assert [c.to_dict() for c in seed_claims] == [json.loads(line) for line in cli_seed_lines]


def test_extract_each_seed_equals_cli(seed_paths, seed_docs, cli_seed_lines):
    dates = econclaims.read_doc_dates(seed_docs)
    mine = []
    for p in seed_paths:
        mine += econclaims.extract(p.read_bytes(), doc=p.name, date=dates[p.name])
    assert [c.to_dict() for c in mine] == [json.loads(line) for line in cli_seed_lines]


def test_extract_files_inferred_dates_equal_cli(seed_paths, run_cli):
    lines = [line for line in run_cli("extract", "--quiet", *seed_paths).splitlines() if line]
    claims = econclaims.extract_files(seed_paths)
    assert [c.to_dict() for c in claims] == [json.loads(line) for line in lines]
    assert any(c.doc_date_inferred for c in claims)


def test_extract_files_one_date_for_all_equals_cli(seed_paths, run_cli):
    lines = [line for line in run_cli("extract", "--quiet", "--date", "2021-06", *seed_paths).splitlines() if line]
    claims = econclaims.extract_files(seed_paths, date="2021-06")
    assert [c.to_json() for c in claims] == lines


def test_csv_equals_cli(seed_paths, seed_docs, seed_claims, run_cli):
    expected = run_cli("extract", "--quiet", "--format", "csv", "--docs", seed_docs, *seed_paths)
    assert econclaims._core.claims_to_csv(seed_claims) == expected


def test_extract_files_docs_as_mapping(seed_paths, seed_docs, seed_claims):
    dates = econclaims.read_doc_dates(seed_docs)
    assert econclaims.extract_files(seed_paths, docs=dates) == seed_claims
    assert econclaims.extract_files([str(p) for p in seed_paths], docs=str(seed_docs), workers=1) == seed_claims


# ---- Claim objects -------------------------------------------------------------------


def test_claim_fields_follow_the_guide(seed_claims):
    guide_fields = {"doc", "quote", "start", "end", "value", "value_hi", "unit", "qualifier", "kind", "modality",
                    "entity", "indicator", "period", "basis"}
    for c in seed_claims:
        d = c.to_dict()
        assert guide_fields <= d.keys()
        for f in guide_fields:
            assert getattr(c, f) == d[f]
        assert d["qualifier"] in econclaims.QUALIFIERS
        assert d["kind"] in econclaims.KINDS
        assert d["modality"] in econclaims.MODALITIES


def test_claim_round_trips(seed_claims):
    for c in seed_claims:
        assert Claim.from_json(c.to_json()) == c
        assert Claim.from_dict(c.to_dict()) == c
        assert pickle.loads(pickle.dumps(c)) == c
        assert copy.deepcopy(c) == c
    c = seed_claims[0]
    other = copy.copy(c)
    other.value += 1
    assert other != c and c != "not a claim"


def test_claim_constructor_and_setters():
    c = Claim(doc="a.txt", quote="3到5年", value=3, value_hi=5, unit="year", qualifier="approx", period="2020")
    assert (c.value, c.value_hi, c.qualifier, c.kind, c.entity) == (3.0, 5.0, "approx", "level", None)
    c.entity = "Zone"
    c.entity = None
    assert c.to_dict()["entity"] is None
    with pytest.raises(ValueError, match="unknown qualifier 'roughly'"):
        c.qualifier = "roughly"
    with pytest.raises(ValueError, match="unknown kind"):
        Claim(kind="rate")
    with pytest.raises(TypeError):
        Claim(value="ten")


def test_read_and_write_claims(tmp_path, seed_claims, seed_paths, seed_docs, run_cli):
    out = tmp_path / "claims.jsonl"
    econclaims.write_claims(seed_claims, out)
    expected = run_cli("extract", "--quiet", "--docs", seed_docs, *seed_paths)
    assert out.read_text(encoding="utf-8") == expected
    assert econclaims.read_claims(out) == seed_claims


# ---- pandas ---------------------------------------------------------------------------


def test_claims_frame_types(seed_claims):
    df = econclaims.claims_frame(seed_claims)
    assert len(df) == len(seed_claims)
    assert list(df.columns[:14]) == ["doc", "quote", "start", "end", "value", "value_hi", "unit", "qualifier", "kind",
                                     "modality", "entity", "indicator", "period", "basis"]
    for col in ("unit", "qualifier", "kind", "modality"):
        assert isinstance(df[col].dtype, pd.CategoricalDtype), col
    assert list(df["kind"].cat.categories) == list(econclaims.KINDS)
    assert df["value"].dtype == np.float64 and df["value_hi"].dtype == np.float64
    assert df["start"].dtype == np.int64
    assert isinstance(df["period"].dtype, pd.StringDtype)
    assert df["doc_date_inferred"].dtype == bool
    for row, c in zip(df.itertuples(index=False), seed_claims):
        assert row.value == c.value and row.unit == c.unit and row.kind == c.kind
        assert (row.period if row.period is not pd.NA else None) == c.period
        assert (np.isnan(row.value_hi) if c.value_hi is None else row.value_hi == c.value_hi)


def test_claims_frame_round_trip(seed_claims, tmp_path):
    df = econclaims.claims_frame(seed_claims)
    assert econclaims.claims_from_frame(df) == seed_claims
    # Through a file and back as well (the CSV loses dtypes, not values).
    path = tmp_path / "claims.parquet.csv"
    df.to_csv(path, index=False)
    back = pd.read_csv(path, keep_default_na=False, na_values={"value_hi": [""]},
                       dtype={c: "string" for c in ("entity", "indicator", "period", "basis", "of", "doc_date",
                                                     "price_basis", "quote", "doc", "unit")})
    for c in ("entity", "indicator", "period", "basis", "of", "doc_date", "price_basis"):
        back[c] = back[c].replace("", pd.NA)
    assert econclaims.claims_from_frame(back) == seed_claims


def test_claims_frame_of_nothing():
    df = econclaims.claims_frame([])
    assert len(df) == 0 and "value" in df.columns
    assert econclaims.claims_from_frame(df) == []


def test_period_column_to_pandas(seed_claims):
    df = econclaims.claims_frame(seed_claims)
    periods = df["period"].map(econclaims.period_to_pandas, na_action="ignore")
    for text, p in zip(df["period"], periods):
        if text is pd.NA or "/" in text:
            assert p is None or p is pd.NA or (isinstance(p, float) and np.isnan(p))
        else:
            assert isinstance(p, pd.Period)
            assert str(econclaims.period_from_pandas(p)) == text


# ---- errors ---------------------------------------------------------------------------


def test_invalid_utf8_raises_unicode_decode_error_with_offset():
    data = "增长8%".encode("utf-8") + b"\xff\xfe" + "完成".encode("utf-8")
    with pytest.raises(UnicodeDecodeError) as info:
        econclaims.extract(data, doc="bad.txt")
    err = info.value
    assert (err.encoding, err.start, err.end, err.object) == ("utf-8", 8, 9, data)
    assert "bad.txt: invalid UTF-8 at byte offset 8 (byte 0xFF)" in str(err)
    assert "[econclaims.invalid_utf8.101]" in str(err)
    # The diagnostic without the exception:
    r = econclaims.extract_result(data, doc="bad.txt")
    assert not r.ok and r.claims == [] and [(d.code, d.start) for d in r.diagnostics] == [(101, 8)]


def test_invalid_utf8_file_names_the_file(tmp_path, seed_paths):
    bad = tmp_path / "broken.txt"
    head = seed_paths[0].read_text(encoding="utf-8")[:300].encode("utf-8")
    bad.write_bytes(head + b"\xc3\x28")
    with pytest.raises(UnicodeDecodeError, match=rf"broken\.txt: invalid UTF-8 at byte offset {len(head)} "):
        econclaims.extract_files([seed_paths[1], bad])


def test_missing_file_raises_file_not_found(tmp_path, seed_paths):
    missing = tmp_path / "missing.txt"
    with pytest.raises(FileNotFoundError) as info:
        econclaims.extract_files([seed_paths[0], missing])
    assert info.value.filename == str(missing)
    with pytest.raises(FileNotFoundError):
        econclaims.extract_files([seed_paths[0]], docs=tmp_path / "no-docs.jsonl")
    with pytest.raises(FileNotFoundError):
        econclaims.read_claims(missing)


def test_bad_inputs_raise_value_errors(tmp_path):
    with pytest.raises(ValueError, match=r"document date \"20-1\""):
        econclaims.extract(SAMPLE, doc="a.txt", date="20-1")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "a.txt"}\n', encoding="utf-8")
    with pytest.raises(econclaims.FormatError, match="bad.jsonl:1") as info:
        econclaims.read_claims(bad)
    assert isinstance(info.value, ValueError)
    with pytest.raises(ValueError):
        Claim.from_json("not json")


def test_wrong_types_raise_type_error(seed_paths):
    with pytest.raises(TypeError, match="text must be str or bytes"):
        econclaims.extract(42)
    with pytest.raises(TypeError):
        econclaims.extract(SAMPLE, doc=3)
    with pytest.raises(TypeError):
        econclaims.extract(SAMPLE, date=2020)
    with pytest.raises(TypeError, match="list of paths"):
        econclaims.extract_files(str(seed_paths[0]))
    with pytest.raises(TypeError):
        econclaims.extract_files([1, 2])
    with pytest.raises(TypeError):
        econclaims.extract_files(seed_paths, docs=12)
    with pytest.raises(TypeError):
        econclaims.claims_frame([SAMPLE])
    with pytest.raises(TypeError):
        econclaims.claims_from_frame([])


def test_lone_surrogate_is_an_encode_error():
    with pytest.raises(UnicodeEncodeError):
        econclaims.extract("增长\ud800")


def test_explain_lists_skipped_numbers():
    r = econclaims.extract_result("第6个项目在2019年完成，增长8%。", date="2020", explain=True)
    assert r.ok
    assert all(isinstance(s.reason, str) and s.reason for s in r.skipped)


# ---- threads ---------------------------------------------------------------------------


def test_threads_give_the_same_claims(seed_paths, seed_docs, seed_claims):
    dates = econclaims.read_doc_dates(seed_docs)
    texts = [(p.read_bytes(), p.name, dates[p.name]) for p in seed_paths] * 8
    expected = [econclaims.extract(t, doc=n, date=d) for t, n, d in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda a: econclaims.extract(a[0], doc=a[1], date=a[2]), texts))
    assert got == expected
    assert econclaims.extract_files(seed_paths, docs=seed_docs, workers=4) == seed_claims


def test_gil_is_released_during_extraction(seed_paths):
    # While one thread extracts, the main thread keeps running: the longest pause between
    # its ticks stays well below the extraction time. Were the GIL held in C++, the main
    # thread would stop for the whole extraction.
    big = b"\n".join(p.read_bytes() for p in seed_paths)
    start = time.perf_counter()
    econclaims.extract(big)
    one = time.perf_counter() - start
    text = big * max(1, int(0.4 / max(one, 1e-3)))  # about 0.4 s of work

    done = threading.Event()
    elapsed = []

    def work():
        t0 = time.perf_counter()
        econclaims.extract(text)
        elapsed.append(time.perf_counter() - t0)
        done.set()

    worker = threading.Thread(target=work)
    last = time.perf_counter()
    longest = 0.0
    worker.start()
    while not done.is_set():
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    worker.join()
    assert elapsed[0] > 0.1, "extraction too fast to measure"
    assert longest < elapsed[0] / 2, f"main thread paused {longest:.3f}s of {elapsed[0]:.3f}s"


def test_report_highlights_every_claim(tmp_path, seed_paths, seed_docs):
    out = tmp_path / "report.html"
    html = econclaims.report(seed_paths, out, docs=seed_docs)
    assert out.read_text(encoding="utf-8") == html
    claims = econclaims.extract_files(seed_paths, docs=seed_docs)
    # One element per claim, numbered from 0; the page's script also names the attribute.
    assert len(re.findall(r'data-claim="\d+"', html)) == len(claims)
