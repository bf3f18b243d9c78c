"""Every staff action writes exactly one audit row; a clerk is refused manager-only actions."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from db.models import AuditEntry, Card, Cause, LedgerEntry, Member, ProgrammeVersion, Reward
from kiosk.config import ProgrammeConfig
from kiosk.errors import Refused
from kiosk.services import catalogue as cat
from kiosk.services import member_admin as ma
from kiosk.services import programme as prog
from kiosk.services.audit_log import audit_entries

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]


def _snapshot() -> tuple:
    return tuple(
        sorted(model.select().tuples())
        for model in (AuditEntry, Card, Cause, LedgerEntry, Member, ProgrammeVersion, Reward)
    )


@pytest.fixture
def world(ctx, make_member, make_cause):
    ada = make_member("Ada", points=100, email="ada@example.org")
    bob = make_member("Bob", points=20)
    cause = make_cause()
    reward_id = cat.create_reward(ctx, cat.RewardFields("Coffee", 100))
    AuditEntry.delete().execute()
    return {"ada": ada.member_id, "bob": bob.member_id, "reward": reward_id, "cause": cause.id}


ACTIONS: list[tuple[str, str, Callable[[Any, dict[str, int]], Any]]] = [
    ("member.edit", "members", lambda c, w: ma.update_member(c, w["ada"], name="Ada K")),
    ("member.block", "member_admin", lambda c, w: ma.block_member(c, w["ada"], "why")),
    ("member.merge", "member_admin", lambda c, w: ma.merge_members(c, w["ada"], w["bob"], "dup")),
    ("member.erase", "member_admin", lambda c, w: ma.erase_member(c, w["ada"], "asked")),
    ("points.adjust", "adjust", lambda c, w: ma.adjust_points(c, w["ada"], 5, "goodwill")),
    ("card.replace", "replace_card", lambda c, w: ma.replace_member_card(c, w["ada"], None, "x")),
    ("reward.create", "catalogue", lambda c, w: cat.create_reward(c, cat.RewardFields("Tea", 9))),
    (
        "reward.edit",
        "catalogue",
        lambda c, w: cat.update_reward(c, w["reward"], cat.RewardFields("Tea", 9)),
    ),
    ("reward.deactivate", "catalogue", lambda c, w: cat.set_reward_active(c, w["reward"], False)),
    ("cause.create", "catalogue", lambda c, w: cat.create_cause(c, cat.CauseFields("Park"))),
    (
        "cause.edit",
        "catalogue",
        lambda c, w: cat.update_cause(c, w["cause"], cat.CauseFields("Parks")),
    ),
    ("cause.deactivate", "catalogue", lambda c, w: cat.set_cause_active(c, w["cause"], False)),
    (
        "programme.edit",
        "programme",
        lambda c, w: prog.save_programme(c, ProgrammeConfig(birthday_bonus_points=1), "x"),
    ),
]
MANAGER_ONLY = [a for a in ACTIONS if a[1] not in ("members", "replace_card")]


@pytest.mark.parametrize(("action", "permission", "call"), ACTIONS, ids=[a[0] for a in ACTIONS])
def test_each_action_writes_one_audit_row(ctx, world, action, permission, call) -> None:
    boss = ctx.as_staff("maria", "manager")
    call(boss, world)
    rows = list(AuditEntry.select())
    assert [(r.action, r.staff, r.role) for r in rows] == [(action, "maria", "manager")]
    assert (rows[0].store, rows[0].terminal) == (ctx.store, ctx.terminal)
    assert rows[0].created_at == ctx.now() and json.loads(rows[0].details)
    assert "pin" not in rows[0].details.lower()


@pytest.mark.parametrize(
    ("action", "permission", "call"), MANAGER_ONLY, ids=[a[0] for a in MANAGER_ONLY]
)
def test_a_clerk_is_refused_and_nothing_changes(ctx, world, action, permission, call) -> None:
    clerk = ctx.as_staff("sam", "clerk")
    before = _snapshot()
    with pytest.raises(Refused) as caught:
        call(clerk, world)
    assert caught.value.reason == "not_allowed"
    assert _snapshot() == before


def test_a_clerk_may_edit_members_and_replace_cards(ctx, world) -> None:
    clerk = ctx.as_staff("sam", "clerk")
    ma.update_member(clerk, world["ada"], email="ada@example.com")
    ma.replace_member_card(clerk, world["ada"], None, "lost")
    assert [r.role for r in AuditEntry.select()] == ["clerk", "clerk"]
    with pytest.raises(Refused) as caught:
        audit_entries(clerk)
    assert caught.value.reason == "not_allowed"


def test_audit_entries_filters(ctx, clock, world) -> None:
    boss = ctx.as_staff("maria", "manager")
    other = ctx.as_staff("olga", "manager")
    ma.block_member(boss, world["ada"], "first")
    clock.advance(days=2)
    ma.unblock_member(other, world["ada"], "second")
    ma.adjust_points(other, world["bob"], 3, "third")
    rows = audit_entries(boss)
    assert [r.action for r in rows] == ["points.adjust", "member.unblock", "member.block"]
    assert rows[-1].details == {"status": ["active", "blocked"]}
    assert [r.reason for r in audit_entries(boss, staff="olga")] == ["third", "second"]
    assert [r.action for r in audit_entries(boss, action="member.")] == [
        "member.unblock",
        "member.block",
    ]
    assert [r.reason for r in audit_entries(boss, since=clock.now().date())] == ["third", "second"]
    day_before = clock.now().date() - timedelta(days=2)
    assert [r.reason for r in audit_entries(boss, until=day_before)] == ["first"]
    assert len(audit_entries(boss, limit=1)) == 1
    assert audit_entries(boss, since=date(2030, 1, 1)) == []
    assert audit_entries(ctx)  # the shop's own command line may read it


def test_the_command_line_context_may_do_everything(ctx, world) -> None:
    shop = ctx.as_staff("cli:root", "owner")
    ma.block_member(shop, world["bob"], "test")
    row = AuditEntry.get()
    assert (row.staff, row.role) == ("cli:root", "owner")
