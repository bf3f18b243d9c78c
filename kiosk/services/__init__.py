"""Use cases: each is one function taking a Context, callable from the CLI, the UI or a test."""

from kiosk.services.members import (
    enrol,
    identify,
    identify_by_phone,
    member_view,
    replace_card,
    set_pin,
)
from kiosk.services.points import adjust, expire_points, transfer_balance
from kiosk.services.purchases import record_purchase, refund
from kiosk.services.rewards import donate, list_causes, list_rewards, redeem_reward
from kiosk.services.vouchers import check_voucher, mark_printed, redeem_voucher, void_voucher

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
