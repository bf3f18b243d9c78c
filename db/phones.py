"""Stored phone numbers: their E.164 form, members who would share one, and the unique index."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass

import peewee

from db.models import PHONE_HOLDERS, PHONE_INDEX, Member

log = logging.getLogger("kiosk.db")


@dataclass(frozen=True)
class Collision:
    """Members (active or blocked) whose phone numbers are one number once written in E.164."""

    phone: str  # the E.164 number they share
    members: tuple[int, ...]


def e164(stored: str) -> str | None:
    """A stored '+digits' number in E.164 ('+789161234567' -> '+79161234567'); None if not one.

    Older kiosks kept the national trunk prefix after the country code (+7 8..., +44 0...);
    phonenumbers drops it. A number without '+' or that is not possible is left alone.
    """
    import phonenumbers  # about 0.1 s to import: only when numbers are rewritten or checked
    from phonenumbers import NumberParseException, PhoneNumberFormat

    if not stored.startswith("+"):
        return None
    try:
        number = phonenumbers.parse(stored, None)
    except NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _members_with_phones() -> list[tuple[int, str, str]]:
    return list(
        Member.select(Member.id, Member.phone, Member.status)
        .where(Member.phone.is_null(False))
        .order_by(Member.id)
        .tuples()
    )


def plan() -> tuple[dict[int, str], list[Collision]]:
    """What re-normalising would change (member id -> new number), and who would collide.

    Only active and blocked members hold a number alone; a merged member's number is rewritten
    but never collides.
    """
    members = _members_with_phones()
    groups: dict[str, list[int]] = defaultdict(list)
    wanted: dict[int, str] = {}
    for member_id, phone, status in members:
        normal = e164(phone) or phone
        wanted[member_id] = normal
        if status in PHONE_HOLDERS:
            groups[normal].append(member_id)
    collisions = [Collision(phone, tuple(ids)) for phone, ids in groups.items() if len(ids) > 1]
    colliding = {member_id for c in collisions for member_id in c.members}
    changes = {
        member_id: normal
        for member_id, phone, _ in members
        if (normal := wanted[member_id]) != phone and member_id not in colliding
    }
    return changes, collisions


def renormalise() -> list[Collision]:
    """Rewrite every stored number in E.164, except members who would then share one (reported)."""
    changes, collisions = plan()
    for member_id, phone in changes.items():
        Member.update(phone=phone).where(Member.id == member_id).execute()
    for collision in collisions:
        # ids only: logs never hold phone numbers
        log.warning(
            "members %s share one phone number; left unchanged until staff correct one of them",
            ", ".join(str(m) for m in collision.members),
        )
    if changes:
        log.info("%d phone numbers rewritten in E.164", len(changes))
    return collisions


def has_phone_index(database: peewee.Database) -> bool:
    """Whether the unique phone index exists."""
    return any(index.name == PHONE_INDEX for index in database.get_indexes("member"))


def ensure_phone_index(database: peewee.Database) -> list[Collision]:
    """Rewrite numbers in E.164 and create the unique phone index, unless members would share a
    number: then those are left as they are, logged and returned, and the index waits.

    Does nothing once the index exists (it keeps every number single from then on).
    """
    if has_phone_index(database):
        return []
    collisions = renormalise()
    if collisions:
        return collisions
    index = next(
        i for i in Member._meta.fields_to_index() if getattr(i, "_name", "") == PHONE_INDEX
    )
    database.execute(Member._schema._create_index(index))
    return []
