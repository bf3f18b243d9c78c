"""When the birthday bonus is due: a window around the birthday, even across the new year."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kiosk.formatting import shop_zone
from kiosk.services.birthday import birthday_due, birthday_occurrence


@pytest.mark.parametrize(
    ("birthday", "now", "expected"),
    [
        (date(1990, 3, 4), datetime(2026, 3, 1, 9), date(2026, 3, 4)),
        (date(1990, 2, 22), datetime(2026, 3, 1, 9), date(2026, 2, 22)),  # 7 days after
        (date(1990, 2, 21), datetime(2026, 3, 1, 9), None),  # 8 days after
        (date(1990, 3, 9), datetime(2026, 3, 1, 9), None),  # 8 days before
        (date(1990, 1, 2), datetime(2026, 12, 30, 9), date(2027, 1, 2)),
        (date(1990, 12, 30), datetime(2027, 1, 2, 9), date(2026, 12, 30)),
        (date(2000, 2, 29), datetime(2026, 2, 28, 9), date(2026, 2, 28)),
        (date(2000, 2, 29), datetime(2028, 2, 29, 9), date(2028, 2, 29)),
        (None, datetime(2026, 3, 1, 9), None),
    ],
)
def test_birthday_occurrence(birthday, now, expected) -> None:
    assert birthday_occurrence(birthday, now, 7) == expected
    assert birthday_due(birthday, now, 7) is (expected is not None)


def test_a_zero_window_is_the_day_itself() -> None:
    assert birthday_due(date(1990, 3, 1), datetime(2026, 3, 1, 23, 59), 0)
    assert not birthday_due(date(1990, 3, 2), datetime(2026, 3, 1, 23, 59), 0)


def test_the_birthday_starts_at_midnight_in_the_shops_zone() -> None:
    istanbul = shop_zone("Europe/Istanbul")
    late_evening_utc = datetime(2026, 2, 28, 21, 30)  # 00:30 on 1 March in Istanbul
    assert birthday_due(date(1990, 3, 1), late_evening_utc, 0, istanbul)
    assert not birthday_due(date(1990, 3, 1), late_evening_utc, 0)  # a UTC shop: still 28 Feb
    assert birthday_occurrence(date(1990, 3, 1), late_evening_utc, 0, istanbul) == date(2026, 3, 1)
