"""A member file as a header and numbered rows: CSV (UTF-8 with or without BOM, UTF-16, `,` `;`
or tab, quoted fields) or XLSX (openpyxl in read-only mode), line numbers as the shop sees them."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiosk.errors import InvalidInput

FILE_SUFFIXES = (".csv", ".txt", ".xlsx")
DELIMITERS = (",", ";", "\t")
MAX_FILE_BYTES = 200 * 1024 * 1024
FORMULA_STARTS = ("=", "+", "-", "@")

Cell = str | date | datetime | int | float | None


@dataclass(frozen=True)
class Table:
    """The header (line 1) and the rows as (line number, cells); empty rows are left out."""

    header: list[str]
    rows: list[tuple[int, list[Cell]]]


def read_table(path: Path) -> Table:
    """Read a CSV or XLSX file; InvalidInput (import_file) when it cannot be read as either."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InvalidInput("The file is too large to import (200 MB at most).",
                               reason="import_file")
        with path.open("rb") as handle:
            start = handle.read(4)
    except OSError as exc:
        raise InvalidInput(f"The file cannot be read: {exc.strerror or exc}.",
                           reason="import_file") from None
    if start.startswith(b"PK\x03\x04"):
        return _read_xlsx(path)
    if path.suffix.lower() == ".xlsx":
        raise InvalidInput("The file is not an Excel workbook (.xlsx).", reason="import_file")
    if path.suffix.lower() == ".xls" or start.startswith(b"\xd0\xcf\x11\xe0"):
        raise InvalidInput("Old Excel files (.xls) cannot be read: save it as .xlsx or CSV.",
                           reason="import_file")
    return _read_csv(path.read_bytes())


def decode(data: bytes) -> str:
    """The text of a CSV file: UTF-16 by its byte-order mark, else UTF-8 (the BOM dropped)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidInput(
            f"The file is not UTF-8 text (line {line}): save it as CSV UTF-8 or Unicode text.",
            reason="import_file",
        ) from None


def sniff_delimiter(first_line: str) -> str:
    """The separator of the header line: the one of `,` `;` tab found most often outside quotes."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in first_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def unformula(text: str) -> str:
    """A cell a spreadsheet export protected with a leading ' ('+44...) read back as it was."""
    if text.startswith("'") and text[1:2] in FORMULA_STARTS:
        return text[1:]
    return text


def _read_csv(data: bytes) -> Table:
    text = decode(data)
    first, _, rest = text.partition("\n")
    line = 1
    hint = first.strip().lower()
    if hint.startswith("sep=") and len(hint) == 5:  # Excel's "sep=;" line before the header
        delimiter, text, line = first.strip()[4], rest, 2
    else:
        delimiter = sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[Cell]]] = []
    header: list[str] | None = None
    offset = line - 1
    try:
        for record in reader:
            cells: list[Cell] = [unformula(cell.strip()) for cell in record]
            if header is None:
                header = [str(c) for c in cells]
            elif any(cells):
                rows.append((line, cells))
            line = offset + reader.line_num + 1
    except csv.Error as exc:
        raise InvalidInput(
            f"The file is not valid CSV near line {offset + reader.line_num}: {exc}.",
            reason="import_file",
        ) from None
    return Table(header or [], rows)


def _read_xlsx(path: Path) -> Table:
    from zipfile import BadZipFile

    import openpyxl  # only when a workbook is read

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, OSError, KeyError, ValueError) as exc:
        raise InvalidInput(f"The workbook cannot be read: {exc}.", reason="import_file") from None
    try:
        sheet = book.worksheets[0]
        header: list[str] | None = None
        rows: list[tuple[int, list[Cell]]] = []
        for line, values in _numbered_rows(sheet):
            cells = [_xlsx_cell(value) for value in values]
            if header is None:
                if any(c not in (None, "") for c in cells):
                    header = ["" if c is None else str(c) for c in cells]
                    if line != 1:
                        raise InvalidInput("The first row of the sheet must be the header.",
                                           reason="import_columns")
                continue
            if any(c not in (None, "") for c in cells):
                rows.append((line, cells))
    finally:
        book.close()
    return Table(header or [], rows)


def _numbered_rows(sheet: Any) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """Each row with its number as Excel shows it (empty rows in between keep their numbers)."""
    for row in sheet.iter_rows():
        number = next((getattr(cell, "row", None) for cell in row
                       if getattr(cell, "row", None)), None)
        if number is None:
            continue
        yield number, tuple(cell.value for cell in row)


def _xlsx_cell(value: Any) -> Cell:
    if isinstance(value, str):
        return unformula(value.strip())
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
