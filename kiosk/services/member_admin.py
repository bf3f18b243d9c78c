"""Staff work on members: search, detail, edit, block, merge, erase, adjust and replace cards."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from typing import Any

from peewee import IntegrityError, fn

from db.database import database_proxy
from db.models import AuditEntry, Card, LedgerEntry, Member, Purchase, Reward, Voucher
from kiosk import audit
from kiosk.admin_views import (
    CardRow,
    ErasedResult,
    LedgerRow,
    MemberDetail,
    MemberRow,
    MergeResult,
    PurchaseRow,
    StatusChanged,
    VoucherRow,
)
from kiosk.cards import is_card_shaped, mask_card_number, parse_card_number
from kiosk.context import Context
from kiosk.erasure import erase_traces_outside_rows, member_traces, redact_audit
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.ledger import debit_lots, give_back, open_lots, spendable_balance, spendable_balance_sql
from kiosk.paths import data_dir
from kiosk.phones import mask_phone, normalise_phone
from kiosk.roles import require
from kiosk.safe_text import check_text
from kiosk.services import phone_lock
from kiosk.services.lookup import (
    follow_merged,
    get_member,
    member_tier,
    registered_card_number,
)
from kiosk.services.members import (
    issue_card_number,
    validate_birthday,
    validate_email,
    validate_language,
    validate_name,
)
from kiosk.services.points import adjust, move_all_points
from kiosk.views import Adjustment, CardReplaced
from kiosk.vouchers import format_code

CLOSED = ("merged", "erased")
OPEN_VOUCHERS = ("issued", "printed")
DETAIL_LEDGER = 20
DETAIL_PURCHASES = 10
ERASE_REASON = "Account erased on request"
CONTACT_FIELDS = ("phone", "email", "birthday")
PERSONAL_FIELDS = ("name", "phone", "email", "birthday")
EDITABLE = ("name", "phone", "email", "birthday", "language", "marketing_consent")


def _target(member_id: int) -> str:
    return f"member:{member_id}"


def _reason(reason: str, what: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(f"A reason is needed to {what}.", reason="reason_missing")
    return check_text(reason, "reason", "text_invalid")


# --- finding members ----------------------------------------------------------------------------


def search_members(
    ctx: Context, text: str, limit: int = 20, include_closed: bool = False
) -> list[MemberRow]:
    """Members by exact card number, exact phone number or part of the name, newest first."""
    require(ctx, "members")
    text = " ".join(text.split())
    if not text:
        raise InvalidInput("Nothing was entered.", reason="nothing_entered")
    limit = max(1, min(int(limit), 500))
    found: list[int] = []

    def add(ids: list[int]) -> None:
        for member_id in ids:
            if member_id not in found:
                found.append(member_id)

    open_only = Member.status.not_in(CLOSED)
    if is_card_shaped(text):
        number = text.replace(" ", "")
        query = Member.select(Member.id).join(Card).where(Card.number == number)
        if not include_closed:
            query = query.where(open_only)
        add([member_id for (member_id,) in query.tuples()])
    if any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text):
        try:
            phone = normalise_phone(text, ctx.config.store.country_code)
        except InvalidInput:
            phone = None
        if phone:
            query = Member.select(Member.id).where(Member.phone == phone)
            if not include_closed:
                query = query.where(open_only)
            add([member_id for (member_id,) in query.order_by(Member.id).limit(limit).tuples()])
    if any(ch.isalpha() for ch in text) and len(found) < limit:
        variants = {text, text.lower(), text.upper(), text.title(), text.capitalize()}
        condition = None
        for variant in sorted(variants):
            part = Member.name.contains(variant)
            condition = part if condition is None else condition | part
        query = Member.select(Member.id).where(condition)
        if not include_closed:
            query = query.where(open_only)
        rows = query.order_by(Member.id.desc()).limit(limit).tuples()
        add([member_id for (member_id,) in rows])
    return _rows(found[:limit], ctx.now())


def _rows(ids: list[int], now: datetime) -> list[MemberRow]:
    if not ids:
        return []
    members = {
        m.id: m
        for m in Member.select(
            Member.id,
            Member.name,
            Member.phone,
            Member.status,
            spendable_balance_sql(now).alias("balance"),  # expired lots left out
            Member.created_at,
        ).where(Member.id.in_(ids))
    }
    cards: dict[int, str] = {}
    for member_id, number in (
        Card.select(Card.member, Card.number)
        .where(Card.member.in_(ids) & (Card.status == "active"))
        .order_by(Card.issued_at, Card.id)
        .tuples()
    ):
        cards[member_id] = number
    return [
        MemberRow(
            id=m.id,
            name=m.name,
            phone=mask_phone(m.phone) if m.phone else "",
            card=mask_card_number(cards[m.id]) if m.id in cards else "",
            status=m.status,
            balance=m.balance,
            created_at=m.created_at,
        )
        for m in (members[i] for i in ids if i in members)
    ]


def find_member(ctx: Context, text: str) -> int:
    """The id of the member a card (any status), phone number or '#id' names, for staff tools."""
    require(ctx, "members")
    text = text.strip()
    if not text:
        raise InvalidInput("Nothing was entered.", reason="nothing_entered")
    if text.startswith("#") and text[1:].isdigit():
        return get_member(int(text[1:])).id
    if is_card_shaped(text):
        number = registered_card_number(text, ctx.config.store.card_prefix)
        member_id = Card.select(Card.member).where(Card.number == number).scalar()
        if member_id is None:
            raise NotFound("This card is not registered.", reason="card_unknown")
        return int(member_id)
    phone = normalise_phone(text, ctx.config.store.country_code)
    rows = list(
        Member.select(Member.id, Member.status)
        .where((Member.phone == phone) & (Member.status != "erased"))
        .order_by(Member.id)
        .tuples()
    )
    if not rows:
        raise NotFound("No member has this phone number.", reason="phone_unknown")
    member_id, status = next((r for r in rows if r[1] != "merged"), rows[0])
    return follow_merged(member_id)[0] if status == "merged" else int(member_id)


def member_detail(ctx: Context, member_id: int) -> MemberDetail:
    """Contact fields, status, balance, tier, cards, recent ledger and purchases, open vouchers."""
    require(ctx, "members")
    member = get_member(member_id)
    cards = [
        CardRow(c.number, c.status, c.issued_at, c.blocked_at, c.block_reason)
        for c in Card.select()
        .where(Card.member == member_id)
        .order_by(Card.issued_at.desc(), Card.id.desc())
    ]
    ledger = [
        LedgerRow(*row)
        for row in LedgerEntry.select(
            LedgerEntry.id,
            LedgerEntry.created_at,
            LedgerEntry.kind,
            LedgerEntry.points,
            LedgerEntry.reason,
            LedgerEntry.reference,
            LedgerEntry.staff,
        )
        .where(LedgerEntry.member == member_id)
        .order_by(LedgerEntry.created_at.desc(), LedgerEntry.id.desc())
        .limit(DETAIL_LEDGER)
        .tuples()
    ]
    purchases = [
        PurchaseRow(*row)
        for row in Purchase.select(
            Purchase.id,
            Purchase.created_at,
            Purchase.store,
            Purchase.receipt,
            Purchase.amount_minor,
            Purchase.refunded_minor,
            Purchase.points_earned,
            Purchase.points_clawed,
        )
        .where(Purchase.member == member_id)
        .order_by(Purchase.created_at.desc(), Purchase.id.desc())
        .limit(DETAIL_PURCHASES)
        .tuples()
    ]
    vouchers = [
        VoucherRow(vid, format_code(code), reward, points, status, issued, expires)
        for vid, code, reward, points, status, issued, expires in Voucher.select(
            Voucher.id,
            Voucher.code,
            Reward.name,
            Voucher.points,
            Voucher.status,
            Voucher.issued_at,
            Voucher.expires_at,
        )
        .join(Reward)
        .where((Voucher.member == member_id) & Voucher.status.in_(OPEN_VOUCHERS))
        .order_by(Voucher.expires_at, Voucher.id)
        .tuples()
    ]
    tier = member_tier(ctx, member_id).tier if member.status not in CLOSED else ""
    return MemberDetail(
        id=member.id,
        name=member.name,
        phone=member.phone,
        email=member.email,
        birthday=member.birthday,
        language=member.language,
        marketing_consent=bool(member.marketing_consent),
        status=member.status,
        balance=spendable_balance(member.id, ctx.now()),
        tier=tier,
        created_at=member.created_at,
        has_pin=member.pin_hash is not None,
        merged_into=member.merged_into,
        erased_at=member.erased_at,
        cards=cards,
        ledger=ledger,
        purchases=purchases,
        vouchers=vouchers,
        phone_locked=phone_lock.phone_locked(ctx, member.pin_failures, member.pin_locked_at),
        pin_locked_at=member.pin_locked_at,
        pin_failures=member.pin_failures,
    )


# --- editing ------------------------------------------------------------------------------------


def _open_member(member_id: int) -> Member:
    member = get_member(member_id)
    if member.status == "erased":
        raise NotFound("This member's account has been erased.", reason="account_gone")
    if member.status == "merged":
        raise Refused(
            f"This member was merged into member {member.merged_into}.", reason="account_merged"
        )
    return member


def update_member(
    ctx: Context,
    member_id: int,
    *,
    name: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    birthday: date | None = None,
    language: str | None = None,
    marketing_consent: bool | None = None,
) -> MemberDetail:
    """Change the given contact fields (an empty phone or e-mail clears it); audit old -> new."""
    require(ctx, "members")
    wanted: dict[str, Any] = {}
    if name is not None:
        wanted["name"] = validate_name(name)
    if phone is not None:
        wanted["phone"] = (
            normalise_phone(phone, ctx.config.store.country_code) if phone.strip() else None
        )
    if email is not None:
        wanted["email"] = validate_email(email)
    if birthday is not None:
        wanted["birthday"] = validate_birthday(ctx, birthday)
    if language is not None:
        wanted["language"] = validate_language(language)
    if marketing_consent is not None:
        wanted["marketing_consent"] = bool(marketing_consent)
    with database_proxy.atomic():
        member = _open_member(member_id)
        changes = {
            key: [getattr(member, key), value]
            for key, value in wanted.items()
            if getattr(member, key) != value
        }
        if changes.get("phone") and changes["phone"][1]:
            taken = (
                Member.select()
                .where(
                    (Member.phone == changes["phone"][1])
                    & (Member.id != member_id)
                    & (Member.status != "erased")
                    & ~((Member.status == "merged") & (Member.merged_into == member_id))
                )
                .exists()
            )
            if taken:
                raise Refused(
                    "A member with this phone number already exists.", reason="phone_exists"
                )
        if changes:
            try:
                with database_proxy.atomic():
                    Member.update({key: new for key, (_, new) in changes.items()}).where(
                        Member.id == member_id
                    ).execute()
            except IntegrityError:  # another kiosk gave the number to a member just now
                raise Refused(
                    "A member with this phone number already exists.", reason="phone_exists"
                ) from None
            audit.record(ctx, "member.edit", _target(member_id), {"changes": _shown(changes)})
    return member_detail(ctx, member_id)


def _shown(changes: dict[str, list[Any]]) -> dict[str, Any]:
    """What an audit row keeps of a change: old and new for the settings, for contact details
    only that they changed (no names, phone numbers, e-mails or birthdays in the audit log)."""
    return {
        key: "(changed)" if key in PERSONAL_FIELDS else values for key, values in changes.items()
    }


def _set_status(
    ctx: Context, member_id: int, reason: str, old: str, new: str, action: str
) -> StatusChanged:
    require(ctx, "member_admin")
    reason = _reason(reason, "block or unblock a member")
    with database_proxy.atomic():
        member = _open_member(member_id)
        done = (
            Member.update(status=new)
            .where((Member.id == member_id) & (Member.status == old))
            .execute()
        )
        if not done:
            raise Refused(f"This member is {member.status}, not {old}.", reason="status_conflict")
        audit.record(ctx, action, _target(member_id), {"status": [old, new]}, reason)
    return StatusChanged(member_id, old, new)


def block_member(ctx: Context, member_id: int, reason: str) -> StatusChanged:
    """Block an active member's account (their cards stop working until unblocked)."""
    return _set_status(ctx, member_id, reason, "active", "blocked", "member.block")


