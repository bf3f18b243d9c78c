"""The services refuse text that would hide, reorder or control what screens, paper and terminals
show: NUL, ESC, bidirectional overrides and other invisible characters, with a reason each."""

from __future__ import annotations

import pytest

from db.models import AuditEntry, Member, Reward, Staff
from kiosk import services
from kiosk.errors import InvalidInput
from kiosk.services import member_admin as ma
from kiosk.services.catalogue import RewardFields, create_reward
from kiosk.services.staff import add_staff

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]

BAD = ["Eve\x00lyn", "Eve\x1b[2Jlyn", "\u202enylevE", "Eve\u200blyn", "Eve\x9blyn", "Eve\nlyn"]


def _reason(call, *args, **kwargs) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        call(*args, **kwargs)
    return caught.value


@pytest.mark.parametrize("name", BAD)
def test_enrolment_refuses_an_unsafe_name_and_keeps_nothing(ctx, name: str) -> None:
    error = _reason(services.enrol, ctx, name, "07700 900555")
    assert error.reason == "name_invalid" and "character" in error.message
    assert Member.select().count() == 0


@pytest.mark.parametrize("email", ["eve\x00@example.org", "eve@exam\u202eple.org", "e\x1bve@x.org"])
def test_enrolment_refuses_an_unsafe_email(ctx, email: str) -> None:
    assert _reason(services.enrol, ctx, "Evelyn", email=email).reason == "email_invalid"
    assert Member.select().count() == 0


def test_editing_refuses_them_too_and_changes_nothing(ctx, make_member) -> None:
    boss = ctx.as_staff("maria", "manager")
    eve = make_member("Evelyn", email="eve@example.org")
    assert _reason(ma.update_member, boss, eve.member_id, name="Eve\u202elyn").reason == (
        "name_invalid"
    )
    assert _reason(ma.update_member, boss, eve.member_id, email="eve\x00@x.org").reason == (
        "email_invalid"
    )
    member = Member.get_by_id(eve.member_id)
    assert (member.name, member.email) == ("Evelyn", "eve@example.org")
    assert not AuditEntry.select().where(AuditEntry.action == "member.edit").exists()


def test_reasons_receipts_staff_and_reward_names_are_checked(ctx, make_member) -> None:
    boss = ctx.as_staff("maria", "manager")
    eve = make_member("Evelyn", points=10)
    assert _reason(ma.block_member, boss, eve.member_id, "fraud\x1b[8m").reason == "text_invalid"
    assert _reason(ma.adjust_points, boss, eve.member_id, 5, "gift\u202e").reason == (
        "text_invalid"
    )
    assert _reason(services.adjust, ctx, eve.member_id, 5, "x\x00").reason == "text_invalid"
    assert _reason(ma.erase_member, boss, eve.member_id, "asked\u2066").reason == "text_invalid"
    assert Member.get_by_id(eve.member_id).status == "active"
    assert _reason(services.record_purchase, ctx, eve.card, 1000, "R-\x001").reason == (
        "receipt_invalid"
    )
    owner = ctx.as_staff("cli:owner", "owner")
    assert _reason(add_staff, owner, "Ma\u202eria", "manager", "2468").reason == "name_invalid"
    assert Staff.select().count() == 0
    error = _reason(create_reward, boss, RewardFields(name="Free\u200b coffee", cost=100))
    assert error.reason == "name_invalid"
    error = _reason(create_reward, boss, RewardFields(name="Coffee", cost=100,
                                                      description="Any\x1b[5m size"))
    assert error.reason == "catalogue_invalid"
    assert Reward.select().count() == 0
    assert create_reward(boss, RewardFields(name="Coffee", cost=100, description="Any\nsize"))


def test_request_keys_and_programme_notes_are_checked(ctx, make_member, make_reward) -> None:
    from kiosk.config import ProgrammeConfig
    from kiosk.services.programme import save_programme
    from kiosk.services.purchases import refund_key
    from kiosk.services.rewards import redeem_reward

    eve = make_member("Evelyn", points=500)
    reward = make_reward(cost=100)
    error = _reason(redeem_reward, ctx, eve.member_id, reward.id, "key\x1b[1m")
    assert error.reason == "key_invalid"
    assert _reason(refund_key, ctx, "R-1", None, "k\u202e").reason == "key_invalid"
    boss = ctx.as_staff("maria", "manager")
    error = _reason(save_programme, boss, ProgrammeConfig(), note="spring\x00")
    assert error.reason == "text_invalid"
    assert save_programme(boss, ProgrammeConfig(), note="spring\nrules")


def test_ordinary_names_in_every_script_still_enrol(ctx) -> None:
    for index, name in enumerate(["Ayşe Yılmaz", "Иван Петров", "O'Brien", "محمد علي"]):
        done = services.enrol(ctx, name, f"07700 90{index:04d}", email=f"m{index}@example.org")
        assert Member.get_by_id(done.member_id).name == name
