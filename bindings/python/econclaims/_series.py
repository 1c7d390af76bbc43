"""The series layer with pandas in and out: the store, growth, aggregation and the check.

Series come out as float64 pandas Series with a PeriodIndex (see ``econclaims._pandas``
for the mapping of half years and year-to-date cumulatives) and their key in
``attrs["econclaims"]``. The functions take such a Series or an ``econclaims.TimeSeries``
and compute in C++; computing from a TimeSeries keeps the provenance of every point.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Optional, Union

import pandas as pd

from . import _core
from ._core import Claim, IndicatorTable, SeriesKey, TimeSeries
from ._pandas import claims_frame, period_to_pandas, series_from_pandas, series_meta_frame, series_to_pandas

SeriesLike = Union[TimeSeries, pd.Series]
PeriodLike = Union[str, _core.Period]
SynonymsLike = Union[IndicatorTable, str, "os.PathLike[str]", None]


def _table(synonyms: SynonymsLike) -> IndicatorTable:
    if synonyms is None:
        return IndicatorTable.defaults()
    if isinstance(synonyms, IndicatorTable):
        return synonyms
    if isinstance(synonyms, (str, os.PathLike)):
        # A user's table extends the shipped one, as the CLI's --synonyms does.
        table = IndicatorTable.defaults()
        p = Path(synonyms)
        table.load(p.read_text(encoding="utf-8"), str(p))
        return table
    raise TypeError(f"synonyms must be an IndicatorTable or a path, not {type(synonyms).__name__}")


def _ts(series: SeriesLike) -> TimeSeries:
    if isinstance(series, TimeSeries):
        return series
    if isinstance(series, pd.Series):
        return series_from_pandas(series)
    raise TypeError(f"expected a pandas Series or an econclaims TimeSeries, not {type(series).__name__}")


class Store:
    """Claims kept as observations, and the indicator series built from them.

    Indicator names are canonicalized through the synonym table (the library's default
    table, extended by ``synonyms``); conflicting publications of one point are resolved
    as documented in the C++ header series/store.hpp. Target claims (plans, goals) form a
    separate layer, read with :meth:`target`.

    Example::

        >>> claims = econclaims.extract_files(paths, docs="docs.jsonl")     # doctest: +SKIP
        >>> st = econclaims.Store(claims)                                    # doctest: +SKIP
        >>> st.keys_frame()                                                  # doctest: +SKIP
        >>> output = st.series("Example Zone", "规模以上工业总产值")           # doctest: +SKIP
        >>> econclaims.growth(output, "yoy")                                 # doctest: +SKIP
    """

    def __init__(self, claims: Optional[Iterable[Claim]] = None, *, synonyms: SynonymsLike = None) -> None:
        self._store = _core.Store(_table(synonyms))
        if claims is not None:
            self.add(claims)

    @classmethod
    def _wrap(cls, core: _core.Store) -> Store:
        st = cls.__new__(cls)
        st._store = core
        return st

    @classmethod
    def read_jsonl(cls, path: Union[str, os.PathLike[str]], *, synonyms: SynonymsLike = None) -> Store:
        """A store of the claims in a JSON Lines file (FileNotFoundError, FormatError)."""
        p = Path(path)
        return cls._wrap(_core.Store.from_jsonl(p.read_text(encoding="utf-8"), str(p), _table(synonyms)))

    @property
    def core(self) -> _core.Store:
        """The underlying ``econclaims._core.Store``."""
        return self._store

    def add(self, claims: Iterable[Claim], origin: str = "") -> None:
        """Add claims; FormatError for a claim whose period is outside the guide's formats."""
        if isinstance(claims, Claim):
            claims = [claims]
        self._store.add_all(claims if isinstance(claims, (list, tuple)) else list(claims), origin)

    def __len__(self) -> int:
        return len(self._store)

    def time_series(
        self,
        entity: str,
        indicator: str,
        *,
        kind: str = "level",
        freq: Optional[str] = None,
        unit: Optional[str] = None,
        ytd: Optional[bool] = None,
        layer: str = "actual",
    ) -> TimeSeries:
        """The series as an ``econclaims.TimeSeries`` (values, qualifiers, sources).

        Raises ``SeriesLookupError`` when no series or several match (narrow with kind,
        freq, unit or ytd) and ``UnitError`` when only the unit is ambiguous.
        """
        if layer not in ("actual", "target"):
            raise ValueError(f"layer must be 'actual' or 'target', not {layer!r}")
        lookup = self._store.target if layer == "target" else self._store.series
        return lookup(entity, indicator, kind=kind, freq=freq, unit=unit, ytd=ytd)

    def series(self, entity: str, indicator: str, **query: object) -> pd.Series:
        """The actual-layer series of an entity and indicator as a pandas Series.

        Keyword arguments narrow the lookup as in :meth:`time_series` (kind, freq, unit,
        ytd). The values are a view of the C++ array, not a copy.
        """
        return series_to_pandas(self.time_series(entity, indicator, **query))  # type: ignore[arg-type]

    def target(self, entity: str, indicator: str, **query: object) -> pd.Series:
        """The target-layer series (goals, plans) as a pandas Series."""
        return series_to_pandas(self.time_series(entity, indicator, layer="target", **query))  # type: ignore[arg-type]

    def series_frame(self, entity: str, indicator: str, **query: object) -> pd.DataFrame:
        """The series with its qualifier, flag and sources per point (see series_meta_frame)."""
        return series_meta_frame(self.time_series(entity, indicator, **query))  # type: ignore[arg-type]

    def keys(self, layer: str = "actual") -> list[SeriesKey]:
        """The keys of every series of a layer, sorted."""
        return self._store.keys(layer)

    def keys_frame(self, layer: str = "actual") -> pd.DataFrame:
        """The keys of a layer as a DataFrame (entity, indicator, unit, kind, freq, ytd, points)."""
        rows = [
            (k.entity, k.indicator, k.unit, k.kind, k.freq, k.ytd, ts.count())
            for k, ts in zip(self._store.keys(layer), self._store.all_series(layer))
        ]
        frame = pd.DataFrame(rows, columns=["entity", "indicator", "unit", "kind", "freq", "ytd", "points"])
        for c in ("entity", "indicator"):
            frame[c] = frame[c].astype("string")
        for c in ("unit", "kind", "freq"):
            frame[c] = frame[c].astype("category")
        return frame

    def all_series(self, layer: str = "actual") -> list[pd.Series]:
        """Every series of a layer as pandas Series, in key order."""
        return [series_to_pandas(ts) for ts in self._store.all_series(layer)]

    def frame(self, layer: str = "actual") -> pd.DataFrame:
        """Every present point of every series of a layer, one row each (long format).

        Columns: entity, entity_code, indicator, unit, kind, freq, ytd, period (the guide
        string), value, qualifier, flag, sources, like ``econclaims series`` writes them.
        """
        codes = {o.entity: o.entity_code for o in self._store.observations if o.entity_code}
        parts = []
        for ts in self._store.all_series(layer):
            meta = series_meta_frame(ts).reset_index(drop=True)
            k = ts.key
            part = pd.DataFrame({"entity": k.entity, "entity_code": codes.get(k.entity, ""), "indicator": k.indicator, "unit": k.unit, "kind": k.kind,
                                 "freq": k.freq, "ytd": k.ytd, "period": ts.periods(), "value": meta["value"],
                                 "qualifier": meta["qualifier"], "flag": meta["flag"], "sources": meta["sources"]})
            parts.append(part[part["value"].notna()])
        columns = ["entity", "entity_code", "indicator", "unit", "kind", "freq", "ytd", "period", "value",
                   "qualifier", "flag", "sources"]
        if not parts:
            return pd.DataFrame({c: [] for c in columns})
        out = pd.concat(parts, ignore_index=True)[columns]
        for c in ("entity", "entity_code", "indicator", "period", "flag", "sources"):
            out[c] = out[c].astype("string")
        for c in ("unit", "kind", "freq"):
            out[c] = out[c].astype("category")
        return out

    def observations(self) -> pd.DataFrame:
        """Every claim in the store (claims_frame columns) with its canonical indicator and
        whether it has a place on a regular calendar."""
        obs = self._store.observations
        frame = claims_frame([o.claim for o in obs])
        frame["canonical_indicator"] = pd.array([o.indicator for o in obs], dtype="string")
        frame["placed"] = [o.placed for o in obs]
        return frame

    def panel(self, indicator: str, *, kind: str = "level", freq: Optional[str] = None,
              unit: Optional[str] = None, layer: str = "actual") -> pd.DataFrame:
        """One indicator across entities: a DataFrame of entities × periods, indexed by the
        canonical entity name and its administrative division code ("" when it has none).

        The indicator may be written any way the synonym table knows (GDP, 地区生产总值 …);
        for each entity it means the name that fits it (国内生产总值 for 中国, 地区生产总值
        for a region). Series of one frequency (``freq``, else the most common) and unit
        (``unit``, else the most common) take part.

        Example::

            >>> store.panel("地区生产总值", freq="year")                   # doctest: +SKIP
        """
        table = self._store.indicators
        keys = [k for k in self._store.keys(layer)
                if k.kind == kind and k.indicator == _core.canonical_indicator_of(indicator, k.entity, table)]
        def most_common(values: list[str]) -> Optional[str]:
            # The most common; of equally common ones, the first in sorted order.
            return max(sorted(set(values)), key=values.count) if values else None
        freq = freq or most_common([k.freq for k in keys])
        keys = [k for k in keys if k.freq == freq]
        unit = unit or most_common([k.unit for k in keys])
        keys = [k for k in keys if k.unit == unit]
        codes = {o.entity: o.entity_code for o in self._store.observations if o.entity_code}
        if not keys:
            return pd.DataFrame(index=pd.MultiIndex.from_arrays([[], []], names=["entity", "entity_code"]))
        frame = panel([self._store.series_by_key(k, layer) for k in keys])
        frame.index = pd.MultiIndex.from_arrays(
            [list(frame.index), [codes.get(e, "") for e in frame.index]], names=["entity", "entity_code"])
        return frame

    def unplaced(self) -> list[Claim]:
        """Claims without a place on a regular calendar (no period, or an interval)."""
        return [o.claim for o in self._store.unplaced()]

    def as_of(self, date: str) -> Store:
        """The vintage view: what a reader could have known on ``date`` (YYYY[-MM[-DD]])."""
        return Store._wrap(self._store.as_of(date))

    def with_rule(self, rule: str) -> Store:
        """The same store resolving conflicts by "latest" or "first_release"."""
        return Store._wrap(self._store.with_rule(rule))

    def check(self, *, approx_tolerance: float = 0.05, base_tolerance: float = 0.01) -> pd.DataFrame:
        """The consistency check of this store; see :func:`check`."""
        return check(self, approx_tolerance=approx_tolerance, base_tolerance=base_tolerance)

    def __repr__(self) -> str:
        return f"<econclaims.Store: {len(self)} observations, {len(self.keys())} series>"


