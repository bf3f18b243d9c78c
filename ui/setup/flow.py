"""The set-up screen: language, shop, country, its details, printer, scanner, first manager and
PIN, demo or empty, then the file is written. Device searches, the test page, the test scan and
the writing run off the GUI thread."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.setup import countries
from kiosk.setup.answers import (
    KEYBOARD_SCANNER,
    SetupAnswers,
    answers_config,
    check_new_pin,
    check_shop_name,
)
from kiosk.setup.config_file import WrittenConfig, render_config
from kiosk.setup.devices import (
    SCAN_TIMEOUT_S,
    likely_printer,
    print_test_page,
    printer_from_url,
    wait_for_scan,
)
from ui.i18n import NATIVE_NAMES, LanguageSwitcher
from ui.screens.base import Screen, button, label
from ui.setup.choices import ChoiceList
from ui.shell.worker import Owner, Worker
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.keypad import NumericKeypad

TYPING_STEPS = ("country", "details", "printer")  # the keyboard shows once a field is touched
STEPS = ("language", "shop", "country", "details", "printer", "scanner", "manager", "pin",
         "kind", "finish")
SIMULATED, NO_PRINTER = "simulated", "none"


class ScanBridge(QObject):
    """Carries a test scan's result from its listening thread to the screen."""

    seen = Signal(object)


