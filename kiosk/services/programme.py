"""Programme rules as versioned rows: managers save new rules that apply from a moment on."""

from __future__ import annotations

import json
import typing
from collections.abc import Iterable
from dataclasses import asdict, is_dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from db.database import database_proxy
from db.models import ProgrammeVersion, Reward
from kiosk import audit
from kiosk.admin_views import ProgrammeVersionRow
from kiosk.config import Config, ProgrammeConfig, _Builder, _check_consistency
from kiosk.context import Context
from kiosk.errors import ConfigError, InvalidInput
from kiosk.roles import require
from kiosk.safe_text import check_text
from kiosk.shop_codes import CODE_PATTERN

SOURCE = "programme rules"
PAST_TOLERANCE = timedelta(minutes=1)  # a form filled in a minute ago still means "now"


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def rules_to_json(rules: ProgrammeConfig) -> str:
    """The rules as JSON text; numbers with decimals and dates are written as exact strings."""
    return json.dumps(_plain(rules), ensure_ascii=False, sort_keys=True)


def _invalid(message: str) -> InvalidInput:
    return InvalidInput(message.removeprefix(f"{SOURCE}: "), reason="rules_invalid")


def _revive(tp: Any, raw: Any, where: str) -> Any:
    """Turn JSON values back into what the config builder expects (Decimal, date)."""
    origin = typing.get_origin(tp)
    if is_dataclass(tp) and isinstance(raw, dict):
        hints = typing.get_type_hints(tp)
        return {
            key: _revive(hints[key], value, f"{where}.{key}") if key in hints else value
            for key, value in raw.items()
        }
    if origin is list and isinstance(raw, list):
        (item,) = typing.get_args(tp)
        return [_revive(item, value, f"{where}[{i}]") for i, value in enumerate(raw)]
    if tp is Decimal and isinstance(raw, str | int | float) and not isinstance(raw, bool):
        try:
            number = Decimal(str(raw))
        except InvalidOperation:
            raise _invalid(f"{where}: {raw!r} is not a number") from None
        if not number.is_finite():
            raise _invalid(f"{where}: {raw!r} is not a number")
        return number
    if tp is date and isinstance(raw, str):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise _invalid(f"{where}: {raw!r} is not a date (YYYY-MM-DD)") from None
    return raw


def _build(data: Any) -> ProgrammeConfig:
    builder = _Builder(SOURCE, "")
    try:
        rules = builder.build(
            ProgrammeConfig, _revive(ProgrammeConfig, data, "programme"), ["programme"]
        )
        _check_consistency(Config(programme=rules), builder)
    except ConfigError as exc:
        raise _invalid(exc.message) from None
    return rules


