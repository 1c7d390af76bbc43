"""Extraction from Python: text or files in, Claim objects out.

The C++ extractor never raises for bad text; it returns diagnostics. Here they become
the Python exceptions a caller expects: UnicodeDecodeError for bytes that are not UTF-8
(naming the document and the byte offset), ValueError for a malformed document date.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Union

from . import _core
from ._core import Claim, ExtractionResult

#: A document given as text: a str, or its UTF-8 bytes.
TextLike = Union[str, bytes, bytearray, memoryview]
#: A document date: "YYYY", "YYYY-MM", "YYYY-MM-DD", a datetime.date, or None to infer it.
DateLike = Union[str, _dt.date, None]
#: Document dates: {doc name: date}, or the path of a docs file ({"doc": ..., "date": ...} a line).
DocsLike = Union[Mapping[str, DateLike], str, "os.PathLike[str]", None]

_INVALID_UTF8 = 101


def _date_text(date: DateLike) -> str:
    if date is None:
        return ""
    if isinstance(date, _dt.date):  # datetime.datetime too: only its calendar day counts
        return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"
    if isinstance(date, str):
        return date
    raise TypeError(f"date must be a str, a datetime.date or None, not {type(date).__name__}")


def _as_bytes(text: TextLike) -> bytes:
    if isinstance(text, str):
        # A str with lone surrogates raises UnicodeEncodeError here, which is the right error.
        return text.encode("utf-8")
    if isinstance(text, bytes):
        return text
    if isinstance(text, (bytearray, memoryview)):
        # Copied because the extractor reads the buffer without the GIL held, while
        # another thread could resize a bytearray.
        return bytes(text)
    raise TypeError(f"text must be str or bytes, not {type(text).__name__}")


_INVALID_BYTES = 107  # errc::invalid_bytes: not valid in a non-UTF-8 encoding


def _raise_for(result: ExtractionResult, data: bytes, encoding: str = "utf-8") -> None:
    for d in result.diagnostics:
        if d.code in (_INVALID_UTF8, _INVALID_BYTES):
            raise UnicodeDecodeError(encoding if encoding != "auto" else "utf-8", data, d.start, d.end, d.message)
        raise ValueError(d.message)


def _run(data: bytes, doc: str, date: str, explain: bool, encoding: str = "utf-8") -> ExtractionResult:
    if not isinstance(doc, str):
        raise TypeError(f"doc must be a str, not {type(doc).__name__}")
    if not isinstance(encoding, str):
        raise TypeError(f"encoding must be a str, not {type(encoding).__name__}")
    return _core.extract(data, doc, date, explain, encoding)


def extract_result(text: TextLike, doc: str = "", date: DateLike = None, *, explain: bool = False) -> ExtractionResult:
    """Extract one document and return claims, skipped numbers and diagnostics.

    Unlike :func:`extract` this never raises for bad input: invalid UTF-8 or a bad date
    is reported in ``result.diagnostics`` and ``result.ok`` is False. With
    ``explain=True``, ``result.skipped`` lists the numbers not turned into claims and why.

    Example::

        >>> r = extract_result(b"\\xff", doc="bad.txt")
        >>> r.ok, r.diagnostics[0].code, r.diagnostics[0].start
        (False, 101, 0)
    """
    return _run(_as_bytes(text), doc, _date_text(date), explain)


def extract(text: TextLike, doc: str = "", date: DateLike = None, *, encoding: str = "utf-8") -> list[Claim]:
    """Extract the numeric claims of one Chinese text.

    ``text`` is a str or bytes; bytes are UTF-8 unless ``encoding`` names another
    ("gb18030", "big5", "utf-16le" …) or is "auto" (detected). Byte offsets in the claims
    count the bytes given (for a str, those of its UTF-8 form). ``doc`` is the document name written into every claim; ``date`` is the
    publication date ("YYYY", "YYYY-MM", "YYYY-MM-DD" or a ``datetime.date``) against
    which relative periods such as 今年 and 去年 resolve. Without a date the extractor
    infers one from a dateline or the latest year named, and marks the claims with
    ``doc_date_inferred``. The GIL is released while the text is processed, so threads
    extracting different documents run in parallel.

    Returns a list of :class:`Claim`, in the order of the text. Raises
    ``UnicodeDecodeError`` for bytes that are not UTF-8 (the message names the document
    and byte offset), ``ValueError`` for a malformed date and ``TypeError`` for
    arguments of the wrong type.

    Example::

        >>> import econclaims
        >>> claims = econclaims.extract("2019年，全区实现地区生产总值120亿元，同比增长8%。",
        ...                             doc="note.txt", date="2020-01")
        >>> [(c.value, c.unit, c.kind, c.period) for c in claims]
        [(12000000000.0, 'CNY', 'level', '2019'), (8.0, '%', 'growth', '2019')]
        >>> claims[0].to_dict()["quote"]
        '120亿元'
    """
    data = _as_bytes(text)
    if isinstance(text, str):
        encoding = "utf-8"
    result = _run(data, doc, _date_text(date), False, encoding)
    _raise_for(result, data, encoding)
    return result.claims


def read_doc_dates(path: str | os.PathLike[str]) -> dict[str, str]:
    """Read a docs file (JSON Lines, ``{"doc": NAME, "date": DATE}`` a line) as {doc: date}.

    Example::

        >>> dates = read_doc_dates("corpus/docs.jsonl")   # doctest: +SKIP
        >>> dates["report.txt"]                            # doctest: +SKIP
        '2019-01'
    """
    p = Path(path)
    return _core.read_doc_dates(p.read_text(encoding="utf-8"), str(p))


def _doc_dates(docs: DocsLike) -> dict[str, str]:
    if docs is None:
        return {}
    if isinstance(docs, (str, os.PathLike)):
        return read_doc_dates(docs)
    if isinstance(docs, Mapping):
        return {str(k): _date_text(v) for k, v in docs.items()}
    raise TypeError(f"docs must be a mapping or the path of a docs file, not {type(docs).__name__}")


def _paths(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError("paths must be a list of paths; for one file pass [path]")
    out = []
    for p in paths:
        if not isinstance(p, (str, os.PathLike)):
            raise TypeError(f"each path must be a str or os.PathLike, not {type(p).__name__}")
        path = os.fspath(p)
        # "-" is a file of that name here, not standard input as on the command line.
        out.append(os.path.join(os.curdir, path) if path == "-" else path)
    return out


def _document_files(paths: list[str]) -> list[str]:
    # Directories expanded to their .txt files, as the command line does.
    return list(_core.document_files(paths))


def _read_documents(files: list[str], dates: Mapping[str, str], default_date: str) -> list[tuple[str, bytes, str]]:
    # The library's one reading of files as documents (the command line's too): directories
    # expanded to their .txt files, each named by its base name and dated from ``dates``.
    out = []
    for path, name, data, doc_date, readable in _core.read_documents(files, dict(dates), default_date):
        if not readable:
            with open(path, "rb"):  # raises FileNotFoundError, PermissionError ... as the OS says
                pass
            raise OSError(f"{path}: cannot read file")
        out.append((name, data, doc_date))
    return out


def _extract_document(doc: tuple[str, bytes, str]) -> list[Claim]:
    name, data, date = doc
    # As the command line does: each file's encoding is detected.
    result = _run(data, name, date, False, "auto")
    _raise_for(result, data, "auto")
    return result.claims


def extract_files(
    paths: Iterable[str | os.PathLike[str]],
    docs: DocsLike = None,
    date: DateLike = None,
    *,
    workers: int | None = None,
) -> list[Claim]:
    """Extract the claims of several files, in the order given.

    Each file's claims carry its base name as ``doc``. Its date comes from ``docs`` (a
    mapping from base name to date, or the path of a docs file as the CLI's ``--docs``
    reads), else from ``date``, else it is inferred from the text. The result equals the
    command-line tool's ``econclaims extract --docs DOCS FILE...`` claim for claim.

    Files are extracted on ``workers`` threads (default: one per CPU, at most one per
    file); the GIL is released during extraction, so they run in parallel. Raises
    ``FileNotFoundError`` (and other ``OSError``) for files that cannot be read,
    ``UnicodeDecodeError`` naming the file and byte offset for one that is not UTF-8.

    Example::

        >>> claims = econclaims.extract_files(["a.txt", "b.txt"], docs="docs.jsonl")  # doctest: +SKIP
        >>> frame = econclaims.claims_frame(claims)                                   # doctest: +SKIP
    """
    if workers is not None and workers < 1:
        raise ValueError("workers must be at least 1")
    files = _document_files(_paths(paths))
    dates, default_date = _doc_dates(docs), _date_text(date)
    if workers is None:
        workers = min(len(files), os.cpu_count() or 1)
    workers = max(workers, 1)
    # Files are read a batch at a time, so that memory holds a few per worker, not all.
    batch = max(4 * workers, 16)
    out: list[Claim] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for start in range(0, len(files), batch):
            documents = _read_documents(files[start:start + batch], dates, default_date)
            per_file = (map(_extract_document, documents) if workers == 1 or len(documents) < 2
                        else pool.map(_extract_document, documents))
            for claims in per_file:
                out.extend(claims)
    return out


def read_claims(path: str | os.PathLike[str]) -> list[Claim]:
    """Read a claims file (JSON Lines in the exchange format, as the CLI writes it).

    Raises ``FileNotFoundError`` for a missing file and ``econclaims.FormatError`` (a
    ``ValueError``) naming the file and line for a malformed one.

    Example::

        >>> claims = econclaims.read_claims("claims.jsonl")   # doctest: +SKIP
    """
    p = Path(path)
    return _core.read_claims(p.read_text(encoding="utf-8"), str(p))


def write_claims(claims: Iterable[Claim], path: str | os.PathLike[str]) -> None:
    """Write claims as JSON Lines, byte for byte as ``econclaims extract`` writes them.

    Example::

        >>> econclaims.write_claims(claims, "claims.jsonl")   # doctest: +SKIP
    """
    Path(path).write_text(_core.claims_to_jsonl(list(claims)), encoding="utf-8", newline="\n")


def report(
    paths: Iterable[str | os.PathLike[str]],
    output: str | os.PathLike[str] | None = None,
    docs: DocsLike = None,
    date: DateLike = None,
    *,
    title: str = "econclaims report",
) -> str:
    """The HTML report of ``econclaims report``: each file's text with every claim
    highlighted, the numbers not taken with their reasons, a chart per series and the
    consistency check, in one self-contained page. Dates as for :func:`extract_files`.
    Writes the page to ``output`` when given, and returns it.

    Example::

        >>> html = econclaims.report(["a.txt"], "report.html", docs="docs.jsonl")  # doctest: +SKIP
    """
    inputs = _read_documents(_paths(paths), _doc_dates(docs), _date_text(date))
    html = _core.render_report(inputs, title)
    if output is not None:
        with open(output, "w", encoding="utf-8") as f:
            f.write(html)
    return html
