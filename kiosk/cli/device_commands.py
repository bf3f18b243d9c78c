"""Subcommands that reach devices: printing, previews, test pages and listening to scanners."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

from kiosk.cli.devices import Devices, ScannerEvent
from kiosk.cli.output import Output
from kiosk.config import ScannerConfig
from kiosk.context import Context
from kiosk.errors import InvalidInput, PrinterProblem, Refused
from kiosk.safe_text import json_text, terminal_text
from kiosk.services.hardware import status_lines
from kiosk.services.printing import (
    print_voucher,
    printer_test_page,
    reprint_voucher,
    voucher_document,
)
from kiosk.views import VoucherIssued

log = logging.getLogger("kiosk")


def print_issued(ctx: Context, devices: Devices, issued: VoucherIssued) -> dict[str, object]:
    """Print a just-issued voucher; report what happened without losing the voucher."""
    if issued.repeated and issued.status == "printed":
        return {"printed": False, "print_error": None, "print_message": "printed before"}
    with devices.open_printer(ctx.config) as printer:
        if printer is None:
            return {"printed": False, "print_error": None}
        try:
            print_voucher(ctx, printer, issued)
        except PrinterProblem as problem:
            log.warning("Voucher %d not printed: %s (%s)", issued.voucher_id, problem.message,
                        problem.kind)
            return {"printed": False, "print_error": problem.kind, "print_message": problem.message}
    return {"printed": True, "print_error": None}


def voucher_reprint(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    with devices.open_printer(ctx.config) as printer:
        if printer is None:
            raise Refused("Printing is switched off (printer kind 'none').", reason="printer_off")
        state = reprint_voucher(ctx, printer, args.code)
    out.result({"ok": True, **state.__dict__}, f"Voucher {state.code} reprinted, marked DUPLICATE.")
    return 0


def voucher_preview(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    document = voucher_document(ctx, args.code, duplicate=args.duplicate)
    target = Path(args.png)
    if target.suffix.lower() != ".png":
        raise InvalidInput("--png needs a file name ending in .png", reason="usage")
    width = args.width or ctx.config.printer.paper_width_mm
    devices.save_preview(document, target, width)
    out.result(
        {"ok": True, "code": document.display_code, "png": str(target), "paper_width_mm": width},
        f"Preview of {document.display_code} written to {target}.",
    )
    return 0


def printer_test(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    with devices.open_printer(ctx.config) as printer:
        if printer is None:
            raise Refused("Printing is switched off (printer kind 'none').", reason="printer_off")
        status = printer.status()
        lines = status_lines(status)
        printer.print_document(printer_test_page(ctx, lines))
    out.result(
        {"ok": True, "printer": ctx.config.printer.kind, "status": status},
        ["Test page printed.", *lines],
    )
    return 0


def scanner_list(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    ports = devices.serial_ports()
    lines = [f"{p['device']}  {p.get('description') or ''}  {p.get('hwid') or ''}" for p in ports]
    configured = [f"configured: {s.name} at {s.url}" for s in ctx.config.scanners]
    out.result(
        {"ports": ports, "configured": [s.url for s in ctx.config.scanners]},
        (lines or ["No serial ports found."]) + configured,
    )
    return 0


def scanner_listen(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    scanners = list(ctx.config.scanners)
    if args.port:
        base = scanners[0] if scanners else ScannerConfig()
        scanners = [replace(base, url=args.port, name=base.name or "scanner")]
    if not scanners:
        raise InvalidInput(
            "No scanner is configured: give --port PORT, --scanner URL, "
            "or a [[scanners]] table in the configuration.",
            reason="usage",
        )
    stop = threading.Event()
    codes = 0
    lock = threading.Lock()

    def on_event(event: ScannerEvent) -> None:
        nonlocal codes
        with lock:
            if out.as_json:
                print(json_text(json.dumps(event, ensure_ascii=False)), flush=True)
            else:
                print(terminal_text(_describe(event), keep_newlines=False), flush=True)
            if event.get("event") == "code":
                codes += 1
                if args.count and codes >= args.count:
                    stop.set()

    previous = signal.signal(signal.SIGINT, lambda *_: stop.set())
    deadline = time.monotonic() + args.seconds if args.seconds else None
    try:
        timer = None
        if deadline is not None:
            timer = threading.Timer(max(deadline - time.monotonic(), 0), stop.set)
            timer.daemon = True
            timer.start()
        devices.listen(scanners, on_event, stop)
        if timer is not None:
            timer.cancel()
    finally:
        signal.signal(signal.SIGINT, previous)
        sys.stdout.flush()
    return 0


def _describe(event: ScannerEvent) -> str:
    kind = event.get("event")
    name = event.get("scanner", "")
    if kind == "code":
        return f"{name}: {event['code']}"
    if kind == "rejected":
        return f"{name}: rejected ({event['reason']}): {event.get('sample', '')!r}"
    return f"{name}: {event.get('state')}" + (
        f" ({event['reason']})" if event.get("reason") else ""
    )
