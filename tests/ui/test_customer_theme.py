"""Every button state has readable colours in every theme, and the window carries one sheet."""

from __future__ import annotations

import re

import pytest

from ui.theme import CALM, HIGH_CONTRAST, Palette, palette_for, sizes_for, stylesheet


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two #rrggbb colours."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("palette", [CALM, HIGH_CONTRAST], ids=["calm", "high_contrast"])
def test_every_button_state_reads_at_least_4_5_to_1(palette: Palette) -> None:
    pairs = {
        "normal": (palette.surface, palette.text),
        "pressed": (palette.pressed_bg, palette.pressed_text),
        "primary": (palette.primary, palette.on_primary),
        "primary pressed": (palette.primary_pressed_bg, palette.primary_pressed_text),
        "checked": (palette.primary, palette.on_primary),
        "disabled": (palette.disabled_bg, palette.disabled_text),
        "chosen tile": (palette.selected_bg, palette.text),
    }
    weak = {state: round(contrast(*pair), 2) for state, pair in pairs.items()
            if contrast(*pair) < 4.5}
    assert weak == {}


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_sheet_styles_pressed_checked_and_disabled_buttons(high_contrast: bool) -> None:
    palette = palette_for(high_contrast)
    sheet = stylesheet(palette, sizes_for(768, False))
    pressed = re.search(r"QPushButton:pressed \{([^}]*)\}", sheet)
    assert pressed is not None
    assert f"background: {palette.pressed_bg}" in pressed.group(1)
    assert f"color: {palette.pressed_text}" in pressed.group(1)
    assert 'QPushButton[kind="tile"]:checked' in sheet
    assert "QPushButton:disabled" in sheet and "QPushButton:checked:pressed" in sheet
    # the state rules come last, so a kind's own colours cannot hide them
    primary = sheet.index('QPushButton[kind="primary"], QPushButton[kind="key-primary"] {')
    assert sheet.rindex("QPushButton:pressed") > primary
