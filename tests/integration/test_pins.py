"""Phone look-up with a PIN on a real database: set, check, count wrong tries, lock, unlock."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import psycopg2
import pytest

from db.database import database_proxy
from db.models import Member
from kiosk import services
from kiosk.cli.commands import HANDLERS
from kiosk.cli.output import Output
from kiosk.cli.parser import build_parser
from kiosk.config import Config, SecurityConfig
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound, Refused, WrongPin
from kiosk.pins import verify_pin

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]

PHONE = "07700 900100"


@pytest.fixture
def pin_ctx(ctx: Context) -> Context:
    """The shop asks for a PIN with a phone number; three wrong tries lock it."""
    security = SecurityConfig(phone_lookup_pin=True, max_pin_attempts=3)
    return replace(ctx, config=replace(Config(), security=security))


def _failures(member_id: int) -> int:
    return int(Member.select(Member.pin_failures).where(Member.id == member_id).scalar())


def _committed_failures(database_url: str, member_id: int) -> int:
    """The count as another connection sees it: only what was committed."""
    if database_url.startswith("sqlite"):
        other = sqlite3.connect(database_url.removeprefix("sqlite:///"))
        query = "SELECT pin_failures FROM member WHERE id = ?"
    else:
        other = psycopg2.connect(database_url)
        query = "SELECT pin_failures FROM member WHERE id = %s"
    try:
        cursor = other.cursor()
        cursor.execute(query, (member_id,))
        return int(cursor.fetchone()[0])
    finally:
        other.close()


def _reason(call, *args, **kwargs) -> str:
    with pytest.raises((InvalidInput, NotFound, Refused)) as caught:
        call(*args, **kwargs)
    return caught.value.reason


def test_enrol_with_a_pin_stores_only_its_hash(ctx, make_member) -> None:
    ada = make_member("Ada", phone=PHONE, pin="4321")
    stored = Member.get_by_id(ada.member_id).pin_hash
    assert stored.startswith("scrypt$") and "4321" not in stored
    assert verify_pin("4321", stored) and not verify_pin("1234", stored)
    assert Member.get_by_id(make_member("Bo").member_id).pin_hash is None


def test_enrol_with_a_malformed_pin_writes_nothing(ctx) -> None:
    assert _reason(services.enrol, ctx, "Ada", PHONE, pin="12") == "pin_invalid"
    assert _reason(services.enrol, ctx, "Ada", PHONE, pin="12ab") == "pin_invalid"
    assert Member.select().count() == 0


def test_without_the_pin_setting_the_pin_is_ignored(ctx, make_member) -> None:
    ada = make_member("Ada", phone=PHONE, pin="4321")
    for pin in (None, "4321", "0000", "nonsense"):
        found = services.identify_by_phone(ctx, "+44 7700 900100", pin)
        assert (found.member_id, found.card, found.via) == (ada.member_id, ada.card, "phone")
    assert _failures(ada.member_id) == 0
    assert _reason(services.identify_by_phone, ctx, "07700 911111") == "phone_unknown"
    assert _reason(services.identify_by_phone, ctx, "12") == "phone_invalid"
    assert _reason(services.identify_by_phone, ctx, "  ") == "nothing_entered"


def test_the_right_pin_finds_the_member(pin_ctx, make_member) -> None:
    ada = make_member("Ada", phone=PHONE, pin="4321")
    make_member("Bo", pin="4321")
    found = services.identify_by_phone(pin_ctx, "0044 7700-900100", "4321")
    assert (found.member_id, found.card, found.via) == (ada.member_id, ada.card, "phone")


def test_what_is_asked_before_the_pin_is_checked(pin_ctx, make_member) -> None:
    ada = make_member("Ada", phone=PHONE, pin="4321")
    make_member("Bo", phone="07700 900200")
    ask = services.identify_by_phone
    assert _reason(ask, pin_ctx, PHONE) == "pin_required"
    assert _reason(ask, pin_ctx, PHONE, "") == "pin_required"
    assert _reason(ask, pin_ctx, "07700 911111") == "pin_required"  # says nothing of the phone
    assert _reason(ask, pin_ctx, PHONE, "12") == "pin_invalid"
    assert _reason(ask, pin_ctx, "07700 911111", "4321") == "phone_unknown"
    assert _reason(ask, pin_ctx, "letters", "4321") == "phone_invalid"
    with pytest.raises(Refused) as caught:
        ask(pin_ctx, "07700 900200", "4321")
    assert caught.value.reason == "pin_not_set"
    assert caught.value.message == "No PIN is set for this account. Scan your card or ask staff."
    Member.update(status="blocked").where(Member.id == ada.member_id).execute()
    assert _reason(ask, pin_ctx, PHONE, "4321") == "account_blocked"
    Member.update(status="erased").where(Member.id == ada.member_id).execute()
    assert _reason(ask, pin_ctx, PHONE, "4321") == "phone_unknown"
    assert _failures(ada.member_id) == 0  # none of these counted as a wrong PIN


def test_wrong_pins_are_counted_committed_and_lock_the_phone(
    pin_ctx, make_member, database_url
) -> None:
    ada = make_member("Ada", phone=PHONE, pin="4321")
    for left in (2, 1):
        with pytest.raises(WrongPin) as caught:
            services.identify_by_phone(pin_ctx, PHONE, "1111")
        assert (caught.value.reason, caught.value.attempts_left) == ("pin_wrong", left)
        assert isinstance(caught.value, Refused)
        assert not database_proxy.in_transaction()
        assert _committed_failures(database_url, ada.member_id) == 3 - left
    with pytest.raises(Refused, match="ask staff") as caught:  # the third wrong PIN locks
        services.identify_by_phone(pin_ctx, PHONE, "2222")
    assert caught.value.reason == "pin_locked"
    assert _committed_failures(database_url, ada.member_id) == 3
    # locked: even the right PIN is refused now, and the count stays at the limit
    for pin in ("4321", "9999"):
        assert _reason(services.identify_by_phone, pin_ctx, PHONE, pin) == "pin_locked"
    assert _failures(ada.member_id) == 3
    # the card still works, and staff setting a new PIN unlocks the phone
    assert services.identify(pin_ctx, ada.card).member_id == ada.member_id
    services.set_pin(pin_ctx, ada.member_id, "8642")
    assert _failures(ada.member_id) == 0
    assert _reason(services.identify_by_phone, pin_ctx, PHONE, "4321") == "pin_wrong"
    assert services.identify_by_phone(pin_ctx, PHONE, "8642").member_id == ada.member_id


def test_the_right_pin_clears_earlier_wrong_ones(pin_ctx, make_member, database_url) -> None:
    ada = make_member("Ada", phone=PHONE, pin="4321")
    for _ in range(2):
        assert _reason(services.identify_by_phone, pin_ctx, PHONE, "0000") == "pin_wrong"
    services.identify_by_phone(pin_ctx, PHONE, "4321")
    assert _committed_failures(database_url, ada.member_id) == 0
    with pytest.raises(WrongPin) as caught:  # a fresh set of tries
        services.identify_by_phone(pin_ctx, PHONE, "0000")
    assert caught.value.attempts_left == 2


def test_a_lower_limit_locks_a_phone_already_past_it(pin_ctx, make_member) -> None:
    ada = make_member("Ada", phone=PHONE, pin="4321")
    Member.update(pin_failures=7).where(Member.id == ada.member_id).execute()
    assert _reason(services.identify_by_phone, pin_ctx, PHONE, "4321") == "pin_locked"
    assert _failures(ada.member_id) == 7


def test_set_pin_checks_the_pin_and_the_member(ctx, make_member) -> None:
    ada = make_member("Ada", phone=PHONE)
    assert _reason(services.set_pin, ctx, ada.member_id, "123") == "pin_invalid"
    assert _reason(services.set_pin, ctx, ada.member_id, "1234567") == "pin_invalid"
    assert Member.get_by_id(ada.member_id).pin_hash is None
    services.set_pin(ctx, ada.member_id, "123456")
    assert verify_pin("123456", Member.get_by_id(ada.member_id).pin_hash)
    assert _reason(services.set_pin, ctx, 999_999, "1234") == "account_gone"
    Member.update(status="erased").where(Member.id == ada.member_id).execute()
    assert _reason(services.set_pin, ctx, ada.member_id, "1234") == "account_gone"


class _NoDevices:
    """The CLI's devices, none of which `member pin` touches."""


def test_the_member_pin_command(ctx, make_member, capsys) -> None:
    ada = make_member("Ada", phone=PHONE)
    for who in (ada.card, PHONE):
        args = build_parser().parse_args(["--json", "member", "pin", who, "2580"])
        code = HANDLERS[(args.command, args.action)](args, ctx, Output(True), _NoDevices())
        assert code == 0
        out = capsys.readouterr().out
        assert '"ok": true' in out and f'"member_id": {ada.member_id}' in out
        assert ada.card in out
    assert verify_pin("2580", Member.get_by_id(ada.member_id).pin_hash)
    args = build_parser().parse_args(["member", "pin", ada.card, "25"])
    with pytest.raises(InvalidInput) as caught:
        HANDLERS[(args.command, args.action)](args, ctx, Output(False), _NoDevices())
    assert caught.value.reason == "pin_invalid"


def test_the_command_line_reads_the_pin_as_text() -> None:
    parser = build_parser()
    args = parser.parse_args(["member", "pin", "2900000000018", "0123"])
    assert (args.command, args.action, args.who, args.pin) == (
        "member",
        "pin",
        "2900000000018",
        "0123",
    )