def unblock_member(ctx: Context, member_id: int, reason: str) -> StatusChanged:
    """Make a blocked member's account active again."""
    return _set_status(ctx, member_id, reason, "blocked", "active", "member.unblock")


def reset_phone_lock(ctx: Context, member_id: int, reason: str = "") -> bool:
    """Unlock a member's phone look-up that wrong PINs locked (audit member.pin_reset).

    Wrong attempts short of the limit are cleared too; Refused (pin_not_locked) when the
    look-up was not locked, so a second touch or a second manager changes nothing.
    """
    require(ctx, "member_admin")
    _open_member(member_id)
    if not phone_lock.lift(ctx, member_id, "member.pin_reset", reason):
        raise Refused("The phone look-up of this member is not locked.", reason="pin_not_locked")
    return True


# --- merging and erasing ------------------------------------------------------------------------


def merge_members(ctx: Context, keep_id: int, duplicate_id: int, reason: str) -> MergeResult:
    """Fold a duplicate into the member kept: points, cards, purchases and empty contact fields."""
    require(ctx, "member_admin")
    reason = _reason(reason, "merge members")
    if keep_id == duplicate_id:
        raise InvalidInput("A member cannot be merged with itself.", reason="members_same")
    with database_proxy.atomic():
        keep, duplicate = _open_member(keep_id), _open_member(duplicate_id)
        if keep.status != "active":
            raise Refused("Points can only move to an active member.", reason="target_inactive")
        open_count = (
            Voucher.select()
            .where((Voucher.member == duplicate_id) & Voucher.status.in_(OPEN_VOUCHERS))
            .count()
        )
        if open_count:
            raise Refused(
                f"Member {duplicate_id} still has {open_count} open voucher(s); redeem or void "
                "them first.",
                reason="vouchers_open",
            )
        moved = move_all_points(ctx, duplicate_id, keep_id, f"merge: {reason}")
        cards = Card.update(member=keep_id).where(Card.member == duplicate_id).execute()
        purchases = Purchase.update(member=keep_id).where(Purchase.member == duplicate_id).execute()
        filled = {
            name: getattr(duplicate, name)
            for name in CONTACT_FIELDS
            if getattr(keep, name) in (None, "") and getattr(duplicate, name) not in (None, "")
        }
        # the duplicate stops holding its phone number before the kept member takes it over
        Member.update(
            status="merged", merged_into=keep_id, last_purchase_at=None, purchase_count=0
        ).where(Member.id == duplicate_id).execute()
        if filled:
            Member.update(filled).where(Member.id == keep_id).execute()
        Member.update(
            last_purchase_at=Purchase.select(fn.MAX(Purchase.created_at)).where(
                Purchase.member == keep_id
            ),
            purchase_count=Purchase.select(fn.COUNT(Purchase.id)).where(
                Purchase.member == keep_id
            ),
        ).where(Member.id == keep_id).execute()  # the reports' activity columns follow
        Member.update(merged_into=keep_id).where(Member.merged_into == duplicate_id).execute()
        balance = Member.select(Member.balance).where(Member.id == keep_id).scalar()
        audit.record(
            ctx,
            "member.merge",
            _target(keep_id),
            {
                "keep": keep_id,
                "duplicate": duplicate_id,
                "points_moved": moved.points,
                "cards_moved": cards,
                "purchases_moved": purchases,
                "fields_filled": sorted(filled),
            },
            reason,
        )
    return MergeResult(
        keep_id, duplicate_id, moved.points, cards, purchases, tuple(sorted(filled)), balance
    )


