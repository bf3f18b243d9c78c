"""The kiosk's logs: a rotating file in the data folder and stderr (journald), no personal data."""

from __future__ import annotations

import logging
import os
import re
import stat
import sys
import threading
from dataclasses import dataclass, field
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any, TextIO

LEVELS = ("debug", "info", "warning", "error")
DEFAULT_LEVEL = "info"
LOG_FOLDER = "logs"
LOG_FILE = "kiosk.log"
LOG_FILE_BYTES = 5 * 1024 * 1024  # a file is rotated at 5 MB ...
LOG_FILE_BACKUPS = 5  # ... and five old ones are kept (kiosk.log.1 to .5): at most 30 MB
FILE_ONLY = {"file_only": True}  # extra= for a record stderr already says in its own words
PLAIN_FORMAT = "%(levelname)s %(name)s: %(message)s"
FILE_FORMAT = "%(asctime)s %(levelname)-7s %(store)s/%(terminal)s %(name)s: %(message)s"
JOURNAL_FORMAT = "%(name)s: %(message)s"
# libraries whose debug records carry people's details (peewee logs each query's parameters:
# names, phone numbers) or only noise: never below INFO, whatever the level
QUIET_LIBRARIES = ("peewee", "PIL", "escpos", "qrcode", "barcode", "asyncio")
SYSLOG_PRIORITY = {  # journald reads a <N> prefix on each stderr line as its priority
    logging.CRITICAL: 2, logging.ERROR: 3, logging.WARNING: 4, logging.INFO: 6, logging.DEBUG: 7,
}

# --- keeping personal data out ---------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# 7 or more digits, maybe with a + and single spaces, dashes or brackets between them (phones in
# E.164 or national form, card numbers); dots are not separators, so addresses stay readable
_DIGITS = re.compile(r"(?<![\w+])\+?\(?\d(?:[ \-()]{0,2}\d){6,}(?![\w])")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# PostgreSQL's DETAIL line names the values of a refused row: Key (name)=(Maria Manager) ...
_KEY_VALUES = re.compile(r"(Key \([^)]*\)=\().*?(\)(?: already exists| is not present|\s*$))",
                         re.MULTILINE)
_CODE_CHARS = "0-9A-Za-z"  # kiosk.vouchers.ALPHABET and the look-alikes people type
_VOUCHER = re.compile(
    rf"(?<![\w-])[{_CODE_CHARS}]{{4}}-?[{_CODE_CHARS}]{{4}}-?[{_CODE_CHARS}]{{5}}(?![\w-])"
)


def _masked_digits(match: re.Match[str]) -> str:
    text = match.group(0)
    if _DATE.match(text):  # a date, maybe with an hour after it
        return text
    digits = re.sub(r"\D", "", text)
    return f"…{digits[-4:]}" if len(digits) >= 7 else text


def _masked_voucher(match: re.Match[str]) -> str:
    text = match.group(0)
    bare = text.replace("-", "")
    shaped = "-" in text or bare.isupper() or any(ch.isdigit() for ch in bare)
    if not shaped or (bare.isalpha() and not bare.isupper()):
        return text  # an ordinary long word
    return f"…{bare[-4:]}"


def mask_personal_data(text: str) -> str:
    """The text with e-mail addresses and a database's refused key values hidden, and phone,
    card and voucher numbers cut to their last 4 characters."""
    if not text:
        return text
    text = _KEY_VALUES.sub(r"\1…\2", text)
    text = _EMAIL.sub("[e-mail]", text)
    text = _VOUCHER.sub(_masked_voucher, text)
    return _DIGITS.sub(_masked_digits, text)


class PersonalDataFilter(logging.Filter):
    """A safety net on every handler: masks what mask_personal_data finds in the message and
    in a traceback (an exception's text can carry a query's parameters)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_masked", False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: let logging report it as it does
            return True
        record.msg, record.args = mask_personal_data(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_personal_data(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_personal_data(record.stack_info)
        record._masked = True
        return True


# --- what each line says ---------------------------------------------------------------------


@dataclass
class Shop:
    """The store and terminal each file line names (known once the configuration is read)."""

    store: str = "-"
    terminal: str = "-"


class ShopFields(logging.Filter):
    """Adds store and terminal to each record for the file's format."""

    def __init__(self, shop: Shop) -> None:
        super().__init__()
        self.shop = shop

    def filter(self, record: logging.LogRecord) -> bool:
        record.store = self.shop.store
        record.terminal = self.shop.terminal
        return True


class IsoFormatter(logging.Formatter):
    """Time stamps in ISO 8601 with the machine's UTC offset: 2026-03-01T09:15:02.120+03:00."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        moment = datetime.fromtimestamp(record.created).astimezone()
        return moment.isoformat(timespec="milliseconds")


class JournalFormatter(logging.Formatter):
    """Lines for journald: each one starts with its syslog priority, without a time stamp
    (journald adds its own)."""

    def format(self, record: logging.LogRecord) -> str:
        prefix = f"<{SYSLOG_PRIORITY.get(record.levelno, 6)}>"
        return "\n".join(prefix + line for line in super().format(record).splitlines())


class NotFileOnly(logging.Filter):
    """Keeps records meant for the file only off stderr."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "file_only", False)


