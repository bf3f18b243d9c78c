"""Immutable results of the staff administration use cases: members, merges, audit, programme."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class MemberRow:
    """One line of a member search, with phone and card masked."""

    id: int
    name: str
    phone: str
    card: str
    status: str
    balance: int
    created_at: datetime


@dataclass(frozen=True)
class CardRow:
    """A card of a member as staff see it."""

    number: str
    status: str
    issued_at: datetime
    blocked_at: datetime | None
    block_reason: str | None


@dataclass(frozen=True)
class LedgerRow:
    """One ledger entry on the staff member screen."""

    id: int
    created_at: datetime
    kind: str
    points: int
    reason: str
    reference: str | None
    staff: str | None


@dataclass(frozen=True)
class PurchaseRow:
    """One purchase on the staff member screen."""

    id: int
    created_at: datetime
    store: str
    receipt: str
    amount_minor: int
    refunded_minor: int
    points_earned: int
    points_clawed: int


@dataclass(frozen=True)
class VoucherRow:
    """An open voucher on the staff member screen."""

    id: int
    code: str
    reward: str
    points: int
    status: str
    issued_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class MemberDetail:
    """Everything staff need about one member on one screen; contact fields unmasked."""

    id: int
    name: str
    phone: str | None
    email: str | None
    birthday: date | None
    language: str
    marketing_consent: bool
    status: str
    balance: int
    tier: str
    created_at: datetime
    has_pin: bool
    merged_into: int | None
    erased_at: datetime | None
    cards: list[CardRow] = field(default_factory=list)
    ledger: list[LedgerRow] = field(default_factory=list)
    purchases: list[PurchaseRow] = field(default_factory=list)
    vouchers: list[VoucherRow] = field(default_factory=list)
    phone_locked: bool = False  # wrong phone PINs locked the phone look-up
    pin_locked_at: datetime | None = None
    pin_failures: int = 0


@dataclass(frozen=True)
class StatusChanged:
    """A member blocked or unblocked."""

    member_id: int
    old_status: str
    new_status: str


@dataclass(frozen=True)
class MergeResult:
    """A duplicate member folded into the member kept."""

    keep_id: int
    duplicate_id: int
    points_moved: int
    cards_moved: int
    purchases_moved: int
    fields_filled: tuple[str, ...]
    balance: int


@dataclass(frozen=True)
class ErasedResult:
    """A member whose personal data was erased on request."""

    member_id: int
    points_forfeited: int
    vouchers_voided: int
    cards_blocked: int
    erased_at: datetime


@dataclass(frozen=True)
class ProgrammeVersionRow:
    """One saved version of the programme rules."""

    id: int
    effective_from: datetime
    created_at: datetime
    staff: str | None
    note: str


@dataclass(frozen=True)
class AuditRow:
    """One line of the audit log."""

    id: int
    created_at: datetime
    staff: str | None
    role: str | None
    action: str
    target: str
    details: dict[str, Any]
    reason: str
    store: str
    terminal: str