def erase_member(ctx: Context, member_id: int, reason: str) -> ErasedResult:
    """Remove a member's personal data on request; points are forfeited, history stays anonymous."""
    require(ctx, "member_admin")
    reason = _reason(reason, "erase a member")
    now = ctx.now()
    with database_proxy.atomic():
        member = _open_member(member_id)
        vouchers = list(
            Voucher.select(Voucher.id, Voucher.code, Voucher.entry, Voucher.reward)
            .where((Voucher.member == member_id) & Voucher.status.in_(OPEN_VOUCHERS))
            .order_by(Voucher.id)
        )
        for voucher in vouchers:
            won = (
                Voucher.update(status="void", voided_at=now, void_reason="erased")
                .where((Voucher.id == voucher.id) & Voucher.status.in_(OPEN_VOUCHERS))
                .execute()
            )
            if won:
                give_back(
                    ctx,
                    member_id,
                    voucher.entry_id,
                    "refund",
                    f"Voucher {format_code(voucher.code)} cancelled: account erased",
                    f"void:{voucher.id}",
                    reference=voucher.code,
                )
                Reward.update(stock=Reward.stock + 1).where(
                    (Reward.id == voucher.reward_id) & Reward.stock.is_null(False)
                ).execute()
        lots = [(lot.lot_id, lot.remaining) for lot in open_lots(member_id)]
        forfeited = sum(points for _, points in lots)
        if forfeited:
            debit_lots(
                ctx,
                member_id,
                sorted(lots),
                "expire",
                ERASE_REASON,
                f"erase:{member_id}:{uuid.uuid4().hex}",
            )
        blocked = (
            Card.update(status="blocked", blocked_at=now, block_reason="erased")
            .where((Card.member == member_id) & (Card.status == "active"))
            .execute()
        )
        traces = member_traces(member_id, ctx.config.store.country_code)
        _anonymise(Member.id == member_id, member_id, now, status="erased")
        for (merged_id,) in (
            Member.select(Member.id).where(Member.merged_into == member_id).tuples()
        ):
            _anonymise(Member.id == merged_id, merged_id, now, status="merged")
        _redact_audit(member_id)
        audit.record(
            ctx,
            "member.erase",
            _target(member_id),
            {
                "points_forfeited": forfeited,
                "vouchers_voided": len(vouchers),
                "cards_blocked": blocked,
                "previous_status": member.status,
            },
            reason,
        )
        redact_audit(traces)  # the reason above may name them too
    erase_traces_outside_rows(traces, data_dir())
    return ErasedResult(member_id, forfeited, len(vouchers), blocked, now)


