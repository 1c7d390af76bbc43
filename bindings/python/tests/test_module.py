"""Tests of module.cpp and the package surface: the stubs _core.pyi match the compiled
module, docstrings (with examples) exist and their examples run, the version is the C++
library's, and the example script runs.
"""

from __future__ import annotations

import ast
import doctest
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import econclaims
from econclaims import _core

PACKAGE = Path(econclaims.__file__).parent
REPO = Path(__file__).resolve().parents[3]


def _stub_names() -> tuple[set[str], dict[str, set[str]]]:
    tree = ast.parse((PACKAGE / "_core.pyi").read_text(encoding="utf-8"))
    top: set[str] = set()
    members: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            top.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            top.add(node.target.id)
        elif isinstance(node, ast.Assign):
            top.update(t.id for t in node.targets if isinstance(t, ast.Name))
        if isinstance(node, ast.ClassDef):
            members[node.name] = {
                n.name if isinstance(n, (ast.FunctionDef, ast.ClassDef)) else n.target.id
                for n in node.body
                if isinstance(n, (ast.FunctionDef, ast.ClassDef))
                or (isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name))
            }
    return top, members


def _public(names) -> set[str]:
    return {n for n in names if not n.startswith("_")}


def test_stubs_match_the_module():
    top, members = _stub_names()
    module_names = _public(vars(_core))
    assert _public(top) == module_names, "regenerate _core.pyi (see bindings/python/README.md)"
    for name, obj in vars(_core).items():
        if inspect.isclass(obj) and not issubclass(obj, BaseException) and not name.startswith("_"):
            assert _public(members[name]) == _public(vars(obj)), f"stub of class {name} is out of date"


def test_package_reexports_everything_public():
    for name in econclaims.__all__:
        assert hasattr(econclaims, name), name


def test_help_of_extract_has_an_example():
    doc = econclaims.extract.__doc__
    assert doc and "Example" in doc and ">>> " in doc
    text = subprocess.run([sys.executable, "-c", "import econclaims; help(econclaims.extract)"],
                          capture_output=True, text=True, check=True, env={**os.environ, "PAGER": "cat"}).stdout
    assert "Extract the numeric claims of one Chinese text" in text and "econclaims.extract(" in text


def test_public_functions_have_docstrings():
    for name in econclaims.__all__:
        obj = getattr(econclaims, name)
        if callable(obj) and not (inspect.isclass(obj) and issubclass(obj, BaseException)):
            assert obj.__doc__, f"{name} has no docstring"


@pytest.mark.parametrize("module", ["econclaims._extract", "econclaims._pandas", "econclaims._series",
                                    "econclaims.calc", "econclaims._core"])
def test_docstring_examples_run(module):
    import importlib

    mod = importlib.import_module(module)
    globs = {"econclaims": econclaims, "pd": pytest.importorskip("pandas"), **vars(econclaims)}
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(mod, module, globs=globs):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0


def test_version_is_the_libraries():
    header = (REPO / "include" / "econclaims" / "version.hpp").read_text(encoding="utf-8")
    version = re.search(r'ECONCLAIMS_VERSION_STRING "([0-9.]+)"', header).group(1)
    assert econclaims.__version__ == version
    from importlib.metadata import version as dist_version

    assert dist_version("econclaims") == version


def test_example_script_writes_a_png(tmp_path, seeds_dir):
    pytest.importorskip("matplotlib", reason="the example plots with matplotlib")
    script = REPO / "examples" / "python" / "seed_series.py"
    out = tmp_path / "series.png"
    env = {**os.environ, "ECONCLAIMS_SHARED": str(seeds_dir.parents[1]), "MPLBACKEND": "Agg"}
    proc = subprocess.run([sys.executable, str(script), "--out", str(out)], capture_output=True, text=True,
                          env=env, check=False)
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "claims" in proc.stdout
