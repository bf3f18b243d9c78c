"""`member import` and `member export` as the real program: exit codes, --json, the files."""

from __future__ import annotations

import csv
import io
import json
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.member_files import GOOD_ROWS, HEADER, card, write_csv

pytestmark = pytest.mark.e2e


def _rows() -> list[list[str]]:
    """The good rows with an expiry date that is in the future whenever the test runs."""
    later = (date.today() + timedelta(days=400)).isoformat()
    return [[*row[:6], later if row[6] else "", *row[7:]] for row in GOOD_ROWS]


def test_import_and_export_end_to_end(cli, tmp_path: Path) -> None:
    cli.ok("db", "init")
    path = write_csv(tmp_path / "members.csv", _rows(), delimiter=";")
    dry = cli.ok("member", "import", str(path), "--dry-run")
    assert (dry["ok"], dry["dry_run"], dry["imported"]) == (True, True, False)
    assert (dry["new"], dry["existing"], dry["bad"], dry["errors"]) == (4, 0, 0, [])
    assert cli.run("member", "show", card(1)).code == 1  # the dry run wrote nothing

    done = cli.ok("member", "import", str(path))
    assert (done["new"], done["existing"], done["bad"], done["imported"]) == (4, 0, 0, True)
    assert done["unknown_columns"] == ["Shoe size"]
    ada = cli.ok("member", "show", card(1))
    assert (ada["name"], ada["balance"]) == ("Ada Lovelace", 120)
    assert ada["recent"][0]["kind"] == "opening"
    assert cli.ok("member", "show", card(2, "40"))["name"] == "Ömer Şahin"
    assert cli.ok("member", "show", "07700 900104")["name"] == "Grace Hopper"
    assert "all balances equal" in cli.run("db", "check").stdout

    again = cli.ok("member", "import", str(path))
    assert (again["new"], again["existing"], again["bad"], again["imported"]) == (0, 4, 0, False)
    text = cli.run("member", "import", str(path))
    assert text.code == 0 and "0 new member(s)" in text.stdout and "4 already there" in text.stdout

    consented = cli.ok("member", "export", "--consented")
    exported = Path(consented["file"])
    assert consented["members"] == 2 and exported.parent == cli.data_dir / "exports"
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    lines = list(csv.reader(io.StringIO(exported.read_text(encoding="utf-8-sig"))))
    assert lines[0] == ["name", "phone", "email", "language"]
    assert sorted(line[0] for line in lines[1:]) == ["Ada Lovelace", "Иван, Петров"]
    assert lines[1][1] == "'+447700900101"  # a spreadsheet never runs it as a formula

    everyone = tmp_path / "all.csv"
    result = cli.ok("member", "export", "--csv", str(everyone))
    assert result["members"] == 4
    table = list(csv.reader(io.StringIO(everyone.read_text(encoding="utf-8-sig"))))
    assert table[0] == ["card", "name", "phone", "email", "birthday", "language", "consent",
                        "points"]
    by_card = {row[0]: row for row in table[1:]}
    assert by_card[card(1)][4:] == ["1985-12-10", "en", "yes", "120"]
    piped = cli.run("member", "export", "--consented", "--csv", "-")
    assert piped.code == 0 and piped.stdout.startswith("name,phone,email,language")

    # the full export reads back in as it is: every member already there
    back = cli.ok("member", "import", str(everyone))
    assert (back["new"], back["existing"], back["bad"]) == (0, 4, 0)


def test_a_bad_file_exits_1_lists_every_line_and_imports_nothing(cli, tmp_path: Path) -> None:
    cli.ok("db", "init")
    rows = _rows()
    rows[0][4] = "12345"
    rows[1][3] = "30.02.1990"
    rows[3][4] = rows[2][4]
    path = write_csv(tmp_path / "bad.csv", rows)
    done = cli.run("member", "import", str(path), "--json")
    assert done.code == 1
    report = done.json()
    assert (report["ok"], report["imported"], report["bad"]) == (False, False, 3)
    assert report["new"] == 1  # line 4 is fine: it would be new once the file is put right
    assert [(e["line"], e["column"], e["reason"]) for e in report["errors"]] == [
        (2, "card", "card_invalid"), (3, "birthday", "birthday_invalid"),
        (5, "card", "card_duplicate"),
    ]
    text = cli.run("member", "import", str(path))
    assert text.code == 1 and "Nothing imported: 3 bad line(s)" in text.stdout
    assert "line 5, card: The same card number is on lines 4 and 5." in text.stdout
    assert cli.run("member", "show", card(3)).code == 1
    missing = write_csv(tmp_path / "nocard.csv", [["Ada"]], ["Kunde"])
    refused = cli.run("member", "import", str(missing), "--json")
    assert refused.code == 1 and refused.json()["error"] == "invalid"
    assert "no name or card column" in refused.stderr
    mapped = write_csv(tmp_path / "mapped.csv", [["Ada", card(7)]], ["Kunde", "Kundenkarte"])
    ok = cli.ok("member", "import", str(mapped), "--map", "Kunde=name", "--map",
                "kundenkarte=card")
    assert ok["new"] == 1


def test_import_and_export_are_audited_without_personal_data(sqlite_cli, tmp_path: Path) -> None:
    import sqlite3

    cli = sqlite_cli
    cli.ok("db", "init")
    path = write_csv(tmp_path / "shop-members.csv", _rows())
    cli.ok("member", "import", str(path))
    cli.ok("member", "import", str(path))  # nothing new: no second row
    cli.ok("member", "export", "--consented")
    with sqlite3.connect(cli.db_url.removeprefix("sqlite:///")) as db:
        rows = db.execute("SELECT action, target, details FROM audit_entry ORDER BY id").fetchall()
    assert [(a, t) for a, t, _ in rows] == [("member.import", "shop-members.csv"),
                                            ("member.export", "marketing")]
    assert json.loads(rows[0][2]) == {"existing": 0, "new": 4, "points": 170}
    assert json.loads(rows[1][2]) == {"members": 2}
    text = json.dumps(rows, ensure_ascii=False)
    for personal in ("Ada", "Lovelace", "900101", "example.com", card(1)):
        assert personal not in text
    assert HEADER[4] == "Card"
