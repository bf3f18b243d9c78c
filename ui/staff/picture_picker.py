"""A reward's picture chosen by touch: thumbnails of the shop's images, and "no picture"."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QSizePolicy, QToolButton, QWidget

from kiosk.paths import data_dir

PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg")
THUMB_PX = 88
TILE_PX = 120
MAX_PICTURES = 60  # a shop's own pictures; more would not fit a touch page anyway
ASSETS = Path(__file__).resolve().parents[2] / "assets"


def picture_folders() -> list[Path]:
    """Where pictures are looked for: the data folder's images/ and the kiosk's assets/."""
    return [data_dir() / "images", ASSETS]


def picture_files(folders: Iterable[Path]) -> list[Path]:
    """The PNG and JPEG files in the folders (not their sub-folders), by name, at most 60."""
    found: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        found.extend(sorted(path for path in folder.iterdir()
                            if path.is_file() and path.suffix.lower() in PICTURE_SUFFIXES))
    return found[:MAX_PICTURES]


def _thumbnail(path: Path) -> QIcon:
    pixmap = QPixmap(str(path))
    if pixmap.isNull():
        return QIcon()
    return QIcon(pixmap.scaled(THUMB_PX, THUMB_PX, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation))


class PicturePicker(QWidget):
    """Touch a thumbnail to choose it; the first tile means no picture. chosen(path or "")."""

    chosen = Signal(str)

    def __init__(self, columns: int = 5) -> None:
        super().__init__()
        self.columns = columns
        self.folders = picture_folders()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        # one style for the tiles, set once here: a chosen picture has a thick coloured frame
        self.setStyleSheet(
            "QToolButton { border: 2px solid #d8d2c8; border-radius: 8px; background: #ffffff;"
            " color: #1c1b1a; font-size: 15px; padding: 4px; }"
            " QToolButton:checked { border: 5px solid #1f6f5c; background: #e3f0ec; }")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.none_tile = self._tile("")
        self.tiles: dict[str, QToolButton] = {"": self.none_tile}
        self.path = ""
        self.retranslate()

    def _tile(self, path: str) -> QToolButton:
        tile = QToolButton()
        tile.setCheckable(True)
        tile.setProperty("kind", "picture")
        tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        tile.setIconSize(QSize(THUMB_PX, THUMB_PX))
        tile.setFixedSize(TILE_PX, TILE_PX + 24)
        tile.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if path:
            tile.setIcon(_thumbnail(Path(path)))
            name = Path(path).stem
            tile.setText(name if len(name) <= 14 else name[:13] + "…")
            tile.setToolTip(path)
            tile.setAccessibleName(Path(path).name)
        tile.clicked.connect(lambda _=False, p=path: self.choose(p, announce=True))
        self.group.addButton(tile)
        index = self.grid.count()
        self.grid.addWidget(tile, index // self.columns, index % self.columns)
        return tile

    def reload(self) -> None:
        """Look in the folders again (a picture copied there since shows up)."""
        for path, tile in list(self.tiles.items()):
            if path:
                self.group.removeButton(tile)
                self.grid.removeWidget(tile)
                tile.hide()  # gone now, not when the event loop next deletes it
                tile.setParent(None)  # type: ignore[call-overload]
                tile.deleteLater()
                del self.tiles[path]
        for found in picture_files(self.folders):
            self.tiles[str(found)] = self._tile(str(found))
        self.choose(self.path)

    def choose(self, path: str, announce: bool = False) -> None:
        """Show the path as chosen; a picture not in the folders gets its own tile."""
        path = path.strip()
        if path and path not in self.tiles:
            self.tiles[path] = self._tile(path)
        self.path = path
        self.tiles[path].setChecked(True)
        if announce:
            self.chosen.emit(path)

    def retranslate(self) -> None:
        text = self.tr("No picture")
        self.none_tile.setText(text)
        self.none_tile.setAccessibleName(text)
        self.none_tile.ensurePolished()  # its words never cut, in any language or text size
        wide = self.none_tile.fontMetrics().horizontalAdvance(text) + 28
        self.none_tile.setFixedWidth(max(TILE_PX, wide))
