"""Staff accounts: add, change PIN, lock and unlock, and log in by name or staff card with a PIN."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import Field, IntegrityError, fn

from db.database import database_proxy
from db.models import Staff
from kiosk import audit
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound, Refused, WrongPin
from kiosk.formatting import shop_clock_text
from kiosk.pins import check_pin_format, hash_pin, verify_pin
from kiosk.roles import MANAGER, OWNER, ROLES, require
from kiosk.safe_text import check_text
from kiosk.services.stores import chain_wide, store_codes
from kiosk.shop_codes import check_store_code

STAFF_CARD_PREFIX = "STAFF-"  # staff cards are told apart from loyalty cards without a query
MAX_LOCK = timedelta(days=1)
LOCK_GROWTH = 4  # each automatic lock in a row lasts four times longer than the one before
# The highest lock level kept: LOCK_GROWTH**TOP_LEVEL minutes already pass MAX_LOCK for the
# shortest first lock (one minute), so locks stop growing there and no huge power is computed.
TOP_LEVEL = 6
CLAIM_RETRIES = 20  # re-reads when another terminal counted an attempt at the same moment


@dataclass(frozen=True)
class StaffInfo:
    """A staff account as shown in lists; never the PIN hash."""

    id: int
    name: str
    role: str
    card: str | None
    active: bool
    locked: bool
    locked_until: datetime | None
    failures: int
    last_login_at: datetime | None
    card_locked_until: datetime | None = None  # logging in by staff card locks on its own
    card_failures: int = 0
    locked_by: str | None = None  # who locked the account by hand, and why
    lock_reason: str = ""
    store: str | None = None  # the shop it belongs to; None: the whole chain

    def locked_now(self, now: datetime) -> bool:
        """Locked by hand, or by wrong PINs at the name list until a moment after now."""
        return self.locked or (self.locked_until is not None and self.locked_until > now)

    def card_locked_now(self, now: datetime) -> bool:
        """Logging in by staff card is refused now (by hand, or wrong PINs with the card)."""
        return self.locked or (
            self.card_locked_until is not None and self.card_locked_until > now
        )


@dataclass(frozen=True)
class StaffSession:
    """Who logged in: the context to act in carries their name and role."""

    staff_id: int
    name: str
    role: str
    started_at: datetime
    store: str | None = None  # the shop the account belongs to; None: the whole chain


class StaffLocked(Refused):
    """The account is locked: by hand (until None) or automatically until a moment."""

    def __init__(self, message: str, until: datetime | None) -> None:
        super().__init__(message, reason="staff_locked")
        self.until = until


def is_staff_card(code: str) -> bool:
    """Tell a staff card's code from a customer's without touching the database."""
    return code.strip().upper().startswith(STAFF_CARD_PREFIX)


def _info(row: Staff) -> StaffInfo:
    return StaffInfo(
        id=row.id,
        name=row.name,
        role=row.role,
        card=row.card_number,
        active=row.active,
        locked=row.locked,
        locked_until=row.locked_until,
        failures=row.failures,
        last_login_at=row.last_login_at,
        card_locked_until=row.card_locked_until,
        card_failures=row.card_failures,
        locked_by=row.locked_by if row.locked else None,
        lock_reason=row.lock_reason if row.locked else "",
        store=row.store,
    )


def _check_name(name: str) -> str:
    check_text(name, "name", "name_invalid")
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("A staff member needs a name.", reason="name_missing")
    if len(name) > 80:
        raise InvalidInput("A staff name is at most 80 characters.", reason="name_too_long")
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidInput(f"The role is one of: {', '.join(ROLES)}.", reason="role_invalid")
    return role


def _check_card(card: str | None) -> str | None:
    if card is None or not card.strip():
        return None
    card = card.strip().upper()
    if not is_staff_card(card) or len(card) > 40 or len(card) <= len(STAFF_CARD_PREFIX):
        raise InvalidInput(
            f"A staff card code starts with {STAFF_CARD_PREFIX} and is at most 40 characters.",
            reason="staff_card_invalid",
        )
    return card


def _find(name: str) -> Staff:
    row = Staff.get_or_none(fn.LOWER(Staff.name) == " ".join(name.split()).lower())
    if row is None:
        raise NotFound(f"There is no staff account called {name!r}.", reason="staff_unknown")
    return row


def _same_shop(one: str | None, other: str | None) -> bool:
    return (one or "").strip().upper() == (other or "").strip().upper()


def _in_reach(ctx: Context, row: Staff) -> None:
    """A shop's manager manages only their own shop's accounts (store_account)."""
    if not chain_wide(ctx) and not _same_shop(row.store, ctx.staff_store):
        raise Refused(
            f"{row.name}'s account belongs to "
            + (f"shop {row.store}" if row.store else "the whole chain")
            + f"; a manager of shop {ctx.staff_store} manages that shop's accounts only.",
            reason="store_account",
        )


def _account_store(ctx: Context, store: str | None) -> str | None:
    """The shop a new or changed account belongs to: checked, and within the manager's reach.
    A shop's manager makes accounts of their own shop only (None means theirs)."""
    if store is not None and store.strip():
        store = check_store_code(store)
        known = {*store_codes(include_closed=True), ctx.store.upper()}
        if store not in known:
            raise NotFound(f"There is no shop {store}.", reason="store_unknown")
    else:
        store = None
    if chain_wide(ctx):
        return store
    own = (ctx.staff_store or "").upper()
    if store is not None and store != own:
        raise Refused(
            f"A manager of shop {own} makes accounts of that shop only.", reason="store_account"
        )
    return own


