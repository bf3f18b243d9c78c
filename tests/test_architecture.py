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
