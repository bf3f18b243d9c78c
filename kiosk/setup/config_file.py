"""Writes the set-up's answers as a commented TOML file the kiosk loads, 0600, keeping a .bak."""

from __future__ import annotations

import json
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from kiosk.config import Config, load_config
from kiosk.errors import Refused
from kiosk.setup.answers import KEYBOARD_SCANNER, SetupAnswers

FILE_MODE = 0o600
SHARED_FILE_MODE = 0o660  # in a setgid group folder such as /etc/loyalty-kiosk (root:kiosk 2770)


@dataclass(frozen=True)
class WrittenConfig:
    """The file written, the copy of the one it replaced (if any) and the loaded result."""

    path: Path
    backup: Path | None
    config: Config


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's; DEL must be escaped too)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def render_config(answers: SetupAnswers) -> str:
    """The configuration file's text: only what the set-up decided, each key explained."""
    q = toml_string
    printer = answers.printer
    lines = [
        "# Loyalty kiosk configuration, written by `python main.py setup`.",
        "# Change it with a text editor (then restart the kiosk), or run the set-up again with",
        "# `python main.py setup --force` (the old file is kept as kiosk.toml.bak).",
        "# Every key the kiosk knows, with its default and allowed values, is explained in",
        "# docs/config.example.toml; a key left out takes its default.",
        "",
        "[database]",
        "# Empty: an SQLite file in the data folder; a chain's kiosks share one PostgreSQL URL.",
        f"url = {q(answers.database_url)}",
        "",
        "[store]",
        f"name = {q(answers.shop_name)}  # shown on screen and printed on vouchers",
        f"currency = {q(answers.currency)}  # ISO 4217 code",
        f"currency_symbol = {q(answers.currency_symbol)}",
        f"minor_digits = {answers.minor_digits}  # 2 for pounds and pence, 0 for none",
        f"country_code = {q(answers.country_code)}  # phone numbers are read as this country's"
        f" ({answers.country})",
        f"time_zone = {q(answers.time_zone)}  # IANA name; decides the shop's days and dates",
        "",
        "[printer]",
        "# none, simulated (a pretend printer, previews in the data folder), network, serial,",
        "# usb or file",
        f"kind = {q(printer.kind)}",
        f"host = {q(printer.host)}  # network printers",
        f"port = {printer.port}",
        f"device = {q(printer.device)}  # serial port or device file such as /dev/usb/lp0",
        f"baudrate = {printer.baudrate}",
        f"vendor_id = {q(printer.vendor_id)}  # USB, in hex",
        f"product_id = {q(printer.product_id)}",
        f"profile = {q(printer.profile)}  # a python-escpos profile, e.g. \"TM-T88V\"",
        f"paper_width_mm = {printer.paper_width_mm}  # 58 or 80",
        "",
    ]
    if answers.scanner and answers.scanner != KEYBOARD_SCANNER:
        lines += [
            "# The serial barcode scanner (add another [[scanners]] table for a second one).",
            "[[scanners]]",
            f"url = {q(answers.scanner)}",
            'name = "scanner"',
            "",
        ]
    else:
        lines += [
            "# No [[scanners]] table: a USB keyboard-wedge scanner types its codes as keys.",
            "",
        ]
    lines += [
        "[ui]",
        f"language = {q(answers.language)}  # the start screen's language: en, tr or ru",
        f"demo = {'true' if answers.demo else 'false'}  # true: demo members and rewards on"
        " an empty database",
        "",
    ]
    return "\n".join(lines)


def _file_mode(folder: Path) -> int:
    """0600, or 0660 in a setgid folder whose group shares the kiosk's configuration."""
    try:
        shared = bool(folder.stat().st_mode & stat.S_ISGID)
    except OSError:
        shared = False
    return SHARED_FILE_MODE if shared else FILE_MODE


def check_can_write(path: Path, force: bool) -> None:
    """Refuse to replace an existing file unless forced (before any question is asked)."""
    if path.exists() and not force:
        raise Refused(
            f"{path} already exists; nothing was changed. Run `python main.py setup --force` to "
            "replace it (the old file is kept as a .bak copy).", reason="config_exists",
        )
    if path.exists() and not path.is_file():
        raise Refused(f"{path} is not a file; nothing was changed.", reason="config_not_file")


def write_config(path: Path, text: str, force: bool = False) -> WrittenConfig:
    """Write the file atomically (0600 or 0660), keeping a replaced one as <name>.bak; the text
    is parsed first, so a file the kiosk would refuse is never written."""
    from kiosk.config import parse_config

    parse_config(text, str(path))
    check_can_write(path, force)
    folder = path.parent
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    if created:
        os.chmod(folder, 0o700)
    backup = None
    if path.exists():
        backup = path.with_name(path.name + ".bak")
        shutil.copy2(path, backup)
        os.chmod(backup, stat.S_IMODE(path.stat().st_mode) & 0o660)
    mode = _file_mode(folder)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            os.fchmod(handle.fileno(), mode)
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return WrittenConfig(path, backup, load_config(path))
