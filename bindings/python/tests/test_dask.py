"""Tests of econclaims.dask: extract_bag and extract_dataframe on a dask.distributed
LocalCluster of two worker processes give the claims of the single-process run, claim
for claim.
"""

from __future__ import annotations

import pandas as pd
import pytest

import econclaims

pytest.importorskip("dask.bag", reason="needs the dask extra: pip install .[dask]")
distributed = pytest.importorskip("dask.distributed", reason="needs the dask extra: pip install .[dask]")

import econclaims.dask as ecd  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0")
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


def test_bag_on_two_worker_processes_equals_single_process(client, seed_paths, seed_docs, seed_claims):
    bag = ecd.extract_bag(seed_paths, docs=seed_docs, npartitions=5)
    assert bag.npartitions == 5
    with distributed.get_task_stream(client) as stream:
        claims = client.compute(bag).result()
    assert len(claims) == len(seed_claims) > 0
    for got, want in zip(claims, seed_claims):
        assert got == want, (got, want)
    assert claims == seed_claims
    # The work ran in the cluster's worker processes.
    workers = {t["worker"] for t in stream.data}
    assert workers and workers <= set(client.scheduler_info()["workers"])


def test_dataframe_on_two_worker_processes_equals_claims_frame(client, seed_paths, seed_docs, seed_claims):
    ddf = ecd.extract_dataframe(seed_paths, docs=seed_docs, files_per_partition=2)
    assert ddf.npartitions == 3
    got = client.compute(ddf).result().reset_index(drop=True)
    want = econclaims.claims_frame(seed_claims)
    # Units are categorical per partition; compare their values, not their category lists.
    assert list(got["unit"].astype(str)) == list(want["unit"].astype(str))
    pd.testing.assert_frame_equal(got.drop(columns="unit"), want.drop(columns="unit"))
    assert econclaims.claims_from_frame(got) == seed_claims


def test_errors_surface_when_computed(client, tmp_path, seed_paths):
    bag = ecd.extract_bag([seed_paths[0], tmp_path / "missing.txt"])
    with pytest.raises(FileNotFoundError):
        client.compute(bag).result()


def test_partitioning_arguments(seed_paths):
    with pytest.raises(ValueError):
        ecd.extract_bag(seed_paths, npartitions=2, files_per_partition=2)
    with pytest.raises(TypeError):
        ecd.extract_bag(str(seed_paths[0]))
    assert ecd.extract_bag([]).compute() == []
