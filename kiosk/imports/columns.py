"""Which column of a member file holds what: headers matched case- and space-insensitively,
other headers named with a mapping ("Full Name=name"); name and card are required."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.errors import InvalidInput

FIELDS = ("name", "phone", "email", "birthday", "card", "points", "points_expire", "consent",
          "language")
REQUIRED = ("name", "card")


def header_key(text: str) -> str:
    """'Points Expire', 'points_expire' and ' POINTS-expire ' all give 'pointsexpire'."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@dataclass(frozen=True)
class Columns:
    """Field -> column index, and the headers nobody asked for (ignored, but listed)."""

    index: dict[str, int]
    unknown: list[str]


def parse_mapping(items: Iterable[str]) -> dict[str, str]:
    """["Full Name=name", "Mobile=phone"] -> {"fullname": "name", "mobile": "phone"}."""
    mapping: dict[str, str] = {}
    for item in items:
        header, sep, target = item.rpartition("=")
        target = target.strip().lower()
        if not sep or not header.strip():
            raise InvalidInput(f"A mapping is written HEADER=FIELD, not {item!r}.",
                               reason="import_columns")
        if target not in FIELDS:
            raise InvalidInput(
                f"{target!r} is not a member field; use one of: {', '.join(FIELDS)}.",
                reason="import_columns",
            )
        mapping[header_key(header)] = target
    return mapping


def match_columns(header: list[str], mapping: dict[str, str] | None = None) -> Columns:
    """Find each field's column; a missing required column or a field twice refuses the file."""
    mapping = mapping or {}
    defaults = {header_key(name): name for name in FIELDS}
    index: dict[str, int] = {}
    unknown: list[str] = []
    for position, text in enumerate(header):
        key = header_key(text)
        target = mapping.get(key) or defaults.get(key)
        if target is None:
            if text.strip():
                unknown.append(text.strip())
            continue
        if target in index:
            raise InvalidInput(
                f"Two columns are read as {target}: {header[index[target]]!r} and {text!r}.",
                reason="import_columns",
            )
        index[target] = position
    missing = [name for name in REQUIRED if name not in index]
    if missing:
        raise InvalidInput(
            f"The file has no {' or '.join(missing)} column (line 1 must name the columns; "
            f"--map \"Header=field\" reads other names).",
            reason="import_columns",
        )
    return Columns(index, unknown)
