"""Copying what a kiosk needs from the chain's server into its local copy, in full or in part.

Reads run on the calling thread's server connection; writes go to the copy inside
use_database(replica), one transaction per batch, and never while outbox items wait (the copy's
own rows must reach the server before the server's rows replace them).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import peewee
from peewee import fn

from db.database import use_database
from db.models import (
    AuditEntry,
    Card,
    Cause,
    ChainSetting,
    LedgerEntry,
    Lot,
    Member,
    ProgrammeVersion,
    Purchase,
    RefundRequest,
    Reward,
    Staff,
    Store,
    Voucher,
)
from kiosk.context import Context
from kiosk.ledger import spendable_balance_sql
from kiosk.offline.replica import set_state, set_state_time, state_time, state_value
from kiosk.offline.tables import SENT, WAITING, LocalRow, MemberSync, OutboxItem, ReplicaMode

log = logging.getLogger("kiosk.offline")

CATALOGUE: Sequence[type[peewee.Model]] = (
    Reward, Cause, ProgrammeVersion, ChainSetting, Staff, Store
)
MEMBER_TABLES: Sequence[type[peewee.Model]] = (Card, Lot, Voucher, LedgerEntry, Purchase)
MEMBER_BATCH = 500
INSERT_BATCH = 100
WHOLE_CHAIN_FITS = 50_000  # a chain with at most this many members is copied whole
RECENT_DAYS = 90  # ledger entries and used vouchers this recent are copied (the member's history)
MARGIN = timedelta(minutes=10)  # kiosk clocks differ and commits land out of order
LEDGER_ID_MARGIN = 1_000
OPEN_VOUCHERS = ("issued", "printed")
KEEP_SENT = timedelta(days=30)


class CopyBusy(Exception):
    """The copy has changes of its own waiting for the server: it is not overwritten now."""


@dataclass(frozen=True)
class CopyReport:
    """What one copy did."""

    full: bool
    members: int
    at: datetime


@dataclass
class MemberRows:
    """Everything copied for a batch of members, read from the server."""

    ids: list[int]
    tables: dict[type[peewee.Model], list[dict[str, Any]]]
    refunds: list[dict[str, Any]]
    balances: list[tuple[int, int]]


def _chunks(values: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _ids(query: peewee.Query) -> set[int]:
    return {int(value) for (value,) in query.tuples() if value is not None}


def copies_whole_chain(ctx: Context) -> bool:
    """Whether the copy holds every member: when asked (member_days = 0) or when they fit."""
    if ctx.config.offline.member_days == 0:
        return True
    fits = Member.select(Member.id).where(Member.status != "erased").limit(WHOLE_CHAIN_FITS + 1)
    return fits.count() <= WHOLE_CHAIN_FITS


def members_for_shop(ctx: Context, whole_chain: bool) -> list[int]:
    """Members the copy holds: those who used this shop lately, or the whole chain."""
    days = ctx.config.offline.member_days
    everyone = Member.select(Member.id).where(Member.status != "erased")
    if whole_chain:
        return sorted(_ids(everyone))
    since = ctx.now() - timedelta(days=days)
    found = _ids(Purchase.select(Purchase.member).where(
        (Purchase.store == ctx.store) & (Purchase.created_at >= since)).distinct())
    found |= _ids(LedgerEntry.select(LedgerEntry.member).where(
        (LedgerEntry.store == ctx.store) & (LedgerEntry.created_at >= since)).distinct())
    found |= _member_targets(AuditEntry.select(AuditEntry.target).where(
        (AuditEntry.action == "member.enrol") & (AuditEntry.store == ctx.store)
        & (AuditEntry.created_at >= since)))
    return sorted(found)


def _member_targets(query: peewee.Query) -> set[int]:
    found = set()
    for (target,) in query.tuples():
        head, _, tail = str(target).partition(":")
        if head == "member" and tail.isdigit():
            found.add(int(tail))
    return found


def read_members(ctx: Context, ids: Sequence[int]) -> MemberRows:
    """A batch of members with their cards, open lots, recent history and vouchers."""
    now = ctx.now()
    recent = now - timedelta(days=RECENT_DAYS)
    window = now - timedelta(days=ctx.config.programme.tier_window_days)
    ids = list(ids)
    lots = list(Lot.select().where(Lot.member.in_(ids) & (Lot.remaining > 0)).dicts())
    vouchers = list(Voucher.select().where(
        Voucher.member.in_(ids)
        & (Voucher.status.in_(OPEN_VOUCHERS) | (Voucher.issued_at > recent))).dicts())
    entry_ids = {row["entry"] for row in lots} | {row["entry"] for row in vouchers}
    entries = list(LedgerEntry.select().where(
        LedgerEntry.member.in_(ids)
        & ((LedgerEntry.created_at > recent) | LedgerEntry.id.in_(list(entry_ids) or [0]))
    ).dicts())
    purchase_ids = {row["purchase"] for row in entries if row["purchase"]}
    purchases = list(Purchase.select().where(
        Purchase.member.in_(ids)
        & ((Purchase.created_at > window) | Purchase.id.in_(list(purchase_ids) or [0]))
    ).dicts())
    refunds = list(RefundRequest.select().where(
        RefundRequest.purchase.in_([row["id"] for row in purchases] or [0])).dicts())
    tables: dict[type[peewee.Model], list[dict[str, Any]]] = {
        Member: list(Member.select().where(Member.id.in_(ids)).dicts()),
        Card: list(Card.select().where(Card.member.in_(ids)).dicts()),
        Purchase: purchases,
        LedgerEntry: entries,
        Lot: lots,
        Voucher: vouchers,
    }
    balances = [
        (int(member_id), int(balance or 0))
        for member_id, balance in Member.select(
            Member.id, spendable_balance_sql(now)).where(Member.id.in_(ids)).tuples()
    ]
    return MemberRows(ids, tables, refunds, balances)


def read_catalogue() -> dict[type[peewee.Model], list[dict[str, Any]]]:
    return {model: list(model.select().dicts()) for model in CATALOGUE}


def _insert(model: type[peewee.Model], rows: list[dict[str, Any]]) -> None:
    for chunk in _chunks(rows, INSERT_BATCH):
        model.insert_many(list(chunk)).execute()


def _set_copying(on: bool) -> None:
    ReplicaMode.update(copying=1 if on else 0).execute()


def _guard(allow_local_rows: bool) -> None:
    if OutboxItem.select().where(OutboxItem.state == WAITING).exists():
        raise CopyBusy("changes are waiting for the server")
    if not allow_local_rows and LocalRow.select().exists():
        raise CopyBusy("rows made offline are still in the copy")


def _drop_members(ids: Sequence[int]) -> None:
    for chunk in _chunks(list(ids), MEMBER_BATCH):
        purchases = Purchase.select(Purchase.id).where(Purchase.member.in_(list(chunk)))
        RefundRequest.delete().where(RefundRequest.purchase.in_(purchases)).execute()
        for model in MEMBER_TABLES:
            model.delete().where(model.member.in_(list(chunk))).execute()
        Member.delete().where(Member.id.in_(list(chunk))).execute()
        MemberSync.delete().where(MemberSync.member_id.in_(list(chunk))).execute()


def _write_members(rows: MemberRows, at: datetime) -> None:
    _drop_members(rows.ids)
    for model in (Member, Card, Purchase, LedgerEntry, Lot, Voucher):
        _insert(model, rows.tables[model])
    _insert(RefundRequest, rows.refunds)
    for chunk in _chunks(rows.balances, INSERT_BATCH):
        MemberSync.insert_many(
            [{"member_id": m, "balance": b, "synced_at": at} for m, b in chunk]
        ).on_conflict_replace().execute()


def _write_catalogue(catalogue: dict[type[peewee.Model], list[dict[str, Any]]]) -> None:
    for model, rows in catalogue.items():
        model.delete().execute()
        _insert(model, rows)


def _drop_local_rows() -> None:
    tables: dict[str, list[int]] = {}
    for table, row_id in LocalRow.select(LocalRow.table, LocalRow.row_id).tuples():
        tables.setdefault(table, []).append(int(row_id))
    database = LocalRow._meta.database
    for table, row_ids in tables.items():
        for chunk in _chunks(row_ids, INSERT_BATCH):
            marks = ", ".join("?" for _ in chunk)
            database.execute_sql(f'DELETE FROM "{table}" WHERE id IN ({marks})', tuple(chunk))
    LocalRow.delete().execute()


def _ledger_mark() -> int:
    return int(LedgerEntry.select(fn.MAX(LedgerEntry.id)).scalar() or 0)


def full_copy(ctx: Context, replica: peewee.Database) -> CopyReport:
    """Copy the catalogue and this shop's members, in batches (the screen is never blocked)."""
    started = ctx.now()
    mark = _ledger_mark()
    whole_chain = copies_whole_chain(ctx)
    ids = members_for_shop(ctx, whole_chain)
    catalogue = read_catalogue()
    with use_database(replica), replica.atomic():
        _guard(allow_local_rows=True)  # nothing waits: the copy's own rows are on the server
        _set_copying(True)
        _drop_local_rows()
        MemberSync.delete().execute()
        Member.delete().execute()
        for model in MEMBER_TABLES:
            model.delete().execute()
        RefundRequest.delete().execute()
        _write_catalogue(catalogue)
        _set_copying(False)
    for chunk in _chunks(ids, MEMBER_BATCH):
        rows = read_members(ctx, chunk)
        with use_database(replica), replica.atomic():
            _guard(allow_local_rows=False)
            _set_copying(True)
            _write_members(rows, started)
            _set_copying(False)
    with use_database(replica), replica.atomic():
        set_state_time("full_copy_at", started)
        set_state_time("copy_at", started)
        set_state("ledger_mark", str(mark))
        set_state("scope", "chain" if whole_chain else "shop")
    log.info("Local copy made: %d members", len(ids))
    return CopyReport(True, len(ids), started)