def store_from_claims(claims: Iterable[Claim], *, synonyms: SynonymsLike = None) -> Store:
    """A :class:`Store` of the given claims.

    Example::

        >>> st = econclaims.store_from_claims(econclaims.extract(text, date="2020-01"))  # doctest: +SKIP
    """
    return Store(claims, synonyms=synonyms)


def growth(series: SeriesLike, method: str = "yoy") -> pd.Series:
    """Rates of change in percent: "yoy" (F3), "pop" (F2), "log" (F5), "log_yoy", "annualized" (F4).

    A missing or non-positive base gives NaN. Lags follow the calendar, so a quarterly
    yoy compares with four quarters earlier. The result has the same PeriodIndex.

    Example::

        >>> s = pd.Series([100.0, 110.0, 121.0], index=pd.period_range("2018", periods=3, freq="Y"))
        >>> econclaims.growth(s).round(6).tolist()
        [nan, 10.0, 10.0]
    """
    return series_to_pandas(_core.growth(_ts(series), method))


def change(series: SeriesLike, method: str = "yoy") -> pd.Series:
    """Absolute change x[p] − x[p−k] (F1/F8); in "pp" for a series in %."""
    return series_to_pandas(_core.change(_ts(series), method))


def cagr(series: SeriesLike, start: Optional[PeriodLike] = None, end: Optional[PeriodLike] = None) -> float:
    """Compound annual growth in percent between two periods (F6), or between the first
    and last present points when neither is given; NaN when a level is missing.

    Example::

        >>> s = pd.Series([100.0, 110.0, 121.0], index=pd.period_range("2018", periods=3, freq="Y"))
        >>> round(econclaims.cagr(s, "2018", "2020"), 6)
        10.0
    """
    return _core.cagr(_ts(series), start, end)


