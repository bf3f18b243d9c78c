"""Doctor's scanner check on real files: a numbered USB port gets its stable by-id name."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import ScannerConfig
from kiosk.doctor import scanners


@pytest.fixture
def numbered_port(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A pty linked as .../ttyUSB0, and a by-id folder naming it as udev would."""
    main, follower = os.openpty()
    port = tmp_path / "ttyUSB0"
    port.symlink_to(os.ttyname(follower))
    by_id = tmp_path / "by-id"
    by_id.mkdir()
    (by_id / "usb-Honeywell_Scanner_1234-if00-port0").symlink_to(port)
    monkeypatch.setattr(scanners, "BY_ID", by_id)
    monkeypatch.setenv("KIOSK_USER", "root")  # as root doctor asks for the kiosk's account
    try:
        yield port
    finally:
        os.close(main)
        os.close(follower)


def test_a_numbered_port_is_a_warning_with_its_stable_name(numbered_port: Path) -> None:
    result = scanners.check_scanner(0, ScannerConfig(url=str(numbered_port), name="counter"),
                                    [])
    assert result.status == "warn", result
    assert "can change at the next boot" in result.message
    assert "usb-Honeywell_Scanner_1234-if00-port0" in (result.action or "")


def test_a_missing_port_suggests_the_ports_this_pc_has(numbered_port: Path) -> None:
    ports = [{"device": str(numbered_port)}, {"device": "/dev/ttyS0"}]
    result = scanners.check_scanner(0, ScannerConfig(url="/dev/ttyUSB7", name="counter"), ports)
    assert result.status == "fail"
    assert "usb-Honeywell_Scanner_1234-if00-port0" in (result.action or "")
    assert "/dev/ttyS0" in (result.action or "")