class KioskFileHandler(RotatingFileHandler):
    """The rotating log file; one that cannot be written (read-only or full disk, a folder it
    may not enter) never stops the kiosk: stderr says so once and the file is left alone."""

    def __init__(self, path: Path, warn: TextIO | None = None) -> None:
        super().__init__(path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_BACKUPS,
                         encoding="utf-8", delay=True)
        self.failed = False
        self._warn = warn

    def _open(self) -> Any:
        from kiosk.paths import PRIVATE_FILE_MODE, make_private_dir

        folder = Path(self.baseFilename).parent
        make_private_dir(folder)
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT,
                             PRIVATE_FILE_MODE)
        if stat.S_ISREG(os.fstat(descriptor).st_mode):  # an old file keeps no wider mode
            os.fchmod(descriptor, PRIVATE_FILE_MODE)
        return os.fdopen(descriptor, "a", encoding="utf-8", errors="backslashreplace")

    def shouldRollover(self, record: logging.LogRecord) -> int:
        """Another process (a command run while the kiosk runs) may have rotated the file:
        then write to the new kiosk.log rather than on into the renamed one."""
        if self.stream is not None:
            try:
                now = os.stat(self.baseFilename)
                mine = os.fstat(self.stream.fileno())
                moved = (now.st_dev, now.st_ino) != (mine.st_dev, mine.st_ino)
            except OSError:
                moved = True
            if moved:
                self.stream.close()
                self.stream = self._open()
        return super().shouldRollover(record)

    def emit(self, record: logging.LogRecord) -> None:
        if self.failed:
            return
        if self.stream is None and not Path(self.baseFilename).parent.parent.is_dir():
            return  # no data folder yet (doctor, setup on a new machine): not made for a log line
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        if self.failed:
            return
        self.failed = True
        problem = sys.exc_info()[1]
        reason = (getattr(problem, "strerror", None) or type(problem).__name__) if problem else ""
        stream = self._warn or sys.stderr
        try:
            stream.write(f"WARNING kiosk.logs: the log file {self.baseFilename} cannot be written "
                         f"({reason}); the kiosk goes on without it\n")
            stream.flush()
        except (OSError, ValueError):
            pass
        try:
            if self.stream is not None:
                self.stream.close()
        except OSError:
            pass
        self.stream = None  # type: ignore[assignment]


# --- setting it up ---------------------------------------------------------------------------


def log_file(data_folder: Path) -> Path:
    """Where the kiosk's log file is: <data folder>/logs/kiosk.log."""
    return data_folder / LOG_FOLDER / LOG_FILE


def journal_stream(stream: TextIO | None = None) -> bool:
    """True when stderr is systemd's journal (JOURNAL_STREAM names its device and inode)."""
    wanted = os.environ.get("JOURNAL_STREAM", "")
    if not wanted:
        return False
    try:
        info = os.fstat((stream or sys.stderr).fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return wanted == f"{info.st_dev}:{info.st_ino}"


def level_number(name: str) -> int:
    """logging's number for one of LEVELS (any case)."""
    return int(logging.getLevelName(name.upper()))


@dataclass
class LogSetup:
    """The handlers the kiosk put on the root logger, and what they were made from."""

    level: str
    kiosk: bool
    level_given: bool
    shop: Shop = field(default_factory=Shop)
    stderr: logging.Handler | None = None
    file: KioskFileHandler | None = None

    def use_level(self, name: str) -> None:
        """Log at this level from now on (the file; stderr as start_logging explains)."""
        self.level = name.lower()
        number = level_number(self.level)
        logging.getLogger().setLevel(number)
        if self.file is not None:
            self.file.setLevel(number)
        if self.stderr is not None:
            self.stderr.setLevel(number if self.kiosk else max(number, logging.WARNING))


_current: LogSetup | None = None
_lock = threading.Lock()


def current() -> LogSetup | None:
    """The set-up start_logging made in this process, if any."""
    return _current


def start_logging(
    level: str | None, data_folder: Path | None, kiosk: bool, stream: TextIO | None = None
) -> LogSetup:
    """Configure the root logger once, before any library does (python-escpos calls
    logging.basicConfig() on import, which then changes nothing).

    level: --log-level, or None for the configuration's (or the default, info).
    The file in data_folder/logs gets every record at the level. stderr: when the kiosk runs,
    the same records (with journald's priority prefix under systemd); for the other commands
    only warnings and errors, so their output stays uncluttered.
    """
    global _current
    stream = stream or sys.stderr
    root = logging.getLogger()
    with _lock:
        for handler in list(root.handlers):
            root.removeHandler(handler)
            if isinstance(handler, KioskFileHandler):
                handler.close()
        setup = LogSetup(level=(level or DEFAULT_LEVEL).lower(), kiosk=kiosk,
                         level_given=level is not None)
        masking, shop_fields = PersonalDataFilter(), ShopFields(setup.shop)
        err = logging.StreamHandler(stream)
        err.setFormatter(JournalFormatter(JOURNAL_FORMAT) if journal_stream(stream)
                         else logging.Formatter(PLAIN_FORMAT))
        err.addFilter(NotFileOnly())
        err.addFilter(masking)
        root.addHandler(err)
        setup.stderr = err
        if data_folder is not None:
            handler = KioskFileHandler(log_file(data_folder), stream)
            handler.setFormatter(IsoFormatter(FILE_FORMAT))
            handler.addFilter(masking)
            handler.addFilter(shop_fields)
            root.addHandler(handler)
            setup.file = handler
        for name in QUIET_LIBRARIES:
            logging.getLogger(name).setLevel(logging.INFO)
        setup.use_level(setup.level)
        _current = setup
    return setup


def use_config(store: str, terminal: str, level: str) -> None:
    """The configuration is read: name its store and terminal on each line, and take its
    [log] level unless --log-level gave one."""
    setup = _current
    if setup is None:
        return
    setup.shop.store, setup.shop.terminal = store, terminal
    if not setup.level_given and level.lower() != setup.level:
        setup.use_level(level)
