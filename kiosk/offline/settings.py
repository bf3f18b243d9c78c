"""The chain's offline rules, kept in chain_setting so every kiosk (and its copy) shares them."""

from __future__ import annotations

from dataclasses import dataclass

from db.models import ChainSetting
from kiosk.errors import InvalidInput

REDEEM_LIMIT = "offline_redeem_limit"
VOUCHERS = "offline_vouchers"
DEFAULTS = {REDEEM_LIMIT: "0", VOUCHERS: "accept"}
VOUCHER_CHOICES = ("accept", "refuse")
MAX_REDEEM_LIMIT = 1_000_000


@dataclass(frozen=True)
class OfflineRules:
    """Points a member may spend at one kiosk while it is offline, and counter vouchers."""

    redeem_limit: int = 0  # 0: no redemption while offline
    accept_vouchers: bool = True


def check_setting(name: str, value: str) -> str:
    """The value in stored form, or InvalidInput naming what is allowed."""
    value = value.strip()
    if name == REDEEM_LIMIT:
        if not value.isdigit() or int(value) > MAX_REDEEM_LIMIT:
            raise InvalidInput(
                f"{REDEEM_LIMIT} is a whole number of points from 0 (off) to {MAX_REDEEM_LIMIT}.",
                reason="setting_invalid",
            )
        return str(int(value))
    if name == VOUCHERS:
        if value not in VOUCHER_CHOICES:
            raise InvalidInput(
                f"{VOUCHERS} is accept or refuse.", reason="setting_invalid"
            )
        return value
    raise InvalidInput(
        f"Unknown chain setting {name!r}: use {REDEEM_LIMIT} or {VOUCHERS}.",
        reason="setting_unknown",
    )


def chain_settings() -> dict[str, str]:
    """Every offline setting with its value (the default when the chain has not set it)."""
    stored = {
        row.name: row.value
        for row in ChainSetting.select().where(ChainSetting.name.in_(list(DEFAULTS)))
    }
    return {name: stored.get(name, default) for name, default in DEFAULTS.items()}


def set_chain_setting(name: str, value: str) -> str:
    """Store one setting for the whole chain; the stored value."""
    value = check_setting(name, value)
    ChainSetting.insert(name=name, value=value).on_conflict(
        conflict_target=[ChainSetting.name], update={ChainSetting.value: value}
    ).execute()
    return value


def offline_rules() -> OfflineRules:
    """The rules as the database this thread uses holds them."""
    values = chain_settings()
    try:
        limit = int(values[REDEEM_LIMIT])
    except ValueError:
        limit = 0
    return OfflineRules(max(limit, 0), values[VOUCHERS] != "refuse")
