"""Small shared reads: member rows, tier status and card resolution used by several use cases."""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache
from typing import Any

from peewee import Expression, Field

from db.models import Member, Purchase
from kiosk.cards import ean_check_digit, is_card_shaped, parse_card_number
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.phones import normalise_phone
from kiosk.roles import require
from kiosk.services import phone_lock
from kiosk.services.statements import Statement
from kiosk.shop_codes import offered_at
from kiosk.tiers import TierStatus, tier_status
from kiosk.views import CauseOption, Identified, cached_translations

# What a member row `m` may spend at a moment (the one parameter): the cached balance less the
# points still sitting in lots past their date, which the expiry job has not written off yet.
SPENDABLE_BALANCE = """(m.balance - COALESCE((SELECT SUM(l.remaining) FROM "lot" l
    WHERE l.member_id = m.id AND l.remaining > 0 AND l.expires_at <= ?), 0))"""

# The card scan: card state, member id, status, birthday and phone-lock state in one indexed
# look-up.
CARD_MEMBER = Statement(
    """SELECT c.status, m.id, m.status, m.birthday, m.pin_failures, m.pin_locked_at
       FROM "card" c JOIN "member" m ON m.id = c.member_id WHERE c.number = ?""",
    (None, None, None, Member.birthday, None, Member.pin_locked_at),
)
ACTIVE_CARD = Statement(
    """SELECT number FROM "card" WHERE member_id = ? AND status = 'active'
       ORDER BY issued_at DESC, id DESC LIMIT 1"""
)
TIER_EVENTS = {
    "spend": Statement(
        """SELECT created_at, amount_minor - refunded_minor FROM "purchase"
           WHERE member_id = ? AND created_at > ?""",
        (Purchase.created_at,),
    ),
    "points": Statement(
        """SELECT created_at, points_earned - points_clawed FROM "purchase"
           WHERE member_id = ? AND created_at > ?""",
        (Purchase.created_at,),
    ),
}
ACTIVE_CAUSES = Statement(
    """SELECT id, name, description, translations, stores FROM "cause" WHERE active = ?
       ORDER BY id"""
)


def first_name(name: str) -> str:
    """The name to greet someone by."""
    return name.split()[0] if name.strip() else ""


CARD_KNOWN = Statement("""SELECT 1 FROM "card" WHERE number = ?""")


def registered_card_number(text: str, prefix: str) -> str:
    """The card number scanned: one of this programme (its prefix and check digit), or a
    well-formed EAN-13 of another prefix that the kiosk holds (brought in by `member import`
    from an earlier programme); InvalidInput as parse_card_number otherwise."""
    try:
        return parse_card_number(text, prefix)
    except InvalidInput as wrong:
        digits = text.strip().replace(" ", "").replace("-", "")
        if (
            wrong.reason == "card_invalid"
            and is_card_shaped(digits)
            and ean_check_digit(digits[:-1]) == digits[-1]
            and CARD_KNOWN.one(digits) is not None
        ):
            return digits
        raise


def resolve(ctx: Context, text: str, kind: str = "auto") -> Identified:
    """Find the member a card number or phone number belongs to; refuse bad or blocked input."""
    require(ctx, "identify")
    text = text.strip()
    if not text:
        raise InvalidInput("Nothing was entered.", reason="nothing_entered")
    if kind == "card" or (kind == "auto" and is_card_shaped(text)):
        number = registered_card_number(text, ctx.config.store.card_prefix)
        row = CARD_MEMBER.one(number)
        if row is None:
            raise NotFound("This card is not registered yet.", reason="card_unknown")
        card_status, member_id, member_status, birthday, failures, locked_at = row
        if member_status == "erased":
            raise NotFound("This account no longer exists.", reason="account_gone")
        if card_status != "active":
            raise Refused(
                "This card has been blocked. Please ask a member of staff.", reason="card_blocked"
            )
        if member_status == "merged":
            member_id, member_status = follow_merged(member_id)
            birthday, failures, locked_at = (
                Member.select(Member.birthday, Member.pin_failures, Member.pin_locked_at)
                .where(Member.id == member_id)
                .tuples()
                .first()
            )
        require_active(member_status)
        locked = phone_lock.phone_locked(ctx, failures or 0, locked_at)
        return Identified(member_id, number, "card", birthday, locked)
    if kind not in ("auto", "phone"):
        raise ValueError(f"unknown identification kind {kind!r}")
    member_id, member_status, birthday = phone_member(
        ctx, normalise_phone(text, ctx.config.store.country_code), Member.birthday
    )
    require_active(member_status)
    return Identified(member_id, active_card(member_id), "phone", birthday)


