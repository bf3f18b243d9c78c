"""`python main.py setup`: asks (or takes as flags) the shop's settings, tries the printer and
the scanner, creates the first manager and writes the configuration file."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kiosk.cli.devices import Devices
from kiosk.cli.output import Output
from kiosk.errors import InvalidInput, KioskError, PrinterProblem, Refused
from kiosk.setup import countries
from kiosk.setup.answers import (
    KEYBOARD_SCANNER,
    SetupAnswers,
    answers_config,
    check_new_pin,
    check_shop_name,
)
from kiosk.setup.config_file import check_can_write, render_config
from kiosk.setup.devices import SCAN_TIMEOUT_S, print_test_page, printer_from_url, wait_for_scan
from kiosk.setup.location import setup_target, user_config_file

EXIT_USAGE = 2


def add_setup_parser(commands: argparse._SubParsersAction, js: argparse.ArgumentParser) -> None:
    """Add `setup` and its flags (every question can be answered by a flag)."""
    parser = commands.add_parser("setup", parents=[js])
    parser.add_argument("--shop-name", metavar="NAME")
    parser.add_argument("--country", metavar="CC", help="ISO code or English name, e.g. GB, TR")
    parser.add_argument("--currency", metavar="CODE", help="ISO 4217 (default: the country's)")
    parser.add_argument("--time-zone", metavar="ZONE", help="IANA name (default: the country's)")
    parser.add_argument("--language", metavar="LANG", help="en, tr or ru (default: the country's)")
    parser.add_argument("--printer", dest="setup_printer", metavar="URL",
                        help="tcp://HOST:PORT, serial://PORT, usb://VID:PID, file://PATH, "
                             "simulated or none")
    parser.add_argument("--scanner", dest="setup_scanner", metavar="URL",
                        help="a serial port or pyserial URL, or 'keyboard' (USB wedge)")
    parser.add_argument("--test-print", action="store_true",
                        help="print a test page (asked when interactive)")
    parser.add_argument("--test-scan", type=float, metavar="SECONDS", default=None,
                        help="wait this long for a test scan (asked when interactive)")
    parser.add_argument("--manager", metavar="NAME", help="the first manager's name")
    parser.add_argument("--pin", metavar="PIN", help="the first manager's PIN (4 to 6 digits)")
    shop = parser.add_mutually_exclusive_group()
    shop.add_argument("--demo", dest="demo", action="store_true", default=None,
                      help="demo members and rewards on the first start")
    shop.add_argument("--empty", dest="demo", action="store_false",
                      help="an empty shop: no demo members, no rewards yet")
    parser.add_argument("--yes", action="store_true",
                        help="ask nothing: defaults for whatever no flag gives")
    parser.add_argument("--force", action="store_true",
                        help="replace an existing configuration file (kept as .bak)")


class Questions:
    """Asks on stderr and reads answers from stdin (a script may pipe them in), or answers
    every question with its default under --yes."""

    def __init__(self, ask: bool) -> None:
        self.ask = ask

    def say(self, text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    def line(self, prompt: str, default: str = "") -> str:
        if not self.ask:
            return default
        shown = f" [{default}]" if default else ""
        sys.stderr.write(f"{prompt}{shown}: ")
        sys.stderr.flush()
        answer = sys.stdin.readline()
        if not answer:  # end of input: the defaults from here on
            self.ask = False
            return default
        return answer.strip() or default

    def yes(self, prompt: str, default: bool = True) -> bool:
        answer = self.line(f"{prompt} (y/n)", "y" if default else "n").lower()
        return answer in ("y", "yes", "e", "evet", "д", "да")

    def secret(self, prompt: str) -> str:
        if sys.stdin.isatty():
            return getpass.getpass(f"{prompt}: ", stream=sys.stderr)
        return self.line(prompt)

    def until_valid(self, prompt: str, default: str, check: Any) -> Any:
        """Ask again after a wrong answer (when interactive); a flag's wrong value fails."""
        while True:
            text = self.line(prompt, default)
            try:
                return check(text)
            except KioskError as exc:
                if not self.ask:
                    raise
                self.say(f"  {exc.message}")


