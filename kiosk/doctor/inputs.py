"""What every check reads: the configuration (loaded without creating anything) and the devices."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass

from kiosk.cli.devices import Devices
from kiosk.config import Config, load_config
from kiosk.doctor.result import CheckResult, fail, ok, warn
from kiosk.errors import KioskError

SETUP_HINT = "run `python main.py setup`"


@dataclass(frozen=True)
class DoctorInputs:
    """The configuration the kiosk would use (None when it cannot be read) and its devices."""

    config: Config | None
    database_url: str
    devices: Devices


def config_path(args: argparse.Namespace) -> str | None:
    """The configuration file the kiosk would load: --config, KIOSK_CONFIG, else the file
    `setup` wrote in the user's config folder, or None (the defaults)."""
    from kiosk.setup.location import config_to_load

    return config_to_load(args.config)


def load_inputs(args: argparse.Namespace, devices: Devices) -> tuple[DoctorInputs, CheckResult]:
    """Load the configuration as the kiosk would (with --printer and --scanner applied) and say
    how that went; a configuration that cannot be read leaves config None."""
    from kiosk.cli.runner import database_url

    path = config_path(args)
    try:
        if path is not None and not os.path.exists(path):
            return DoctorInputs(None, "", devices), fail(
                "config",
                f"The configuration file {path} does not exist.",
                f"To write it, {SETUP_HINT} (with --config {path} or KIOSK_CONFIG set), or "
                "correct the path.",
            )
        config = devices.configure(load_config(path), args.printer, args.scanner)
    except KioskError as exc:  # ConfigError with file, line and key; a printer setting
        return DoctorInputs(None, "", devices), fail(
            "config",
            exc.message,
            "Correct that line of the configuration (docs/config.example.toml lists every key); "
            "the database, voucher key, printer, scanner and clock checks need it.",
        )
    inputs = DoctorInputs(config, database_url(args, config), devices)
    if path is None:
        return inputs, warn(
            "config",
            "No configuration file is given (--config or KIOSK_CONFIG) and `setup` wrote none "
            f"({_user_config_file()}): the built-in defaults are used, with demo data and a "
            "simulated printer.",
            f"On a shop PC, {SETUP_HINT} to write /etc/loyalty-kiosk/kiosk.toml and set "
            "KIOSK_CONFIG to it (the installed service does).",
        )
    return inputs, ok("config", f"The configuration {path} reads without mistakes.")


def _user_config_file() -> str:
    from kiosk.setup.location import user_config_file

    return str(user_config_file())
