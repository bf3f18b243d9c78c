"""The configured printer: reachable through the kiosk's own device layer, with paper."""

from __future__ import annotations

import os
from dataclasses import replace
from decimal import Decimal

from kiosk.cli.devices import Devices
from kiosk.config import Config
from kiosk.doctor.account import kiosk_user
from kiosk.doctor.result import CheckResult, fail, ok, warn
from kiosk.errors import PrinterProblem

NAME = "printer"
MAX_TIMEOUT_S = Decimal(3)  # each connection attempt and status reply; doctor stays quick
CHECK_HINT = ("Check that the printer is switched on, connected and online; then "
              "`python main.py printer test` prints a test page.")


def _where(config: Config) -> str:
    printer = config.printer
    if printer.kind == "network":
        return f"network printer {printer.host}:{printer.port}"
    if printer.kind == "usb":
        return f"USB printer {printer.vendor_id}:{printer.product_id}"
    return f"{printer.kind} printer {printer.device}".rstrip()


def check_printer(config: Config, devices: Devices) -> CheckResult:
    """Ask the printer for its status with a short timeout; never print anything."""
    kind = config.printer.kind
    if kind == "none":
        return ok(NAME, "Printing is switched off (printer kind 'none'): vouchers show their "
                        "code on screen only.")
    if kind == "simulated":
        return ok(NAME, "The printer is simulated (previews in the data folder): no paper to "
                        "check. Set [printer] kind for the shop's printer.")
    if kind == "file" and config.printer.device:
        device = config.printer.device
        if not os.path.exists(device):
            return fail(NAME, f"The printer's device file {device} does not exist.",
                        "Switch the printer on and plug it in, or correct printer.device.")
        if not os.access(device, os.W_OK):
            return fail(NAME, f"This user may not write to the printer's device file {device}.",
                        "Add the kiosk's user to the device's group (often lp): "
                        f"usermod -aG lp {kiosk_user()}.")
    quick = replace(config.printer, timeout_s=min(config.printer.timeout_s, MAX_TIMEOUT_S))
    where = _where(config)
    try:
        with devices.open_printer(replace(config, printer=quick)) as printer:
            if printer is None:
                return ok(NAME, "Printing is switched off.")
            probe = getattr(getattr(printer, "transport", None), "read_status", None)
            if callable(probe):  # a printer that does not answer at all raises here
                probe()
            status = printer.status()
    except PrinterProblem as problem:
        return fail(NAME, f"The {where} cannot be used: {problem.message}", CHECK_HINT)
    detail = status.detail or status.paper
    if status.paper == "out":
        return fail(NAME, f"The {where} is out of paper ({detail}).",
                    "Put a new paper roll in the printer and close its cover.")
    if status.cover_open:
        return fail(NAME, f"The {where} has its cover open ({detail}).", "Close the cover.")
    if status.online is False:
        return fail(NAME, f"The {where} is not reachable: {detail}", CHECK_HINT)
    if status.paper == "low":
        return warn(NAME, f"The {where} is running out of paper ({detail}).",
                    "Have a new paper roll ready.")
    if status.online is None and status.paper == "unknown":
        return warn(NAME, f"The {where} gave no status ({detail}): paper cannot be checked.",
                    "Print a test page (`python main.py printer test`) and look at it.")
    return ok(NAME, f"The {where} answers: {detail}.")
