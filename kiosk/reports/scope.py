"""Which shop a report counts, who may see which shop, and the shops there are to choose from.

A shop manager (a staff account with a shop) sees that shop's figures only; a chain manager, the
owner on the command line and the kiosk's own scheduled work see every shop and the whole chain.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from peewee import fn

from db.models import Purchase, Store, Terminal
from kiosk.context import Context
from kiosk.errors import InvalidInput, Refused

PREFIX_CODE_CHARS = 20  # longer shop codes are named by a digest in report_day's metric names


@dataclass(frozen=True)
class Shop:
    """A shop to report on: its code and name (the code when the store table has no row)."""

    code: str
    name: str


def metric_prefix(store: str | None) -> str:
    """How a shop's kept totals are named in report_day ("store:CODE:"); "" for the chain."""
    if store is None:
        return ""
    if len(store) <= PREFIX_CODE_CHARS and ":" not in store:
        return f"store:{store}:"
    return f"store:#{hashlib.sha1(store.encode()).hexdigest()[:12]}:"


def _purchase_stores() -> list[str]:
    """The distinct shop codes of the purchases, one index step each (a loose index scan)."""
    codes: list[str] = []
    last = ""
    while True:
        found = Purchase.select(fn.MIN(Purchase.store)).where(Purchase.store > last).scalar()
        if found is None:
            return codes
        codes.append(found)
        last = found


def known_shops(ctx: Context) -> list[Shop]:
    """Every shop: the store table's, the terminals', the purchases' and this kiosk's, by code.

    Named as the store table names it; this kiosk's own shop, without a row, by its settings.
    """
    names = {code: name for code, name in Store.select(Store.code, Store.name).tuples()}
    names.setdefault(ctx.store, ctx.config.store.name)
    codes = set(names) | {ctx.store} | set(_purchase_stores())
    codes |= {code for (code,) in Terminal.select(Terminal.store).distinct().tuples()}
    return [Shop(code, names.get(code) or code) for code in sorted(codes)]


def check_known(ctx: Context, store: str) -> str:
    """The shop's code as the chain writes it (north: NORTH, when only one code matches);
    else one clear line naming the known codes."""
    codes = [shop.code for shop in known_shops(ctx)]
    if store in codes:
        return store
    alike = [code for code in codes if code.casefold() == store.strip().casefold()]
    if len(alike) == 1:
        return alike[0]
    raise InvalidInput(
        f"There is no shop {store!r}; the shops are: {', '.join(codes)}.",
        reason="store_unknown",
    )


def report_store(ctx: Context, asked: str | None, strict: bool = True) -> str | None:
    """The shop a report counts for this person (None: the whole chain).

    A shop manager or clerk who belongs to a shop gets that shop: asking for another shop or for
    the whole chain is refused when strict (the command line), scoped silently when not (screens).
    """
    own = ctx.staff_store
    if own is None or asked == own:
        return asked
    if strict:
        raise Refused(
            f"Your account belongs to shop {own!r}: you see the figures of that shop only.",
            reason="store_not_yours",
        )
    return own


def may_compare(ctx: Context) -> bool:
    """Whether this person sees the shops side by side (not someone who belongs to one shop)."""
    return ctx.staff_store is None


def visible_shops(ctx: Context) -> list[Shop]:
    """The shops this person may choose: every shop, or their own."""
    shops = known_shops(ctx)
    if ctx.staff_store is None:
        return shops
    return [shop for shop in shops if shop.code == ctx.staff_store] or [
        Shop(ctx.staff_store, ctx.staff_store)
    ]


def picker(ctx: Context) -> tuple[str | None, list[Shop]]:
    """What a screen's shop picker offers: the person's own shop (None: chain-wide) and the
    shops they may choose."""
    return ctx.staff_store, visible_shops(ctx)
