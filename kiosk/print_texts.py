"""The words printed on vouchers and slips, in each language the kiosk speaks."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "valid_until": "Valid until",
        "code": "Voucher code",
        "duplicate": "DUPLICATE",
        "terminal": "Kiosk",
        "member": "For",
        "card": "Card",
        "voucher_title": "Reward voucher",
        "show_at_till": "Show this voucher at the till.",
        "one_use": "Valid once. Not exchangeable for cash.",
        "donation_title": "Thank you for your donation",
        "donated": "{points} points donated to {cause}",
        "test_title": "Printer test page",
    },
    "tr": {
        "valid_until": "Son geçerlilik",
        "code": "Kupon kodu",
        "duplicate": "KOPYA",
        "terminal": "Kiosk",
        "member": "Sahibi",
        "card": "Kart",
        "voucher_title": "Ödül kuponu",
        "show_at_till": "Bu kuponu kasada gösterin.",
        "one_use": "Bir kez geçerlidir. Nakde çevrilemez.",
        "donation_title": "Bağışınız için teşekkürler",
        "donated": "{cause} için {points} puan bağışlandı",
        "test_title": "Yazıcı test sayfası",
    },
    "ru": {
        "valid_until": "Действует до",
        "code": "Код купона",
        "duplicate": "ДУБЛИКАТ",
        "terminal": "Киоск",
        "member": "Для",
        "card": "Карта",
        "voucher_title": "Купон на награду",
        "show_at_till": "Покажите этот купон на кассе.",
        "one_use": "Действует один раз. Не обменивается на деньги.",
        "donation_title": "Спасибо за пожертвование",
        "donated": "{points} баллов пожертвовано: {cause}",
        "test_title": "Тестовая страница принтера",
    },
}


def texts(language: str) -> dict[str, str]:
    """The printed words for a language, English for anything unknown."""
    return TEXTS.get(language, TEXTS["en"])
