"""Voucher codes: random, signed with HMAC, with a Luhn mod 32 check character for typing."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32: no I, L, O, U
PAYLOAD_CHARS = 7
SIGNATURE_CHARS = 5
CODE_CHARS = PAYLOAD_CHARS + SIGNATURE_CHARS + 1
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


@dataclass(frozen=True)
class CodeCheck:
    """The outcome of checking a code's shape and signature without the database."""

    code: str | None
    reason: str | None

    @property
    def ok(self) -> bool:
        return self.reason is None


def luhn32_check(chars: str) -> str:
    """Return the Luhn mod N check character over the base-32 alphabet."""
    base = len(ALPHABET)
    factor = 2
    total = 0
    for char in reversed(chars):
        addend = factor * ALPHABET.index(char)
        factor = 1 if factor == 2 else 2
        total += addend // base + addend % base
    return ALPHABET[(base - total % base) % base]


def _signature(secret: bytes, payload: str) -> str:
    digest = hmac.new(secret, payload.encode("ascii"), hashlib.sha256).digest()
    number = int.from_bytes(digest[:4], "big") >> (32 - 5 * SIGNATURE_CHARS)
    chars = []
    for _ in range(SIGNATURE_CHARS):
        chars.append(ALPHABET[number & 31])
        number >>= 5
    return "".join(reversed(chars))


def new_voucher_code(secret: bytes) -> str:
    """Create a fresh signed voucher code in canonical form (13 characters)."""
    payload = "".join(secrets.choice(ALPHABET) for _ in range(PAYLOAD_CHARS))
    body = payload + _signature(secret, payload)
    return body + luhn32_check(body)


def canonical_code(text: str) -> str:
    """Upper-case, drop separators and map look-alike letters, without validating."""
    cleaned = text.strip().upper().replace("-", "").replace(" ", "")
    return cleaned.translate(_CONFUSABLE)


def check_voucher_code(text: str, secret: bytes) -> CodeCheck:
    """Check shape, check character and signature; a forged code fails here, before any lookup."""
    code = canonical_code(text)
    if len(code) != CODE_CHARS or any(ch not in ALPHABET for ch in code):
        return CodeCheck(None, "This is not a voucher code.")
    if luhn32_check(code[:-1]) != code[-1]:
        return CodeCheck(None, "The voucher code has a typo. Please check it and try again.")
    payload, signature = code[:PAYLOAD_CHARS], code[PAYLOAD_CHARS:-1]
    if not hmac.compare_digest(_signature(secret, payload), signature):
        return CodeCheck(None, "This voucher is not genuine.")
    return CodeCheck(code, None)


def format_code(code: str) -> str:
    """Group a canonical code for people: ABCD-EFGH-JKMNP."""
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def looks_like_voucher_code(text: str) -> bool:
    """Tell a scanned voucher from a card number by shape alone (cards are all digits)."""
    code = canonical_code(text)
    return len(code) == CODE_CHARS and all(ch in ALPHABET for ch in code) and not code.isdigit()