def to_frequency(series: SeriesLike, freq: str, how: Optional[str] = None) -> pd.Series:
    """The series on a coarser calendar: "half", "quarter" or "year" (F11/F12).

    Flows are summed, stocks taken at the end and rates averaged (override with ``how``:
    "sum", "avg", "eop", "first"); only complete periods get a value. A year-to-date
    series is de-cumulated first.
    """
    return series_to_pandas(_core.to_frequency(_ts(series), freq, how))


def decumulate(series: SeriesLike) -> pd.Series:
    """The discrete flows of a year-to-date series (F12), indexed by period string
    (a span such as ``2020-01/2020-02`` where only the cumulative of two months is known)."""
    pieces = _core.decumulate(_ts(series))
    index = pd.Index([str(p) for p, _ in pieces], dtype="string", name="period")
    return pd.Series([v for _, v in pieces], index=index, dtype="float64")


def rebase(series: SeriesLike, base: PeriodLike, end: Optional[PeriodLike] = None) -> pd.Series:
    """Index with 100 at ``base``, or at the mean over [base, end] (F14)."""
    return series_to_pandas(_core.rebase(_ts(series), base, end))


def rolling_sum(series: SeriesLike, window: int) -> pd.Series:
    """Sum over the last ``window`` calendar periods, complete windows only (F19)."""
    return series_to_pandas(_core.rolling_sum(_ts(series), window))


