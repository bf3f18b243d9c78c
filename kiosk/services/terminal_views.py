"""The terminals of the chain as staff see them: each one's shop, last report and health."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from db.models import Store, Terminal
from kiosk.context import Context
from kiosk.errors import NotFound, Refused
from kiosk.formatting import local_time, shop_zone
from kiosk.roles import require

OK, WARNING, DOWN, RETIRED = "ok", "warning", "down", "retired"
HEALTH_ORDER = (DOWN, WARNING, OK, RETIRED)  # the worst first: what needs a person comes first
FRESH = timedelta(minutes=2)  # a terminal reports every minute: one missed report is no worry
DOWN_AFTER = timedelta(minutes=10)
RETIRED_AFTER = timedelta(days=14)  # silent this long: taken out of service, not broken

# device states that need nobody: fine, not fitted ("none") or never said ("")
QUIET_STATES = frozenset({"", "ok", "none", "unknown", "connected", "idle"})
PRINTER_PROBLEMS = {
    "no_paper": "Printer out of paper",
    "paper_out": "Printer out of paper",
    "out": "Printer out of paper",
    "low": "Printer paper low",
    "paper_low": "Printer paper low",
    "cover_open": "Printer cover open",
    "offline": "Printer not reachable",
    "not_found": "Printer not reachable",
    "closed": "Printer not reachable",
    "timeout": "Printer not reachable",
}
SCANNER_PROBLEMS = {
    "disconnected": "Scanner disconnected",
    "connecting": "Scanner connecting",
    "not_found": "Scanner not found",
}


@dataclass(frozen=True)
class TerminalView:
    """One terminal's last report, and what it means for the people running the chain.

    problems holds reason codes (shop_off, retired, not_seen, late, offline, printer, scanner,
    queue) in the order reason names them; reason is the one plain English line the command
    line prints.
    """

    store: str
    store_name: str
    time_zone: str  # the shop's; empty: the zone of the program showing it
    code: str
    kind: str
    host: str
    last_seen_at: datetime
    started_at: datetime | None
    version: str
    schema_version: int
    printer_state: str
    printer_detail: str
    scanner_state: str
    scanner_detail: str
    queue_length: int
    offline_since: datetime | None
    health: str
    problems: tuple[str, ...]
    reason: str


def _seen_ago(now: datetime, moment: datetime) -> timedelta:
    """How long ago a stored instant was (never negative: a terminal's clock may run ahead)."""
    return max(now - moment, timedelta(0))


def ago_text(age: timedelta) -> str:
    """A short English age: "just now", "2 min ago", "3 h ago", "5 days ago"."""
    minutes = int(age.total_seconds() // 60)
    if minutes < 1:
        return "just now"
    if minutes < 60:
        return f"{minutes} min ago"
    if minutes < 48 * 60:
        return f"{minutes // 60} h ago"
    return f"{minutes // (24 * 60)} days ago"


def _printer_problem(state: str) -> str | None:
    """The plain words for a printer state that needs a person, or None."""
    if state in QUIET_STATES:
        return None
    return PRINTER_PROBLEMS.get(state, f"Printer: {state.replace('_', ' ')}")


def _scanner_problem(state: str) -> str | None:
    """The plain words for a scanner state that needs a person, or None."""
    if state in QUIET_STATES:
        return None
    return SCANNER_PROBLEMS.get(state, f"Scanner: {state.replace('_', ' ')}")


def _since_text(moment: datetime, now: datetime, zone_name: str, fallback_zone: str) -> str:
    """14:05 when it was within the last day, else 2026-11-03 14:05, in the shop's zone."""
    local = local_time(moment, shop_zone(zone_name or fallback_zone))
    if now - moment < timedelta(hours=20):
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def _assess(row: Terminal, now: datetime, store_active: bool, zone_name: str,
           fallback_zone: str) -> tuple[str, tuple[str, ...], str]:
    """A terminal's health, its problems (reason codes) and one plain line about them."""
    age = _seen_ago(now, row.last_seen_at)
    since = _since_text(row.last_seen_at, now, zone_name, fallback_zone)
    if not store_active or age >= RETIRED_AFTER:
        if not store_active:
            return RETIRED, ("shop_off",), "Shop switched off"
        return RETIRED, ("retired",), f"Not seen since {since}"
    if age >= DOWN_AFTER:
        return DOWN, ("not_seen",), f"Not seen since {since}"
    problems: list[str] = []
    words: list[str] = []
    if age > FRESH:
        problems.append("late")
        words.append(f"Last report {ago_text(age)}")
    if row.offline_since is not None:
        problems.append("offline")
        offline = _since_text(row.offline_since, now, zone_name, fallback_zone)
        words.append(f"Offline since {offline}")
    printer = _printer_problem(row.printer_state)
    if printer:
        problems.append("printer")
        words.append(printer)
    scanner = _scanner_problem(row.scanner_state)
    if scanner:
        problems.append("scanner")
        words.append(scanner)
    if row.queue_length > 0:
        problems.append("queue")
        words.append(f"{row.queue_length} change{'' if row.queue_length == 1 else 's'} waiting")
    if problems:
        return WARNING, tuple(problems), "; ".join(words)
    return OK, (), "Working"


def _scope(ctx: Context, store: str | None) -> str | None:
    """The one shop to list (None: every shop); a shop manager sees their own shop only."""
    own = ctx.staff_store
    if own is not None and store is not None and store != own:
        raise Refused("You can see the terminals of your own shop only.",
                      reason="store_not_yours")
    return own if own is not None else store


def list_terminals(ctx: Context, store: str | None = None) -> list[TerminalView]:
    """Every terminal (of one shop, or of the staff member's own shop), the worst first, then
    by shop and terminal code."""
    require(ctx, "terminals")
    shop = _scope(ctx, store)
    stores = {row.code: row for row in Store.select()}
    query = Terminal.select()
    if shop is not None:
        query = query.where(Terminal.store == shop)
    rows = list(query)
    if shop is not None and not rows and shop not in stores:
        raise NotFound(f"No shop with the code {shop}.", reason="store_unknown")
    now = ctx.now()
    fallback_zone = ctx.config.store.time_zone
    views = []
    for row in rows:
        known = stores.get(row.store)
        name = known.name if known is not None else (
            ctx.config.store.name if row.store == ctx.store else row.store)
        zone_name = known.time_zone if known is not None else ""
        health, problems, reason = _assess(
            row, now, known.active if known is not None else True, zone_name, fallback_zone)
        views.append(TerminalView(
            store=row.store, store_name=name, time_zone=zone_name or fallback_zone,
            code=row.code, kind=row.kind, host=row.host, last_seen_at=row.last_seen_at,
            started_at=row.started_at, version=row.version, schema_version=row.schema_version,
            printer_state=row.printer_state, printer_detail=row.printer_detail,
            scanner_state=row.scanner_state, scanner_detail=row.scanner_detail,
            queue_length=row.queue_length, offline_since=row.offline_since, health=health,
            problems=problems, reason=reason,
        ))
    views.sort(key=lambda view: (HEALTH_ORDER.index(view.health), view.store, view.code))
    return views


def shop_choices(ctx: Context) -> list[tuple[str, str]]:
    """The shops (code, name) a staff member may pick from to see terminals: theirs, or all."""
    require(ctx, "terminals")
    codes = {row.code: row.name for row in Store.select(Store.code, Store.name)}
    for row in Terminal.select(Terminal.store).distinct():
        codes.setdefault(row.store, ctx.config.store.name if row.store == ctx.store else row.store)
    own = ctx.staff_store
    return sorted((code, name) for code, name in codes.items() if own is None or code == own)
