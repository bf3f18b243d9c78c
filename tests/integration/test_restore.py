"""Restoring a backup: a good one replaces the database (the old one kept), anything else is
refused with its reason and changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db.backup import backup_sqlite
from db.database import database_proxy
from db.migrations import latest_version
from db.models import AuditEntry, Member
from kiosk.errors import Refused
from kiosk.services.backups import restore_backup
from kiosk.signing_key import check_voucher_key, fingerprint

pytestmark = [pytest.mark.integration,
              pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)]


@pytest.fixture
def backup(database, ctx, make_member, tmp_path) -> Path:
    """A backup with Ada in it; Bob joins the shop after it was made."""
    check_voucher_key(ctx.secret, "the test")  # the database records the key's fingerprint
    make_member("Ada Lovelace", points=30)
    path = tmp_path / "kiosk-2026-03-01.db"
    backup_sqlite(path)
    make_member("Bob Later", points=10)
    return path


def _names() -> list[str]:
    return [m.name for m in Member.select().order_by(Member.id)]


def _edit(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


def test_a_good_backup_is_restored_and_the_replaced_database_kept(ctx, backup) -> None:
    live = Path(database_proxy.obj.database)
    done = restore_backup(ctx, backup)
    assert _names() == ["Ada Lovelace"]  # the member added after the backup is gone
    assert done.kept_copy == live.parent / "kiosk.db.before-restore-20260301-120000"
    assert oct(done.kept_copy.stat().st_mode & 0o777) == "0o600"
    kept = sqlite3.connect(done.kept_copy)
    assert [r[0] for r in kept.execute("SELECT name FROM member ORDER BY id")] == [
        "Ada Lovelace", "Bob Later"]
    kept.close()
    assert done.version == done.from_version == latest_version()
    row = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert row.action == "db.restore" and "kiosk-2026-03-01.db" in row.details
    assert not list(live.parent.glob(".restore-*"))  # the staging copy is gone


def _refused(ctx, path: Path) -> str:
    live = Path(database_proxy.obj.database)
    with pytest.raises(Refused) as refused:
        restore_backup(ctx, path)
    assert _names() == ["Ada Lovelace", "Bob Later"]  # nothing changed
    assert not list(live.parent.glob("kiosk.db.before-restore-*"))
    assert not list(live.parent.glob(".restore-*"))
    return refused.value.reason


def test_a_corrupt_file_is_refused(ctx, backup, tmp_path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    assert _refused(ctx, garbage) == "backup_not_sqlite"
    damaged = tmp_path / "damaged.db"
    data = bytearray(backup.read_bytes())
    data[4096 * 2: 4096 * 6] = b"\xff" * 4096 * 4  # four tables' pages overwritten
    damaged.write_bytes(bytes(data))
    assert _refused(ctx, damaged) in ("backup_damaged", "backup_not_sqlite")
    assert _refused(ctx, tmp_path / "missing.db") == "backup_missing"


def test_a_foreign_sqlite_file_is_refused(ctx, backup, tmp_path) -> None:
    foreign = tmp_path / "photos.db"
    _edit(foreign, "CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)")
    assert _refused(ctx, foreign) == "backup_not_kiosk"


def test_a_backup_signed_with_another_voucher_key_is_refused(ctx, backup) -> None:
    other = fingerprint(b"o" * 32)
    _edit(backup, f"UPDATE chain_setting SET value = '{other}' "
                  "WHERE name = 'voucher_key_fingerprint'")
    assert _refused(ctx, backup) == "backup_other_key"


def test_a_backup_from_a_newer_program_is_refused(ctx, backup) -> None:
    _edit(backup, "INSERT INTO schema_version (version, description, applied_at) "
                  "VALUES (99, 'the future', '2030-01-01 00:00:00')")
    assert _refused(ctx, backup) == "backup_newer"


def test_a_backup_whose_ledger_does_not_add_up_is_refused(ctx, backup) -> None:
    _edit(backup, "UPDATE member SET balance = balance + 1000")
    assert _refused(ctx, backup) == "backup_ledger"


def test_only_the_shop_itself_may_restore(ctx, backup) -> None:
    with pytest.raises(Refused) as refused:
        restore_backup(ctx.as_staff("maria", "manager"), backup)
    assert refused.value.reason == "not_allowed" and len(_names()) == 2
