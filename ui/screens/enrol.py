"""Self-enrolment for an unknown card: name, phone, birthday, PIN and consent, step by step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.cards import mask_card_number
from ui.screens.base import Screen, button, label, set_text
from ui.screens.phone import MASK, masked_phone
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.keypad import NumericKeypad

STEPS = ("name", "phone", "birthday", "pin", "consent")


@dataclass(frozen=True)
class EnrolForm:
    """What the customer typed."""

    card: str
    name: str
    phone: str | None
    birthday: date | None
    pin: str | None
    marketing_consent: bool


def parse_birthday(digits: str) -> date | None:
    """DDMMYYYY typed on the keypad to a date; None when it is not a real date."""
    if len(digits) != 8:
        return None
    try:
        return date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        return None


def shown_birthday(digits: str) -> str:
    """The typed digits in a DD.MM.YYYY frame."""
    frame = "DD.MM.YYYY"
    out, taken = [], 0
    for char in frame:
        if char == ".":
            out.append(".")
        elif taken < len(digits):
            out.append(digits[taken])
            taken += 1
        else:
            out.append("_")
    return "".join(out)


class EnrolScreen(Screen):
    """Collects a new member's details on the on-screen keyboard and keypad."""

    submitted = Signal(object)  # EnrolForm
    cancelled = Signal()

    def __init__(self, languages: list[str]) -> None:
        super().__init__()
        self.setObjectName("enrol")
        self.pin_enabled = False
        self.card = ""
        self.step = "name"
        self._phone = ""
        self._birthday = ""
        self._pin = ""
        self.title = label("title")
        self.card_line = label("muted")
        self.question = label("subtitle")
        self.error = label("warning")
        self.pages = QStackedWidget()

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.set_languages(languages)
        self.keyboard.set_mode("name")
        self.keyboard.set_target(self.name_edit)
        self.keyboard.accepted.connect(self.next_step)
        self.pages.addWidget(self._page(self.name_edit, self.keyboard))

        self.number_display = label("display")
        self.number_display.setMinimumHeight(90)
        self.keypad = NumericKeypad()
        self.keypad.set_accept_visible(True)
        self.keypad.digit.connect(self.type_digit)
        self.keypad.backspaced.connect(self._backspace)
        self.keypad.cleared.connect(self._clear_number)
        self.keypad.accepted.connect(self.next_step)
        self.pages.addWidget(self._page(self.number_display, self.keypad))

        self.terms = label("")
        self.terms_box = QCheckBox()
        self.terms_box.toggled.connect(self._refresh)
        self.offers_box = QCheckBox()
        self.join_button = button("primary")
        self.join_button.clicked.connect(self.next_step)
        consent = QWidget()
        consent_layout = QVBoxLayout(consent)
        consent_layout.addWidget(self.terms)
        consent_layout.addWidget(self.terms_box)
        consent_layout.addWidget(self.offers_box)
        consent_layout.addStretch(1)
        consent_layout.addWidget(self.join_button)
        self.pages.addWidget(consent)

        self.back_button = button("")
        self.back_button.clicked.connect(self.previous_step)
        self.skip_button = button("")
        self.skip_button.clicked.connect(self.skip)
        self.cancel_button = button("danger")
        self.cancel_button.clicked.connect(self.cancelled)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.skip_button)
        header = QHBoxLayout()
        header.addWidget(self.title, 3)
        header.addWidget(self.card_line, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 4, 32, 4)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.question)
        layout.addWidget(self.error)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.clear()

    @staticmethod
    def _page(top: QWidget, pad: QWidget) -> QWidget:
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(top)
        page_layout.addWidget(pad, 1)
        return page

    def start(self, card: str, language: str, pin_enabled: bool) -> None:
        """Begin enrolling this scanned card."""
        self.clear()
        self.card = card
        self.pin_enabled = pin_enabled
        self.keyboard.set_layout(language)
        self.show_step("name")

    def _steps(self) -> list[str]:
        steps = list(STEPS)
        if not (self.pin_enabled and self._phone):
            steps.remove("pin")
        return steps

    def show_step(self, step: str, error: str = "") -> None:
        self.step = step
        self.pages.setCurrentIndex({"name": 0, "consent": 2}.get(step, 1))
        self.error.setText(error)
        if step == "name":
            self.name_edit.setFocus()
        self.retranslate()

    def next_step(self) -> None:
        if not self._valid():
            return
        steps = self._steps()
        if self.step == steps[-1]:
            self.submitted.emit(self.form())
            return
        self.show_step(steps[steps.index(self.step) + 1])

    def previous_step(self) -> None:
        steps = self._steps()
        index = steps.index(self.step) if self.step in steps else 0
        if index == 0:
            self.cancelled.emit()
        else:
            self.show_step(steps[index - 1])

    def skip(self) -> None:
        """Leave an optional step empty."""
        if self.step == "phone":
            self._phone = ""
            self._pin = ""
        elif self.step == "birthday":
            self._birthday = ""
        elif self.step == "pin":
            self._pin = ""
        else:
            return
        steps = self._steps()
        self.show_step(steps[steps.index(self.step) + 1])

    def type_digit(self, digit: str) -> None:
        limits = {"phone": 15, "birthday": 8, "pin": 6}
        if not digit.isdigit() or self.step not in limits:
            return
        value = self._value() + digit
        if len(value) <= limits[self.step]:
            self._set_value(value)
        self.error.clear()
        self._refresh()

    def _backspace(self) -> None:
        self._set_value(self._value()[:-1])
        self._refresh()

    def _clear_number(self) -> None:
        self._set_value("")
        self._refresh()

    def _value(self) -> str:
        return {"phone": self._phone, "birthday": self._birthday, "pin": self._pin}.get(
            self.step, ""
        )

    def _set_value(self, value: str) -> None:
        if self.step == "phone":
            self._phone = value
        elif self.step == "birthday":
            self._birthday = value
        elif self.step == "pin":
            self._pin = value

    def _valid(self) -> bool:
        if self.step == "name":
            return bool(self.name_edit.text().strip())
        if self.step == "phone":
            return len(self._phone) >= 7
        if self.step == "birthday":
            return parse_birthday(self._birthday) is not None
        if self.step == "pin":
            return 4 <= len(self._pin) <= 6
        return self.terms_box.isChecked()

    def form(self) -> EnrolForm:
        return EnrolForm(
            card=self.card,
            name=" ".join(self.name_edit.text().split()),
            phone=self._phone or None,
            birthday=parse_birthday(self._birthday),
            pin=self._pin or None,
            marketing_consent=self.offers_box.isChecked(),
        )

    def _refresh(self) -> None:
        if self.step == "phone":
            self.number_display.setText(masked_phone(self._phone) or " ")
            self.number_display.setAccessibleName(
                self.tr("%n digit(s) entered", "", len(self._phone))
            )
        elif self.step == "birthday":
            self.number_display.setText(shown_birthday(self._birthday))
            self.number_display.setAccessibleName(self.number_display.text())
        elif self.step == "pin":
            self.number_display.setText(MASK * len(self._pin) or " ")
            self.number_display.setAccessibleName(
                self.tr("%n PIN digit(s) entered", "", len(self._pin))
            )
        self.keypad.set_accept_enabled(self._valid())
        self.join_button.setEnabled(self.terms_box.isChecked())

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Join our loyalty programme"))
        if self.card:
            set_text(self.card_line, self.tr("Card %1").replace("%1", mask_card_number(self.card)))
        questions = {
            "name": self.tr("What is your name?"),
            "phone": self.tr("Your mobile number (optional): to find your account "
                             "without the card"),
            "birthday": self.tr("Your birthday (optional): day, month, year. "
                                "We have a treat for you!"),
            "pin": self.tr("Choose a PIN of 4 to 6 digits for looking up your account by phone"),
            "consent": self.tr("Almost done"),
        }
        set_text(self.question, questions[self.step])
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.keyboard.set_accept_text(self.tr("Next"))
        self.keypad.set_accept_text(self.tr("Next"))
        set_text(
            self.terms,
            self.tr("We keep your name, card and the details you gave us to run the programme. "
                    "You can ask staff to see or erase them at any time."),
        )
        set_text(self.terms_box, self.tr("I agree to the programme terms"))
        set_text(self.offers_box, self.tr("Send me offers by text message (optional)"))
        set_text(self.join_button, self.tr("Join and see my card"))
        set_text(self.back_button, self.tr("Back"))
        set_text(self.skip_button, self.tr("Skip"))
        set_text(self.cancel_button, self.tr("Cancel"))
        self.skip_button.setVisible(self.step in ("phone", "birthday", "pin"))
        self._refresh()

    def clear(self) -> None:
        self.card = ""
        self._phone = self._birthday = self._pin = ""
        self.name_edit.clear()
        self.terms_box.setChecked(False)
        self.offers_box.setChecked(False)
        self.error.clear()
        self.step = "name"
        self.pages.setCurrentIndex(0)
        self.retranslate()
