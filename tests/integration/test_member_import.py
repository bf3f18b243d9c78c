"""member import: good files in, every bad line listed and nothing written, re-runs change
nothing, mappings, dry runs; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from db.check import run_checks
from db.models import AuditEntry, Card, LedgerEntry, Lot, Member
from kiosk import services
from kiosk.errors import InvalidInput, NotFound
from kiosk.services.member_import import import_members
from kiosk.services.members import identify
from tests.member_files import GOOD_ROWS, HEADER, card, write_csv, write_xlsx

pytestmark = pytest.mark.integration


def _counts() -> tuple[int, int, int, int, int]:
    return (Member.select().count(), Card.select().count(), LedgerEntry.select().count(),
            Lot.select().count(), AuditEntry.select().count())


def _check_good_import(ctx, result) -> None:
    assert result.ok and result.imported
    assert (result.new, result.existing, result.bad, result.points) == (4, 0, 0, 170)
    assert result.unknown_columns == ["Shoe size"]
    assert run_checks().ok, run_checks().problems
    ada = identify(ctx, card(1))
    view = services.member_view(ctx, ada.member_id)
    assert (view.name, view.balance) == ("Ada Lovelace", 120)
    assert [(a.kind, a.points, a.reason) for a in view.recent] == [
        ("opening", 120, "opening balance")]
    member = Member.get_by_id(ada.member_id)
    assert (member.phone, member.email, member.birthday, member.marketing_consent) == (
        "+447700900101", "ada@example.com", date(1985, 12, 10), True)
    lot = Lot.get(Lot.member == ada.member_id)
    assert lot.expires_at == datetime(2027, 1, 31)  # the start of that day (the shop: UTC)
    entry = LedgerEntry.get(LedgerEntry.member == ada.member_id)
    assert entry.idempotency_key == "import:" + card(1)
    assert identify(ctx, "07700 900101").member_id == ada.member_id
    omer = identify(ctx, card(2, "40"))  # a card of an earlier programme keeps scanning
    assert Member.get_by_id(omer.member_id).birthday == date(1990, 2, 3)
    assert Member.get_by_id(omer.member_id).balance == 0
    ivan = identify(ctx, "+44 7700 900103")
    assert Member.get_by_id(ivan.member_id).name == "Иван, Петров"
    ivan_lot = Lot.get(Lot.member == ivan.member_id)
    assert ivan_lot.expires_at == ctx.lot_expiry(ctx.now())  # the programme's normal expiry
    grace = Member.get(Member.name == "Grace Hopper")
    assert (grace.birthday, grace.phone, grace.marketing_consent) == (
        date(1970, 12, 31), "+447700900104", False)
    audit = AuditEntry.get(AuditEntry.action == "member.import")
    details = json.loads(audit.details)
    assert details == {"existing": 0, "new": 4, "points": 170}
    assert audit.target == result.file
    assert "Ada" not in audit.details + audit.target


def test_a_good_csv_is_imported_with_opening_balances(database, ctx, tmp_path: Path) -> None:
    result = import_members(ctx, write_csv(tmp_path / "members.csv", GOOD_ROWS))
    _check_good_import(ctx, result)


def test_a_good_workbook_is_imported_with_dates_as_cells(database, ctx, tmp_path: Path) -> None:
    rows: list[list[object]] = [list(row) for row in GOOD_ROWS]
    rows[0][3] = datetime(1985, 12, 10)  # a real date cell
    rows[0][5] = 120  # a number cell
    rows[0][6] = date(2027, 1, 31)
    rows[1][4] = int(card(2, "40"))  # a card typed as a number
    result = import_members(ctx, write_xlsx(tmp_path / "members.xlsx", rows, gap_after=2))
    _check_good_import(ctx, result)


def test_the_same_file_twice_changes_nothing(database, ctx, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "members.csv", GOOD_ROWS)
    import_members(ctx, path)
    before = _counts()
    balances = list(Member.select(Member.id, Member.balance).tuples())
    again = import_members(ctx, path)
    assert (again.new, again.existing, again.bad, again.imported) == (0, 4, 0, False)
    assert _counts() == before
    assert list(Member.select(Member.id, Member.balance).tuples()) == balances


def test_a_changed_row_of_a_member_already_there_is_reported_and_left(
    database, ctx, tmp_path: Path
) -> None:
    import_members(ctx, write_csv(tmp_path / "members.csv", GOOD_ROWS))
    changed = [list(row) for row in GOOD_ROWS]
    changed[0][0], changed[0][5] = "Ada King", "999"
    result = import_members(ctx, write_csv(tmp_path / "changed.csv", changed))
    assert result.ok and result.new == 0 and result.existing == 4
    assert [(d.line, d.fields) for d in result.differs] == [(2, ["name"])]
    ada = Member.get(Member.phone == "+447700900101")
    assert (ada.name, ada.balance) == ("Ada Lovelace", 120)


def test_a_bad_file_imports_nothing_and_lists_every_line(
    database, ctx, make_member, tmp_path: Path
) -> None:
    existing = make_member("Zed", phone="07700 900999")
    make_member("Yan", phone="07700 900998")
    rows = [
        ["Good Row", "07700 900201", "good@example.com", "", card(20), "10", "", "", ""],
        ["", "123", "not-an-email", "31.02.1990", card(21), "-5", "yesterday", "maybe", ""],
        ["\u202eMallory", "07700 900202", "", "2999-01-01", card(22)[:-1] + "0", "1.5",
         "2026-02-01", "", ""],
        ["Short Card", "", "", "", "12345", "", "", "", ""],
        ["Dup Card", "", "good@EXAMPLE.com", "", card(20), "", "", "", ""],
        ["Dup Phone", "07700900201", "", "", card(23), "", "", "", ""],
        ["Taken Phone", "07700 900999", "", "", card(24), "", "", "", ""],
        ["Taken Card Other Phone", "07700 900998", "", "", existing.card, "", "", "", ""],
    ]
    before = _counts()
    result = import_members(ctx, write_csv(tmp_path / "bad.csv", rows))
    assert not result.ok and not result.imported
    assert _counts() == before
    found = {(p.line, p.column, p.reason) for p in result.errors}
    assert found == {
        (3, "name", "name_missing"), (3, "phone", "phone_invalid"),
        (3, "email", "email_invalid"), (3, "birthday", "birthday_invalid"),
        (3, "points", "points_invalid"), (3, "points_expire", "expiry_invalid"),
        (3, "consent", "consent_invalid"),
        (4, "name", "name_invalid"), (4, "birthday", "birthday_invalid"),
        (4, "card", "card_check_digit"), (4, "points", "points_invalid"),
        (4, "points_expire", "expiry_invalid"),
        (5, "card", "card_invalid"),
        (6, "card", "card_duplicate"), (6, "email", "email_duplicate"),
        (7, "phone", "phone_duplicate"),
        (8, "phone", "phone_exists"),
        (9, "phone", "phone_exists"),
    }
    assert result.bad == 7
    duplicate = next(p for p in result.errors if p.reason == "card_duplicate")
    assert "lines 2 and 6" in duplicate.message


def test_a_mapping_reads_other_headers(database, ctx, tmp_path: Path) -> None:
    header = ["Kunde", "Handy", "Loyalty No", "Punkte"]  # headers no language of the kiosk has
    rows = [["Ada Lovelace", "07700 900101", card(1), "30"]]
    path = write_csv(tmp_path / "other.csv", rows, header, delimiter=";")
    with pytest.raises(InvalidInput) as refused:
        import_members(ctx, path)
    assert refused.value.reason == "import_columns"
    assert "name or card" in refused.value.message
    result = import_members(ctx, path, ["Kunde=name", "handy=phone", "LOYALTY NO=card",
                                        "Punkte=points"])
    assert result.imported and result.points == 30
    assert identify(ctx, "07700 900101").card == card(1)
    with pytest.raises(InvalidInput):
        import_members(ctx, path, ["Kunde=nickname"])


def test_a_dry_run_writes_nothing(database, ctx, tmp_path: Path) -> None:
    before = _counts()
    result = import_members(ctx, write_csv(tmp_path / "members.csv", GOOD_ROWS), dry_run=True)
    assert result.ok and not result.imported and result.new == 4 and result.points == 170
    assert _counts() == before
    with pytest.raises(NotFound):
        identify(ctx, card(1))


@pytest.mark.parametrize("encoding,delimiter", [
    ("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"),
])
def test_csv_encodings_and_separators_excel_writes(
    database, ctx, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = write_csv(tmp_path / "m.csv", GOOD_ROWS, delimiter=delimiter, encoding=encoding)
    result = import_members(ctx, path, dry_run=True)
    assert result.ok and result.new == 4, result.errors


def test_an_unreadable_file_is_refused_up_front(database, ctx, tmp_path: Path) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name,card\nG\xfcl,2900000000018\n".encode("latin-1"))
    for path in (latin, tmp_path / "missing.csv"):
        with pytest.raises(InvalidInput) as refused:
            import_members(ctx, path)
        assert refused.value.reason == "import_file"
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04not a workbook")
    with pytest.raises(InvalidInput) as refused:
        import_members(ctx, fake)
    assert refused.value.reason == "import_file"
    assert HEADER[0] == "Name"


def test_a_card_of_another_prefix_scans_once_it_is_imported(database, ctx, tmp_path: Path) -> None:
    from kiosk.services import member_admin

    other = card(9, "40")
    with pytest.raises(InvalidInput) as before:
        identify(ctx, other)
    assert before.value.reason == "card_invalid"  # unknown: refused as before
    path = write_csv(tmp_path / "m.csv", [["Old Card", "", "", "", other, "5", "", "", ""]])
    assert import_members(ctx, path).imported
    found = identify(ctx, other.replace("000", "000 ", 1))  # typed with a space, as cards are
    assert found.card == other
    assert member_admin.find_member(ctx, other) == found.member_id
    with pytest.raises(InvalidInput) as misread:  # a misread of it is still refused
        identify(ctx, other[:-1] + str((int(other[-1]) + 1) % 10))
    assert misread.value.reason == "card_invalid"


def test_workbook_lines_are_the_row_numbers_excel_shows(database, ctx, tmp_path: Path) -> None:
    rows: list[list[object]] = [list(row) for row in GOOD_ROWS]
    rows[2][3] = "1990-13-01"  # the data's third row: Excel row 5 after an empty row 4
    rows[3][5] = 2.5  # a number cell that is no whole number
    result = import_members(ctx, write_xlsx(tmp_path / "m.xlsx", rows, gap_after=2))
    assert [(p.line, p.column, p.reason) for p in result.errors] == [
        (5, "birthday", "birthday_invalid"), (6, "points", "points_invalid")]


def test_the_card_of_an_erased_member_is_not_imported_again(
    database, ctx, make_member, tmp_path: Path
) -> None:
    from kiosk.services import member_admin

    gone = make_member("Gone Member")
    member_admin.erase_member(ctx, gone.member_id, "asked")
    path = write_csv(tmp_path / "m.csv", [["Someone", "", "", "", gone.card, "10", "", "", ""]])
    result = import_members(ctx, path)
    assert [(p.line, p.reason) for p in result.errors] == [(2, "card_taken")]
    assert not result.imported
