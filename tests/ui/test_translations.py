"""Every string on screen is translated, and the compiled translations match their sources."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "assets" / "translations"))
import build

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", build.LANGUAGES)
def test_every_source_string_has_a_translation(language: str, tmp_path: Path) -> None:
    copy = tmp_path / f"kiosk_{language}.ts"
    shutil.copy(build.ts_path(language), copy)
    build.update(tmp_path, (language,))
    missing = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(copy).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation") is not None
        and (message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
             or not "".join(message.find("translation").itertext()).strip())  # type: ignore[union-attr]
    ]
    assert not missing, f"{len(missing)} untranslated in {language}: {missing[:10]}"


def test_every_english_plural_has_its_forms() -> None:
    missing = [
        message.findtext("source")
        for message in ET.parse(build.ts_path("en")).getroot().iter("message")
        if message.get("numerus") == "yes"
        and not all((form.text or "").strip() for form in message.iter("numerusform"))
    ]
    assert not missing, f"run apply_tables.py (it fills English plurals): {missing[:10]}"


def test_the_compiled_translations_are_up_to_date(tmp_path: Path) -> None:
    build.release(out=tmp_path)
    for language in (*build.LANGUAGES, *build.PLURAL_ONLY):
        name = f"kiosk_{language}.qm"
        assert (tmp_path / name).read_bytes() == (build.HERE / name).read_bytes(), (
            f"{name} is stale: run python assets/translations/build.py"
        )


def test_painting_from_python_keeps_none_alive() -> None:
    """PySide6 6.12.0 under-counted None on QPainter calls until the process aborted."""
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.drawLine(QPointF(1, 1), QPointF(5, 5))
    painter.end()
    assert sys.getrefcount(None) >= before - 50
