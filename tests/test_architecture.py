"""The layers keep their promises: kiosk/, db/ and hardware/ never reach for Qt or the UI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FORBIDDEN = {
    "kiosk": ("PySide6", "shiboken6", "ui", "hardware", "serial", "escpos"),
    "db": ("PySide6", "shiboken6", "ui", "hardware", "kiosk", "serial", "escpos"),
    "hardware": ("PySide6", "shiboken6", "ui", "db"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_does_not_import_forbidden_layers(package: str) -> None:
    offenders = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for name in _imports(path):
            top = name.split(".")[0]
            if top in FORBIDDEN[package]:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import sys, kiosk.services, kiosk.cli.runner, db.check, kiosk.demo\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(','.join(bad))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == ""


def test_every_module_has_a_docstring() -> None:
    missing = []
    for package in ("kiosk", "db", "hardware", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            if not ast.get_docstring(tree):
                missing.append(str(path.relative_to(ROOT)))
    assert missing == []


def test_example_config_is_exactly_the_defaults() -> None:
    from dataclasses import replace

    from kiosk.config import Config, parse_config

    text = (ROOT / "docs" / "config.example.toml").read_text(encoding="utf-8")
    assert replace(parse_config(text, "example"), source="") == Config()


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _ui_imports(path: Path, modules: set[str]) -> set[str]:
    """Every ui module this file imports, anywhere in it (functions and TYPE_CHECKING too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name in modules}


def _ui_graph() -> dict[str, set[str]]:
    paths = sorted((ROOT / "ui").rglob("*.py"))
    modules = {_module_name(path) for path in paths}
    return {_module_name(path): _ui_imports(path, modules) - {_module_name(path)}
            for path in paths}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            part = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                part.append(member)
                if member == node:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_ui_has_no_import_circles() -> None:
    graph = _ui_graph()
    assert "ui.shell.shell" in graph and "ui.staff.pages.counter" in graph
    assert _cycles(graph) == []


def test_staff_pages_never_import_the_desk() -> None:
    graph = _ui_graph()
    offenders = sorted(module for module, imports in graph.items()
                       if module.startswith("ui.staff.pages") and "ui.staff.desk" in imports)
    assert offenders == []
    assert all("ui.staff.desk" not in graph[module]
               for module in ("ui.staff.page", "ui.staff.host", "ui.staff.area"))
