"""The kiosk program's exit statuses that a service manager acts on."""

from __future__ import annotations

EXIT_OK = 0  # stopped by a signal (SIGTERM, SIGINT): the service manager decides what next
EXIT_CLOSED_BY_STAFF = 10  # a manager closed the program: systemd's RestartPreventExitStatus=10
