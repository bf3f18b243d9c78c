"""CSV as Excel in the shop's language opens it: BOM, separator, decimals, no formulas."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from kiosk.reports.base import Period, Report
from kiosk.reports.output import csv_bytes, csv_text, to_csv

REPORT = Report(
    name="top-customers",
    title="Top customers",
    period=Period(date(2026, 3, 1), date(2026, 3, 31)),
    summary={},
    columns=("rank", "name", "sales", "balance", "share"),
    rows=(
        (1, "=HYPERLINK(\"http://x\",\"click\")", 123456, -40, 0.25),
        (2, "-2+3", -1250, 7, None),
        (3, "@SUM(A1:A9)", 5, 0, 0.5),
        (4, "+44 7700", 0, 0, 0.0),
        (5, "\tTab", 0, 0, 0.0),
        (6, "\rReturn", 0, 0, 0.0),
        (7, "Şükrü Öztürk; \"Ömer\"", 0, 0, 0.0),
    ),
    money_columns=("sales",),
)


@pytest.mark.parametrize(("language", "delimiter"), [("en", ","), ("tr", ";"), ("ru", ";")])
def test_the_separator_is_the_one_excel_expects(language: str, delimiter: str) -> None:
    text = to_csv(REPORT, 2, language)
    assert text.splitlines()[0] == delimiter.join(REPORT.columns)


def test_a_file_starts_with_a_bom_and_keeps_turkish_and_cyrillic() -> None:
    raw = csv_bytes(REPORT, 2, "tr")
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Şükrü Öztürk".encode() in raw


def test_money_and_numbers_stay_numbers_negative_ones_too() -> None:
    english = list(csv.reader(io.StringIO(to_csv(REPORT, 2, "en"), newline="")))
    assert english[1][2:] == ["1234.56", "-40", "0.25"]
    assert english[2][2:] == ["-12.50", "7", ""]
    turkish = list(csv.reader(io.StringIO(to_csv(REPORT, 2, "tr"), newline=""), delimiter=";"))
    assert turkish[1][2:] == ["1234,56", "-40", "0,25"]  # Excel in Turkish reads 1234,56
    assert turkish[2][2] == "-12,50"


def test_text_that_would_be_a_formula_is_neutralised() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(REPORT, 2, "en"), newline="")))
    names = [row[1] for row in rows[1:]]
    assert names == [
        "'=HYPERLINK(\"http://x\",\"click\")",
        "'-2+3",
        "'@SUM(A1:A9)",
        "'+44 7700",
        "'\tTab",
        "'\rReturn",
        "Şükrü Öztürk; \"Ömer\"",
    ]
    assert csv_text("Ada") == "Ada" and csv_text("") == ""
