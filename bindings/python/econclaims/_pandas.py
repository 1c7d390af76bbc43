"""Claims and series as pandas objects, and back.

Periods map to pandas as follows (pandas has no half-year period):

============  ==========================  ======================================
guide         pandas.Period               note
============  ==========================  ======================================
``2018``      ``Period('2018', 'Y-DEC')``
``2018-H2``   ``Period('2018-07', '6M')``  six months from January or July
``2018-Q2``   ``Period('2018Q2', 'Q-DEC')``
``2018-07``   ``Period('2018-07', 'M')``
``2018-07-10`` ``Period('2018-07-10', 'D')``
intervals     none                         ``period_to_pandas`` returns None
============  ==========================  ======================================

A year-to-date series (key ``ytd``; points ``2020-01/2020-03``) is indexed by the month
each cumulative ends in, with ``attrs["econclaims"]["ytd"]`` True.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, Optional, Union

import numpy as np
import pandas as pd

from . import _core
from ._core import Claim, Period, SeriesKey, TimeSeries

#: The key under which a series' identity is kept in ``pandas.Series.attrs``.
ATTRS_KEY = "econclaims"

_STRING_COLUMNS = ("doc", "quote", "entity", "indicator", "period", "basis", "of", "doc_date", "price_basis",
                   "entity_id", "entity_code", "indicator_id")


def claims_frame(claims: Iterable[Claim]) -> pd.DataFrame:
    """A DataFrame of claims with one typed column per field of the guide.

    Columns: doc, quote (string); start, end (int64 byte offsets); value, value_hi
    (float64, NaN when there is no high end); unit (category); qualifier, kind, modality
    (categories in the library's order); entity, indicator, period, basis, of, doc_date
    (string, <NA> when empty); doc_date_inferred (bool); resolution (float64);
    price_basis, entity_id, entity_code, indicator_id (string). ``period_to_pandas`` turns a period string into a pandas Period.

    Example::

        >>> df = econclaims.claims_frame(claims)                       # doctest: +SKIP
        >>> df[df.kind == "growth"].groupby("entity").value.mean()      # doctest: +SKIP
    """
    cols = _core.claims_columns(claims if isinstance(claims, (list, tuple)) else list(claims))
    data: dict[str, Any] = {}
    for name, values in cols.items():
        if name in _STRING_COLUMNS:
            data[name] = pd.array(values, dtype="string")
        elif name == "unit":
            data[name] = pd.Categorical(values)
        elif name == "qualifier":
            data[name] = pd.Categorical.from_codes(values, categories=list(_core.QUALIFIERS))
        elif name == "kind":
            data[name] = pd.Categorical.from_codes(values, categories=list(_core.KINDS))
        elif name == "modality":
            data[name] = pd.Categorical.from_codes(values, categories=list(_core.MODALITIES))
        else:
            data[name] = values
    return pd.DataFrame(data)


def _text_or_none(v: Any) -> Optional[str]:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    return str(v)


def claims_from_frame(frame: pd.DataFrame) -> list[Claim]:
    """The claims of a DataFrame with the columns of ``claims_frame`` (the inverse).

    Missing optional columns take their defaults, so a frame read from a CSV of the
    guide's fields converts too.

    Example::

        >>> econclaims.claims_from_frame(econclaims.claims_frame(claims)) == claims   # doctest: +SKIP
        True
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a pandas DataFrame, not {type(frame).__name__}")
    out = []
    for row in frame.to_dict("records"):
        value_hi = row.get("value_hi")
        value_hi = None if value_hi is None or value_hi is pd.NA or math.isnan(value_hi) else float(value_hi)
        out.append(
            Claim(
                doc=_text_or_none(row.get("doc")) or "",
                quote=_text_or_none(row.get("quote")) or "",
                start=int(row.get("start", 0)),
                end=int(row.get("end", 0)),
                value=float(row["value"]),
                value_hi=value_hi,
                unit=_text_or_none(row.get("unit")) or "",
                qualifier=_text_or_none(row.get("qualifier")) or "exact",
                kind=_text_or_none(row.get("kind")) or "level",
                modality=_text_or_none(row.get("modality")) or "actual",
                entity=_text_or_none(row.get("entity")),
                indicator=_text_or_none(row.get("indicator")),
                period=_text_or_none(row.get("period")),
                basis=_text_or_none(row.get("basis")),
                of=_text_or_none(row.get("of")),
                doc_date=_text_or_none(row.get("doc_date")),
                doc_date_inferred=bool(row.get("doc_date_inferred", False)),
                resolution=float(row.get("resolution", 0.0)),
                price_basis=_text_or_none(row.get("price_basis")),
                entity_id=_text_or_none(row.get("entity_id")),
                entity_code=_text_or_none(row.get("entity_code")),
                indicator_id=_text_or_none(row.get("indicator_id")),
            )
        )
    return out


def period_to_pandas(period: Union[str, Period, None]) -> Optional[pd.Period]:
    """The pandas Period of a guide period, or None where pandas has none (intervals, None).

    A half year becomes a six-month period starting in January or July.

    Example::

        >>> period_to_pandas("2018-Q2"), period_to_pandas("2018-H2")
        (Period('2018Q2', 'Q-DEC'), Period('2018-07', '6M'))
        >>> period_to_pandas("2020-01/2020-03") is None
        True
    """
    if period is None or period is pd.NA:
        return None
    p = period if isinstance(period, Period) else Period(str(period))
    if p.is_interval:
        return None
    d = p.start_date
    if p.freq == "year":
        return pd.Period(year=d.year, freq="Y")
    if p.freq == "half":
        return pd.Period(year=d.year, month=d.month, freq="6M")
    if p.freq == "quarter":
        return pd.Period(year=d.year, quarter=(d.month - 1) // 3 + 1, freq="Q")
    if p.freq == "month":
        return pd.Period(year=d.year, month=d.month, freq="M")
    return pd.Period(d, freq="D")


def _freq_of(offset: Any) -> str:
    """The guide frequency of a pandas period frequency (ValueError for others)."""
    n = getattr(offset, "n", 1)
    if isinstance(offset, pd.offsets.YearEnd) and n == 1 and offset.month == 12:
        return "year"
    if isinstance(offset, pd.offsets.QuarterEnd) and n == 1 and offset.startingMonth == 12:
        return "quarter"
    if isinstance(offset, pd.offsets.MonthEnd) and n == 1:
        return "month"
    if isinstance(offset, pd.offsets.MonthEnd) and n == 6:
        return "half"
    if isinstance(offset, pd.offsets.Day) and n == 1:
        return "day"
    raise ValueError(f"pandas frequency {offset!r} has no guide period (use Y, 6M, Q, M or D)")


def period_from_pandas(period: pd.Period) -> Period:
    """The guide Period of a pandas Period of frequency Y, 6M (January or July), Q, M or D.

    Example::

        >>> str(period_from_pandas(pd.Period("2018-07", freq="6M")))
        '2018-H2'
    """
    if not isinstance(period, pd.Period):
        raise TypeError(f"expected a pandas Period, not {type(period).__name__}")
    f = _freq_of(period.freq)
    if f == "year":
        return Period(f"{period.year:04d}")
    if f == "half":
        if period.month not in (1, 7):
            raise ValueError(f"a six-month period must start in January or July, not {period}")
        return Period(f"{period.year:04d}-H{1 if period.month == 1 else 2}")
    if f == "quarter":
        return Period(f"{period.year:04d}-Q{period.quarter}")
    if f == "month":
        return Period(f"{period.year:04d}-{period.month:02d}")
    return Period(f"{period.year:04d}-{period.month:02d}-{period.day:02d}")


def _index_of(ts: TimeSeries) -> pd.PeriodIndex:
    key = ts.key
    start = period_to_pandas(Period.from_ordinal(key.freq, ts.first_ordinal))
    assert start is not None
    return pd.period_range(start=start, periods=len(ts), freq=start.freq, name="period")


def _key_attrs(ts: TimeSeries) -> dict[str, Any]:
    k = ts.key
    return {"entity": k.entity, "indicator": k.indicator, "unit": k.unit, "kind": k.kind, "freq": k.freq,
            "ytd": k.ytd, "measure": ts.measure}


def series_to_pandas(ts: TimeSeries) -> pd.Series:
    """A TimeSeries as a float64 pandas Series with a PeriodIndex.

    The values are not copied: the Series is backed by a read-only NumPy view of the
    C++ array. The series key (entity, indicator, unit, kind, freq, ytd, measure) is kept
    in ``series.attrs["econclaims"]``, so the series converts back with
    ``series_from_pandas`` and the econclaims functions accept it.

    Example::

        >>> s = econclaims.series_to_pandas(ts)                                # doctest: +SKIP
        >>> s.index.freqstr, s.attrs["econclaims"]["unit"]                      # doctest: +SKIP
        ('Y-DEC', 'CNY')
    """
    if not isinstance(ts, TimeSeries):
        raise TypeError(f"expected an econclaims TimeSeries, not {type(ts).__name__}")
    s = pd.Series(ts.values, index=_index_of(ts), name=ts.key.indicator, copy=False)
    s.attrs[ATTRS_KEY] = _key_attrs(ts)
    return s


def series_from_pandas(
    series: pd.Series,
    *,
    entity: Optional[str] = None,
    indicator: Optional[str] = None,
    unit: Optional[str] = None,
    kind: Optional[str] = None,
    measure: Optional[str] = None,
    ytd: Optional[bool] = None,
) -> TimeSeries:
    """A TimeSeries from a pandas Series with a consecutive PeriodIndex.

    The key comes from ``series.attrs["econclaims"]`` when present (as
    ``series_to_pandas`` leaves it), the keyword arguments override it, and the rest
    defaults to an unnamed flow level in no unit. Provenance (sources) is not carried.

    Example::

        >>> s = pd.Series([100.0, 110.0], index=pd.period_range("2018", periods=2, freq="Y"))
        >>> series_from_pandas(s, indicator="output", unit="CNY").periods()
        ['2018', '2019']
    """
    if not isinstance(series, pd.Series):
        raise TypeError(f"expected a pandas Series, not {type(series).__name__}")
    idx = series.index
    if not isinstance(idx, pd.PeriodIndex):
        raise TypeError("the series needs a PeriodIndex (see econclaims.period_to_pandas)")
    attrs = dict(series.attrs.get(ATTRS_KEY, {}))
    is_ytd = bool(ytd if ytd is not None else attrs.get("ytd", False))
    freq = _freq_of(idx.freq)
    if len(idx):
        expected = pd.period_range(start=idx[0], periods=len(idx), freq=idx.freq)
        if not idx.equals(expected):
            raise ValueError("the PeriodIndex must be consecutive and sorted (reindex to fill gaps with NaN)")
        first = period_from_pandas(idx[0]).ordinal
    else:
        first = 0
    key = SeriesKey(
        entity=entity if entity is not None else attrs.get("entity", ""),
        indicator=indicator if indicator is not None else attrs.get("indicator", series.name or ""),
        unit=unit if unit is not None else attrs.get("unit", ""),
        kind=kind if kind is not None else attrs.get("kind", "level"),
        freq=freq,
        ytd=is_ytd,
    )
    values = np.ascontiguousarray(series.to_numpy(dtype=np.float64, na_value=np.nan))
    return TimeSeries(key, first, values, measure if measure is not None else attrs.get("measure", "flow"))


def series_meta_frame(ts: TimeSeries) -> pd.DataFrame:
    """Values with what is known about each point: qualifier, flag and sources.

    ``sources`` lists ``doc@start-end(published)`` for every source of the point, the
    chosen one first, as the CLI's ``series`` command writes them.

    Example::

        >>> econclaims.series_meta_frame(store.time_series("Zone", "出口总额"))   # doctest: +SKIP
    """
    sources = []
    for i in range(len(ts)):
        parts = []
        for src in ts.meta(i).sources:
            parts.append(f"{src.doc}@{src.start}-{src.end}" + (f"({src.published})" if src.published else ""))
        sources.append(";".join(parts))
    return pd.DataFrame(
        {
            "value": np.array(ts.values),
            "qualifier": pd.Categorical(ts.qualifiers(), categories=list(_core.QUALIFIERS)),
            "flag": pd.array(ts.flags(), dtype="string"),
            "sources": pd.array(sources, dtype="string"),
        },
        index=_index_of(ts),
    )