def _field(echo_password: bool = False) -> QLineEdit:
    field = QLineEdit()
    field.setProperty("kind", "display")
    field.setMinimumHeight(56)
    if echo_password:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SetupScreen(Screen):
    """Walks the set-up steps; `saved` carries the configuration file written."""

    saved = Signal(object)

    def __init__(self, args: argparse.Namespace, devices: Any, target: Path, worker: Worker,
                 switcher: LanguageSwitcher) -> None:
        super().__init__()
        self.setObjectName("setup")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.args, self.devices, self.target = args, devices, target
        self.worker, self.switcher = worker, switcher
        self.owner = Owner("setup")
        self.step = 0
        self.defaults: countries.ShopDefaults | None = None
        self.printer_url = ""
        self.printed: bool | None = None
        self.scanner_url = KEYBOARD_SCANNER
        self.scanned = ""
        self.pin_first = ""
        self.pin = ""
        self.demo: bool | None = None
        self.problem_text = ""
        self._scan_cancel: threading.Event | None = None
        self.bridge = ScanBridge()
        self.bridge.seen.connect(self._scan_seen)
        self.title = label("title")
        self.counter = label("muted", wrap=False)
        self.explain = label("subtitle")
        self.status = label("muted")
        self.pages = QStackedWidget()
        self.keyboard = OnScreenKeyboard()
        self.keyboard.set_languages(["en", "tr", "ru"])
        self.keyboard.accepted.connect(self.keyboard_done)
        self.typing = False
        self.keypad = NumericKeypad()
        self.keypad.accepted.connect(self.next_step)
        self.back_button = button("", "")
        self.back_button.clicked.connect(self.back_step)
        self.next_button = button("primary", "")
        self.next_button.clicked.connect(self.next_step)
        self._build_pages()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.counter)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button, 1)
        nav.addWidget(self.status, 3)
        nav.addWidget(self.next_button, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 8, 32, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.explain)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.keyboard, 3)
        layout.addWidget(self.keypad, 3)
        layout.addLayout(nav)
        self.show_step(0)

    # -- pages

    def _page(self, *widgets: QWidget, stretch: bool = True) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        for widget in widgets:
            column.addWidget(widget)
        if stretch:
            column.addStretch(1)
        self.pages.addWidget(page)
        return page

    def _row(self, *widgets: QWidget) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for widget in widgets:
            row.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
        return holder

    def _build_pages(self) -> None:
        self.language_choices = ChoiceList(columns=3, kind="lang")
        self.language_choices.set_choices([(code, NATIVE_NAMES[code]) for code in ("en", "tr",
                                                                                    "ru")])
        for choice in self.language_choices.buttons.values():
            choice.setStyleSheet("min-height: 140px; font-size: 30px;")
        self.language_choices.chosen.connect(self.choose_language)
        self._page(self.language_choices)
        self.shop_field = _field()
        self.shop_field.setMaxLength(60)
        self._page(self.shop_field)
        self.country_choices = ChoiceList(columns=4)
        self.other_label = label("muted")
        self.other_country = _field()
        self.country_choices.chosen.connect(lambda _: self.other_country.clear())
        self.other_country.textEdited.connect(self._typed_country)
        self.other_country.installEventFilter(self)
        self._page(self.country_choices, self.other_label, self.other_country)
        self.currency_label, self.zone_label = label("muted"), label("muted")
        self.currency_field, self.zone_field = _field(), _field()
        self.currency_field.setMaxLength(3)
        self.zone_choices = ChoiceList(columns=3, kind="chip")
        self.zone_choices.chosen.connect(self.zone_field.setText)
        self.slash_key = button("chip", "/")
        self.slash_key.clicked.connect(lambda: self.zone_field.insert("/"))
        self.currency_field.installEventFilter(self)
        self.zone_field.installEventFilter(self)
        self._page(self.currency_label, self.currency_field, self.zone_label,
                   self._row(self.zone_field, self.slash_key), self.zone_choices)
        self.printer_choices = ChoiceList(columns=2)
        self.printer_choices.chosen.connect(self.choose_printer)
        self.address_label = label("muted")
        self.address_field = _field()
        self.colon_key = button("chip", ":")
        self.colon_key.clicked.connect(lambda: self.address_field.insert(":"))
        self.search_button = button("chip", "")
        self.search_button.clicked.connect(self.find_printers)
        self.test_page_button = button("", "")
        self.test_page_button.clicked.connect(self.print_test)
        self.came_out = button("ok", "")
        self.came_out.clicked.connect(lambda: self._test_page_answer(True))
        self.not_out = button("danger", "")
        self.not_out.clicked.connect(lambda: self._test_page_answer(False))
        self.address_field.installEventFilter(self)
        self.test_row = self._row(self.test_page_button, self.came_out, self.not_out)
        self._page(self.printer_choices, self.address_label,
                   self._row(self.address_field, self.colon_key, self.search_button),
                   self.test_row)
        self.scanner_choices = ChoiceList(columns=2)
        self.scanner_choices.chosen.connect(self.choose_scanner)
        self.scan_button = button("", "")
        self.scan_button.clicked.connect(self.start_test_scan)
        self.scan_field = _field()  # a wedge scanner types its code here
        self.scan_field.returnPressed.connect(self._wedge_scanned)
        self.scan_field.hide()
        self.scan_seen = label("title", center=True)
        self._page(self.scanner_choices, self.scan_button, self.scan_field, self.scan_seen)
        self.manager_field = _field()
        self.manager_field.setMaxLength(40)
        self._page(self.manager_field)
        self.pin_field = _field(echo_password=True)
        self.pin_field.setMaxLength(6)
        self.pin_field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._page(self.pin_field)
        self.kind_choices = ChoiceList(columns=2, kind="tile")
        self.kind_choices.set_choices([("demo", ""), ("empty", "")])
        self.kind_choices.chosen.connect(self.choose_kind)
        self._page(self.kind_choices)
        for field in (self.shop_field, self.manager_field, self.pin_field):
            field.returnPressed.connect(self.next_step)  # Enter on a USB keyboard
        self.summary = label("")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._page(self.summary)

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        """The on-screen keyboard types into whichever field was touched last."""
        if event.type() in (event.Type.FocusIn, event.Type.MouseButtonPress) and isinstance(
            watched, QLineEdit
        ):
            self.keyboard.set_target(watched)
            if event.type() == event.Type.MouseButtonPress and self.step_name in TYPING_STEPS:
                self.set_typing(True)  # a touch on the field, not focus moving by itself
        return super().eventFilter(watched, event)

    def set_typing(self, typing: bool) -> None:
        """On a step with choices, the keyboard takes the choices' place while typing."""
        self.typing = typing
        name = self.step_name
        hidden_while_typing: dict[str, list[QWidget]] = {
            "country": [self.country_choices], "details": [self.zone_choices],
            "printer": [self.printer_choices, self.test_row],
        }
        choices = hidden_while_typing.get(name, [])
        for widget in choices:
            widget.setVisible(not typing)
        self.explain.setVisible(not typing and bool(self.explain.text()))
        page = self.pages.currentWidget()
        page_layout = page.layout() if page is not None else None
        if page_layout is not None:
            page_layout.activate()  # the room given back counts before the keys ask for it
        self.keyboard.setVisible(typing or name in ("shop", "manager"))
        self.keyboard.accept_key.setVisible(typing)

    def keyboard_done(self) -> None:
        """The keyboard's Done: back to the choices (a typed printer address is looked for)."""
        if self.step_name not in TYPING_STEPS:
            self.next_step()
            return
        self.set_typing(False)
        self.setFocus()
        if self.step_name == "printer" and self.address_field.text().strip():
            self.find_printers()

    # -- moving between steps

    @property
    def step_name(self) -> str:
        return STEPS[self.step]

    def show_step(self, index: int) -> None:
        self.keyboard.hide()  # first: the old step's keys and the new step's page never
        self.keypad.hide()  # ask for room at once (the window would grow past the screen)
        self.step = index
        for number in range(self.pages.count()):  # only the page shown asks for room
            ignored = QSizePolicy.Policy.Ignored if number != index else (
                QSizePolicy.Policy.Preferred)
            page = self.pages.widget(number)
            if page is not None:
                page.setSizePolicy(ignored, ignored)
        self.pages.setCurrentIndex(index)
        self.problem("")
        name = self.step_name
        targets = {"shop": self.shop_field, "country": self.other_country,
                   "details": self.currency_field, "printer": self.address_field,
                   "manager": self.manager_field, "pin": self.pin_field}
        target = targets.get(name)
        if name == "pin":
            self.pin_first = ""
            self.pin_field.clear()
            self.keypad.set_target(self.pin_field)
        if target is not None and name in ("shop", "manager", "pin"):
            target.setFocus()  # a USB keyboard types there too
        else:
            self.setFocus()
        if target is not None and name != "pin":
            self.keyboard.set_mode({"shop": "name", "manager": "name", "country": "name",
                                    "printer": "code"}.get(name, "text"))
            if name != "printer" and self.keyboard.language != self.language:
                self.keyboard.set_layout(self.language)  # back from the printer's code keys
            self.keyboard.set_target(target)
        self.set_typing(False)  # keys made for the layout first, then shown
        self.keypad.setVisible(name == "pin")
        if name == "country":
            self._fill_countries()
        if name == "printer" and not self.printer_choices.buttons:
            self.find_printers()
        if name == "scanner" and not self.scanner_choices.buttons:
            self.find_scanners()
        if name == "finish":
            self._fill_summary()
        self.back_button.setVisible(index > 0)
        self.next_button.setVisible(name not in ("language", "kind"))
        self.retranslate()

    def back_step(self) -> None:
        self._stop_scan()
        if self.step > 0:
            self.show_step(self.step - 1)

    def next_step(self) -> None:
        """Check the step's answer; go on when it is right, else say what is wrong."""
        if self.worker.pending_for(self.owner):
            return
        try:
            done = getattr(self, f"_leave_{self.step_name}")()
        except KioskError as exc:
            self.problem(self.refusal(exc))
            return
        if done and self.step + 1 < len(STEPS):
            self._stop_scan()
            self.show_step(self.step + 1)

    def problem(self, text: str, warn: bool = True) -> None:
        """A line under the step: what is wrong (the checks' own words), or with warn=False
        what is happening."""
        self.problem_text = text
        self.status.setProperty("kind", "warning" if text and warn else "subtitle")
        self.status.style().polish(self.status)
        self.status.setText(text)

    def refusal(self, exc: KioskError) -> str:
        """A check's refusal in the screen's language (the core's English words otherwise)."""
        words = {
            "bad_shop_name": self.tr("The shop name must be 1 to 60 letters or digits."),
            "bad_country": self.tr("This is not a country. Type its name or its two-letter "
                                   "code, such as GB, TR or RU."),
            "bad_currency": self.tr("This is not a currency. Type its three-letter code, such "
                                    "as GBP, TRY, RUB or EUR."),
            "bad_time_zone": self.tr("This is not a time zone. Choose one, or type a name "
                                     "such as Europe/London."),
            "pin_invalid": self.tr("A PIN is 4 to 6 digits."),
        }
        return words.get(exc.reason, exc.message)

    # -- language, shop, country, details

    def choose_language(self, language: str) -> None:
        self.switcher.switch(language)
        self.keyboard.set_layout(language)
        self.language = language
        self.show_step(self.step + 1)

    language = "en"

    def _leave_language(self) -> bool:
        return True

    def _leave_shop(self) -> bool:
        self.shop_field.setText(check_shop_name(self.shop_field.text()))
        return True

    def _fill_countries(self) -> None:
        names = countries.country_names(self.switcher.language)
        selected = self.country_choices.value() or (
            "" if self.other_country.text() else "GB")
        self.country_choices.set_choices(
            [(code, names.get(code, code)) for code in countries.COMMON_COUNTRIES], selected)

    def _typed_country(self, text: str) -> None:
        """A typed country replaces the one touched."""
        if text:
            self.country_choices.clear_selection()

    def _leave_country(self) -> bool:
        chosen = self.other_country.text().strip() or self.country_choices.value()
        if not chosen:
            self.problem(self.tr("Choose a country or type its name."))
            return False
        defaults = countries.defaults_for(chosen)
        if self.defaults is None or defaults.country != self.defaults.country:
            self.currency_field.setText(defaults.currency)
            self.zone_field.setText(defaults.time_zone)
            self.zone_choices.set_choices([(zone, zone.rsplit("/", 1)[-1].replace("_", " "))
                                           for zone in defaults.time_zones[:9]],
                                          defaults.time_zone)
        self.defaults = defaults
        return True

    def _leave_details(self) -> bool:
        self.currency_field.setText(countries.check_currency(self.currency_field.text()))
        self.zone_field.setText(countries.check_time_zone(self.zone_field.text()))
        return True

    # -- printer

    def find_printers(self) -> None:
        address = self.address_field.text().strip()
        self.printer_choices.set_choices([])
        self.problem(self.tr("Looking for printers…"), warn=False)
        self.worker.submit(self.owner, self.devices.find_printers, [address] if address else [],
                           on_done=self._printers_found, on_error=self._failed)

    def _printers_found(self, found: list[dict[str, Any]]) -> None:
        choices = [(str(entry["url"]), str(entry["label"])) for entry in found]
        choices += [(SIMULATED, self.tr("Simulated printer (for trying the kiosk)")),
                    (NO_PRINTER, self.tr("No printer"))]
        selected = (self.printer_url if self.printer_url in dict(choices)
                    else likely_printer(found))
        self.printer_choices.set_choices(choices, selected)
        self.choose_printer(selected)
        self.problem(self.tr("%n printer(s) found.", "", len(found)), warn=False)

    def choose_printer(self, url: str) -> None:
        if url != self.printer_url:
            self.printed = None
        self.printer_url = url
        self._show_test_page_buttons(asking=False)

    def _show_test_page_buttons(self, asking: bool) -> None:
        self.test_page_button.setEnabled(self.printer_url not in ("", NO_PRINTER))
        self.came_out.setVisible(asking)
        self.not_out.setVisible(asking)

    def _answers(self) -> SetupAnswers:
        defaults = self.defaults or countries.defaults_for("GB")
        currency = self.currency_field.text() or defaults.currency
        symbol, digits = countries.currency_details(currency, defaults.country)
        printer = printer_from_url(self.devices, self.printer_url or NO_PRINTER)
        return SetupAnswers(
            shop_name=self.shop_field.text() or "Corner Market", country=defaults.country,
            country_code=defaults.country_code, currency=currency, currency_symbol=symbol,
            minor_digits=min(digits, 3), time_zone=self.zone_field.text() or defaults.time_zone,
            language=self.language, printer=printer, scanner=self.scanner_url,
            manager=" ".join(self.manager_field.text().split()), demo=bool(self.demo),
            database_url=getattr(self.args, "db", None) or "",
        )

    def print_test(self) -> None:
        try:
            config = answers_config(self._answers())
        except KioskError as exc:
            self.problem(exc.message)
            return
        self.problem(self.tr("Printing a test page…"), warn=False)
        self.worker.submit(self.owner, print_test_page, self.devices, config,
                           on_done=lambda _: self._test_page_printed(), on_error=self._failed)

    def _test_page_printed(self) -> None:
        self.problem(self.tr("Did the test page come out?"), warn=False)
        self._show_test_page_buttons(asking=True)

    def _test_page_answer(self, came_out: bool) -> None:
        self.printed = came_out
        self._show_test_page_buttons(asking=False)
        if came_out:
            self.problem(self.tr("The printer works."), warn=False)
        else:
            self.problem(self.tr("Check the paper and the cable, or choose another printer."))

    def _leave_printer(self) -> bool:
        if not self.printer_url:
            self.problem(self.tr("Choose a printer, or No printer."))
            return False
        printer_from_url(self.devices, self.printer_url)
        return True

    # -- scanner

    def find_scanners(self) -> None:
        self.problem(self.tr("Looking for scanners…"), warn=False)
        self.worker.submit(self.owner, self.devices.find_scanners,
                           on_done=self._scanners_found, on_error=self._failed)

    def _scanners_found(self, found: list[dict[str, Any]]) -> None:
        choices = [(str(entry["url"]), str(entry["label"])) for entry in found]
        choices.append((KEYBOARD_SCANNER, self.tr("Keyboard (USB wedge) scanner")))
        self.scanner_choices.set_choices(choices, self.scanner_url)
        self.problem("")

    def choose_scanner(self, url: str) -> None:
        self._stop_scan()
        self.scanner_url = url
        self.scanned = ""
        self.scan_seen.clear()

    def start_test_scan(self) -> None:
        self._stop_scan()
        self.scanned = ""
        self.scan_seen.setText(self.tr("Scan any barcode now."))
        if self.scanner_url == KEYBOARD_SCANNER:
            self.scan_field.clear()
            self.scan_field.show()
            self.scan_field.setFocus()
            QTimer.singleShot(int(SCAN_TIMEOUT_S * 1000), self._wedge_timeout)
            return
        cancel = threading.Event()
        self._scan_cancel = cancel
        url = self.scanner_url

        def listen() -> None:
            code: str | Exception | None
            try:
                code = wait_for_scan(self.devices, url, SCAN_TIMEOUT_S, cancel)
            except Exception as exc:  # a port that cannot be opened: said on screen
                code = exc
            if not cancel.is_set() or code is not None:
                self.bridge.seen.emit(code)

        threading.Thread(target=listen, name="setup-test-scan", daemon=True).start()

    def _wedge_scanned(self) -> None:
        code = self.scan_field.text().strip()
        self.scan_field.hide()
        self._scan_seen(code or None)

    def _wedge_timeout(self) -> None:
        if self.scan_field.isVisible():
            self.scan_field.hide()
            self._scan_seen(None)

    def _scan_seen(self, code: object) -> None:
        self._scan_cancel = None
        if isinstance(code, Exception):
            self.scan_seen.setText(self.tr("The scanner could not be opened."))
            return
        self.scanned = str(code) if code else ""
        self.scan_seen.setText(self.tr("Seen: %1").replace("%1", self.scanned) if code else
                               self.tr("No scan seen. Check the cable, or skip this test."))

    def _stop_scan(self) -> None:
        if self._scan_cancel is not None:
            self._scan_cancel.set()
            self._scan_cancel = None
        self.scan_field.hide()

    def _leave_scanner(self) -> bool:
        return True

    # -- manager and PIN

    def _leave_manager(self) -> bool:
        name = " ".join(self.manager_field.text().split())
        if not name:
            self.problem(self.tr("Type the first manager's name."))
            return False
        self.manager_field.setText(name)
        return True

    def _leave_pin(self) -> bool:
        typed = self.pin_field.text()
        self.pin_field.clear()
        if not self.pin_first:
            self.pin = ""
            self.pin_first = check_new_pin(typed)
            self.retranslate()
            return False
        first, self.pin_first = self.pin_first, ""
        try:
            self.pin = check_new_pin(first, typed)
        except KioskError:
            self.retranslate()
            self.problem(self.tr("The two PINs differ. Type a new PIN."))
            return False
        return True

    # -- demo or empty, and the end

    def choose_kind(self, kind: str) -> None:
        self.demo = kind == "demo"
        self.show_step(self.step + 1)

    def _leave_kind(self) -> bool:
        return self.demo is not None

    def _fill_summary(self) -> None:
        answers = self._answers()
        printer = {None: "", True: self.tr(" (test page printed)"),
                   False: self.tr(" (the test page did not come out)")}[self.printed]
        lines = [
            f"{answers.shop_name} — {answers.country} ({answers.country_code}), "
            f"{answers.currency} {answers.currency_symbol}, {answers.time_zone}",
            self.tr("Printer: %1").replace("%1", self.printer_url) + printer,
            self.tr("Scanner: %1").replace("%1", self.tr("keyboard (USB wedge)")
                                           if self.scanner_url == KEYBOARD_SCANNER
                                           else self.scanner_url),
            self.tr("First manager: %1").replace("%1", answers.manager),
            self.tr("Demo data") if answers.demo else self.tr("An empty shop"),
            "",
            self.tr("The settings are written to %1. To change them later, edit that file "
                    "(docs/config.example.toml explains every key) or run "
                    "`python main.py setup --force`.").replace("%1", str(self.target)),
        ]
        self.summary.setText("\n".join(lines))

    def _leave_finish(self) -> bool:
        from kiosk.setup.finish import save_setup

        answers = self._answers()
        text = render_config(answers)
        self.problem(self.tr("Saving…"), warn=False)
        self.worker.submit(self.owner, _save, save_setup, self.args, self.devices, text,
                           self.target, answers.manager, self.pin,
                           on_done=self._saved, on_error=self._failed)
        return False

    def _saved(self, written: WrittenConfig) -> None:
        self.problem(self.tr("Saved. Starting the kiosk…"), warn=False)
        self.saved.emit(written.path)

    def _failed(self, problem: KioskError) -> None:
        self.problem(problem.message)

    def leave(self) -> None:
        """The screen goes away: no result of its jobs is wanted any more."""
        self._stop_scan()
        self.owner.end()

    # -- words

    def retranslate(self) -> None:
        name = self.step_name
        titles = {
            "language": self.tr("Welcome! Choose the kiosk's language"),
            "shop": self.tr("The shop's name"),
            "country": self.tr("The shop's country"),
            "details": self.tr("Currency and time zone"),
            "printer": self.tr("The receipt printer"),
            "scanner": self.tr("The barcode scanner"),
            "manager": self.tr("The first manager"),
            "pin": (self.tr("Type the same PIN again") if self.pin_first else
                    self.tr("The manager's PIN")),
            "kind": self.tr("Demo data or an empty shop?"),
            "finish": self.tr("Ready to save"),
        }
        explains = {
            "language": self.tr("The set-up speaks this language; customers can still "
                                "choose theirs."),
            "shop": self.tr("Shown on the screen and printed on every voucher."),
            "country": self.tr("It decides the phone numbers, the currency and the time "
                               "zone; each can be changed next."),
            "details": self.tr("Suggested for the country; change them if they are wrong."),
            "printer": self.tr("Choose the printer, print a test page and say whether it "
                               "came out. A network printer: type its address as "
                               "host:port and search."),
            "scanner": self.tr("Choose the scanner, then scan any barcode to test it."),
            "manager": self.tr("Managers open the staff screen and add the other staff."),
            "pin": self.tr("4 to 6 digits, typed twice."),
            "kind": self.tr("Demo data fills the kiosk with pretend members to try it; an "
                            "empty shop starts with no members and no rewards."),
            "finish": "",
        }
        self.title.setText(titles[name])
        self.explain.setText(explains[name])
        self.explain.setVisible(bool(explains[name]) and not self.typing)
        self.counter.setText(self.tr("Step %1 of %2").replace("%1", str(self.step + 1))
                             .replace("%2", str(len(STEPS))))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Save and start") if name == "finish" else
                                 self.tr("Next"))
        for nav_button in (self.back_button, self.next_button):  # never narrower than its words
            nav_button.setMinimumWidth(nav_button.sizeHint().width())
        self.other_label.setText(self.tr("Another country: type its name or code"))
        self.currency_label.setText(self.tr("Currency (ISO code, e.g. GBP, TRY, RUB, EUR)"))
        self.zone_label.setText(self.tr("Time zone"))
        self.address_label.setText(self.tr("Network printer address (host:port)"))
        self.search_button.setText(self.tr("Search again"))
        self.test_page_button.setText(self.tr("Print a test page"))
        self.came_out.setText(self.tr("Yes, it came out"))
        self.not_out.setText(self.tr("No"))
        self.scan_button.setText(self.tr("Test scan"))
        self.kind_choices.caption("demo", self.tr("Demo data\npretend members, rewards and "
                                                  "history"))
        self.kind_choices.caption("empty", self.tr("An empty shop\nno members, no rewards "
                                                   "yet"))
        self.keyboard.set_accept_text(self.tr("Done"))
        self.keypad.set_accept_visible(True)
        self.keypad.set_accept_text(self.tr("OK"))
        if name == "printer" and self.printer_choices.buttons:
            self.printer_choices.caption(SIMULATED, self.tr(
                "Simulated printer (for trying the kiosk)"))
            self.printer_choices.caption(NO_PRINTER, self.tr("No printer"))
        if name == "scanner":
            self.scanner_choices.caption(KEYBOARD_SCANNER,
                                         self.tr("Keyboard (USB wedge) scanner"))
        if name == "finish":
            self._fill_summary()
        if self.problem_text:
            self.status.setText(self.problem_text)


def _save(save: Any, args: argparse.Namespace, devices: Any, text: str, target: Path,
          manager: str, pin: str) -> WrittenConfig:
    """On the worker: write the file and create the first manager (force: the screen only runs
    when the file did not exist, and a file that appeared meanwhile is kept as .bak)."""
    return save(args, devices, text, target, manager, pin, force=True, keep_staff=True)

