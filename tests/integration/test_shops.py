"""Shops and terminals as data: the store list, each kiosk adding its own shop, terminals
reporting in (one row each, first seen kept, last seen moving), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import socket
from dataclasses import replace
from datetime import timedelta

import pytest

from db.migrations import latest_version
from db.models import AuditEntry, JobRun, Store, Terminal
from kiosk.config import Config
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.roles import MANAGER
from kiosk.schedule import heartbeat_job, system_context
from kiosk.scheduler import run_job
from kiosk.services import stores, terminals
from kiosk.services.terminals import StateBox, TerminalState
from kiosk.version import program_version

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]


def _at(ctx: Context, store: str, terminal: str = "KIOSK-1") -> Context:
    """The same program configured as another shop's (or another terminal's) kiosk."""
    config = ctx.config
    return replace(ctx, config=replace(config, store=replace(
        config.store, id=store, terminal=terminal)))


def _reason(call, *args) -> str:
    with pytest.raises((InvalidInput, NotFound, Refused)) as caught:
        call(*args)
    return caught.value.reason


def test_shops_are_added_listed_and_edited_with_checks_and_audit(ctx) -> None:
    added = stores.add_store(ctx, " city-1 ", "City  centre", "Europe/Istanbul", "1 Main St", "try")
    assert (added.code, added.name, added.currency) == ("CITY-1", "City centre", "TRY")
    assert _reason(stores.add_store, ctx, "CITY-1", "Again") == "store_exists"
    assert _reason(stores.add_store, ctx, "no spaces", "X") == "store_invalid"
    assert _reason(stores.add_store, ctx, "X" * 41, "X") == "store_invalid"
    assert _reason(stores.add_store, ctx, "B", "X", "Mars/Olympus") == "bad_time_zone"
    assert _reason(stores.add_store, ctx, "B", "X", "", "", "XYZ") == "bad_currency"
    assert _reason(stores.add_store, ctx, "B", "   ") == "name_missing"
    assert Store.select().count() == 1  # nothing half-added
    changes = stores.StoreChanges(address="2 Main St", active=False)
    edited = stores.edit_store(ctx, "city-1", changes)
    assert edited.address == "2 Main St" and not edited.active
    assert [s.code for s in stores.list_stores(ctx, include_inactive=False)] == []
    assert stores.store_codes() == []
    assert _reason(stores.edit_store, ctx, "NOPE", stores.StoreChanges(name="x")) == "store_unknown"
    actions = [row.action for row in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions == ["store.add", "store.edit"]
    details = json.loads(AuditEntry.get(AuditEntry.action == "store.edit").details)
    assert details["changes"] == {"address": ["1 Main St", "2 Main St"], "active": [True, False]}


def test_a_shop_manager_changes_only_their_own_shops_name_and_address(ctx) -> None:
    stores.add_store(ctx, "A", "Shop A")
    stores.add_store(ctx, "B", "Shop B")
    shop_manager = ctx.as_staff("Maria", MANAGER, "A")
    chain_manager = ctx.as_staff("Chen", MANAGER, None)
    assert stores.edit_store(shop_manager, "A", stores.StoreChanges(name="Shop A East")).name == (
        "Shop A East")
    assert _reason(stores.edit_store, shop_manager, "B", stores.StoreChanges(name="x")) == (
        "not_allowed")
    assert _reason(stores.edit_store, shop_manager, "A", stores.StoreChanges(active=False)) == (
        "not_allowed")
    assert _reason(stores.add_store, shop_manager, "C", "Shop C") == "not_allowed"
    assert stores.add_store(chain_manager, "C", "Shop C").code == "C"
    assert stores.edit_store(chain_manager, "B", stores.StoreChanges(currency="RUB")).currency == (
        "RUB")


def test_a_kiosk_adds_its_own_shop_once_and_never_overwrites_head_office(ctx) -> None:
    kiosk = _at(ctx, "STORE-9")
    assert stores.ensure_own_store(kiosk) is True
    row = Store.get(Store.code == "STORE-9")
    assert (row.name, row.currency) == (Config().store.name, Config().store.currency)
    stores.edit_store(ctx, "STORE-9", stores.StoreChanges(name="Riverside"))
    assert stores.ensure_own_store(kiosk) is False
    assert Store.get(Store.code == "STORE-9").name == "Riverside"
    assert Store.select().count() == 1


def test_reporting_in_writes_one_row_per_terminal_and_moves_last_seen(ctx, clock) -> None:
    first = clock.now()
    a1, a2, b1 = _at(ctx, "A", "KIOSK-1"), _at(ctx, "A", "KIOSK-2"), _at(ctx, "B", "KIOSK-1")
    terminals.report_in(a1, TerminalState(printer_state="ok", scanner_state="ok"))
    terminals.report_in(a2, TerminalState(printer_state="paper_out", queue_length=3,
                                          details={"note": "x"}))
    terminals.report_in(b1, TerminalState(), kind="back-office")
    clock.advance(minutes=1)
    terminals.report_in(a1, TerminalState(printer_state="offline", printer_detail="no answer"))
    assert Terminal.select().count() == 3
    row = Terminal.get((Terminal.store == "A") & (Terminal.code == "KIOSK-1"))
    assert row.first_seen_at == first and row.last_seen_at == first + timedelta(minutes=1)
    assert (row.printer_state, row.printer_detail) == ("offline", "no answer")
    assert row.version == program_version() and row.schema_version == latest_version()
    assert row.host == socket.gethostname()[:120]
    assert row.started_at == terminals.process_started()
    other = Terminal.get((Terminal.store == "A") & (Terminal.code == "KIOSK-2"))
    assert other.queue_length == 3 and json.loads(other.details) == {"note": "x"}
    assert other.last_seen_at == first
    assert Terminal.get(Terminal.store == "B").kind == "back-office"


def test_the_heartbeat_reports_without_recording_a_job_run_and_survives_a_failure(
    ctx, clock, caplog
) -> None:
    box = StateBox(TerminalState(printer_state="ok"))
    system = system_context(ctx)
    job = heartbeat_job(box.get)
    assert job.every == timedelta(seconds=60)
    assert run_job(system, job)
    assert Store.get(Store.code == ctx.store).name == ctx.config.store.name  # its own shop
    box.set(TerminalState(printer_state="paper_out"))
    clock.advance(seconds=60)
    assert run_job(system, job)
    row = Terminal.get()
    assert row.printer_state == "paper_out" and row.last_seen_at == clock.now()
    assert JobRun.select().count() == 0

    def broken() -> TerminalState:
        raise OSError("no state")

    assert run_job(system, heartbeat_job(broken))  # logged, not raised, not recorded
    assert JobRun.select().count() == 0
    assert any("Reporting in failed" in r.getMessage() for r in caplog.records)


def test_the_queue_reader_fills_the_queue_fields() -> None:
    state = terminals.with_queue(TerminalState(printer_state="ok"), lambda: (12, None))
    assert state.queue_length == 12 and state.printer_state == "ok"
    assert terminals.with_queue(state, None) is state
