"""Erasing a member leaves nothing of them in the data folder: database, WAL, previews, exports."""

from __future__ import annotations

import os
import time
import zlib
from pathlib import Path

import pytest

from kiosk.private_files import png_text
from tests.e2e.conftest import Cli, run_kiosk_until

pytestmark = pytest.mark.e2e

NAME = "Zelda Quarrington-Vex"
PHONE = "07700 900456"
NEW_PHONE = "07700 900457"
EMAIL = "zelda.qvex@example.net"
NEW_EMAIL = "zq.vex@example.org"


def _needles() -> list[str]:
    return [
        "Zelda", "Quarrington", EMAIL, NEW_EMAIL, "zelda.qvex", "zq.vex",
        "+447700900456", "07700900456", "7700900456", "7700 900456",
        "+447700900457", "07700900457", "7700900457", "7700 900457",
    ]


def _png_chunks(data: bytes) -> bytes:
    """Every text chunk of a PNG, decompressed when it is zTXt or compressed iTXt."""
    out, at = [], 8
    while at + 8 <= len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        kind, body = data[at + 4:at + 8], data[at + 8:at + 8 + length]
        if kind == b"zTXt":
            key, _, rest = body.partition(b"\0")
            out.append(key + b"\0" + zlib.decompress(rest[1:]))
        elif kind == b"iTXt":
            key, _, rest = body.partition(b"\0")
            flag, rest = rest[0], rest[2:]
            _, _, rest = rest.partition(b"\0")
            _, _, text = rest.partition(b"\0")
            out.append(key + b"\0" + (zlib.decompress(text) if flag else text))
        elif kind == b"tEXt":
            out.append(body)
        at += length + 12
    return b"\n".join(out)


