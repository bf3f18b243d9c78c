"""Qt's own messages (warnings from plugins, styles, multimedia) go to the kiosk's log."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
# said at every start on a machine without optional libraries, or by the offscreen platform:
# debug lines, not warnings that would hide the real ones
NOISE_CATEGORIES = ("qt.multimedia.symbolsresolver",)
NOISE_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def _to_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = context.category or "default"
    name = "qt" if category == "default" else f"qt.{category}".replace("qt.qt.", "qt.")
    level = LEVELS.get(kind, logging.WARNING)
    if name in NOISE_CATEGORIES or message in NOISE_MESSAGES:
        level = min(level, logging.DEBUG)
    logging.getLogger(name).log(level, "%s", message)


def route_qt_messages() -> Callable[[], None]:
    """Send Qt's messages to logging (the file, journald with a priority); returns the function
    that puts the previous handler back."""
    before = qInstallMessageHandler(_to_log)

    def restore() -> None:
        qInstallMessageHandler(before)

    return restore
