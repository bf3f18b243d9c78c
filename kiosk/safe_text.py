"""Text that is safe to store, print and show: no control characters, no bidirectional overrides,
no invisible format characters; and the same text made harmless for a terminal."""

from __future__ import annotations

import unicodedata

from kiosk.errors import InvalidInput

# Unicode categories refused in entered text: controls (NUL, ESC, DEL, the C1 set with CSI),
# format characters (bidi embeddings, overrides and isolates, marks, zero-width characters, the
# byte-order mark, soft hyphen), surrogates, private use, unassigned, and line/paragraph separators.
UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
LINE_BREAKS = frozenset("\n")


def unsafe_character(text: str, allow_newlines: bool = False) -> str | None:
    """The first character of text that must not be stored (None when all are fine)."""
    for char in text:
        if allow_newlines and char in LINE_BREAKS:
            continue
        if unicodedata.category(char) in UNSAFE_CATEGORIES:
            return char
    return None


def describe(char: str) -> str:
    """U+202E RIGHT-TO-LEFT OVERRIDE, U+0000 (a control character), ..."""
    name = unicodedata.name(char, "")
    if not name:
        name = "a control character" if unicodedata.category(char) == "Cc" else "unnamed"
        return f"U+{ord(char):04X} ({name})"
    return f"U+{ord(char):04X} {name}"


def check_text(text: str, what: str, reason: str, allow_newlines: bool = False) -> str:
    """Return text unchanged, or raise InvalidInput naming the character and where it is."""
    char = unsafe_character(text, allow_newlines)
    if char is None:
        return text
    position = text.index(char) + 1
    raise InvalidInput(
        f"The {what} contains an invisible or control character ({describe(char)}, character "
        f"{position}); type it again without it.",
        reason=reason,
    )


def terminal_text(text: str, keep_newlines: bool = True) -> str:
    """Text made harmless for a terminal: every control, bidi or other invisible format
    character is written as a visible escape (\\x1b, \\u202e); newlines and tabs stay when
    keep_newlines, since they are the layout of the output."""
    if text.isascii() and text.isprintable():
        return text
    out = []
    for char in text:
        if keep_newlines and char in "\n\t":
            out.append(char)
        elif unicodedata.category(char) in UNSAFE_CATEGORIES:
            out.append(_escape(char))
        else:
            out.append(char)
    return "".join(out)


def json_text(encoded: str) -> str:
    """JSON text with every character a terminal could act on written as a \\u escape (JSON
    escapes C0 controls in strings itself, but not DEL, the C1 controls or bidi overrides);
    the newlines of its layout stay."""
    if encoded.isascii() and "\x7f" not in encoded:
        return encoded
    out = []
    for char in encoded:
        if char != "\n" and unicodedata.category(char) in UNSAFE_CATEGORIES:
            out.append(f"\\u{ord(char):04x}" if ord(char) < 0x10000 else _surrogates(char))
        else:
            out.append(char)
    return "".join(out)


def _surrogates(char: str) -> str:
    value = ord(char) - 0x10000
    return f"\\u{0xD800 + (value >> 10):04x}\\u{0xDC00 + (value & 0x3FF):04x}"


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"
