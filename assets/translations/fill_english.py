"""Fills kiosk_en.ts's plural forms from the source: "%n point(s)" -> "%n point" or "%n points"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent / "kiosk_en.ts"


def forms(source: str) -> tuple[str, str]:
    """Singular and plural English forms of a "(s)" source."""
    singular = re.sub(r"\(s\)", "", source)
    plural = re.sub(r"\(s\)", "s", source)
    return singular, plural


def main() -> None:
    tree = ET.parse(TS)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
    tree.write(TS, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
