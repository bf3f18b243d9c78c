"""Member use cases: identify a card or phone (with a PIN), show, enrol, replace a lost card."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from peewee import IntegrityError

from db.database import database_proxy
from db.models import Card, LedgerEntry, Lot, Member
from kiosk import audit
from kiosk.cards import new_card_number, parse_card_number
from kiosk.config import LANGUAGES
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound, Refused, WrongPin
from kiosk.formatting import local_day, shop_date_text, shop_money, shop_zone
from kiosk.phones import normalise_phone
from kiosk.pins import check_pin_format, hash_pin, verify_pin
from kiosk.roles import require
from kiosk.safe_text import check_text
from kiosk.services import phone_lock
from kiosk.services.birthday import grant_birthday_if_due
from kiosk.services.lookup import (
    SPENDABLE_BALANCE,
    active_card,
    active_causes,
    first_name,
    member_tier,
    phone_member,
    require_active,
    resolve,
    tier_ranks,
)
from kiosk.services.statements import Statement
from kiosk.shop_codes import offered_at
from kiosk.tiers import explain
from kiosk.views import (
    Activity,
    CardReplaced,
    Enrolled,
    ExpiringPoints,
    Identified,
    MemberView,
    RewardOption,
    cached_translations,
)

EXPIRING_SOON_DAYS = 60
RECENT_ACTIVITY = 6


def identify(ctx: Context, text: str, kind: str = "auto") -> Identified:
    """Find the member for a scanned card or a typed phone number."""
    require(ctx, "identify")
    return resolve(ctx, text, kind)


def identify_by_phone(ctx: Context, phone: str, pin: str | None = None) -> Identified:
    """Find the member for a typed phone number; when the shop asks for one, check their PIN.

    Each attempt is counted (and the count committed) before its PIN is checked, so kiosks
    guessing at the same moment never check more PINs than the attempts left; the right PIN
    clears the count. The attempt that uses up the last try and is wrong locks the look-up
    (an audit row member.pin_locked) until the member's card is scanned or a manager resets
    it. Run it outside a transaction, so that nothing rolls the count back.
    """
    require(ctx, "identify")
    text = phone.strip()
    if not text:
        raise InvalidInput("Nothing was entered.", reason="nothing_entered")
    number = normalise_phone(text, ctx.config.store.country_code)
    security = ctx.config.security
    if not security.phone_lookup_pin:
        member_id, status, birthday = phone_member(ctx, number, Member.birthday)
        require_active(status)
        return Identified(member_id, active_card(member_id), "phone", birthday)
    if not pin:
        raise Refused("Please enter your PIN.", reason="pin_required")
    pin = check_pin_format(pin)
    member_id, status, stored, failures, birthday = phone_member(
        ctx, number, Member.pin_hash, Member.pin_failures, Member.birthday
    )
    require_active(status)
    if not stored:
        raise Refused(
            "No PIN is set for this account. Scan your card or ask staff.", reason="pin_not_set"
        )
    limit = security.max_pin_attempts
    if failures >= limit:
        raise _locked()
    # Count the attempt before checking it: the conditional update takes one of the attempts
    # left, or none when other kiosks took them all at the same moment; reading the count in
    # the same transaction sees this attempt's own value. Only a claimed attempt is checked.
    with database_proxy.atomic():
        counted = (
            Member.update(pin_failures=Member.pin_failures + 1)
            .where((Member.id == member_id) & (Member.pin_failures < limit))
            .execute()
        )
        failures = Member.select(Member.pin_failures).where(Member.id == member_id).scalar()
    if not counted:
        raise _locked()
    if verify_pin(pin, stored):
        Member.update(pin_failures=0, pin_locked_at=None).where(Member.id == member_id).execute()
        return Identified(member_id, active_card(member_id), "phone", birthday)
    if failures >= limit:
        phone_lock.record_lock(ctx, member_id)
        raise _locked()
    left = limit - failures
    raise WrongPin(
        f"The PIN is wrong; {left} attempt{'s' if left != 1 else ''} left.", attempts_left=left
    )


def _locked() -> Refused:
    return Refused(
        "Too many wrong PINs. Scan your card or ask staff to set a new PIN.", reason="pin_locked"
    )


def set_pin(ctx: Context, member_id: int, pin: str) -> None:
    """Give a member a new phone look-up PIN (4 to 6 digits) and clear any wrong attempts."""
    require(ctx, "set_pin")
    stored = hash_pin(check_pin_format(pin))
    with database_proxy.atomic():
        done = (
            Member.update(pin_hash=stored, pin_failures=0, pin_locked_at=None)
            .where((Member.id == member_id) & (Member.status != "erased"))
            .execute()
        )
        if not done:
            raise NotFound("This member does not exist.", reason="account_gone")
        audit.record(ctx, "member.pin", audit.member_target(member_id))


UNREAD = object()  # grant_birthday_bonus: the birthday was not read with the member yet

# The member screen's reads: one statement each, all of them reads.
MEMBER_ROW = Statement(
    f"""SELECT m.name, m.language, m.status, {SPENDABLE_BALANCE} FROM "member" m WHERE m.id = ?"""
)
MEMBER_ROW_AND_CARD = Statement(
    f"""SELECT m.name, m.language, m.status, {SPENDABLE_BALANCE},
         (SELECT c.number FROM "card" c WHERE c.member_id = m.id AND c.status = 'active'
          ORDER BY c.issued_at DESC, c.id DESC LIMIT 1)
       FROM "member" m WHERE m.id = ?"""
)
EXPIRING_LOTS = Statement(
    """SELECT expires_at, remaining FROM "lot"
       WHERE member_id = ? AND remaining > 0 AND expires_at > ? AND expires_at <= ?
       ORDER BY expires_at""",
    (Lot.expires_at,),
)
RECENT_ENTRIES = Statement(
    f"""SELECT created_at, kind, points, reason, reference FROM "ledger_entry"
        WHERE member_id = ? ORDER BY created_at DESC, id DESC LIMIT {RECENT_ACTIVITY}""",
    (LedgerEntry.created_at,),
)
ACTIVE_REWARDS = Statement(
    """SELECT id, name, description, cost, min_tier, stock, image, translations, stores
       FROM "reward" WHERE active = ? AND (active_from IS NULL OR active_from <= ?)
         AND (active_until IS NULL OR active_until > ?)
       ORDER BY sort_order, cost, id"""
)


def grant_birthday_bonus(ctx: Context, member_id: int, birthday: object = UNREAD) -> int:
    """Credit the yearly birthday bonus when it is due; the points granted now (usually 0).

    A write with its own commit, kept out of member_view (a read): the kiosk runs it once per
    scan, before the view. Pass the birthday identify read (Identified.birthday) to save a
    statement; nothing is read or written unless the birthday is within its window.
    """
    require(ctx, "identify")
    if birthday is UNREAD:
        birthday = Member.select(Member.birthday).where(Member.id == member_id).scalar()
    assert birthday is None or isinstance(birthday, date)
    return grant_birthday_if_due(ctx, member_id, birthday)


def member_view(
    ctx: Context, member_id: int, card: str | None = None, birthday_bonus: int = 0
) -> MemberView:
    """Everything the member screen shows; a read of six statements that changes nothing.

    The balance is what the member may spend: points in lots past their date are left out
    even before the expiry job has written them off (and so are they from "expiring soon").

    birthday_bonus is what grant_birthday_bonus gave just before, to greet the member with.
    """
    require(ctx, "identify")
    now = ctx.now()
    if card is None:
        row = MEMBER_ROW_AND_CARD.one(now, member_id)
    else:
        row = MEMBER_ROW.one(now, member_id)
        row = None if row is None else (*row, card)
    if row is None or row[2] == "erased":
        raise NotFound("This member does not exist.", reason="account_gone")
    name, language, status, balance, card = row
    tier = member_tier(ctx, member_id)
    config = ctx.config
    if tier.basis == "spend":

        def fmt(v: int) -> str:
            return shop_money(config, v)
    else:
        fmt = str
    zone = shop_zone(config.store.time_zone)
    by_day: dict[date, ExpiringPoints] = {}
    soon = now + timedelta(days=EXPIRING_SOON_DAYS)
    for expires_at, remaining in EXPIRING_LOTS.all(member_id, now, soon):
        day = local_day(expires_at, zone)  # the shop's day, not the UTC one
        previous = by_day.get(day)
        total = remaining + (previous.points if previous else 0)
        by_day[day] = ExpiringPoints(total, previous.expires_at if previous else expires_at)
    ranks = tier_ranks(tuple(t.name for t in ctx.config.programme.tiers))
    here = ctx.store
    rewards = [  # a reward limited to other shops is not offered here
        _reward_option(row, balance, tier.tier_index, ranks)
        for row in ACTIVE_REWARDS.all(True, now, now)
        if not row[8] or offered_at(row[8], here)
    ]
    return MemberView(
        member_id=member_id,
        name=name,
        first_name=first_name(name),
        card=card,
        language=language,
        status=status,
        balance=balance,
        tier=tier,
        tier_explanation=explain(tier, fmt, lambda moment: shop_date_text(config, moment)),
        expiring=list(by_day.values()),
        birthday_bonus=birthday_bonus,
        rewards=rewards,
        causes=active_causes(here),
        recent=[Activity(*entry) for entry in RECENT_ENTRIES.all(member_id)],
    )


def _reward_option(
    row: tuple, balance: int, tier_index: int, ranks: dict[str, int]
) -> RewardOption:
    reward_id, name, description, cost, min_tier, stock, image, translations = row[:8]
    locked = ranks.get(min_tier.lower(), 0) > tier_index if min_tier else False
    in_stock = stock is None or stock > 0
    return RewardOption(
        id=reward_id,
        name=name,
        description=description,
        cost=cost,
        min_tier=min_tier,
        stock=stock,
        affordable=balance >= cost and not locked and in_stock,
        missing_points=max(cost - balance, 0),
        tier_locked=locked,
        image=image,
        translations=cached_translations(translations),
    )


def _validate_name(name: str) -> str:
    check_text(name, "name", "name_invalid")  # NUL, ESC, a right-to-left override: refused
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("A name is needed.", reason="name_missing")
    if len(cleaned) > 200:
        raise InvalidInput("The name is too long (200 characters at most).", reason="name_too_long")
    return cleaned


def validate_email(email: str | None) -> str | None:
    """The e-mail address stripped (None when empty), or InvalidInput."""
    if email is not None and email.strip() and ("@" not in email or len(email) > 254):
        raise InvalidInput("The e-mail address does not look right.", reason="email_invalid")
    if email is not None:
        check_text(email.strip(), "e-mail address", "email_invalid")
    return (email or "").strip() or None


def validate_language(language: str) -> str:
    """A language the kiosk speaks, or InvalidInput."""
    if language not in LANGUAGES:
        raise InvalidInput(
            f"Language must be one of: {', '.join(LANGUAGES)}.", reason="language_invalid"
        )
    return language


def validate_birthday(ctx: Context, birthday: date | None) -> date | None:
    """A plausible birthday (1900 to today), or InvalidInput."""
    today = local_day(ctx.now(), shop_zone(ctx.config.store.time_zone))
    if birthday is not None and not date(1900, 1, 1) <= birthday <= today:
        raise InvalidInput("The birthday does not look right.", reason="birthday_invalid")
    return birthday


def validate_name(name: str) -> str:
    """The name with runs of spaces collapsed, or InvalidInput."""
    return _validate_name(name)


def enrol(
    ctx: Context,
    name: str,
    phone: str | None = None,
    card: str | None = None,
    email: str | None = None,
    birthday: date | None = None,
    language: str = "en",
    marketing_consent: bool = False,
    pin: str | None = None,
) -> Enrolled:
    """Create a member with a card (a new card number when none is given) and maybe a PIN."""
    require(ctx, "enrol")
    name = _validate_name(name)
    normal_phone = normalise_phone(phone, ctx.config.store.country_code) if phone else None
    validate_email(email)
    validate_language(language)
    validate_birthday(ctx, birthday)
    prefix = ctx.config.store.card_prefix
    number = parse_card_number(card, prefix) if card else None
    pin_hash = hash_pin(pin) if pin is not None else None
    now = ctx.now()
    try:
        member_id, number = _create_member(
            ctx, now, name, normal_phone, number, email, birthday, language, marketing_consent,
            pin_hash,
        )
    except IntegrityError as conflict:
        # another kiosk enrolled the same phone number or card at the same instant: the
        # database's unique indexes refused the second one
        if normal_phone and "phone" in str(conflict).lower():
            raise Refused(
                "A member with this phone number already exists.", reason="phone_exists"
            ) from None
        raise Refused("This card is already registered to a member.", reason="card_taken") from None
    return Enrolled(member_id, number, name)


def _create_member(
    ctx: Context, now: datetime, name: str, normal_phone: str | None, number: str | None,
    email: str | None, birthday: date | None, language: str, marketing_consent: bool,
    pin_hash: str | None,
) -> tuple[int, str]:
    prefix = ctx.config.store.card_prefix
    with database_proxy.atomic():
        if (
            normal_phone
            and Member.select()
            .where((Member.phone == normal_phone) & (Member.status != "erased"))
            .exists()
        ):
            raise Refused("A member with this phone number already exists.", reason="phone_exists")
        if number and Card.select().where(Card.number == number).exists():
            raise Refused("This card is already registered to a member.", reason="card_taken")
        member = Member.create(
            name=name,
            phone=normal_phone,
            email=(email or "").strip() or None,
            birthday=birthday,
            language=language,
            marketing_consent=marketing_consent,
            pin_hash=pin_hash,
            created_at=now,
        )
        number = number or _issue_card_number(prefix)
        Card.create(number=number, member=member.id, issued_at=now)
        audit.record(
            ctx, "member.enrol", audit.member_target(member.id),
            {"card": audit.code_tail(number), "pin": pin_hash is not None},
        )
    return member.id, number


def issue_card_number(prefix: str) -> str:
    """A new card number with the programme prefix that no card has yet."""
    return _issue_card_number(prefix)


def _issue_card_number(prefix: str) -> str:
    for _ in range(20):
        number = new_card_number(prefix)
        if not Card.select().where(Card.number == number).exists():
            return number
    raise RuntimeError("could not find a free card number")


def replace_card(
    ctx: Context, old_card: str, new_card: str | None = None, reason: str = "lost"
) -> CardReplaced:
    """Block a lost card and give its member a new one; balance and history stay with the member."""
    require(ctx, "replace_card")
    prefix = ctx.config.store.card_prefix
    old_number = parse_card_number(old_card, prefix)
    new_number = parse_card_number(new_card, prefix) if new_card else None
    now = ctx.now()
    try:
        with database_proxy.atomic():
            old = Card.get_or_none(Card.number == old_number)
            if old is None:
                raise NotFound("This card is not registered.", reason="card_unknown")
            blocked = (
                Card.update(status="blocked", blocked_at=now, block_reason=reason[:200])
                .where((Card.id == old.id) & (Card.status == "active"))
                .execute()
            )
            if not blocked:
                raise Refused("This card is already blocked.", reason="card_blocked")
            number = new_number or _issue_card_number(prefix)
            Card.create(number=number, member=old.member_id, issued_at=now)
            balance = Member.select(Member.balance).where(Member.id == old.member_id).scalar()
            audit.record(
                ctx, "card.replace", audit.member_target(old.member_id),
                {"blocked": audit.code_tail(old_number), "new": audit.code_tail(number)},
                reason,
            )
    except IntegrityError:
        raise Refused(
            "The new card is already registered to a member.", reason="card_taken"
        ) from None
    return CardReplaced(old.member_id, old_number, number, balance)
