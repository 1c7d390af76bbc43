"""Tests of series.cpp and econclaims._series / _pandas: Period and its pandas mapping,
Store (series, target, keys, frame, as_of), series as pandas Series with a PeriodIndex and
NumPy views without copies, growth / cagr / to_frequency / check equal to the C++ results
(the CLI's growth, series and check commands), and errors on misuse.
"""

from __future__ import annotations

import csv
import gc
import io
import math
import pickle

import numpy as np
import pandas as pd
import pytest

import econclaims
from econclaims import Claim, Period

# ---- a synthetic claims set: one series of each frequency, all invented ------------------

ZONE = "Test Zone"


def synthetic_claims() -> list[Claim]:
    out: list[Claim] = []

    def add(indicator: str, period: str, value: float, *, unit: str = "CNY", kind: str = "level",
            basis: str | None = None, entity: str = ZONE, modality: str = "actual") -> None:
        start = 10 * len(out)
        out.append(Claim(doc="synthetic.txt", quote=f"{value:g}", start=start, end=start + 5, value=value, unit=unit,
                         kind=kind, modality=modality, entity=entity, indicator=indicator, period=period,
                         basis=basis, doc_date="2021-03", resolution=0.05))

    for i, (y, q) in enumerate((y, q) for y in (2018, 2019, 2020) for q in range(1, 5)):
        if (y, q) != (2019, 3):  # a gap
            add("产值", f"{y}-Q{q}", 100.0 + 5 * i + (3 if q == 4 else 0))
    for i, (y, m) in enumerate((y, m) for y in (2019, 2020) for m in range(1, 13)):
        add("用电量", f"{y}-{m:02d}", 50.0 + i + (10 if m == 12 else 0), unit="kWh")
    for i, (y, h) in enumerate((y, h) for y in (2018, 2019, 2020) for h in (1, 2)):
        add("出口额", f"{y}-H{h}", 200.0 * (1.1 ** i), unit="USD")
    for y, base in ((2019, 30.0), (2020, 33.0)):
        for m, share in ((3, 0.2), (6, 0.45), (9, 0.7), (12, 1.0)):
            add("投资额", f"{y}-01/{y}-{m:02d}", base * share * 4)
    for y, v in ((2016, 80.0), (2017, 88.0), (2018, 95.0), (2019, 103.0), (2020, 110.0)):
        add("营业收入", str(y), v)
        add("营业收入", str(y), v * 1.02, entity="Other Zone")
    add("营业收入", "2020", 6.8, unit="%", kind="growth", basis="2019")      # 110/103: agrees
    add("营业收入", "2019", 20.0, unit="%", kind="growth", basis="2018")     # 103/95: disagrees
    add("营业收入", "2021", 120.0, modality="target")
    return out


@pytest.fixture(scope="module")
def claims() -> list[Claim]:
    return synthetic_claims()


@pytest.fixture(scope="module")
def store(claims) -> econclaims.Store:
    return econclaims.Store(claims)


@pytest.fixture(scope="module")
def claims_file(claims, tmp_path_factory):
    path = tmp_path_factory.mktemp("series") / "synthetic.jsonl"
    econclaims.write_claims(claims, path)
    return path


# ---- periods ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018", pd.Period("2018", freq="Y")),
        ("2018-H1", pd.Period("2018-01", freq="6M")),
        ("2018-H2", pd.Period("2018-07", freq="6M")),
        ("2018-Q2", pd.Period("2018Q2", freq="Q")),
        ("2018-07", pd.Period("2018-07", freq="M")),
        ("2018-07-10", pd.Period("2018-07-10", freq="D")),
    ],
)
def test_period_to_pandas_and_back(text, expected):
    got = econclaims.period_to_pandas(text)
    assert got == expected and got.freqstr == expected.freqstr
    assert str(econclaims.period_from_pandas(got)) == text
    # The pandas period covers the same days as the guide's.
    p = Period(text)
    assert got.start_time.date() == p.start_date and got.end_time.date() == p.end_date


