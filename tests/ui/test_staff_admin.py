"""Member administration, the catalogue and the programme rules on the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.models import AuditEntry, Card, LedgerEntry, Member, ProgrammeVersion, Reward
from kiosk.services.counter import counter_purchase
from tests.ui.conftest import (
    ALEX,
    CLERK,
    CLERK_PIN,
    MANAGER,
    MANAGER_PIN,
    SAM,
    KioskFactory,
    wait_idle,
)
from tests.ui.staff_helpers import click, logged_in, open_page, shop
from ui.app import Kiosk
from ui.staff.pages.catalogue import CataloguePage
from ui.staff.pages.members import MembersPage
from ui.staff.pages.programme import ProgrammePage

pytestmark = pytest.mark.gui


def _actions() -> list[str]:
    """What staff did (not the demo data's set-up or the test's own)."""
    rows = AuditEntry.select().where(AuditEntry.staff.not_in(("demo", "cli:test")))
    return [e.action for e in rows.order_by(AuditEntry.id)]


def _open_alex(qtbot: QtBot, kiosk: Kiosk) -> MembersPage:
    page = open_page(qtbot, kiosk, MembersPage)
    kiosk.journey.scanned(ALEX)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=5_000)  # type: ignore[attr-defined]
    return page  # type: ignore[return-value]


def test_a_clerk_finds_edits_and_enrols_but_has_no_manage_tab(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    page = _open_alex(qtbot, kiosk)
    assert page.detail.name == "Alex Morgan"
    assert not page.tabs.isTabVisible(3)  # adjust, block, merge and erase are for managers
    page.details.email_field.setText("alex@example.org")
    click(qtbot, kiosk, page.details.save_button)
    qtbot.waitUntil(lambda: "saved" in page.status.text(), timeout=5_000)
    assert Member.get_by_id(page.detail.id).email == "alex@example.org"
    page.search_field.setText("morgan")
    click(qtbot, kiosk, page.search_button)
    assert page.found.rowCount() >= 1
    click(qtbot, kiosk, page.purchase_button)  # a purchase for the member found by name
    purchase = kiosk.journey.desk.area.current_page()
    assert purchase.member.name == "Alex Morgan" and purchase.record_button.isEnabled()
    open_page(qtbot, kiosk, MembersPage)
    click(qtbot, kiosk, page.new_button)
    page.details.name_field.setText("Zeynep Kaya")
    page.details.phone_field.setText("07700 900555")
    page.details.birthday_field.setText("03.02.1991")
    click(qtbot, kiosk, page.details.language_buttons["tr"])
    click(qtbot, kiosk, page.details.save_button)
    qtbot.waitUntil(lambda: "Enrolled Zeynep Kaya" in page.status.text(), timeout=5_000)
    zeynep = Member.get(Member.name == "Zeynep Kaya")
    assert (zeynep.language, str(zeynep.birthday)) == ("tr", "1991-02-03")
    assert Card.get(Card.member == zeynep.id).status == "active"
    assert [a for a in _actions() if not a.startswith("staff.")] == ["member.edit", "member.enrol"]


def test_a_manager_adjusts_blocks_and_replaces_a_card_with_reasons(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = _open_alex(qtbot, kiosk)
    member_id = page.detail.id
    before = page.detail.balance
    manage = page.manage
    assert page.tabs.isTabVisible(3)
    page.tabs.setCurrentWidget(manage)
    manage.points_field.setText("50")
    click(qtbot, kiosk, manage.adjust_button.widget)
    click(qtbot, kiosk, manage.adjust_button.widget)
    qtbot.waitUntil(lambda: "reason" in page.status.text().lower(), timeout=5_000)
    assert Member.get_by_id(member_id).balance == before  # no reason, no change
    manage.reason_field.setText("coffee machine ate the voucher")
    manage.points_field.setText("50")
    click(qtbot, kiosk, manage.adjust_button.widget)
    click(qtbot, kiosk, manage.adjust_button.widget)
    qtbot.waitUntil(lambda: "Adjusted by +50" in page.status.text(), timeout=5_000)
    assert Member.get_by_id(member_id).balance == before + 50
    entry = LedgerEntry.select().where(LedgerEntry.kind == "adjust").order_by(
        LedgerEntry.id.desc()).get()
    assert entry.reason == "coffee machine ate the voucher"
    manage.reason_field.setText("asked to pause the account")
    click(qtbot, kiosk, manage.block_button.widget)
    click(qtbot, kiosk, manage.block_button.widget)
    qtbot.waitUntil(lambda: Member.get_by_id(member_id).status == "blocked", timeout=5_000)
    wait_idle(qtbot, kiosk)
    page.tabs.setCurrentIndex(1)
    click(qtbot, kiosk, page.replace_button)
    qtbot.waitUntil(lambda: "old card is blocked" in page.status.text(), timeout=5_000)
    assert Card.get(Card.number == ALEX).status == "blocked"
    assert Card.select().where((Card.member == member_id) & (Card.status == "active")).count() == 1
    assert [a for a in _actions() if not a.startswith("staff.")] == [
        "points.adjust", "member.block", "card.replace"]


def test_merging_a_duplicate_and_erasing_on_request(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = _open_alex(qtbot, kiosk)
    alex = Member.get_by_id(page.detail.id)
    sam_id = Card.get(Card.number == SAM).member_id
    counter_purchase(shop(kiosk), sam_id, 2000, "SAM-1")
    sam_points = Member.get_by_id(sam_id).balance
    manage = page.manage
    manage.reason_field.setText("same person, two cards")
    manage.duplicate_field.setText(SAM)
    click(qtbot, kiosk, manage.merge_button.widget)
    click(qtbot, kiosk, manage.merge_button.widget)
    qtbot.waitUntil(lambda: "Merged" in page.status.text(), timeout=5_000)
    assert Member.get_by_id(sam_id).status == "merged"
    assert Member.get_by_id(alex.id).balance == alex.balance + sam_points
    assert Card.get(Card.number == SAM).member_id == alex.id
    manage.reason_field.setText("customer asked to be forgotten")
    click(qtbot, kiosk, manage.erase_button.widget)
    assert "cannot be undone" in manage.erase_button.widget.text()
    click(qtbot, kiosk, manage.erase_button.widget)
    qtbot.waitUntil(lambda: "erased" in page.status.text(), timeout=5_000)
    erased = Member.get_by_id(alex.id)
    assert (erased.status, erased.phone, erased.balance) == ("erased", None, 0)
    assert "Alex" not in erased.name


def test_the_catalogue_editor_adds_and_changes_a_reward(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, CataloguePage)
    qtbot.waitUntil(lambda: bool(page.rewards), timeout=5_000)  # type: ignore[attr-defined]
    page.name_field.setText("Cinema ticket")  # type: ignore[attr-defined]
    page.cost_field.setText("900")  # type: ignore[attr-defined]
    page.stock_field.setText("10")  # type: ignore[attr-defined]
    page.name_fields["tr"].setText("Sinema bileti")  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.tier_buttons["Gold"])  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.save_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Saved" in page.status.text(), timeout=5_000)
    reward = Reward.get(Reward.name == "Cinema ticket")
    assert (reward.cost, reward.stock, reward.min_tier) == (900, 10, "Gold")
    assert "Sinema bileti" in reward.translations
    page.cost_field.setText("abc")  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.save_button)  # type: ignore[attr-defined]
    assert "whole numbers" in page.status.text()
    assert "reward.create" in _actions()


def test_the_programme_rules_change_from_now_on(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    ctx = shop(kiosk)
    alex = Card.get(Card.number == ALEX).member_id
    earlier = counter_purchase(ctx, alex, 1000, "BEFORE-1")
    page = open_page(qtbot, kiosk, ProgrammePage)
    qtbot.waitUntil(lambda: page.rules is not None, timeout=5_000)  # type: ignore[attr-defined]
    page.scalars["points_per_unit"].setText("3")  # type: ignore[attr-defined]
    page.note_field.setText("triple points month")  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.save_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Saved" in page.status.text(), timeout=5_000)
    assert ProgrammeVersion.select().count() == 1
    qtbot.waitUntil(lambda: kiosk.journey.ctx.config.programme.points_per_unit == 3,
                    timeout=5_000)
    desk = kiosk.journey.desk
    qtbot.waitUntil(lambda: desk.staff_ctx.config.programme.points_per_unit == 3, timeout=5_000)
    later = counter_purchase(kiosk.journey.desk.staff_ctx, alex, 1000, "AFTER-1")
    assert later.points_earned > earlier.points_earned
    assert LedgerEntry.get(LedgerEntry.purchase == earlier.purchase_id).points == (
        earlier.points_earned)  # points earned before stay as they were
    page.tier_rows[1].threshold.setText("not money")  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.save_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "like 12.50" in page.status.text(), timeout=5_000)
    assert ProgrammeVersion.select().count() == 1
    assert _actions().count("programme.edit") == 1
    qtbot.mouseClick(kiosk.journey.desk.area.done_button, Qt.MouseButton.LeftButton)
