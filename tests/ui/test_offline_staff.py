"""Staff see a calm amber strip while the kiosk is offline, and review what the server refused."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from kiosk import services
from kiosk.context import Context
from kiosk.offline import gateway as gateway_module
from kiosk.offline.hook import set_gateway
from kiosk.offline.review import offline_review
from kiosk.services import counter
from kiosk.views import MemberView
from tests.integration.offline_chain import Chain, chain_fixture  # noqa: F401
from tests.ui.conftest import MANAGER, MANAGER_PIN, KioskFactory
from ui.staff.offline_strip import OfflineStrip
from ui.staff.pages.offline_box import OfflineBox

pytestmark = [pytest.mark.gui, pytest.mark.postgres]


@dataclass
class Host:
    """What the strip and the box need of the staff desk: the context."""

    ctx: Context


def test_strip_says_since_when_and_how_many_wait_then_hides(qtbot: QtBot, chain: Chain) -> None:
    ctx = chain.context()
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    gateway = gateway_module.Gateway(ctx)
    gateway.tick()
    set_gateway(gateway)  # as the kiosk program installs it
    strip = OfflineStrip(Host(ctx))
    qtbot.addWidget(strip)
    strip.refresh()
    assert strip.isHidden()
    chain.proxy.cut()
    clerk = ctx.as_staff("Sam", "clerk")
    view = gateway.run(counter.find_member, (clerk, member.card))
    strip.refresh()  # offline, nothing made here yet: no "0 changes waiting"
    assert strip.text().startswith("Offline since ") and "change" not in strip.text()
    gateway.run(counter.counter_purchase, (clerk, view.member_id, 1000, "R-1"))
    gateway.run(counter.counter_purchase, (clerk, view.member_id, 500, "R-2"))
    strip.refresh()
    assert not strip.isHidden()
    assert strip.text().startswith("Offline since ")
    assert "2 change" in strip.text() and strip.text().endswith("waiting")
    chain.heal()
    gateway.tick()
    strip.refresh()
    assert strip.isHidden()


def test_box_lists_a_refused_change_until_it_is_reviewed(qtbot: QtBot, chain: Chain) -> None:
    ctx = chain.context()
    first = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    second = services.enrol(ctx, "Grace Hopper", phone="07700 900002")
    gateway = gateway_module.Gateway(ctx)
    gateway.tick()
    set_gateway(gateway)
    chain.proxy.cut()
    gateway.go_offline("test")
    manager = ctx.as_staff("Mo", "manager")
    gateway.run(counter.counter_purchase, (manager, first.member_id, 1000, "R-9"))
    chain.heal()
    services.record_purchase(ctx, second.card, 2000, "R-9")  # the till got there first
    gateway.tick()
    box = OfflineBox(Host(ctx), lambda *args, **kwargs: None)
    qtbot.addWidget(box)
    review = offline_review(manager)
    box.show_review(review)
    assert box.isVisibleTo(box.parentWidget() or box) or not box.isHidden()
    assert box.conflicts.count() == 1
    text = box.conflicts.item(0).text()
    assert "Purchase, receipt R-9" in text
    assert "already recorded" in text or "receipt" in text.lower()
    from kiosk.offline.review import mark_reviewed

    box.show_review(mark_reviewed(manager, review.conflicts[0].seq))
    assert box.conflicts.item(0).text() == "Nothing was refused by the server."


def test_a_member_view_served_offline_carries_its_as_of(chain: Chain) -> None:
    ctx = chain.context()
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    gateway = gateway_module.Gateway(ctx)
    gateway.tick()
    chain.proxy.cut()
    gateway.go_offline("test")
    from kiosk.services import journey

    view = gateway.run(journey.member_by_card, (ctx.as_customer(), member.card))
    assert isinstance(view, MemberView) and view.as_of == gateway.copied_at()


def test_the_voucher_page_says_what_offline_could_not_check(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    from kiosk.offline.views import UncheckedVoucherState, unknown_voucher_redeemed
    from kiosk.vouchers import new_voucher_code
    from tests.ui.staff_helpers import logged_in, open_page
    from ui.staff.pages.vouchers import VoucherPage

    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, VoucherPage)
    code = new_voucher_code(kiosk.journey.ctx.secret)
    page.just_redeemed = True
    page._show(unknown_voucher_redeemed(code, kiosk.journey.ctx.now()))
    assert page.verdict.text() == "REDEEMED"
    assert "Hand over the reward printed on the voucher." in page.details.text()
    assert "Could not be checked against other shops." in page.details.text()
    page.just_redeemed = False
    page._show(UncheckedVoucherState(code, "refused", False, "", unchecked=False))
    assert page.verdict.text() == "NOT ACCEPTED"
    assert "Could not be checked" not in page.details.text()


def test_the_member_screen_says_quietly_that_recent_points_may_not_show(
    qtbot: QtBot, chain: Chain
) -> None:
    from kiosk.services import journey
    from ui.screens.member import MemberScreen

    ctx = chain.context()
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    online = journey.member_by_card(ctx.as_customer(), member.card)
    gateway = gateway_module.Gateway(ctx)
    gateway.tick()
    chain.proxy.cut()
    gateway.go_offline("test")
    offline = gateway.run(journey.member_by_card, (ctx.as_customer(), member.card))
    screen = MemberScreen()
    qtbot.addWidget(screen)
    screen.show_member(online)
    assert screen.as_of_note.isHidden()
    screen.show_member(offline)
    assert not screen.as_of_note.isHidden()
    assert screen.as_of_note.text() == "Points from the last few minutes may not show yet."


def test_the_worker_runs_its_jobs_through_the_gateway(qtbot: QtBot, chain: Chain) -> None:
    from db.database import use_database
    from kiosk.offline.outbox import list_items
    from ui.shell.worker import Owner, Worker

    ctx = chain.context()
    member = services.enrol(ctx, "Ada Lovelace", phone="07700 900001")
    gateway = gateway_module.Gateway(ctx)
    gateway.tick()
    set_gateway(gateway)
    chain.proxy.cut()  # the worker's first job finds the line down and goes to the copy
    worker = Worker()
    results: list[object] = []
    problems: list[object] = []
    clerk = ctx.as_staff("Sam", "clerk")
    worker.submit(Owner("test"), counter.counter_purchase, clerk, member.member_id, 1000, "R-1",
                  on_done=results.append, on_error=problems.append)
    qtbot.waitUntil(lambda: bool(results or problems), timeout=15_000)
    worker.stop()
    assert problems == [] and results[0].points_earned > 0  # type: ignore[attr-defined]
    assert not gateway.online
    with use_database(gateway.replica):
        assert [(i.kind, i.state) for i in list_items()] == [("purchase", "waiting")]


def test_the_purchase_page_takes_a_card_the_copy_does_not_hold(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    """Offline, a card the kiosk's copy does not hold: staff are told the purchase is kept and
    its points come when the line is back, and the page records it by card."""
    from kiosk.views import PurchaseResult
    from tests.ui.staff_helpers import logged_in, open_page
    from ui.staff.pages.counter import PurchasePage

    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, PurchasePage)
    page._found(counter.CounterMember(0, "", "2900000000117", 0, "", counter.NOT_COPIED))
    assert "•••• 0117" in page.member_label.text()
    assert "points are added when the line is back" in page.member_label.text()
    assert page.record_button.isEnabled()
    page._recorded(PurchaseResult(0, 0, "R-5", 1250, 0, 0, False, kiosk.journey.ctx.now()))
    assert page.banner.text() == "Recorded £12.50 for card •••• 0117"
    assert "The points are added when the line is back." in page.status.text()
    assert "New balance" not in page.status.text()