def test_intervals_have_no_pandas_period():
    assert econclaims.period_to_pandas("2020-01/2020-03") is None
    assert econclaims.period_to_pandas(None) is None
    with pytest.raises(ValueError):
        econclaims.period_from_pandas(pd.Period("2018-04", freq="6M"))
    with pytest.raises(ValueError):
        econclaims.period_from_pandas(pd.Period("2018", freq="Y-JUN"))


def test_period_value_type():
    p = Period("2020-Q2")
    assert (p.freq, p.year, str(p.year_ago()), str(p.shift(2)), str(p.to_frequency("year"))) == (
        "quarter", 2020, "2019-Q2", "2020-Q4", "2020")
    assert Period("2020-01/2020-03").is_ytd and Period("2020") == Period("2020") and Period("2019") < Period("2020")
    assert Period.parse("2018-Q5") is None
    assert len({Period("2020"), Period("2020"), Period("2021")}) == 2
    assert Period("2020").contains("2020-05") and econclaims._core.years_between("2015", "2020") == 5
    with pytest.raises(econclaims.PeriodError, match="2018-Q5"):
        Period("2018-Q5")
    with pytest.raises(ValueError):
        Period("2018-Q2").to_frequency("month")


# ---- series as pandas ------------------------------------------------------------------


def test_series_have_period_indexes(store):
    q = store.series(ZONE, "产值")
    assert isinstance(q.index, pd.PeriodIndex) and q.index.freqstr == "Q-DEC" and q.dtype == np.float64
    assert q.index[0] == pd.Period("2018Q1") and len(q) == 12 and math.isnan(q[pd.Period("2019Q3")])
    assert q.attrs["econclaims"] == {"entity": ZONE, "indicator": "产值", "unit": "CNY", "kind": "level",
                                     "freq": "quarter", "ytd": False, "measure": "flow"}
    m = store.series(ZONE, "用电量")
    assert m.index.freqstr == "M" and len(m) == 24
    h = store.series(ZONE, "出口额")
    assert h.index.freqstr == "6M" and list(h.index[:3].astype(str)) == ["2018-01", "2018-07", "2019-01"]
    ytd = store.series(ZONE, "投资额")
    assert ytd.index.freqstr == "M" and ytd.attrs["econclaims"]["ytd"]
    assert ytd[pd.Period("2020-06", freq="M")] == pytest.approx(33.0 * 0.45 * 4)
    y = store.series(ZONE, "营业收入")
    assert y.index.freqstr == "Y-DEC" and y.to_dict() == {pd.Period(str(k)): v for k, v in
                                                         zip(range(2016, 2021), (80.0, 88.0, 95.0, 103.0, 110.0))}


def test_series_values_are_views_without_copies(store):
    ts = store.time_series(ZONE, "产值")
    view = ts.values
    assert not view.flags.owndata and not view.flags.writeable
    assert np.shares_memory(view, ts.values)
    s = econclaims.series_to_pandas(ts)
    assert np.shares_memory(s.to_numpy(), view)
    # The view keeps the C++ series alive after every other reference is gone.
    s2 = store.series(ZONE, "产值")
    del ts, view
    gc.collect()
    assert s2.sum() == pytest.approx(store.series(ZONE, "产值").sum())


def test_series_round_trip_through_pandas(store):
    for ts in store.core.all_series("actual"):
        s = econclaims.series_to_pandas(ts)
        back = econclaims.series_from_pandas(s)
        assert back.key == ts.key and back.first_ordinal == ts.first_ordinal and back.measure == ts.measure
        np.testing.assert_array_equal(back.values, ts.values)
    # A plain pandas Series works too, with the key given by keywords.
    plain = pd.Series([1.0, 2.0, 4.0], index=pd.period_range("2019-01", periods=3, freq="M"))
    ts = econclaims.series_from_pandas(plain, entity="E", indicator="I", unit="CNY")
    assert ts.periods() == ["2019-01", "2019-02", "2019-03"] and ts.key.freq == "month"
    with pytest.raises(ValueError, match="consecutive"):
        econclaims.series_from_pandas(plain.iloc[[0, 2]])
    with pytest.raises(TypeError, match="PeriodIndex"):
        econclaims.series_from_pandas(pd.Series([1.0]))


