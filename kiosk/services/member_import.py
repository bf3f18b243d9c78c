"""Moving members in from another system: a CSV or XLSX file checked row by row, then written
all at once (members, cards, opening balances as ledger entries in their own lots) or not at all."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from db.bulk import insert_rows
from db.database import database_proxy, is_postgres
from kiosk import audit
from kiosk.context import Context
from kiosk.formatting import local_day, shop_zone
from kiosk.imports.columns import match_columns, parse_mapping
from kiosk.imports.reading import read_table
from kiosk.imports.rows import MemberRow, RowProblem, RowRules, check_row
from kiosk.roles import require

OPENING_KIND = "opening"  # the ledger kind of an opening balance
OPENING_REASON = "opening balance"
KEY_PREFIX = "import:"  # + the card number: an opening balance is never credited twice
LOOKUP_CHUNK = 500
MEMBER_COLUMNS = ("id", "name", "phone", "email", "birthday", "language", "marketing_consent",
                  "status", "balance", "created_at", "pin_failures", "purchase_count")
PHONE_HOLDERS = ("active", "blocked")  # db.models.PHONE_HOLDERS: who keeps a phone number


@dataclass(frozen=True)
class Differs:
    """A row whose card the kiosk knows already but whose details differ: left as it is."""

    line: int
    member_id: int
    fields: list[str]


@dataclass
class ImportResult:
    """What an import did (or, in a dry run, would do); errors make it import nothing."""

    file: str
    dry_run: bool
    new: int = 0
    existing: int = 0
    points: int = 0  # the opening points of the new members
    errors: list[RowProblem] = field(default_factory=list)
    differs: list[Differs] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def bad(self) -> int:
        """How many lines have at least one problem."""
        return len({problem.line for problem in self.errors})

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def imported(self) -> bool:
        """Whether members were written (never in a dry run, never with a bad row)."""
        return self.ok and not self.dry_run and self.new > 0


def import_members(
    ctx: Context, path: Path, mapping: Iterable[str] = (), dry_run: bool = False
) -> ImportResult:
    """Check every row of a member file; unless it is a dry run and when no row is bad, write the
    new members in one transaction. A card the kiosk knows already is left as it is, so the
    same file imported twice changes nothing."""
    require(ctx, "member_import")
    started = time.perf_counter()
    path = Path(path)
    table = read_table(path)
    columns = match_columns(table.header, parse_mapping(mapping))
    now = ctx.now()
    zone = shop_zone(ctx.config.store.time_zone)
    rules = RowRules(
        country_code=ctx.config.store.country_code,
        today=local_day(now, zone),
        zone=zone,
        language=ctx.config.ui.language,
        default_expiry=ctx.lot_expiry(now),
    )
    result = ImportResult(path.name, dry_run, unknown_columns=columns.unknown)
    rows: list[MemberRow] = []
    for line, cells in table.rows:
        row, problems = check_row(line, cells, columns, rules)
        result.errors.extend(problems)
        if row is not None:
            rows.append(row)
    result.errors.extend(_duplicates(rows))
    bad_lines = {problem.line for problem in result.errors}
    rows = [row for row in rows if row.line not in bad_lines]
    with nullcontext() if dry_run else database_proxy.atomic():
        new_rows = _against_database(rows, result)
        result.new, result.points = len(new_rows), sum(row.points for row in new_rows)
        result.errors.sort(key=lambda problem: (problem.line, problem.column))
        if result.ok and not dry_run and new_rows:
            _write(ctx, now, new_rows)
            audit.record(ctx, "member.import", path.name[:120], {
                "new": result.new, "existing": result.existing, "points": result.points,
            })
    result.seconds = round(time.perf_counter() - started, 3)
    return result


def _duplicates(rows: list[MemberRow]) -> list[RowProblem]:
    """The same card, phone or e-mail on two lines: the later line is wrong, naming the first."""
    problems = []
    seen: dict[tuple[str, str], int] = {}
    words = {"card": "card number", "phone": "phone number", "email": "e-mail address"}
    for row in rows:
        for column, value in (("card", row.card), ("phone", row.phone),
                              ("email", row.email.casefold() if row.email else None)):
            if value is None:
                continue
            first = seen.setdefault((column, value), row.line)
            if first != row.line:
                problems.append(RowProblem(
                    row.line, column, f"{column}_duplicate",
                    f"The same {words[column]} is on lines {first} and {row.line}.",
                ))
    return problems


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    """The values in pieces small enough for SQLite's IN (...); PostgreSQL takes one array."""
    size = max(len(values), 1) if is_postgres() else LOOKUP_CHUNK
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _in_list(values: Sequence[str]) -> tuple[str, list[object]]:
    """The SQL after `column` for "is one of values", and its parameters."""
    if is_postgres():
        return "= ANY(%s)", [list(values)]
    return "IN (" + ", ".join("?" for _ in values) + ")", list(values)


