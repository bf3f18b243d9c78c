"""The staff area: who is logged in, a navigation rail of the pages their role allows, the page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.roles import allowed
from kiosk.services.staff import StaffSession
from ui.screens.base import Screen, button, label, set_text
from ui.staff.controls import ArmedButton, touch_scroll
from ui.staff.input_dock import InputDock
from ui.staff.page import StaffPage

if TYPE_CHECKING:
    from ui.staff.desk import StaffDesk


class StaffArea(Screen):
    """Header, navigation and pages; a page the role may not use is not listed and not shown."""

    done_requested = Signal()

    def __init__(self, desk: StaffDesk) -> None:
        super().__init__()
        from ui.staff.registry import PAGE_CLASSES

        self.setObjectName("staff-area")
        self.desk = desk
        self.session: StaffSession | None = None
        self.who = label("subtitle")
        self.countdown = label("countdown")
        self.countdown.hide()
        self.confirm_quit = ArmedButton(lambda: self.tr("Close the kiosk program"),
                                        lambda: self.tr("Touch again to close"),
                                        desk.quit_program)
        self.quit_button = self.confirm_quit.widget
        self.quit_button.setMinimumWidth(200)
        self.done_button = button("primary")
        self.done_button.setMaximumWidth(240)
        self.done_button.clicked.connect(self.done_requested)
        header = QHBoxLayout()
        header.setContentsMargins(16, 4, 16, 4)
        header.addWidget(self.who, 1)
        header.addWidget(self.countdown)
        header.addWidget(self.quit_button)
        header.addWidget(self.done_button)
        self.pages: list[StaffPage] = [cls(desk) for cls in PAGE_CLASSES]
        self.stack = QStackedWidget()
        self.nav_buttons: dict[StaffPage, QPushButton] = {}
        nav = QVBoxLayout()
        nav.setContentsMargins(8, 0, 0, 8)
        nav.setSpacing(6)
        self.scrolls: dict[StaffPage, QScrollArea] = {}
        for page in self.pages:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(page)
            touch_scroll(scroll)  # a finger drags the page up and down
            self.scrolls[page] = scroll
            self.stack.addWidget(scroll)
            choice = button("nav")
            choice.setCheckable(True)
            choice.setMinimumHeight(52)
            choice.clicked.connect(lambda _=False, p=page: self.show_page(p))
            nav.addWidget(choice)
            self.nav_buttons[page] = choice
        nav.addStretch(1)
        nav_inner = QWidget()
        nav_inner.setLayout(nav)
        nav_holder = QScrollArea()  # many pages still fit a 768-pixel-high screen
        nav_holder.setWidgetResizable(True)
        nav_holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        nav_holder.setWidget(nav_inner)
        nav_holder.setFixedWidth(236)
        self.nav_holder = nav_holder
        self.dock = InputDock(self, desk.ctx.config.ui.languages)
        self.dock.shown_for.connect(self._keep_visible)
        page_column = QVBoxLayout()  # the keys open under the page, never over the menu
        page_column.setContentsMargins(0, 0, 0, 0)
        page_column.addWidget(self.stack, 1)
        page_column.addWidget(self.dock)
        middle = QHBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(nav_holder)
        middle.addLayout(page_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addLayout(middle, 1)
        self.retranslate()

    def open(self, session: StaffSession) -> None:
        """Show the pages this person's role allows, and the first of them."""
        self.session = session
        first = None
        for page, choice in self.nav_buttons.items():
            permitted = allowed(session.role, page.permission)
            choice.setVisible(permitted)
            if permitted and first is None:
                first = page
        self.quit_button.setVisible(allowed(session.role, "hardware"))
        self.retranslate()
        if first is not None:
            self.show_page(first)

    def visible_pages(self) -> list[StaffPage]:
        return [page for page, choice in self.nav_buttons.items() if not choice.isHidden()]

    def current_page(self) -> StaffPage:
        return self.stack.currentWidget().widget()  # type: ignore[attr-defined, no-any-return]

    def _keep_visible(self, field: QWidget) -> None:
        scroll = self.scrolls.get(self.current_page())
        if scroll is not None:
            QTimer.singleShot(0, lambda: scroll.ensureWidgetVisible(field, 20, 40))

    def show_page(self, page: StaffPage) -> None:
        if self.session is None or not allowed(self.session.role, page.permission):
            return
        for other, choice in self.nav_buttons.items():
            choice.setChecked(other is page)
        self.dock.close_keys()
        self.stack.setCurrentWidget(self.scrolls[page])
        page.opened()

    def page_of(self, cls: type[StaffPage]) -> StaffPage:
        return next(page for page in self.pages if isinstance(page, cls))

    def scanned(self, code: str) -> None:
        page = self.current_page()
        if page.scanned(code):
            return
        for candidate in self.visible_pages():  # a voucher scanned on another page opens its page
            if candidate is not page and candidate.wants_scan(code):
                self.show_page(candidate)
                candidate.scanned(code)
                return
        page.set_status(self.tr("This page does not use scans."), "warning")

    def set_countdown(self, seconds: int) -> None:
        if seconds <= 0:
            self.countdown.hide()
            return
        text = self.tr("Logging out in %n s. Touch the screen to stay.", "", seconds)
        set_text(self.countdown, text)
        self.countdown.show()

    def clear(self) -> None:
        self.session = None
        self.confirm_quit.disarm()
        self.countdown.hide()
        self.dock.close_keys()
        for page in self.pages:
            page.clear()
        self.retranslate()

    def retranslate(self) -> None:
        if self.session is not None:
            role = self.tr("manager") if self.session.role == "manager" else self.tr("clerk")
            set_text(self.who, self.tr("Staff: %1 (%2)").replace("%1", self.session.name)
                     .replace("%2", role))
        set_text(self.done_button, self.tr("Done"))
        self.confirm_quit.refresh()
        for page, choice in self.nav_buttons.items():
            set_text(choice, page.nav_title())
        self._fit_nav()

    def _fit_nav(self) -> None:
        """The menu as wide as its longest name in this language and text size, never cut."""
        widest = max((choice.sizeHint().width() for choice in self.nav_buttons.values()),
                     default=0)
        self.nav_holder.setFixedWidth(max(236, widest + 24))

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_nav()  # the theme (and so the font) may have changed while hidden
        super().showEvent(event)
