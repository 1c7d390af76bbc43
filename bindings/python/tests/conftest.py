"""Fixtures shared by the Python tests: where the seed articles are, and the CLI to compare with.

- ECONCLAIMS_SHARED: the shared folder with corpus/seeds (default: ../shared beside the repo).
- ECONCLAIMS_CLI: the econclaims command-line tool; tests that compare with it are skipped
  when it is not set.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


def shared_dir() -> Path:
    env = os.environ.get("ECONCLAIMS_SHARED")
    return Path(env) if env else REPO / ".." / "shared"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    d = shared_dir() / "corpus" / "seeds"
    if not (d / "docs.jsonl").is_file():
        pytest.skip(f"seed articles not found in {d} (set ECONCLAIMS_SHARED to the shared folder)")
    return d


@pytest.fixture(scope="session")
def seed_paths(seeds_dir: Path) -> list[Path]:
    paths = sorted(seeds_dir.glob("*.txt"))
    assert len(paths) == 5, f"expected the five seed articles in {seeds_dir}"
    return paths


@pytest.fixture(scope="session")
def seed_docs(seeds_dir: Path) -> Path:
    return seeds_dir / "docs.jsonl"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The C++ tests' data folder (claims files with hand-checked series results)."""
    return REPO / "tests" / "data"


@pytest.fixture(scope="session")
def cli() -> str:
    path = os.environ.get("ECONCLAIMS_CLI")
    if not path:
        pytest.skip("ECONCLAIMS_CLI is not set: build the econclaims-cli target and point it at the binary")
    if not Path(path).is_file():
        pytest.fail(f"ECONCLAIMS_CLI={path} does not exist")
    return path


def _run(cli: str, *args: str | os.PathLike[str]) -> str:
    proc = subprocess.run([cli, *map(str, args)], capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    return proc.stdout.decode("utf-8")


@pytest.fixture(scope="session")
def run_cli(cli: str):
    """run_cli(*args) runs the CLI and returns its standard output; a non-zero exit fails."""
    return lambda *args: _run(cli, *args)


def jsonl_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def cli_seed_lines(cli: str, seed_paths: list[Path], seed_docs: Path) -> list[str]:
    """The CLI's JSON lines for the five seed articles with their document dates."""
    return jsonl_lines(_run(cli, "extract", "--quiet", "--docs", seed_docs, *seed_paths))


@pytest.fixture(scope="session")
def seed_claims(seed_paths: list[Path], seed_docs: Path):
    import econclaims

    return econclaims.extract_files(seed_paths, docs=seed_docs)
