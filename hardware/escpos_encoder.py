"""Lay out a PrintDocument and encode it to ESC/POS bytes once, on python-escpos's Dummy."""

from __future__ import annotations

import getpass
import hashlib
import importlib.util
import logging
import os
import re
import sys
import tempfile
import textwrap
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows
    fcntl = None  # type: ignore[assignment]

PICKLE_DIR_VARIABLE = "ESCPOS_CAPABILITIES_PICKLE_DIR"
_REAL_MKDTEMP = tempfile.mkdtemp


def _escpos_cache_dir() -> str:
    """A folder for escpos's capabilities pickle, per user and per escpos installation.

    escpos loads a pickle from it, so it must be ours (mode 0700); and another virtualenv with
    another escpos must not rewrite it under our feet.
    """
    user = re.sub(r"[^A-Za-z0-9_.-]", "_", getpass.getuser() or "user")
    spec = importlib.util.find_spec("escpos")
    where = spec.origin if spec is not None and spec.origin else "escpos"
    key = hashlib.sha256(f"{where}|{sys.version}".encode()).hexdigest()[:12]
    base = Path(tempfile.gettempdir()) / f"loyalty-kiosk-escpos-{user}"
    try:
        base.mkdir(mode=0o700, exist_ok=True)
        if hasattr(os, "getuid") and base.stat().st_uid != os.getuid():
            raise PermissionError(f"{base} belongs to someone else")
        folder = base / key
        folder.mkdir(mode=0o700, exist_ok=True)
        return str(folder)
    except OSError:
        return _REAL_MKDTEMP(prefix="loyalty-kiosk-escpos-")


def _load_escpos_capabilities() -> None:
    """Import escpos.capabilities without its side effects.

    On import it calls logging.basicConfig() (the root handlers it adds are taken back), calls
    mkdtemp() even when ESCPOS_CAPABILITIES_PICKLE_DIR is set (the default argument of
    os.environ.get is evaluated anyway; mkdtemp is stood in for meanwhile), and writes its pickle
    with a plain open("wb"), so a second process importing at the same moment could read half a
    file (an exclusive file lock makes them take turns).
    """
    if "escpos.capabilities" in sys.modules:
        return
    os.environ.setdefault(PICKLE_DIR_VARIABLE, _escpos_cache_dir())
    folder = os.environ[PICKLE_DIR_VARIABLE]
    root = logging.getLogger()
    handlers = list(root.handlers)

    def no_new_temp_dir(*args: Any, **kwargs: Any) -> Any:
        return _REAL_MKDTEMP(*args, **kwargs) if args or kwargs else folder

    lock = None
    tempfile.mkdtemp = no_new_temp_dir
    try:
        if fcntl is not None:
            try:
                lock = open(os.path.join(folder, "import.lock"), "a")  # noqa: SIM115
                fcntl.flock(lock, fcntl.LOCK_EX)
            except OSError:
                pass
        import escpos.capabilities  # noqa: F401
    finally:
        tempfile.mkdtemp = _REAL_MKDTEMP
        if lock is not None:
            lock.close()
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)


_load_escpos_capabilities()

import qrcode  # noqa: E402
from barcode import Code128  # noqa: E402
from escpos.capabilities import CAPABILITIES, get_profile  # noqa: E402
from escpos.constants import QR_ECLEVEL_M  # noqa: E402
from escpos.printer import Dummy  # noqa: E402
from PIL import Image  # noqa: E402

from kiosk.documents import PrintDocument  # noqa: E402
from kiosk.errors import PrinterProblem  # noqa: E402
from kiosk.print_texts import texts  # noqa: E402

ASSETS = Path(__file__).resolve().parents[1] / "assets"
LOGO_PATH = ASSETS / "logo.png"

DEFAULT_LABELS = texts("en")
DEFAULT_CODE_PAGES = {"en": "CP437", "tr": "CP857", "ru": "CP866"}
PAPER_WIDTHS = (58, 80)
BARCODE_MODES = ("native", "image")
FONT_A_DOTS = 12  # Font A is 12 x 24 dots on ESC/POS printers
BARCODE_HEIGHT = 80  # dots, about 1 cm at 203 dpi
_FALLBACKS = {
    "‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‐": "-", "−": "-", "…": "...", "•": "*", "·": ".", "€": "EUR",
    "№": "No", "\u00a0": " ", "\u202f": " ", "×": "x", "₺": "TL ", "₽": "руб.",
}


