"""The voucher key of a chain and request keys of retried commands, through the real program."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT, Cli

pytestmark = pytest.mark.e2e

CARD = "2900000000018"


def enrol(cli: Cli, card: str = CARD) -> dict:
    result = cli.ok("member", "enrol", "--name", "Ada", "--card", card)
    assert isinstance(result, dict)
    return result


# --- item: a chain kiosk never signs with a key of its own ---------------------------------------


def test_a_second_kiosk_without_the_key_refuses_to_start(cli: Cli, tmp_path: Path) -> None:
    enrol(cli)  # the first kiosk creates voucher.key and the database records its fingerprint
    second = replace(cli, data_dir=tmp_path / "second")
    done = second.run("member", "show", CARD)
    assert done.code == 2, done.stderr
    assert "Copy voucher.key" in done.stderr and str(second.data_dir / "voucher.key") in done.stderr
    assert not (second.data_dir / "voucher.key").exists()  # no key of its own was made
    (second.data_dir).mkdir(parents=True, exist_ok=True)
    (second.data_dir / "voucher.key").write_text("0123456789abcdef" * 4 + "\n")
    done = second.run("member", "show", CARD)
    assert done.code == 2 and "is not the key this database's vouchers are signed with" in (
        done.stderr
    )
    shutil.copy(cli.data_dir / "voucher.key", second.data_dir / "voucher.key")
    assert second.ok("member", "show", CARD, "--json")["name"] == "Ada"


def test_a_configured_key_file_that_is_missing_is_an_error(sqlite_cli: Cli,
                                                           tmp_path: Path) -> None:
    missing = tmp_path / "chain" / "voucher.key"
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[security]\nvoucher_secret_file = "{missing}"\n')
    done = sqlite_cli.run("member", "show", CARD, config=config)
    assert done.code == 2
    assert str(missing) in done.stderr and "does not exist" in done.stderr
    assert not missing.exists()


@pytest.mark.parametrize("secret", ["aaaaaaaaaaaaaaaa", "abababababababababababab", "short"])
def test_weak_secrets_are_refused(sqlite_cli: Cli, secret: str) -> None:
    env = {**sqlite_cli.env(), "KIOSK_VOUCHER_SECRET": secret}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "member", "show", CARD],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2
    assert "KIOSK_VOUCHER_SECRET is too" in done.stderr


def test_eight_commands_at_once_on_a_fresh_data_folder(sqlite_cli: Cli) -> None:
    command = [sys.executable, str(ROOT / "main.py"), "reward", "list", "--json"]
    runs = [
        subprocess.Popen(command, cwd=ROOT, env=sqlite_cli.env(), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for _ in range(8)
    ]
    results = [(run.wait(timeout=120), run.stderr.read() if run.stderr else "") for run in runs]
    for run in runs:
        for stream in (run.stdout, run.stderr):
            if stream:
                stream.close()
    assert [code for code, _ in results] == [0] * 8, results
    assert len((sqlite_cli.data_dir / "voucher.key").read_text().strip()) == 64
    assert not [p for p in os.listdir(sqlite_cli.data_dir) if p.startswith(".voucher-key-")]


# --- item: retries that double -------------------------------------------------------------------


def test_a_retried_partial_refund_refunds_once(cli: Cli) -> None:
    enrol(cli)
    cli.ok("purchase", CARD, "30.08", "--receipt", "R-1")
    first = cli.ok("refund", "--receipt", "R-1", "--amount", "10.00")
    again = cli.ok("refund", "--receipt", "R-1", "--amount", "10.00")  # the retry
    assert first["refunded_minor"] == again["refunded_minor"] == 1000
    assert again["repeated"] and again["request_key"] == first["request_key"]
    shown = cli.ok("member", "show", CARD)
    assert shown["balance"] == first["balance"]
    second = cli.ok("refund", "--receipt", "R-1", "--amount", "10.00", "--key", "second-item")
    assert not second["repeated"]
    history = cli.run("refund", "--receipt", "R-1", "--amount", "20.00", "--key", "second-item")
    assert history.code == 1 and "already used for another refund" in history.stderr


def test_a_retried_adjustment_adjusts_once(cli: Cli) -> None:
    enrol(cli)
    first = cli.ok("points", "adjust", CARD, "120", "--reason", "goodwill")
    again = cli.ok("points", "adjust", CARD, "120", "--reason", "goodwill")
    assert first["request_key"] == again["request_key"] and again["balance"] == 120
    keyed = cli.ok("points", "adjust", CARD, "120", "--reason", "goodwill", "--key", "second")
    assert keyed["balance"] == 240
    retried = cli.ok("points", "adjust", CARD, "120", "--reason", "goodwill", "--key", "second")
    assert retried["balance"] == 240
    assert json.loads(json.dumps(retried))["entry_id"] == keyed["entry_id"]


def test_a_retried_enrolment_with_its_key_enrols_once(cli: Cli) -> None:
    cli.ok("db", "init")
    first = cli.ok("member", "enrol", "--name", "Zeynep  Kaya", "--phone", "07700 900777",
                   "--key", "signup-42")
    again = cli.ok("member", "enrol", "--name", "Zeynep Kaya", "--phone", "07700 900777",
                   "--key", "signup-42")
    assert (again["member_id"], again["card"]) == (first["member_id"], first["card"])
    assert (first["repeated"], again["repeated"]) == (False, True)
    found = cli.ok("member", "search", "Zeynep")
    assert [row["id"] for row in found] == [first["member_id"]]
    other = cli.run("member", "enrol", "--name", "Someone Else", "--key", "signup-42", "--json")
    assert other.code == 1 and "already registered" in other.stderr  # another person: refused
