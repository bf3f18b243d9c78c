"""The staff area: who is logged in, a navigation rail of the pages their role allows, the page."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
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
from ui.staff.density import at_desk
from ui.staff.host import StaffHost
from ui.staff.input_dock import InputDock
from ui.staff.page import StaffPage
from ui.staff.registry import PAGE_CLASSES

DOCK_SHARE = 50  # per cent of the page column's height the on-screen keys may take


def nav_title_of(cls: type[StaffPage]) -> str:
    """A page's navigation title without building the page (its tr() context is its class)."""

    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)

    return cls.nav_title(SimpleNamespace(tr=tr))  # type: ignore[arg-type]


def _takes_other_scans(cls: type[StaffPage]) -> bool:
    return cls.wants_scan is not StaffPage.wants_scan


class StaffArea(Screen):
    """Header, navigation and pages; a page is built the first time it is shown.

    A page the role may not use is not listed and not shown.
    """

    done_requested = Signal()

    def __init__(self, host: StaffHost, languages: list[str],
                 quit_program: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("staff-area")
        self.host = host
        self.session: StaffSession | None = None
        self.who = label("subtitle")
        self.countdown = label("countdown")
        self.countdown.hide()
        self.confirm_quit = ArmedButton(lambda: self.tr("Close the kiosk program"),
                                        lambda: self.tr("Touch again to close"),
                                        quit_program)
        self.quit_button = self.confirm_quit.widget
        self.quit_button.setMinimumWidth(200)
        self.done_button = button("primary")
        self.done_button.setMaximumWidth(240)
        self.done_button.clicked.connect(self.done_requested)
        header = self.header = QHBoxLayout()
        header.setContentsMargins(16, 4, 16, 4)
        header.addWidget(self.who, 1)
        header.addWidget(self.countdown)
        header.addWidget(self.quit_button)
        header.addWidget(self.done_button)
        self.page_classes: list[type[StaffPage]] = list(PAGE_CLASSES)
        self.built: dict[type[StaffPage], StaffPage] = {}
        self.scrolls: dict[StaffPage, QScrollArea] = {}
        self.class_buttons: dict[type[StaffPage], QPushButton] = {}
        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())  # shown until the first page is built
        nav = QVBoxLayout()
        nav.setContentsMargins(8, 0, 0, 8)
        nav.setSpacing(4)
        for cls in self.page_classes:
            choice = button("nav")
            choice.setCheckable(True)
            choice.setMinimumHeight(30 if at_desk() else 48)  # twelve pages fit 768 pixels
            choice.clicked.connect(lambda _=False, c=cls: self.show_page(self.page_of(c)))
            nav.addWidget(choice)
            self.class_buttons[cls] = choice
        nav.addStretch(1)
        nav_inner = QWidget()
        nav_inner.setLayout(nav)
        nav_holder = QScrollArea()  # many pages still fit a 768-pixel-high screen
        nav_holder.setWidgetResizable(True)
        nav_holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not at_desk():  # with larger text a finger drags the menu; no bar narrows the names
            nav_holder.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            touch_scroll(nav_holder)
        nav_holder.setWidget(nav_inner)
        nav_holder.setFixedWidth(236)
        self.nav_holder = nav_holder
        self.dock = InputDock(self, languages)
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

    @property
    def pages(self) -> list[StaffPage]:
        """The pages built so far."""
        return list(self.built.values())

    @property
    def nav_buttons(self) -> dict[StaffPage, QPushButton]:
        """The navigation button of each page built so far."""
        return {page: self.class_buttons[cls] for cls, page in self.built.items()}

    def page_of(self, cls: type[StaffPage]) -> StaffPage:
        """The page of that class, built now if it has not been shown before."""
        page = self.built.get(cls)
        if page is None:
            page = cls(self.host)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(page)
            if not at_desk():  # a mouse selects text by dragging; it scrolls with its wheel
                touch_scroll(scroll)  # a finger drags the page up and down
            self.scrolls[page] = scroll
            self.stack.addWidget(scroll)
            self.built[cls] = page
        return page

    def _permitted(self, cls: type[StaffPage]) -> bool:
        return self.session is not None and allowed(self.session.role, cls.permission)

    def open(self, session: StaffSession) -> None:
        """List the pages this person's role allows, and show the first of them."""
        self.session = session
        first = None
        for cls, choice in self.class_buttons.items():
            permitted = self._permitted(cls)
            choice.setVisible(permitted)
            if permitted and first is None:
                first = cls
        # the back office closes as a window does (its menu, its close button)
        self.quit_button.setVisible(allowed(session.role, "hardware") and not at_desk())
        self.retranslate()
        if first is not None:
            self.show_page(self.page_of(first))

    def visible_pages(self) -> list[StaffPage]:
        """The pages this role may use (built for the asking)."""
        return [self.page_of(cls) for cls in self.page_classes if self._permitted(cls)]

    def current_page(self) -> StaffPage | None:
        holder = self.stack.currentWidget()
        page = holder.widget() if isinstance(holder, QScrollArea) else None
        return page if isinstance(page, StaffPage) else None

    def _keep_visible(self, field: QWidget) -> None:
        page = self.current_page()
        scroll = self.scrolls.get(page) if page is not None else None
        if scroll is not None:
            QTimer.singleShot(0, lambda: scroll.ensureWidgetVisible(field, 20, 40))

    def show_page(self, page: StaffPage) -> None:
        cls = type(page)
        if not self._permitted(cls):
            return
        for other, choice in self.class_buttons.items():
            choice.setChecked(other is cls)
        self.dock.close_keys()
        self.stack.setCurrentWidget(self.scrolls[page])
        page.opened()

    def scanned(self, code: str) -> None:
        page = self.current_page()
        if page is not None and page.scanned(code):
            return
        for cls in self.page_classes:  # a voucher scanned on another page opens its page
            if cls is type(page) or not self._permitted(cls) or not _takes_other_scans(cls):
                continue
            candidate = self.page_of(cls)
            if candidate.wants_scan(code):
                self.show_page(candidate)
                candidate.scanned(code)
                return
        if page is not None:
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
        for page in self.built.values():
            page.clear()
        self.retranslate()

    def retranslate(self) -> None:
        if self.session is not None:
            role = self.tr("manager") if self.session.role == "manager" else self.tr("clerk")
            set_text(self.who, self.tr("Staff: %1 (%2)").replace("%1", self.session.name)
                     .replace("%2", role))
        set_text(self.done_button, self.tr("Done"))
        self.confirm_quit.refresh()
        for cls, choice in self.class_buttons.items():
            set_text(choice, nav_title_of(cls))
        self._fit_nav()

    def _fit_nav(self) -> None:
        """The menu as wide as its longest name in this language and text size, never cut."""
        widest = max((choice.sizeHint().width() for choice in self.class_buttons.values()),
                     default=0)
        self.nav_holder.setFixedWidth(max(180 if at_desk() else 236, widest + 24))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange) and self.isVisible():
            QTimer.singleShot(0, self._fit_nav)  # larger text switched on while staff work
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The keys take at most half the page column: the page above them keeps room to scroll."""
        page_column_px = self.height() - self.header.sizeHint().height()
        self.dock.setMaximumHeight(max(page_column_px * DOCK_SHARE // 100,
                                       self.dock.minimumSizeHint().height()))
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_nav()  # the theme (and so the font) may have changed while hidden
        super().showEvent(event)
