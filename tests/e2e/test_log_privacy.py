"""At --log-level debug, a whole CLI journey (enrol with a name, phone and e-mail, look-ups,
purchase, redeem, voucher check and redeem, bad scans and refusals) leaves no name, phone,
e-mail, voucher code or full card number anywhere in the logs folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import Cli

pytestmark = pytest.mark.e2e

NAME, SURNAME = "Zelda", "Quuxworth"
PHONE_E164, PHONE_NATIONAL = "+447700900123", "07700 900123"
EMAIL = "zelda.quuxworth@example.org"
CARD = "2900000000117"  # a valid card number (Luhn) nobody in the demo holds


def phone_forms() -> list[str]:
    digits = PHONE_E164.removeprefix("+")
    return [PHONE_E164, digits, PHONE_NATIONAL, PHONE_NATIONAL.replace(" ", ""), digits[2:]]


def logged(cli: Cli, *args: str) -> object:
    return cli.run("--log-level", "debug", *args)


def test_the_log_holds_no_personal_data_or_codes(cli: Cli) -> None:
    cli.ok("demo", "seed", "--members", "5")
    enrol = cli.run("--log-level", "DEBUG", "member", "enrol", "--name", f"{NAME} {SURNAME}",
                    "--phone", PHONE_NATIONAL, "--email", EMAIL, "--card", CARD, "--json")
    assert enrol.code == 0, enrol.stderr
    again = logged(cli, "member", "enrol", "--name", f"{NAME} Again", "--phone", PHONE_E164)
    assert again.code != 0  # the phone number belongs to someone already
    for who in (CARD, PHONE_NATIONAL, PHONE_E164):
        assert logged(cli, "member", "show", who).code == 0
    assert logged(cli, "purchase", CARD, "250.00", "--receipt", "R-77").code == 0
    first = cli.run("--log-level", "debug", "redeem", CARD, "1", "--json")
    second = cli.run("--log-level", "debug", "redeem", CARD, "1", "--json")
    assert first.code == 0 and second.code == 0, first.stderr + second.stderr
    codes = [first.json()["voucher_code"], second.json()["voucher_code"]]  # type: ignore[index]
    displays = [first.json()["display_code"], second.json()["display_code"]]  # type: ignore[index]
    assert logged(cli, "voucher", "check", displays[0]).code == 0
    assert logged(cli, "voucher", "redeem", displays[0].lower()).code == 0
    assert logged(cli, "voucher", "redeem", codes[0]).code == 1  # used already
    typo = codes[1][:3] + ("A" if codes[1][3] != "A" else "B") + codes[1][4:]
    bad_scans = [
        ("member", "show", "2900000000119"),  # a misread: the check digit is wrong
        ("member", "show", "2900000000094"),  # not registered
        ("member", "show", codes[1]),  # a voucher scanned where a card belongs
        ("voucher", "check", typo),
        ("voucher", "redeem", typo),
        ("member", "show", "+447700900999"),
    ]
    for scan in bad_scans:
        assert logged(cli, *scan).code != 0, scan

    folder = cli.data_dir / "logs"
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    assert files, "no log written"
    text = "\n".join(path.read_text(encoding="utf-8", errors="replace") for path in files)
    assert "Command voucher redeem finished" in text  # the journey is in the log ...
    assert "Voucher" in text and "issued" in text
    secrets = [NAME, SURNAME, EMAIL, CARD, "2900000000119", "2900000000094", "+447700900999",
               *phone_forms(), *codes, *displays, typo, *(code.lower() for code in codes)]
    found = {secret for secret in secrets if secret.lower() in text.lower()}
    assert found == set(), f"in the log: {found}"
    assert_private_folder(folder)


def assert_private_folder(folder: Path) -> None:
    assert folder.stat().st_mode & 0o777 == 0o700
    assert all(path.stat().st_mode & 0o777 == 0o600 for path in folder.iterdir())


def test_a_configuration_problem_is_in_the_log_with_its_line(
    sqlite_cli: Cli, tmp_path: Path
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[store]\nid = "S"\n\n[log]\nlevel = "verbose"\n', encoding="utf-8")
    sqlite_cli.data_dir.mkdir()  # as installed (/var/lib/loyalty-kiosk)
    done = sqlite_cli.run("member", "show", CARD, config=config)
    assert done.code == 2 and "line 5" in done.stderr
    assert done.stderr.count("line 5") == 1  # said once on stderr, not again by the log
    text = (sqlite_cli.data_dir / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "ERROR" in text and "Configuration problem" in text and "line 5: log.level" in text
