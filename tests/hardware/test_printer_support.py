"""Sample documents and a small ESC/POS reader (a paper emulator) for the printer tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import qrcode
from barcode import Code128
from PIL import Image, ImageOps

from kiosk.documents import PrintDocument
from kiosk.print_texts import texts

PRINTED_AT = datetime(2026, 3, 1, 14, 5)
EXPIRES_AT = datetime(2026, 3, 31, 23, 59)
CODE = "7KQ4MZ2X9RHTB"  # 13 characters of Crockford base 32, as kiosk.vouchers makes them
DISPLAY_CODE = "7KQ4-MZ2X-9RHTB"

_TITLES = {
    "en": ("Free hot drink", "Any regular coffee, tea or hot chocolate", "Alice"),
    "tr": ("Ücretsiz sıcak içecek",
           "Şubemizde her çay, kahve ya da sıcak çikolata. Afiyet olsun, sağlıcakla!",
           "Ayşe Gül"),
    "ru": ("Бесплатный горячий напиток", "Любой кофе, чай или горячий шоколад", "Наталья"),
}
ESCPOS_CODE_PAGES = {0: "cp437", 13: "cp857", 17: "cp866"}


def voucher(language: str = "en", duplicate: bool = False, code: str = CODE) -> PrintDocument:
    """A voucher as kiosk.services.printing builds it, with fixed times."""
    words = texts(language)
    title, description, name = _TITLES[language]
    return PrintDocument(
        kind="voucher", language=language, shop_name="Corner Market", title=title,
        lines=(description,), member_first_name=name, masked_card="•••• 4321", code=code,
        display_code=f"{code[:4]}-{code[4:8]}-{code[8:]}", expires_at=EXPIRES_AT,
        terms=(words["show_at_till"], words["one_use"]), terminal="KIOSK-1",
        printed_at=PRINTED_AT, duplicate=duplicate, labels=dict(words),
    )


def printer_test_page(language: str = "en") -> PrintDocument:
    """A printer test page."""
    words = texts(language)
    return PrintDocument(
        kind="test", language=language, shop_name="Corner Market", title=words["test_title"],
        lines=("Corner Market / STORE-1 / KIOSK-1", "Sample: ğüşıöç ĞÜŞİÖÇ"),
        terminal="KIOSK-1", printed_at=PRINTED_AT, labels=dict(words),
    )


@dataclass
class Paper:
    """What an ESC/POS job puts on paper, as far as these tests need to know."""

    lines: list[str] = field(default_factory=list)
    images: list[Image.Image] = field(default_factory=list)
    code_pages: list[int] = field(default_factory=list)
    barcodes: list[bytes] = field(default_factory=list)
    qr_codes: list[bytes] = field(default_factory=list)
    cuts: int = 0

    def strip(self) -> Image.Image:
        """The images (logo, barcodes, QR codes) stacked as on paper, with white gaps."""
        width = max(image.width for image in self.images)
        height = sum(image.height + 24 for image in self.images) + 24
        page = Image.new("L", (width + 48, height), 255)
        y = 24
        for image in self.images:
            page.paste(image, (24 + (width - image.width) // 2, y))
            y += image.height + 24
        return page


def _bars(data: str, module: int, height: int) -> Image.Image:
    pattern = "0" * 10 + "".join(Code128(data).build()) + "0" * 10
    row = Image.new("L", (len(pattern), 1), 255)
    for index, bit in enumerate(pattern):
        if bit == "1":
            row.putpixel((index, 0), 0)
    return row.resize((len(pattern) * module, height), Image.Resampling.NEAREST)


def _qr(data: bytes, module: int, level: int) -> Image.Image:
    levels = [qrcode.constants.ERROR_CORRECT_L, qrcode.constants.ERROR_CORRECT_M,
              qrcode.constants.ERROR_CORRECT_Q, qrcode.constants.ERROR_CORRECT_H]
    code = qrcode.QRCode(error_correction=levels[level], box_size=module, border=4)
    code.add_data(data.decode("utf-8"))
    code.make(fit=True)
    return code.make_image().get_image().convert("L")


def read_escpos(job: bytes) -> Paper:
    """Interpret the ESC/POS commands python-escpos emits; fail on any byte it cannot place.

    Text is decoded with the code page selected by ESC t; GS v 0 raster images are unpacked;
    GS k barcodes and GS ( k QR codes are drawn the way a printer would draw them.
    """
    paper = Paper()
    page = "cp437"
    line = bytearray()
    bar_height, bar_module, qr_module, qr_level, qr_data = 162, 3, 3, 0, b""
    i = 0

    def flush() -> None:
        paper.lines.append(line.decode(page))
        line.clear()

    while i < len(job):
        byte = job[i]
        if byte == 0x1B:  # ESC
            command = job[i + 1]
            if command == ord("@"):
                page = "cp437"
                i += 2
            elif command == ord("t"):
                paper.code_pages.append(job[i + 2])
                page = ESCPOS_CODE_PAGES[job[i + 2]]
                i += 3
            elif command == ord("d"):
                if line:
                    flush()
                paper.lines.extend([""] * max(0, job[i + 2] - 1))
                i += 3
            elif command in b"!Ea-M":
                i += 3
            else:
                raise AssertionError(f"unexpected ESC {command:#x} at {i}")
        elif byte == 0x1D:  # GS
            command = job[i + 1]
            if command == ord("v") and job[i + 2] == ord("0"):
                width_bytes = job[i + 4] + 256 * job[i + 5]
                height = job[i + 6] + 256 * job[i + 7]
                size = width_bytes * height
                data = job[i + 8:i + 8 + size]
                assert len(data) == size, "raster image cut short"
                raster = Image.frombytes("1", (width_bytes * 8, height), data)
                paper.images.append(ImageOps.invert(raster.convert("L")))
                i += 8 + size
            elif command == ord("h"):
                bar_height = job[i + 2]
                i += 3
            elif command == ord("w"):
                bar_module = job[i + 2]
                i += 3
            elif command in b"BfH!":
                i += 3
            elif command == ord("k"):
                kind = job[i + 2]
                assert kind == 73, "only CODE128 (function B) is expected"
                length = job[i + 3]
                data = job[i + 4:i + 4 + length]
                paper.barcodes.append(data)
                assert data[:1] == b"{", "CODE128 data must start with a code set"
                paper.images.append(_bars(data[2:].decode("ascii"), bar_module, bar_height))
                i += 4 + length
            elif command == ord("(") and job[i + 2] == ord("k"):
                length = job[i + 3] + 256 * job[i + 4]
                body = job[i + 5:i + 5 + length]
                function = body[1]
                if function == 67:
                    qr_module = body[2]
                elif function == 69:
                    qr_level = body[2] - 48
                elif function == 80:
                    qr_data = body[3:]
                    paper.qr_codes.append(qr_data)
                elif function == 81:
                    paper.images.append(_qr(qr_data, qr_module, qr_level))
                i += 5 + length
            elif command == ord("V"):
                paper.cuts += 1
                i += 3 if job[i + 2] in (0, 1, 48, 49) else 4
            else:
                raise AssertionError(f"unexpected GS {command:#x} at {i}")
        elif byte == 0x0A:
            flush()
            i += 1
        elif byte < 0x20 or byte == 0x7F:
            raise AssertionError(f"unexpected control byte {byte:#x} at {i}")
        else:
            line.append(byte)
            i += 1
    assert not line, "text left unprinted at the end of the job"
    return paper


def test_the_reader_understands_a_whole_job() -> None:
    from hardware.escpos_encoder import encode_document

    paper = read_escpos(encode_document(voucher("tr"), "default", 80, "CP857"))
    assert paper.code_pages == [13]
    assert paper.cuts == 1
    assert paper.barcodes == [b"{B" + CODE.encode()]
    assert paper.qr_codes == [CODE.encode()]
    assert "Sahibi: Ayşe Gül" in paper.lines