def has_staff() -> bool:
    """Tell whether any staff account exists (a first start offers to create the first manager)."""
    return Staff.select().exists()


def list_staff(
    ctx: Context, include_inactive: bool = False, store: str | None = None
) -> list[StaffInfo]:
    """Every staff account, managers first, then by name; a shop's manager sees only their
    shop's accounts, the chain's managers all of them (or one shop's, with store)."""
    require(ctx, "staff")
    query = Staff.select().order_by(Staff.role.desc(), Staff.name)
    shop = store if chain_wide(ctx) else ctx.staff_store
    if shop:
        query = query.where(Staff.store == shop.strip().upper())
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712 - peewee expression
    return [_info(row) for row in query]


def login_choices(store: str | None = None) -> list[StaffInfo]:
    """Accounts that can log in now, for the name buttons of the staff entry screen; at a
    shop's kiosk (store) the chain's accounts and that shop's, not other shops'."""
    query = Staff.select().where(Staff.active == True).order_by(Staff.name)  # noqa: E712
    return [_info(row) for row in query if store is None or row.store is None
            or _same_shop(row.store, store)]


def add_staff(
    ctx: Context, name: str, role: str, pin: str, card: str | None = None,
    store: str | None = None,
) -> StaffInfo:
    """Create a staff account of one shop (store) or of the whole chain (None). The very first
    account must be a manager and needs no login; a shop's manager adds accounts of their shop."""
    first = not has_staff()
    if first:
        if role != MANAGER:
            raise Refused("The first staff account must be a manager.", reason="first_manager")
    else:
        require(ctx, "staff")
    name, role, card = _check_name(name), _check_role(role), _check_card(card)
    store = _account_store(ctx, store)
    pin_hash = hash_pin(check_pin_format(pin))
    try:
        with database_proxy.atomic():
            if Staff.select().where(fn.LOWER(Staff.name) == name.lower()).exists():
                raise Refused(
                    f"There is already a staff account called {name}.", reason="staff_exists"
                )
            row = Staff.create(
                name=name, role=role, pin_hash=pin_hash, card_number=card, created_at=ctx.now(),
                store=store,
            )
            audit.record(ctx, "staff.add", name,
                         {"role": role, "card": card or "", "store": store or "chain"})
    except IntegrityError:
        raise Refused(
            "This staff card belongs to another account.", reason="staff_card_taken"
        ) from None
    return _info(row)


def change_pin(ctx: Context, name: str, pin: str) -> StaffInfo:
    """Set a new PIN; it also clears wrong attempts and an automatic lock (not a lock by hand)."""
    own = ctx.staff is not None and ctx.staff.lower() == " ".join(name.split()).lower()
    if not own:
        require(ctx, "staff")  # anyone may change their own PIN
    pin_hash = hash_pin(check_pin_format(pin))
    with database_proxy.atomic():
        row = _find(name)
        if not own:
            _in_reach(ctx, row)
        Staff.update(
            pin_hash=pin_hash, failures=0, lock_level=0, locked_until=None,
            card_failures=0, card_lock_level=0, card_locked_until=None,
        ).where(Staff.id == row.id).execute()
        audit.record(ctx, "staff.passwd", row.name)
    return _info(Staff.get_by_id(row.id))


