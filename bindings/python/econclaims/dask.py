"""Extraction of corpora with Dask: a bag or a dataframe of claims, across workers.

Dask does the scheduling (threads, processes or a ``dask.distributed`` cluster of many
machines); this module only says what one partition does: read its files and extract
them. Claims travel between processes by pickle. Each file is read where its partition
runs, so on a cluster the paths must be visible to every worker (a shared file system),
and the document dates are resolved once on the client and shipped with the graph.

Example::

    >>> from dask.distributed import Client, LocalCluster            # doctest: +SKIP
    >>> import econclaims.dask as ecd                                  # doctest: +SKIP
    >>> client = Client(LocalCluster(n_workers=2))                     # doctest: +SKIP
    >>> bag = ecd.extract_bag(paths, docs="corpus/docs.jsonl")        # doctest: +SKIP
    >>> claims = bag.compute()             # list[Claim], in the order of `paths`   # doctest: +SKIP
    >>> frame = ecd.extract_dataframe(paths, docs="corpus/docs.jsonl").compute()    # doctest: +SKIP

Requires the ``dask`` extra: ``pip install econclaims[dask]``.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Optional

import dask.bag as db
import pandas as pd
from dask import delayed

from ._core import Claim
from ._extract import DateLike, DocsLike, _date_text, _doc_dates, _document_files, _extract_document, _paths, _read_documents
from ._pandas import claims_frame

if TYPE_CHECKING:
    import dask.dataframe as dd

__all__ = ["extract_bag", "extract_dataframe", "claims_meta"]


def _extract_partition(paths: Iterable[str], dates: Mapping[str, str], default_date: str) -> list[Claim]:
    # One partition on one worker: its files in order, one thread (Dask already runs
    # partitions in parallel, one per worker thread).
    return [c for d in _read_documents(list(paths), dates, default_date) for c in _extract_document(d)]


def _frame_partition(paths: list[str], dates: Mapping[str, str], default_date: str) -> pd.DataFrame:
    return claims_frame(_extract_partition(paths, dates, default_date))


def _partition_paths(files: list[str], npartitions: Optional[int], files_per_partition: Optional[int]) -> list[list[str]]:
    if npartitions is not None and files_per_partition is not None:
        raise ValueError("give npartitions or files_per_partition, not both")
    if files_per_partition is None:
        n = npartitions if npartitions is not None else min(len(files), 100) or 1
        if n < 1:
            raise ValueError("npartitions must be at least 1")
        files_per_partition = max(1, math.ceil(len(files) / n))
    if files_per_partition < 1:
        raise ValueError("files_per_partition must be at least 1")
    return [files[i : i + files_per_partition] for i in range(0, len(files), files_per_partition)]


def _plan(paths, docs, date, npartitions, files_per_partition):
    # The document files in partitions, and the dates every partition reads them with.
    files = _document_files(_paths(paths))
    return _partition_paths(files, npartitions, files_per_partition), _doc_dates(docs), _date_text(date)


def extract_bag(
    paths: Iterable[str | os.PathLike[str]],
    docs: DocsLike = None,
    date: DateLike = None,
    *,
    npartitions: Optional[int] = None,
    files_per_partition: Optional[int] = None,
) -> db.Bag:
    """A Dask bag of the claims of ``paths``, one partition per group of files.

    Arguments as for :func:`econclaims.extract_files`. Computing the bag gives the same
    claims in the same order as ``extract_files(paths, docs, date)``. Errors (a missing
    file, invalid UTF-8) are raised when the bag is computed.

    Example::

        >>> bag = extract_bag(paths, docs="docs.jsonl", npartitions=8)             # doctest: +SKIP
        >>> bag.filter(lambda c: c.kind == "growth").count().compute()             # doctest: +SKIP
    """
    groups, dates, default_date = _plan(paths, docs, date, npartitions, files_per_partition)
    if not groups:
        return db.from_sequence([], npartitions=1)
    return db.from_sequence(groups, npartitions=len(groups)).map_partitions(
        lambda part: _extract_partition([p for group in part for p in group], dates, default_date)
    )


def claims_meta() -> pd.DataFrame:
    """The empty frame that describes the columns and dtypes of a claims dataframe."""
    meta = claims_frame([])
    # Units are an open set: each partition has its own categories, which Dask unions.
    meta["unit"] = meta["unit"].cat.set_categories([])
    return meta


def extract_dataframe(
    paths: Iterable[str | os.PathLike[str]],
    docs: DocsLike = None,
    date: DateLike = None,
    *,
    npartitions: Optional[int] = None,
    files_per_partition: Optional[int] = None,
) -> "dd.DataFrame":
    """A Dask dataframe of the claims of ``paths`` with the columns of :func:`econclaims.claims_frame`.

    Each partition is the claims frame of a group of files; partitions follow the order
    of ``paths``. The unit column is categorical with categories known only after
    computing (``.cat.as_known()`` to list them).

    Example::

        >>> df = extract_dataframe(paths, docs="docs.jsonl")                       # doctest: +SKIP
        >>> df.groupby("kind", observed=True).value.count().compute()              # doctest: +SKIP
    """
    # dask.dataframe needs pyarrow; a user of bags alone does not pay for it.
    import dask.dataframe as dd

    groups, dates, default_date = _plan(paths, docs, date, npartitions, files_per_partition)
    groups = groups or [[]]
    parts = [delayed(_frame_partition)(g, dates, default_date) for g in groups]
    frame = dd.from_delayed(parts, meta=claims_meta(), verify_meta=False)
    return frame