def _anonymise(where: Any, member_id: int, now: Any, status: str) -> None:
    Member.update(
        name=f"Erased member {member_id}",
        phone=None,
        email=None,
        birthday=None,
        pin_hash=None,
        pin_failures=0,
        marketing_consent=False,
        status=status,
        erased_at=now,
        last_purchase_at=None,  # no longer counted as an active customer
        purchase_count=0,
    ).where(where).execute()


def _redact_audit(member_id: int) -> None:
    """Earlier edits of the member kept old and new contact values; keep only the field names."""
    for entry in AuditEntry.select(AuditEntry.id, AuditEntry.details).where(
        (AuditEntry.target == _target(member_id)) & (AuditEntry.action == "member.edit")
    ):
        try:
            changes = json.loads(entry.details).get("changes", {})
        except (ValueError, AttributeError):
            changes = {}
        redacted = {"changes": {key: "(erased)" for key in changes}}
        AuditEntry.update(details=json.dumps(redacted, sort_keys=True)).where(
            AuditEntry.id == entry.id
        ).execute()


# --- points and cards ---------------------------------------------------------------------------


def adjust_points(ctx: Context, member_id: int, points: int, reason: str) -> Adjustment:
    """Add or remove points by hand (adjust writes the audit row in the same transaction)."""
    require(ctx, "adjust")
    reason = _reason(reason, "adjust points")
    with database_proxy.atomic():
        _open_member(member_id)
        return adjust(ctx, member_id, points, reason)