def update_staff(
    ctx: Context,
    name: str,
    role: str | None = None,
    card: str | None = None,
    active: bool | None = None,
    store: str | None = None,
) -> StaffInfo:
    """Change an account's role, staff card (empty text removes it), whether it may log in,
    or its shop (store: a code, or "" for the whole chain; the chain's managers only)."""
    require(ctx, "staff")
    changes: dict[str, object] = {}
    with database_proxy.atomic():
        row = _find(name)
        _in_reach(ctx, row)
        if store is not None:
            if not chain_wide(ctx):
                raise Refused("Only the chain's managers move an account to another shop.",
                              reason="store_account")
            new_store = _account_store(ctx, store)
            if new_store != row.store:
                changes["store"] = new_store
        if role is not None and _check_role(role) != row.role:
            changes["role"] = role
        if card is not None and _check_card(card) != row.card_number:
            changes["card_number"] = _check_card(card)
        if active is not None and active != row.active:
            changes["active"] = active
        if not changes:
            return _info(row)
        if row.role == MANAGER and (changes.get("role") or changes.get("active") is False):
            _keep_one_manager(row.id)
        try:
            with database_proxy.atomic():
                Staff.update(**changes).where(Staff.id == row.id).execute()
        except IntegrityError:
            raise Refused(
                "This staff card belongs to another account.", reason="staff_card_taken"
            ) from None
        shown = {key: [getattr(row, key), value] for key, value in changes.items()}
        audit.record(ctx, "staff.edit", row.name, shown)
    return _info(Staff.get_by_id(row.id))


def _keep_one_manager(leaving_id: int) -> None:
    others = (
        Staff.select()
        .where(
            (Staff.role == MANAGER)
            & (Staff.active == True)  # noqa: E712
            & (Staff.locked == False)  # noqa: E712
            & (Staff.id != leaving_id)
        )
        .exists()
    )
    if not others:
        raise Refused("The shop needs at least one manager who can log in.", reason="last_manager")


def lock_staff(ctx: Context, name: str, reason: str = "") -> StaffInfo:
    """Lock an account by hand; it stays locked until unlocked by hand."""
    require(ctx, "staff")
    with database_proxy.atomic():
        row = _find(name)
        _in_reach(ctx, row)
        if ctx.role != OWNER and row.role == MANAGER:
            _keep_one_manager(row.id)  # on screen a manager cannot lock out the last manager
        Staff.update(
            locked=True, locked_by=(ctx.staff or "")[:80] or None, lock_reason=reason.strip()[:300]
        ).where(Staff.id == row.id).execute()
        audit.record(ctx, "staff.lock", row.name, reason=reason)
    return _info(Staff.get_by_id(row.id))


def unlock_staff(ctx: Context, name: str, reason: str = "") -> StaffInfo:
    """Lift a lock by hand and any automatic lock; wrong attempts start again from zero."""
    require(ctx, "staff")
    with database_proxy.atomic():
        row = _find(name)
        _in_reach(ctx, row)
        Staff.update(
            locked=False, locked_by=None, lock_reason="", failures=0, lock_level=0,
            locked_until=None, card_failures=0, card_lock_level=0, card_locked_until=None,
        ).where(
            Staff.id == row.id
        ).execute()
        audit.record(ctx, "staff.unlock", row.name, reason=reason)
    return _info(Staff.get_by_id(row.id))


def staff_for_card(code: str) -> StaffInfo:
    """The account a staff card belongs to, or NotFound (reason staff_card_unknown)."""
    row = Staff.get_or_none(Staff.card_number == code.strip().upper())
    if row is None or not row.active:
        raise NotFound("This staff card is not registered.", reason="staff_card_unknown")
    return _info(row)


def _lock_for(ctx: Context, level: int) -> datetime:
    """When an automatic lock at this level ends; never more than MAX_LOCK from now."""
    level = max(0, min(level, TOP_LEVEL))  # a level stored before the cap existed may be larger
    minutes = ctx.config.security.staff_lock_minutes * LOCK_GROWTH**level
    return ctx.now() + min(timedelta(minutes=minutes), MAX_LOCK)


@dataclass(frozen=True)
class _LoginPath:
    """The columns one way of logging in counts wrong PINs and locks in."""

    by: str  # "name" or "card", written in the audit details
    failures: Field
    level: Field
    until: Field


BY_NAME = _LoginPath("name", Staff.failures, Staff.lock_level, Staff.locked_until)
BY_CARD = _LoginPath("card", Staff.card_failures, Staff.card_lock_level, Staff.card_locked_until)


def _refuse_if_locked(ctx: Context, row: Staff, path: _LoginPath = BY_NAME) -> None:
    if row.locked:
        raise StaffLocked(f"{row.name}'s account is locked. A manager can unlock it.", None)
    until = getattr(row, path.until.name)
    if until is not None and until > ctx.now():
        raise StaffLocked(
            f"{row.name}'s account is locked until "
            f"{shop_clock_text(ctx.config, until)} after wrong PINs.",
            until,
        )


