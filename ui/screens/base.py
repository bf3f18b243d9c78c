"""What every screen shares: re-translation on a language change, clearing, and small builders."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QWidget


class Screen(QWidget):
    """A full-window page of the kiosk; subclasses fill retranslate() and clear()."""

    _stale = False  # the language changed while this screen was hidden

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self.isVisible():
                self.retranslate()
            else:  # a hidden screen catches up when it is shown, not at every switch
                self._stale = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.retranslate()
        super().showEvent(event)

    def retranslate(self) -> None:
        """Set every visible string again in the current language."""

    def clear(self) -> None:
        """Forget everything about the customer this screen showed."""


def label(kind: str = "", text: str = "", wrap: bool = True, center: bool = False) -> QLabel:
    """A label styled by the theme's `kind`."""
    widget = QLabel(text)
    if kind:
        widget.setProperty("kind", kind)
    widget.setWordWrap(wrap)
    if center:
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


def button(kind: str = "", text: str = "") -> QPushButton:
    """A touch button styled by the theme's `kind`; Enter/Space do not trigger it by accident."""
    widget = QPushButton(text)
    if kind:
        widget.setProperty("kind", kind)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return widget


def card_frame() -> QFrame:
    """A white rounded panel."""
    frame = QFrame()
    frame.setProperty("kind", "card")
    return frame


def restyle(widget: QWidget, kind: str) -> None:
    """Change a widget's theme `kind` and let the stylesheet apply to it again."""
    widget.setProperty("kind", kind)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def show_if(widget: QWidget, visible: bool) -> None:
    """Show or hide a widget, touching it only when that changes (setVisible is not free)."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)


def set_text(widget: QLabel | QPushButton, text: str, accessible: str | None = None) -> None:
    """Set a widget's text and its accessible name together."""
    widget.setText(text)
    widget.setAccessibleName(accessible if accessible is not None else text)
