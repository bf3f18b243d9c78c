"""The audit page says every kind of action the kiosk records as a sentence, whoever made it."""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.services.audit_log import AuditLine
from tests.conftest import START
from tests.ui.conftest import MANAGER, KioskFactory
from ui.staff.audit_sentences import SENTENCES, points_note, sentence

ROOT = Path(__file__).resolve().parents[2]
# actions whose name the code builds (f-strings, a parameter): what they can become
BUILT = {
    "member.block", "member.unblock", "reward.edit", "reward.activate", "reward.deactivate",
    "cause.edit", "cause.activate", "cause.deactivate",
}


def _recorded_actions() -> set[str]:
    """Every action name written by an audit.record call in the core."""
    found = set(BUILT)
    for path in (ROOT / "kiosk").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"audit\.record\(\s*\w+,\s*\"([a-z_.]+)\"", text):
            found.add(match.group(1))
    return found


def test_every_recorded_action_has_a_sentence() -> None:
    actions = _recorded_actions()
    assert {"member.pin", "points.expire", "reward.redeem", "db.backup"} <= actions
    assert actions - set(SENTENCES) == set()


def test_the_new_actions_read_as_sentences(make_kiosk: KioskFactory) -> None:
    host = make_kiosk().journey.desk

    def said(staff: str | None, role: str, action: str, target: str, details: dict) -> str:
        return sentence(host, AuditLine(START, staff, role, action, target, details))

    assert said("Deniz Clerk", "clerk", "member.pin", "member:4", {}) == (
        "Deniz Clerk set a new phone PIN for member #4.")
    assert said("customer", "customer", "reward.redeem", "voucher:9",
                {"member": 4, "points": 1500, "code": "QNN9", "reward": 2}) == (
        "The customer spent 1,500 points of member #4 on voucher …QNN9.")
    assert said("customer", "customer", "points.birthday", "member:4", {"points": 100}) == (
        "Member #4 received the birthday bonus of 100 points.")
    assert said("customer", "customer", "points.donate", "member:4", {"points": 25}) == (
        "The customer donated 25 points of member #4 to a cause.")
    assert said(MANAGER, "manager", "points.transfer", "member:4",
                {"to": 5, "points_moved": 40}) == (
        "Maria Manager moved 40 points from member #4 to member #5.")
    assert said("schedule", "system", "points.expire", "",
                {"points_expired": 1200, "vouchers": 3, "members": 2, "lots": 4}) == (
        "The kiosk's schedule wrote off 1,200 expired points and 3 expired vouchers.")
    assert said("cli:root", "owner", "db.backup", "", {"file": "copy.db", "bytes": 10}) == (
        "cli:root made a backup of the database (copy.db).")
    redeemed = AuditLine(START, "Deniz Clerk", "clerk", "voucher.redeem", "voucher:9",
                         {"code": "QNN9", "reward": "Coffee"})
    assert sentence(host, redeemed) == "Deniz Clerk redeemed voucher …QNN9 (Coffee)."
    expired = AuditLine(START, "schedule", "system", "points.expire", "",
                        {"points_expired": 1200, "vouchers": 3})
    assert points_note(host, expired) == ""  # the sentence says it already
