"""Draw assets/logo.png (the Corner Market badge) with Pillow; run once, commit the PNG."""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
GREEN = (30, 107, 60, 255)
CREAM = (250, 246, 232, 255)
SCALE = 4  # draw large, then shrink for smooth edges
WIDTH, HEIGHT = 576, 224


def _leaf(cx: float, cy: float, length: float, width: float, angle: float) -> list[tuple]:
    """A pointed leaf (a lens shape) centred on cx, cy, tilted by angle radians."""
    points = []
    steps = 60
    for i in range(steps + 1):
        t = i / steps
        x = (t - 0.5) * length
        y = math.sin(math.pi * t) ** 0.9 * width / 2
        points.append((x, y))
    for i in range(steps, -1, -1):
        t = i / steps
        x = (t - 0.5) * length
        y = -math.sin(math.pi * t) ** 1.1 * width / 2
        points.append((x, y))
    cos, sin = math.cos(angle), math.sin(angle)
    return [(cx + x * cos - y * sin, cy + x * sin + y * cos) for x, y in points]


def make_logo() -> Image.Image:
    """Return the logo as an RGBA image of WIDTH x HEIGHT."""
    s = SCALE
    image = Image.new("RGBA", (WIDTH * s, HEIGHT * s), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    margin = 6 * s
    box = (margin, margin, WIDTH * s - margin, HEIGHT * s - margin)
    draw.rounded_rectangle(box, radius=56 * s, fill=GREEN)
    inset = 14 * s
    inner = (box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset)
    draw.rounded_rectangle(inner, radius=44 * s, outline=CREAM, width=4 * s)

    # The emblem: a cream disc with a green leaf and its midrib.
    cx, cy, radius = 128 * s, HEIGHT * s / 2, 72 * s
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=CREAM)
    angle = -math.pi / 4
    draw.polygon(_leaf(cx + 4 * s, cy - 4 * s, 112 * s, 62 * s, angle), fill=GREEN)
    tip = (cx - 44 * s, cy + 44 * s)
    end = (cx + 36 * s, cy - 44 * s)
    draw.line([tip, end], fill=CREAM, width=5 * s)
    stem_start = (cx - 40 * s, cy + 40 * s)
    draw.line([stem_start, (cx - 58 * s, cy + 58 * s)], fill=GREEN, width=7 * s)

    bold = ImageFont.truetype(str(HERE / "fonts" / "DejaVuSans-Bold.ttf"), 70 * s)
    text_width = max(draw.textlength(word, font=bold) for word in ("Corner", "Market"))
    area_left, area_right = cx + radius, inner[2]
    left = area_left + (area_right - area_left - text_width) / 2
    draw.text((left, cy - 6 * s), "Corner", font=bold, fill=CREAM, anchor="ls")
    draw.text((left, cy + 62 * s), "Market", font=bold, fill=CREAM, anchor="ls")
    return image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)


if __name__ == "__main__":
    make_logo().save(HERE / "logo.png", optimize=True)
