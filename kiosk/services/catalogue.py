"""The reward catalogue and donation causes as staff edit them; issued vouchers never change."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from db.database import database_proxy
from db.models import Cause, Reward
from kiosk import audit
from kiosk.config import LANGUAGES
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.roles import require
from kiosk.safe_text import check_text
from kiosk.services.programme import effective_programme
from kiosk.services.stores import chain_wide, store_codes
from kiosk.shop_codes import parse_stores, stores_text
from kiosk.views import parse_translations

MAX_VALIDITY_DAYS = 3660


@dataclass(frozen=True)
class RewardFields:
    """Everything staff set on a reward."""

    name: str
    cost: int
    description: str = ""
    image: str = ""
    min_tier: str = ""
    stock: int | None = None  # None: unlimited
    validity_days: int | None = None  # None: the programme's voucher validity
    active: bool = True
    active_from: datetime | None = None
    active_until: datetime | None = None
    translations: dict[str, dict[str, str]] = field(default_factory=dict, hash=False)
    stores: tuple[str, ...] = ()  # the shops it is offered at; empty: every shop


@dataclass(frozen=True)
class CauseFields:
    """Everything staff set on a donation cause."""

    name: str
    description: str = ""
    active: bool = True
    translations: dict[str, dict[str, str]] = field(default_factory=dict, hash=False)
    stores: tuple[str, ...] = ()  # the shops it takes donations at; empty: every shop


def _bad(field_name: str, problem: str) -> InvalidInput:
    return InvalidInput(f"{field_name}: {problem}", reason="catalogue_invalid")


def _name(name: str, longest: int) -> str:
    check_text(name or "", "name", "name_invalid")
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise InvalidInput("A name is needed.", reason="name_missing")
    if len(cleaned) > longest:
        raise _bad("name", f"is too long ({longest} characters at most)")
    return cleaned


def _description(text: str | None) -> str:
    """A description: more than one line is fine, control and invisible characters are not."""
    return check_text((text or "").strip(), "description", "catalogue_invalid", allow_newlines=True)


def _translations(value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    if not isinstance(value, dict):
        raise _bad("translations", "must map a language to its name and description")
    cleaned: dict[str, dict[str, str]] = {}
    for language, words in value.items():
        if language not in LANGUAGES:
            raise _bad("translations", f"{language!r} is not one of: {', '.join(LANGUAGES)}")
        if not isinstance(words, dict) or not set(words) <= {"name", "description"}:
            raise _bad("translations", f"{language}: give only a name and a description")
        if not all(isinstance(v, str) for v in words.values()):
            raise _bad("translations", f"{language}: the words must be text")
        for part, text in words.items():
            check_text(text, f"{language} {part}", "catalogue_invalid", allow_newlines=True)
        kept = {k: " ".join(v.split()) if k == "name" else v.strip() for k, v in words.items()}
        kept = {k: v for k, v in kept.items() if v}
        if kept:
            cleaned[language] = kept
    return cleaned


def _stores(ctx: Context, codes: tuple[str, ...] | list[str]) -> str:
    """The shops as stored: known codes only; a shop's manager may name only their own shop."""
    text = stores_text(codes)
    known = {*store_codes(include_closed=True), ctx.store.upper()}
    unknown = sorted(set(parse_stores(text)) - known)
    if unknown:
        raise NotFound(f"There is no shop {', '.join(unknown)}.", reason="store_unknown")
    if not chain_wide(ctx) and text != (ctx.staff_store or "").upper():
        raise Refused(
            f"A shop's manager may offer rewards and causes at their own shop "
            f"({ctx.staff_store}) only.", reason="not_allowed",
        )
    return text


def _may_change(ctx: Context, row: Any) -> None:
    """A shop's manager changes only what is offered at their own shop alone."""
    if not chain_wide(ctx) and (row.stores or "") != (ctx.staff_store or "").upper():
        raise Refused(
            "This is offered at other shops too: the chain's managers change it.",
            reason="not_allowed",
        )


def _check_reward(ctx: Context, fields: RewardFields) -> dict[str, Any]:
    name = _name(fields.name, 120)
    if isinstance(fields.cost, bool) or not isinstance(fields.cost, int) or fields.cost <= 0:
        raise _bad("cost", "must be a whole number of points above 0")
    min_tier = fields.min_tier.strip()
    if min_tier:
        tiers = [tier.name for tier in effective_programme(ctx).tiers]
        match = next((t for t in tiers if t.lower() == min_tier.lower()), None)
        if match is None:
            raise _bad("min_tier", f"{min_tier!r} is not a tier; use one of: {', '.join(tiers)}")
        min_tier = match
    if fields.stock is not None and (
        isinstance(fields.stock, bool) or not isinstance(fields.stock, int) or fields.stock < 0
    ):
        raise _bad("stock", "must be empty (unlimited) or a whole number of 0 or more")
    days = fields.validity_days
    if days is not None and (
        isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_VALIDITY_DAYS
    ):
        raise _bad("validity_days", f"must be empty or between 1 and {MAX_VALIDITY_DAYS}")
    if fields.active_from and fields.active_until and fields.active_until <= fields.active_from:
        raise _bad("active_until", "must be after active_from")
    image = (fields.image or "").strip()
    if len(image) > 200:
        raise _bad("image", "the file name is too long (200 characters at most)")
    return {
        "name": name,
        "description": _description(fields.description),
        "image": image,
        "cost": fields.cost,
        "min_tier": min_tier,
        "stock": fields.stock,
        "validity_days": days,
        "active": bool(fields.active),
        "active_from": fields.active_from,
        "active_until": fields.active_until,
        "translations": json.dumps(
            _translations(fields.translations), ensure_ascii=False, sort_keys=True
        ),
        "stores": _stores(ctx, fields.stores),
    }


