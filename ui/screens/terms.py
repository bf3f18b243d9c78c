"""The programme terms: the shop's own text from the data folder, else the kiosk's default."""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.paths import data_dir

log = logging.getLogger("kiosk.ui")

DEFAULT_TERMS = Path(__file__).resolve().parents[2] / "assets" / "terms"


def terms_candidates(language: str, folder: Path | None = None) -> list[Path]:
    """Where the terms are looked for, first found wins: the shop's, then the kiosk's default."""
    shop = data_dir() if folder is None else folder
    return [
        shop / f"terms_{language}.txt",
        shop / "terms.txt",
        DEFAULT_TERMS / f"terms_{language}.txt",
        DEFAULT_TERMS / "terms_en.txt",
    ]


def terms_text(language: str, folder: Path | None = None) -> str:
    """The programme terms in the language (UTF-8 plain text); empty when none can be read."""
    for path in terms_candidates(language, folder):
        try:
            text = path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError) as problem:
            log.warning("Cannot read the programme terms at %s: %s", path, problem)
            continue
        if text:
            return text
    return ""
