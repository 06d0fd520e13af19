"""The house: every module imports on its own, no import cycles, modules small enough to read."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import kg

PACKAGE = Path(kg.__file__).parent
MODULES = sorted(m.name for m in pkgutil.walk_packages([str(PACKAGE)], "kg."))


def _module_file(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    return Path(spec.origin)


def _imports(name: str) -> set[str]:
    """kg modules ``name`` imports anywhere in its text (top level or inside functions)."""
    tree = ast.parse(_module_file(name).read_text(encoding="utf-8"))
    is_pkg = _module_file(name).name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("kg"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = name if is_pkg else name.rsplit(".", 1)[0]
                for _ in range(node.level - 1):
                    base = base.rsplit(".", 1)[0]
                mod = f"{base}.{node.module}" if node.module else base
            else:
                mod = node.module or ""
            if not mod.startswith("kg"):
                continue
            for a in node.names:  # "from kg.graph import analysis" imports a module
                sub = f"{mod}.{a.name}"
                found.add(sub if sub in MODULES else mod)
    found.discard(name)
    return {m for m in found if m in MODULES or m == "kg"}


def import_graph() -> nx.DiGraph:
    G = nx.DiGraph()
    for name in MODULES:
        G.add_node(name)
        G.add_edges_from((name, dep) for dep in _imports(name))
    return G


def test_there_are_the_packages_of_the_data_flow():
    for package in ("kg.parse", "kg.extract", "kg.knowledge", "kg.store", "kg.graph"):
        assert package in MODULES


def test_no_import_cycles():
    cycles = list(nx.simple_cycles(import_graph()))
    assert cycles == [], f"import cycles: {cycles[:5]}"


def test_the_cycle_check_sees_a_cycle(tmp_path):
    G = import_graph()
    G.add_edge("kg.records", "kg.pipeline")  # what a careless import would add
    assert list(nx.simple_cycles(G))


@pytest.mark.parametrize("name", MODULES)
def test_module_is_under_400_lines(name):
    lines = _module_file(name).read_text(encoding="utf-8").count("\n")
    assert lines <= 400, f"{name} has {lines} lines; split it by what it does"


@pytest.mark.slow
def test_every_module_imports_alone():
    """Each module imported first in a fresh interpreter (an import order cannot hide a cycle)."""
    code = "import importlib, sys\nfor m in sys.argv[1:]:\n    importlib.import_module(m)"
    for name in (m for m in MODULES if m != "kg.__main__"):  # that one runs the CLI
        subprocess.run([sys.executable, "-c", code, name], check=True, timeout=120)