def rules_from_json(text: str) -> ProgrammeConfig:
    """Read rules written by rules_to_json (checked like the configuration file)."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InvalidInput(f"The rules are not valid JSON: {exc}", reason="rules_invalid") from None
    return _build(data)


@lru_cache(maxsize=32)
def _cached_rules(text: str) -> ProgrammeConfig:
    return rules_from_json(text)


def _reward_tiers() -> list[str]:
    if database_proxy.obj is None:
        return []
    return [
        name
        for (name,) in Reward.select(Reward.min_tier)
        .where(Reward.min_tier != "")
        .distinct()
        .tuples()
    ]


def validate_rules(
    rules: ProgrammeConfig | dict[str, Any] | str, reward_tiers: Iterable[str] | None = None
) -> ProgrammeConfig:
    """Check rules as the configuration file is checked, plus tier names rewards refer to.

    reward_tiers: the min_tier names the catalogue uses; None reads them from the database.
    """
    if isinstance(rules, str):
        checked = rules_from_json(rules)
    elif isinstance(rules, ProgrammeConfig):
        checked = _build(json.loads(rules_to_json(rules)))
    else:
        checked = _build(rules)
    names = [tier.name.strip() for tier in checked.tiers]
    for index, name in enumerate(names):
        if not name:
            raise _invalid(f"programme.tiers[{index}].name: a tier needs a name")
        if name.lower() in (n.lower() for n in names[:index]):
            raise _invalid(f"programme.tiers[{index}].name: {name!r} is used twice")
    for index, promo in enumerate(checked.promotions):
        if not promo.name.strip():
            raise _invalid(f"programme.promotions[{index}].name: a promotion needs a name")
        wrong = [code for code in promo.stores if not CODE_PATTERN.fullmatch(code.upper())]
        if wrong:
            raise _invalid(f"programme.promotions[{index}].stores: {wrong[0]!r} is not a shop "
                           "code (1 to 40 of A-Z, 0-9, - and _)")
    wanted = reward_tiers if reward_tiers is not None else _reward_tiers()
    known = {name.lower() for name in names}
    missing = sorted({t for t in wanted if t and t.lower() not in known})
    if missing:
        raise _invalid(
            f"programme.tiers: rewards are for tier(s) {', '.join(missing)}, which the rules "
            "no longer have; change those rewards first"
        )
    return checked


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(_flatten(item, f"{prefix}.{key}" if prefix else key))
        return out
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        out = {}
        for index, item in enumerate(value):
            out.update(_flatten(item, f"{prefix}[{index}]"))
        return out
    return {prefix: value}


def rules_diff(old: ProgrammeConfig, new: ProgrammeConfig) -> dict[str, list[Any]]:
    """{field path: [old, new]} for every rule that differs."""
    before, after = _flatten(_plain(old)), _flatten(_plain(new))
    return {
        key: [before.get(key), after.get(key)]
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    }


def save_programme(
    ctx: Context,
    rules: ProgrammeConfig | dict[str, Any] | str,
    note: str = "",
    effective_from: datetime | None = None,
) -> int:
    """Save a new version of the rules, from now or a future moment; return its id."""
    require(ctx, "programme")
    checked = validate_rules(rules)
    now = ctx.now()
    start = now if effective_from is None else effective_from
    if start < now - PAST_TOLERANCE:
        raise InvalidInput(
            "Rules apply from now on: choose now or a later moment.", reason="date_past"
        )
    start = max(start, now)
    note = " ".join(check_text(note, "note", "text_invalid", allow_newlines=True).split())[:300]
    with database_proxy.atomic():
        previous = effective_programme(ctx, start)
        version = ProgrammeVersion.create(
            effective_from=start,
            rules=rules_to_json(checked),
            staff=ctx.staff,
            note=note,
            created_at=now,
        )
        audit.record(
            ctx,
            "programme.edit",
            f"programme:{version.id}",
            {"effective_from": start, "changes": rules_diff(previous, checked)},
            note,
        )
    return int(version.id)


def effective_programme(ctx: Context, at: datetime | None = None) -> ProgrammeConfig:
    """The rules in force at a moment: the newest saved version, else the configuration file."""
    moment = ctx.now() if at is None else at
    text = (
        ProgrammeVersion.select(ProgrammeVersion.rules)
        .where(ProgrammeVersion.effective_from <= moment)
        .order_by(ProgrammeVersion.effective_from.desc(), ProgrammeVersion.id.desc())
        .limit(1)
        .scalar()
    )
    return ctx.config.programme if text is None else _cached_rules(text)


def with_effective_programme(ctx: Context) -> Context:
    """The context with the rules in force now in place of the configuration file's."""
    return replace(ctx, config=replace(ctx.config, programme=effective_programme(ctx)))


def programme_history(ctx: Context, limit: int = 20) -> list[ProgrammeVersionRow]:
    """Saved versions of the rules, newest first."""
    require(ctx, "programme")
    return [
        ProgrammeVersionRow(*row)
        for row in ProgrammeVersion.select(
            ProgrammeVersion.id,
            ProgrammeVersion.effective_from,
            ProgrammeVersion.created_at,
            ProgrammeVersion.staff,
            ProgrammeVersion.note,
        )
        .order_by(ProgrammeVersion.effective_from.desc(), ProgrammeVersion.id.desc())
        .limit(max(1, limit))
        .tuples()
    ]


def version_rules(version_id: int) -> ProgrammeConfig:
    """The rules of one saved version."""
    text = (
        ProgrammeVersion.select(ProgrammeVersion.rules)
        .where(ProgrammeVersion.id == version_id)
        .scalar()
    )
    if text is None:
        raise InvalidInput(f"There is no programme version {version_id}.", reason="rules_invalid")
    return _cached_rules(text)
