"""How densely the staff pages are laid out: for fingers on the kiosk, or for a mouse and
keyboard in the back office (smaller controls and text, no on-screen keys, no finger scrolling)."""

from __future__ import annotations

TOUCH = "touch"
DESK = "desk"

_density = TOUCH


def set_density(density: str) -> None:
    """Chosen once, before the staff area is built: the back office sets DESK."""
    global _density
    if density not in (TOUCH, DESK):
        raise ValueError(f"unknown density {density!r}")
    _density = density


def density() -> str:
    return _density


def at_desk() -> bool:
    """True in the back office: pages laid out for a mouse and keyboard."""
    return _density == DESK
