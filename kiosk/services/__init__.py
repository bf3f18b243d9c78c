"""Use cases: each is one function taking a Context, callable from the CLI, the UI or a test.

The use cases are imported on first use (`services.identify`), so a command that needs one
module of them does not import them all.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "enrol": "members",
    "identify": "members",
    "identify_by_phone": "members",
    "member_view": "members",
    "replace_card": "members",
    "set_pin": "members",
    "adjust": "points",
    "expire_points": "points",
    "transfer_balance": "points",
    "record_purchase": "purchases",
    "refund": "purchases",
    "donate": "rewards",
    "list_causes": "rewards",
    "list_rewards": "rewards",
    "redeem_reward": "rewards",
    "check_voucher": "vouchers",
    "mark_printed": "vouchers",
    "redeem_voucher": "vouchers",
    "void_voucher": "vouchers",
}

__all__ = [
    "adjust",
    "check_voucher",
    "donate",
    "enrol",
    "expire_points",
    "identify",
    "identify_by_phone",
    "list_causes",
    "list_rewards",
    "mark_printed",
    "member_view",
    "record_purchase",
    "redeem_reward",
    "redeem_voucher",
    "refund",
    "replace_card",
    "set_pin",
    "transfer_balance",
    "void_voucher",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)