def _claim_attempt(
    ctx: Context, row_id: int, path: _LoginPath
) -> tuple[Staff, int, datetime | None]:
    """Count one attempt before its PIN is checked; return (row, attempts counted, lock set).

    The count is a compare-and-set on the values just read, so two terminals can never both
    take the last attempt: the loser reads again and finds the account locked. The attempt
    that reaches the limit sets the lock at once (a right PIN lifts it again), so no attempt
    is checked while another has the account at its limit.
    """
    limit = ctx.config.security.staff_max_pin_attempts
    for _ in range(limit + CLAIM_RETRIES):
        row = Staff.get_by_id(row_id)
        if not row.active:
            raise Refused(f"{row.name}'s account is switched off.", reason="staff_inactive")
        _refuse_if_locked(ctx, row, path)
        failures = getattr(row, path.failures.name)
        level = min(getattr(row, path.level.name), TOP_LEVEL)
        until = getattr(row, path.until.name)
        changes: dict[Field, object] = {path.failures: failures + 1}
        lock = None
        if failures + 1 >= limit:
            lock = _lock_for(ctx, level)
            changes.update({path.level: min(level + 1, TOP_LEVEL), path.until: lock})
        same = path.until.is_null() if until is None else path.until == until
        with database_proxy.atomic():
            claimed = (
                Staff.update(changes)
                .where(
                    (Staff.id == row_id)
                    & (path.failures == failures)
                    & (path.level == getattr(row, path.level.name))
                    & same
                    & (Staff.locked == False)  # noqa: E712 - peewee expression
                    & (Staff.active == True)  # noqa: E712
                )
                .execute()
            )
        if claimed:
            return row, failures + 1, lock
    raise Refused("The account is busy. Please try again.", reason="staff_busy")


def _log_in(ctx: Context, row: Staff, pin: str, path: _LoginPath) -> StaffSession:
    """Claim an attempt, then check the PIN: a right one clears this path's count and lock.
    A shop's account logs in at that shop's kiosks only (no attempt is counted elsewhere)."""
    if not row.active:
        raise Refused(f"{row.name}'s account is switched off.", reason="staff_inactive")
    if row.store and not _same_shop(row.store, ctx.store):
        raise Refused(f"This account belongs to shop {row.store}.", reason="staff_other_shop")
    _refuse_if_locked(ctx, row, path)
    row, failures, lock = _claim_attempt(ctx, row.id, path)
    good = verify_pin(pin, row.pin_hash)
    limit = ctx.config.security.staff_max_pin_attempts
    who = ctx.as_staff(row.name, row.role, row.store)
    details: dict[str, object] = {"by": path.by} if path is BY_CARD else {}
    with database_proxy.atomic():
        if good:
            cleared = (
                Staff.update(
                    {path.failures: 0, path.level: 0, path.until: None,
                     Staff.last_login_at: ctx.now()}
                )
                .where((Staff.id == row.id) & (Staff.locked == False))  # noqa: E712
                .execute()
            )
            if not cleared:  # locked by hand meanwhile
                _refuse_if_locked(ctx, Staff.get_by_id(row.id), path)
            audit.record(who, "staff.login", row.name, details or None)
            return StaffSession(row.id, row.name, row.role, ctx.now(), row.store)
        if lock is not None:
            audit.record(
                who, "staff.locked", row.name, {**details, "failures": failures, "until": lock}
            )
        else:
            audit.record(who, "staff.login_failed", row.name, {**details, "failures": failures})
    if lock is not None:
        raise StaffLocked(
            f"Too many wrong PINs: {row.name}'s account is locked until "
            f"{shop_clock_text(ctx.config, lock)}.", lock
        )
    raise WrongPin("Wrong PIN.", attempts_left=limit - failures, reason="staff_pin_wrong")


def log_in(ctx: Context, name: str, pin: str) -> StaffSession:
    """Check a staff member's PIN. Wrong PINs count; at the limit the account locks for a while.

    Each attempt is counted before its PIN is checked, so attempts at the same moment never
    check more PINs than the limit allows. Each automatic lock in a row lasts longer
    (security.staff_lock_minutes, then four times as long each time, at most a day). After a
    lock ends one more wrong PIN locks again at once; a right PIN clears the count. A lock by
    hand stays until a manager unlocks it.
    """
    return _log_in(ctx, _find(name), pin, BY_NAME)


def log_in_by_card(ctx: Context, card: str, pin: str) -> StaffSession:
    """Log in with a staff card and its holder's PIN.

    The card path has its own wrong-PIN count and lock, so wrong PINs typed at the name list
    (by anyone) never lock out the person holding the card; a lock by hand blocks both paths.
    """
    row = Staff.get_or_none(Staff.card_number == card.strip().upper())
    if row is None or not row.active:
        raise NotFound("This staff card is not registered.", reason="staff_card_unknown")
    return _log_in(ctx, row, pin, BY_CARD)


def log_out(ctx: Context, session: StaffSession, why: str = "done") -> None:
    """Write the end of a staff session to the audit log (why: done or idle)."""
    with database_proxy.atomic():
        audit.record(
            ctx.as_staff(session.name, session.role, session.store), "staff.logout", session.name,
            {"why": why},
        )
