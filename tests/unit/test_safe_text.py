"""Entered text refuses control, bidi and invisible characters; output makes them visible."""

from __future__ import annotations

import json

import pytest

from kiosk.errors import InvalidInput
from kiosk.safe_text import check_text, json_text, terminal_text, unsafe_character

REFUSED = [
    "\x00",  # NUL
    "\x1b",  # ESC: starts terminal escape sequences
    "\x07",  # BEL
    "\x7f",  # DEL
    "\x9b",  # C1 CSI: an escape sequence in one character
    "\u202e",  # RIGHT-TO-LEFT OVERRIDE
    "\u202a",  # LEFT-TO-RIGHT EMBEDDING
    "\u2066",  # LEFT-TO-RIGHT ISOLATE
    "\u2069",  # POP DIRECTIONAL ISOLATE
    "\u200f",  # RIGHT-TO-LEFT MARK
    "\u200b",  # ZERO WIDTH SPACE
    "\u200d",  # ZERO WIDTH JOINER
    "\u2060",  # WORD JOINER
    "\ufeff",  # BYTE ORDER MARK
    "\u00ad",  # SOFT HYPHEN
    "\u2028",  # LINE SEPARATOR
    "\ue000",  # private use
    "\ud800",  # a lone surrogate
    "\n",
    "\t",
]
ACCEPTED = [
    "Ayşe Yılmaz", "Иван Петров", "O'Brien-Smith", "José Ñúñez", "李小龍", "محمد", "a.b+c@ex.org",
]


@pytest.mark.parametrize("char", REFUSED)
def test_unsafe_characters_are_refused_with_a_reason(char: str) -> None:
    assert unsafe_character(f"Eve{char}lyn") == char
    with pytest.raises(InvalidInput) as caught:
        check_text(f"Eve{char}lyn", "name", "name_invalid")
    assert caught.value.reason == "name_invalid"
    assert f"U+{ord(char):04X}" in caught.value.message and "character 4" in caught.value.message


@pytest.mark.parametrize("text", ACCEPTED)
def test_ordinary_names_in_any_script_pass(text: str) -> None:
    assert check_text(text, "name", "name_invalid") == text


def test_newlines_only_where_allowed() -> None:
    assert check_text("Line one\nline two", "description", "x", allow_newlines=True)
    with pytest.raises(InvalidInput):
        check_text("Line one\n\u202eowt enil", "description", "x", allow_newlines=True)


def test_terminal_text_shows_escapes_instead_of_acting_on_them() -> None:
    shown = terminal_text("Eve\x1b[2J\u202elyn\x9b31m")
    assert shown == "Eve\\x1b[2J\\u202elyn\\x9b31m"
    assert shown.isprintable()
    assert terminal_text("a\nb\tc") == "a\nb\tc"
    assert terminal_text("a\nb", keep_newlines=False) == "a\\x0ab"
    assert terminal_text("Ayşe Иван") == "Ayşe Иван"


def test_json_text_escapes_what_json_leaves_raw_and_still_parses() -> None:
    value = {"name": "Eve\x1b[31m\u202elyn\x7f\x9b\U000e0041", "ok": "Ayşe"}
    encoded = json_text(json.dumps(value, ensure_ascii=False, indent=2))
    assert json.loads(encoded) == value
    assert all(ch.isprintable() or ch == "\n" for ch in encoded)
    assert "Ayşe" in encoded and "\\u202e" in encoded and "\\udb40\\udc41" in encoded
