"""The terminals list: health and reason of each, worst first, scoped to the staff's shop."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.errors import NotFound, Refused
from kiosk.roles import CLERK, MANAGER
from kiosk.services.terminal_views import ago_text, list_terminals, shop_choices
from tests.terminal_rows import CITY, HARBOUR, add_store, add_terminal, two_shops


def _by_code(views):
    return {(view.store, view.code): view for view in views}


def test_each_terminal_gets_its_health_and_a_plain_reason(database, ctx, clock) -> None:
    two_shops(clock.now())
    views = _by_code(list_terminals(ctx))
    assert views[(CITY, "KIOSK-1")].health == "ok"
    assert views[(CITY, "KIOSK-1")].reason == "Working"
    assert views[(CITY, "OFFICE")].health == "ok"  # no printer or scanner fitted: nothing wrong
    paper = views[(CITY, "KIOSK-2")]
    assert (paper.health, paper.problems, paper.reason) == (
        "warning", ("printer",), "Printer out of paper")
    queued = views[(HARBOUR, "KIOSK-1")]
    assert queued.health == "warning"
    assert queued.problems == ("offline", "queue")
    assert queued.reason == "Offline since 11:35; 12 changes waiting"  # London time
    down = views[(HARBOUR, "KIOSK-2")]
    assert (down.health, down.problems) == ("down", ("not_seen",))
    assert down.reason == "Not seen since 11:13"
    old = views[(HARBOUR, "KIOSK-OLD")]
    assert old.health == "retired"
    assert old.reason == "Not seen since 2026-01-20 12:00"
    assert views[(CITY, "KIOSK-1")].store_name == "City Centre"


def test_the_shop_zone_decides_the_time_shown(database, ctx, clock) -> None:
    add_store(CITY, "City Centre", "Europe/Istanbul")
    add_terminal(CITY, "KIOSK-9", clock.now() - timedelta(minutes=30))
    (view,) = list_terminals(ctx)
    assert view.reason == "Not seen since 14:30"  # noon UTC less 30 minutes, at UTC+3
    assert view.time_zone == "Europe/Istanbul"


@pytest.mark.parametrize(("age", "health"), [
    (timedelta(seconds=119), "ok"), (timedelta(minutes=2, seconds=1), "warning"),
    (timedelta(minutes=9, seconds=59), "warning"), (timedelta(minutes=10), "down"),
    (timedelta(days=13), "down"), (timedelta(days=14), "retired"),
])
def test_health_follows_the_last_report(database, ctx, clock, age, health) -> None:
    add_terminal("STORE-1", "KIOSK-1", clock.now() - age)
    (view,) = list_terminals(ctx)
    assert view.health == health
    if health == "warning":
        assert view.reason.startswith("Last report ")


def test_a_clock_ahead_of_the_server_is_not_a_problem(database, ctx, clock) -> None:
    add_terminal("STORE-1", "KIOSK-1", clock.now() + timedelta(minutes=3))
    assert list_terminals(ctx)[0].health == "ok"


def test_a_switched_off_shop_retires_its_terminals(database, ctx, clock) -> None:
    add_store("GONE", "Closed shop", active=False)
    add_terminal("GONE", "KIOSK-1", clock.now())
    (view,) = list_terminals(ctx)
    assert (view.health, view.problems, view.reason) == (
        "retired", ("shop_off",), "Shop switched off")


def test_worst_first_then_shop_then_code(database, ctx, clock) -> None:
    two_shops(clock.now())
    order = [(view.health, view.store, view.code) for view in list_terminals(ctx)]
    assert order == [
        ("down", HARBOUR, "KIOSK-2"),
        ("warning", CITY, "KIOSK-2"),
        ("warning", HARBOUR, "KIOSK-1"),
        ("ok", CITY, "KIOSK-1"),
        ("ok", CITY, "OFFICE"),
        ("retired", HARBOUR, "KIOSK-OLD"),
    ]


def test_one_shop_only_when_asked(database, ctx, clock) -> None:
    two_shops(clock.now())
    assert {view.store for view in list_terminals(ctx, CITY)} == {CITY}
    with pytest.raises(NotFound) as unknown:
        list_terminals(ctx, "NOWHERE")
    assert unknown.value.reason == "store_unknown"


def test_a_shop_manager_sees_their_own_shop_only(database, ctx, clock) -> None:
    two_shops(clock.now())
    shop_manager = ctx.as_staff("Hana", MANAGER, HARBOUR)
    assert {view.store for view in list_terminals(shop_manager)} == {HARBOUR}
    assert {view.store for view in list_terminals(shop_manager, HARBOUR)} == {HARBOUR}
    with pytest.raises(Refused) as refused:
        list_terminals(shop_manager, CITY)
    assert refused.value.reason == "store_not_yours"
    assert shop_choices(shop_manager) == [(HARBOUR, "Harbour Street")]
    chain_manager = ctx.as_staff("Maria", MANAGER, None)
    assert len(list_terminals(chain_manager)) == 6
    assert shop_choices(chain_manager) == [(CITY, "City Centre"), (HARBOUR, "Harbour Street")]


def test_a_clerk_may_not_see_terminals(database, ctx, clock) -> None:
    two_shops(clock.now())
    with pytest.raises(Refused) as refused:
        list_terminals(ctx.as_staff("Sam", CLERK, CITY))
    assert refused.value.reason == "not_allowed"


def test_a_terminal_of_a_shop_without_a_row_shows_its_code(database, ctx, clock) -> None:
    add_terminal("STORE-1", "KIOSK-1", clock.now())  # this program's own shop: its config name
    add_terminal("OLD-7", "KIOSK-1", clock.now())
    names = {view.store: view.store_name for view in list_terminals(ctx)}
    assert names == {"STORE-1": ctx.config.store.name, "OLD-7": "OLD-7"}


def test_ages_in_words() -> None:
    assert ago_text(timedelta(seconds=30)) == "just now"
    assert ago_text(timedelta(minutes=2, seconds=59)) == "2 min ago"
    assert ago_text(timedelta(hours=5)) == "5 h ago"
    assert ago_text(timedelta(days=3)) == "3 days ago"
