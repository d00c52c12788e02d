"""The package's modules form no import cycle, counting imports inside functions too (a local
import that hides a cycle is still a cycle), and local imports say why they are local."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "showcase"


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("showcase"):
            names = [node.module] if node.module != "showcase" else [f"showcase.{a.name}" for a in node.names]
            found.update(names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("showcase."))
    return {name for name in found if (PACKAGE / (name.split(".", 1)[1].replace(".", "/") + ".py")).exists()}


def graph() -> dict[str, set[str]]:
    return {f"showcase.{p.stem}": imports_of(p) - {f"showcase.{p.stem}"} for p in PACKAGE.glob("*.py")}


def test_no_import_cycles():
    edges = graph()
    state: dict[str, str] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = "open"
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            assert state.get(target) != "open", " → ".join([*stack[stack.index(target) :], target])
            if target not in state:
                visit(target)
        stack.pop()
        state[node] = "done"

    for module in sorted(edges):
        if module not in state:
            visit(module)


def test_local_imports_are_explained():
    """An import inside a function is there for start-up time (cli) or an optional heavy dependency,
    and the module says so once in a comment that contains 'import'."""
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        local = [
            node
            for function in ast.walk(tree)
            if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
            for node in ast.walk(function)
            if isinstance(node, (ast.Import, ast.ImportFrom))
        ]
        if local:
            assert "# Imported inside functions:" in path.read_text(encoding="utf-8"), (path.name, local[0].lineno)


def names_read_from_showcase(path: Path) -> list[tuple[str, str]]:
    """(module, name) for each `from showcase.m import name` and each `alias.name` of an imported
    showcase module in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases: dict[str, str] = {}
    read: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("showcase"):
            for alias in node.names:
                if node.module == "showcase":
                    aliases[alias.asname or alias.name] = f"showcase.{alias.name}"
                else:
                    read.append((node.module, alias.name))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
            read.append((aliases[node.value.id], node.attr))
    return read


def test_the_tools_read_only_names_the_package_has():
    """tools/ is outside mypy's reach and some tools need extras the suite does not install (numpy),
    so a name that moved between modules would only fail when someone runs the tool."""
    missing = [
        f"{path.name}: {module}.{name}"
        for path in sorted((ROOT / "tools").glob("*.py"))
        for module, name in names_read_from_showcase(path)
        if not hasattr(importlib.import_module(module), name)
    ]
    assert not missing, missing
