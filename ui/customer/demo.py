"""The demo's pretend scans: featured members' cards, a new card, a misread and a staff card."""

from __future__ import annotations

from kiosk.context import Context


def demo_cards(ctx: Context) -> list[tuple[str, str]]:
    """The featured demo members' cards, a new card, a misread scan and the demo manager's card."""
    from kiosk.cards import ean_check_digit
    from kiosk.demo_data import DEMO_STAFF, FEATURED

    cards = [(f"{name.split()[0]} · {card[-4:]}", card) for name, card, *_ in FEATURED]
    prefix = ctx.config.store.card_prefix
    body = (prefix + "0000009999")[:12]
    new_card = body + ean_check_digit(body)
    wrong = body + str((int(ean_check_digit(body)) + 1) % 10)
    staff_card = ("@staff", DEMO_STAFF[0][3])
    return [*cards, ("@unknown", new_card), ("@misread", wrong), staff_card]
