"""Reading the audit log: newest first, by day, person and action kind; managers only."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk import audit
from kiosk.errors import Refused
from kiosk.formatting import shop_today
from kiosk.services import staff
from kiosk.services.audit_log import AuditLine, audit_actions, recent_audit

pytestmark = pytest.mark.integration


@pytest.fixture
def log(database, ctx, clock):
    """Two days of actions by a manager and a clerk; the manager's context is returned."""
    maria = ctx.as_staff("Maria", "manager")
    sam = ctx.as_staff("Sam", "clerk")
    staff.add_staff(ctx.as_staff("cli:owner", "owner"), "Maria", "manager", "2468")
    clock.advance(minutes=1)
    audit.record(sam, "purchase", "R-1", {"amount": 2490, "points": 24})
    clock.advance(days=1)
    audit.record(sam, "voucher.redeem", "V-1", {"reward": "Coffee"})
    clock.advance(minutes=1)
    audit.record(maria, "voucher.void", "V-2", {"points_returned": 50}, "torn")
    clock.advance(minutes=1)
    audit.record(maria, "reward.create", "Tea")
    audit.record(maria, "cause.edit", "Trees")
    return maria


def _actions(lines: list[AuditLine]) -> list[str]:
    return [line.action for line in lines]


def test_newest_first_with_who_details_and_reason(log) -> None:
    lines = recent_audit(log)
    assert _actions(lines) == [
        "cause.edit", "reward.create", "voucher.void", "voucher.redeem", "purchase", "staff.add",
    ]
    void = lines[2]
    assert (void.staff, void.role, void.target, void.reason) == ("Maria", "manager", "V-2", "torn")
    assert void.details == {"points_returned": 50}
    assert lines[4].details == {"amount": 2490, "points": 24}
    with pytest.raises(AttributeError):
        void.action = "x"  # type: ignore[misc]


def test_a_day_and_days_back(log, ctx) -> None:
    today = shop_today(ctx.config, ctx.now())
    assert _actions(recent_audit(log, day=today)) == [
        "cause.edit", "reward.create", "voucher.void", "voucher.redeem",
    ]
    yesterday = today - timedelta(days=1)
    assert _actions(recent_audit(log, day=yesterday)) == ["purchase", "staff.add"]
    assert len(recent_audit(log, day=today, days=7)) == 6
    assert recent_audit(log, day=today + timedelta(days=1)) == []


def test_by_person_kind_and_limit(log) -> None:
    assert _actions(recent_audit(log, staff="Sam")) == ["voucher.redeem", "purchase"]
    assert _actions(recent_audit(log, action_prefix="voucher")) == [
        "voucher.void", "voucher.redeem",
    ]
    assert _actions(recent_audit(log, action_prefix=("reward", "cause"))) == [
        "cause.edit", "reward.create",
    ]
    assert _actions(recent_audit(log, staff="Maria", action_prefix="staff")) == []
    assert _actions(recent_audit(log, action_prefix="purch")) == []  # a whole word, not a part
    assert _actions(recent_audit(log, limit=2)) == ["cause.edit", "reward.create"]


def test_the_kinds_of_action(log) -> None:
    assert audit_actions(log) == ["cause", "purchase", "reward", "staff", "voucher"]


def test_a_clerk_may_not_read_the_log(log, ctx) -> None:
    clerk = ctx.as_staff("Sam", "clerk")
    for read in (recent_audit, audit_actions):
        with pytest.raises(Refused) as refused:
            read(clerk)
        assert refused.value.reason == "not_allowed"
