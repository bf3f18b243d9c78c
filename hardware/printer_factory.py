"""Build the configured Printer, and read quick printer URLs (tcp://, serial://, usb://, file://)."""

from __future__ import annotations

import atexit
import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from hardware.printer import (
    EscposPrinter,
    FileTransport,
    NetworkTransport,
    SerialTransport,
    Transport,
    UsbTransport,
)
from hardware.printer_sim import PrinterSimulator
from kiosk.config import PrinterConfig
from kiosk.errors import PrinterProblem
from kiosk.ports import Printer

ACCEPTED_FORMS = (
    "tcp://HOST[:PORT] (port 9100 if left out), serial:///dev/ttyUSB0?baudrate=19200, "
    "usb://VENDOR:PRODUCT in hex (e.g. usb://04b8:0202), file:///dev/usb/lp0, simulated or "
    "none; options after '?': profile=TM-T88V, paper=58|80, timeout=SECONDS, "
    "barcodes=native|image, baudrate=N (serial)"
)
_USB_IDS = re.compile(r"^(?:0x)?([0-9a-f]{1,4}):(?:0x)?([0-9a-f]{1,4})$", re.IGNORECASE)


def _bad(url: str, problem: str) -> PrinterProblem:
    return PrinterProblem("config", f"Printer URL '{url}': {problem}. Accepted: {ACCEPTED_FORMS}.")


def _options(url: str, query: str, kind: str) -> dict[str, Any]:
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        raise _bad(url, f"the options '{query}' are not NAME=VALUE pairs") from None
    values: dict[str, Any] = {}
    for key, raw in pairs:
        value = raw.strip()
        if key == "profile" and value:
            values["profile"] = value
        elif key == "paper" and value in ("58", "80"):
            values["paper_width_mm"] = int(value)
        elif key == "barcodes" and value in ("native", "image"):
            values["barcodes"] = value
        elif key == "timeout":
            try:
                seconds = Decimal(value)
            except InvalidOperation:
                seconds = Decimal(-1)
            if not Decimal("0.1") <= seconds <= 120:
                raise _bad(url, "timeout must be a number of seconds from 0.1 to 120")
            values["timeout_s"] = seconds
        elif key == "baudrate" and kind == "serial":
            if not value.isdigit() or not 50 <= int(value) <= 4_000_000:
                raise _bad(url, "baudrate must be a whole number such as 9600 or 19200")
            values["baudrate"] = int(value)
        else:
            raise _bad(url, f"the option '{key}={raw}' is not understood")
    return values


def parse_printer_url(url: str, base: PrinterConfig | None = None) -> PrinterConfig:
    """Turn a printer URL into a PrinterConfig (other settings come from base, or defaults).

    A URL that does not fit one of the accepted forms raises PrinterProblem("config", ...).
    """
    config = base or PrinterConfig()
    text = url.strip()
    word, _, query = text.partition("?")
    if word.lower() in ("none", "simulated"):
        kind = word.lower()
        return replace(config, kind=kind, **_options(text, query, kind))
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme == "tcp":
        try:
            host, port = parts.hostname, parts.port
        except ValueError:
            raise _bad(text, "the port must be a number from 1 to 65535") from None
        if not host or parts.path not in ("", "/") or parts.username or parts.fragment:
            raise _bad(text, "a network printer needs a host name or address, e.g. "
                             "tcp://192.168.1.50:9100")
        if port == 0:
            raise _bad(text, "the port must be a number from 1 to 65535")
        return replace(config, kind="network", host=host, port=port or 9100,
                       **_options(text, parts.query, "network"))
    if scheme == "serial":
        device = parts.netloc + parts.path
        if not device or parts.fragment:
            raise _bad(text, "a serial printer needs a port, e.g. serial:///dev/ttyUSB0")
        return replace(config, kind="serial", device=device,
                       **_options(text, parts.query, "serial"))
    if scheme == "usb":
        ids = _USB_IDS.match(parts.netloc)
        if ids is None or parts.path not in ("", "/"):
            raise _bad(text, "a USB printer needs vendor and product ids in hex, e.g. "
                             "usb://04b8:0202")
        vendor, product = (f"{int(value, 16):04x}" for value in ids.groups())
        return replace(config, kind="usb", vendor_id=vendor, product_id=product,
                       **_options(text, parts.query, "usb"))
    if scheme == "file":
        if parts.netloc not in ("", "localhost") or not parts.path:
            raise _bad(text, "a printer device file needs a full path, e.g. file:///dev/usb/lp0")
        return replace(config, kind="file", device=parts.path,
                       **_options(text, parts.query, "file"))
    raise _bad(text, "this is not a printer address")


def _usb_id(config: PrinterConfig, name: str) -> int:
    value = getattr(config, name).strip().lower().removeprefix("0x")
    if not re.fullmatch(r"[0-9a-f]{1,4}", value):
        raise PrinterProblem("config", f"printer.{name} must be 4 hex digits, e.g. 04b8, "
                                       f"not '{getattr(config, name)}'.")
    return int(value, 16)


def printer_from_config(config: PrinterConfig) -> Printer | None:
    """The Printer for the configuration; None when printing is switched off (kind "none").

    "simulated" starts a PrinterSimulator on a free port of 127.0.0.1 and prints to it over
    TCP like a real network printer; it is on the returned printer's `simulator` attribute.
    """
    timeout = float(config.timeout_s)
    simulator = None
    transport: Transport
    if config.kind == "none":
        return None
    if config.kind == "simulated":
        simulator = PrinterSimulator().start()
        atexit.register(simulator.stop)
        transport = NetworkTransport("127.0.0.1", simulator.port, timeout)
    elif config.kind == "network":
        transport = NetworkTransport(config.host, config.port, timeout)
    elif config.kind == "serial":
        if not config.device:
            raise PrinterProblem("config", "printer.device must name the serial port, e.g. "
                                           "/dev/ttyUSB0, for a serial printer.")
        transport = SerialTransport(config.device, config.baudrate, timeout)
    elif config.kind == "usb":
        transport = UsbTransport(_usb_id(config, "vendor_id"), _usb_id(config, "product_id"),
                                 timeout)
    elif config.kind == "file":
        if not config.device:
            raise PrinterProblem("config", "printer.device must name the printer's device "
                                           "file, e.g. /dev/usb/lp0.")
        transport = FileTransport(config.device)
    else:
        raise PrinterProblem("config", f"printer.kind '{config.kind}' is not known; use none, "
                                       "simulated, network, serial, usb or file.")
    try:
        printer = EscposPrinter(transport, config.profile, config.paper_width_mm,
                                dict(config.code_pages), config.barcodes)
    except PrinterProblem:
        if simulator is not None:
            simulator.stop()
        raise
    printer.simulator = simulator
    return printer
