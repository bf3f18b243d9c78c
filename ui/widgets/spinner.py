"""A turning arc that shows the kiosk is working (and that the screen is not frozen)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

TURN_MS = 1100


class Spinner(QWidget):
    """An endlessly turning arc, drawn in the theme's primary colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.angle = 0.0
        self.color = QColor("#1f6f5c")
        self.setMinimumSize(96, 96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(360.0)
        self.animation.setDuration(TURN_MS)
        self.animation.setLoopCount(-1)
        self.animation.valueChanged.connect(self._turn)

    def set_color(self, color: str) -> None:
        self.color = QColor(color)

    def start(self) -> None:
        self.animation.start()

    def stop(self) -> None:
        self.animation.stop()

    @property
    def running(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running

    def _turn(self, value: object) -> None:
        self.angle = float(value)  # type: ignore[arg-type]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 12
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        faint = QColor(self.color)
        faint.setAlphaF(0.2)
        painter.setPen(QPen(faint, 10))
        painter.drawEllipse(box)
        painter.setPen(QPen(self.color, 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawArc(box, int(-self.angle * 16), 100 * 16)
        painter.end()
