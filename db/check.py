"""Integrity checks: every cached balance equals its ledger and lots, every lot adds up."""

from __future__ import annotations

from dataclasses import dataclass, field

from peewee import JOIN, fn

from db import phones
from db.database import database_proxy, is_postgres
from db.models import Card, LedgerEntry, Lot, LotUse, Member, Voucher

SHOWN_PER_CHECK = 20


@dataclass
class CheckReport:
    """What `db check` found."""

    members: int = 0
    entries: int = 0
    lots: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _report(report: CheckReport, label: str, rows: list[tuple]) -> None:
    for row in rows[:SHOWN_PER_CHECK]:
        report.problems.append(f"{label}: {row}")
    if len(rows) > SHOWN_PER_CHECK:
        report.problems.append(f"{label}: and {len(rows) - SHOWN_PER_CHECK} more")


def run_checks() -> CheckReport:
    """Run every check and collect the problems (an empty list means all is well)."""
    report = CheckReport(
        members=Member.select().count(),
        entries=LedgerEntry.select().count(),
        lots=Lot.select().count(),
    )
    if not is_postgres():
        result = database_proxy.execute_sql("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            report.problems.append(f"SQLite quick_check: {result}")

    ledger = (
        LedgerEntry.select(LedgerEntry.member, fn.SUM(LedgerEntry.points).alias("total"))
        .group_by(LedgerEntry.member)
        .alias("ledger")
    )
    rows = list(
        Member.select(Member.id, Member.balance, fn.COALESCE(ledger.c.total, 0))
        .join(ledger, JOIN.LEFT_OUTER, on=(ledger.c.member_id == Member.id))
        .where(Member.balance != fn.COALESCE(ledger.c.total, 0))
        .tuples()
    )
    _report(report, "balance differs from ledger (member, balance, ledger)", rows)

    lots = (
        Lot.select(Lot.member, fn.SUM(Lot.remaining).alias("total"))
        .group_by(Lot.member)
        .alias("lots")
    )
    rows = list(
        Member.select(Member.id, Member.balance, fn.COALESCE(lots.c.total, 0))
        .join(lots, JOIN.LEFT_OUTER, on=(lots.c.member_id == Member.id))
        .where(Member.balance != fn.COALESCE(lots.c.total, 0))
        .tuples()
    )
    _report(report, "balance differs from open lots (member, balance, lots)", rows)

    rows = list(Member.select(Member.id, Member.balance).where(Member.balance < 0).tuples())
    _report(report, "negative balance (member, balance)", rows)

    uses = (
        LotUse.select(LotUse.lot, fn.SUM(LotUse.points).alias("used"))
        .group_by(LotUse.lot)
        .alias("uses")
    )
    rows = list(
        Lot.select(Lot.id, Lot.points, Lot.remaining, fn.COALESCE(uses.c.used, 0))
        .join(uses, JOIN.LEFT_OUTER, on=(uses.c.lot_id == Lot.id))
        .where(
            (Lot.remaining != Lot.points - fn.COALESCE(uses.c.used, 0))
            | (Lot.remaining < 0)
            | (Lot.remaining > Lot.points)
        )
        .tuples()
    )
    _report(report, "lot does not add up (lot, points, remaining, used)", rows)

    created = (
        Lot.select(Lot.entry, fn.SUM(Lot.points).alias("made")).group_by(Lot.entry).alias("made")
    )
    taken = (
        LotUse.select(LotUse.entry, fn.SUM(LotUse.points).alias("taken"))
        .group_by(LotUse.entry)
        .alias("taken")
    )
    rows = list(
        LedgerEntry.select(LedgerEntry.id, LedgerEntry.kind, LedgerEntry.points)
        .join(created, JOIN.LEFT_OUTER, on=(created.c.entry_id == LedgerEntry.id))
        .join_from(LedgerEntry, taken, JOIN.LEFT_OUTER, on=(taken.c.entry_id == LedgerEntry.id))
        .where(LedgerEntry.points != fn.COALESCE(created.c.made, 0) - fn.COALESCE(taken.c.taken, 0))
        .tuples()
    )
    _report(report, "ledger entry not backed by lots (entry, kind, points)", rows)

    rows = list(
        Voucher.select(Voucher.code, Voucher.points, LedgerEntry.points)
        .join(LedgerEntry, on=(Voucher.entry == LedgerEntry.id))
        .where(LedgerEntry.points != Voucher.points * -1)
        .tuples()
    )
    _report(report, "voucher points differ from its ledger entry (code, voucher, ledger)", rows)
    _check_closed_members(report)
    _check_phones(report)
    return report


def _check_phones(report: CheckReport) -> None:
    """No two members share a phone number, and the database enforces it.

    With the unique index in place no two can; only without it are the numbers read (slow at a
    million members, and only then needed).
    """
    if phones.has_phone_index(database_proxy.obj):
        return
    _, collisions = phones.plan()
    rows = [(c.members, mask_phone(c.phone)) for c in collisions]
    _report(report, "members sharing one phone number (members, phone)", rows)
    report.problems.append(
        "the unique phone index is missing: correct or erase the members above who share "
        "a phone number, then run: python main.py db migrate"
    )


def mask_phone(phone: str) -> str:
    """Only the last three digits of a phone number."""
    return "•" * max(len(phone) - 3, 0) + phone[-3:]


def _check_closed_members(report: CheckReport) -> None:
    """Merged and erased members hold no points, no active card, no personal data."""
    closed = Member.status.in_(("merged", "erased"))
    rows = list(
        Member.select(Member.id, Member.status, Member.balance)
        .where(closed & (Member.balance != 0))
        .tuples()
    )
    _report(report, "merged or erased member holds points (member, status, balance)", rows)
    rows = list(
        Card.select(Card.number, Member.id, Member.status)
        .join(Member)
        .where(closed & (Card.status == "active"))
        .tuples()
    )
    _report(report, "active card of a merged or erased member (card, member, status)", rows)
    kept = Member.alias("kept")
    rows = list(
        Member.select(Member.id, Member.merged_into, kept.status)
        .join(kept, JOIN.LEFT_OUTER, on=(kept.id == Member.merged_into))
        .where(
            (Member.status == "merged")
            & (Member.merged_into.is_null() | kept.id.is_null() | (kept.id == Member.id))
        )
        .tuples()
    )
    _report(report, "merged member without a member it was merged into (member, into)", rows)
    rows = list(
        Member.select(Member.id, Member.erased_at)
        .where(
            (Member.status == "erased")
            & (
                Member.erased_at.is_null()
                | Member.phone.is_null(False)
                | Member.email.is_null(False)
                | Member.birthday.is_null(False)
                | Member.pin_hash.is_null(False)
            )
        )
        .tuples()
    )
    _report(report, "erased member still holds personal data (member, erased at)", rows)