def phone_member(ctx: Context, phone: str, *columns: Field) -> tuple[Any, ...]:
    """(id, status, *columns) of the member with this normalised phone number, or NotFound.

    A member merged into another leads to the one it was merged into.
    """
    require(ctx, "identify")
    rows = list(
        Member.select(Member.id, Member.status, *columns)
        .where((Member.phone == phone) & (Member.status != "erased"))
        .order_by(Member.id)
        .limit(10)
        .tuples()
    )
    row = next((r for r in rows if r[1] != "merged"), rows[0] if rows else None)
    if row is not None and row[1] == "merged":
        kept_id, _ = follow_merged(row[0])
        row = (
            Member.select(Member.id, Member.status, *columns)
            .where(Member.id == kept_id)
            .tuples()
            .first()
        )
    if row is None:
        raise NotFound("No member has this phone number.", reason="phone_unknown")
    return tuple(row)


MERGE_HOPS = 10


def follow_merged(member_id: int) -> tuple[int, str]:
    """(id, status) of the member a merged member now lives on (itself when not merged)."""
    current = member_id
    for _ in range(MERGE_HOPS):
        row = (
            Member.select(Member.status, Member.merged_into)
            .where(Member.id == current)
            .tuples()
            .first()
        )
        if row is None:
            break
        status, merged_into = row
        if status != "merged" or merged_into is None:
            return current, status
        current = merged_into
    raise NotFound("This account no longer exists.", reason="account_gone")


def require_active(status: str) -> None:
    """Refuse a blocked or erased account."""
    if status == "blocked":
        raise Refused(
            "This account is blocked. Please ask a member of staff.", reason="account_blocked"
        )
    if status in ("erased", "merged"):
        raise NotFound("This account no longer exists.", reason="account_gone")


def active_card(member_id: int) -> str | None:
    """The member's newest active card number."""
    row = ACTIVE_CARD.one(member_id)
    return None if row is None else row[0]


@lru_cache(maxsize=512)
def cause_option(
    cause_id: int, name: str, description: str, translations: str | None
) -> CauseOption:
    """A cause as the screen shows it, built (and its translations parsed) once per row content."""
    return CauseOption(cause_id, name, description, cached_translations(translations))


def active_causes(store: str | None = None) -> list[CauseOption]:
    """Causes that accept donations, with their translations (one statement); with a shop,
    only those offered there (a cause limited to other shops is left out)."""
    return [
        cause_option(*row[:4])
        for row in ACTIVE_CAUSES.all(True)
        if store is None or offered_at(row[4], store)
    ]


def get_member(member_id: int) -> Member:
    """The member row, or NotFound."""
    member = Member.get_or_none(Member.id == member_id)
    if member is None:
        raise NotFound("This member does not exist.", reason="account_gone")
    return member


def qualifying_value(basis: str) -> Expression:
    """What a purchase counts towards tiers, after refunds: spend, or the points it earned."""
    if basis == "spend":
        return Purchase.amount_minor - Purchase.refunded_minor
    return Purchase.points_earned - Purchase.points_clawed


def member_tier(ctx: Context, member_id: int) -> TierStatus:
    """The member's tier from qualifying purchases in the rolling window."""
    require(ctx, "identify")
    rules = ctx.config.programme
    now = ctx.now()
    since = now - timedelta(days=rules.tier_window_days)
    statement = TIER_EVENTS["spend" if rules.tier_basis == "spend" else "points"]
    events = statement.all(member_id, since)
    return tier_status(rules.tiers, events, now, rules.tier_window_days, rules.tier_basis)


def tier_rank(ctx: Context, name: str) -> int:
    """The position of a tier by name; unknown or empty names rank lowest."""
    return tier_ranks(tuple(tier.name for tier in ctx.config.programme.tiers)).get(name.lower(), 0)


@lru_cache(maxsize=16)
def tier_ranks(names: tuple[str, ...]) -> dict[str, int]:
    """{lower-case tier name: position} for a programme's tiers (the first of equal names)."""
    ranks: dict[str, int] = {}
    for index, name in enumerate(names):
        ranks.setdefault(name.lower(), index)
    return ranks
