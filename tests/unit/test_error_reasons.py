"""Every customer-facing error in kiosk/ carries a documented reason slug for the screen."""

from __future__ import annotations

import ast
import copy
import pickle
import re
from pathlib import Path

import pytest

import kiosk.errors
from kiosk.errors import InsufficientPoints, InvalidInput, KioskError, Refused, WrongPin

ROOT = Path(__file__).resolve().parents[2]
CHECKED = {"InvalidInput", "NotFound", "Refused", "InsufficientPoints"}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _calls(source: str, where: str) -> list[tuple[str, ast.Call]]:
    """Every call of InvalidInput, NotFound, Refused or InsufficientPoints in the source."""
    tree = ast.parse(source, filename=where)
    return [
        (f"{where}:{node.lineno}", node)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _name(node.func) in CHECKED
    ]


def _constructions() -> list[tuple[str, ast.Call]]:
    """Every such call in kiosk/."""
    found = []
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        found += _calls(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    return found


def _reason(call: ast.Call) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == "reason"), None)


def _documented() -> set[str]:
    return set(re.findall(r"^    ([a-z_]+) +\S", kiosk.errors.__doc__ or "", re.MULTILINE))


def test_the_walk_finds_the_raises_and_spots_a_missing_reason() -> None:
    assert len(_constructions()) > 40
    sample = (
        "def f(x):\n"
        "    if x:\n"
        "        raise errors.Refused('No.')\n"
        "    raise InvalidInput('Bad.', reason='card_invalid') from None\n"
        "    raise ConfigError('Exempt.')\n"
    )
    calls = _calls(sample, "sample.py")
    assert sorted((where, _reason(call) is None) for where, call in calls) == [
        ("sample.py:3", True),
        ("sample.py:4", False),
    ]


def test_every_raise_a_customer_can_meet_has_a_reason() -> None:
    missing = [where for where, call in _constructions() if _reason(call) is None]
    assert missing == []


def test_every_reason_is_a_documented_slug() -> None:
    documented = _documented()
    used = set()
    for where, call in _constructions():
        reason = _reason(call)
        if isinstance(reason, ast.Constant) and isinstance(reason.value, str):
            used.add(reason.value)
            assert reason.value in documented, f"{where}: {reason.value!r} is not documented"
    assert len(used) > 30
    brief = [
        "nothing_entered",
        "card_check_digit",
        "card_invalid",
        "card_unknown",
        "card_blocked",
        "account_blocked",
        "account_gone",
        "phone_invalid",
        "phone_unknown",
        "phone_exists",
        "card_taken",
        "name_missing",
        "name_too_long",
        "birthday_invalid",
        "email_invalid",
        "language_invalid",
        "insufficient_points",
        "out_of_stock",
        "tier_locked",
        "reward_unavailable",
        "cause_unavailable",
        "points_missing",
        "pin_required",
        "pin_not_set",
        "pin_wrong",
        "pin_locked",
        "pin_invalid",
        "key_reused",
    ]
    assert set(brief) <= documented
    assert set(brief) - {"pin_wrong"} <= used  # pin_wrong comes from WrongPin


def test_errors_keep_message_reason_and_extras() -> None:
    plain = KioskError("Something")
    assert (plain.message, plain.reason, str(plain)) == ("Something", "", "Something")
    short = InsufficientPoints("Not enough", reason="insufficient_points")
    assert isinstance(short, Refused) and short.code == "insufficient_points"
    wrong = WrongPin("The PIN is wrong; 2 attempts left.", attempts_left=2)
    assert (wrong.reason, wrong.attempts_left, wrong.code) == ("pin_wrong", 2, "refused")
    assert isinstance(wrong, Refused)


@pytest.mark.parametrize(
    "error",
    [
        InvalidInput("Bad card", reason="card_check_digit"),
        WrongPin("Wrong", attempts_left=1),
        kiosk.errors.PrinterProblem("paper_out", "No paper"),
    ],
)
def test_errors_survive_pickling_and_copying(error: KioskError) -> None:
    for again in (pickle.loads(pickle.dumps(error)), copy.copy(error)):
        assert type(again) is type(error)
        assert again.__dict__ == error.__dict__ and str(again) == str(error)
