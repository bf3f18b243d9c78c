"""Configuration: one TOML file whose every value has a working default and is checked at start."""

from __future__ import annotations

import difflib
import os
import re
import tomllib
import types
import typing
from dataclasses import MISSING, dataclass, field, fields, is_dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.errors import ConfigError

LANGUAGES = ("en", "tr", "ru")
MAX_NESTING = 32  # arrays and inline tables inside each other; the kiosk's own need 3


def choice(*allowed: str, default: str) -> Any:
    """A string field limited to the given values."""
    return field(default=default, metadata={"choices": allowed})


def bounded(default: Any, low: Any = None, high: Any = None) -> Any:
    """A number field with inclusive bounds."""
    return field(default=default, metadata={"min": low, "max": high})


@dataclass(frozen=True)
class DatabaseConfig:
    """Where the data lives; empty url means an SQLite file in the data directory."""

    url: str = ""


@dataclass(frozen=True)
class StoreConfig:
    """Who this kiosk is: store and terminal identity, currency, phone and card conventions."""

    id: str = "STORE-1"
    name: str = "Corner Market"
    terminal: str = "KIOSK-1"
    currency: str = "GBP"
    currency_symbol: str = "£"
    minor_digits: int = bounded(2, 0, 3)
    country_code: str = "+44"
    card_prefix: str = "29"
    time_zone: str = ""  # IANA name such as Europe/Istanbul; empty means the machine's own


@dataclass(frozen=True)
class ScannerConfig:
    """One serial barcode scanner."""

    url: str = ""
    name: str = "scanner"
    role: str = choice("customer", "staff", "any", default="any")
    baudrate: int = bounded(9600, 50, 4_000_000)
    bytesize: int = bounded(8, 5, 8)
    parity: str = choice("N", "E", "O", "M", "S", default="N")
    stopbits: Decimal = field(default=Decimal(1), metadata={"choices": (1, 1.5, 2)})
    suffix: str = choice("auto", "CR", "LF", "CRLF", "TAB", default="auto")
    prefix: str = ""
    strip_aim_id: bool = False
    repeat_window_ms: int = bounded(1000, 0, 60_000)
    max_length: int = bounded(128, 8, 4096)


@dataclass(frozen=True)
class PrinterConfig:
    """The receipt printer: transport, address, profile, paper and code pages."""

    kind: str = choice("none", "simulated", "network", "serial", "usb", "file", default="simulated")
    host: str = "127.0.0.1"
    port: int = bounded(9100, 1, 65535)
    device: str = ""
    baudrate: int = bounded(19200, 50, 4_000_000)
    vendor_id: str = ""
    product_id: str = ""
    profile: str = "default"
    paper_width_mm: int = field(default=80, metadata={"choices": (58, 80)})
    timeout_s: Decimal = bounded(Decimal(5), Decimal("0.1"), Decimal(120))
    barcodes: str = choice("native", "image", default="native")
    code_pages: dict[str, str] = field(
        default_factory=lambda: {"en": "CP437", "tr": "CP857", "ru": "CP866"}
    )


@dataclass(frozen=True)
class TierConfig:
    """A tier: reached when qualifying activity in the window meets the threshold."""

    name: str = "Member"
    threshold: int = bounded(0, 0)
    multiplier: Decimal = bounded(Decimal(1), Decimal(0), Decimal(100))
    benefits: str = ""


@dataclass(frozen=True)
class PromotionConfig:
    """A promotion: within the dates, matching purchases earn more."""

    name: str = "Promotion"
    starts: date = date(2000, 1, 1)
    ends: date = date(2999, 12, 31)
    multiplier: Decimal = bounded(Decimal(1), Decimal(0), Decimal(100))
    bonus_points: int = bounded(0, 0)
    categories: list[str] = field(default_factory=list)
    min_spend: int = bounded(0, 0)
    stores: tuple[str, ...] = ()  # shop codes it applies at; empty: every shop


def _default_tiers() -> list[TierConfig]:
    return [
        TierConfig("Member", 0, Decimal(1), "Earn 1 point for every 1.00 you spend"),
        TierConfig("Silver", 25_000, Decimal("1.25"), "25% more points on every purchase"),
        TierConfig("Gold", 75_000, Decimal("1.5"), "50% more points and a birthday gift"),
    ]


