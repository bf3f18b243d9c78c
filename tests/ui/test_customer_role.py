"""The kiosk screen runs as the customer, whatever context the program hands it."""

from __future__ import annotations

import pytest

from kiosk.errors import Refused
from kiosk.roles import OWNER
from kiosk.services import staff
from kiosk.services.programme import programme_history
from tests.ui.conftest import KioskFactory


def test_the_screen_runs_as_the_customer_and_may_not_manage(make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    customer = kiosk.journey.ctx
    assert (customer.role, customer.staff) == ("customer", None)
    assert kiosk.journey.base_ctx.role == "customer"  # what staff sessions are made from
    for call in (
        lambda: staff.add_staff(customer, "Mallory", "manager", "1111"),
        lambda: staff.list_staff(customer),
        lambda: programme_history(customer),
    ):
        with pytest.raises(Refused) as refused:
            call()
        assert refused.value.reason == "not_allowed"
    owner = customer.as_staff("cli:test", OWNER)
    assert "Mallory" not in [info.name for info in staff.list_staff(owner)]
