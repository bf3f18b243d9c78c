"""The back office's look: the kiosk's palette with desk-sized text and controls."""

from __future__ import annotations

from ui.theme import Sizes, palette_for, stylesheet

DESK_SIZES = Sizes(base=14, small=13, title=22, huge=30, button_height=30, primary_height=34,
                   radius=6, gap=8)

# the kiosk's sheet fixes some sizes for a finger; a mouse needs less
DESK_OVERRIDES = """
QPushButton[kind="nav"] { min-height: 30px; font-size: 14px; }
QPushButton[kind="small"], QPushButton[kind="chip"] { min-height: 26px; }
QPushButton[kind="tile"] { min-height: 60px; }
QLineEdit { min-height: 26px; font-size: 14px; }
QTableView::item, QListView::item { min-height: 0px; padding: 2px; }
QTabBar::tab { min-height: 26px; min-width: 60px; }
QCheckBox { min-height: 24px; }
QCheckBox::indicator { width: 18px; height: 18px; border-radius: 4px; }
QScrollBar:vertical { width: 14px; }
QComboBox, QSpinBox, QDateEdit, QDoubleSpinBox { min-height: 26px; }
QMenuBar, QMenu { font-size: 14px; }
QMenu::item:selected { background: #1f6f5c; color: #ffffff; }
"""


def desk_stylesheet(high_contrast: bool = False, large_text: bool = False) -> str:
    """The back office window's sheet (larger text when the configuration asks for it)."""
    sizes = DESK_SIZES
    if large_text:
        sizes = Sizes(base=17, small=15, title=26, huge=36, button_height=34, primary_height=38,
                      radius=6, gap=8)
    return stylesheet(palette_for(high_contrast), sizes) + DESK_OVERRIDES
