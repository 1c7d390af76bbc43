"""
Bindings of the econclaims C++ library; use the econclaims package instead.
"""
from __future__ import annotations
import collections.abc
import numpy
import numpy.typing
import typing
__all__: list[str] = ['Bounds', 'CheckResult', 'Claim', 'ContractViolation', 'Diagnostic', 'ExtractionResult', 'FormatError', 'IndicatorTable', 'KINDS', 'MODALITIES', 'Observation', 'Panel', 'Period', 'PeriodError', 'PointMeta', 'QUALIFIERS', 'SeriesKey', 'SeriesLookupError', 'SkippedNumber', 'SourceRef', 'Store', 'TimeSeries', 'UnitError', 'bounds_of', 'cagr', 'calc_annualized', 'calc_average_growth', 'calc_cagr', 'calc_change', 'calc_implied_deflator', 'calc_lag', 'calc_log_change', 'calc_pct_change', 'calc_rolling_mean', 'calc_rolling_sum', 'canonical_entity_of', 'canonical_indicator_of', 'change', 'check', 'claims_columns', 'claims_to_csv', 'claims_to_jsonl', 'contribution', 'decumulate', 'document_files', 'extract', 'growth', 'make_panel', 'pull', 'read_claims', 'read_doc_dates', 'read_documents', 'rebase', 'render_report', 'rolling_mean', 'rolling_sum', 'share', 'sum_series', 'to_frequency', 'years_between']
class FormatError(ValueError):
    pass
class PeriodError(ValueError):
    pass
class UnitError(ValueError):
    pass
class ContractViolation(ValueError):
    pass
class SeriesLookupError(LookupError, ValueError):
    pass
