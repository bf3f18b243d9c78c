"""Immutable results of use cases: what the screen, the CLI and the printer are given."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from kiosk.tiers import TierStatus


def to_jsonable(value: Any) -> Any:
    """Turn a view (dataclasses, dates) into JSON-ready data."""
    if hasattr(value, "__dataclass_fields__"):
        value = asdict(value)
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class Identified:
    """Who a scanned or typed code belongs to (and their birthday, read in the same look-up)."""

    member_id: int
    card: str | None
    via: str
    birthday: date | None = None
    phone_locked: bool = False  # wrong phone PINs locked the member's phone look-up


@dataclass(frozen=True)
class RewardOption:
    """A catalogue item as seen by one member."""

    id: int
    name: str
    description: str
    cost: int
    min_tier: str
    stock: int | None
    affordable: bool
    missing_points: int
    tier_locked: bool
    image: str = ""
    translations: dict[str, dict[str, str]] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class CauseOption:
    """A cause a member may donate points to."""

    id: int
    name: str
    description: str
    translations: dict[str, dict[str, str]] = field(default_factory=dict, hash=False)


def parse_translations(text: str | None) -> dict[str, dict[str, str]]:
    """Read a translations column; malformed entries are dropped, so the default words show."""
    try:
        data = json.loads(text) if text else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        language: {k: v for k, v in words.items() if isinstance(k, str) and isinstance(v, str)}
        for language, words in data.items()
        if isinstance(language, str) and isinstance(words, dict)
    }


@lru_cache(maxsize=512)
def cached_translations(text: str | None) -> dict[str, dict[str, str]]:
    """parse_translations, once per distinct text (for hot reads; never change the result)."""
    return parse_translations(text)


def localized(option: RewardOption | CauseOption, language: str) -> tuple[str, str]:
    """(name, description) of a reward or cause in the language, else the default columns."""
    return translate(option.name, option.description, option.translations, language)


def translate(
    name: str, description: str, translations: dict[str, dict[str, str]], language: str
) -> tuple[str, str]:
    """(name, description) in the language ('tr', or 'tr_TR'), each word falling back alone."""
    words = translations.get(language)
    if words is None:
        words = translations.get(language.replace("-", "_").split("_")[0], {})
    return (
        words.get("name", "").strip() or name,
        words.get("description", "").strip() or description,
    )


@dataclass(frozen=True)
class ExpiringPoints:
    """Points that will expire on one of the shop's days unless spent; expires_at is the stored
    instant (naive UTC) of the first lot to expire that day."""

    points: int
    expires_at: datetime


@dataclass(frozen=True)
class Activity:
    """One line of recent activity."""

    when: datetime
    kind: str
    points: int
    reason: str
    reference: str | None = None


@dataclass(frozen=True)
class MemberView:
    """Everything the member screen shows after a scan."""

    member_id: int
    name: str
    first_name: str
    card: str | None
    language: str
    status: str
    balance: int
    tier: TierStatus
    tier_explanation: str
    expiring: list[ExpiringPoints]
    birthday_bonus: int
    rewards: list[RewardOption]
    causes: list[CauseOption]
    recent: list[Activity]

    @property
    def expiring_soon(self) -> int:
        return sum(e.points for e in self.expiring)


@dataclass(frozen=True)
class Enrolled:
    """A new member and their card."""

    member_id: int
    card: str
    name: str


@dataclass(frozen=True)
class PurchaseResult:
    """The outcome of recording a purchase."""

    purchase_id: int
    member_id: int
    receipt: str
    amount_minor: int
    points_earned: int
    balance: int
    duplicate: bool
    recorded_at: datetime
    promotions: tuple[str, ...] = ()
    birthday_bonus: int = 0


@dataclass(frozen=True)
class RefundResult:
    """The outcome of a refund: money back, points clawed back."""

    receipt: str
    member_id: int
    refunded_minor: int
    points_clawed: int
    points_uncollected: int
    balance: int


@dataclass(frozen=True)
class VoucherIssued:
    """A voucher created by redeeming a reward (or found again by its idempotency key)."""

    voucher_id: int
    voucher_code: str
    display_code: str
    reward_id: int
    reward_name: str
    points: int
    balance: int
    member_id: int
    first_name: str
    card: str | None
    issued_at: datetime
    expires_at: datetime
    status: str
    repeated: bool = False
    idempotency_key: str = ""
    language: str = "en"  # the member's: the printed voucher speaks it
    title: str = ""  # the reward's name in the member's language
    description: str = ""  # the reward's description in the member's language


@dataclass(frozen=True)
class VoucherState:
    """What a voucher check or redemption found."""

    code: str
    status: str
    ok: bool
    message: str
    reward: str | None = None
    points: int | None = None
    member_first_name: str | None = None
    issued_at: datetime | None = None
    expires_at: datetime | None = None
    redeemed_at: datetime | None = None
    redeemed_store: str | None = None
    redeemed_terminal: str | None = None
    redeemed_staff: str | None = None
    points_returned: int = 0


@dataclass(frozen=True)
class Donation:
    """Points given to a cause."""

    entry_id: int
    cause_id: int
    cause: str
    points: int
    balance: int
    member_id: int
    first_name: str
    at: datetime


@dataclass(frozen=True)
class Adjustment:
    """A manual change of points with its reason."""

    entry_id: int
    member_id: int
    points: int
    balance: int


@dataclass(frozen=True)
class CardReplaced:
    """A lost card blocked and a new one issued."""

    member_id: int
    old_card: str
    new_card: str
    balance: int


@dataclass(frozen=True)
class Transfer:
    """Points moved from one member to another."""

    from_member: int
    to_member: int
    points: int


@dataclass(frozen=True)
class JobRunView:
    """The last run of one of the kiosk's own jobs: when, whether it worked, and what it did.

    Times are naive UTC. summary is plain English without personal data (for logs and the
    command line); details holds the numbers and, for a failed run, the problem's kind
    ("disk_full", "not_writable", ...), from which the staff screens build their sentences.
    """

    job: str
    started_at: datetime
    finished_at: datetime
    ok: bool
    summary: str
    bytes: int | None
    store: str
    terminal: str
    path: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ScheduledJobView:
    """One of the kiosk's own jobs for the staff screens: its last run (None: never run yet),
    its next time (naive UTC; None: not known), and whether this kiosk runs it at all (the
    backup does not on PostgreSQL: the chain's server is backed up there)."""

    job: str
    last: JobRunView | None
    next_at: datetime | None
    runs_here: bool = True


@dataclass(frozen=True)
class ExpiryRun:
    """What an expiry run did."""

    members: int
    lots: int
    points: int
    vouchers_expired: int
    at: datetime


@dataclass(frozen=True)
class RewardInfo:
    """A catalogue item for listing."""

    id: int
    name: str
    description: str
    cost: int
    min_tier: str
    stock: int | None
    validity_days: int | None
    active: bool
    active_from: datetime | None = None
    active_until: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    stores: tuple[str, ...] = ()  # the shops it is offered at; empty: every shop
