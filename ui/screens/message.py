"""A plain-words message with up to three large choices: refusals, problems, welcome, waiting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.screens.base import Screen, button, label, set_text
from ui.widgets.spinner import Spinner

Choice = tuple[str, str, Callable[[], None]]  # caption, kind, action


class MessageScreen(Screen):
    """Title, explanation and buttons; texts are set already translated by the caller.

    The caller passes a `retranslate` callable that fills the texts again, so a language change
    while the message is up is followed.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("message")
        self.icon = label("huge", center=True)
        self.title = label("title", center=True)
        self.body = label("subtitle", center=True)
        self.code = label("display", center=True)
        self.spinner = Spinner()
        self.buttons_row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        self._refill: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 40)
        layout.addStretch(1)
        layout.addWidget(self.icon)
        layout.addWidget(self.title)
        layout.addWidget(self.spinner)
        layout.addWidget(self.body)
        layout.addWidget(self.code)
        layout.addStretch(1)
        holder = QWidget()
        holder.setLayout(self.buttons_row)
        layout.addWidget(holder)
        self.clear()

    def show_message(
        self,
        icon: str,
        title: str,
        body: str,
        choices: list[Choice],
        code: str = "",
        busy: bool = False,
        refill: Callable[[], None] | None = None,
    ) -> None:
        """Fill the screen; `refill` re-fills it after a language change."""
        self._refill = refill
        self.icon.setText(icon)
        self.icon.setVisible(bool(icon))
        self.icon.setAccessibleName("")
        set_text(self.title, title)
        set_text(self.body, body)
        self.body.setVisible(bool(body))
        set_text(self.code, code)
        self.code.setVisible(bool(code))
        self.spinner.setVisible(busy)
        if busy:
            self.spinner.start()
        else:
            self.spinner.stop()
        for old in self.buttons:
            self.buttons_row.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.buttons = []
        for caption, kind, action in choices:
            choice = button(kind, caption)
            choice.setAccessibleName(caption)
            choice.clicked.connect(action)
            self.buttons_row.addWidget(choice)
            self.buttons.append(choice)

    def button_texts(self) -> list[str]:
        return [choice.text() for choice in self.buttons]

    def retranslate(self) -> None:
        if self._refill is not None:
            self._refill()

    def clear(self) -> None:
        self.show_message("", "", "", [])
