"""An on-screen keyboard for names and text in English, Turkish and Russian layouts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

KEY_PX = 64
LAYOUTS = {
    "en": ["qwertyuiop", "asdfghjkl", "zxcvbnm"],
    "tr": ["qwertyuıopğü", "asdfghjklşi", "zxcvbnmöç"],
    "ru": ["йцукенгшщзхъ", "фывапролджэё", "ячсмитьбю"],
}
SHORT_NAMES = {"en": "EN", "tr": "TR", "ru": "RU"}


def upper(char: str, language: str) -> str:
    """Upper case with the Turkish dotted and dotless i."""
    if language == "tr":
        if char == "i":
            return "İ"
        if char == "ı":
            return "I"
    return char.upper()


def _key(kind: str) -> QPushButton:
    key = QPushButton()
    key.setProperty("kind", kind)
    key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    key.setMinimumSize(KEY_PX, KEY_PX)
    key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return key


class WideKey(QPushButton):
    """A key as tall as the others and never narrower than its label (Done, "Hide keys")."""

    REFIT = (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange)

    def __init__(self, kind: str, px: int = KEY_PX) -> None:
        super().__init__()
        self.px = px
        self.setProperty("kind", kind)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(px)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_label(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
        self.fit()

    def fit(self) -> None:
        """As wide as the label in the current font (a style sheet may set a smaller minimum)."""
        self.setMinimumWidth(max(self.px, self.sizeHint().width()))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in self.REFIT:
            self.fit()
        return handled


class OnScreenKeyboard(QWidget):
    """Letter keys for the chosen language, with shift, space, hyphen, apostrophe and Done."""

    typed = Signal(str)
    backspaced = Signal()
    accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.languages = ["en"]
        self.mode = "name"
        self.shift = True
        self._target: QLineEdit | None = None
        self._accept_text = ""
        self.letter_keys: list[tuple[QPushButton, str]] = []
        self._rows = QGridLayout()
        self._rows.setSpacing(8)
        self.shift_key = _key("key-action")
        self.shift_key.setCheckable(True)
        self.shift_key.clicked.connect(self._toggle_shift)
        self.back_key = _key("key-action")
        self.back_key.setText("⌫")
        self.back_key.setAutoRepeat(True)
        self.back_key.clicked.connect(self._backspace)
        self.space_key = WideKey("key-action")
        self.space_key.clicked.connect(lambda: self._type(" "))
        self.hyphen_key = _key("key")
        self.hyphen_key.setText("-")
        self.hyphen_key.clicked.connect(lambda: self._type("-"))
        self.apostrophe_key = _key("key")
        self.apostrophe_key.setText("'")
        self.apostrophe_key.clicked.connect(lambda: self._type("'"))
        self.at_key = _key("key")
        self.at_key.setText("@")
        self.at_key.clicked.connect(lambda: self._type("@"))
        self.dot_key = _key("key")
        self.dot_key.setText(".")
        self.dot_key.clicked.connect(lambda: self._type("."))
        self.layout_key = _key("key-action")
        self.layout_key.clicked.connect(self._next_layout)
        self.accept_key = WideKey("key-primary")
        self.accept_key.clicked.connect(self.accepted)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)  # the widest row: room for long "Done" labels
        for key, stretch in ((self.shift_key, 2), (self.layout_key, 1), (self.hyphen_key, 1),
                             (self.apostrophe_key, 1), (self.at_key, 1), (self.space_key, 5),
                             (self.dot_key, 1), (self.back_key, 2), (self.accept_key, 3)):
            bottom.addWidget(key, stretch)
        self.digit_row = QWidget()
        digits = QHBoxLayout(self.digit_row)
        digits.setContentsMargins(0, 0, 0, 0)
        digits.setSpacing(8)
        self.digit_keys: list[QPushButton] = []
        for char in "1234567890":
            key = _key("key")
            key.setText(char)
            key.setAccessibleName(char)
            key.clicked.connect(lambda _=False, c=char: self._type(c))
            digits.addWidget(key)
            self.digit_keys.append(key)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        outer.addWidget(self.digit_row, 1)
        outer.addLayout(self._rows, 3)
        outer.addLayout(bottom, 1)
        self.set_mode("name")
        self.set_layout("en")

    def set_languages(self, languages: list[str]) -> None:
        self.languages = [code for code in languages if code in LAYOUTS] or ["en"]
        self._show_layout_key()
        self.retranslate()

    def _show_layout_key(self) -> None:
        """Codes (receipts, vouchers) are Latin letters: no layout switch, more room for labels."""
        self.layout_key.setVisible(len(self.languages) > 1 and self.mode != "code")

    def set_mode(self, mode: str) -> None:
        """"name" (capitalised words), "text", "code" (digits too) or "email" (adds @ and .)."""
        self.mode = mode
        self.at_key.setVisible(mode == "email")
        self.apostrophe_key.setVisible(mode in ("name", "text"))  # O'Brien, not a code
        self._show_layout_key()
        if mode == "code" and self.language != "en":
            self.set_layout("en")
        self.dot_key.setVisible(mode in ("email", "code", "text"))
        self.digit_row.setVisible(mode in ("code", "email", "text"))
        self._auto_shift()

    def set_target(self, target: QLineEdit | None) -> None:
        self._target = target
        self._auto_shift()

    def set_accept_text(self, text: str) -> None:
        self._accept_text = text
        self.accept_key.set_label(text)

    def set_layout(self, language: str) -> None:
        self.language = language if language in LAYOUTS else "en"
        for key, _ in self.letter_keys:
            self._rows.removeWidget(key)
            key.hide()
            key.deleteLater()
        self.letter_keys = []
        for row_index, row in enumerate(LAYOUTS[self.language]):
            for column, char in enumerate(row):
                key = _key("key")
                key.clicked.connect(lambda _=False, c=char: self._type_letter(c))
                self._rows.addWidget(key, row_index, column)
                self.letter_keys.append((key, char))
        self._relabel()
        self.retranslate()

    def _next_layout(self) -> None:
        index = self.languages.index(self.language) if self.language in self.languages else -1
        self.set_layout(self.languages[(index + 1) % len(self.languages)])

    def _toggle_shift(self) -> None:
        self.shift = not self.shift
        self._relabel()

    def _auto_shift(self) -> None:
        if self.mode == "code":
            self.shift = True  # codes and receipt numbers are upper case
        if self.mode == "name":
            text = self._target.text()[: self._target.cursorPosition()] if self._target else ""
            self.shift = not text or text.endswith((" ", "-"))
        self._relabel()

    def _relabel(self) -> None:
        for key, char in self.letter_keys:
            key.setText(upper(char, self.language) if self.shift else char)
            key.setAccessibleName(self.tr("Letter %1").replace("%1", upper(char, self.language)))
        self.shift_key.setChecked(self.shift)

    def _type_letter(self, char: str) -> None:
        self._type(upper(char, self.language) if self.shift else char)
        if self.shift and self.mode not in ("name", "code"):
            self.shift = False
            self._relabel()

    def _type(self, text: str) -> None:
        target = self._target
        if target is not None:
            if target.maxLength() and len(target.text()) >= target.maxLength():
                return
            target.insert(text)
        self.typed.emit(text)
        self._auto_shift()

    def _backspace(self) -> None:
        if self._target is not None:
            self._target.backspace()
        self.backspaced.emit()
        self._auto_shift()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.shift_key.setText("⇧")
        self.shift_key.setAccessibleName(self.tr("Shift"))
        self.back_key.setAccessibleName(self.tr("Backspace"))
        self.space_key.set_label(self.tr("Space"))
        self.hyphen_key.setAccessibleName(self.tr("Hyphen"))
        self.apostrophe_key.setAccessibleName(self.tr("Apostrophe"))
        self.at_key.setAccessibleName(self.tr("At sign"))
        self.dot_key.setAccessibleName(self.tr("Dot"))
        following = self.languages[
            (self.languages.index(self.language) + 1) % len(self.languages)
        ] if self.language in self.languages else "en"
        self.layout_key.setText(SHORT_NAMES.get(following, following.upper()))
        self.layout_key.setAccessibleName(
            self.tr("Switch keyboard to %1").replace("%1", SHORT_NAMES.get(following, following))
        )
        if not self._accept_text:
            self.accept_key.set_label(self.tr("Done"))
        self._relabel()
