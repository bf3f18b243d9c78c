"""Shop codes and the lists of shops a reward, cause or promotion is limited to (pure, no I/O)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kiosk.errors import InvalidInput

CODE_PATTERN = re.compile(r"[A-Z0-9_-]{1,40}")
MAX_STORES_TEXT = 4000  # a reward limited to a hundred shops still fits comfortably


def check_store_code(code: str) -> str:
    """A shop code as stored: trimmed, upper case, 1 to 40 of A-Z 0-9 - _ (store_invalid)."""
    cleaned = (code or "").strip().upper()
    if not CODE_PATTERN.fullmatch(cleaned):
        raise InvalidInput(
            f"{code!r} is not a shop code: use 1 to 40 letters A-Z, digits, - or _.",
            reason="store_invalid",
        )
    return cleaned


def parse_stores(text: str | None) -> tuple[str, ...]:
    """The shop codes of a stored list ("" or None: every shop), in their stored order."""
    return tuple(part for part in (p.strip() for p in (text or "").split(",")) if part)


def stores_text(codes: Iterable[str]) -> str:
    """A list of shop codes as stored: checked, without repeats, sorted, comma-separated."""
    checked = sorted({check_store_code(code) for code in codes if code and code.strip()})
    text = ",".join(checked)
    if len(text) > MAX_STORES_TEXT:
        raise InvalidInput("The list of shops is too long.", reason="store_invalid")
    return text


def offered_at(stores: str | Iterable[str] | None, store: str) -> bool:
    """Tell whether something limited to stores (empty: every shop) is offered at this shop."""
    codes = parse_stores(stores) if stores is None or isinstance(stores, str) else tuple(stores)
    return not codes or store.strip().upper() in {code.upper() for code in codes}
