"""Bad input through the real program: a configuration that would crash or mislead is refused in
one clear line (key and line, exit 2, no traceback); stored text cannot drive the terminal."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.conftest import Cli

pytestmark = pytest.mark.e2e


def _refused(cli: Cli, config: Path) -> str:
    done = cli.run("--config", str(config), "member", "show", "2900000000018")
    assert done.code == 2, (done.code, done.stderr)
    assert "Traceback" not in done.stderr and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    return lines[0]


def test_a_hugely_nested_array_is_one_line_not_a_recursion_error(sqlite_cli, tmp_path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        '[store]\nname = "Shop"\n\n[ui]\nlanguages = ' + "[" * 100_000 + "]" * 100_000 + "\n",
        encoding="utf-8",
    )
    line = _refused(sqlite_cli, config)
    assert line.startswith(f"error: {config}, line 5: ui.languages: ") and "nested" in line


def test_an_unknown_code_page_is_refused_at_start(sqlite_cli, tmp_path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(
        '[store]\nname = "Shop"\n\n[printer]\nkind = "simulated"\ncode_pages = {en = "CP999"}\n',
        encoding="utf-8",
    )
    line = _refused(sqlite_cli, config)
    assert line.startswith(f"error: {config}, line 6: printer.code_pages.en: ")
    assert "CP999" in line and "CP437" in line  # says what would do
    config.write_text('[printer]\nprofile = "NoSuchPrinter"\n', encoding="utf-8")
    assert _refused(sqlite_cli, config).startswith(f"error: {config}, line 2: printer.profile: ")
    config.write_text('[printer]\nkind = "none"\ncode_pages = {tr = "cp857"}\n', encoding="utf-8")
    sqlite_cli.ok("--config", str(config), "db", "init")  # a valid page in any case is fine


def test_a_file_that_is_not_utf8_names_line_and_column(sqlite_cli, tmp_path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_bytes(b'[store]\nid = "S1"\nname = "Caf\xe9 Noir"\n')
    line = _refused(sqlite_cli, config)
    assert line == (
        f"error: {config}, line 3, column 12: name: byte 0xE9 is not UTF-8 text; "
        "save the file as UTF-8"
    )


def _plant_names(cli: Cli, db: Path) -> None:
    """Names and e-mails as an older version (or a direct import) may have stored them."""
    connection = sqlite3.connect(db)
    with connection:
        connection.execute(
            "UPDATE member SET name = ?, email = ? WHERE id = 1",
            ("Alex\x1b[2J\x1b]0;pwned\x07 \u202eroM", "a\x9b31m@example.org"),
        )
    connection.close()


def test_member_show_escapes_control_and_bidi_characters(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = tmp_path / "kiosk.db"
    cli = Cli(data, f"sqlite:///{db}", "sqlite")
    cli.ok("demo", "seed", "--members", "3")
    _plant_names(cli, db)
    card = "2900000000018"
    shown = cli.run("member", "show", card)
    assert shown.code == 0, shown.stderr
    assert "\x1b" not in shown.stdout and "\u202e" not in shown.stdout
    assert "\x07" not in shown.stdout
    assert "Alex\\x1b[2J\\x1b]0;pwned\\x07 \\u202eroM" in shown.stdout
    as_json = cli.run("member", "show", card, "--json")
    assert as_json.code == 0 and "\u202e" not in as_json.stdout and "\x1b" not in as_json.stdout
    assert json.loads(as_json.stdout)["name"] == "Alex\x1b[2J\x1b]0;pwned\x07 \u202eroM"
    found = cli.run("member", "search", "Alex")
    assert found.code == 0 and "\x1b" not in found.stdout and "\\u202e" in found.stdout
    detail = cli.run("member", "edit", "#1", "--language", "en")
    assert detail.code == 0 and "\x9b" not in detail.stdout and "\x1b" not in detail.stdout


def test_unsafe_names_are_refused_through_the_command_line(sqlite_cli) -> None:
    sqlite_cli.ok("db", "init")
    done = sqlite_cli.run("member", "enrol", "--name", "Eve\u202elyn", "--json")
    assert done.code == 1 and json.loads(done.stdout)["error"] == "invalid"
    assert "U+202E" in done.stderr and "\u202e" not in done.stderr
    null = sqlite_cli.run("member", "enrol", "--name", "Evelyn", "--email", "e\x1b@x.org")
    assert null.code == 1 and "\x1b" not in null.stderr and "U+001B" in null.stderr
