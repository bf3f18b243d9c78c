"""Self-enrolment for an unknown card: name, phone, birthday, PIN and consent, step by step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.cards import mask_card_number
from kiosk.views import MemberView
from ui.screens.base import Screen, button, label, set_text
from ui.screens.phone import MASK, grouped_phone
from ui.screens.terms import terms_text
from ui.texts import language, points
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.keypad import NumericKeypad

STEPS = ("name", "phone", "birthday", "pin", "consent")
NUMBER_STEPS = ("phone", "birthday", "pin")
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PAGES = {"name": 0, "phone": 1, "birthday": 1, "pin": 1, "consent": 2, "terms": 3, "welcome": 4}
OLDEST_YEAR = 1900


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


def birthday_problem(digits: str, today: date | None = None) -> str:
    """Why typed birthday digits are not one: "", incomplete, no_such_date or implausible."""
    if len(digits) < 8:
        return "incomplete"
    born = parse_birthday(digits)
    if born is None:
        return "no_such_date"
    if born.year < OLDEST_YEAR or born > (today or date.today()):
        return "implausible"
    return ""


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
        self._phone_skipped = False
        self._birthday = ""
        self._pin = ""
        self._welcome_view: MemberView | None = None
        self._after_welcome: Callable[[], None] | None = None
        self.title = label("title")
        self.step_line = label("")
        self.step_line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.card_line = label("muted")
        self.question = label("subtitle")
        self.error = label("warning")
        self.pages = QStackedWidget()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a USB keyboard's keys on the keypad steps

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.set_languages(languages)
        self.keyboard.set_mode("name")
        self.keyboard.set_target(self.name_edit)
        self.keyboard.accepted.connect(self.next_step)
        self.pages.addWidget(self._page(self.name_edit, self.keyboard))

        self.number_display = label("display")
        self.number_display.setMinimumHeight(72)
        self.field_error = label("warning", center=True)
        self.field_error.hide()
        self.keypad = NumericKeypad()
        self.keypad.set_accept_visible(True)
        self.keypad.digit.connect(self.type_digit)
        self.keypad.backspaced.connect(self._backspace)
        self.keypad.cleared.connect(self._clear_number)
        self.keypad.accepted.connect(self.next_step)
        number_top = QWidget()
        number_top_layout = QVBoxLayout(number_top)
        number_top_layout.setContentsMargins(0, 0, 0, 0)
        number_top_layout.setSpacing(2)
        number_top_layout.addWidget(self.number_display)
        number_top_layout.addWidget(self.field_error)
        self.pages.addWidget(self._page(number_top, self.keypad))

        self.terms = label("")
        self.read_terms_button = button("")
        self.read_terms_button.clicked.connect(self.show_terms)
        self.terms_box = QCheckBox()
        self.terms_box.toggled.connect(self._refresh)
        self.offers_box = QCheckBox()
        self.join_button = button("primary")
        self.join_button.clicked.connect(self.next_step)
        consent = QWidget()
        consent_layout = QVBoxLayout(consent)
        consent_layout.addWidget(self.terms)
        consent_layout.addWidget(self.read_terms_button)
        consent_layout.addWidget(self.terms_box)
        consent_layout.addWidget(self.offers_box)
        consent_layout.addStretch(1)
        consent_layout.addWidget(self.join_button)
        self.pages.addWidget(consent)

        self.terms_text = label("")
        self.terms_text.setTextFormat(Qt.TextFormat.PlainText)
        self.terms_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.terms_scroll = QScrollArea()
        self.terms_scroll.setWidgetResizable(True)
        self.terms_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.terms_scroll.setWidget(self.terms_text)
        QScroller.grabGesture(
            self.terms_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self.terms_done = button("primary")
        self.terms_done.clicked.connect(self.close_terms)
        terms_page = QWidget()
        terms_layout = QVBoxLayout(terms_page)
        terms_layout.setContentsMargins(0, 0, 0, 0)
        terms_layout.addWidget(self.terms_scroll, 1)
        terms_layout.addWidget(self.terms_done)
        self.pages.addWidget(terms_page)

        self.welcome_title = label("huge", center=True)
        self.welcome_text = label("subtitle", center=True)
        self.welcome_button = button("primary")
        self.welcome_button.clicked.connect(self._welcome_done)
        welcome = QWidget()
        welcome_layout = QVBoxLayout(welcome)
        welcome_layout.addStretch(1)
        welcome_layout.addWidget(self.welcome_title)
        welcome_layout.addWidget(self.welcome_text)
        welcome_layout.addStretch(1)
        welcome_layout.addWidget(self.welcome_button)
        self.pages.addWidget(welcome)

        self.back_button = button("")
        self.back_button.clicked.connect(self.previous_step)
        self.skip_button = button("")
        self.skip_button.clicked.connect(self.skip)
        self.cancel_button = button("danger")
        self.cancel_button.clicked.connect(self.cancelled)
        self.bottom = QWidget()
        bottom = QHBoxLayout(self.bottom)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.skip_button)
        self.card_line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        where = QVBoxLayout()
        where.setSpacing(0)
        where.addWidget(self.step_line)
        where.addWidget(self.card_line)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)  # the title takes what the step and card lines leave
        header.addLayout(where)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 4, 32, 4)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.question)
        layout.addWidget(self.error)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.bottom)
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
        if not self.pin_enabled or (self._phone_skipped and not self._phone):
            steps.remove("pin")  # a PIN is for phone look-up: no phone, no PIN
        return steps

    def show_step(self, step: str, error: str = "") -> None:
        self.step = step
        self.pages.setCurrentIndex(PAGES[step])
        self.error.setText(error)
        self._say("")
        self._focus_step()
        self.retranslate()

    def _focus_step(self) -> None:
        """Keys go to the name field on the name step and to the keypad on the number steps."""
        if self.step == "name":
            self.name_edit.setFocus()
        elif self.step in NUMBER_STEPS:
            self.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_step()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A physical keyboard: Enter is Next (also from the name field), Backspace, digits."""
        on_form = self.pages.currentIndex() in (PAGES["name"], PAGES["phone"])
        if on_form and event.key() in ENTER_KEYS:
            self.next_step()
        elif self.step in NUMBER_STEPS and on_form and event.key() == Qt.Key.Key_Backspace:
            self._backspace()
        elif self.step in NUMBER_STEPS and on_form and event.text().isdigit():
            self.type_digit(event.text())
        else:
            super().keyPressEvent(event)

    def step_number(self) -> tuple[int, int]:
        """Which step of how many the customer is on (1-based), e.g. (2, 5)."""
        steps = self._steps()
        return (steps.index(self.step) + 1 if self.step in steps else len(steps)), len(steps)

    def show_terms(self) -> None:
        """The programme terms, to scroll through; Back returns to the consent step."""
        self.terms_text.setText(terms_text(language()))
        self.terms_scroll.verticalScrollBar().setValue(0)
        self.pages.setCurrentIndex(PAGES["terms"])
        self.retranslate()

    def close_terms(self) -> None:
        self.pages.setCurrentIndex(PAGES["consent"])
        self.retranslate()

    def reading_terms(self) -> bool:
        return self.pages.currentIndex() == PAGES["terms"]

    def show_welcome(self, view: MemberView, then: Callable[[], None]) -> None:
        """The last page: "Welcome, Alex! Your card is ready." and the points.

        The flow calls this when the new account is saved, instead of going straight to the member
        screen; "See my card" calls `then` (which should show the member screen with `view`).
        """
        self._welcome_view = view
        self._after_welcome = then
        self.step = "welcome"
        self.error.clear()
        self.pages.setCurrentIndex(PAGES["welcome"])
        self.retranslate()

    def _welcome_done(self) -> None:
        then, self._after_welcome = self._after_welcome, None
        if then is not None:
            then()

    def next_step(self) -> None:
        if not self._valid():
            self._explain_invalid()
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
            self._phone_skipped = True
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
        self._say("")
        if self.step == "birthday" and len(self._birthday) == 8:
            self._explain_invalid()
        self._refresh()

    def _backspace(self) -> None:
        self._set_value(self._value()[:-1])
        self._say("")
        self._refresh()

    def _clear_number(self) -> None:
        self._set_value("")
        self._say("")
        self._refresh()

    def _say(self, text: str) -> None:
        """The message under the number field; it takes no room when there is nothing to say."""
        self.field_error.setText(text)
        self.field_error.setVisible(bool(text))

    def _explain_invalid(self) -> None:
        """Say under the field why Next cannot go on yet (nothing when it can)."""
        text = ""
        if self.step == "birthday":
            problem = birthday_problem(self._birthday)
            if problem == "incomplete":
                text = self.tr("Please type the whole date: 2 digits for the day, 2 for the "
                               "month, 4 for the year.")
            elif problem == "no_such_date":
                text = self.tr("There is no date %1. Please check the day and month.").replace(
                    "%1", shown_birthday(self._birthday))
            elif problem == "implausible":
                text = self.tr("That birthday does not look right. Please check the year.")
        elif self.step == "phone":
            text = self.tr("A phone number has at least 7 digits.")
        elif self.step == "pin":
            text = self.tr("A PIN is 4 to 6 digits.")
        self._say(text)

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
            return not birthday_problem(self._birthday)
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
            self.number_display.setText(grouped_phone(self._phone) or " ")
            self.number_display.setAccessibleName(
                " ".join(self._phone) or self.tr("%n digit(s) entered", "", 0)
            )
        elif self.step == "birthday":
            self.number_display.setText(shown_birthday(self._birthday))
            self.number_display.setAccessibleName(self.number_display.text())
        elif self.step == "pin":
            self.number_display.setText(MASK * len(self._pin) or " ")
            self.number_display.setAccessibleName(
                self.tr("%n PIN digit(s) entered", "", len(self._pin))
            )
        # Next stays touchable once something is typed, so a wrong entry gets a reason, not silence
        self.keypad.set_accept_enabled(self._valid() or (
            self.step in ("birthday", "phone", "pin") and bool(self._value())))
        self.join_button.setEnabled(self.terms_box.isChecked())

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Join our loyalty programme"))
        if self.card:
            set_text(self.card_line, self.tr("Card %1").replace("%1", mask_card_number(self.card)))
        number, count = self.step_number()
        set_text(self.step_line, self.tr("Step %1 of %2").replace("%1", str(number))
                 .replace("%2", str(count)))
        page = self.pages.currentIndex()
        in_form = page not in (PAGES["terms"], PAGES["welcome"])
        self.step_line.setVisible(in_form)
        self.title.setVisible(page != PAGES["welcome"])
        self.card_line.setVisible(in_form and bool(self.card))
        self.bottom.setVisible(in_form)
        self.error.setVisible(in_form)
        questions = {
            "name": self.tr("What is your name?"),
            "phone": self.tr("Your mobile number (optional): to find your account "
                             "without the card"),
            "birthday": self.tr("Your birthday (optional): day, month, year. "
                                "We have a treat for you!"),
            "pin": self.tr("Choose a PIN of 4 to 6 digits for looking up your account by phone"),
            "consent": self.tr("Almost done"),
            "welcome": "",
        }
        question = questions.get(self.step, "")
        if page == PAGES["terms"]:
            question = self.tr("Programme terms")
        set_text(self.question, question)
        self.question.setVisible(bool(question))
        set_text(self.read_terms_button, self.tr("Read the terms"))
        set_text(self.terms_done, self.tr("Back to joining"))
        set_text(self.welcome_button, self.tr("See my card"))
        view = self._welcome_view
        if view is not None:
            set_text(self.welcome_title, self.tr("Welcome, %1!").replace("%1", view.first_name))
            set_text(self.welcome_text, self.tr("Your card is ready. You have %1.").replace(
                "%1", points(view.balance)))
        if page == PAGES["terms"]:
            self.terms_text.setText(terms_text(language()))
        if self.field_error.text():
            self._explain_invalid()
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
        self._welcome_view = None
        self._after_welcome = None
        self.welcome_title.clear()
        self.welcome_text.clear()
        self.terms_text.clear()
        self._say("")
        self.card = ""
        self._phone_skipped = False
        self._phone = self._birthday = self._pin = ""
        self.name_edit.clear()
        self.terms_box.setChecked(False)
        self.offers_box.setChecked(False)
        self.error.clear()
        self.step = "name"
        self.pages.setCurrentIndex(0)
        self.retranslate()