def _shop(args: argparse.Namespace, q: Questions) -> dict[str, Any]:
    name = args.shop_name
    if name is None:
        name = q.until_valid("Shop name", "Corner Market", check_shop_name)
    else:
        name = check_shop_name(name)
    if args.country is None and q.ask:
        names = countries.country_names()
        q.say("Common countries: " + ", ".join(
            f"{code} {names[code]}" for code in countries.COMMON_COUNTRIES))
        q.say("Any other country: its two-letter ISO code or English name.")
    defaults = (countries.defaults_for(args.country) if args.country is not None
                else q.until_valid("Country", "GB", countries.defaults_for))
    currency = (countries.check_currency(args.currency) if args.currency is not None
                else q.until_valid("Currency", defaults.currency, countries.check_currency))
    symbol, digits = countries.currency_details(currency, defaults.country)
    if args.time_zone is None and q.ask and len(defaults.time_zones) > 1:
        q.say("Time zones: " + ", ".join(defaults.time_zones[:12])
              + (", …" if len(defaults.time_zones) > 12 else ""))
    zone = (countries.check_time_zone(args.time_zone) if args.time_zone is not None
            else q.until_valid("Time zone", defaults.time_zone or "UTC",
                               countries.check_time_zone))
    language = (countries.check_language(args.language) if args.language is not None
                else q.until_valid("Language of the kiosk (en, tr, ru)", defaults.language,
                                   countries.check_language))
    return {"shop_name": name, "country": defaults.country, "country_code": defaults.country_code,
            "currency": currency, "currency_symbol": symbol, "minor_digits": min(digits, 3),
            "time_zone": zone, "language": language}


def _choose(q: Questions, title: str, options: list[dict[str, Any]], default: str) -> str:
    """A numbered list; the answer is a number or a URL typed in full."""
    if not q.ask:
        return default
    q.say(title)
    for number, option in enumerate(options, start=1):
        q.say(f"  {number}. {option['label']}")
    answer = q.line("Number or address", default)
    if answer.isdigit() and 1 <= int(answer) <= len(options):
        return str(options[int(answer) - 1]["url"])
    return answer


def _printer(args: argparse.Namespace, q: Questions, devices: Any,
             shop: dict[str, Any]) -> tuple[Any, bool | None]:
    """The printer chosen and whether a test page came out (None: not tried)."""
    url = args.setup_printer or (args.printer if args.printer else None)
    while True:
        if url is None:
            typed = q.line("A network printer's address to look for (host:port, empty: none)")
            found = devices.find_printers([typed] if typed else [])
            options = [*found, {"url": "simulated", "label": "simulated (a pretend printer)"},
                       {"url": "none", "label": "none (no printing)"}]
            url = _choose(q, "Printers found:", options, str(options[0]["url"]))
            if ":" in url and "://" not in url and not url.startswith(("/", "serial")):
                url = f"tcp://{url}"
        try:
            printer = printer_from_url(devices, url)
        except PrinterProblem as exc:
            if not q.ask or args.setup_printer:
                raise InvalidInput(exc.message, reason="bad_printer") from None
            q.say(f"  {exc.message}")
            url = None
            continue
        if printer.kind == "none":
            return printer, None
        wanted = args.test_print or (q.ask and q.yes("Print a test page now?"))
        if not wanted:
            return printer, None
        config = answers_config(SetupAnswers(**shop, printer=printer))
        try:
            print_test_page(devices, config)
        except (PrinterProblem, Refused) as exc:
            q.say(f"  The test page did not print: {exc.message}")
            if not q.ask:
                raise
            if q.yes("Choose another printer?"):
                url = None
                continue
            return printer, False
        if not q.ask:
            return printer, True
        if q.yes("Did the test page come out?"):
            return printer, True
        if not q.yes("Choose another printer?", default=False):
            return printer, False
        url = None


def _scanner(args: argparse.Namespace, q: Questions, devices: Any) -> tuple[str, str | None]:
    """The scanner chosen and the code of its test scan (None: none seen or not tried)."""
    url = args.setup_scanner or (args.scanner[0] if args.scanner else None)
    if url is None:
        options = [*devices.find_scanners(),
                   {"url": KEYBOARD_SCANNER, "label": "keyboard (USB wedge) scanner"}]
        url = _choose(q, "Scanners:", options, KEYBOARD_SCANNER)
    url = url.strip()
    if url.lower() in ("keyboard", "wedge", "none", ""):
        url = KEYBOARD_SCANNER
    seconds = args.test_scan
    if seconds is None and q.ask and q.yes("Try a test scan now?"):
        seconds = SCAN_TIMEOUT_S
    if not seconds:
        return url, None
    if url == KEYBOARD_SCANNER:
        if not q.ask:
            return url, None
        code = q.line("Scan any barcode now (the scanner types it here; Enter to skip)")
        return url, code or None
    q.say(f"Scan any barcode now (waiting up to {seconds:g} seconds)…")
    code = wait_for_scan(devices, url, seconds)
    q.say(f"  Seen: {code}" if code else "  No scan seen; check the scanner's cable and port.")
    return url, code


