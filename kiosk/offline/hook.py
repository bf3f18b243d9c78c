"""The worker's one hook: a job runs as it is, or through the gateway a chain kiosk installed
(this module imports nothing, so the screen's start-up pays nothing for it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.offline.gateway import Gateway

_gateway: Gateway | None = None


def set_gateway(gateway: Gateway | None) -> None:
    global _gateway
    _gateway = gateway


def installed() -> Gateway | None:
    """The running kiosk's gateway, or None (one shop on SQLite, the back office, tests)."""
    return _gateway


def run_job(function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """A job as it runs today, through the gateway when there is one."""
    gateway = _gateway
    if gateway is None:
        return function(*args)
    return gateway.run(function, args)
