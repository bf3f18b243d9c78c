"""What erasing a member removes beyond the member row: audit texts that name them, the files the
kiosk wrote about them, and (SQLite) the old pages in the write-ahead log."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from db.database import checkpoint_sqlite
from db.models import AuditEntry, Card, Member
from kiosk.private_files import MemberTraces, erase_member_files, phone_digits

ERASED = "(erased)"
MIN_FREE_TEXT = 4  # shorter names are redacted only in the member's own audit rows

log = logging.getLogger("kiosk")


def member_traces(member_id: int, country_code: str) -> MemberTraces:
    """Collect, before anonymising, what names the member and the members merged into them."""
    ids = {member_id}
    ids.update(mid for (mid,) in Member.select(Member.id).where(Member.merged_into == member_id)
               .tuples())
    rows = list(Member.select(Member.name, Member.phone, Member.email)
                .where(Member.id.in_(ids)).tuples())
    cards = {number for (number,) in Card.select(Card.number).where(Card.member.in_(ids)).tuples()}
    names = {name for name, _, _ in rows if name}
    emails = {email for _, _, email in rows if email}
    phones = {phone for _, phone, _ in rows if phone}
    for field, value in _edited_values(ids):  # what they were called and reached at before
        {"name": names, "email": emails, "phone": phones}[field].add(value)
    return MemberTraces(
        member_ids=frozenset(ids),
        names=frozenset(name.strip() for name in names if name.strip()),
        emails=frozenset(email.strip().casefold() for email in emails if email.strip()),
        phones=phone_digits(phones, country_code),
        cards=frozenset(cards),
        texts=frozenset(value for value in names | emails | phones if value.strip()),
    )


def _edited_values(member_ids: set[int]) -> list[tuple[str, str]]:
    """Old and new names, e-mails and phones that the member.edit audit rows kept."""
    found = []
    targets = [f"member:{i}" for i in member_ids]
    for (details,) in AuditEntry.select(AuditEntry.details).where(
        AuditEntry.target.in_(targets) & (AuditEntry.action == "member.edit")
    ).tuples():
        try:
            changes = json.loads(details).get("changes", {})
        except (ValueError, AttributeError):
            continue
        for field in ("name", "email", "phone"):
            values = changes.get(field) if isinstance(changes, dict) else None
            values = values if isinstance(values, list) else [values]
            found += [(field, value) for value in values if isinstance(value, str) and value]
    return found


def redact_audit(traces: MemberTraces) -> int:
    """Replace the member's name, e-mail and phone in every audit row's details and reason.

    Rows about the member (target member:ID, or ID for member.* actions such as member.enrol)
    lose every mention; other rows lose mentions
    of at least MIN_FREE_TEXT characters (a short name would hit unrelated words). Returns the
    number of rows changed.
    """
    targets = [f"member:{i}" for i in traces.member_ids]
    bare = [str(i) for i in traces.member_ids]  # a receipt may be called "5" too
    needles = sorted(traces.texts, key=len, reverse=True)
    if not needles:
        return 0
    condition = AuditEntry.target.in_(targets) | (
        AuditEntry.target.in_(bare) & AuditEntry.action.startswith("member.")
    )
    for needle in needles:
        if len(needle) >= MIN_FREE_TEXT:
            condition |= AuditEntry.details.contains(needle) | AuditEntry.reason.contains(needle)
    changed = 0
    for entry in AuditEntry.select(AuditEntry.id, AuditEntry.action, AuditEntry.target,
                                   AuditEntry.details, AuditEntry.reason).where(condition):
        own = entry.target in targets or (
            entry.target in bare and entry.action.startswith("member.")
        )
        details, reason = entry.details, entry.reason
        for needle in needles:
            if own or len(needle) >= MIN_FREE_TEXT:
                details = _replace_in_json(details, needle)
                reason = _replace_case_insensitive(reason, needle)
        if (details, reason) != (entry.details, entry.reason):
            AuditEntry.update(details=details, reason=reason).where(
                AuditEntry.id == entry.id
            ).execute()
            changed += 1
    return changed


def _replace_in_json(details: str, needle: str) -> str:
    try:
        data = json.loads(details)
    except ValueError:
        return _replace_case_insensitive(details, needle)
    return json.dumps(_walk(data, needle), ensure_ascii=False, sort_keys=True)


def _walk(value: object, needle: str) -> object:
    if isinstance(value, str):
        return _replace_case_insensitive(value, needle)
    if isinstance(value, list):
        return [_walk(item, needle) for item in value]
    if isinstance(value, dict):
        return {key: _walk(item, needle) for key, item in value.items()}
    return value


def _replace_case_insensitive(text: str, needle: str) -> str:
    """Every mention of needle as a whole word (any case) replaced by ERASED."""
    if not needle or not text:
        return text
    pattern = re.escape(needle)
    if needle[0].isalnum():
        pattern = r"(?<!\w)" + pattern
    if needle[-1].isalnum():
        pattern += r"(?!\w)"
    return re.sub(pattern, ERASED, text, flags=re.IGNORECASE)


def erase_traces_outside_rows(traces: MemberTraces, folder: Path) -> list[Path]:
    """After the erase is committed: delete the member's previews and exports in the data
    folder, then empty SQLite's write-ahead log so the old rows leave kiosk.db-wal."""
    try:
        deleted = erase_member_files(folder, traces)
    except OSError as exc:
        log.warning("Erase: files not all checked: %s", exc.strerror or type(exc).__name__)
        deleted = []
    checkpoint_sqlite()
    return deleted