def _found(path: Path) -> list[str]:
    data = path.read_bytes()
    if data.startswith(b"\x89PNG"):
        data += _png_chunks(data)
    hits = []
    for needle in _needles():
        forms = {needle.encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")}
        forms |= {needle.lower().encode("utf-8"), needle.upper().encode("utf-8")}
        if any(form in data for form in forms):
            hits.append(needle)
    return hits


def _export(cli: Cli, report: str, path: Path) -> None:
    done = cli.run("report", report, "--csv", str(path))
    assert done.code == 0, done.stderr


def test_erase_leaves_nothing_of_the_member_in_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli = Cli(data, f"sqlite:///{data / 'kiosk.db'}", "sqlite")
    cli.ok("demo", "seed", "--members", "5")
    zelda = cli.ok(
        "member", "enrol", "--name", NAME, "--phone", PHONE, "--email", EMAIL, "--consent"
    )
    card, member = zelda["card"], f"#{zelda['member_id']}"
    cli.ok("purchase", card, "250.00", "--receipt", "Z-1")
    cli.ok("purchase", card, "120.00", "--receipt", "Z-2")
    cli.ok("member", "edit", member, "--email", NEW_EMAIL, "--phone", NEW_PHONE)
    cli.ok("member", "pin", card, "4321")
    issued = cli.ok("redeem", card, "1")
    assert issued["printed"] is True
    other = cli.ok("redeem", "2900000000025", "1")  # Ayşe's voucher: her preview must stay
    cli.ok("voucher", "preview", issued["voucher_code"], "--png",
           str(data / "exports" / "voucher-preview.png"))
    cli.ok("voucher", "preview", other["voucher_code"], "--png",
           str(data / "exports" / "other-preview.png"))
    _export(cli, "top-customers", data / "exports" / "top-customers.csv")
    _export(cli, "tiers", data / "exports" / "tiers.csv")
    cli.ok("db", "backup", str(data / "backups" / "kiosk-before.db"))

    printed = sorted((data / "printed").glob("*.png"))
    assert len(printed) == 2
    before = {path: _found(path) for path in data.rglob("*") if path.is_file()}
    assert any("Zelda" in hits for hits in before.values())  # the search does find her
    assert before[data / "exports" / "top-customers.csv"]

    reason = f"{NAME} asked at the till ({NEW_EMAIL})"
    erased = cli.ok("member", "erase", member, "--reason", reason)
    assert erased["member_id"] == zelda["member_id"]

    leftovers = {
        str(path.relative_to(data)): hits
        for path in sorted(data.rglob("*"))
        if path.is_file() and "backups" not in path.parts and (hits := _found(path))
    }
    assert leftovers == {}
    assert (data / "exports" / "other-preview.png").exists()  # other members' files stay
    assert (data / "exports" / "tiers.csv").exists()
    assert not (data / "exports" / "top-customers.csv").exists()
    assert not (data / "exports" / "voucher-preview.png").exists()
    assert len(list((data / "printed").glob("*.png"))) == 1
    assert (data / "backups" / "kiosk-before.db").exists()  # backups: README says how to rotate
    wal = data / "kiosk.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0

    audit = cli.ok("audit", "list", "--limit", "50")
    erase_row = next(row for row in audit if row["action"] == "member.erase")
    assert erase_row["reason"] == "(erased) asked at the till ((erased))"
    assert cli.ok("db", "check")["ok"] is True


def test_previews_are_marked_with_the_member_not_named_by_the_code(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli = Cli(data, f"sqlite:///{data / 'kiosk.db'}", "sqlite")
    cli.ok("demo", "seed", "--members", "5")
    issued = cli.ok("redeem", "2900000000025", "1")
    (preview,) = (data / "printed").glob("*.png")
    assert issued["voucher_code"] not in preview.name
    assert preview.name.endswith(f"-voucher-v{issued['voucher_id']}.png")
    member = cli.ok("member", "show", "2900000000025")["member_id"]
    assert png_text(preview)["kiosk-member"] == str(member)


def test_old_previews_and_exports_are_cleaned(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli = Cli(data, f"sqlite:///{data / 'kiosk.db'}", "sqlite")
    cli.ok("demo", "seed", "--members", "5")
    cli.ok("redeem", "2900000000025", "1")
    _export(cli, "tiers", data / "exports" / "old.csv")
    _export(cli, "tiers", data / "exports" / "new.csv")
    (old_preview,) = (data / "printed").glob("*.png")
    long_ago = time.time() - 8 * 86_400
    for path in (old_preview, data / "exports" / "old.csv"):
        os.utime(path, (long_ago, long_ago))
    config = tmp_path / "kiosk.toml"
    config.write_text("[privacy]\nkeep_files_days = 7\n", encoding="utf-8")
    done = cli.run("--config", str(config), "db", "clean-files", "--json")
    assert done.code == 0, done.stderr
    assert done.json()["deleted"] == 2
    assert not old_preview.exists() and not (data / "exports" / "old.csv").exists()
    assert (data / "exports" / "new.csv").exists()
    assert (data / "kiosk.db").exists()

    config.write_text("[privacy]\nkeep_files_days = 0\n", encoding="utf-8")
    refused = cli.run("--config", str(config), "db", "clean-files")
    assert refused.code == 2 and "privacy.keep_files_days" in refused.stderr
    assert "line 2" in refused.stderr and "Traceback" not in refused.stderr


def test_the_kiosk_cleans_old_previews_and_exports_when_it_starts(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cli = Cli(data, f"sqlite:///{data / 'kiosk.db'}", "sqlite")
    cli.ok("demo", "seed", "--members", "5")
    cli.ok("redeem", "2900000000025", "1")
    _export(cli, "tiers", data / "exports" / "old.csv")
    _export(cli, "tiers", data / "exports" / "recent.csv")
    (old_preview,) = (data / "printed").glob("*.png")
    long_ago = time.time() - 31 * 86_400  # the default keeps 30 days
    for path in (old_preview, data / "exports" / "old.csv"):
        os.utime(path, (long_ago, long_ago))
    env = {**cli.env(), "QT_QPA_PLATFORM": "offscreen"}
    # the clean-up runs once the first screen is painted
    run_kiosk_until(["--windowed"], env, lambda: not old_preview.exists()
                    and not (data / "exports" / "old.csv").exists())
    assert not old_preview.exists() and not (data / "exports" / "old.csv").exists()
    assert (data / "exports" / "recent.csv").exists()