def _known_cards(numbers: Sequence[str]) -> dict[str, tuple]:
    """card -> (member id, member status, name, phone, e-mail) for the cards the kiosk knows."""
    found: dict[str, tuple] = {}
    for chunk in _chunks(numbers):
        among, params = _in_list(chunk)
        cursor = database_proxy.execute_sql(
            f"""SELECT c.number, m.id, m.status, m.name, m.phone, m.email
                FROM card c JOIN "member" m ON m.id = c.member_id
                WHERE c.number {among}""", params)
        for number, *rest in cursor.fetchall():
            found[number] = tuple(rest)
    return found


def _phone_holders(phones: Sequence[str]) -> dict[str, int]:
    """phone -> the member id that holds it (an active or blocked member)."""
    found: dict[str, int] = {}
    mark = "%s" if is_postgres() else "?"
    for chunk in _chunks(phones):
        among, params = _in_list(chunk)
        cursor = database_proxy.execute_sql(
            f"""SELECT phone, id FROM "member"
                WHERE phone {among} AND status IN ({mark}, {mark})""",
            [*params, *PHONE_HOLDERS])
        found.update(dict(cursor.fetchall()))
    return found


def _against_database(rows: list[MemberRow], result: ImportResult) -> list[MemberRow]:
    """Sort the checked rows into new and already there; a card or phone of another member, or
    a card of an erased or merged member, is an error. Returns the new rows."""
    cards = _known_cards([row.card for row in rows])
    phones = _phone_holders([row.phone for row in rows if row.phone])
    new_rows = []
    for row in rows:
        known = cards.get(row.card)
        holder = phones.get(row.phone) if row.phone else None
        if known is not None:
            member_id, status, name, phone, email = known
            if status not in PHONE_HOLDERS:
                result.errors.append(RowProblem(
                    row.line, "card", "card_taken",
                    f"This card belonged to a member who was {status}: it cannot be imported."))
                continue
            if holder is not None and holder != member_id:
                result.errors.append(_phone_taken(row))
                continue
            result.existing += 1
            changed = [name_ for name_, old, new in (
                ("name", name, row.name), ("phone", phone, row.phone),
                ("email", email, row.email)) if new is not None and old != new]
            if changed:
                result.differs.append(Differs(row.line, member_id, changed))
            continue
        if holder is not None:
            result.errors.append(_phone_taken(row))
            continue
        new_rows.append(row)
    return new_rows


def _phone_taken(row: MemberRow) -> RowProblem:
    return RowProblem(row.line, "phone", "phone_exists",
                      "Another member of the kiosk already has this phone number.")


def _reserve_ids(table: str, count: int) -> list[int]:
    """count fresh ids for a table: from its sequence on PostgreSQL (other kiosks keep taking
    theirs meanwhile); after the largest on SQLite, whose writer holds the only write lock."""
    if count == 0:
        return []
    if is_postgres():
        cursor = database_proxy.execute_sql(
            f"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'id')) "
            "FROM generate_series(1, %s)", (count,))
        return [int(value) for (value,) in cursor.fetchall()]
    cursor = database_proxy.execute_sql(f'SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"')
    first = int(cursor.fetchone()[0])
    return list(range(first, first + count))


def _stamp(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(sep=" ")


def _write(ctx: Context, now: datetime, rows: list[MemberRow]) -> None:
    """Members, their cards, and for an opening balance a ledger entry and its lot: in bulk."""
    with_points = [row for row in rows if row.points > 0]
    member_ids = _reserve_ids("member", len(rows))
    card_ids = _reserve_ids("card", len(rows))
    entry_ids = _reserve_ids("ledger_entry", len(with_points))
    lot_ids = _reserve_ids("lot", len(with_points))
    stamp = _stamp(now)
    member_of = dict(zip((row.card for row in rows), member_ids, strict=True))
    insert_rows("member", MEMBER_COLUMNS, (
        (member_id, row.name, row.phone, row.email,
         row.birthday.isoformat() if row.birthday else None, row.language, row.consent,
         "active", row.points, stamp, 0, 0)
        for member_id, row in zip(member_ids, rows, strict=True)))
    insert_rows("card", ("id", "number", "member_id", "status", "issued_at"), (
        (card_id, row.card, member_of[row.card], "active", stamp)
        for card_id, row in zip(card_ids, rows, strict=True)))
    insert_rows("ledger_entry", ("id", "member_id", "kind", "points", "reason",
                                 "idempotency_key", "store", "terminal", "staff", "created_at"), (
        (entry_id, member_of[row.card], OPENING_KIND, row.points, OPENING_REASON,
         KEY_PREFIX + row.card, ctx.store, ctx.terminal, ctx.staff, stamp)
        for entry_id, row in zip(entry_ids, with_points, strict=True)))
    insert_rows("lot", ("id", "member_id", "entry_id", "points", "remaining", "earned_at",
                        "expires_at"), (
        (lot_id, member_of[row.card], entry_id, row.points, row.points, stamp,
         _stamp(row.expires_at))
        for lot_id, entry_id, row in zip(lot_ids, entry_ids, with_points, strict=True)))
