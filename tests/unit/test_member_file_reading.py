"""Reading member files: encodings, separators, line numbers, headers, dates and cards."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk.errors import InvalidInput
from kiosk.imports.columns import header_key, match_columns, parse_mapping
from kiosk.imports.reading import read_table, sniff_delimiter, unformula
from kiosk.imports.rows import check_card, parse_day
from tests.member_files import card


def test_the_separator_is_the_one_of_the_header_outside_quotes() -> None:
    assert sniff_delimiter('"Name, full";Phone;Card') == ";"
    assert sniff_delimiter("name\tphone\tcard") == "\t"
    assert sniff_delimiter("name,card") == ","
    assert sniff_delimiter("name") == ","


def test_line_numbers_count_lines_of_quoted_fields_and_skip_empty_rows(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text('name,card\r\n"Ada\nLovelace",1\r\n\r\n,\r\nBob,2\r\n', encoding="utf-8")
    table = read_table(path)
    assert table.header == ["name", "card"]
    assert [(line, cells) for line, cells in table.rows] == [
        (2, ["Ada\nLovelace", "1"]), (6, ["Bob", "2"])]


def test_excel_sep_line_and_a_formula_guard_are_read_back(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes("sep=;\r\nname;phone\r\nAda;'+447700900101\r\n".encode("utf-8-sig"))
    table = read_table(path)
    assert table.header == ["name", "phone"]
    assert table.rows == [(3, ["Ada", "+447700900101"])]
    assert unformula("'=1+1") == "=1+1" and unformula("'quoted") == "'quoted"


def test_old_excel_files_and_broken_csv_are_refused_with_a_reason(tmp_path: Path) -> None:
    old = tmp_path / "m.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    broken = tmp_path / "b.csv"
    broken.write_text('name,card\n"Ada,1\n', encoding="utf-8")
    for path in (old, broken):
        with pytest.raises(InvalidInput) as refused:
            read_table(path)
        assert refused.value.reason == "import_file"


def test_headers_match_without_case_spaces_or_punctuation() -> None:
    assert header_key(" Points-Expire ") == header_key("points_expire") == "pointsexpire"
    columns = match_columns(["NAME", "Card ", "E-mail", "Shoe size", ""])
    assert columns.index == {"name": 0, "card": 1, "email": 2}
    assert columns.unknown == ["Shoe size"]
    with pytest.raises(InvalidInput, match="Two columns"):
        match_columns(["name", "card", "Full name"], parse_mapping(["Full name=name"]))
    with pytest.raises(InvalidInput, match="HEADER=FIELD"):
        parse_mapping(["Full name"])


def test_headers_other_schemes_write_in_three_languages_need_no_mapping() -> None:
    turkish = ["Adı Soyadı", "Cep Telefonu", "E-posta", "Doğum Tarihi", "Kart No", "Puan"]
    russian = ["ФИО", "Телефон", "Эл. почта", "Дата рождения", "Номер карты", "Баллы"]
    english = ["Full Name", "Mobile", "Email Address", "Date of Birth", "Card Number", "Balance"]
    wanted = {"name": 0, "phone": 1, "email": 2, "birthday": 3, "card": 4, "points": 5}
    for header in (turkish, russian, english):
        assert match_columns(header).index == wanted, header
    with pytest.raises(InvalidInput, match="Two columns"):  # never a guess between two
        match_columns(["Name", "Kart", "Card number"])


def test_dates_are_iso_or_day_first_and_must_exist() -> None:
    assert parse_day("1990-02-03") == parse_day("03.02.1990") == date(1990, 2, 3)
    assert parse_day("3/2/1990") == parse_day("03-02-1990") == date(1990, 2, 3)
    assert parse_day("") is None and parse_day(None) is None
    for text in ("31.02.1990", "1990-13-01", "03.02.90", "tomorrow"):
        with pytest.raises(ValueError):
            parse_day(text)


def test_cards_any_prefix_with_a_right_check_digit() -> None:
    assert check_card(card(1)) == card(1)
    assert check_card(" " + card(5, "40")[:6] + " " + card(5, "40")[6:]) == card(5, "40")
    wrong = card(1)[:-1] + str((int(card(1)[-1]) + 1) % 10)
    with pytest.raises(InvalidInput) as misread:
        check_card(wrong)
    assert misread.value.reason == "card_check_digit"
    for text in ("", "123", "ABCDEFGHIJKLM", card(1) + "0"):
        with pytest.raises(InvalidInput) as bad:
            check_card(text)
        assert bad.value.reason == "card_invalid"
