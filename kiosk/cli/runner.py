"""Runs a parsed command: sets up the context, maps expected errors to one line and an exit code."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.cli.devices import Devices
from kiosk.errors import (
    ConfigError,
    DatabaseUnavailable,
    KioskError,
    PrinterProblem,
    RedeemUnconfirmed,
    VoucherKept,
)

if TYPE_CHECKING:  # the database and the command handlers are imported when a command runs
    from kiosk.cli.output import Output
    from kiosk.config import Config
    from kiosk.context import Context

log = logging.getLogger("kiosk")

EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3
EXIT_VOUCHER_KEPT = 4  # a voucher is saved (points taken) but the database failed afterwards

KioskLauncher = Callable[[argparse.Namespace, "Context"], int]


def database_url(args: argparse.Namespace, config: Config) -> str:
    """--db, then KIOSK_DB_URL, then the config file, then SQLite in the data directory."""
    from kiosk.paths import data_dir

    return (
        args.db
        or os.environ.get("KIOSK_DB_URL")
        or config.database.url
        or f"sqlite:///{data_dir() / 'kiosk.db'}"  # db.database.default_sqlite_url
    )


def skip_postgres_driver(args: argparse.Namespace) -> None:
    """On SQLite, keep peewee from importing psycopg2 (it does so on import when installed).

    A command-line run talks to one database; on SQLite the PostgreSQL driver is dead weight
    at start-up. Nothing changes once peewee or psycopg2 is loaded (tests, the kiosk's screen).
    """
    if "peewee" in sys.modules or "psycopg2" in sys.modules:
        return
    from kiosk.config import load_config
    from kiosk.setup.location import config_to_load

    try:
        config = load_config(config_to_load(args.config))
    except ConfigError:
        return  # build_context reports it
    if database_url(args, config).startswith("sqlite:"):
        sys.modules["psycopg2"] = None  # type: ignore[assignment]  # import psycopg2 fails


def build_context(args: argparse.Namespace, devices: Devices, database: bool = True) -> Context:
    """Load configuration, open the database and read the voucher secret; the context is the
    shop owner's (the command line is run by the shop's own operating-system user)."""
    import peewee

    from db.database import database_proxy, describe_url, open_database
    from kiosk.cli.shop import shop_context
    from kiosk.config import load_config
    from kiosk.context import Context
    from kiosk.logs import use_config as use_log_config
    from kiosk.setup.location import config_to_load
    from kiosk.signing_key import load_secret, voucher_key_path

    config = load_config(config_to_load(args.config))
    use_log_config(config.store.id, config.store.terminal, config.log.level)
    config = devices.configure(config, args.printer, args.scanner)
    if not database:
        return shop_context(Context(config, b""))
    url = database_url(args, config)
    from kiosk.offline.cli_rules import server_timeout

    try:
        open_database(url, server_timeout(args, config, url))
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    try:
        database_proxy.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseUnavailable(
            f"Cannot open the database {describe_url(url)}: {reason}"
        ) from None
    configured = bool(config.security.voucher_secret_file)
    secret = load_secret(voucher_key_path(config), configured=configured)
    return shop_context(Context(config, secret))


# Where the handlers that kiosk.cli.commands does not hold live, tried in this order.
HANDLER_TABLES = (
    ("kiosk.cli.admin_commands", "ADMIN_HANDLERS"),
    ("kiosk.cli.staff_commands", "STAFF_HANDLERS"),
    ("kiosk.cli.report_commands", "REPORT_HANDLERS"),
    ("kiosk.cli.doctor_command", "DOCTOR_HANDLERS"),
    ("kiosk.cli.setup_commands", "SETUP_HANDLERS"),
    ("kiosk.cli.member_file_commands", "MEMBER_FILE_HANDLERS"),
    ("kiosk.cli.restore_commands", "RESTORE_HANDLERS"),
    ("kiosk.cli.store_commands", "STORE_HANDLERS"),
    ("kiosk.cli.terminal_commands", "TERMINAL_HANDLERS"),
    ("kiosk.cli.outbox_commands", "OUTBOX_HANDLERS"),
)
# Commands that read the configuration themselves and must work whatever is broken: they get
# no context (nothing is loaded, opened or created for them).
CONTEXT_FREE_COMMANDS = {("doctor", None)}


def handler_for(key: tuple[str, str | None]) -> Callable[..., int]:
    """The handler of a command; a module of handlers is imported only when its command runs."""
    from importlib import import_module

    from kiosk.cli.commands import HANDLERS

    if key in HANDLERS:
        return HANDLERS[key]
    for module, table in HANDLER_TABLES:
        handlers = getattr(import_module(module), table)
        if key in handlers:
            return handlers[key]
    raise KeyError(f"no handler for {key}")


def run(args: argparse.Namespace, launch_kiosk: KioskLauncher, devices: Devices) -> int:
    """Run the command in args and return the process exit code."""
    skip_postgres_driver(args)
    import peewee

    from db.backup import BackupError
    from db.database import close_database
    from db.migrations import SchemaError, require_current
    from kiosk.cli.commands import NO_DATABASE_COMMANDS, SCHEMA_COMMANDS
    from kiosk.cli.output import Output
    from kiosk.clock import utc_now
    from kiosk.failures import as_kiosk_error
    from kiosk.offline.cli_rules import QUEUEABLE, offline_applies
    from kiosk.services.programme import with_effective_programme
    from kiosk.signing_key import check_voucher_key, secret_source, voucher_key_path

    out = Output(bool(args.json))
    try:
        key = (args.command, getattr(args, "action", None))
        if key in CONTEXT_FREE_COMMANDS or key == ("setup", None):
            return handler_for(key)(args, None, out, devices)
        ctx = build_context(args, devices, database=key not in NO_DATABASE_COMMANDS)
        if key in NO_DATABASE_COMMANDS:
            return handler_for(key)(args, ctx, out, devices)
        if key not in SCHEMA_COMMANDS:
            try:
                require_current(utc_now())
            except peewee.IntegrityError:  # another program created the schema meanwhile
                require_current(utc_now())
            check_voucher_key(ctx.secret, secret_source(voucher_key_path(ctx.config)))
            ctx = with_effective_programme(ctx)
            if key in QUEUEABLE and offline_applies(ctx.config, database_url(args, ctx.config)):
                from kiosk.offline.cli_queue import flush_first

                if not flush_first(ctx):  # what waits in the outbox goes first, in order
                    queued = _serve_offline(args, key, devices, out, launch_kiosk,
                                            "earlier changes still wait to be sent")
                    if queued is not None:
                        return queued
        if args.command in (None, "back-office"):  # the kiosk screen, or the back office's
            return launch_kiosk(args, ctx)
        return handler_for(key)(args, ctx, out, devices)
    except PrinterProblem as exc:
        out.error(exc.message, f"printer_{exc.kind}")
        return EXIT_REFUSED if exc.kind != "config" else EXIT_USAGE
    except ConfigError as exc:
        log.error("Configuration problem: %s", exc.message, extra={"file_only": True})
        out.error(exc.message, exc.code)
        return EXIT_USAGE
    except VoucherKept as exc:
        _voucher_kept(out, exc, ctx.config)
        return EXIT_VOUCHER_KEPT
    except RedeemUnconfirmed as exc:
        out.error(exc.message, exc.reason, json_too=False)
        out.result(
            {
                "ok": False,
                "error": exc.reason,
                "message": exc.message,
                "idempotency_key": exc.idempotency_key,
            },
            f"Request key: {exc.idempotency_key}",
        )
        return EXIT_DATABASE
    except DatabaseUnavailable as exc:  # a chain kiosk serves from its local copy, or queues
        offline = _serve_offline(args, key, devices, out, launch_kiosk, exc.message)
        if offline is not None:
            return offline
        out.error(exc.message, exc.code)
        return EXIT_DATABASE
    except KioskError as exc:
        out.error(exc.message, exc.code)
        return EXIT_REFUSED
    except SchemaError as exc:
        out.error(str(exc), "schema")
        return EXIT_DATABASE
    except BackupError as exc:
        out.error(str(exc), "backup")
        return EXIT_REFUSED
    except (peewee.OperationalError, peewee.InterfaceError, peewee.IntegrityError) as exc:
        problem = as_kiosk_error(exc)  # a full disk, a timeout, a lost race: said plainly
        if problem is None:
            raise
        if type(problem) is DatabaseUnavailable:
            offline = _serve_offline(args, key, devices, out, launch_kiosk, problem.message)
            if offline is not None:
                return offline
        out.error(problem.message, problem.code)
        return EXIT_DATABASE if isinstance(problem, DatabaseUnavailable) else EXIT_REFUSED
    finally:
        close_database()


def _serve_offline(
    args: argparse.Namespace, key: tuple[str, str | None], devices: Devices, out: Output,
    launch_kiosk: KioskLauncher, why: str,
) -> int | None:
    """A chain kiosk without its server: the screen starts on the local copy, the queueable
    commands queue; None when neither applies (one shop on SQLite, another command)."""
    from kiosk.offline.cli_rules import QUEUEABLE

    if args.command is not None and key not in QUEUEABLE:
        return None
    from kiosk.offline.cli_queue import serve_offline

    return serve_offline(args, key, devices, out, launch_kiosk, why)


def _voucher_kept(out: Output, exc: VoucherKept, config: Config) -> None:
    """The voucher's code and request key on stdout (and the problem on stderr): the code
    reaches the person even though the database failed after the voucher was saved."""
    from kiosk.formatting import shop_date_text

    voucher = exc.voucher
    out.error(exc.message, exc.reason, json_too=False)
    lines = [
        f"Voucher {voucher.display_code} for '{voucher.reward_name}' ({voucher.points} points), "
        f"valid until {shop_date_text(config, voucher.expires_at)}."
        + (" Printed." if exc.printed else " Not printed: write the code down or reprint it."),
        f"Request key: {voucher.idempotency_key} (the same key returns this voucher again)",
    ]
    out.result(
        {
            "ok": False,
            "error": exc.reason,
            "message": exc.message,
            "voucher_code": voucher.voucher_code,
            "display_code": voucher.display_code,
            "idempotency_key": voucher.idempotency_key,
            "reward_name": voucher.reward_name,
            "points": voucher.points,
            "expires_at": voucher.expires_at,
            "printed": exc.printed,
            "print_error": exc.problem or None,
        },
        lines,
    )
