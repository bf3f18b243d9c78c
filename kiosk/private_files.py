"""Files the kiosk writes about members (voucher previews, report exports): found and deleted
when a member is erased, and aged out after privacy.keep_files_days."""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import os
import struct
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

MEMBER_KEY = "kiosk-member"  # the PNG text chunk that names the member a preview belongs to
KEPT_FOLDERS = ("printed", "exports")  # the data folder's folders of previews and exports
KEPT_SUFFIXES = (".png", ".csv")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TEXT_CHUNKS = (b"tEXt", b"zTXt", b"iTXt")
MAX_CSV_BYTES = 200 * 1024 * 1024

log = logging.getLogger("kiosk")


@dataclass(frozen=True)
class MemberTraces:
    """What identifies a member in a file: name, e-mail, phone numbers and card numbers."""

    member_ids: frozenset[int]
    names: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()  # digits only, the national and E.164 forms
    cards: frozenset[str] = frozenset()
    texts: frozenset[str] = frozenset()  # the values as stored, to cut out of free text

    def matches_cell(self, cell: str) -> bool:
        """Tell whether one CSV cell names this member."""
        text = cell.strip().removeprefix("'").strip()  # a formula-guarded cell starts with '
        if not text:
            return False
        if text in self.names or text.casefold() in self.emails:
            return True
        digits = "".join(ch for ch in text if ch.isdigit())
        if len(digits) >= 6 and (digits in self.phones or digits in self.cards):
            return True
        return any(card in text for card in self.cards)


def png_text(path: Path) -> dict[str, str]:
    """The text chunks (tEXt, zTXt, iTXt) of a PNG file, read without an imaging library."""
    found: dict[str, str] = {}
    with open(path, "rb") as handle:
        if handle.read(8) != PNG_SIGNATURE:
            return found
        while True:
            header = handle.read(8)
            if len(header) < 8:
                return found
            length, kind = struct.unpack(">I4s", header)
            if kind == b"IDAT" or kind == b"IEND":
                handle.seek(length + 4, os.SEEK_CUR)
                if kind == b"IEND":
                    return found
                continue
            data = handle.read(length)
            handle.seek(4, os.SEEK_CUR)  # the CRC
            if kind in TEXT_CHUNKS:
                with contextlib.suppress(ValueError, zlib.error):
                    key, value = _chunk_text(kind, data)
                    found[key] = value


def _chunk_text(kind: bytes, data: bytes) -> tuple[str, str]:
    key, _, rest = data.partition(b"\0")
    if kind == b"tEXt":
        return key.decode("latin-1"), rest.decode("latin-1")
    if kind == b"zTXt":
        return key.decode("latin-1"), zlib.decompress(rest[1:]).decode("latin-1")
    compressed, rest = rest[0], rest[2:]  # iTXt: flag, method, language\0, keyword\0, text
    _, _, rest = rest.partition(b"\0")
    _, _, text = rest.partition(b"\0")
    value = zlib.decompress(text) if compressed else text
    return key.decode("latin-1"), value.decode("utf-8")


def png_member(path: Path) -> int | None:
    """The member id a preview is marked with, or None."""
    try:
        value = png_text(path).get(MEMBER_KEY, "")
    except OSError:
        return None
    return int(value) if value.isdigit() else None


def csv_names_member(path: Path, traces: MemberTraces) -> bool:
    """Tell whether a CSV export has a cell that names the member (any delimiter, UTF-8 or 16)."""
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            return False
        raw = path.read_bytes()
    except OSError:
        return False
    text = _decode(raw)
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    for row in csv.reader(io.StringIO(text), delimiter=delimiter):
        if any(traces.matches_cell(cell) for cell in row):
            return True
    return False


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    return raw.decode("utf-8-sig", errors="replace")


def _kiosk_files(root: Path) -> Iterator[Path]:
    """Every PNG and CSV under the data folder (symbolic links not followed)."""
    if not root.is_dir():
        return
    for folder, folders, files in os.walk(root):
        folders[:] = [name for name in folders if not (Path(folder) / name).is_symlink()]
        for name in files:
            path = Path(folder) / name
            if path.suffix.lower() in KEPT_SUFFIXES and not path.is_symlink():
                yield path


def erase_member_files(root: Path, traces: MemberTraces) -> list[Path]:
    """Delete the previews marked with the member and the exports that name them; return them.

    Database backups are left alone: README says how long they keep what and how to rotate them.
    """
    deleted = []
    for path in _kiosk_files(root):
        if path.suffix.lower() == ".png":
            hit = png_member(path) in traces.member_ids
        else:
            hit = csv_names_member(path, traces)
        if hit:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                deleted.append(path)
    if deleted:
        log.info("Erase: %d preview or export files deleted", len(deleted))
    return deleted


def clean_old_files(root: Path, keep_days: int, now: float | None = None) -> list[Path]:
    """Delete previews and exports in the data folder older than keep_days; return them."""
    limit = (time.time() if now is None else now) - keep_days * 86_400
    deleted = []
    for folder in KEPT_FOLDERS:
        for path in _kiosk_files(root / folder):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
                    deleted.append(path)
            except FileNotFoundError:
                continue
            except OSError as exc:
                log.warning("Old file not deleted: %s", exc.strerror or type(exc).__name__)
    if deleted:
        log.info("Deleted %d previews and exports older than %d days", len(deleted), keep_days)
    return deleted


def phone_digits(phones: Iterable[str], country_code: str) -> frozenset[str]:
    """The digits of E.164 numbers as written both ways: +447700900001 and 07700900001."""
    code = country_code.lstrip("+")
    forms: set[str] = set()
    for phone in phones:
        digits = "".join(ch for ch in phone if ch.isdigit())
        if not digits:
            continue
        forms.add(digits)
        if code and digits.startswith(code):
            forms.add("0" + digits[len(code):])
            forms.add(digits[len(code):])
    return frozenset(forms)
