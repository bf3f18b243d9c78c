"""Runs every check (slow ones in parallel threads, each bounded) and collects the results."""

from __future__ import annotations

import argparse
import threading
import time
from collections.abc import Callable
from typing import Any

from kiosk.cli.devices import Devices
from kiosk.doctor.inputs import DoctorInputs, load_inputs
from kiosk.doctor.result import CheckResult, crashed, fail

DEADLINE_S = 15.0  # every group of checks has finished or is reported by then
DATABASE_DEADLINE_S = 40.0  # `db check` of a big database may take a while


def guarded(name: str, check: Callable[..., Any], *args: Any) -> list[CheckResult]:
    """Run one check; an unexpected error becomes a FAIL naming its kind, never a traceback."""
    try:
        found = check(*args)
    except Exception as exc:  # doctor reports whatever is broken
        return [crashed(name, exc)]
    return list(found) if isinstance(found, list) else [found]


class Group:
    """Checks that run one after another in a thread of their own (daemon: a check stuck on
    a dead device cannot keep the program from ending)."""

    def __init__(self, name: str, body: Callable[[list[CheckResult]], None],
                 deadline_s: float = DEADLINE_S) -> None:
        self.name = name
        self.deadline_s = deadline_s
        self.results: list[CheckResult] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, args=(body,), name=f"doctor-{name}",
                                        daemon=True)

    def _run(self, body: Callable[[list[CheckResult]], None]) -> None:
        found: list[CheckResult] = []
        try:
            body(found)
        except Exception as exc:  # a mistake in a group is a result too
            found.append(crashed(self.name, exc))
        finally:
            with self._lock:
                self.results = found

    def start(self) -> Group:
        self._thread.start()
        return self

    def collect(self, started: float) -> list[CheckResult]:
        """The group's results, or a FAIL when it has not finished in its time."""
        self._thread.join(max(0.0, started + self.deadline_s - time.monotonic()))
        if self._thread.is_alive():
            return [fail(self.name, f"The {self.name} checks did not finish within "
                                    f"{self.deadline_s:g} s.",
                         f"Something on the {self.name} side hangs; run doctor again, then "
                         "look at that device or server.")]
        with self._lock:
            return self.results


def database_group(inputs: DoctorInputs) -> Callable[[list[CheckResult]], None]:
    """The checks that need the database, in order, on one connection (one thread)."""

    def body(found: list[CheckResult]) -> None:
        from db.database import close_database
        from kiosk.cli.shop import shop_context
        from kiosk.context import Context
        from kiosk.doctor.clock import check_clock
        from kiosk.doctor.database import check_integrity, check_schema, open_read_only
        from kiosk.doctor.jobs import check_jobs
        from kiosk.doctor.voucher_key import check_voucher_key

        assert inputs.config is not None
        config = inputs.config
        try:
            opened = guarded("database", lambda: open_read_only(inputs.database_url).result)
            found += opened
            reachable = opened[0].status == "ok"
            current = False
            if reachable:
                schema = guarded("schema", check_schema)
                found += schema
                current = schema[0].status == "ok"
                if current:
                    found += guarded("db check", check_integrity)
            found += guarded("voucher key", check_voucher_key, config, current)
            found += guarded("clock", check_clock, inputs.database_url, reachable)
            ctx = shop_context(Context(config, b""))
            found += guarded("jobs", check_jobs, ctx, current)
        finally:
            close_database()

    return body


def run_checks(args: argparse.Namespace, devices: Devices) -> list[CheckResult]:
    """Every check, in a fixed order; none changes anything."""
    from kiosk.doctor.display import check_display
    from kiosk.doctor.printer import check_printer
    from kiosk.doctor.scanners import check_scanners
    from kiosk.doctor.storage import check_data_folder, check_free_space

    started = time.monotonic()
    try:
        inputs, config_result = load_inputs(args, devices)
    except Exception as exc:  # what needs no configuration is still checked
        inputs, config_result = DoctorInputs(None, "", devices), crashed("config", exc)
    display = Group("display", lambda found: found.extend(guarded("display", check_display)))
    display.start()
    config = inputs.config
    groups: list[Group] = []
    if config is not None:
        groups = [
            Group("database", database_group(inputs), DATABASE_DEADLINE_S).start(),
            Group("printer", lambda found: found.extend(
                guarded("printer", check_printer, config, devices))).start(),
            Group("scanners", lambda found: found.extend(
                guarded("scanners", lambda: check_scanners(list(config.scanners),
                                                           devices.serial_ports())))).start(),
        ]
    results = [config_result]
    results += display.collect(started)
    results += guarded("data folder", check_data_folder)
    results += guarded("disk space", check_free_space)
    for group in groups:
        results += group.collect(started)
    return results
