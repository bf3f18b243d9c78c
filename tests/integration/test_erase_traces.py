"""Erasing a member removes their traces from audit texts and the data folder, and only theirs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from db.models import AuditEntry
from kiosk.private_files import MEMBER_KEY
from kiosk.services import member_admin as ma

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]


def _png(path: Path, member: int | None, compressed: bool = False) -> Path:
    info = PngInfo()
    if member is not None:
        info.add_text(MEMBER_KEY, str(member), zip=compressed)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("L", (4, 4)).save(path, pnginfo=info)
    return path


def test_erase_deletes_only_the_members_files(ctx, make_member) -> None:
    boss = ctx.as_staff("maria", "manager")
    bo = make_member("Bo Ek", email="bo@example.org")
    other = make_member("Bob Stone")
    folder = Path(os.environ["KIOSK_DATA_DIR"])
    mine = [_png(folder / "printed" / "a.png", bo.member_id),
            _png(folder / "exports" / "b.png", bo.member_id, compressed=True)]
    theirs = [_png(folder / "printed" / "c.png", other.member_id),
              _png(folder / "printed" / "d.png", None)]
    utf16 = folder / "exports" / "list.csv"
    utf16.write_text("name;points\r\nBo Ek;10\r\n", encoding="utf-16")
    by_phone = folder / "exports" / "phones.csv"
    by_phone.write_text("phone,points\n07700 900001,5\n", encoding="utf-8")
    unrelated = folder / "exports" / "others.csv"
    unrelated.write_text("\ufeffname,points\nBob Stone,3\nBo Ekholm,4\n", encoding="utf-8")
    ma.erase_member(boss, bo.member_id, "asked")
    assert [p.exists() for p in mine] == [False, False]
    assert [p.exists() for p in theirs] == [True, True]
    assert not utf16.exists() and not by_phone.exists() and unrelated.exists()


def test_short_names_are_redacted_only_in_the_members_own_audit_rows(ctx, make_member) -> None:
    boss = ctx.as_staff("maria", "manager")
    bo = make_member("Bo")
    other = make_member("Bob Stone")
    ma.block_member(boss, other.member_id, "Bo and Bob argued")
    ma.update_member(boss, bo.member_id, email="bo@example.org")
    ma.adjust_points(boss, bo.member_id, 5, "goodwill for bo@example.org")
    ma.erase_member(boss, bo.member_id, "Bo asked by phone about a bonus")
    rows = {row.action: row for row in AuditEntry.select()}
    assert rows["member.block"].reason == "Bo and Bob argued"  # not about Bo: left alone
    assert rows["member.erase"].reason == "(erased) asked by phone about a bonus"
    assert "bo@example.org" not in json.dumps([r.details + r.reason for r in rows.values()])