def _manager(args: argparse.Namespace, q: Questions, needed: bool) -> tuple[str, str]:
    name = args.manager
    if name is None:
        name = q.line("The first manager's name" + ("" if needed else " (empty: none)"))
    name = " ".join(name.split())
    if not name:
        if needed:
            raise InvalidInput("An empty shop needs a first manager: give --manager NAME and "
                               "--pin PIN.", reason="manager_needed")
        return "", ""
    if args.pin is not None:
        return name, check_new_pin(args.pin)
    if not q.ask:
        raise InvalidInput("Give the manager's PIN with --pin (4 to 6 digits).",
                           reason="pin_needed")
    while True:
        first = q.secret("PIN for the manager (4 to 6 digits)")
        try:
            return name, check_new_pin(first, q.secret("The same PIN again"))
        except InvalidInput as exc:
            q.say(f"  {exc.message}")


def setup(args: argparse.Namespace, ctx: object, out: Output, devices: Devices) -> int:
    try:
        return _setup(args, out, devices)
    except InvalidInput as exc:
        out.error(exc.message, exc.reason or exc.code)
        return EXIT_USAGE


def _setup(args: argparse.Namespace, out: Output, devices: Any) -> int:
    from kiosk.setup.finish import open_shop_database, save_setup

    target = setup_target(args.config)
    check_can_write(target, args.force)
    q = Questions(ask=not args.yes)
    q.say(f"Setting up the kiosk; the configuration will be written to {target}.")
    shop = _shop(args, q)
    printer, printed = _printer(args, q, devices, shop)
    scanner, scanned = _scanner(args, q, devices)
    demo = args.demo
    if demo is None:
        demo = q.line("Demo data or an empty shop? (demo/empty)", "empty").lower() == "demo"
    answers = SetupAnswers(**shop, printer=printer, scanner=scanner, demo=demo,
                           database_url=args.db or "")
    text = render_config(answers)
    _, has_staff = open_shop_database(args, devices, text, target)
    manager, pin = ("", "") if has_staff and args.manager is None else _manager(
        args, q, needed=not demo)
    written = save_setup(args, devices, text, target, manager, pin, force=args.force)
    data = {**asdict(answers), "printer": _printer_summary(printer), "manager": manager}
    out.result(
        {"ok": True, "written": str(written.path),
         "backup": str(written.backup) if written.backup else None, "config": data,
         "test_page": printed, "test_scan": scanned},
        _summary(written.path, written.backup, data, printed, scanned),
    )
    return 0


def _printer_summary(printer: Any) -> str:
    if printer.kind == "network":
        return f"tcp://{printer.host}:{printer.port}"
    if printer.kind in ("serial", "file"):
        return f"{printer.kind}://{printer.device}"
    if printer.kind == "usb":
        return f"usb://{printer.vendor_id}:{printer.product_id}"
    return str(printer.kind)


def _summary(path: Path, backup: Path | None, data: dict[str, Any], printed: bool | None,
             scanned: str | None) -> list[str]:
    lines = [
        f"Configuration written to {path}" + (f" (the old file is {backup})" if backup else "."),
        f"Shop: {data['shop_name']}, {data['country']} ({data['country_code']}), "
        f"{data['currency']} {data['currency_symbol']}, {data['time_zone']}, "
        f"language {data['language']}.",
        f"Printer: {data['printer']}" + {True: ", test page printed.", False:
                                         ", the test page did not come out.",
                                         None: "."}[printed],
        f"Scanner: {data['scanner']}" + (f", test scan seen: {scanned}." if scanned else "."),
        (f"First manager: {data['manager']}." if data["manager"] else "No manager created."),
        "Demo data on the first start." if data["demo"] else "An empty shop: add rewards on the "
        "staff screen's Catalogue page.",
        f"To change it later, edit {path} (every key is explained in docs/config.example.toml) "
        "or run `python main.py setup --force`. "
        + ("`python main.py` finds it there." if path == user_config_file() else
           f"Start the kiosk with `python main.py --config {path}`."),
    ]
    return lines


SETUP_HANDLERS = {("setup", None): setup}
