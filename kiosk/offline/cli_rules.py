"""Which commands queue when the server cannot be reached, and how long they wait for it
(configuration only: nothing heavy is imported for a command that never needs it)."""

from __future__ import annotations

import argparse

from kiosk.config import Config

QUEUEABLE = {("purchase", None), ("refund", None), ("member", "enrol")}


def offline_applies(config: Config, url: str) -> bool:
    """Store-and-forward is for a chain's kiosks: PostgreSQL with [offline] enabled."""
    return config.offline.enabled and url.startswith(("postgres://", "postgresql://"))


def server_timeout(args: argparse.Namespace, config: Config, url: str) -> float | None:
    """The short wait for the server of the kiosk screen and of the commands that can queue."""
    command = getattr(args, "command", None)  # the first-run set-up's arguments name none
    key = (command, getattr(args, "action", None))
    if offline_applies(config, url) and (command is None or key in QUEUEABLE):
        return float(config.offline.server_timeout_s)
    return None
