"""Printable documents as plain data: what a voucher, donation slip or test page says."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class PrintDocument:
    """A receipt-printer document; hardware/ turns it into ESC/POS bytes or a PNG preview.

    kind is "voucher", "donation" or "test". All text is already in the member's language.
    code is the canonical voucher code (put in the barcode and QR); display_code is for people.
    """

    kind: str
    language: str
    shop_name: str
    title: str
    lines: tuple[str, ...] = ()
    member_first_name: str = ""
    masked_card: str = ""
    code: str = ""
    display_code: str = ""
    expires_at: datetime | None = None
    terms: tuple[str, ...] = ()
    terminal: str = ""
    printed_at: datetime | None = None
    duplicate: bool = False
    labels: dict[str, str] = field(default_factory=dict)