class Claim:
    """
    One quantity in a text, with the fields of the annotation guide.
    
    Text fields the guide allows to be null (entity, indicator, period, basis, of,
    doc_date, price_basis, entity_id, entity_code, indicator_id) are None when empty. qualifier, kind and modality are the
    guide's names ("exact", "growth", "target" ...). to_dict() gives exactly the object
    the command-line tool writes as one JSON line.
    
    Example:
        >>> c = Claim(doc="a.txt", quote="12%", value=12.0, unit="%", kind="growth")
        >>> c.kind, c.period
        ('growth', None)
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_dict(d: dict) -> Claim:
        """
        Read a claim from a dict with the exchange-format keys (as to_dict() gives).
        """
    @staticmethod
    def from_json(line: str) -> Claim:
        """
        Read a claim from one JSON line.
        """
    def __copy__(self) -> Claim:
        ...
    def __deepcopy__(self, memo: dict) -> Claim:
        ...
    def __eq__(self, arg0: Claim) -> bool:
        ...
    def __getstate__(self) -> tuple:
        ...
    def __init__(self, *, doc: str = '', quote: str = '', start: typing.SupportsInt | typing.SupportsIndex = 0, end: typing.SupportsInt | typing.SupportsIndex = 0, value: typing.SupportsFloat | typing.SupportsIndex = 0.0, value_hi: typing.SupportsFloat | typing.SupportsIndex | None = None, unit: str = '', qualifier: str = 'exact', kind: str = 'level', modality: str = 'actual', entity: str | None = None, indicator: str | None = None, period: str | None = None, basis: str | None = None, of: str | None = None, doc_date: str | None = None, doc_date_inferred: bool = False, resolution: typing.SupportsFloat | typing.SupportsIndex = 0.0, price_basis: str | None = None, entity_id: str | None = None, entity_code: str | None = None, indicator_id: str | None = None) -> None:
        ...
    def __ne__(self, arg0: Claim) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __setstate__(self, arg0: tuple) -> None:
        ...
    def to_dict(self) -> dict:
        """
        The claim as the dict of its exchange-format JSON line (the CLI's output).
        """
    def to_json(self) -> str:
        """
        The claim as one exchange-format JSON line, without newline.
        """
    @property
    def basis(self) -> str | None:
        """
        Comparison period of a growth, multiple or change, or None.
        """
    @basis.setter
    def basis(self, arg1: str | None) -> None:
        ...
    @property
    def doc(self) -> str:
        """
        Document name (the file's base name).
        """
    @doc.setter
    def doc(self, arg0: str) -> None:
        ...
    @property
    def doc_date(self) -> str | None:
        """
        Document date the periods were resolved against, or None.
        """
    @doc_date.setter
    def doc_date(self, arg1: str | None) -> None:
        ...
    @property
    def doc_date_inferred(self) -> bool:
        """
        True when doc_date was guessed from the text.
        """
    @doc_date_inferred.setter
    def doc_date_inferred(self, arg0: bool) -> None:
        ...
    @property
    def end(self) -> int:
        """
        Byte offset one past the quote.
        """
    @end.setter
    def end(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def entity(self) -> str | None:
        """
        Who or what the figure is about, or None.
        """
    @entity.setter
    def entity(self, arg1: str | None) -> None:
        ...
    @property
    def indicator(self) -> str | None:
        """
        What is measured, or None.
        """
    @indicator.setter
    def indicator(self, arg1: str | None) -> None:
        ...
    @property
    def kind(self) -> str:
        """
        level, growth, share, multiple or change.
        """
    @kind.setter
    def kind(self, arg1: str) -> None:
        ...
    @property
    def modality(self) -> str:
        """
        actual or target.
        """
    @modality.setter
    def modality(self, arg1: str) -> None:
        ...
    @property
    def of(self) -> str | None:
        """
        For a share: the whole it is a share of, or None.
        """
    @of.setter
    def of(self, arg1: str | None) -> None:
        ...
    @property
    def entity_code(self) -> str | None:
        """
        The entity's administrative division code (GB/T 2260), or None.
        """
    @entity_code.setter
    def entity_code(self, arg1: str | None) -> None:
        ...
    @property
    def entity_id(self) -> str | None:
        """
        The entity's canonical name (广州 → 广州市), or None.
        """
    @entity_id.setter
    def entity_id(self, arg1: str | None) -> None:
        ...
    @property
    def indicator_id(self) -> str | None:
        """
        The indicator's canonical name, or None.
        """
    @indicator_id.setter
    def indicator_id(self, arg1: str | None) -> None:
        ...
    @property
    def period(self) -> str | None:
        """
        Guide period string (2018, 2018-H1, 2020-01/2020-03 ...), or None.
        """
    @period.setter
    def period(self, arg1: str | None) -> None:
        ...
    @property
    def price_basis(self) -> str | None:
        """
        "real", "nominal", or None when the text does not say.
        """
    @price_basis.setter
    def price_basis(self, arg1: str | None) -> None:
        ...
    @property
    def qualifier(self) -> str:
        """
        exact, approx, over, at_least, nearly, under or at_most.
        """
    @qualifier.setter
    def qualifier(self, arg1: str) -> None:
        ...
    @property
    def quote(self) -> str:
        """
        The number and unit exactly as written.
        """
    @quote.setter
    def quote(self, arg0: str) -> None:
        ...
    @property
    def resolution(self) -> float:
        """
        Half a unit of the last printed digit, in canonical units (0: unknown).
        """
    @resolution.setter
    def resolution(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def start(self) -> int:
        """
        Byte offset of the quote in the original file.
        """
    @start.setter
    def start(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def unit(self) -> str:
        """
        Canonical unit code: CNY, USD, %, pp, x, m2, 个 ...
        """
    @unit.setter
    def unit(self, arg0: str) -> None:
        ...
    @property
    def why(self) -> dict | None:
        """
        Where the entity, period, basis and modality came from (explain mode), as a dict; None otherwise.
        """
    @property
    def value(self) -> float:
        """
        Value in the canonical unit; the low end of a range.
        """
    @value.setter
    def value(self, arg0: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    @property
    def value_hi(self) -> float | None:
        """
        High end of a range, or None.
        """
    @value_hi.setter
    def value_hi(self, arg0: typing.SupportsFloat | typing.SupportsIndex | None) -> None:
        ...
class SkippedNumber:
    """
    A number seen and not turned into a claim, with the reason.
    """
    def __repr__(self) -> str:
        ...
    @property
    def end(self) -> int:
        ...
    @property
    def quote(self) -> str:
        ...
    @property
    def reason(self) -> str:
        ...
    @property
    def start(self) -> int:
        ...
class Diagnostic:
    """
    What went wrong in an input and where (extraction never throws).
    """
    def __repr__(self) -> str:
        ...
    @property
    def code(self) -> int:
        """
        Stable numeric code: 101 invalid UTF-8, 105 bad date ...
        """
    @property
    def end(self) -> int:
        ...
    @property
    def message(self) -> str:
        ...
    @property
    def start(self) -> int:
        ...
class ExtractionResult:
    """
    Claims, skipped numbers and diagnostics of one document.
    """
    @property
    def claims(self) -> list[Claim]:
        ...
    @property
    def diagnostics(self) -> list[Diagnostic]:
        ...
    @property
    def ok(self) -> bool:
        """
        True when the input could be read.
        """
    @property
    def skipped(self) -> list[SkippedNumber]:
        ...
class Period:
    """
    A calendar period in the guide's notation: 2018, 2018-H1, 2018-Q2, 2018-07, 2018-07-10,
    or an interval FROM/TO of one frequency (2020-01/2020-03).
    
    Example:
        >>> p = Period("2018-Q2")
        >>> p.freq, str(p.year_ago()), str(p.to_frequency("year"))
        ('quarter', '2017-Q2', '2018')
    """
    @staticmethod
    def from_ordinal(freq: str, ordinal: typing.SupportsInt | typing.SupportsIndex) -> Period:
        ...
    @staticmethod
    def parse(text: str) -> Period | None:
        """
        Parse; None for text outside the guide's formats.
        """
    def __eq__(self, arg0: Period) -> bool:
        ...
    def __ge__(self, arg0: Period) -> bool:
        ...
    def __gt__(self, arg0: Period) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, text: str) -> None:
        """
        Parse; PeriodError for text outside the guide's formats.
        """
    def __le__(self, arg0: Period) -> bool:
        ...
    def __lt__(self, arg0: Period) -> bool:
        ...
    def __ne__(self, arg0: Period) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __str__(self) -> str:
        ...
    def contains(self, other: typing.Any) -> bool:
        ...
    def first(self) -> Period:
        ...
    def last(self) -> Period:
        ...
    def shift(self, k: typing.SupportsInt | typing.SupportsIndex) -> Period:
        ...
    def to_frequency(self, freq: str) -> Period:
        ...
    def year_ago(self) -> Period:
        ...
    @property
    def days(self) -> int:
        ...
    @property
    def end_date(self) -> typing.Any:
        ...
    @property
    def first_ordinal(self) -> int:
        ...
    @property
    def freq(self) -> str:
        ...
    @property
    def is_interval(self) -> bool:
        ...
    @property
    def is_ytd(self) -> bool:
        ...
    @property
    def length(self) -> int:
        ...
    @property
    def ordinal(self) -> int:
        """
        Ordinal of the (last) period on its frequency's calendar.
        """
    @property
    def start_date(self) -> typing.Any:
        ...
    @property
    def year(self) -> int:
        ...
class IndicatorTable:
    """
    Indicator synonyms and time behaviour (flow, stock, rate).
    """
    @staticmethod
    def defaults() -> IndicatorTable:
        """
        A copy of the table shipped with the library.
        """
    def __init__(self) -> None:
        """
        An empty table: every name is its own canonical name.
        """
    def add_synonym(self, alias: str, canonical: str) -> None:
        ...
    def canonical(self, name: str) -> str:
        ...
    def comparable_base(self, name: str) -> bool:
        ...
    def load(self, text: str, source: str = '<string>') -> None:
        """
        Add the entries of a table file's text.
        """
    def measure_of(self, name: str, unit: str) -> str:
        ...
    def real_growth(self, name: str) -> bool:
        ...
class SeriesKey:
    """
    Identifies a series: entity, indicator, unit, kind, frequency, ytd.
    """
    entity: str
    freq: str
    indicator: str
    kind: str
    unit: str
    ytd: bool
    def __eq__(self, arg0: SeriesKey) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __init__(self, *, entity: str = '', indicator: str = '', unit: str = '', kind: str = 'level', freq: str = 'year', ytd: bool = False) -> None:
        ...
    def __lt__(self, arg0: SeriesKey) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def __str__(self) -> str:
        ...
class SourceRef:
    """
    Where one value comes from.
    """
    def __repr__(self) -> str:
        ...
    @property
    def doc(self) -> str:
        ...
    @property
    def end(self) -> int:
        ...
    @property
    def published(self) -> str:
        ...
    @property
    def qualifier(self) -> str:
        ...
    @property
    def quote(self) -> str:
        ...
    @property
    def start(self) -> int:
        ...
    @property
    def value(self) -> float:
        ...
class PointMeta:
    """
    What is known about one point besides its value.
    """
    @property
    def flag(self) -> str:
        ...
    @property
    def qualifier(self) -> str:
        ...
    @property
    def resolution(self) -> float:
        ...
    @property
    def sources(self) -> list[SourceRef]:
        ...
class TimeSeries:
    """
    An indicator series on a regular calendar: values[i] is the period whose ordinal is
    first_ordinal + i; NaN marks a gap. `values` is a read-only NumPy view of the C++
    array (no copy); it keeps the series alive.
    
    Example:
        >>> ts = TimeSeries(SeriesKey(indicator="output", unit="CNY"), 2018, [1.0, 2.0])
        >>> ts.periods(), ts.values.flags.owndata
        (['2018', '2019'], False)
    """
    def __getitem__(self, period: typing.Any) -> float:
        """
        The value at a period (string or Period); NaN when missing or outside.
        """
    def __init__(self, key: SeriesKey, first_ordinal: typing.SupportsInt | typing.SupportsIndex, values: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], measure: str = 'flow') -> None:
        ...
    def __len__(self) -> int:
        ...
    def __repr__(self) -> str:
        ...
    def count(self) -> int:
        """
        Number of points present (not NaN).
        """
    def flags(self) -> list[str]:
        """
        The flag of every point ("conflict", "nonpositive base", "" ...).
        """
    def meta(self, i: typing.SupportsInt | typing.SupportsIndex) -> PointMeta:
        ...
    def period_at(self, i: typing.SupportsInt | typing.SupportsIndex) -> Period:
        ...
    def periods(self) -> list[str]:
        """
        The guide string of every position's period.
        """
    def qualifiers(self) -> list[str]:
        """
        The qualifier of every point.
        """
    def trimmed(self) -> TimeSeries:
        """
        The series without leading and trailing gaps.
        """
    @property
    def first_ordinal(self) -> int:
        ...
    @property
    def key(self) -> SeriesKey:
        ...
    @property
    def measure(self) -> str:
        ...
    @property
    def values(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
        ...
class Observation:
    """
    One claim as the store keeps it.
    """
    def key(self) -> SeriesKey:
        ...
    @property
    def claim(self) -> Claim:
        ...
    @property
    def entity(self) -> str:
        """
        Canonical entity name.
        """
    @property
    def entity_code(self) -> str:
        """
        Administrative division code of the entity, or empty.
        """
    @property
    def indicator(self) -> str:
        """
        Canonical indicator name.
        """
    @property
    def line(self) -> int:
        ...
    @property
    def of(self) -> str:
        ...
    @property
    def origin(self) -> str:
        ...
    @property
    def period(self) -> Period | None:
        ...
    @property
    def placed(self) -> bool:
        ...
class Store:
    """
    Claims kept as observations, and the series built from them.
    """
    @staticmethod
    def from_jsonl(text: str, source: str = '<string>', table: IndicatorTable = ...) -> Store:
        ...
    def __init__(self, table: IndicatorTable = ...) -> None:
        ...
    def __len__(self) -> int:
        ...
    def add(self, claim: Claim, origin: str = '', line: typing.SupportsInt | typing.SupportsIndex = 0) -> None:
        ...
    def add_all(self, claims: collections.abc.Sequence, origin: str = '') -> None:
        ...
    def all_series(self, layer: str = 'actual') -> list[TimeSeries]:
        ...
    def as_of(self, date: str) -> Store:
        ...
    def keys(self, layer: str = 'actual') -> list[SeriesKey]:
        ...
    def series(self, entity: str, indicator: str, *, kind: str = 'level', freq: str | None = None, unit: str | None = None, ytd: bool | None = None) -> TimeSeries:
        ...
    def series_by_key(self, key: SeriesKey, layer: str = 'actual') -> TimeSeries:
        ...
    def target(self, entity: str, indicator: str, *, kind: str = 'level', freq: str | None = None, unit: str | None = None, ytd: bool | None = None) -> TimeSeries:
        ...
    def unplaced(self) -> list[Observation]:
        ...
    def with_rule(self, rule: str) -> Store:
        ...
    @property
    def indicators(self) -> IndicatorTable:
        ...
    @property
    def observations(self) -> list[Observation]:
        ...
    @property
    def rule(self) -> str:
        ...
class Panel:
    """
    Entities x periods of one indicator; values is a NumPy view.
    """
    def period_at(self, column: typing.SupportsInt | typing.SupportsIndex) -> Period:
        ...
    @property
    def first_ordinal(self) -> int:
        ...
    @property
    def freq(self) -> str:
        ...
    @property
    def rows(self) -> list[str]:
        ...
    @property
    def values(self) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, n]"]:
        ...
    @property
    def ytd(self) -> bool:
        ...
class Bounds:
    """
    A real interval with open or closed ends; empty for a missing value.
    """
    def __repr__(self) -> str:
        ...
    def __str__(self) -> str:
        ...
    def mid(self) -> float:
        ...
    @property
    def empty(self) -> bool:
        ...
    @property
    def hi(self) -> float:
        ...
    @property
    def hi_closed(self) -> bool:
        ...
    @property
    def lo(self) -> float:
        ...
    @property
    def lo_closed(self) -> bool:
        ...
class CheckResult:
    """
    A reported growth, share, multiple or change and its verdict.
    """
    @property
    def claim(self) -> Claim:
        ...
    @property
    def implied(self) -> Bounds:
        ...
    @property
    def entity(self) -> str:
        """
        Canonical entity name.
        """
    @property
    def indicator(self) -> str:
        """
        Canonical indicator name.
        """
    @property
    def note(self) -> str:
        ...
    @property
    def reported(self) -> Bounds:
        ...
    @property
    def verdict(self) -> str:
        """
        agree, disagree or not checkable.
        """
def bounds_of(claim: Claim, approx_tolerance: typing.SupportsFloat | typing.SupportsIndex = 0.05) -> Bounds:
    """
    F15: the interval of a claim.
    """
def cagr(series: TimeSeries, start: typing.Any = None, end: typing.Any = None) -> float:
    ...
def calc_annualized(x: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], k: typing.SupportsInt | typing.SupportsIndex, periods_per_year: typing.SupportsInt | typing.SupportsIndex) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
    ...
def calc_average_growth(cumulative_growth: typing.SupportsFloat | typing.SupportsIndex, periods: typing.SupportsFloat | typing.SupportsIndex) -> float:
    ...
def calc_cagr(x0: typing.SupportsFloat | typing.SupportsIndex, x1: typing.SupportsFloat | typing.SupportsIndex, years: typing.SupportsFloat | typing.SupportsIndex) -> float:
    ...
def calc_change(x: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], k: typing.SupportsInt | typing.SupportsIndex) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
    ...
def calc_implied_deflator(nominal_growth: typing.SupportsFloat | typing.SupportsIndex, real_growth: typing.SupportsFloat | typing.SupportsIndex) -> float:
    ...
def calc_lag(x: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], k: typing.SupportsInt | typing.SupportsIndex) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
    ...
def calc_log_change(x: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], k: typing.SupportsInt | typing.SupportsIndex) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
    ...
def calc_pct_change(x: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], k: typing.SupportsInt | typing.SupportsIndex) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
    ...
def calc_rolling_mean(x: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], window: typing.SupportsInt | typing.SupportsIndex) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
    ...
def calc_rolling_sum(x: typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"], window: typing.SupportsInt | typing.SupportsIndex) -> typing.Annotated[numpy.typing.NDArray[numpy.float64], "[m, 1]"]:
    ...
def canonical_entity_of(written: str, context_code: str = '') -> tuple:
    """
    The canonical name and administrative division code of a subject as written: (id, code).
    """
def canonical_indicator_of(name: str, entity_id: str = '', table: IndicatorTable = IndicatorTable.defaults()) -> str:
    """
    The canonical name of an indicator as reported for an entity (国内生产总值 for 中国, 地区生产总值 for a region).
    """
def change(series: TimeSeries, method: str = 'yoy') -> TimeSeries:
    ...
def check(store: Store, approx_tolerance: typing.SupportsFloat | typing.SupportsIndex = 0.05, base_tolerance: typing.SupportsFloat | typing.SupportsIndex = 0.01) -> list[CheckResult]:
    ...
def claims_columns(claims: collections.abc.Sequence) -> dict:
    """
    Column arrays of a claims table (used by econclaims.claims_frame).
    """
def claims_to_csv(claims: collections.abc.Sequence) -> str:
    """
    Claims as CSV text with a header line, as `econclaims extract --format csv` writes them.
    """
def claims_to_jsonl(claims: collections.abc.Sequence) -> str:
    """
    Claims as JSON Lines text, as the CLI writes them.
    """
def contribution(part: TimeSeries, whole: TimeSeries, method: str = 'yoy') -> TimeSeries:
    ...
def decumulate(series: TimeSeries) -> list[tuple[Period, float]]:
    ...
def document_files(paths: collections.abc.Sequence[str]) -> list[str]:
    """
    The document files `paths` name: files as given, directories' .txt files at any depth in path order.
    """
def extract(data: str, doc: str = '', date: str = '', explain: bool = False, encoding: str = 'utf-8') -> ExtractionResult:
    """
    Extract one document given as bytes in `encoding` ("auto" detects it); diagnostics instead of exceptions.
    """
def growth(series: TimeSeries, method: str = 'yoy') -> TimeSeries:
    ...
def make_panel(series: collections.abc.Sequence[TimeSeries]) -> Panel:
    ...
def pull(part: TimeSeries, whole: TimeSeries, method: str = 'yoy') -> TimeSeries:
    ...
def read_claims(text: str, source: str = '<string>') -> list[Claim]:
    """
    Claims from JSON Lines text; FormatError names source and line.
    """
def read_doc_dates(text: str, source: str = '<string>') -> dict[str, str]:
    """
    A docs file's text as {doc: date}.
    """
def read_documents(paths: collections.abc.Sequence[str], dates: collections.abc.Mapping[str, str], date: str = '') -> list:
    """
    The document files of `paths` (directories expanded) read whole, named and dated as the command line does: a list of (path, name, bytes, date, readable).
    """
def rebase(series: TimeSeries, base: typing.Any, end: typing.Any = None) -> TimeSeries:
    ...
def render_report(docs: collections.abc.Sequence[tuple[str, bytes, str]], title: str = 'econclaims report') -> str:
    """
    The HTML report of documents given as (name, bytes, date) tuples.
    """
def rolling_mean(series: TimeSeries, window: typing.SupportsInt | typing.SupportsIndex) -> TimeSeries:
    ...
def rolling_sum(series: TimeSeries, window: typing.SupportsInt | typing.SupportsIndex) -> TimeSeries:
    ...
def share(part: TimeSeries, whole: TimeSeries) -> TimeSeries:
    ...
def sum_series(parts: collections.abc.Sequence[TimeSeries], entity: str) -> TimeSeries:
    ...
def to_frequency(series: TimeSeries, freq: str, how: str | None = None) -> TimeSeries:
    ...
def years_between(a: typing.Any, b: typing.Any) -> float:
    """
    Years between two periods of one frequency (F6).
    """
KINDS: tuple = ('level', 'growth', 'share', 'multiple', 'change')
MODALITIES: tuple = ('actual', 'target')
QUALIFIERS: tuple = ('exact', 'approx', 'over', 'at_least', 'nearly', 'under', 'at_most')
__version__: str = '0.1.0'