# ---------------------------------------------------------------- paper and profile


@dataclass(frozen=True)
class PaperSpec:
    """What fits on the paper: printable dots, Font A columns, the printer's resolution."""

    paper_width_mm: int
    dots: int
    columns: int
    dpi: int

    @property
    def barcode_module(self) -> int:
        """CODE128 bar width in dots (ESC/POS allows 2 to 6); 178 modules must fit."""
        return 3 if self.dots >= 178 * 3 + 20 else 2

    @property
    def qr_module(self) -> int:
        """QR module size in dots."""
        return max(3, min(8, self.dots // 64))


def _profile_data(profile: str) -> dict:
    try:
        return get_profile(profile).profile_data
    except KeyError:
        raise PrinterProblem(
            "config",
            f"Unknown printer profile '{profile}'. Use 'default' or a model name from the "
            "python-escpos printer database, such as 'TM-T88V' or 'TM-T20II'.",
        ) from None


def paper_spec(profile: str, paper_width_mm: int) -> PaperSpec:
    """The printable width for the profile and paper: 384 dots at 58 mm, 576 at 80 mm (203 dpi)."""
    if paper_width_mm not in PAPER_WIDTHS:
        raise PrinterProblem(
            "config", f"Paper width {paper_width_mm} mm is not supported; use 58 or 80."
        )
    media = _profile_data(profile).get("media", {})
    dpi = media.get("dpi") if isinstance(media.get("dpi"), int) else 203
    if dpi == 180:  # Epson TM-T88 family: 360 dots on 58 mm paper, 512 on 80 mm
        dots = {58: 360, 80: 512}[paper_width_mm]
    else:
        printable_mm = {58: 48, 80: 72}[paper_width_mm]
        dots = round(printable_mm * dpi / 25.4 / 8) * 8
    pixels = media.get("width", {}).get("pixels")
    if isinstance(pixels, int) and pixels > 0:
        dots = min(dots, pixels)
    return PaperSpec(paper_width_mm, dots, dots // FONT_A_DOTS, dpi)


def check_code_page(profile: str, code_page: str) -> str:
    """Return the code page's canonical name, or raise a config problem if the profile lacks it."""
    name = code_page.strip().upper()
    _profile_data(profile)  # unknown profile -> config problem
    pages = get_profile(profile).get_code_pages()
    usable = sorted(
        p for p in pages if p in CAPABILITIES["encodings"] and p.upper() != "UNKNOWN"
    )
    if name not in usable:
        raise PrinterProblem(
            "config",
            f"Code page '{code_page}' is not available on printer profile '{profile}'. "
            f"Available: {', '.join(usable)}.",
        )
    return name


# ---------------------------------------------------------------- text


@lru_cache(maxsize=16)
def _code_page_chars(code_page: str) -> frozenset[str]:
    entry = CAPABILITIES["encodings"].get(code_page, {})
    if "data" in entry:
        return frozenset("".join(entry["data"]))
    python_name = entry.get("python_encode")
    if not python_name:
        return frozenset()
    chars = set()
    for value in range(128, 256):
        try:
            chars.add(bytes([value]).decode(python_name))
        except UnicodeDecodeError:
            continue
    return frozenset(chars)


def clean_text(text: str) -> str:
    """NFC-normalise and turn control characters (ESC, CR, tabs...) into spaces."""
    text = unicodedata.normalize("NFC", text)
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch
                   for ch in text).strip()


def printable_text(text: str, code_page: str | None) -> str:
    """The text exactly as the code page will print it: near look-alikes, else '?'."""
    text = clean_text(text)
    if code_page is None:
        return text
    chars = _code_page_chars(code_page)
    out = []
    for ch in text:
        if ord(ch) < 128 or ch in chars:
            out.append(ch)
            continue
        fallback = _FALLBACKS.get(ch)
        if fallback is None:
            base = unicodedata.normalize("NFKD", ch)
            kept = "".join(c for c in base if ord(c) < 128 or c in chars)
            fallback = kept if kept and not unicodedata.combining(kept[0]) else "?"
        out.append(fallback)
    return "".join(out)


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=max(1, width), break_on_hyphens=False) or []


# ---------------------------------------------------------------- layout


@dataclass(frozen=True)
class Text:
    """One printed line (already wrapped to fit)."""

    text: str
    align: str = "center"
    big: bool = False
    bold: bool = False
    inverted: bool = False


@dataclass(frozen=True)
class Rule:
    """A dashed line across the paper."""


@dataclass(frozen=True)
class Logo:
    """The shop logo."""


@dataclass(frozen=True)
class Barcode:
    """A CODE128 barcode of data."""

    data: str


@dataclass(frozen=True)
class Qr:
    """A QR code of data."""

    data: str


@dataclass(frozen=True)
class Feed:
    """Blank lines."""

    lines: int = 1


Block = Text | Rule | Logo | Barcode | Qr | Feed


def layout_document(
    document: PrintDocument, columns: int, code_page: str | None = None,
    details: tuple[str, ...] = (),
) -> list[Block]:
    """The document as a list of blocks for the paper; the encoder and the preview both draw it.

    Texts are cleaned, reduced to what code_page can print (when given) and wrapped to columns
    (half as many for big text). details are extra lines for a test page.
    """
    labels = {**DEFAULT_LABELS, **{k: v for k, v in document.labels.items() if v}}

    def fix(text: str) -> str:
        return printable_text(text, code_page)

    def lines(text: str, align: str = "center", big: bool = False, bold: bool = False) -> list:
        width = columns // 2 if big else columns
        return [Text(line, align, big, bold) for line in _wrap(fix(text), width)]

    def labelled(label: str, value: str) -> list:
        return lines(f"{fix(labels[label])}: {fix(value)}", align="left")

    blocks: list[Block] = [Logo(), Feed()]
    blocks += lines(document.shop_name, big=True, bold=True)
    if document.duplicate:
        half = columns // 2
        word = fix(labels["duplicate"])[:half]
        blocks += [Feed(), Text(word.center(half), "left", big=True, bold=True, inverted=True)]
    blocks.append(Feed())
    blocks += lines(document.title, big=True, bold=True)
    text_align = "left" if document.kind in ("test", "report") else "center"
    if document.kind in ("test", "report"):
        blocks.append(Rule())
    for line in document.lines:
        blocks += lines(line, align=text_align)
    if document.kind == "test":
        for line in details:
            blocks += lines(line, align="left")
    if document.member_first_name or document.masked_card:
        blocks.append(Rule())
        if document.member_first_name:
            blocks += labelled("member", document.member_first_name)
        if document.masked_card:
            blocks += labelled("card", document.masked_card)
    if document.code:
        blocks += [Rule(), *lines(labels["code"])]
        blocks += lines(document.display_code or document.code, big=True, bold=True)
        blocks += [Feed(), Barcode(document.code), Feed(), Qr(document.code)]
    if document.expires_text:
        valid = f"{fix(labels['valid_until'])}: {fix(document.expires_text)}"
        if len(valid) > columns:  # keep the date and its time together on a line of their own
            blocks += lines(f"{fix(labels['valid_until'])}:", bold=True)
            valid = fix(document.expires_text)
        blocks += lines(valid, bold=True)
    if document.terms:
        blocks.append(Feed())
        for term in document.terms:
            blocks += lines(term)
    footer = []
    if document.terminal:
        footer.append(f"{fix(labels['terminal'])}: {fix(document.terminal)}")
    if document.printed_text:
        footer.append(fix(document.printed_text))
    if footer:
        blocks.append(Rule())
        joined = "  ".join(footer)
        if len(joined) <= columns:
            blocks.append(Text(joined, "center"))
        else:
            blocks += [Text(part[:columns], "center") for part in footer]
    if document.duplicate:
        blocks += lines(f"*** {labels['duplicate']} ***", bold=True)
    return blocks


# ---------------------------------------------------------------- images


def _to_one_bit(image: Image.Image, lift: tuple[int, int] = (90, 200)) -> Image.Image:
    """Flatten on white, stretch the contrast and dither (Floyd-Steinberg) to black and white."""
    rgba = image.convert("RGBA")
    flat = Image.new("RGB", rgba.size, (255, 255, 255))
    flat.paste(rgba, mask=rgba.getchannel("A"))
    low, high = lift
    grey = flat.convert("L").point(
        lambda v: 0 if v <= low else 255 if v >= high else (v - low) * 255 // (high - low)
    )
    return grey.convert("1", dither=Image.Dither.FLOYDSTEINBERG)


def _full_width(image: Image.Image, width: int) -> Image.Image:
    """Centre a 1-bit image on a white strip exactly width dots wide."""
    strip = Image.new("1", (width, image.height), 1)
    strip.paste(image, ((width - image.width) // 2, 0))
    return strip


@lru_cache(maxsize=8)
def logo_bitmap(width: int) -> Image.Image:
    """The logo dithered to 1 bit, 3/4 of the printable width wide, centred on width dots.

    Computed once per width; treat the returned image as read-only.
    """
    with Image.open(LOGO_PATH) as source:
        logo = source.convert("RGBA")
    target = width * 3 // 4
    height = round(logo.height * target / logo.width)
    logo = logo.resize((target, height), Image.Resampling.LANCZOS)
    return _full_width(_to_one_bit(logo), width)


@lru_cache(maxsize=8)
def logo_raster(width: int) -> bytes:
    """The logo as ESC/POS raster bytes (GS v 0) for a printable width, encoded once.

    The logo is most of a voucher job; dithering it and packing its bits for every voucher cost
    more than everything else in the job. The bytes are exactly what escpos's image() writes.
    """
    printer = Dummy()
    data = dict(printer.profile.profile_data)
    data["media"] = {"width": {"pixels": width}}
    printer.profile.profile_data = data
    printer.image(logo_bitmap(width), impl="bitImageRaster")
    return bytes(printer.output)


def code128_modules(data: str) -> str:
    """The CODE128 bar pattern for data as a string of '1' (bar) and '0' (space) modules."""
    return "".join(Code128(data).build())


def barcode_bitmap(data: str, module: int, width: int, height: int = BARCODE_HEIGHT) -> Image.Image:
    """A CODE128 barcode drawn dot-exact: module dots per bar, quiet zones, centred on width."""
    pattern = "0" * 10 + code128_modules(data) + "0" * 10
    bar_width = len(pattern) * module
    if bar_width > width:
        module = max(1, width // len(pattern))
        bar_width = len(pattern) * module
    row = Image.new("1", (bar_width, 1), 1)
    for index, bit in enumerate(pattern):
        if bit == "1":
            for x in range(index * module, (index + 1) * module):
                row.putpixel((x, 0), 0)
    return _full_width(row.resize((bar_width, height), Image.Resampling.NEAREST), width)


def qr_matrix(data: str) -> list[list[bool]]:
    """The QR code modules for data (error correction M, no border)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return code.get_matrix()


def qr_bitmap(data: str, module: int, width: int) -> Image.Image:
    """A QR code drawn dot-exact with a 4-module quiet zone, centred on width."""
    matrix = qr_matrix(data)
    size = len(matrix) + 8
    module = max(1, min(module, width // size))
    small = Image.new("1", (size, size), 1)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                small.putpixel((x + 4, y + 4), 0)
    return _full_width(small.resize((size * module, size * module), Image.Resampling.NEAREST),
                       width)


# ---------------------------------------------------------------- ESC/POS


class _Writer:
    """Emits text styles to the Dummy only when they change."""

    def __init__(self, printer: Dummy) -> None:
        self.printer = printer
        self.align = "left"
        self.big = False
        self.bold = False
        self.inverted = False

    def style(self, align: str, big: bool, bold: bool, inverted: bool) -> None:
        if big != self.big:
            if big:
                self.printer.set(double_width=True, double_height=True)
            else:
                self.printer.set(normal_textsize=True)
            self.big = big
            self.bold = False  # ESC ! (the size command) also switches bold off
        if bold != self.bold:
            self.printer.set(bold=bold)
            self.bold = bold
        if inverted != self.inverted:
            self.printer.set(invert=inverted)
            self.inverted = inverted
        if align != self.align:
            self.printer.set(align=align)
            self.align = align

    def text(self, block: Text) -> None:
        self.style(block.align, block.big, block.bold, block.inverted)
        self.printer.text(block.text + "\n")

    def plain(self) -> None:
        self.style(self.align, False, False, False)


def encode_document(
    document: PrintDocument, profile: str = "default", paper_width_mm: int = 80,
    code_page: str = "CP437", barcodes: str = "native",
) -> bytes:
    """The whole ESC/POS job for the document: logo, texts, CODE128, QR, cut.

    Text is printed in one fixed code page (selected with ESC t at the start); characters it
    lacks print as a look-alike or '?'. barcodes="native" lets the printer draw CODE128 and QR
    (small job); "image" sends them as raster images for printers without those commands.
    """
    if barcodes not in BARCODE_MODES:
        raise PrinterProblem("config", f"barcodes must be 'native' or 'image', not '{barcodes}'.")
    spec = paper_spec(profile, paper_width_mm)
    page = check_code_page(profile, code_page)
    details = (
        f"Profile {profile}, code page {page}",
        f"Paper {spec.paper_width_mm} mm, {spec.dots} dots, {spec.columns} columns",
        f"Barcodes: {barcodes}",
    )
    blocks = layout_document(document, spec.columns, page, details)

    printer = Dummy(profile=profile)
    # A private copy of the profile data that knows this paper: image() then checks the width
    # against it and does not print warnings about unknown media sizes.
    data = dict(printer.profile.profile_data)
    data["media"] = {"dpi": spec.dpi, "width": {"mm": spec.paper_width_mm, "pixels": spec.dots}}
    printer.profile.profile_data = data

    printer.hw("INIT")
    printer.charcode(page)  # ESC t n once; automatic code-page switching is now off
    writer = _Writer(printer)
    for block in blocks:
        if isinstance(block, Text):
            writer.text(block)
        elif isinstance(block, Feed):
            writer.plain()
            printer.text("\n" * block.lines)
        elif isinstance(block, Rule):
            writer.style("left", False, False, False)
            printer.text("-" * spec.columns + "\n")
        elif isinstance(block, Logo):
            writer.plain()
            printer._raw(logo_raster(spec.dots))  # Dummy's one hook: append bytes to the job
        elif isinstance(block, Barcode):
            _barcode(printer, writer, block.data, spec, barcodes)
        elif isinstance(block, Qr):
            _qr(printer, writer, block.data, spec, barcodes)
    writer.plain()
    printer.cut()
    return printer.output


def _barcode(printer: Dummy, writer: _Writer, data: str, spec: PaperSpec, mode: str) -> None:
    writer.plain()
    if mode == "native" and data.isascii() and data.isprintable():
        # The printer draws it: GS k with function B; CODE128 data must start with a code set.
        printer._hw_barcode(  # barcode() would print "Using hardware barcode renderer" to stdout
            "{B" + data, "CODE128", height=BARCODE_HEIGHT, width=spec.barcode_module,
            pos="OFF", font="A", align_ct=True, function_type="B", check=True,
        )
        writer.align = "center"
        return
    image = barcode_bitmap(data, spec.barcode_module, spec.dots)
    printer.image(image, impl="bitImageRaster")


def _qr(printer: Dummy, writer: _Writer, data: str, spec: PaperSpec, mode: str) -> None:
    if mode == "native":
        writer.style("center", False, False, False)  # qr(center=True) raises with native=True
        printer.qr(data, ec=QR_ECLEVEL_M, size=spec.qr_module, native=True)
        printer.text("\n")
        return
    writer.plain()
    printer.image(qr_bitmap(data, spec.qr_module, spec.dots), impl="bitImageRaster")


__all__ = [
    "Barcode", "Block", "Feed", "Logo", "PaperSpec", "Qr", "Rule", "Text", "barcode_bitmap",
    "check_code_page", "clean_text", "encode_document", "layout_document",
    "logo_bitmap", "logo_raster", "paper_spec", "printable_text", "qr_bitmap", "qr_matrix",
]