def rolling_mean(series: SeriesLike, window: int) -> pd.Series:
    """Mean over the last ``window`` calendar periods, complete windows only (F19)."""
    return series_to_pandas(_core.rolling_mean(_ts(series), window))


def sum_series(parts: Sequence[SeriesLike], entity: str) -> pd.Series:
    """Cross-entity sum of one indicator at the periods where every part is present."""
    return series_to_pandas(_core.sum_series([_ts(p) for p in parts], entity))


def share(part: SeriesLike, whole: SeriesLike) -> pd.Series:
    """100·part/whole at each common period (F10), in %."""
    return series_to_pandas(_core.share(_ts(part), _ts(whole)))


def contribution(part: SeriesLike, whole: SeriesLike, method: str = "yoy") -> pd.Series:
    """Contribution rate 100·Δpart/Δwhole (F10), in %."""
    return series_to_pandas(_core.contribution(_ts(part), _ts(whole), method))


def pull(part: SeriesLike, whole: SeriesLike, method: str = "yoy") -> pd.Series:
    """Pull (拉动) 100·Δpart/whole[p−k] (F10), in percentage points."""
    return series_to_pandas(_core.pull(_ts(part), _ts(whole), method))


def panel(series: Sequence[SeriesLike]) -> pd.DataFrame:
    """Several series of one indicator as a DataFrame: entities × periods."""
    p = _core.make_panel([_ts(s) for s in series])
    first = period_to_pandas(_core.Period.from_ordinal(p.freq, p.first_ordinal))
    assert first is not None
    columns = pd.period_range(start=first, periods=p.values.shape[1], freq=first.freq, name="period")
    return pd.DataFrame(p.values, index=pd.Index(p.rows, name="entity"), columns=columns)


def check(store: Union[Store, _core.Store], *, approx_tolerance: float = 0.05,
          base_tolerance: float = 0.01) -> pd.DataFrame:
    """Check every reported growth, share, multiple and change against the levels (F15–F17).

    One row per checked claim, in the store's order: doc, quote, entity, indicator
    (canonical), period, basis, reported and implied (intervals as text, as the CLI's
    ``check`` writes them), their numeric ends (reported_lo, reported_hi, implied_lo,
    implied_hi), verdict (category: agree, disagree, not checkable) and note (the implied
    deflator or base, or why the claim is not checkable).

    Example::

        >>> report = econclaims.check(store)                                      # doctest: +SKIP
        >>> report[report.verdict == "disagree"][["quote", "implied", "note"]]    # doctest: +SKIP
    """
    core = store.core if isinstance(store, Store) else store
    if not isinstance(core, _core.Store):
        raise TypeError(f"expected an econclaims Store, not {type(store).__name__}")
    rows = _core.check(core, approx_tolerance, base_tolerance)
    frame = pd.DataFrame(
        {
            "doc": pd.array([r.claim.doc for r in rows], dtype="string"),
            "quote": pd.array([r.claim.quote for r in rows], dtype="string"),
            "entity": pd.array([r.entity for r in rows], dtype="string"),
            "indicator": pd.array([r.indicator for r in rows], dtype="string"),
            "period": pd.array([r.claim.period for r in rows], dtype="string"),
            "basis": pd.array([r.claim.basis for r in rows], dtype="string"),
            "kind": pd.Categorical([r.claim.kind for r in rows], categories=list(_core.KINDS)),
            "reported": pd.array([str(r.reported) for r in rows], dtype="string"),
            "implied": pd.array([str(r.implied) for r in rows], dtype="string"),
            "reported_lo": [r.reported.lo for r in rows],
            "reported_hi": [r.reported.hi for r in rows],
            "implied_lo": [r.implied.lo for r in rows],
            "implied_hi": [r.implied.hi for r in rows],
            "verdict": pd.Categorical([r.verdict for r in rows],
                                      categories=["agree", "disagree", "not checkable"]),
            "note": pd.array([r.note for r in rows], dtype="string"),
        }
    )
    for c in ("reported_lo", "reported_hi", "implied_lo", "implied_hi"):
        frame[c] = frame[c].astype("float64")
    return frame
