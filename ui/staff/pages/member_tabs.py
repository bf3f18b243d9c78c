"""The tabs of a member on the members page: details, cards, history, and the manager's actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import LANGUAGES
from ui.screens.base import button, label, set_text
from ui.staff.controls import ArmedButton, parse_day
from ui.staff.page import CODE, DIGITS, EMAIL, NAME, TEXT, field, form

LANGUAGE_NAMES = {"en": "English", "tr": "Türkçe", "ru": "Русский"}


class DetailsForm(QWidget):
    """Name, phone, e-mail, birthday, language and consent: for enrolling and for editing."""

    saved = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.language = "en"
        self.name_field = field(NAME, max_length=200)
        self.phone_field = field(DIGITS, max_length=20)
        self.email_field = field(EMAIL, max_length=254)
        self.birthday_field = field(CODE, max_length=10)
        self.card_field = field(CODE, max_length=20)
        self.language_buttons: dict[str, Any] = {}
        languages = QHBoxLayout()
        for code in LANGUAGES:
            choice = button("toggle", LANGUAGE_NAMES[code])
            choice.setCheckable(True)
            choice.clicked.connect(lambda _=False, c=code: self.set_language(c))
            languages.addWidget(choice)
            self.language_buttons[code] = choice
        self.consent = button("toggle")
        self.consent.setCheckable(True)
        languages.addWidget(self.consent)
        self.labels = [label() for _ in range(6)]
        self.rows = form()
        for caption, widget in zip(
            self.labels,
            (self.name_field, self.phone_field, self.email_field, self.birthday_field,
             self.card_field, languages),
            strict=True,
        ):
            self.rows.addRow(caption, widget)
        self.save_button = button("primary")
        self.save_button.clicked.connect(self.saved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
        layout.addWidget(self.save_button)
        self.set_enrolling(False)
        self.retranslate()

    def set_enrolling(self, enrolling: bool) -> None:
        """A new member also gets a card field (empty: a new card number is issued)."""
        self.enrolling = enrolling
        self.rows.setRowVisible(4, enrolling)
        self.retranslate()

    def set_language(self, code: str) -> None:
        self.language = code
        for other, choice in self.language_buttons.items():
            choice.setChecked(other == code)

    def show_member(self, detail: Any) -> None:
        self.name_field.setText(getattr(detail, "name", "") or "")
        self.phone_field.setText(getattr(detail, "phone", "") or "")
        self.email_field.setText(getattr(detail, "email", "") or "")
        birthday = getattr(detail, "birthday", None)
        self.birthday_field.setText(f"{birthday:%d.%m.%Y}" if birthday else "")
        self.set_language(getattr(detail, "language", "en") or "en")
        self.consent.setChecked(bool(getattr(detail, "marketing_consent", False)))

    def values(self) -> dict[str, Any]:
        """What the form says; ValueError for a birthday that is not a date."""
        return {
            "name": self.name_field.text().strip(),
            "phone": self.phone_field.text().strip() or None,
            "email": self.email_field.text().strip() or None,
            "birthday": parse_day(self.birthday_field.text()),
            "language": self.language,
            "marketing_consent": self.consent.isChecked(),
        }

    def clear(self) -> None:
        for edit in (self.name_field, self.phone_field, self.email_field, self.birthday_field,
                     self.card_field):
            edit.clear()
        self.set_language("en")
        self.consent.setChecked(False)

    def retranslate(self) -> None:
        captions = (self.tr("Name"), self.tr("Phone"), self.tr("E-mail"), self.tr("Birthday"),
                    self.tr("Card"), self.tr("Language"))
        for caption, text in zip(self.labels, captions, strict=True):
            caption.setText(text)
        for edit, text in ((self.name_field, captions[0]), (self.phone_field, captions[1]),
                           (self.email_field, captions[2]), (self.birthday_field, captions[3]),
                           (self.card_field, captions[4])):
            edit.setAccessibleName(text)
        self.birthday_field.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.card_field.setPlaceholderText(
            self.tr("Scan the card, or leave empty for a new number"))
        set_text(self.consent, self.tr("Agrees to offers"))
        set_text(self.save_button, self.tr("Enrol member") if self.enrolling
                 else self.tr("Save changes"))


class ManageTab(QWidget):
    """Manager actions: adjust points, block or unblock, merge a duplicate in, erase."""

    adjust = Signal(int, str)
    block = Signal(bool, str)
    merge = Signal(str, str)
    erase = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.blocked = False
        self.sign = 1
        self.reason_field = field(TEXT, max_length=300)
        self.points_field = field(DIGITS, max_length=7)
        self.add_button = button("toggle")
        self.add_button.setCheckable(True)
        self.add_button.clicked.connect(lambda: self._set_sign(1))
        self.remove_button = button("toggle")
        self.remove_button.setCheckable(True)
        self.remove_button.clicked.connect(lambda: self._set_sign(-1))
        self.adjust_button = ArmedButton(lambda: self.tr("Adjust points"),
                                         lambda: self.tr("Touch again to adjust"),
                                         self._adjust, kind="")
        self.block_button = ArmedButton(
            lambda: self.tr("Unblock member") if self.blocked else self.tr("Block member"),
            lambda: self.tr("Touch again to unblock") if self.blocked
            else self.tr("Touch again to block"),
            lambda: self.block.emit(not self.blocked, self.reason_field.text()))
        self.duplicate_field = field(CODE, max_length=40)
        self.merge_button = ArmedButton(lambda: self.tr("Merge the duplicate into this member"),
                                        lambda: self.tr("Touch again to merge"),
                                        lambda: self.merge.emit(self.duplicate_field.text(),
                                                                self.reason_field.text()))
        self.erase_button = ArmedButton(lambda: self.tr("Erase personal data"),
                                        lambda: self.tr("Touch again: this cannot be undone"),
                                        lambda: self.erase.emit(self.reason_field.text()))
        self.reason_label, self.points_label, self.duplicate_label = label(), label(), label()
        rows = form()
        rows.addRow(self.reason_label, self.reason_field)
        points_row = QHBoxLayout()
        points_row.addWidget(self.add_button)
        points_row.addWidget(self.remove_button)
        points_row.addWidget(self.points_field, 2)
        points_row.addWidget(self.adjust_button.widget, 2)
        rows.addRow(self.points_label, points_row)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.duplicate_field, 2)
        merge_row.addWidget(self.merge_button.widget, 3)
        rows.addRow(self.duplicate_label, merge_row)
        danger_row = QHBoxLayout()
        danger_row.addWidget(self.block_button.widget)
        danger_row.addWidget(self.erase_button.widget)
        layout = QVBoxLayout(self)
        layout.addLayout(rows)
        layout.addLayout(danger_row)
        layout.addStretch(1)
        self._set_sign(1)
        self.retranslate()

    def _set_sign(self, sign: int) -> None:
        self.sign = sign
        self.add_button.setChecked(sign > 0)
        self.remove_button.setChecked(sign < 0)

    def _adjust(self) -> None:
        text = self.points_field.text().strip()
        points = int(text) if text.isdigit() else 0
        self.adjust.emit(self.sign * points, self.reason_field.text())

    def set_blocked(self, blocked: bool) -> None:
        self.blocked = blocked
        self.block_button.refresh()

    def clear(self) -> None:
        for edit in (self.reason_field, self.points_field, self.duplicate_field):
            edit.clear()
        self._set_sign(1)
        for armed in (self.adjust_button, self.block_button, self.merge_button,
                      self.erase_button):
            armed.disarm()

    def retranslate(self) -> None:
        self.reason_label.setText(self.tr("Reason"))
        self.reason_field.setAccessibleName(self.tr("Reason"))
        self.reason_field.setPlaceholderText(self.tr("Needed for every action here"))
        self.points_label.setText(self.tr("Points"))
        self.points_field.setAccessibleName(self.tr("Points"))
        set_text(self.add_button, self.tr("Add"))
        set_text(self.remove_button, self.tr("Remove"))
        self.duplicate_label.setText(self.tr("Duplicate"))
        self.duplicate_field.setAccessibleName(self.tr("Card or phone of the duplicate member"))
        self.duplicate_field.setPlaceholderText(self.tr("Card or phone of the duplicate"))
        for armed in (self.adjust_button, self.block_button, self.merge_button,
                      self.erase_button):
            armed.refresh()
