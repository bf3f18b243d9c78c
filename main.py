"""Composition root: command-line arguments -> configuration -> database -> devices -> screen."""

from __future__ import annotations

import argparse
import io
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from kiosk.cli.devices import ScannerEvent
from kiosk.cli.parser import build_parser
from kiosk.cli.runner import run
from kiosk.config import Config, ScannerConfig
from kiosk.context import Context
from kiosk.documents import PrintDocument
from kiosk.logs import FILE_ONLY, start_logging
from kiosk.paths import PRIVATE_UMASK, data_dir, make_private_dir, tighten_data_tree
from kiosk.ports import Printer, PrinterStatus

log = logging.getLogger("kiosk")


class PreviewKeepingPrinter:
    """Wraps the simulated printer: each printed document is also kept as a PNG preview."""

    def __init__(self, printer: Printer, folder: Path, paper_width_mm: int) -> None:
        self.printer = printer
        self.folder = folder
        self.paper_width_mm = paper_width_mm
        self.last_preview: Path | None = None

    def status(self) -> PrinterStatus:
        return self.printer.status()

    def print_document(self, document: PrintDocument) -> None:
        from hardware.preview import save_preview_png

        self.printer.print_document(document)
        try:  # the job is printed: a preview that cannot be saved must not undo that
            make_private_dir(self.folder)
            path = preview_path(self.folder, document)
            self.last_preview = save_preview_png(document, path, self.paper_width_mm)
        except OSError as exc:
            logging.getLogger("kiosk").warning(
                "Preview not saved in %s: %s", self.folder, exc.strerror or type(exc).__name__
            )
            return
        print(f"Simulated printer: preview saved to {self.last_preview}", file=sys.stderr)


def preview_path(folder: Path, document: PrintDocument) -> Path:
    """A new file name for a kept preview: the time, the kind and the voucher's id, never its
    code (a live code in a file name would let anyone who lists the folder redeem it)."""
    stamp = document.printed_at.strftime("%Y%m%d-%H%M%S") if document.printed_at else "now"
    ident = f"-v{document.voucher_id}" if document.voucher_id is not None else ""
    base = f"{stamp}-{document.kind}{ident}"
    path = folder / f"{base}.png"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{base}-{number}.png"
    return path


LAZY_PRINTER_KINDS = ("simulated", "network", "serial", "file")


class LazyPrinter:
    """The configured printer, opened at its first use (a status check on the worker thread):
    python-escpos and its barcode and image libraries load after the start screen is painted."""

    def __init__(self, open_printer: Callable[[], Printer | None]) -> None:
        self._open = open_printer
        self._lock = threading.Lock()
        self._printer: Printer | None = None

    def _target(self) -> Printer:
        with self._lock:
            if self._printer is None:
                printer = self._open()
                if printer is None:
                    raise RuntimeError("the configured printer could not be opened")
                self._printer = printer
            return self._printer

    def status(self) -> PrinterStatus:
        return self._target().status()

    def print_document(self, document: PrintDocument) -> None:
        self._target().print_document(document)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target(), name)


KNOWN_GOOD_CODE_PAGES = ("default", {"en": "CP437", "tr": "CP857", "ru": "CP866"})


def check_code_pages(config: Config) -> None:
    """Refuse, at start-up, a printer profile or code page python-escpos cannot print with,
    naming the key and line (not at the first voucher). The defaults are known good, so the
    common start does not load python-escpos's capability data (about 0.2 s)."""
    printer = config.printer
    if printer.kind == "none" or (printer.profile, printer.code_pages) == KNOWN_GOOD_CODE_PAGES:
        return
    from hardware.escpos_encoder import check_code_page
    from kiosk.config import located_error
    from kiosk.errors import PrinterProblem

    for language, page in printer.code_pages.items():
        try:
            check_code_page(printer.profile, page)
        except PrinterProblem as exc:
            if "profile" in exc.message and "Code page" not in exc.message:
                raise located_error(config, ["printer"], "profile", exc.message) from None
            raise located_error(
                config, ["printer", "code_pages"], language, exc.message
            ) from None


