"""Printable documents as plain data: what a voucher, donation slip or test page says."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class PrintDocument:
    """A receipt-printer document; hardware/ turns it into ESC/POS bytes or a PNG preview.

    kind is "voucher", "donation" or "test". All text is already in the member's language.
    code is the canonical voucher code (put in the barcode and QR); display_code is for people.
    member_id and voucher_id are not printed; a kept preview is marked and named with them.
    expires_at and printed_at are on the shop's clock (naive); expires_text and printed_text are
    what the paper says, written from them by Babel in the document's language, so hardware/
    prints ready text and needs no locale data.
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
    member_id: int | None = None  # whose it is: a kept preview carries it, so erase finds it
    voucher_id: int | None = None  # names a kept preview instead of the (live) voucher code
    expires_text: str = field(default="", init=False)
    printed_text: str = field(default="", init=False)

    def __post_init__(self) -> None:
        # Written here, so a replace() of a time or the language writes them again.
        for moment, name in ((self.expires_at, "expires_text"), (self.printed_at, "printed_text")):
            text = "" if moment is None else paper_datetime(moment, self.language)
            object.__setattr__(self, name, text)


def paper_datetime(wall: datetime, language: str) -> str:
    """A date and time on the shop's clock as a receipt prints it in that language (Babel):
    31 Mar 2026, 14:05 / 31 Mar 2026 14:05 / 31 мар. 2026 г., 14:05."""
    from kiosk.formatting import wall_datetime_text

    return wall_datetime_text(wall, language)
