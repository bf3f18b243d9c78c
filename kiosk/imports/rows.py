"""One member row checked field by field: every problem of the row is kept with its column."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from kiosk.cards import CARD_LENGTH, DIGITS, ean_check_digit
from kiosk.config import LANGUAGES
from kiosk.errors import InvalidInput
from kiosk.formatting import day_start_utc
from kiosk.imports.columns import Columns
from kiosk.imports.reading import Cell
from kiosk.phones import normalise_phone
from kiosk.services.members import validate_email, validate_name

MAX_POINTS = 100_000_000
DAY_FIRST = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
YES = frozenset({"yes", "y", "1", "true", "evet", "e", "да", "д"})
NO = frozenset({"", "no", "n", "0", "false", "hayır", "hayir", "h", "нет", "н"})


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one field of one line: the reason slug and an English sentence."""

    line: int
    column: str
    reason: str
    message: str


@dataclass(frozen=True)
class MemberRow:
    """A checked row, ready to write."""

    line: int
    name: str
    card: str
    phone: str | None
    email: str | None
    birthday: date | None
    points: int
    expires_at: datetime | None  # the opening balance's lot expiry (None: never)
    consent: bool
    language: str


@dataclass(frozen=True)
class RowRules:
    """What a row is checked against: the shop's country, day, time zone and programme."""

    country_code: str
    today: date
    zone: tzinfo
    language: str
    default_expiry: datetime | None  # the programme's normal expiry from the import moment


def check_card(text: str) -> str:
    """A card number as a scanner reads it: 13 digits (spaces and dashes dropped) with a right
    EAN-13 check digit; any prefix, so cards of an earlier programme keep working."""
    digits = text.strip().replace(" ", "").replace("-", "")
    if not digits:
        raise InvalidInput("A card number is needed.", reason="card_invalid")
    if len(digits) != CARD_LENGTH or not set(digits) <= DIGITS:
        raise InvalidInput("This is not a card number (13 digits expected).",
                           reason="card_invalid")
    if ean_check_digit(digits[:-1]) != digits[-1]:
        raise InvalidInput("The card number's check digit is wrong (a typing error?).",
                           reason="card_check_digit")
    return digits


def parse_day(value: Cell) -> date | None:
    """A date cell: a real date, YYYY-MM-DD, or day first (31.12.1990, 31/12/1990); None when
    empty; ValueError for anything else, impossible dates (31.02.) included."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = DAY_FIRST.fullmatch(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return date(year, month, day)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text)
    raise ValueError(text)


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value).strip()


def _name(text: str, rules: RowRules) -> str:
    return validate_name(text)  # the same rules as enrolling at the kiosk


def _phone(text: str, rules: RowRules) -> str | None:
    return normalise_phone(text, rules.country_code) if text else None


def _email(text: str, rules: RowRules) -> str | None:
    if any(ch.isspace() for ch in text):  # a cell holding two addresses, or a name and one
        raise InvalidInput("The e-mail address does not look right.", reason="email_invalid")
    return validate_email(text)


def _birthday(value: Cell, rules: RowRules) -> date | None:
    try:
        day = parse_day(value)
    except ValueError:
        raise InvalidInput("The birthday is not a date (YYYY-MM-DD or DD.MM.YYYY).",
                           reason="birthday_invalid") from None
    if day is not None and not date(1900, 1, 1) <= day <= rules.today:
        raise InvalidInput("The birthday does not look right.", reason="birthday_invalid")
    return day


def _points(value: Cell, rules: RowRules) -> int:
    if value is None or value == "":
        return 0
    if isinstance(value, int):
        points = value
    else:
        text = str(value).replace(" ", "").replace("\u00a0", "")
        if not text.isdigit():
            raise InvalidInput("Points must be a whole number, 0 or more.",
                               reason="points_invalid")
        points = int(text)
    if not 0 <= points <= MAX_POINTS:
        raise InvalidInput("Points must be a whole number, 0 or more.", reason="points_invalid")
    return points


def _expiry(value: Cell, rules: RowRules) -> datetime | None:
    try:
        day = parse_day(value)
    except ValueError:
        raise InvalidInput("The points' expiry is not a date (YYYY-MM-DD or DD.MM.YYYY).",
                           reason="expiry_invalid") from None
    if day is None:
        return rules.default_expiry
    if day <= rules.today:
        raise InvalidInput("The points' expiry date must be in the future.",
                           reason="expiry_invalid")
    return day_start_utc(day, rules.zone).replace(tzinfo=None)


def _consent(text: str, rules: RowRules) -> bool:
    word = text.casefold()
    if word in YES:
        return True
    if word in NO:
        return False
    raise InvalidInput("Consent must be yes or no (1 or 0, true or false).",
                       reason="consent_invalid")


def _language(text: str, rules: RowRules) -> str:
    if not text:
        return rules.language
    if text.lower() not in LANGUAGES:
        raise InvalidInput(f"Language must be one of: {', '.join(LANGUAGES)}.",
                           reason="language_invalid")
    return text.lower()


TEXT_FIELDS: dict[str, Callable[[str, RowRules], Any]] = {
    "name": _name, "phone": _phone, "email": _email, "consent": _consent, "language": _language,
}
CELL_FIELDS: dict[str, Callable[[Cell, RowRules], Any]] = {
    "birthday": _birthday, "points": _points, "points_expire": _expiry,
}


def check_row(
    line: int, cells: list[Cell], columns: Columns, rules: RowRules
) -> tuple[MemberRow | None, list[RowProblem]]:
    """The row checked field by field: a MemberRow when all is well, else its problems."""
    values: dict[str, Any] = {}
    problems: list[RowProblem] = []
    for field, position in columns.index.items():
        cell = cells[position] if position < len(cells) else None
        try:
            if field == "card":
                values[field] = check_card(_text(cell))
            elif field in CELL_FIELDS:
                values[field] = CELL_FIELDS[field](cell, rules)
            else:
                values[field] = TEXT_FIELDS[field](_text(cell), rules)
        except InvalidInput as problem:
            problems.append(RowProblem(line, field, problem.reason, problem.message))
    if problems:
        return None, problems
    return MemberRow(
        line=line,
        name=values["name"],
        card=values["card"],
        phone=values.get("phone"),
        email=values.get("email"),
        birthday=values.get("birthday"),
        points=values.get("points", 0),
        expires_at=values.get("points_expire", rules.default_expiry),
        consent=values.get("consent", False),
        language=values.get("language", rules.language),
    ), []