@dataclass(frozen=True)
class ProgrammeConfig:
    """The rules of the programme: earning, expiry, tiers, promotions, birthdays."""

    earn_mode: str = choice("per_unit", "percent_back", default="per_unit")
    points_per_unit: Decimal = bounded(Decimal(1), Decimal(0), Decimal(10_000))
    percent_back: Decimal = bounded(Decimal(1), Decimal(0), Decimal(100))
    point_value_minor: int = bounded(1, 1)
    points_expire_days: int = bounded(365, 0)
    tier_basis: str = choice("spend", "credits", default="spend")
    tier_window_days: int = bounded(365, 1, 3660)
    birthday_bonus_points: int = bounded(100, 0)
    birthday_window_days: int = bounded(7, 0, 31)
    voucher_validity_days: int = bounded(30, 1, 3660)
    tiers: list[TierConfig] = field(default_factory=_default_tiers)
    promotions: list[PromotionConfig] = field(default_factory=list)


@dataclass(frozen=True)
class UiConfig:
    """How the kiosk looks and behaves on screen."""

    language: str = choice(*LANGUAGES, default="en")
    languages: list[str] = field(default_factory=lambda: list(LANGUAGES))
    idle_timeout_s: int = bounded(30, 5, 3600)
    fullscreen: bool = True
    high_contrast: bool = False
    large_text: bool = False
    demo: bool = True
    scanner_side: str = choice("below", "left", "right", default="below")
    sounds: bool = True
    wedge_max_gap_ms: int = bounded(50, 5, 1000)
    wedge_min_length: int = bounded(6, 1, 64)


@dataclass(frozen=True)
class SecurityConfig:
    """Secrets and access: the voucher signing key lives outside the database."""

    voucher_secret_file: str = ""
    phone_lookup_pin: bool = False
    staff_idle_timeout_s: int = bounded(120, 10, 3600)
    staff_max_pin_attempts: int = bounded(5, 1, 20)
    staff_lock_minutes: int = bounded(1, 1, 1440)
    max_pin_attempts: int = bounded(5, 1, 20)


@dataclass(frozen=True)
class PrivacyConfig:
    """How long the kiosk keeps files about members that it wrote (previews, exports)."""

    keep_files_days: int = bounded(30, 1, 3660)


@dataclass(frozen=True)
class LogConfig:
    """How much the kiosk writes to its log (--log-level wins over level)."""

    level: str = choice("debug", "info", "warning", "error", default="info")


@dataclass(frozen=True)
class BackupConfig:
    """The nightly backup of the SQLite database (a chain's PostgreSQL server uses pg_dump)."""

    at: str = "03:00"  # shop time (store.time_zone), HH:MM
    keep_days: int = bounded(14, 0, 3660)  # older kiosk-*.db files are deleted; 0 keeps them all
    folder: str = ""  # empty: <data folder>/backups


@dataclass(frozen=True)
class ScheduleConfig:
    """When the kiosk's own daily work runs, in shop time (store.time_zone)."""

    expiry_at: str = "03:30"  # HH:MM; the KIOSK_EXPIRY_AT environment variable overrides it


@dataclass(frozen=True)
class BackOfficeConfig:
    """The back office (`python main.py back-office`): the staff area in a window on a desk PC."""

    lock_minutes: int = bounded(15, 1, 480)  # logged out after this long without mouse or key


@dataclass(frozen=True)
class OfflineConfig:
    """Serving from a local copy when the chain's PostgreSQL server cannot be reached."""
    enabled: bool = True  # only ever active when the database is PostgreSQL
    member_days: int = bounded(90, 0, 3660)  # members who used this shop lately; 0: whole chain
    sync_minutes: int = bounded(5, 1, 1440)  # how often the local copy is refreshed
    server_timeout_s: Decimal = bounded(Decimal(3), Decimal(1), Decimal(60))
    folder: str = ""  # empty: <data folder>/offline


