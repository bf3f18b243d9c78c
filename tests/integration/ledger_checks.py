"""Checks shared by the database tests: the cached balance, the ledger and the lots agree."""

from __future__ import annotations

from peewee import fn

from db.models import LedgerEntry, Lot, LotUse, Member


def balance(member_id: int) -> int:
    """The cached balance column."""
    return int(Member.select(Member.balance).where(Member.id == member_id).scalar())


def ledger_sum(member_id: int) -> int:
    """The sum of the member's ledger entries."""
    return int(
        LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.points), 0))
        .where(LedgerEntry.member == member_id)
        .scalar()
    )


def lots_sum(member_id: int) -> int:
    """The points left in the member's lots."""
    return int(
        Lot.select(fn.COALESCE(fn.SUM(Lot.remaining), 0)).where(Lot.member == member_id).scalar()
    )


def lot_remaining(lot_id: int) -> int:
    """The points left in one lot."""
    return int(Lot.select(Lot.remaining).where(Lot.id == lot_id).scalar())


def assert_ledger_whole() -> None:
    """Each member: balance == ledger == lots >= 0; each lot: remaining == points - uses."""
    for member_id, cached in Member.select(Member.id, Member.balance).tuples():
        assert cached >= 0, f"member {member_id} has a negative balance {cached}"
        assert cached == ledger_sum(member_id) == lots_sum(member_id), (
            f"member {member_id}: balance {cached}, ledger {ledger_sum(member_id)}, "
            f"lots {lots_sum(member_id)}"
        )
    uses = dict(LotUse.select(LotUse.lot, fn.SUM(LotUse.points)).group_by(LotUse.lot).tuples())
    for lot_id, points, remaining in Lot.select(Lot.id, Lot.points, Lot.remaining).tuples():
        assert 0 <= remaining <= points, f"lot {lot_id}: {remaining} of {points}"
        assert remaining == points - int(uses.get(lot_id, 0)), f"lot {lot_id} uses do not add up"
