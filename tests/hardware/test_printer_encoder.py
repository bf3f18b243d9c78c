"""ESC/POS encoding: byte-exact golden jobs, code pages per language, barcodes and layout."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from hardware.escpos_encoder import (
    Barcode,
    Qr,
    Text,
    encode_document,
    layout_document,
    logo_bitmap,
    paper_spec,
    printable_text,
)
from kiosk.errors import PrinterProblem
from tests.hardware.test_printer_support import CODE, read_escpos, voucher

GOLDEN = Path(__file__).with_name("golden")
ROOT = Path(__file__).resolve().parents[2]
CODE_PAGES = {"en": "CP437", "tr": "CP857", "ru": "CP866"}
ESC_T = {"CP437": b"\x1bt\x00", "CP857": b"\x1bt\x0d", "CP866": b"\x1bt\x11"}
CASES = [
    (profile, width, language, "native")
    for profile in ("default", "TM-T88V")
    for width in (58, 80)
    for language in ("en", "tr", "ru")
] + [("default", 80, "tr", "image"), ("TM-T88V", 58, "ru", "image")]


def golden_path(profile: str, width: int, language: str, barcodes: str) -> Path:
    suffix = "" if barcodes == "native" else f"_{barcodes}"
    return GOLDEN / f"voucher_{profile}_{width}mm_{language}{suffix}.bin"


def check_golden(job: bytes, path: Path) -> None:
    """Compare byte for byte; UPDATE_GOLDEN=1 rewrites the file instead."""
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(job)
    assert path.exists(), f"{path.name} is missing; run with UPDATE_GOLDEN=1 to create it"
    expected = path.read_bytes()
    if job != expected:
        first = next((i for i, (a, b) in enumerate(zip(job, expected, strict=False)) if a != b),
                     min(len(job), len(expected)))
        pytest.fail(f"{path.name}: {len(job)} bytes vs {len(expected)} golden; first "
                    f"difference at byte {first}: {job[first:first + 16]!r} vs "
                    f"{expected[first:first + 16]!r}. Run with UPDATE_GOLDEN=1 if intended.")


@pytest.mark.parametrize(("profile", "width", "language", "barcodes"), CASES,
                         ids=lambda v: str(v))
def test_voucher_job_matches_the_golden_bytes(profile: str, width: int, language: str,
                                              barcodes: str) -> None:
    job = encode_document(voucher(language, duplicate=language == "tr"), profile, width,
                          CODE_PAGES[language], barcodes)
    check_golden(job, golden_path(profile, width, language, barcodes))


def test_encoding_is_deterministic() -> None:
    document = voucher("ru")
    assert encode_document(document, "default", 58, "CP866") == encode_document(
        document, "default", 58, "CP866")


def test_turkish_is_printed_in_cp857_after_selecting_it() -> None:
    job = encode_document(voucher("tr"), "default", 80, "CP857")
    assert job.startswith(b"\x1b@" + ESC_T["CP857"])  # ESC @, then ESC t 13 once
    assert job.count(b"\x1bt") == 1  # no automatic code-page switching mid-line
    assert "Şubemizde".encode("cp857") == b"\x9eubemizde"
    assert "sağlıcakla".encode("cp857") == b"sa\xa7l\x8dcakla"
    for word in ("Şubemizde", "sağlıcakla", "Ayşe Gül", "çikolata", "Ücretsiz"):
        assert word.encode("cp857") in job, word
    assert "Ayşe".encode() not in job
    printed = "\n".join(read_escpos(job).lines)
    assert all(char in printed for char in "ğşıçöüŞÜ")
    sample = replace(voucher("tr"), lines=("ĞŞİ ğşı",))
    assert "ĞŞİ ğşı".encode("cp857") == b"\xa6\x9e\x98 \xa7\x9f\x8d"
    assert b"\xa6\x9e\x98 \xa7\x9f\x8d\n" in encode_document(sample, "default", 58, "CP857")


def test_cyrillic_is_printed_in_cp866_after_selecting_it() -> None:
    job = encode_document(voucher("ru"), "TM-T88V", 80, "CP866")
    assert job.startswith(b"\x1b@" + ESC_T["CP866"])
    assert job.count(b"\x1bt") == 1
    assert "Наталья".encode("cp866") in job
    assert "Действует до".encode("cp866") in job
    paper = read_escpos(job)
    assert "Для: Наталья" in paper.lines
    assert paper.code_pages == [17]


def test_characters_missing_from_the_code_page_become_question_marks_or_look_alikes() -> None:
    document = replace(voucher("en"), lines=("Café “déjà vu” – 10€ ✓ Ş",))
    paper = read_escpos(encode_document(document, "default", 80, "CP437"))
    assert 'Café "déjà vu" - 10EUR ? S' in paper.lines
    assert printable_text("Ğ Ş ı", "CP437") == "G S ?"
    assert printable_text("Привет", "CP857") == "??????"
    assert printable_text("ъ", "CP866") == "ъ"


def test_control_characters_cannot_reach_the_printer() -> None:
    document = replace(voucher("en"), title="Free\x1b@\x1dV\x00 drink\r\n", lines=("a\tb",))
    paper = read_escpos(encode_document(document, "default", 80, "CP437"))
    assert paper.cuts == 1
    assert "a b" in paper.lines


def test_native_barcode_has_the_code_set_prefix_and_qr_holds_the_code() -> None:
    job = encode_document(voucher("en"), "default", 58, "CP437")
    assert b"\x1dkI\x0f{B" + CODE.encode() in job  # GS k 73, length 15, "{B" + 13 characters
    assert b"\x1d(k\x10\x001P0" + CODE.encode() in job  # GS ( k store, then print
    assert b"\x1d(k\x03\x001Q0" in job
    before_qr = job[:job.index(b"\x1d(k")]
    assert before_qr.rindex(b"\x1ba\x01") > before_qr.rindex(b"\x1ba\x00")  # centred


def test_image_barcodes_send_rasters_instead_of_symbol_commands() -> None:
    job = encode_document(voucher("en"), "default", 80, "CP437", barcodes="image")
    assert b"\x1dk" not in job and b"\x1d(k" not in job
    assert job.count(b"\x1dv0") == 3  # logo, CODE128, QR


@pytest.mark.parametrize(("profile", "width", "dots", "columns"), [
    ("default", 58, 384, 32), ("default", 80, 576, 48),
    ("TM-T88V", 58, 360, 30), ("TM-T88V", 80, 512, 42), ("TM-T20II", 80, 576, 48),
])
def test_paper_spec(profile: str, width: int, dots: int, columns: int) -> None:
    spec = paper_spec(profile, width)
    assert (spec.dots, spec.columns) == (dots, columns)
    assert logo_bitmap(dots).size[0] == dots
    assert logo_bitmap(dots) is logo_bitmap(dots)  # computed once per width


@pytest.mark.parametrize("columns", [32, 48])
def test_layout_wraps_every_line_to_the_paper(columns: int) -> None:
    for language in ("en", "tr", "ru"):
        blocks = layout_document(voucher(language, duplicate=True), columns, "CP437")
        for block in blocks:
            if isinstance(block, Text):
                assert len(block.text) <= (columns // 2 if block.big else columns), block
        assert [b for b in blocks if isinstance(b, Barcode | Qr)] == [Barcode(CODE), Qr(CODE)]


def test_layout_has_duplicate_banner_and_english_fallback_labels() -> None:
    document = replace(voucher("en", duplicate=True), labels={})
    lines = [b.text.strip() for b in layout_document(document, 48) if isinstance(b, Text)]
    assert "DUPLICATE" in lines
    assert "Valid until: 31 Mar 2026, 23:59" in lines
    assert "For: Alice" in lines
    assert "Kiosk: KIOSK-1  1 Mar 2026, 14:05" in lines


@pytest.mark.parametrize(("language", "code_page", "valid", "printed"), [
    ("tr", "CP857", "Son geçerlilik: 31 Mar 2026 23:59", "Kiosk: KIOSK-1  1 Mar 2026 14:05"),
    ("ru", "CP866", "Действует до: 31 мар. 2026 г., 23:59",
     "Киоск: KIOSK-1  1 мар. 2026 г., 14:05"),
])
def test_voucher_dates_are_written_as_the_voucher_language_writes_them(
        language: str, code_page: str, valid: str, printed: str) -> None:
    job = encode_document(voucher(language), "default", 80, code_page)
    assert valid.encode(code_page) in job  # Babel's date, in the printer's code page
    assert printed.encode(code_page) in job
    assert b"31.03.2026" not in job and b"01.03.2026" not in job
    paper = read_escpos(job)
    assert valid in paper.lines and printed in paper.lines


def test_turkish_month_names_fit_code_page_857() -> None:
    august = replace(voucher("tr"), expires_at=datetime(2026, 8, 14, 9, 30),
                     printed_at=datetime(2026, 2, 3, 9, 0))
    assert august.expires_text == "14 Ağu 2026 09:30"
    job = encode_document(august, "default", 80, "CP857")
    assert "Son geçerlilik: 14 Ağu 2026 09:30".encode("cp857") in job
    assert "3 Şub 2026 09:00".encode("cp857") in job


def test_a_document_without_times_prints_no_date() -> None:
    donation = replace(voucher("en"), expires_at=None, printed_at=None)
    assert (donation.expires_text, donation.printed_text) == ("", "")
    lines = [b.text for b in layout_document(donation, 48) if isinstance(b, Text)]
    assert not any("2026" in line for line in lines)


def test_donation_slip_and_test_page_have_no_barcode() -> None:
    from tests.hardware.test_printer_support import printer_test_page

    donation = replace(voucher("ru"), kind="donation", code="", display_code="",
                       expires_at=None, terms=())
    for document in (donation, printer_test_page("tr")):
        paper = read_escpos(encode_document(document, "default", 58, "CP857"))
        assert paper.barcodes == [] and paper.qr_codes == [] and paper.cuts == 1
    paper = read_escpos(encode_document(printer_test_page("tr"), "default", 58, "CP857"))
    assert "Sample: ğüşıöç ĞÜŞİÖÇ" in paper.lines
    assert "Profile default, code page CP857" in paper.lines


@pytest.mark.parametrize(("kwargs", "needle"), [
    ({"profile": "NoSuchPrinter"}, "NoSuchPrinter"),
    ({"code_page": "CP999"}, "CP999"),
    ({"paper_width_mm": 70}, "70 mm"),
    ({"barcodes": "svg"}, "svg"),
])
def test_bad_settings_are_config_problems(kwargs: dict, needle: str) -> None:
    settings = {"profile": "default", "paper_width_mm": 80, "code_page": "CP437", **kwargs}
    with pytest.raises(PrinterProblem) as caught:
        encode_document(voucher("en"), **settings)
    assert caught.value.kind == "config"
    assert needle in caught.value.message


def test_importing_the_encoder_configures_no_logging_and_makes_no_temp_dir() -> None:
    code = (
        "import logging, os, tempfile\n"
        "before = set(os.listdir(tempfile.gettempdir()))\n"
        "import hardware.escpos_encoder, hardware.printer, hardware.printer_factory\n"
        "import hardware.preview\n"
        "after = set(os.listdir(tempfile.gettempdir()))\n"
        "print(len(logging.getLogger().handlers))\n"
        "print(sorted(n for n in after - before if not n.startswith('loyalty-kiosk-escpos')))\n"
        "print(os.environ['ESCPOS_CAPABILITIES_PICKLE_DIR'])\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "ESCPOS_CAPABILITIES_PICKLE_DIR"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=True)
    handlers, new_dirs, pickle_dir = done.stdout.splitlines()
    assert handlers == "0"
    assert new_dirs == "[]"
    assert "loyalty-kiosk-escpos" in pickle_dir
    assert done.stderr == ""


def test_processes_importing_at_once_take_turns_with_the_capabilities_pickle(
        tmp_path: Path) -> None:
    env = {**os.environ, "ESCPOS_CAPABILITIES_PICKLE_DIR": str(tmp_path)}
    code = "import hardware.escpos_encoder as e; print(len(e.encode_document.__doc__))"
    runs = [subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(3)]
    for run in runs:
        _out, err = run.communicate(timeout=60)
        assert run.returncode == 0, err.decode()
    assert [p.name for p in tmp_path.glob("*.capabilities.pickle")] != []


def test_the_logo_raster_is_encoded_once_and_as_escpos_writes_it() -> None:
    from escpos.printer import Dummy

    from hardware.escpos_encoder import logo_raster

    logo_raster.cache_clear()
    for language in ("en", "tr", "ru"):
        job = encode_document(voucher(language), "default", 80, CODE_PAGES[language])
        assert logo_raster(576) in job
    assert logo_raster.cache_info().misses == 1
    reference = Dummy()
    data = dict(reference.profile.profile_data)
    data["media"] = {"width": {"pixels": 576}}
    reference.profile.profile_data = data
    reference.image(logo_bitmap(576), impl="bitImageRaster")
    assert reference.output == logo_raster(576)
    assert logo_raster(576).startswith(b"\x1dv0")  # GS v 0, one raster image


def test_on_narrow_paper_the_expiry_date_and_time_stay_on_one_line() -> None:
    paper = read_escpos(encode_document(voucher("ru"), "default", 58, "CP866"))
    assert "Действует до:" in paper.lines
    assert "31 мар. 2026 г., 23:59" in paper.lines