def _touched_locally() -> tuple[set[int], set[str]]:
    """Members the copy changed itself (server ids) and the cards of members it made."""
    local: dict[str, set[int]] = {}
    for table, row_id in LocalRow.select(LocalRow.table, LocalRow.row_id).tuples():
        local.setdefault(table, set()).add(int(row_id))
    made = local.get("member", set())
    touched = {ref for (ref,) in OutboxItem.select(OutboxItem.member_ref)
               .where(OutboxItem.member_ref.is_null(False)).tuples()}
    for model, table in ((Purchase, "purchase"), (LedgerEntry, "ledger_entry"),
                         (Voucher, "voucher"), (Card, "card")):
        ids = list(local.get(table, ()))
        for chunk in _chunks(ids, INSERT_BATCH):
            touched |= _ids(model.select(model.member).where(model.id.in_(list(chunk))))
    cards = {number for (number,) in Card.select(Card.number)
             .where(Card.member.in_(list(made) or [0])).tuples()}
    return touched - made, cards


def _changed_on_server(ctx: Context, since: datetime, mark: int, known: set[int],
                       whole_chain: bool) -> set[int]:
    """Members with server changes since the last copy that this copy holds or should hold."""
    pairs: set[tuple[int, str]] = set()  # two index scans (an OR would read the whole ledger)
    pairs |= set(LedgerEntry.select(LedgerEntry.member, LedgerEntry.store).where(
        LedgerEntry.id > mark - LEDGER_ID_MARGIN).tuples())
    pairs |= set(LedgerEntry.select(LedgerEntry.member, LedgerEntry.store).where(
        LedgerEntry.created_at > since).tuples())
    pairs |= set(Purchase.select(Purchase.member, Purchase.store).where(
        Purchase.created_at > since).tuples())
    changed = {member for member, _ in pairs}
    here = {member for member, store in pairs if store == ctx.store}
    changed |= _member_targets(AuditEntry.select(AuditEntry.target).where(
        AuditEntry.created_at > since))
    here |= _member_targets(AuditEntry.select(AuditEntry.target).where(
        (AuditEntry.created_at > since) & (AuditEntry.action == "member.enrol")
        & (AuditEntry.store == ctx.store)))
    # cards issued, replaced or blocked leave an audit row naming the member (above)
    changed |= _ids(Voucher.select(Voucher.member).where(Voucher.redeemed_at > since))
    changed |= _ids(Voucher.select(Voucher.member).where(Voucher.voided_at > since))
    if whole_chain:
        return changed
    return (changed & known) | here


