"""The kiosk's look: calm and high-contrast palettes and sizes that follow the screen."""

from __future__ import annotations

from dataclasses import dataclass

MIN_TOUCH_PX = 48
PRIMARY_TOUCH_PX = 72


@dataclass(frozen=True)
class Palette:
    """Colours of one theme."""

    background: str
    surface: str
    text: str
    muted: str
    primary: str
    on_primary: str
    accent: str
    danger: str
    border: str
    disabled_bg: str
    disabled_text: str
    progress: str
    pressed_bg: str  # any button while a finger is on it
    pressed_text: str
    primary_pressed_bg: str
    primary_pressed_text: str
    selected_bg: str  # a chosen tile (a donation cause)


CALM = Palette(
    background="#f6f3ee",
    surface="#ffffff",
    text="#1d2a26",
    muted="#52615c",
    primary="#1f6f5c",
    on_primary="#ffffff",
    accent="#c9821b",
    danger="#b3261e",
    border="#d8d2c8",
    disabled_bg="#ece8e1",
    disabled_text="#5f6b67",
    progress="#2f8f74",
    pressed_bg="#cfe3dc",
    pressed_text="#1d2a26",
    primary_pressed_bg="#134a3d",
    primary_pressed_text="#ffffff",
    selected_bg="#dcefe8",
)

HIGH_CONTRAST = Palette(
    background="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#ffffff",
    primary="#ffd400",
    on_primary="#000000",
    accent="#00e5ff",
    danger="#ff6b6b",
    border="#ffffff",
    disabled_bg="#000000",
    disabled_text="#c8c8c8",
    progress="#ffd400",
    pressed_bg="#00e5ff",
    pressed_text="#000000",
    primary_pressed_bg="#ffffff",
    primary_pressed_text="#000000",
    selected_bg="#3d3300",
)


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes for one window height and text setting."""

    base: int
    small: int
    title: int
    huge: int
    button_height: int
    primary_height: int
    radius: int
    gap: int


def sizes_for(window_height: int, large_text: bool) -> Sizes:
    """Sizes that read from a metre away: 22 px body text at 1024x768, 31 px at 1920x1080."""
    scale = max(window_height, 600) / 768
    text_scale = scale * (1.2 if large_text else 1.0)
    base = round(22 * text_scale)
    return Sizes(
        base=base,
        small=max(round(17 * text_scale), 16),
        title=round(40 * text_scale),
        huge=round(64 * text_scale),
        button_height=max(round(60 * scale), MIN_TOUCH_PX),
        primary_height=max(round(80 * scale), PRIMARY_TOUCH_PX),
        radius=round(14 * scale),
        gap=round(16 * scale),
    )


def palette_for(high_contrast: bool) -> Palette:
    """The colours for the chosen contrast."""
    return HIGH_CONTRAST if high_contrast else CALM


def stylesheet(palette: Palette, sizes: Sizes) -> str:
    """The application stylesheet; widgets choose their style with the `kind` property."""
    p, s = palette, sizes
    hc_border = 3 if p is HIGH_CONTRAST else 2
    return f"""
