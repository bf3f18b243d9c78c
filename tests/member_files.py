"""Member files for the import tests: CSV in the encodings shops save, and XLSX workbooks."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kiosk.cards import ean_check_digit


def card(index: int, prefix: str = "29") -> str:
    """A well-formed card number (the check digit right)."""
    body = f"{prefix}{index:0{12 - len(prefix)}d}"
    return body + ean_check_digit(body)


HEADER = ["Name", "Phone", "E-mail", "Birthday", "Card", "Points", "Points expire", "Consent",
          "Shoe size"]
GOOD_ROWS = [
    ["Ada Lovelace", "07700 900101", "ada@example.com", "1985-12-10", card(1), "120",
     "2027-01-31", "yes", "5"],
    ["Ömer Şahin", "", "", "03.02.1990", card(2, "40"), "0", "", "no", ""],
    ["Иван, Петров", "+44 7700 900103", "ivan@example.com", "", card(3), "50", "", "1", ""],
    ["Grace Hopper", "(07700) 900-104", "", "31/12/1970", card(4), "", "", "", ""],
]


def csv_text(rows: list[list[str]], header: list[str] = HEADER, delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([header, *rows])
    return out.getvalue()


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER,
              delimiter: str = ",", encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(csv_text(rows, header, delimiter).encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]], header: list[str] = HEADER,
               gap_after: int | None = None) -> Path:
    """A workbook whose first sheet holds the header and rows (an empty row after row
    `gap_after` of the data, as a shop's sheet may have)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for index, row in enumerate(rows, start=1):
        sheet.append(row)
        if gap_after == index:
            sheet.append([])
    book.save(path)
    return path
