"""The CODE128 barcode and the QR code read back as the voucher code (decoded with zxing-cpp)."""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from hardware.escpos_encoder import encode_document
from hardware.preview import render_preview, save_preview_png
from tests.hardware.test_printer_support import CODE, read_escpos, voucher

CODE_PAGES = {"en": "CP437", "tr": "CP857", "ru": "CP866"}


def decoded(image: Image.Image) -> dict[str, list[str]]:
    """What a scanner reads in the picture: {'Code128': [...], 'QRCode': [...]}."""
    found: dict[str, list[str]] = {}
    for result in zxingcpp.read_barcodes(image.convert("L")):
        name = "QRCode" if result.format == zxingcpp.BarcodeFormat.QRCode else (
            "Code128" if result.format == zxingcpp.BarcodeFormat.Code128 else str(result.format))
        found.setdefault(name, []).append(result.text)
    return found


@pytest.mark.parametrize("width", [58, 80])
@pytest.mark.parametrize("language", ["en", "tr", "ru"])
def test_preview_png_barcode_and_qr_read_back(tmp_path: Path, width: int,
                                              language: str) -> None:
    path = save_preview_png(voucher(language, duplicate=True), tmp_path / "v.png", width)
    with Image.open(path) as image:
        assert decoded(image) == {"Code128": [CODE], "QRCode": [CODE]}


@pytest.mark.parametrize(("profile", "width"), [("default", 58), ("TM-T88V", 80)])
def test_native_job_symbols_read_back_when_drawn_like_a_printer(profile: str,
                                                                width: int) -> None:
    paper = read_escpos(encode_document(voucher("tr"), profile, width, "CP857"))
    assert decoded(paper.strip()) == {"Code128": [CODE], "QRCode": [CODE]}


@pytest.mark.parametrize(("profile", "width"), [
    ("default", 58), ("default", 80), ("TM-T88V", 58), ("TM-T88V", 80),
])
def test_image_job_rasters_read_back(profile: str, width: int) -> None:
    job = encode_document(voucher("ru"), profile, width, "CP866", barcodes="image")
    paper = read_escpos(job)
    assert paper.barcodes == [] and paper.qr_codes == []
    assert len(paper.images) == 3  # logo, CODE128, QR: exactly the rasters in the job
    assert decoded(paper.strip()) == {"Code128": [CODE], "QRCode": [CODE]}


def test_preview_is_a_paper_strip_of_the_right_width() -> None:
    for width, pixels in ((58, 464), (80, 639)):
        strip = render_preview(voucher("en"), width, frame=False)
        assert strip.width == pixels
        assert strip.getpixel((2, strip.height // 2)) == (255, 255, 255)  # the paper margin
        assert 1200 < strip.height < 2000
