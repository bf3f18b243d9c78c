"""Fills unfinished messages of kiosk_<lang>.ts from tables/<lang>*.json, then they are compiled.

A table maps an English source to its translation (a list of forms for "%n" plurals: one for
Turkish, three for Russian); "Context|source" keys override a source in one context only.
Run after build.py has refreshed the .ts files, then run build.py --no-update to compile.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from fill_english import main as fill_english

HERE = Path(__file__).resolve().parent
LANGUAGES = ("tr", "ru")


def unfinished(translation: ET.Element) -> bool:
    return translation.get("type") == "unfinished" or not "".join(translation.itertext()).strip()


def load_table(language: str) -> dict[str, str | list[str]]:
    """tables/<lang>.json and every tables/<lang>-<part>.json beside it, merged by name order."""
    table: dict[str, str | list[str]] = {}
    for path in sorted((HERE / "tables").glob(f"{language}*.json")):
        if path.stem == language or path.stem.startswith(f"{language}-"):
            table.update(json.loads(path.read_text(encoding="utf-8")))
    return table


def apply(language: str) -> list[str]:
    """Fill what the table knows; return the sources it does not know yet."""
    table = load_table(language)
    path = HERE / f"kiosk_{language}.ts"
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or not unfinished(translation):
                continue
            source = message.findtext("source") or ""
            value = table.get(f"{name}|{source}", table.get(source))
            if value is None:
                missing.append(f"{name}|{source}")
                continue
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    fill_english()  # English needs only its plural forms, made from the "(s)" in the source
    status = 0
    for language in LANGUAGES:
        missing = apply(language)
        for key in missing:
            print(f"{language}: no translation for {key!r}", file=sys.stderr)
        status = status or bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main())