def _changes(row: Any, values: dict[str, Any]) -> dict[str, list[Any]]:
    return {
        key: [getattr(row, key), value]
        for key, value in values.items()
        if getattr(row, key) != value
    }


# --- rewards ------------------------------------------------------------------------------------


def _edit(
    ctx: Context, find: Callable[[int], Any], row_id: int, values: dict[str, Any], noun: str
) -> None:
    """Write the checked values of a reward or cause, auditing what changed (nothing: no row)."""
    with database_proxy.atomic():
        row = find(row_id)
        _may_change(ctx, row)
        changes = _changes(row, values)
        if changes:
            type(row).update(values).where(type(row).id == row_id).execute()
            audit.record(ctx, f"{noun}.edit", f"{noun}:{row_id}", {"changes": changes})


def _switch(
    ctx: Context, find: Callable[[int], Any], row_id: int, active: bool, noun: str
) -> None:
    """Switch a reward or cause on or off, auditing it when it changes."""
    with database_proxy.atomic():
        row = find(row_id)
        _may_change(ctx, row)
        if row.active != active:
            type(row).update(active=active).where(type(row).id == row_id).execute()
            action = f"{noun}.activate" if active else f"{noun}.deactivate"
            audit.record(ctx, action, f"{noun}:{row_id}", {"active": [row.active, active]})


def create_reward(ctx: Context, fields: RewardFields) -> int:
    """Add a reward to the catalogue and return its id."""
    require(ctx, "catalogue")
    values = _check_reward(ctx, fields)
    with database_proxy.atomic():
        reward = Reward.create(**values)
        audit.record(ctx, "reward.create", f"reward:{reward.id}", values)
    return int(reward.id)


def _reward(reward_id: int) -> Reward:
    reward = Reward.get_or_none(Reward.id == reward_id)
    if reward is None:
        raise NotFound(f"There is no reward {reward_id}.", reason="reward_unavailable")
    return reward


def update_reward(ctx: Context, reward_id: int, fields: RewardFields) -> None:
    """Change a reward; vouchers already issued keep their own points and expiry."""
    require(ctx, "catalogue")
    _edit(ctx, _reward, reward_id, _check_reward(ctx, fields), "reward")


def set_reward_active(ctx: Context, reward_id: int, active: bool) -> None:
    """Offer a reward again or withdraw it from the kiosk."""
    require(ctx, "catalogue")
    _switch(ctx, _reward, reward_id, active, "reward")


def reward_fields(reward_id: int) -> RewardFields:
    """The editable fields of a reward, to fill an edit form."""
    reward = _reward(reward_id)
    return RewardFields(
        name=reward.name,
        cost=reward.cost,
        description=reward.description,
        image=reward.image,
        min_tier=reward.min_tier,
        stock=reward.stock,
        validity_days=reward.validity_days,
        active=bool(reward.active),
        active_from=reward.active_from,
        active_until=reward.active_until,
        translations=parse_translations(reward.translations),
        stores=parse_stores(reward.stores),
    )


# --- causes -------------------------------------------------------------------------------------


def _check_cause(ctx: Context, fields: CauseFields) -> dict[str, Any]:
    return {
        "name": _name(fields.name, 200),
        "description": _description(fields.description),
        "active": bool(fields.active),
        "translations": json.dumps(
            _translations(fields.translations), ensure_ascii=False, sort_keys=True
        ),
        "stores": _stores(ctx, fields.stores),
    }


def _cause(cause_id: int) -> Cause:
    cause = Cause.get_or_none(Cause.id == cause_id)
    if cause is None:
        raise NotFound(f"There is no cause {cause_id}.", reason="cause_unavailable")
    return cause


def create_cause(ctx: Context, fields: CauseFields) -> int:
    """Add a cause members can donate points to and return its id."""
    require(ctx, "catalogue")
    values = _check_cause(ctx, fields)
    with database_proxy.atomic():
        cause = Cause.create(**values)
        audit.record(ctx, "cause.create", f"cause:{cause.id}", values)
    return int(cause.id)


def update_cause(ctx: Context, cause_id: int, fields: CauseFields) -> None:
    """Change a cause; donations already made stay as they were."""
    require(ctx, "catalogue")
    _edit(ctx, _cause, cause_id, _check_cause(ctx, fields), "cause")


def set_cause_active(ctx: Context, cause_id: int, active: bool) -> None:
    """Open a cause for donations or close it."""
    require(ctx, "catalogue")
    _switch(ctx, _cause, cause_id, active, "cause")


def cause_fields(cause_id: int) -> CauseFields:
    """The editable fields of a cause, to fill an edit form."""
    cause = _cause(cause_id)
    return CauseFields(
        name=cause.name,
        description=cause.description,
        active=bool(cause.active),
        translations=parse_translations(cause.translations),
        stores=parse_stores(cause.stores),
    )