class HardwareDevices:
    """The real device layer: python-escpos printers and pyserial scanners from hardware/."""

    def configure(self, config: Config, printer_url: str | None, scanner_urls: list[str]) -> Config:
        if printer_url:
            from hardware.printer_factory import parse_printer_url

            config = replace(config, printer=parse_printer_url(printer_url, config.printer))
        if scanner_urls:
            base = config.scanners[0] if config.scanners else ScannerConfig()
            scanners = [
                replace(base, url=url, name=f"scanner{index + 1}")
                for index, url in enumerate(scanner_urls)
            ]
            config = replace(config, scanners=scanners)
        check_code_pages(config)
        return config

    @contextmanager
    def open_printer(self, config: Config) -> Iterator[Printer | None]:
        from hardware.printer_factory import printer_from_config

        printer = printer_from_config(config.printer)
        simulator = getattr(printer, "simulator", None)
        try:
            if printer is not None and simulator is not None:
                yield PreviewKeepingPrinter(
                    printer, data_dir() / "printed", config.printer.paper_width_mm
                )
            else:
                yield printer
        finally:
            if simulator is not None:
                simulator.stop()

    def save_preview(self, document: PrintDocument, path: Path, paper_width_mm: int) -> None:
        from hardware.preview import save_preview_png

        save_preview_png(document, path, paper_width_mm)  # 0600, in 0700 folders it creates

    def serial_ports(self) -> list[dict[str, Any]]:
        from hardware.ports_list import list_serial_ports

        return list_serial_ports()

    def find_printers(self, addresses: list[str]) -> list[dict[str, Any]]:
        from hardware.discovery import find_printers

        return find_printers(addresses)

    def find_scanners(self) -> list[dict[str, Any]]:
        from hardware.discovery import serial_ports

        return serial_ports()

    def listen(
        self,
        scanners: list[ScannerConfig],
        on_event: Callable[[ScannerEvent], None],
        stop: threading.Event,
    ) -> None:
        from hardware.scanner import SerialScanner

        readers = [
            SerialScanner(
                scanner,
                on_code=lambda name, code: on_event(
                    {"event": "code", "scanner": name, "code": code}
                ),
                on_rejected=lambda name, reason, sample: on_event(
                    {"event": "rejected", "scanner": name, "reason": reason, "sample": sample}
                ),
                on_state=lambda name, state: on_event(
                    {
                        "event": "state",
                        "scanner": name,
                        "state": state.state,
                        "reason": state.reason,
                    }
                ),
            )
            for scanner in scanners
        ]
        for reader in readers:
            reader.start()
        try:
            while not stop.wait(0.2):
                pass
        finally:
            for reader in readers:
                reader.stop()


def _png_renderer(paper_width_mm: int) -> Callable[[PrintDocument], bytes]:
    def render(document: PrintDocument) -> bytes:
        from hardware.preview import render_preview

        buffer = io.BytesIO()
        render_preview(document, paper_width_mm).save(buffer, "PNG")
        return buffer.getvalue()

    return render


def _scanner_starter(scanners: list[ScannerConfig]) -> Any:
    """Start a SerialScanner per configured scanner; returns the function that stops them."""

    def start(on_code: Any, on_rejected: Any, on_state: Any) -> Callable[[], None]:
        from hardware.scanner import SerialScanner

        readers = [
            SerialScanner(
                scanner,
                on_code=on_code,
                on_rejected=on_rejected,
                on_state=lambda name, state: on_state(name, state.state, state.reason),
            )
            for scanner in scanners
        ]
        for reader in readers:
            reader.start()

        def stop() -> None:
            for reader in readers:
                reader.stop()

        return stop

    return start


