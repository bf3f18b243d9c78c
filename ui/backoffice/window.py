"""The back office window: a normal, resizable desktop window with a menu, holding the login
and the staff area."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from ui.backoffice.theme import desk_stylesheet

MINIMUM = QSize(960, 640)
START = QSize(1280, 800)


class BackOfficeWindow(QMainWindow):
    """Screens in a stack under a Session menu (log out, quit); the title names the place."""

    first_painted = Signal()

    def __init__(self, place: str | None, high_contrast: bool = False,
                 large_text: bool = False) -> None:
        super().__init__()
        self.setObjectName("back-office-window")
        self.place = place
        self.painted = False
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.setMinimumSize(MINIMUM)
        self.resize(START)
        self.setStyleSheet(desk_stylesheet(high_contrast, large_text))
        self.session_menu = self.menuBar().addMenu("")
        self.log_out_action = QAction(self)
        self.log_out_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_out_action.setEnabled(False)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.session_menu.addAction(self.log_out_action)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.quit_action)
        self.pages_menu = self.menuBar().addMenu("")  # filled with the pages a role may open
        self.pages_menu.setEnabled(False)
        self.on_close: Callable[[], None] = lambda: None
        self.retranslate()

    def fit_screen(self) -> None:
        """1280x800 where the screen has room, else nine tenths of it (never below MINIMUM)."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry().size()
        width = min(START.width(), room.width() * 9 // 10)
        height = min(START.height(), room.height() * 9 // 10)
        self.setMinimumSize(min(MINIMUM.width(), width), min(MINIMUM.height(), height))
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    def set_pages(self, pages: list[tuple[str, Callable[[], None]]]) -> None:
        """The Pages menu: each page the person may open, the first nine on Ctrl+1 to Ctrl+9."""
        self.pages_menu.clear()
        for number, (title, open_page) in enumerate(pages, start=1):
            action = self.pages_menu.addAction(title)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, go=open_page: go())
        self.pages_menu.setEnabled(bool(pages))

    def add_screen(self, screen: QWidget) -> None:
        self.stack.addWidget(screen)

    def show_screen(self, screen: QWidget) -> None:
        if self.stack.indexOf(screen) < 0:
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)

    def current(self) -> QWidget | None:
        return self.stack.currentWidget()

    def set_place(self, place: str | None) -> None:
        """The shop the title names (this PC's before login, the staff member's after it);
        None: a chain-wide account, the whole chain."""
        self.place = place
        self.retranslate()

    def retranslate(self) -> None:
        place = self.place if self.place is not None else self.tr("all shops")
        self.setWindowTitle(self.tr("Loyalty back office — %1").replace("%1", place))
        self.session_menu.setTitle(self.tr("&Session"))
        self.pages_menu.setTitle(self.tr("&Pages"))
        self.log_out_action.setText(self.tr("&Log out"))
        self.quit_action.setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.on_close()  # the window's close button ends the program, as Quit does
        event.accept()