def test_keys_frame_and_long_frame(store):
    keys = store.keys_frame()
    # 出口额 is a synonym of 出口总额 in the library's default table.
    assert set(keys["indicator"]) == {"产值", "用电量", "出口总额", "投资额", "营业收入"}
    assert isinstance(keys["freq"].dtype, pd.CategoricalDtype)
    long = store.frame()
    assert long["value"].notna().all()
    assert set(long.columns) >= {"entity", "indicator", "unit", "kind", "period", "value", "qualifier", "sources"}
    target = store.target(ZONE, "营业收入")
    assert target[pd.Period("2021")] == 120.0
    assert len(store.observations()) == len(store)


def test_series_frame_has_sources(store):
    frame = store.series_frame(ZONE, "产值")
    assert list(frame.columns) == ["value", "qualifier", "flag", "sources"]
    assert frame["sources"].iloc[0].startswith("synthetic.txt@0-5(2021-03)")


# ---- computations equal to the C++ results ---------------------------------------------------


def _cli_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _ytd_period(p: pd.Period) -> str:
    return f"{p.year}-01" if p.month == 1 else f"{p.year}-01/{p.year}-{p.month:02d}"


def _python_growth_rows(st: econclaims.Store, method: str) -> list[tuple]:
    """Python's growth of every level series, in the CLI's row order and selection."""
    rows = []
    for key in st.keys():
        if key.kind != "level":
            continue
        s = econclaims.series_to_pandas(st.core.series_by_key(key))
        if method == "cagr":
            present = s.dropna()
            if len(present) < 2:
                continue
            first, last = st.core.series_by_key(key).trimmed().periods()[0], st.core.series_by_key(key).trimmed().periods()[-1]
            rows.append((key.entity, key.indicator, key.unit, f"{first}/{last}", econclaims.cagr(s)))
            continue
        if key.ytd and method != "yoy":
            continue
        g = econclaims.growth(s, method)
        for p, v in g.dropna().items():
            rows.append((key.entity, key.indicator, key.unit, _ytd_period(p) if key.ytd else
                         str(econclaims.period_from_pandas(p)), v))
    return [r for r in rows if not (isinstance(r[4], float) and math.isnan(r[4]))]


def _assert_rows_equal(python_rows, cli_rows):
    assert [r[:4] for r in python_rows] == [(c["entity"], c["indicator"], c["unit"], c["period"]) for c in cli_rows]
    for r, c in zip(python_rows, cli_rows):
        assert r[4] == pytest.approx(float(c["value"]), rel=1e-10, abs=1e-12), (r, c)


@pytest.mark.parametrize("method", ["yoy", "pop", "log", "cagr"])
def test_growth_equals_cli(method, store, claims_file, run_cli):
    cli_rows = _cli_rows(run_cli("growth", claims_file, "--method", method))
    assert cli_rows, "the synthetic claims should give growth rates"
    _assert_rows_equal(_python_growth_rows(store, method), cli_rows)


@pytest.mark.parametrize("method", ["yoy", "log", "cagr"])
def test_growth_on_cpp_test_data_equals_cli(method, data_dir, run_cli):
    path = data_dir / "series_claims.jsonl"
    st = econclaims.Store.read_jsonl(path)
    _assert_rows_equal(_python_growth_rows(st, method), _cli_rows(run_cli("growth", path, "--method", method)))


def test_growth_equals_hand_checked_values(data_dir):
    # The C++ tests' expected output, checked by hand; needs no CLI.
    st = econclaims.Store.read_jsonl(data_dir / "series_claims.jsonl")
    expected = _cli_rows((data_dir / "growth_yoy.expect.csv").read_text(encoding="utf-8"))
    _assert_rows_equal(_python_growth_rows(st, "yoy"), expected)


def test_growth_from_pandas_equals_growth_from_time_series(store):
    ts = store.time_series(ZONE, "产值")
    from_ts = econclaims.growth(ts, "yoy")
    from_pd = econclaims.growth(econclaims.series_to_pandas(ts), "yoy")
    pd.testing.assert_series_equal(from_ts, from_pd)
    assert from_ts.attrs["econclaims"]["kind"] == "growth" and from_ts.attrs["econclaims"]["unit"] == "%"
    q = store.series(ZONE, "产值")
    manual = 100 * (q / q.shift(4) - 1)
    pd.testing.assert_series_equal(from_pd, manual, check_names=False, check_freq=False)
    np.testing.assert_allclose(econclaims.calc.pct_change(q.to_numpy(), 4), manual.to_numpy())