def kiosk_devices(config: Config, stack: ExitStack, devices: HardwareDevices) -> Any:
    """The printer, scanners and preview renderer for the screen; a pretend scanner in the demo."""
    from ui.devices import KioskDevices

    printer: Printer | None
    kind = config.printer.kind
    if kind in LAZY_PRINTER_KINDS and (kind not in ("serial", "file") or config.printer.device):
        printer = LazyPrinter(lambda: stack.enter_context(devices.open_printer(config)))
    else:  # no printer, or a configuration to check (and refuse) before the window opens
        printer = stack.enter_context(devices.open_printer(config))
    scanners = list(config.scanners)
    simulate_scan = None
    if not scanners and config.ui.demo:
        from hardware.scanner_sim import ScannerSimulator

        simulator = stack.enter_context(ScannerSimulator())
        scanners = [ScannerConfig(url=simulator.url, name="simulated scanner", suffix="CR")]

        def simulate_scan(code: str) -> None:
            threading.Thread(target=simulator.send, args=(code,), daemon=True).start()

    return KioskDevices(
        printer=printer,
        start_scanners=_scanner_starter(scanners) if scanners else None,
        scanner_names=[scanner.name for scanner in scanners],
        render_preview=_png_renderer(config.printer.paper_width_mm),
        simulate_scan=simulate_scan,
        simulated=simulate_scan is not None,
    )


def launch_kiosk(args: argparse.Namespace, ctx: Context) -> int:
    """Open the kiosk screen (demo data is created on first start of the embedded database)."""
    from kiosk.demo import ensure_demo_data

    log_start(args, ctx)

    stop_requested = threading.Event()  # a stop that comes while the kiosk is still starting

    def stop_while_starting(*_: object) -> None:
        stop_requested.set()

    signal.signal(signal.SIGTERM, stop_while_starting)
    signal.signal(signal.SIGINT, stop_while_starting)
    from kiosk.cli.runner import database_url
    from kiosk.offline.cli_rules import offline_applies

    gateway = None
    if offline_applies(ctx.config, database_url(args, ctx.config)):
        from kiosk.offline.gateway import install

        gateway = install(ctx, start=False)  # a chain kiosk serves from its copy when offline
    report = ensure_demo_data(ctx) if gateway is None or gateway.online else None
    if report is not None:
        print(f"Created demo data: {report.members} members and {report.rewards} rewards.")
    from kiosk.formatting import warm_up
    from kiosk.schedule import start_schedule
    from kiosk.services.terminals import StateBox, with_queue
    from ui.app import run_kiosk

    stop_warming = threading.Event()
    terminal_state = StateBox()  # the screen keeps it current; the heartbeat reads it

    def start_background() -> None:
        """Background work that waits for the start screen to be painted first."""
        # expiry (03:30) and the backup (03:00) on start when missed, then daily at shop time;
        # report totals hourly, the clean-up of old previews and exports every 6 hours
        if gateway is not None:
            gateway.start()  # the first copy, its refreshes, the way back online
        queue = gateway.queue_state if gateway is not None else None  # one shop: no outbox
        # the terminal reports in on start and every minute (printer, scanners, queue)
        start_schedule(ctx, data_dir(), stop_warming,
                       state=lambda: with_queue(terminal_state.get(), queue))
        store = ctx.config.store
        threading.Thread(  # the first customer's scan then finds money and dates ready
            target=warm_up, args=(ctx.config.ui.languages, store.currency, store.minor_digits),
            name="formatting-warm-up", daemon=True,
        ).start()

    with ExitStack() as stack:
        stack.callback(stop_warming.set)
        if gateway is not None:
            stack.callback(gateway.stop)
        devices = kiosk_devices(ctx.config, stack, HardwareDevices())
        return run_kiosk(ctx, devices, windowed=args.windowed, stop_requested=stop_requested,
                         after_first_paint=start_background, terminal_state=terminal_state)


def launch_back_office(args: argparse.Namespace, ctx: Context) -> int:
    """Open the back office window: the staff area on a desk PC, no customer screen, no devices."""
    from ui.backoffice.app import run_back_office

    log_start(args, ctx)
    return run_back_office(ctx, report_in=back_office_report_in())


