"""The hardware page's jobs: the printer's state and a test print, audited."""

from __future__ import annotations

from db.database import database_proxy
from kiosk import audit
from kiosk.context import Context
from kiosk.ports import Printer, PrinterStatus
from kiosk.roles import require
from kiosk.services.printing import printer_test_page


def _yes_no(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def status_lines(status: PrinterStatus) -> tuple[str, ...]:
    """The printer's state as the lines a test page (and the command line) shows."""
    return (
        f"Online: {_yes_no(status.online)}",
        f"Paper: {status.paper}",
        f"Cover open: {_yes_no(status.cover_open)}",
    )


def check_printer(ctx: Context, printer: Printer) -> PrinterStatus:
    """Ask the printer how it is (online, paper, cover)."""
    require(ctx, "hardware")
    return printer.status()


def test_print(ctx: Context, printer: Printer) -> PrinterStatus:
    """Print a test page that shows the printer's own status, and log who printed it."""
    require(ctx, "hardware")
    status = printer.status()
    lines = (*status_lines(status), f"Printed by: {ctx.staff or '-'}")
    printer.print_document(printer_test_page(ctx, lines))
    with database_proxy.atomic():
        audit.record(ctx, "printer.test", ctx.config.printer.kind, {"paper": status.paper})
    return status
