"""Schema step 5: stored phone numbers rewritten in E.164, collisions reported (never merged), one
member per phone enforced by the database, and kept report days forgotten to be recounted."""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from datetime import date, datetime

import peewee
import pytest

from db.check import run_checks
from db.database import close_database, database_proxy, open_database
from db.migrations import STEPS, current_version, latest_version, migrate
from db.models import Member, ReportDay
from db.phones import has_phone_index
from kiosk import services
from kiosk.config import Config, StoreConfig
from kiosk.context import Context
from kiosk.errors import Refused
from kiosk.services import member_admin

pytestmark = pytest.mark.integration
NOW = datetime(2026, 1, 1)
LATER = datetime(2026, 2, 1)


@pytest.fixture
def version_four(database_url: str):
    """A database as schema version 4 left it: no unique phone index, numbers as typed then."""
    open_database(database_url)
    try:
        migrate(NOW, STEPS[:4])
        database_proxy.execute_sql("DROP INDEX member_phone_unique")
        yield database_proxy.obj
    finally:
        close_database()


def _member(phone: str | None, status: str = "active", into: int | None = None) -> int:
    erased = NOW if status == "erased" else None
    return Member.create(
        name="M", phone=phone, status=status, merged_into=into, erased_at=erased, created_at=NOW
    ).id


def test_old_numbers_are_rewritten_and_collisions_left_and_reported(version_four, caplog) -> None:
    moscow = _member("+789161234567")  # "8 (916) 123-45-67" typed in a +7 shop
    london = _member("+4407700900001")  # "+44 (0) 7700 900001"
    fine = _member("+905321234567")
    twin_a = _member("+4407700900002")  # becomes +447700900002 ...
    twin_b = _member("+447700900002")  # ... which this member already has
    merged = _member("+4407700900003", status="merged", into=fine)
    ReportDay.create(day=date(2025, 12, 30), metric="_counted", value=1)
    ReportDay.create(day=date(2025, 12, 1), metric="_cohorts", value=1)
    assert not has_phone_index(database_proxy.obj)

    with caplog.at_level(logging.WARNING, logger="kiosk.db"):
        assert migrate(LATER) == list(range(5, latest_version() + 1))

    phones = dict(Member.select(Member.id, Member.phone).tuples())
    assert phones[moscow] == "+79161234567"
    assert phones[london] == "+447700900001"
    assert phones[fine] == "+905321234567"
    assert phones[merged] == "+447700900003"
    assert (phones[twin_a], phones[twin_b]) == ("+4407700900002", "+447700900002")  # unchanged
    assert f"members {twin_a}, {twin_b} share one phone number" in caplog.text
    assert "7700900002" not in caplog.text  # logs never hold phone numbers
    assert ReportDay.select().count() == 0  # recounted in the shop's days
    assert not has_phone_index(database_proxy.obj)

    report = run_checks()
    assert not report.ok
    assert any(f"({twin_a}, {twin_b})" in p for p in report.problems)
    assert any("unique phone index is missing" in p for p in report.problems)

    # staff correct one of the two; the next `db migrate` rewrites the other and creates the index
    Member.update(phone="+447700900009").where(Member.id == twin_b).execute()
    assert migrate(LATER) == []
    assert has_phone_index(database_proxy.obj)
    assert Member.get_by_id(twin_a).phone == "+447700900002"
    assert run_checks().ok
    with pytest.raises(peewee.IntegrityError), database_proxy.atomic():
        _member("+447700900009")


def test_without_collisions_the_index_comes_at_once(version_four) -> None:
    kept = _member("+789161234567")
    _member("+79161234567", status="merged", into=kept)
    _member(None, status="erased")
    assert migrate(LATER) == list(range(5, latest_version() + 1))
    assert current_version() == latest_version()
    assert has_phone_index(database_proxy.obj)
    assert run_checks().ok


def test_an_edit_to_a_taken_number_is_refused(database, ctx, make_member) -> None:
    first = make_member(phone="07700 900001")
    second = make_member(phone="07700 900002")
    with pytest.raises(Refused) as refused:
        member_admin.update_member(ctx, second.member_id, phone="+44 (0) 7700 900001")
    assert refused.value.reason == "phone_exists"
    assert services.identify_by_phone(ctx, "07700900001").member_id == first.member_id


def test_erased_and_merged_members_free_their_number(database, ctx, make_member) -> None:
    kept = make_member(phone="")
    duplicate = make_member(phone="07700 900005")
    member_admin.merge_members(ctx, kept.member_id, duplicate.member_id, "same person")
    assert Member.get_by_id(kept.member_id).phone == "+447700900005"  # taken over in the merge
    gone = make_member(phone="07700 900006")
    member_admin.erase_member(ctx, gone.member_id, "asked to be forgotten")
    again = make_member(phone="07700 900006")
    assert Member.get_by_id(again.member_id).phone == "+447700900006"


ENROLLERS = 8


def test_eight_kiosks_enrolling_one_phone_make_one_member(database, database_url, clock) -> None:
    ctx = Context(
        replace(Config(), store=StoreConfig(country_code="+7")), b"k" * 32, clock
    )
    barrier = threading.Barrier(ENROLLERS)
    outcomes: list[str] = []
    lock = threading.Lock()

    def enrol(worker: int) -> None:
        open_database(database_url)
        try:
            barrier.wait(timeout=30)
            try:
                services.enrol(ctx, f"Racer {worker}", phone="8 (916) 123-45-67")
                outcome = "enrolled"
            except Refused as refused:
                outcome = refused.reason
            except Exception as problem:
                outcome = repr(problem)
        finally:
            close_database()
        with lock:
            outcomes.append(outcome)

    threads = [threading.Thread(target=enrol, args=(n,)) for n in range(ENROLLERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["enrolled"] + ["phone_exists"] * (ENROLLERS - 1)
    assert Member.select().where(Member.phone == "+79161234567").count() == 1
