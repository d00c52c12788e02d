"""The package's modules form no import cycle, counting imports inside functions too (a local
import that hides a cycle is still a cycle), and local imports say why they are local."""

from __future__ import annotations

import ast
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
