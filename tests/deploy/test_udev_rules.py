"""The udev rules: well-formed, and scanners and receipt printers end up in the kiosk's groups."""

from __future__ import annotations

import re
import shutil
import subprocess
from fnmatch import fnmatchcase

import pytest

from tests.deploy.units import DEPLOY

pytestmark = pytest.mark.deploy

RULES = DEPLOY / "udev" / "60-loyalty-kiosk.rules"
MATCH_KEYS = {"ACTION", "KERNEL", "SUBSYSTEM", "DRIVER", "ATTR", "ATTRS", "ENV", "SUBSYSTEMS",
              "KERNELS", "DRIVERS", "TAG", "TAGS", "TEST", "PROGRAM", "RESULT"}
ASSIGN_KEYS = {"GROUP", "MODE", "OWNER", "SYMLINK", "TAG", "ENV", "RUN", "NAME", "OPTIONS"}
PRINTER_VENDORS = {"04b8", "0519", "1d90", "2730", "1504", "0416", "0fe6", "28e9"}
PAIR = re.compile(r'\s*([A-Z_]+)(?:\{([^}]+)\})?\s*(==|!=|\+=|-=|:=|=)\s*"([^"]*)"\s*(?:,|$)')

Rule = list[tuple[str, str | None, str, str]]


def parse_rules(text: str) -> list[Rule]:
    """Each rule as (key, {attribute}, operator, value) tuples; a malformed line raises."""
    rules = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rule: Rule = []
        position = 0
        while position < len(line):
            found = PAIR.match(line, position)
            if found is None:
                raise ValueError(f"line {number}: cannot read {line[position:]!r}")
            key, attribute, operator, value = found.groups()
            matching = operator in ("==", "!=")
            allowed = MATCH_KEYS if matching else ASSIGN_KEYS
            if key not in allowed:
                raise ValueError(f"line {number}: {key} does not take {operator}")
            rule.append((key, attribute, operator, value))
            position = found.end()
        if not any(op in ("==", "!=") for _, _, op, _ in rule):
            raise ValueError(f"line {number}: a rule without a match applies to every device")
        rules.append(rule)
    return rules


def _assignments(rule: Rule) -> dict[str, str]:
    return {key: value for key, _, op, value in rule if op not in ("==", "!=")}


def _matches(rule: Rule, device: dict[str, str]) -> bool:
    """Whether the rule's match keys all hold for a device described as KEY or KEY{attr}."""
    for key, attribute, operator, pattern in rule:
        if operator not in ("==", "!="):
            continue
        name = f"{key}{{{attribute}}}" if attribute else key
        hit = any(fnmatchcase(device.get(name, ""), alternative)
                  for alternative in pattern.split("|"))
        if hit != (operator == "=="):
            return False
    return True


def _groups_for(device: dict[str, str]) -> list[tuple[str, str]]:
    rules = parse_rules(RULES.read_text(encoding="utf-8"))
    return [(_assignments(rule).get("GROUP", ""), _assignments(rule).get("MODE", ""))
            for rule in rules if _matches(rule, device)]


def test_the_rules_file_is_well_formed() -> None:
    rules = parse_rules(RULES.read_text(encoding="utf-8"))
    assert len(rules) >= 11
    for rule in rules:
        assert _assignments(rule).get("MODE") == "0660", rule  # never readable by everyone


def test_the_parser_refuses_a_broken_rule() -> None:
    with pytest.raises(ValueError, match="line 1"):
        parse_rules('SUBSYSTEM=="tty", KERNEL=="ttyUSB*" GROUP="dialout"')  # a missing comma
    with pytest.raises(ValueError, match="GROUP does not take =="):
        parse_rules('SUBSYSTEM=="tty", GROUP=="dialout"')
    with pytest.raises(ValueError, match="without a match"):
        parse_rules('GROUP="lp"')


@pytest.mark.parametrize("kernel", ["ttyUSB0", "ttyACM0", "ttyACM12"])
def test_a_serial_scanner_is_opened_by_group_dialout(kernel: str) -> None:
    assert _groups_for({"SUBSYSTEM": "tty", "KERNEL": kernel}) == [("dialout", "0660")]


def test_a_plain_serial_port_is_left_alone() -> None:
    assert _groups_for({"SUBSYSTEM": "tty", "KERNEL": "ttyS0"}) == []


@pytest.mark.parametrize("vendor", sorted(PRINTER_VENDORS))
def test_an_esc_pos_printer_by_maker_is_opened_by_group_lp(vendor: str) -> None:
    device = {"SUBSYSTEM": "usb", "ENV{DEVTYPE}": "usb_device", "ATTR{idVendor}": vendor,
              "ENV{ID_USB_INTERFACES}": ":ff0000:"}
    assert _groups_for(device) == [("lp", "0660")]


def test_any_usb_printer_class_device_is_opened_by_group_lp() -> None:
    device = {"SUBSYSTEM": "usb", "ENV{DEVTYPE}": "usb_device", "ATTR{idVendor}": "1234",
              "ENV{ID_USB_INTERFACES}": ":030101:070102:"}
    assert _groups_for(device) == [("lp", "0660")]


def test_a_usb_keyboard_or_stick_is_left_alone() -> None:
    device = {"SUBSYSTEM": "usb", "ENV{DEVTYPE}": "usb_device", "ATTR{idVendor}": "046d",
              "ENV{ID_USB_INTERFACES}": ":030101:080650:"}
    assert _groups_for(device) == []


def test_the_kernel_printer_device_is_opened_by_group_lp() -> None:
    assert _groups_for({"SUBSYSTEM": "usbmisc", "KERNEL": "lp0"}) == [("lp", "0660")]


def test_udevadm_verify_accepts_the_rules() -> None:
    """`udevadm verify` exists from systemd 254; Debian 12 (252) has none: then skipped."""
    udevadm = shutil.which("udevadm")
    if udevadm is None:
        pytest.skip("no udevadm here (the parse test above checks the syntax)")
    helped = subprocess.run([udevadm, "verify", "--help"], capture_output=True, timeout=30,
                            check=False)
    if helped.returncode != 0:
        pytest.skip("this udevadm has no verify command (systemd < 254)")
    done = subprocess.run([udevadm, "verify", str(RULES)], capture_output=True, text=True,
                          timeout=30, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_rules_file_name_sorts_after_the_systems_own() -> None:
    """50-udev-default.rules sets tty and lp defaults; 60-… must come after it to win."""
    assert RULES.name > "50-udev-default.rules"
    assert RULES.name.endswith(".rules")
