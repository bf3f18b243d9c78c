"""The shops of a chain as data: list, add and edit them; each kiosk adds its own shop on start."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from db.database import database_proxy
from db.models import Store
from kiosk import audit
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.roles import OWNER, require
from kiosk.safe_text import check_text
from kiosk.shop_codes import check_store_code

log = logging.getLogger("kiosk.stores")

SHOP_MANAGER_FIELDS = frozenset({"name", "address"})  # what a shop manager may change of theirs


@dataclass(frozen=True)
class StoreInfo:
    """A shop as lists show it."""

    code: str
    name: str
    time_zone: str
    address: str
    currency: str
    active: bool
    created_at: datetime


@dataclass(frozen=True)
class StoreChanges:
    """What an edit changes; None leaves a field as it is."""

    name: str | None = None
    time_zone: str | None = None
    address: str | None = None
    currency: str | None = None
    active: bool | None = None

    def given(self) -> dict[str, Any]:
        return {key: value for key, value in self.__dict__.items() if value is not None}


def _info(row: Store) -> StoreInfo:
    return StoreInfo(row.code, row.name, row.time_zone, row.address, row.currency,
                     bool(row.active), row.created_at)


def _name(name: str) -> str:
    check_text(name or "", "name", "name_invalid")
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise InvalidInput("A shop needs a name.", reason="name_missing")
    if len(cleaned) > 120:
        raise InvalidInput("A shop name is at most 120 characters.", reason="name_too_long")
    return cleaned


def _time_zone(name: str) -> str:
    cleaned = (name or "").strip()
    if not cleaned:
        return ""  # the machine's own, as in the configuration
    try:
        ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            f"{cleaned!r} is not a time zone name; use an IANA name such as Europe/Istanbul, "
            "Europe/Moscow or Europe/London.",
            reason="bad_time_zone",
        ) from None
    return cleaned


def _currency(code: str) -> str:
    from babel.numbers import is_currency

    cleaned = (code or "").strip().upper()
    if not cleaned:
        return ""
    if not re.fullmatch(r"[A-Z]{3}", cleaned) or not is_currency(cleaned):
        raise InvalidInput(
            f"{code!r} is not an ISO 4217 currency code (for example TRY, RUB, GBP).",
            reason="bad_currency",
        )
    return cleaned


def _address(text: str) -> str:
    cleaned = check_text((text or "").strip(), "address", "text_invalid", allow_newlines=True)
    if len(cleaned) > 300:
        raise InvalidInput("An address is at most 300 characters.", reason="text_invalid")
    return cleaned


def _checked(changes: dict[str, Any]) -> dict[str, Any]:
    checks: dict[str, Callable[[Any], Any]] = {
        "name": _name, "time_zone": _time_zone, "address": _address, "currency": _currency,
        "active": bool,
    }
    return {key: checks[key](value) for key, value in changes.items()}


def _find(code: str) -> Store:
    row = Store.get_or_none(Store.code == check_store_code(code))
    if row is None:
        raise NotFound(f"There is no shop {code.strip().upper()}.", reason="store_unknown")
    return row


def chain_wide(ctx: Context) -> bool:
    """Tell whether the context acts for the whole chain: the command line, the kiosk's own
    work, or a staff account that belongs to no one shop."""
    return ctx.role == OWNER or ctx.staff_store is None


def require_chain(ctx: Context, what: str = "This") -> None:
    """Refuse (not_allowed) a shop's staff account: only the chain's may do this."""
    if not chain_wide(ctx):
        raise Refused(f"{what} is for the chain's managers only.", reason="not_allowed")


def list_stores(ctx: Context, include_inactive: bool = True) -> list[StoreInfo]:
    """Every shop of the chain, by code."""
    require(ctx, "stores")
    query = Store.select().order_by(Store.code)
    if not include_inactive:
        query = query.where(Store.active == True)  # noqa: E712 - peewee expression
    return [_info(row) for row in query]


def store_codes(include_closed: bool = False) -> list[str]:
    """The codes of the chain's open shops (or all), for pickers and checks; nothing personal."""
    query = Store.select(Store.code).order_by(Store.code)
    if not include_closed:
        query = query.where(Store.active == True)  # noqa: E712 - peewee expression
    return [code for (code,) in query.tuples()]


def get_store(ctx: Context, code: str) -> StoreInfo:
    """One shop by its code (store_unknown)."""
    require(ctx, "stores")
    return _info(_find(code))


def add_store(
    ctx: Context,
    code: str,
    name: str,
    time_zone: str = "",
    address: str = "",
    currency: str = "",
    active: bool = True,
) -> StoreInfo:
    """Add a shop to the chain (the chain's managers and the command line)."""
    require(ctx, "stores")
    require_chain(ctx, "Adding a shop")
    code = check_store_code(code)
    values = _checked({"name": name, "time_zone": time_zone, "address": address,
                       "currency": currency, "active": active})
    with database_proxy.atomic():
        if Store.select().where(Store.code == code).exists():
            raise Refused(f"There is already a shop {code}.", reason="store_exists")
        Store.create(code=code, created_at=ctx.now(), **values)
        audit.record(ctx, "store.add", f"store:{code}", values)
    return _info(_find(code))


def edit_store(ctx: Context, code: str, changes: StoreChanges) -> StoreInfo:
    """Change a shop. A shop manager may change only their own shop's name and address."""
    require(ctx, "stores")
    given = changes.given()
    if not chain_wide(ctx):
        if check_store_code(code) != (ctx.staff_store or "").upper():
            raise Refused("You can change only your own shop.", reason="not_allowed")
        if set(given) - SHOP_MANAGER_FIELDS:
            raise Refused(
                "A shop's manager may change its name and address; the rest is for the "
                "chain's managers.", reason="not_allowed",
            )
    values = _checked(given)
    with database_proxy.atomic():
        row = _find(code)
        changed = {key: [getattr(row, key), value] for key, value in values.items()
                   if getattr(row, key) != value}
        if changed:
            Store.update({key: new for key, (_, new) in changed.items()}).where(
                Store.id == row.id).execute()
            audit.record(ctx, "store.edit", f"store:{row.code}", {"changes": changed})
    return _info(_find(code))


def ensure_own_store(ctx: Context) -> bool:
    """Add this kiosk's shop from its configuration when the chain does not have it yet; a
    row edited at head office is never overwritten. True when the row was added now."""
    store = ctx.config.store
    code = store.id.strip()
    if not code or len(code) > 40 or Store.select().where(Store.code == code).exists():
        return False
    values = {"name": store.name.strip()[:120] or code, "time_zone": store.time_zone,
              "address": "", "currency": store.currency.upper()[:3], "active": True}
    with database_proxy.atomic():
        added = (
            Store.insert(code=code, created_at=ctx.now(), **values)
            .on_conflict_ignore()  # another kiosk of the shop added it at the same moment
            .as_rowcount()
            .execute()
        )
        if added:
            audit.record(ctx, "store.add", f"store:{code}", {**values, "from": "configuration"})
    if added:
        log.info("Shop %s added to the chain's list from this kiosk's configuration", code)
    return bool(added)