def back_office_report_in() -> Callable[[Context], object]:
    """This PC's minute report as a terminal of kind back-office (no printer, no scanner, no
    queue): it is then listed on the Terminals page beside the kiosks."""
    from kiosk.services.terminals import TerminalState, report_in

    state = TerminalState(printer_state="none", scanner_state="none")
    return lambda ctx: report_in(ctx, state, kind="back-office")


def program_version() -> str:
    """The program's version ("unknown" when run from a bare source copy)."""
    from kiosk.version import program_version as version

    return version()


def log_start(args: argparse.Namespace, ctx: Context) -> None:
    """The kiosk's first log line: version, database (never its password), store, language."""
    from db.database import describe_url
    from kiosk.cli.runner import database_url

    url = database_url(args, ctx.config)
    kind = "PostgreSQL" if url.startswith(("postgres", "postgresql")) else "SQLite"
    log.info(
        "Starting loyalty-kiosk %s (Python %s, pid %d) on %s %s, store %s, terminal %s",
        program_version(), sys.version.split()[0], os.getpid(), kind, describe_url(url),
        ctx.config.store.id, ctx.config.store.terminal,
    )


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run it.

    SIGPIPE keeps Python's setting (ignored): a printer that drops its connection mid-job must
    raise an error the kiosk can handle, not end the process. Output piped into a program that
    stops reading (`report members | head`) ends quietly instead.
    """
    os.umask(PRIVATE_UMASK)  # whatever the kiosk creates is its user's alone
    start_logging(None, None, kiosk=False)  # stderr only, until the command line is read
    args = build_parser().parse_args(argv)
    reads_only = args.command == "doctor"  # doctor reports; it creates and changes nothing
    on_screen = args.command in (None, "back-office")
    start_logging(args.log_level, None if reads_only else data_dir(), kiosk=on_screen)
    if not reads_only:
        tighten_data_dir()
    command = " ".join(filter(None, [args.command, getattr(args, "action", None)])) or "kiosk"
    log.debug("Command %s starting", command)
    code = 1
    if args.command is None and first_start_pending(args.config) and not show_setup(args):
        return 0  # told to stop during the set-up
    try:
        launcher = launch_back_office if args.command == "back-office" else launch_kiosk
        code = run(args, launcher, HardwareDevices())
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return 1
    except BaseException as exc:
        if not isinstance(exc, (SystemExit, KeyboardInterrupt)):
            log.critical("Command %s failed", command, exc_info=True, extra=FILE_ONLY)
        raise
    finally:
        log.log(logging.INFO if args.command is not None else logging.DEBUG,
                "Command %s finished with exit status %d", command, code)


def first_start_pending(option: str | None) -> bool:
    """A configuration path is given but its file does not exist yet (see kiosk.setup)."""
    from kiosk.setup.location import first_start_pending as pending

    return pending(option)


def show_setup(args: argparse.Namespace) -> bool:
    """The first-run set-up screens; the kiosk then starts in this process with the file they
    wrote. False when the program was told to stop first."""
    from kiosk.setup.location import setup_target
    from ui.setup.run import run_first_start

    return run_first_start(args, HardwareDevices(), setup_target(args.config))


def tighten_data_dir() -> None:
    """Make an existing data folder private (0700 folders, 0600 files): one an older version or
    a copy under umask 022 left readable by everyone holds members' data and voucher codes
    (kiosk.paths.tighten_data_tree says which entries)."""
    folder = data_dir()
    try:
        changed = tighten_data_tree(folder)
    except OSError as exc:
        logging.getLogger("kiosk").warning(
            "Data folder %s not made private: %s", folder, exc.strerror or type(exc).__name__
        )
        return
    if changed:
        logging.getLogger("kiosk").warning(
            "Data folder %s: %d files or folders others could read were made private", folder,
            changed,
        )


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
