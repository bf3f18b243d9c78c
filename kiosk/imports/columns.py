"""Which column of a member file holds what: headers matched case- and space-insensitively,
common English, Turkish and Russian headers too, others named with a mapping
("Full Name=name"); name and card are required."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.errors import InvalidInput

FIELDS = ("name", "phone", "email", "birthday", "card", "points", "points_expire", "consent",
          "language")
REQUIRED = ("name", "card")
# Headers other systems and shops write, in the kiosk's three languages: a file exported by an
# earlier scheme or typed in Excel in Turkish or Russian is read without a mapping.
ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("full name", "customer", "customer name", "member", "member name", "ad", "adı",
             "adi", "ad soyad", "adı soyadı", "adi soyadi", "isim", "müşteri", "имя", "фио",
             "клиент", "имя клиента"),
    "phone": ("mobile", "mobile number", "telephone", "tel", "phone number", "telefon", "cep",
              "cep telefonu", "gsm", "телефон", "мобильный", "тел"),
    "email": ("mail", "email address", "e-posta", "eposta", "почта", "эл. почта",
              "электронная почта"),
    "birthday": ("birth date", "birthdate", "date of birth", "dob", "doğum tarihi",
                 "dogum tarihi", "doğum günü", "дата рождения", "день рождения"),
    "card": ("card number", "card no", "loyalty card", "barcode", "kart", "kart no",
             "kart numarası", "kart numarasi", "карта", "номер карты", "штрихкод"),
    "points": ("balance", "points balance", "puan", "bakiye", "баллы", "бонусы", "баланс"),
    "points_expire": ("expiry", "expires", "points expiry", "son kullanma tarihi",
                      "puan son kullanma", "срок действия", "баллы сгорают"),
    "consent": ("marketing consent", "opt in", "izin", "согласие"),
    "language": ("lang", "dil", "язык"),
}


def header_key(text: str) -> str:
    """'Points Expire', 'points_expire' and ' POINTS-expire ' all give 'pointsexpire'."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@dataclass(frozen=True)
class Columns:
    """Field -> column index, and the headers nobody asked for (ignored, but listed)."""

    index: dict[str, int]
    unknown: list[str]


def parse_mapping(items: Iterable[str]) -> dict[str, str]:
    """["Full Name=name", "Mobile=phone"] -> {"fullname": "name", "mobile": "phone"}."""
    mapping: dict[str, str] = {}
    for item in items:
        header, sep, target = item.rpartition("=")
        target = target.strip().lower()
        if not sep or not header.strip():
            raise InvalidInput(f"A mapping is written HEADER=FIELD, not {item!r}.",
                               reason="import_columns")
        if target not in FIELDS:
            raise InvalidInput(
                f"{target!r} is not a member field; use one of: {', '.join(FIELDS)}.",
                reason="import_columns",
            )
        mapping[header_key(header)] = target
    return mapping


def match_columns(header: list[str], mapping: dict[str, str] | None = None) -> Columns:
    """Find each field's column; a missing required column or a field twice refuses the file."""
    mapping = mapping or {}
    defaults = {header_key(alias): name for name, aliases in ALIASES.items() for alias in aliases}
    defaults.update({header_key(name): name for name in FIELDS})
    index: dict[str, int] = {}
    unknown: list[str] = []
    for position, text in enumerate(header):
        key = header_key(text)
        target = mapping.get(key) or defaults.get(key)
        if target is None:
            if text.strip():
                unknown.append(text.strip())
            continue
        if target in index:
            raise InvalidInput(
                f"Two columns are read as {target}: {header[index[target]]!r} and {text!r}.",
                reason="import_columns",
            )
        index[target] = position
    missing = [name for name in REQUIRED if name not in index]
    if missing:
        raise InvalidInput(
            f"The file has no {' or '.join(missing)} column (line 1 must name the columns; "
            f"--map \"Header=field\" reads other names).",
            reason="import_columns",
        )
    return Columns(index, unknown)
