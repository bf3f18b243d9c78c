"""Staff accounts: add, change PIN, lock and unlock, and log in by name or staff card with a PIN."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import IntegrityError, fn

from db.database import database_proxy
from db.models import Staff
from kiosk import audit
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound, Refused, WrongPin
from kiosk.formatting import shop_clock_text
from kiosk.pins import check_pin_format, hash_pin, verify_pin
from kiosk.roles import MANAGER, ROLES, require
from kiosk.safe_text import check_text

STAFF_CARD_PREFIX = "STAFF-"  # staff cards are told apart from loyalty cards without a query
MAX_LOCK = timedelta(days=1)
LOCK_GROWTH = 4  # each automatic lock in a row lasts four times longer than the one before


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


@dataclass(frozen=True)
class StaffSession:
    """Who logged in: the context to act in carries their name and role."""

    staff_id: int
    name: str
    role: str
    started_at: datetime


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


def has_staff() -> bool:
    """Tell whether any staff account exists (a first start offers to create the first manager)."""
    return Staff.select().exists()


def list_staff(ctx: Context, include_inactive: bool = False) -> list[StaffInfo]:
    """Every staff account, managers first, then by name."""
    query = Staff.select().order_by(Staff.role.desc(), Staff.name)
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712 - peewee expression
    return [_info(row) for row in query]


def login_choices() -> list[StaffInfo]:
    """Accounts that can log in now, for the name buttons of the staff entry screen."""
    query = Staff.select().where(Staff.active == True).order_by(Staff.name)  # noqa: E712
    return [_info(row) for row in query]


def add_staff(ctx: Context, name: str, role: str, pin: str, card: str | None = None) -> StaffInfo:
    """Create a staff account. The very first account must be a manager and needs no login."""
    first = not has_staff()
    if first:
        if role != MANAGER:
            raise Refused("The first staff account must be a manager.", reason="first_manager")
    else:
        require(ctx, "staff")
    name, role, card = _check_name(name), _check_role(role), _check_card(card)
    pin_hash = hash_pin(check_pin_format(pin))
    try:
        with database_proxy.atomic():
            if Staff.select().where(fn.LOWER(Staff.name) == name.lower()).exists():
                raise Refused(
                    f"There is already a staff account called {name}.", reason="staff_exists"
                )
            row = Staff.create(
                name=name, role=role, pin_hash=pin_hash, card_number=card, created_at=ctx.now()
            )
            audit.record(ctx, "staff.add", name, {"role": role, "card": card or ""})
    except IntegrityError:
        raise Refused(
            "This staff card belongs to another account.", reason="staff_card_taken"
        ) from None
    return _info(row)


def change_pin(ctx: Context, name: str, pin: str) -> StaffInfo:
    """Set a new PIN; it also clears wrong attempts and an automatic lock (not a lock by hand)."""
    if ctx.staff is None or ctx.staff.lower() != " ".join(name.split()).lower():
        require(ctx, "staff")  # anyone may change their own PIN
    pin_hash = hash_pin(check_pin_format(pin))
    with database_proxy.atomic():
        row = _find(name)
        Staff.update(pin_hash=pin_hash, failures=0, lock_level=0, locked_until=None).where(
            Staff.id == row.id
        ).execute()
        audit.record(ctx, "staff.passwd", row.name)
    return _info(Staff.get_by_id(row.id))


def update_staff(
    ctx: Context,
    name: str,
    role: str | None = None,
    card: str | None = None,
    active: bool | None = None,
) -> StaffInfo:
    """Change an account's role, staff card (empty text removes it) or whether it may log in."""
    require(ctx, "staff")
    changes: dict[str, object] = {}
    with database_proxy.atomic():
        row = _find(name)
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
        if ctx.role is not None and row.role == MANAGER:
            _keep_one_manager(row.id)  # on screen a manager cannot lock out the last manager
        Staff.update(locked=True).where(Staff.id == row.id).execute()
        audit.record(ctx, "staff.lock", row.name, reason=reason)
    return _info(Staff.get_by_id(row.id))


def unlock_staff(ctx: Context, name: str, reason: str = "") -> StaffInfo:
    """Lift a lock by hand and any automatic lock; wrong attempts start again from zero."""
    require(ctx, "staff")
    with database_proxy.atomic():
        row = _find(name)
        Staff.update(locked=False, failures=0, lock_level=0, locked_until=None).where(
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
    minutes = ctx.config.security.staff_lock_minutes * LOCK_GROWTH**level
    return ctx.now() + min(timedelta(minutes=minutes), MAX_LOCK)


def _refuse_if_locked(ctx: Context, row: Staff) -> None:
    if row.locked:
        raise StaffLocked(f"{row.name}'s account is locked. A manager can unlock it.", None)
    if row.locked_until is not None and row.locked_until > ctx.now():
        raise StaffLocked(
            f"{row.name}'s account is locked until "
            f"{shop_clock_text(ctx.config, row.locked_until)} after wrong PINs.",
            row.locked_until,
        )


def log_in(ctx: Context, name: str, pin: str) -> StaffSession:
    """Check a staff member's PIN. Wrong PINs count; at the limit the account locks for a while.

    Each automatic lock in a row lasts longer (security.staff_lock_minutes, then four times as
    long each time, at most a day). After a lock ends one more wrong PIN locks again at once; a
    right PIN clears the count. A lock by hand stays until a manager unlocks it.
    """
    row = _find(name)
    if not row.active:
        raise Refused(f"{row.name}'s account is switched off.", reason="staff_inactive")
    _refuse_if_locked(ctx, row)
    good = verify_pin(pin, row.pin_hash)
    limit = ctx.config.security.staff_max_pin_attempts
    who = ctx.as_staff(row.name, row.role)
    with database_proxy.atomic():
        if good:
            _refuse_if_locked(ctx, Staff.get_by_id(row.id))  # locked by hand meanwhile
            Staff.update(
                failures=0, lock_level=0, locked_until=None, last_login_at=ctx.now()
            ).where(Staff.id == row.id).execute()
            audit.record(who, "staff.login", row.name)
            return StaffSession(row.id, row.name, row.role, ctx.now())
        # count first, then read: two terminals failing at once both count
        Staff.update(failures=Staff.failures + 1).where(Staff.id == row.id).execute()
        row = Staff.get_by_id(row.id)
        failures = row.failures
        if failures >= limit:
            until = _lock_for(ctx, row.lock_level)
            Staff.update(lock_level=row.lock_level + 1, locked_until=until).where(
                Staff.id == row.id
            ).execute()
            audit.record(who, "staff.locked", row.name, {"failures": failures, "until": until})
        else:
            audit.record(who, "staff.login_failed", row.name, {"failures": failures})
    if failures >= limit:
        raise StaffLocked(
            f"Too many wrong PINs: {row.name}'s account is locked until "
            f"{shop_clock_text(ctx.config, until)}.", until
        )
    raise WrongPin("Wrong PIN.", attempts_left=limit - failures, reason="staff_pin_wrong")


def log_out(ctx: Context, session: StaffSession, why: str = "done") -> None:
    """Write the end of a staff session to the audit log (why: done or idle)."""
    with database_proxy.atomic():
        audit.record(
            ctx.as_staff(session.name, session.role), "staff.logout", session.name, {"why": why}
        )
