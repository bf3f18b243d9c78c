"""`doctor [--json]`: check that this PC can run the kiosk; exit 0 when nothing fails, else 1."""

from __future__ import annotations

import argparse
from typing import Any

from kiosk.cli.devices import Devices
from kiosk.cli.output import Output


def doctor(args: argparse.Namespace, ctx: Any, out: Output, devices: Devices) -> int:
    """Run every check (reading only: no database, key or folder is created or changed)."""
    from kiosk.doctor.report import all_passed, as_json, as_lines
    from kiosk.doctor.run import run_checks

    results = run_checks(args, devices)
    out.result(as_json(results), as_lines(results))
    return 0 if all_passed(results) else 1


DOCTOR_HANDLERS = {("doctor", None): doctor}
