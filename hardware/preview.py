"""Draw a PrintDocument with Pillow as it will look on thermal paper (a PNG preview)."""

from __future__ import annotations

import io
import os
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from PIL.PngImagePlugin import PngInfo

from hardware.escpos_encoder import (
    ASSETS,
    DEFAULT_CODE_PAGES,
    Barcode,
    Block,
    Feed,
    Logo,
    Qr,
    Rule,
    Text,
    barcode_bitmap,
    layout_document,
    logo_bitmap,
    paper_spec,
    qr_bitmap,
)
from kiosk.documents import PrintDocument
from kiosk.paths import write_private_bytes
from kiosk.private_files import MEMBER_KEY

FONTS = ASSETS / "fonts"
DPI = 203
INK = (24, 24, 24)
PAPER = (255, 255, 255)
BACKDROP = (226, 228, 231)
FONT_PX = 21  # DejaVu Sans at this size is about as wide as the printer's 12-dot Font A
LINE_PX = 30
BIG_LINE_PX = 58
FRAME_PX = 28


@lru_cache(maxsize=32)
def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def _fitting_font(draw: ImageDraw.ImageDraw, text: str, bold: bool, size: int,
                  width: int) -> ImageFont.FreeTypeFont:
    font = _font(bold, size)
    while size > 8 and draw.textlength(text, font=font) > width:
        size -= 1
        font = _font(bold, size)
    return font


def _strip_height(blocks: list[Block], dots: int) -> int:
    height = LINE_PX  # the top margin after the previous cut
    for block in blocks:
        if isinstance(block, Text):
            height += BIG_LINE_PX if block.big else LINE_PX
        elif isinstance(block, Feed):
            height += LINE_PX * block.lines
        elif isinstance(block, Rule):
            height += LINE_PX
        elif isinstance(block, Logo):
            height += logo_bitmap(dots).height
        else:
            height += 200 + LINE_PX
    return height + 3 * LINE_PX  # the feed before the cut


def render_preview(document: PrintDocument, paper_width_mm: int = 80,
                   code_page: str | None = None, frame: bool = True) -> Image.Image:
    """The document on a white strip of paper at 203 dpi (58 mm: 384 printable dots, 80: 576).

    Texts go through the language's printer code page (code_page, or CP437 / CP857 / CP866 for
    en / tr / ru), so a character the printer cannot print shows here as it will on paper.
    With frame, the strip sits on a grey backdrop with a soft shadow.
    """
    spec = paper_spec("default", paper_width_mm)
    page = code_page or DEFAULT_CODE_PAGES.get(document.language, "CP437")
    details = (f"Paper {spec.paper_width_mm} mm, {spec.dots} dots, {spec.columns} columns",
               "Preview, not printed")
    blocks = layout_document(document, spec.columns, page, details)
    paper_px = round(paper_width_mm * DPI / 25.4)
    margin = (paper_px - spec.dots) // 2
    strip = Image.new("RGB", (paper_px, _strip_height(blocks, spec.dots) + 400), PAPER)
    draw = ImageDraw.Draw(strip)
    left, right = margin, margin + spec.dots
    y = LINE_PX
    for block in blocks:
        if isinstance(block, Text):
            y = _draw_text(draw, block, left, right, y)
        elif isinstance(block, Feed):
            y += LINE_PX * block.lines
        elif isinstance(block, Rule):
            middle = y + LINE_PX // 2
            for x in range(left, right, 12):
                draw.line([(x, middle), (min(x + 6, right), middle)], fill=INK, width=2)
            y += LINE_PX
        elif isinstance(block, Logo | Barcode | Qr):
            image = _bitmap(block, spec.dots, spec.barcode_module, spec.qr_module)
            strip.paste(image.convert("RGB"), (left, y))
            y += image.height + (LINE_PX // 2 if isinstance(block, Qr) else 0)
    strip = strip.crop((0, 0, paper_px, y + 3 * LINE_PX))
    return _framed(strip) if frame else strip


def _bitmap(block: Block, dots: int, bar_module: int, qr_module: int) -> Image.Image:
    if isinstance(block, Logo):
        return logo_bitmap(dots)
    if isinstance(block, Barcode):
        return barcode_bitmap(block.data, bar_module, dots)
    assert isinstance(block, Qr)
    return qr_bitmap(block.data, qr_module, dots)


def _draw_text(draw: ImageDraw.ImageDraw, block: Text, left: int, right: int, y: int) -> int:
    height = BIG_LINE_PX if block.big else LINE_PX
    width = right - left
    text = block.text if not block.inverted else block.text.strip()
    font = _fitting_font(draw, text, block.bold, FONT_PX * 2 if block.big else FONT_PX, width)
    colour = INK
    if block.inverted:
        draw.rectangle([left, y + 2, right - 1, y + height - 2], fill=INK)
        colour = PAPER
    text_width = draw.textlength(text, font=font)
    x: float
    if block.align == "left" and not block.inverted:
        x = left
    elif block.align == "right":
        x = right - text_width
    else:
        x = left + (width - text_width) / 2
    draw.text((x, y + height / 2), text, font=font, fill=colour, anchor="lm")
    return y + height


SHADOW_SCALE = 4  # the soft shadow is blurred at a quarter of the size: the same look, 1/16 work


def _framed(strip: Image.Image) -> Image.Image:
    canvas = Image.new("RGB", (strip.width + 2 * FRAME_PX, strip.height + 2 * FRAME_PX), BACKDROP)
    k = SHADOW_SCALE
    small = Image.new("L", (-(-canvas.width // k), -(-canvas.height // k)), 0)
    ImageDraw.Draw(small).rectangle(
        [(FRAME_PX + 3) / k, (FRAME_PX + 5) / k,
         (FRAME_PX + strip.width + 3) / k, (FRAME_PX + strip.height + 5) / k],
        fill=90,
    )
    shadow = small.filter(ImageFilter.GaussianBlur(6 / k)).resize(
        canvas.size, Image.Resampling.BILINEAR
    )
    canvas.paste((150, 152, 156), mask=shadow)
    canvas.paste(strip, (FRAME_PX, FRAME_PX))
    return canvas


def save_preview_png(document: PrintDocument, path: str | os.PathLike[str],
                     paper_width_mm: int = 80, code_page: str | None = None) -> Path:
    """Render the preview and save it as a PNG readable by its owner only; returns the path.

    A member's preview carries their id in a tEXt chunk (MEMBER_KEY), so erasing the member
    finds and deletes it; the chunk holds nothing else about them.
    """
    target = Path(path)
    info = PngInfo()
    if document.member_id is not None:
        info.add_text(MEMBER_KEY, str(document.member_id))
    buffer = io.BytesIO()
    render_preview(document, paper_width_mm, code_page).save(
        buffer, format="PNG", optimize=True, pnginfo=info
    )
    return write_private_bytes(target, buffer.getvalue())