@pytest.mark.parametrize(("indicator", "freq"), [("用电量", "quarter"), ("用电量", "year"), ("产值", "year"),
                                                 ("投资额", "quarter"), ("出口额", "year")])
def test_to_frequency_equals_cli(indicator, freq, store, claims_file, run_cli):
    rows = [r for r in _cli_rows(run_cli("series", claims_file, "--freq", freq, "--entity", ZONE,
                                         "--indicator", indicator)) if r["kind"] == "level"]
    s = econclaims.to_frequency(store.series(ZONE, indicator), freq)
    got = [(str(econclaims.period_from_pandas(p)), v) for p, v in s.dropna().items()]
    assert [g[0] for g in got] == [r["period"] for r in rows]
    for (_, v), r in zip(got, rows):
        assert v == pytest.approx(float(r["value"]), rel=1e-10)


def test_aggregation_and_other_computations(store):
    m = store.series(ZONE, "用电量")
    assert econclaims.to_frequency(m, "quarter", how="avg")[pd.Period("2019Q1")] == pytest.approx(51.0)
    assert econclaims.to_frequency(m, "quarter", how="eop")[pd.Period("2019Q1")] == pytest.approx(52.0)
    assert econclaims.rolling_sum(m, 3)[pd.Period("2019-03", "M")] == pytest.approx(50 + 51 + 52)
    assert econclaims.rolling_mean(m, 3)[pd.Period("2019-03", "M")] == pytest.approx(51.0)
    y = store.series(ZONE, "营业收入")
    assert econclaims.rebase(y, "2016")[pd.Period("2020")] == pytest.approx(110 / 80 * 100)
    assert econclaims.cagr(y, "2016", "2020") == pytest.approx(100 * ((110 / 80) ** 0.25 - 1))
    assert econclaims.change(y, "pop")[pd.Period("2020")] == pytest.approx(7.0)
    pieces = econclaims.decumulate(store.series(ZONE, "投资额"))
    assert pieces["2020-04/2020-06"] == pytest.approx(33 * 4 * (0.45 - 0.2))
    other = store.series("Other Zone", "营业收入")
    total = econclaims.sum_series([y, other], "Both")
    assert total[pd.Period("2020")] == pytest.approx(110 * 2.02)
    assert econclaims.share(y, total)[pd.Period("2020")] == pytest.approx(100 / 2.02)
    p = econclaims.panel([y, other])
    assert list(p.index) == [ZONE, "Other Zone"] and p.loc["Other Zone", pd.Period("2016")] == pytest.approx(81.6)
    assert econclaims.contribution(y, total).notna().any() and econclaims.pull(y, total).notna().any()


def test_check_finds_agreement_and_disagreement(store):
    report = econclaims.check(store)
    by_period = {r.period: r.verdict for r in report.itertuples()}
    assert by_period == {"2020": "agree", "2019": "disagree"}
    assert isinstance(report["verdict"].dtype, pd.CategoricalDtype)
    row = report[report.period == "2020"].iloc[0]
    assert row.implied_lo <= 100 * (110 / 103 - 1) <= row.implied_hi


def _check_cli_rows_match(report: pd.DataFrame, cli_rows: list[dict[str, str]]) -> None:
    assert len(report) == len(cli_rows)
    for r, c in zip(report.itertuples(), cli_rows):
        implied = r.implied + ("; " if r.implied and r.note else "") + r.note
        mine = {"doc": r.doc, "quote": r.quote, "entity": r.entity, "indicator": r.indicator,
                "period": "" if r.period is pd.NA else r.period, "basis": "" if r.basis is pd.NA else r.basis,
                "reported": r.reported, "implied": implied, "verdict": r.verdict}
        assert mine == c


def test_check_equals_cli(store, claims_file, run_cli):
    _check_cli_rows_match(econclaims.check(store), _cli_rows(run_cli("check", claims_file)))


def test_check_of_seeds_equals_cli(seed_claims, tmp_path, run_cli):
    path = tmp_path / "seeds.jsonl"
    econclaims.write_claims(seed_claims, path)
    _check_cli_rows_match(econclaims.store_from_claims(seed_claims).check(), _cli_rows(run_cli("check", path)))


