"""Versioned schema migrations: a schema_version table and ordered steps applied in place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

import peewee
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_operations

from db import phones
from db.database import database_proxy
from db.models import (
    ALL_MODELS,
    AuditEntry,
    ChainSetting,
    JobRun,
    ProgrammeVersion,
    RefundRequest,
    ReportDay,
    SchemaVersion,
    Staff,
    Store,
    Terminal,
)

PHONE_INDEX_STEP = 5
SCHEMA_LOCK = 0x6B696F736B01  # PostgreSQL advisory lock held while a fresh schema is created


class SchemaError(Exception):
    """The database schema cannot be used by this program as it is."""


@dataclass(frozen=True)
class Step:
    """One migration step: its version, what it does, and the function doing it."""

    version: int
    description: str
    apply: Callable[[peewee.Database, SchemaMigrator], None]


def _initial_schema(database: peewee.Database, migrator: SchemaMigrator) -> None:
    """On an empty database the first step creates the current schema in one go."""
    database.create_tables(ALL_MODELS)


def _pins_and_translations(database: peewee.Database, migrator: SchemaMigrator) -> None:
    """Step 2: a phone look-up PIN per member; translated names for rewards and causes."""
    run_operations(
        migrator.add_column("member", "pin_hash", peewee.CharField(max_length=200, null=True)),
        migrator.add_column("member", "pin_failures", peewee.IntegerField(default=0)),
        migrator.add_column("reward", "translations", peewee.TextField(default="{}")),
        migrator.add_column("cause", "translations", peewee.TextField(default="{}")),
    )


def _staff_and_audit(database: peewee.Database, migrator: SchemaMigrator) -> None:
    """Step 3: staff accounts, the audit log, programme rule versions; merged and erased members."""
    database.create_tables([Staff, AuditEntry, ProgrammeVersion])
    run_operations(
        migrator.add_column("member", "merged_into", peewee.IntegerField(null=True)),
        migrator.add_column("member", "erased_at", peewee.DateTimeField(null=True)),
    )


def _report_speed(database: peewee.Database, migrator: SchemaMigrator) -> None:
    """Step 4: what the reports need to stay fast at a million members.

    Each member's last purchase and purchase count, indexes on the times reports filter by (the
    purchase one covers what the top-customers report adds up), and a table of finished days'
    totals.
    """
    database.create_tables([ReportDay])
    run_operations(
        migrator.add_column("member", "last_purchase_at", peewee.DateTimeField(null=True)),
        migrator.add_column("member", "purchase_count", peewee.IntegerField(default=0)),
        migrator.add_index("member", ("created_at",), False),
        migrator.add_index("member", ("last_purchase_at",), False),
        migrator.add_index("member", ("purchase_count",), False),
        migrator.add_index(
            "purchase", ("created_at", "member_id", "amount_minor", "refunded_minor"), False
        ),
        migrator.add_index("ledger_entry", ("created_at",), False),
        migrator.add_index("lot", ("expires_at", "remaining"), False),
        migrator.add_index("voucher", ("issued_at",), False),
        migrator.add_index("voucher", ("redeemed_at",), False),
        migrator.add_index("voucher", ("voided_at",), False),
    )
    database.execute_sql(
        "UPDATE member SET last_purchase_at = "
        "(SELECT MAX(p.created_at) FROM purchase p WHERE p.member_id = member.id), "
        "purchase_count = (SELECT COUNT(*) FROM purchase p WHERE p.member_id = member.id)"
    )


def _shop_days_and_phones(database: peewee.Database, migrator: SchemaMigrator) -> None:
    """Step 5: report days in the shop's time zone; phone numbers in E.164, one member each.

    Kept report totals were counted by UTC day and month: they are forgotten and the next report
    counts them again by the shop's days. Stored phone numbers are rewritten in E.164; members who
    would then share a number are left as they are and reported (never merged), and the unique
    phone index is created once no two members share one (`db check` lists them until then).
    """
    ReportDay.delete().execute()
    phones.ensure_phone_index(database)
def _chain_settings(database: peewee.Database, migrator: SchemaMigrator) -> None:
    """The chain's shared settings (the voucher key's fingerprint, recorded at first use) and
    the request keys of refunds, so a retried refund never refunds twice."""
    database.create_tables([ChainSetting, RefundRequest])


LOCK_COLUMNS = (
    ("staff", "card_failures", peewee.IntegerField(default=0)),
    ("staff", "card_lock_level", peewee.IntegerField(default=0)),
    ("staff", "card_locked_until", peewee.DateTimeField(null=True)),
    ("staff", "locked_by", peewee.CharField(max_length=80, null=True)),
    ("staff", "lock_reason", peewee.CharField(max_length=300, default="")),
    ("member", "pin_locked_at", peewee.DateTimeField(null=True)),
)


def _lock_columns(database: peewee.Database, migrator: SchemaMigrator) -> None:
    """Logging in by staff card has its own wrong-PIN count and lock; a lock by hand records
    who set it and why; a phone look-up lock records when it began. Columns a schema already
    has (created whole from the current models and stamped with older versions) are kept."""
    _add_missing_columns(database, migrator, LOCK_COLUMNS)


def _add_missing_columns(
    database: peewee.Database,
    migrator: SchemaMigrator,
    columns: Sequence[tuple[str, str, peewee.Field]],
) -> None:
    """Add the columns a table lacks; those a schema created whole already has are kept."""
    have = {
        table: {column.name for column in database.get_columns(table)}
        for table in {table for table, _, _ in columns}
    }
    missing = [
        migrator.add_column(table, name, field)
        for table, name, field in columns
        if name not in have[table]
    ]
    if missing:
        run_operations(*missing)


def _job_runs(database: peewee.Database, migrator: SchemaMigrator) -> None:
    """Step 8: a record of each run of the kiosk's own work (expiry, backup, report totals,
    clean-up), kept 90 days; a schema created whole already has it."""
    database.create_tables([JobRun], safe=True)


CHAIN_COLUMNS = (
    ("reward", "stores", peewee.TextField(default="")),
    ("cause", "stores", peewee.TextField(default="")),
    ("staff", "store", peewee.CharField(max_length=40, null=True)),
)


def _shops_and_terminals(database: peewee.Database, migrator: SchemaMigrator) -> None:
    """Step 9: shops and terminals as data; rewards and causes limited to some shops; staff
    accounts that belong to one shop (None: the whole chain). Existing rows stay chain-wide."""
    database.create_tables([Store, Terminal], safe=True)
    _add_missing_columns(database, migrator, CHAIN_COLUMNS)


# A fresh database gets the current schema from step 1 and is stamped with every version; an
# older one runs the steps after its version. A new column goes in db/models.py and in a step.
STEPS: list[Step] = [
    Step(
        1,
        "initial schema: members, cards, purchases, ledger, lots, rewards, vouchers",
        _initial_schema,
    ),
    Step(
        2,
        "member phone PIN and wrong-PIN count; reward and cause translations",
        _pins_and_translations,
    ),
    Step(
        3,
        "staff accounts, audit log, programme rule versions; merged and erased members",
        _staff_and_audit,
    ),
    Step(4, "member activity columns, report indexes, daily report totals", _report_speed),
    Step(
        5,
        "report days in the shop's time zone; phone numbers in E.164; one member per phone",
        _shop_days_and_phones,
    ),
]
# Numbered after whatever step comes before it, so steps added earlier renumber it.
STEPS.append(Step(STEPS[-1].version + 1, "voucher key fingerprint; refund request keys",
                  _chain_settings))
STEPS.append(Step(STEPS[-1].version + 1,
                  "staff card wrong-PIN count and lock; who locked a staff account and why; "
                  "when a phone look-up locked",
                  _lock_columns))
STEPS.append(Step(STEPS[-1].version + 1,
                  "runs of the kiosk's own work: expiry, backup, report totals, clean-up",
                  _job_runs))
STEPS.append(Step(STEPS[-1].version + 1,
                  "shops and terminals; rewards and causes limited to some shops; shop staff",
                  _shops_and_terminals))


def latest_version(steps: Sequence[Step] = STEPS) -> int:
    """The version a fully migrated database has."""
    return max(step.version for step in steps)


def current_version() -> int:
    """The applied schema version; 0 for an empty database."""
    database = database_proxy.obj
    tables = set(database.get_tables())
    if "schema_version" not in tables:
        if tables & {m._meta.table_name for m in ALL_MODELS}:
            raise SchemaError(
                "The database has kiosk tables but no schema version; it cannot be upgraded."
            )
        return 0
    return SchemaVersion.select(peewee.fn.MAX(SchemaVersion.version)).scalar() or 0


def migrate(now: datetime, steps: Sequence[Step] = STEPS) -> list[int]:
    """Bring the schema to the latest version; return the versions applied."""
    database = database_proxy.obj
    migrator = SchemaMigrator.from_database(database)
    version = current_version()
    target = latest_version(steps)
    if version > target:
        raise SchemaError(
            f"The database schema is version {version}, newer than this program ({target}). "
            "Update the kiosk software."
        )
    applied: list[int] = []
    ordered = sorted(steps, key=lambda s: s.version)
    if version == 0:
        with database.atomic():
            # Several programs may start on a fresh database at once: the first creates the
            # schema, the others wait for it here and then find it done.
            if isinstance(database, peewee.PostgresqlDatabase):
                database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            if current_version() == 0:
                ordered[0].apply(database, migrator)
                for step in ordered:
                    SchemaVersion.create(
                        version=step.version, description=step.description, applied_at=now
                    )
                return [step.version for step in ordered]
        version = current_version()
    pending = [step for step in ordered if step.version > version]
    if not pending:
        if target >= PHONE_INDEX_STEP:
            # members who shared a phone number at step 5 may have been corrected since: their
            # numbers are rewritten and the index created now
            with database.atomic():
                phones.ensure_phone_index(database)
        return applied
    sqlite = isinstance(database, peewee.SqliteDatabase)
    if sqlite:
        # SQLite changes a column by rebuilding the table, which a table referenced by other
        # rows can only survive with foreign keys off; the pragma only works outside a
        # transaction, and every step is checked for broken references before it commits.
        keys_were_on = bool(database.execute_sql("PRAGMA foreign_keys").fetchone()[0])
        database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        for step in pending:
            with database.atomic():
                step.apply(database, migrator)
                if sqlite:
                    broken = database.execute_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise SchemaError(
                            f"Migration step {step.version} broke references: {broken[:5]}"
                        )
                SchemaVersion.create(
                    version=step.version, description=step.description, applied_at=now
                )
            applied.append(step.version)
    finally:
        if sqlite and keys_were_on:
            database.execute_sql("PRAGMA foreign_keys = ON")
    return applied


def require_current(now: datetime, create_if_empty: bool = True) -> None:
    """Make sure the schema is usable: create it on an empty database, refuse an old one."""
    version = current_version()
    if version == 0 and create_if_empty:
        migrate(now)
        return
    latest = latest_version()
    if version < latest:
        raise SchemaError(
            f"The database schema is version {version} but this program needs {latest}. "
            "Run: python main.py db migrate"
        )
    if version > latest:
        raise SchemaError(
            f"The database schema is version {version}, newer than this program ({latest})."
        )
