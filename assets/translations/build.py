"""Refreshes kiosk_<lang>.ts from the ui/ sources (pyside6-lupdate) and compiles them to .qm."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("tr", "ru")
PLURAL_ONLY = ("en",)  # English needs only its plural forms ("1 point", "2 points")


def tool(name: str) -> str:
    """A PySide6 tool next to this Python, or on PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def sources() -> list[str]:
    """Every Python file of the screen, relative to the project root."""
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ui").rglob("*.py"))


def ts_path(language: str, folder: Path = HERE) -> Path:
    return folder / f"kiosk_{language}.ts"


def update(folder: Path = HERE, languages: tuple[str, ...] = (*LANGUAGES, *PLURAL_ONLY)) -> None:
    """Add new source strings to the .ts files, keeping translations; drop vanished ones."""
    for language in languages:
        extra = ["-pluralonly"] if language in PLURAL_ONLY else []
        subprocess.run(
            [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *extra,
             "-target-language", language, *sources(), "-ts", str(ts_path(language, folder))],
            cwd=ROOT, check=True,
        )


def release(folder: Path = HERE, out: Path = HERE) -> None:
    """Compile each .ts to the .qm the kiosk loads."""
    for language in (*LANGUAGES, *PLURAL_ONLY):
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts_path(language, folder)),
             "-qm", str(out / f"kiosk_{language}.qm")],
            check=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-update", action="store_true", help="only compile the .ts files")
    args = parser.parse_args(argv)
    if not args.no_update:
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
