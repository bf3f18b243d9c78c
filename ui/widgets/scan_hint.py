"""An animated card gliding toward where the scanner sits, with a pulsing scan beam."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QElapsedTimer, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

CYCLE_MS = 2400
FRAME_MS = 50  # 20 frames a second: smooth enough for a gliding card, light on an idle kiosk


class ScanHint(QWidget):
    """Draws a loyalty card moving toward the scanner ("below", "left" or "right" of the screen)."""

    def __init__(self, side: str = "below", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.phase = 0.0
        self.card_color = QColor("#1f6f5c")
        self.beam_color = QColor("#e53935")
        self.line_color = QColor("#1d2a26")
        self.setMinimumSize(200, 96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._easing = QEasingCurve(QEasingCurve.Type.InOutSine)
        self._clock = QElapsedTimer()
        self.animation = QTimer(self)  # a frame timer; the card is drawn once and then moved
        self.animation.setInterval(FRAME_MS)
        self.animation.timeout.connect(self._step)
        self._card: QPixmap | None = None
        self._card_key: tuple[float, float, str, float] | None = None

    def set_colors(self, card: str, beam: str, line: str) -> None:
        """Follow the theme."""
        self.card_color, self.beam_color, self.line_color = QColor(card), QColor(beam), QColor(line)
        self._card = None
        self.update()

    def start(self) -> None:
        self._clock.start()
        self.animation.start()

    def stop(self) -> None:
        self.animation.stop()

    def _step(self) -> None:
        cycle = (self._clock.elapsed() % CYCLE_MS) / CYCLE_MS
        self.phase = self._easing.valueForProgress(cycle)
        self.update()

    def _card_picture(self, card_w: float, card_h: float, unit: float) -> QPixmap:
        """The card with its barcode, painted once for a size and colour."""
        ratio = self.devicePixelRatioF()
        key = (card_w, card_h, self.card_color.name(), ratio)
        if self._card is None or self._card_key != key:
            picture = QPixmap(max(1, round(card_w * ratio)), max(1, round(card_h * ratio)))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            card = QRectF(0, 0, card_w, card_h)
            path = QPainterPath()
            path.addRoundedRect(card, unit * 0.1, unit * 0.1)
            painter.fillPath(path, self.card_color)
            stripe = QRectF(card_w * 0.12, card_h - card_h * 0.38, card_w * 0.76, card_h * 0.22)
            painter.fillRect(stripe, QColor("#ffffff"))
            painter.setPen(QPen(QColor("#000000"), max(1.5, card_w / 90)))
            for index in range(18):
                x = stripe.left() + stripe.width() * (index + 0.5) / 18
                painter.drawLine(QPointF(x, stripe.top() + 3), QPointF(x, stripe.bottom() - 3))
            painter.end()
            self._card, self._card_key = picture, key
        return self._card

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        unit = min(w / 3.2, h / 2.2)
        card_w, card_h = unit * 1.4, unit * 0.88
        travel = unit * 0.6 * (self.phase if self.phase < 0.5 else 1 - self.phase) * 2
        if self.side == "below":
            scanner = QRectF(w / 2 - unit * 0.9, h - unit * 0.35, unit * 1.8, unit * 0.3)
            card = QRectF(w / 2 - card_w / 2, h * 0.05 + travel, card_w, card_h)
            beam_from = QPointF(scanner.center().x(), scanner.top())
            beam_to = QPointF(card.center().x(), card.bottom())
        else:
            left = self.side == "left"
            x = unit * 0.05 if left else w - unit * 0.35
            scanner = QRectF(x, h / 2 - unit * 0.9, unit * 0.3, unit * 1.8)
            shift = -travel if left else travel
            card = QRectF(w / 2 - card_w / 2 + shift, h / 2 - card_h / 2, card_w, card_h)
            beam_from = QPointF(scanner.right() if left else scanner.left(), scanner.center().y())
            beam_to = QPointF(card.left() if left else card.right(), card.center().y())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.line_color)
        painter.drawRoundedRect(scanner, unit * 0.08, unit * 0.08)
        painter.drawPixmap(card.topLeft(), self._card_picture(card_w, card_h, unit))
        glow = 0.35 + 0.65 * abs(1 - 2 * self.phase)
        beam = QColor(self.beam_color)
        beam.setAlphaF(1 - glow * 0.7)
        painter.setPen(QPen(beam, max(3.0, unit * 0.05), Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap))
        painter.drawLine(beam_from, beam_to)
        painter.end()