def replace_member_card(
    ctx: Context, member_id: int, new_card: str | None, reason: str
) -> CardReplaced:
    """Block the member's active card(s) and link a new card (a new number when none is given)."""
    require(ctx, "replace_card")
    reason = _reason(reason, "replace a card")
    prefix = ctx.config.store.card_prefix
    new_number = parse_card_number(new_card, prefix) if new_card else None
    now = ctx.now()
    try:
        with database_proxy.atomic():
            _open_member(member_id)
            old = [
                number
                for (number,) in Card.select(Card.number)
                .where((Card.member == member_id) & (Card.status == "active"))
                .order_by(Card.issued_at, Card.id)
                .tuples()
            ]
            if new_number and Card.select().where(Card.number == new_number).exists():
                raise Refused(
                    "The new card is already registered to a member.", reason="card_taken"
                )
            Card.update(status="blocked", blocked_at=now, block_reason=reason[:200]).where(
                (Card.member == member_id) & (Card.status == "active")
            ).execute()
            number = new_number or issue_card_number(prefix)
            Card.create(number=number, member=member_id, issued_at=now)
            audit.record(
                ctx,
                "card.replace",
                _target(member_id),
                {
                    "blocked": audit.code_tail(old[-1]) if old else "",
                    "new": audit.code_tail(number),
                },
                reason,
            )
    except IntegrityError:
        raise Refused(
            "The new card is already registered to a member.", reason="card_taken"
        ) from None
    return CardReplaced(member_id, old[-1] if old else "", number,
                        spendable_balance(member_id, ctx.now()))