@dataclass(frozen=True)
class Config:
    """The whole configuration."""

    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    store: StoreConfig = field(default_factory=StoreConfig)
    scanners: list[ScannerConfig] = field(default_factory=list)
    printer: PrinterConfig = field(default_factory=PrinterConfig)
    programme: ProgrammeConfig = field(default_factory=ProgrammeConfig)
    ui: UiConfig = field(default_factory=UiConfig)
    security: SecurityConfig = field(default_factory=SecurityConfig)
    privacy: PrivacyConfig = field(default_factory=PrivacyConfig)
    log: LogConfig = field(default_factory=LogConfig)
    backup: BackupConfig = field(default_factory=BackupConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    back_office: BackOfficeConfig = field(default_factory=BackOfficeConfig)
    offline: OfflineConfig = field(default_factory=OfflineConfig)
    source: str = field(default="", metadata={"internal": True})


class _Locator:
    """Finds the line of a key in the TOML text so errors can point at it."""

    _header = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?")

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def line_of(self, path: list[str | int], key: str | None) -> int | None:
        table = ".".join(str(p) for p in path if isinstance(p, str))
        wanted_index = next((p for p in reversed(path) if isinstance(p, int)), None)
        seen: dict[str, int] = {}
        current = ""
        current_index: int | None = None
        for number, line in enumerate(self.lines, start=1):
            header = self._header.match(line)
            if header:
                current = header.group(2)
                if header.group(1) == "[[":
                    seen[current] = seen.get(current, -1) + 1
                    current_index = seen[current]
                else:
                    current_index = None
                if key is None and current == table and current_index == wanted_index:
                    return number
                continue
            if key is None or current != table or current_index != wanted_index:
                continue
            if re.match(rf"^\s*{re.escape(key)}\s*=", line):
                return number
        if key is not None:
            dotted = f"{table}.{key}" if table else key
            for number, line in enumerate(self.lines, start=1):
                header = self._header.match(line)
                if header and (
                    header.group(2) == dotted or header.group(2).startswith(dotted + ".")
                ):
                    return number
        return None


def _type_name(tp: Any) -> str:
    names = {
        str: "text",
        int: "a whole number",
        bool: "true or false",
        Decimal: "a number",
        date: "a date (YYYY-MM-DD)",
    }
    if tp in names:
        return names[tp]
    origin = typing.get_origin(tp)
    if origin in (list, tuple):
        return "a list"
    if origin is dict:
        return "a table of names to text"
    return "a table"


class _Builder:
    """Turns parsed TOML into the frozen dataclasses, raising ConfigError with key and line."""

    def __init__(self, source: str, text: str) -> None:
        self.source = source
        self.locator = _Locator(text)

    def fail(self, path: list[str | int], key: str | None, problem: str) -> ConfigError:
        line = self.locator.line_of(path, key)
        where = self.source + (f", line {line}" if line else "")
        dotted = ".".join(
            f"[{p}]" if isinstance(p, int) else p for p in [*path, *([key] if key else [])]
        ).replace(".[", "[")
        return ConfigError(f"{where}: {dotted}: {problem}")

    def build(self, cls: type, data: Any, path: list[str | int]) -> Any:
        if not isinstance(data, dict):
            raise self.fail(path, None, "must be a table")
        hints = typing.get_type_hints(cls)
        known = {f.name: f for f in fields(cls) if not f.metadata.get("internal")}
        for key in data:
            if key not in known:
                close = difflib.get_close_matches(key, list(known), n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                allowed = ", ".join(known)
                raise self.fail(path, key, f"unknown key{hint} (allowed: {allowed})")
        values = {}
        for name, spec in known.items():
            if name in data:
                values[name] = self.value(hints[name], data[name], spec, path, name)
        return cls(**values)

    def value(self, tp: Any, raw: Any, spec: Any, path: list[str | int], key: str) -> Any:
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            tp = next(a for a in typing.get_args(tp) if a is not type(None))
            origin = typing.get_origin(tp)
        if is_dataclass(tp):
            return self.build(tp, raw, [*path, key])
        if origin is list:
            (item_type,) = typing.get_args(tp)
            if not isinstance(raw, list):
                raise self.fail(path, key, f"must be {_type_name(tp)}")
            if is_dataclass(item_type):
                return [self.build(item_type, item, [*path, key, i]) for i, item in enumerate(raw)]
            return [self.scalar(item_type, item, spec, path, key) for item in raw]
        if origin is tuple:  # tuple[str, ...]: a TOML array kept immutable
            (item_type, *_) = typing.get_args(tp)
            if not isinstance(raw, list | tuple):
                raise self.fail(path, key, f"must be {_type_name(tp)}")
            return tuple(self.scalar(item_type, item, spec, path, key) for item in raw)
        if origin is dict:
            if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
                raise self.fail(path, key, f"must be {_type_name(tp)}")
            return dict(raw)
        return self.scalar(tp, raw, spec, path, key)

    def scalar(self, tp: Any, raw: Any, spec: Any, path: list[str | int], key: str) -> Any:
        value = raw
        if tp is Decimal and isinstance(raw, int) and not isinstance(raw, bool):
            value = Decimal(raw)
        elif tp is int and isinstance(raw, Decimal) and raw == raw.to_integral_value():
            value = int(raw)
        ok = isinstance(value, tp) and not (tp is int and isinstance(value, bool))
        if tp is date and isinstance(raw, date):
            ok = True
        if not ok:
            raise self.fail(path, key, f"must be {_type_name(tp)}, not {raw!r}")
        allowed = spec.metadata.get("choices")
        if allowed and value not in allowed:
            shown = ", ".join(str(a) for a in allowed)
            raise self.fail(path, key, f"{raw!r} is not allowed; use one of: {shown}")
        low, high = spec.metadata.get("min"), spec.metadata.get("max")
        if low is not None and value < low:
            raise self.fail(path, key, f"{raw} is too small; the minimum is {low}")
        if high is not None and value > high:
            raise self.fail(path, key, f"{raw} is too large; the maximum is {high}")
        return value


def _check_consistency(config: Config, builder: _Builder) -> None:
    tiers = config.programme.tiers
    if not tiers:
        raise builder.fail(["programme"], "tiers", "at least one tier is needed")
    thresholds = [t.threshold for t in tiers]
    if thresholds[0] != 0:
        raise builder.fail(["programme", "tiers", 0], "threshold", "the first tier must start at 0")
    for index in range(1, len(thresholds)):
        if thresholds[index] <= thresholds[index - 1]:
            raise builder.fail(
                ["programme", "tiers", index],
                "threshold",
                f"thresholds must increase from tier to tier "
                f"({thresholds[index]} is not above {thresholds[index - 1]})",
            )
    for index, promo in enumerate(config.programme.promotions):
        if promo.ends < promo.starts:
            raise builder.fail(["programme", "promotions", index], "ends", "is before 'starts'")
    for language in config.ui.languages:
        if language not in LANGUAGES:
            shown = ", ".join(LANGUAGES)
            raise builder.fail(["ui"], "languages", f"{language!r} is not one of: {shown}")
    for language in config.printer.code_pages:
        if language not in LANGUAGES:
            shown = ", ".join(LANGUAGES)
            raise builder.fail(
                ["printer"], "code_pages", f"{language!r} is not a language; use {shown}"
            )
    prefix = config.store.card_prefix
    if not prefix.isdigit() or not 1 <= len(prefix) <= 6:
        raise builder.fail(["store"], "card_prefix", "must be 1 to 6 digits")
    if not re.fullmatch(r"\+\d{1,4}", config.store.country_code):
        raise builder.fail(["store"], "country_code", "must look like +44 or +90")
    if config.store.time_zone and not _is_time_zone(config.store.time_zone):
        raise builder.fail(
            ["store"],
            "time_zone",
            f"{config.store.time_zone!r} is not a time zone name; use an IANA name such as "
            "Europe/Istanbul, Europe/Moscow or Europe/London (empty: the machine's own)",
        )
    for section, key, text in (("backup", "at", config.backup.at),
                               ("schedule", "expiry_at", config.schedule.expiry_at)):
        if not is_time_of_day(text):
            raise builder.fail([section], key, f"{text!r} is not a time of day; use HH:MM, "
                               "for example 03:00")


def is_time_of_day(text: str) -> bool:
    """Tell whether text is a time of day written HH:MM (00:00 to 23:59)."""
    return re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", text) is not None


def _is_time_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _nesting_problem(text: str) -> tuple[int, str] | None:
    """The line and key where arrays or inline tables nest deeper than MAX_NESTING, or None.

    A quick scan that skips strings and comments; tomllib itself would recurse once per level
    and end in a RecursionError on a file nested a few thousand deep.
    """
    depth, line, table, key = 0, 1, "", ""
    statement_start = 0
    quote = ""
    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if quote:
            if text.startswith(quote, index):
                index += len(quote)
                quote = ""
                continue
            if char == "\\" and quote in ('"', '"""'):
                index += 2
                continue
            if char == "\n":
                line += 1
            index += 1
            continue
        if char == "\n":
            line += 1
            if depth == 0:
                statement_start = index + 1
        elif char == "#":
            end = text.find("\n", index)
            index = length if end < 0 else end
            continue
        elif char in "\"'":
            quote = char * 3 if text.startswith(char * 3, index) else char
            index += len(quote)
            continue
        elif char == "=" and depth == 0:
            key = text[statement_start:index].strip()
        elif char in "[{":
            if depth == 0 and char == "[" and not text[statement_start:index].strip():
                end = text.find("\n", index)
                header = text[index:length if end < 0 else end].split("#")[0]
                table = header.strip().strip("[]").strip()
                index = length if end < 0 else end
                continue
            depth += 1
            if depth > MAX_NESTING:
                return line, f"{table}.{key}" if table and key else key or table
        elif char in "]}":
            depth = max(0, depth - 1)
        index += 1
    return None


def parse_config(text: str, source: str = "<config>") -> Config:
    """Parse TOML text into a Config, naming the file, line and key of any mistake."""
    nested = _nesting_problem(text)
    if nested:
        line, key = nested
        raise ConfigError(
            f"{source}, line {line}: {key or 'a value'}: arrays or tables nested more than "
            f"{MAX_NESTING} levels deep; the kiosk's settings need at most 3"
        )
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from None
    except RecursionError:  # a nesting the scan above did not see
        raise ConfigError(f"{source}: not valid TOML: nested too deeply") from None
    builder = _Builder(source, text)
    try:
        config = builder.build(Config, data, [])
    except RecursionError:
        raise ConfigError(f"{source}: values nested too deeply") from None
    config = replace(config, source=source)
    _check_consistency(config, builder)
    return config


def load_config(path: str | os.PathLike[str] | None) -> Config:
    """Load the configuration file, or the defaults when no file is given."""
    if path is None:
        return Config()
    file = Path(path)
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"{file}: configuration file not found; run `python main.py setup`"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read configuration: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark (Windows Notepad) is allowed
    except UnicodeDecodeError as exc:
        raise ConfigError(_not_utf8(file, raw, exc.start)) from None
    return parse_config(text, str(file))


def _not_utf8(file: Path, raw: bytes, offset: int) -> str:
    """Where the first byte that is not UTF-8 is, as a line and column an editor shows."""
    line_start = raw.rfind(b"\n", 0, offset) + 1
    line = raw.count(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    before = raw[line_start:offset].decode("utf-8", errors="replace")
    key = before.split("=", 1)[0].strip() if "=" in before else ""
    where = f"{key}: " if key and not key.startswith(("[", "#")) else ""
    return (
        f"{file}, line {line}, column {column}: {where}byte 0x{raw[offset]:02X} is not UTF-8 "
        "text; save the file as UTF-8"
    )


def located_error(config: Config, path: list[str | int], key: str, problem: str) -> ConfigError:
    """A ConfigError for a setting found wrong after loading (by a device layer), naming the
    configuration file, the line (read again from the file) and the key."""
    text = ""
    if config.source:
        try:
            text = Path(config.source).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            text = ""
    builder = _Builder(config.source or "configuration", text)
    error = builder.fail(path, key, problem)
    if not builder.locator.line_of(path, key) and len(path) > 1:  # an inline table's key
        line = builder.locator.line_of(path[:-1], str(path[-1]))
        if line:
            dotted = ".".join(str(p) for p in [*path, key])
            return ConfigError(f"{builder.source}, line {line}: {dotted}: {problem}")
    return error


def default_field(cls: type, name: str) -> Any:
    """Return a dataclass field's default value (used by docs and tests)."""
    for spec in fields(cls):
        if spec.name == name:
            if spec.default is not MISSING:
                return spec.default
            return spec.default_factory()  # type: ignore[misc]
    raise KeyError(name)