def refresh(ctx: Context, replica: peewee.Database) -> CopyReport:
    """Bring the copy up to date: members changed since the last copy, the catalogue, and the
    members the copy changed itself (its own rows give way to the server's)."""
    with use_database(replica):
        last = state_time("copy_at")
    if last is None:
        return full_copy(ctx, replica)
    with use_database(replica):
        mark = int(state_value("ledger_mark", "0") or 0)
        whole = ctx.config.offline.member_days == 0 or state_value("scope") == "chain"
        known = {m for (m,) in MemberSync.select(MemberSync.member_id).tuples()}
        touched, local_cards = _touched_locally()
        if OutboxItem.select().where(OutboxItem.state == WAITING).exists():
            raise CopyBusy("changes are waiting for the server")
    started = ctx.now()
    new_mark = _ledger_mark()
    ids = _changed_on_server(ctx, last - MARGIN, mark, known, whole) | touched
    ids |= _ids(Card.select(Card.member).where(Card.number.in_(list(local_cards) or [""])))
    catalogue = read_catalogue()
    batches = [read_members(ctx, chunk) for chunk in _chunks(sorted(ids), MEMBER_BATCH)]
    with use_database(replica), replica.atomic():
        _guard(allow_local_rows=True)
        _set_copying(True)
        _drop_local_rows()
        _drop_members(sorted(touched))
        _write_catalogue(catalogue)
        for rows in batches:
            _write_members(rows, started)
        _set_copying(False)
        set_state_time("copy_at", started)
        set_state("ledger_mark", str(new_mark))
        OutboxItem.update(member_ref=None).where(OutboxItem.state != WAITING).execute()
        OutboxItem.delete().where(  # sent long ago: `outbox list` keeps a month of them
            (OutboxItem.state == SENT) & (OutboxItem.sent_at < started - KEEP_SENT)).execute()
    return CopyReport(False, len(ids), started)
