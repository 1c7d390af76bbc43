"""econclaims: numeric claims from Chinese economic texts, as typed indicator series.

Python bindings of the econclaims C++ library, with pandas in and out::

    import econclaims
    claims = econclaims.extract_files(paths, docs="docs.jsonl")   # list[Claim]
    frame = econclaims.claims_frame(claims)                         # pandas DataFrame
    store = econclaims.Store(claims)
    output = store.series("Example Zone", "规模以上工业总产值")       # Series, PeriodIndex
    econclaims.growth(output, "yoy")
    econclaims.check(store)                                         # DataFrame of verdicts

Corpora beyond one machine: ``econclaims.dask`` (needs the ``dask`` extra).
Errors: ``UnicodeDecodeError`` for text that is not UTF-8, ``FileNotFoundError`` for
missing files, and for bad data ValueError subclasses: ``FormatError``, ``PeriodError``,
``UnitError``, ``SeriesLookupError`` (also a LookupError), ``ContractViolation``.
"""

from __future__ import annotations

from . import _core  # noqa: F401  (econclaims._core stays reachable as an attribute)
from ._core import (
    KINDS,
    MODALITIES,
    QUALIFIERS,
    Bounds,
    Claim,
    ContractViolation,
    Diagnostic,
    ExtractionResult,
    FormatError,
    IndicatorTable,
    Period,
    PeriodError,
    SeriesKey,
    SeriesLookupError,
    SkippedNumber,
    TimeSeries,
    UnitError,
    __version__,
    canonical_entity_of,
    canonical_indicator_of,
)
from . import calc
from ._extract import extract, extract_files, extract_result, read_claims, read_doc_dates, report, write_claims
from ._pandas import (
    claims_frame,
    claims_from_frame,
    period_from_pandas,
    period_to_pandas,
    series_from_pandas,
    series_meta_frame,
    series_to_pandas,
)
from ._series import (
    Store,
    cagr,
    change,
    check,
    contribution,
    decumulate,
    growth,
    panel,
    pull,
    rebase,
    rolling_mean,
    rolling_sum,
    share,
    store_from_claims,
    sum_series,
    to_frequency,
)

__all__ = [
    "report",
    "KINDS", "MODALITIES", "QUALIFIERS",
    "Bounds", "Claim", "Diagnostic", "ExtractionResult", "IndicatorTable", "Period", "SeriesKey",
    "SkippedNumber", "Store", "TimeSeries",
    "ContractViolation", "FormatError", "PeriodError", "SeriesLookupError", "UnitError",
    "__version__", "calc", "canonical_entity_of", "canonical_indicator_of",
    "extract", "extract_files", "extract_result", "read_claims", "read_doc_dates", "write_claims",
    "claims_frame", "claims_from_frame", "period_from_pandas", "period_to_pandas",
    "series_from_pandas", "series_meta_frame", "series_to_pandas",
    "cagr", "change", "check", "contribution", "decumulate", "growth", "panel", "pull", "rebase",
    "rolling_mean", "rolling_sum", "share", "store_from_claims", "sum_series", "to_frequency",
]
