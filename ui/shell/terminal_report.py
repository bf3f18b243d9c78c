"""The terminal's state for head office: kept current from device health, reported on change."""

from __future__ import annotations

import logging

from kiosk.context import Context
from kiosk.services.terminals import StateBox, report_in
from ui.shell.shell import Shell
from ui.shell.worker import Owner

log = logging.getLogger("kiosk.ui")


def report_device_changes(shell: Shell, ctx: Context, box: StateBox) -> Owner:
    """Keep box equal to the devices' health; each change is reported in at once (one cheap
    statement on the shell's worker; a failure is left to the next minute's heartbeat)."""
    owner = Owner("terminal report")
    health = shell.health
    box.set(health.terminal_state())

    def changed() -> None:
        state = health.terminal_state()
        if state == box.get():
            return
        box.set(state)
        shell.worker.submit(owner, report_in, ctx, state,
                            on_error=lambda problem: log.info("Reporting in: %s", problem))

    health.changed.connect(changed)
    return owner