QWidget {{
    background: {p.background}; color: {p.text};
    font-family: "DejaVu Sans"; font-size: {s.base}px;
}}
QLabel {{ background: transparent; }}
QLabel[kind="title"] {{ font-size: {s.title}px; font-weight: bold; }}
QLabel[kind="huge"] {{ font-size: {s.huge}px; font-weight: bold; color: {p.primary}; }}
QLabel[kind="subtitle"] {{ font-size: {round(s.base * 1.25)}px; }}
QLabel[kind="muted"] {{ color: {p.muted}; font-size: {s.small}px; }}
QLabel[kind="status"] {{ color: {p.muted}; font-size: {s.small}px; }}
QLabel[kind="warning"] {{ color: {p.danger}; font-size: {s.small}px; font-weight: bold; }}
QLabel[kind="badge"] {{
    background: {p.accent}; color: {p.on_primary if p is CALM else "#000000"};
    border-radius: {s.radius}px; padding: 6px 18px; font-weight: bold;
}}
QLabel[kind="banner"] {{
    background: {p.surface}; border: {hc_border}px solid {p.accent};
    border-radius: {s.radius}px; padding: {s.gap}px; font-weight: bold;
}}
QLabel[kind="display"] {{
    background: {p.surface}; border: {hc_border}px solid {p.border};
    border-radius: {s.radius}px; padding: {s.gap // 2}px {s.gap}px; font-size: {s.title}px;
    qproperty-alignment: AlignCenter;
}}
QLabel[kind="offline-strip"] {{
    background: #f2a900; color: #000000; border-radius: {s.radius}px;
    padding: 6px 16px; font-weight: bold;
}}
QLabel[kind="countdown"] {{
    background: {p.danger}; color: #ffffff; border-radius: {s.radius}px;
    padding: 8px 20px; font-weight: bold;
}}
QFrame[kind="card"] {{
    background: {p.surface}; border: {hc_border}px solid {p.border}; border-radius: {s.radius}px;
}}
QPushButton {{
    min-height: {s.button_height}px; min-width: {s.button_height}px;
    padding: 0 {s.gap}px; border-radius: {s.radius}px;
    background: {p.surface}; color: {p.text}; border: {hc_border}px solid {p.border};
}}
QPushButton[kind="primary"], QPushButton[kind="key-primary"] {{
    min-height: {s.primary_height}px; background: {p.primary}; color: {p.on_primary};
    border: {hc_border}px solid {p.primary}; font-weight: bold;
    font-size: {round(s.base * 1.15)}px;
}}
QPushButton[kind="key"], QPushButton[kind="key-action"], QPushButton[kind="key-primary"] {{
    min-width: {MIN_TOUCH_PX}px; padding: 0 4px;
}}
QPushButton[kind="key-primary"] {{ min-height: {s.button_height}px; }}
QPushButton[kind="key"] {{ font-size: {round(s.base * 1.2)}px; }}
QPushButton[kind="key-action"] {{ background: {p.disabled_bg}; }}
QPushButton[kind="lang"] {{ min-width: {s.button_height + s.gap}px; }}
QPushButton[kind="lang"]:checked, QPushButton[kind="toggle"]:checked {{
    background: {p.primary}; color: {p.on_primary}; border-color: {p.primary};
}}
QPushButton[kind="tile"] {{
    text-align: left; padding: {s.gap}px; min-height: {s.primary_height * 2}px;
}}
QPushButton[kind="tile"]:enabled {{ border: {hc_border + 1}px solid {p.primary}; }}
QPushButton[kind="tile"]:checked {{
    background: {p.selected_bg}; border: {hc_border + 4}px solid {p.primary};
}}
QLabel[kind="tile-name"] {{ font-weight: bold; font-size: {round(s.base * 1.15)}px; }}
QLabel[kind="tile-cost"] {{ font-weight: bold; }}
QPushButton[kind="small"] {{
    min-height: {MIN_TOUCH_PX}px; font-size: {s.small}px; padding: 0 8px;
}}
QPushButton[kind="chip"] {{
    min-height: {MIN_TOUCH_PX}px; font-size: {s.small}px; padding: 0 8px;
}}
QPushButton[kind="chip"]:checked {{
    background: {p.primary}; color: {p.on_primary}; border-color: {p.primary};
}}
QPushButton[kind="danger"] {{ color: {p.danger}; border-color: {p.danger}; }}
QPushButton[kind="corner"] {{
    background: transparent; border: none; min-height: {s.button_height}px;
}}
QCheckBox {{ spacing: {s.gap}px; min-height: {s.button_height}px; background: transparent; }}
QCheckBox::indicator {{
    width: {MIN_TOUCH_PX}px; height: {MIN_TOUCH_PX}px; border: {hc_border}px solid {p.text};
    border-radius: 8px; background: {p.surface};
}}
QCheckBox::indicator:checked {{ background: {p.primary}; border-color: {p.primary}; }}
QProgressBar {{
    border: {hc_border}px solid {p.border}; border-radius: {s.radius // 2}px;
    background: {p.surface}; min-height: {max(s.base, 24)}px; text-align: center;
    color: {p.text};
}}
QProgressBar::chunk {{ background: {p.progress}; border-radius: {s.radius // 2}px; }}
QLineEdit {{
    min-height: {s.button_height}px; font-size: {round(s.base * 1.3)}px;
    background: {p.surface}; border: {hc_border}px solid {p.border};
    border-radius: {s.radius}px; padding: 0 {s.gap}px;
}}
QLineEdit:focus {{ border-color: {p.primary}; }}
QLabel[kind="ok"] {{ color: {p.primary}; font-size: {s.small}px; font-weight: bold; }}
QLabel[kind^="verdict"] {{
    font-size: {s.huge}px; font-weight: bold; border-radius: {s.radius}px; padding: {s.gap}px;
    qproperty-alignment: AlignCenter; color: #ffffff;
}}
QLabel[kind="verdict-valid"] {{ background: #1b7f3a; }}
QLabel[kind="verdict-used"] {{ background: #b3261e; }}
QLabel[kind="verdict-expired"] {{ background: #f2a900; color: #000000; }}
QLabel[kind="verdict-void"] {{ background: #4a4a4a; }}
QLabel[kind="verdict-fake"] {{ background: #000000; border: 8px solid #e53935; }}
QLabel[kind="figure"] {{ font-size: {s.title}px; font-weight: bold; color: {p.primary}; }}
QPushButton[kind="nav"] {{
    text-align: left; padding: 0 {s.gap}px; min-height: {MIN_TOUCH_PX + 4}px;
    font-size: {s.small}px;
}}
QPushButton[kind="nav"]:checked {{
    background: {p.primary}; color: {p.on_primary}; border-color: {p.primary};
}}
QTableView, QListView {{
    background: {p.surface}; border: {hc_border}px solid {p.border};
    border-radius: {s.radius // 2}px; gridline-color: {p.border}; font-size: {s.small}px;
    selection-background-color: {p.primary}; selection-color: {p.on_primary};
}}
QTableView::item, QListView::item {{ padding: 6px; min-height: {MIN_TOUCH_PX}px; }}
QTabBar::tab {{
    min-height: {MIN_TOUCH_PX}px; min-width: {MIN_TOUCH_PX * 2}px; padding: 0 {s.gap}px;
    font-size: {s.small}px;
}}
QTabBar::tab:selected {{ background: {p.primary}; color: {p.on_primary}; }}
QHeaderView::section {{
    background: {p.disabled_bg}; color: {p.text}; padding: 6px; border: none;
    font-weight: bold; font-size: {s.small}px;
}}
QComboBox, QSpinBox, QDateEdit, QDoubleSpinBox {{
    min-height: {s.button_height}px; background: {p.surface};
    border: {hc_border}px solid {p.border}; border-radius: {s.radius // 2}px; padding: 0 8px;
}}
QTextEdit, QPlainTextEdit {{
    background: {p.surface}; border: {hc_border}px solid {p.border};
    border-radius: {s.radius // 2}px;
}}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QScrollBar:vertical {{ width: {MIN_TOUCH_PX // 2}px; background: {p.background}; }}
QScrollBar::handle:vertical {{ background: {p.border}; border-radius: 8px; min-height: 60px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
QPushButton:pressed {{
    background: {p.pressed_bg}; color: {p.pressed_text}; border-color: {p.pressed_text};
}}
QPushButton[kind="tile"]:pressed {{
    background: {p.selected_bg}; border: {hc_border + 4}px solid {p.pressed_bg};
}}
QPushButton[kind="primary"]:pressed, QPushButton[kind="key-primary"]:pressed,
QPushButton:checked:pressed {{
    background: {p.primary_pressed_bg}; color: {p.primary_pressed_text};
    border-color: {p.primary_pressed_bg};
}}
QPushButton:disabled, QPushButton[kind="primary"]:disabled,
QPushButton[kind="key-primary"]:disabled {{
    background: {p.disabled_bg}; color: {p.disabled_text};
    border: {hc_border}px dashed {p.disabled_text};
}}
"""
