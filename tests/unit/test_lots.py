"""Lot allocation: spend the lot that expires first, keep never-expiring points for last."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.errors import InsufficientPoints
from kiosk.lots import OpenLot, allocate, spending_order

BASE = datetime(2026, 1, 1)


def lot(lot_id: int, remaining: int, days: int | None, earned: int = 0) -> OpenLot:
    expires = BASE + timedelta(days=days) if days is not None else None
    return OpenLot(lot_id, remaining, expires, BASE - timedelta(days=earned))


def test_oldest_expiring_first_and_never_expiring_last() -> None:
    lots = [lot(1, 50, None), lot(2, 30, 90), lot(3, 40, 10)]
    assert allocate(lots, 30) == [(3, 30)]
    assert allocate(lots, 60) == [(3, 40), (2, 20)]
    assert allocate(lots, 70) == [(3, 40), (2, 30)]
    assert allocate(lots, 120) == [(3, 40), (2, 30), (1, 50)]
    assert [x.lot_id for x in spending_order(lots)] == [3, 2, 1]


def test_ties_go_to_the_oldest_earned_then_the_lowest_id() -> None:
    lots = [lot(7, 10, 30, earned=1), lot(5, 10, 30, earned=9), lot(6, 10, 30, earned=9)]
    assert [x.lot_id for x in spending_order(lots)] == [5, 6, 7]
    never = [lot(2, 10, None, earned=1), lot(3, 10, None, earned=50)]
    assert allocate(never, 15) == [(3, 10), (2, 5)]


def test_insufficient_points_raise_and_say_how_many_there_are() -> None:
    lots = [lot(1, 50, None), lot(2, 30, 90)]
    with pytest.raises(InsufficientPoints, match="81 points are needed but only 80 are there"):
        allocate(lots, 81)
    with pytest.raises(InsufficientPoints):
        allocate([], 1)


def test_zero_and_negative_amounts() -> None:
    assert allocate([lot(1, 5, 1)], 0) == []
    assert allocate([], 0) == []
    with pytest.raises(ValueError):
        allocate([lot(1, 5, 1)], -1)


def test_empty_lots_are_skipped() -> None:
    assert allocate([lot(1, 0, 1), lot(2, 5, 2)], 5) == [(2, 5)]


lot_specs = st.lists(
    st.tuples(st.integers(0, 500), st.one_of(st.none(), st.integers(0, 900)), st.integers(0, 90)),
    min_size=1,
    max_size=12,
)


@given(lot_specs, st.data())
def test_allocation_properties(spec, data) -> None:
    lots = [lot(i, remaining, days, earned) for i, (remaining, days, earned) in enumerate(spec)]
    total = sum(x.remaining for x in lots)
    wanted = data.draw(st.integers(0, total), label="wanted")
    taken = allocate(lots, wanted)
    by_id = {x.lot_id: x for x in lots}
    # exactly the amount, each lot at most once and never more than it holds
    assert sum(t for _, t in taken) == wanted
    assert len({lot_id for lot_id, _ in taken}) == len(taken)
    assert all(0 < t <= by_id[lot_id].remaining for lot_id, t in taken)
    # in spending order; every lot before the last one touched is emptied
    order = [x.lot_id for x in spending_order(lots) if x.remaining > 0]
    touched = [lot_id for lot_id, _ in taken]
    assert touched == order[: len(touched)]
    for lot_id, amount in taken[:-1]:
        assert amount == by_id[lot_id].remaining
    # a never-expiring lot is touched only when every expiring lot is used up
    if any(by_id[lot_id].expires_at is None for lot_id in touched):
        expiring_left = sum(x.remaining for x in lots if x.expires_at is not None)
        assert sum(t for i, t in taken if by_id[i].expires_at is not None) == expiring_left


@given(lot_specs, st.integers(1, 100))
def test_asking_for_more_than_there_is_always_raises(spec, extra) -> None:
    lots = [lot(i, remaining, days, earned) for i, (remaining, days, earned) in enumerate(spec)]
    with pytest.raises(InsufficientPoints):
        allocate(lots, sum(x.remaining for x in lots) + extra)
