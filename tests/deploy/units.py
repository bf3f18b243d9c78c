"""Reads the shipped systemd unit files and maps their installed paths onto a checkout."""

from __future__ import annotations

import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))
CAGE_UNIT = DEPLOY / "systemd" / "loyalty-kiosk.service"
X11_UNIT = DEPLOY / "systemd" / "loyalty-kiosk-x.service"
INSTALLED_APP = "/opt/loyalty-kiosk/app"
INSTALLED_PYTHON = "/opt/loyalty-kiosk/venv/bin/python"


def read_unit(path: Path) -> dict[str, list[tuple[str, str]]]:
    """The unit's sections, each a list of (key, value) in file order (keys may repeat)."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] | None = None
    pending = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = pending + raw.strip()
        pending = ""
        if line.endswith("\\"):
            pending = line[:-1] + " "
            continue
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is None or "=" not in line:
            raise ValueError(f"{path.name}: not a unit file line: {line!r}")
        else:
            key, value = line.split("=", 1)
            current.append((key.strip(), value.strip()))
    return sections


def values(path: Path, section: str, key: str) -> list[str]:
    """Every value a key has in a section, in file order."""
    return [value for name, value in read_unit(path).get(section, []) if name == key]


def single(path: Path, section: str, key: str) -> str:
    """The one value of a key (fails when it is missing or set twice)."""
    found = values(path, section, key)
    assert len(found) == 1, f"{path.name} [{section}] {key}: expected one value, got {found}"
    return found[0]


def environment(path: Path) -> dict[str, str]:
    """The unit's Environment= assignments."""
    env: dict[str, str] = {}
    for line in values(path, "Service", "Environment"):
        for word in shlex.split(line):
            name, value = word.split("=", 1)
            env[name] = value
    return env


def exec_start(path: Path, app: Path, python: str) -> list[str]:
    """The unit's ExecStart words with the installed app and Python replaced by these."""
    words = shlex.split(single(path, "Service", "ExecStart"))
    return [word.replace(INSTALLED_PYTHON, python).replace(INSTALLED_APP, str(app))
            for word in words]
