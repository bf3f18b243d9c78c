"""The Shops choices on the staff pages: a reward limited to a shop, an account of a shop."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from db.models import Reward, Staff
from kiosk.roles import OWNER
from kiosk.services import stores
from tests.conftest import SECRET
from tests.ui.conftest import MANAGER, MANAGER_PIN, KioskFactory
from tests.ui.staff_helpers import click, logged_in, open_page
from ui.staff.pages.accounts import StaffAccountsPage
from ui.staff.pages.catalogue import CataloguePage

pytestmark = pytest.mark.gui


def _two_shops(kiosk) -> None:
    owner = kiosk.shell.base_ctx.as_staff("cli:test", OWNER)
    assert owner.secret == SECRET
    stores.ensure_own_store(owner)
    stores.add_store(owner, "CITY", "City centre")


def test_a_single_shop_shows_no_shop_choice(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, CataloguePage)
    qtbot.waitUntil(lambda: bool(page.rewards), timeout=5_000)  # type: ignore[attr-defined]
    assert not page.rows.isRowVisible(page.labels["stores"])  # type: ignore[attr-defined]


def test_the_catalogue_limits_a_reward_to_one_shop(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    _two_shops(kiosk)
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, CataloguePage)
    assert isinstance(page, CataloguePage)
    qtbot.waitUntil(lambda: "CITY" in page.shop_buttons, timeout=5_000)
    assert page.rows.isRowVisible(page.labels["stores"])
    assert page.all_shops_button.isChecked() and page.all_shops_button.text() == "All shops"
    page.name_field.setText("City cinema")
    page.cost_field.setText("300")
    click(qtbot, kiosk, page.shop_buttons["CITY"])
    assert not page.all_shops_button.isChecked()
    click(qtbot, kiosk, page.save_button)
    qtbot.waitUntil(lambda: "Saved" in page.status.text(), timeout=5_000)
    assert Reward.get(Reward.name == "City cinema").stores == "CITY"
    qtbot.waitUntil(lambda: any(r.stores == ("CITY",) for r in page.rewards), timeout=5_000)


def test_a_chain_manager_adds_an_account_of_one_shop(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    _two_shops(kiosk)
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, StaffAccountsPage)
    assert isinstance(page, StaffAccountsPage)
    qtbot.waitUntil(lambda: "CITY" in page.new_shop.buttons, timeout=5_000)
    click(qtbot, kiosk, page.add_mode_button)
    assert page.add_form.isRowVisible(page.new_shop_label)
    page.new_name.setText("Cem")
    page.new_pin.setText("8642")
    page.new_pin_again.setText("8642")
    click(qtbot, kiosk, page.new_shop.buttons["CITY"])
    click(qtbot, kiosk, page.add_button)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=5_000)
    assert Staff.get(Staff.name == "Cem").store == "CITY"
    row = next(i for i in range(3) if page.table.item(i, 0).text() == "Cem")
    assert page.table.item(row, 1).text() == "Clerk · CITY"


def test_the_programme_page_limits_a_promotion_to_shops(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    from db.models import ProgrammeVersion
    from kiosk.services.programme import version_rules
    from ui.staff.pages.programme import ProgrammePage

    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, ProgrammePage)
    assert isinstance(page, ProgrammePage)
    qtbot.waitUntil(lambda: page.rules is not None, timeout=5_000)
    click(qtbot, kiosk, page.add_promo)
    promo = page.promo_rows[-1]
    assert promo.labels["stores"].text() == "Shops"
    promo.name.setText("City weekend")
    promo.starts.setText("01.01.2026")
    promo.ends.setText("31.12.2026")
    promo.multiplier.setText("2")
    promo.stores.setText("city, store-1")
    click(qtbot, kiosk, page.save_button)
    qtbot.waitUntil(lambda: "Saved" in page.status.text(), timeout=5_000)
    saved = version_rules(ProgrammeVersion.get().id)
    assert [p.stores for p in saved.promotions if p.name == "City weekend"] == [
        ("CITY", "STORE-1")]