def test_vintages(data_dir):
    st = econclaims.Store.read_jsonl(data_dir / "series_claims.jsonl")
    early = st.as_of("2020-02")
    assert len(early) < len(st)
    s = st.with_rule("first_release").series("Lantern Valley Zone", "规模以上工业总产值")
    assert s[pd.Period("2019")] == 58950000000


# ---- errors ------------------------------------------------------------------------------


def test_errors_are_python_exceptions(store):
    with pytest.raises(econclaims.SeriesLookupError) as info:
        store.series("Nowhere", "产值")
    assert isinstance(info.value, LookupError) and isinstance(info.value, ValueError)
    growth = econclaims.growth(store.series(ZONE, "营业收入"))
    with pytest.raises(econclaims.ContractViolation, match="precondition failed"):
        econclaims.growth(growth)
    with pytest.raises(econclaims.ContractViolation):
        econclaims.share(store.series(ZONE, "产值"), store.series(ZONE, "营业收入"))
    with pytest.raises(econclaims.UnitError):
        y = store.series(ZONE, "营业收入")
        econclaims.sum_series([y, econclaims.series_from_pandas(y, unit="USD")], "x")
    with pytest.raises(ValueError, match="unknown growth method 'median'"):
        econclaims.growth(store.series(ZONE, "产值"), "median")
    with pytest.raises(ValueError, match="unknown frequency"):
        store.series(ZONE, "产值", freq="weekly")
    with pytest.raises(TypeError):
        econclaims.growth([1.0, 2.0])
    with pytest.raises(TypeError):
        econclaims.Store(["not a claim"])
    with pytest.raises(FileNotFoundError):
        econclaims.Store.read_jsonl("/nonexistent/claims.jsonl")
    with pytest.raises(econclaims.FormatError):
        econclaims.Store([Claim(value=1, unit="CNY", period="2018-Q5")])


def test_spellings_join_into_one_panel_with_codes():
    # Claims written for this test: three spellings of one city, two of the nation.
    def level(entity, indicator, period, value):
        return econclaims.Claim(doc="t.txt", quote="q", value=value, unit="CNY", entity=entity,
                                indicator=indicator, period=period, doc_date="2024-02-01")

    store = econclaims.Store([
        level("广州", "GDP", "2022", 28839e8), level("广州市", "地区生产总值", "2023", 30355.73e8),
        level("山东", "生产总值", "2023", 92068.7e8), level("全国", "经济总量", "2023", 1260582e8),
        level("我国", "国内生产总值", "2022", 1210207e8),
    ])
    frame = store.panel("地区生产总值")
    assert list(frame.index.names) == ["entity", "entity_code"]
    rows = {e: c for e, c in frame.index}
    assert rows == {"广州市": "440100", "山东省": "370000", "中国": ""}
    assert frame.loc[("广州市", "440100")].notna().sum() == 2
    assert econclaims.canonical_entity_of("杭州经开区") == ("杭州经济技术开发区", "330100")
    assert econclaims.canonical_indicator_of("GDP", "中国") == "国内生产总值"


def test_extracted_claims_carry_canonical_names():
    text = "2023年，杭州经开区规上工业增加值增长5.2%。".encode()
    (claim,) = econclaims.extract(text, doc="t.txt", date="2024-01")
    assert claim.entity == "杭州经开区" and claim.entity_id == "杭州经济技术开发区" and claim.entity_code == "330100"
    assert claim.indicator_id == "规模以上工业增加值"
    assert econclaims.Claim.from_json(claim.to_json()) == claim
    assert pickle.loads(pickle.dumps(claim)) == claim
    # With explain, the why record travels too: in to_dict, JSON and pickles.
    (explained,) = econclaims.extract_result(text, doc="t.txt", date="2024-01", explain=True).claims
    assert explained.why and set(explained.why) <= {"entity", "period", "basis", "modality"}
    assert explained.to_dict()["why"] == explained.why
    assert pickle.loads(pickle.dumps(explained)) == explained
    assert econclaims.Claim.from_json(explained.to_json()) == explained
