"""Seeding a demo shop: a catalogue, a few featured members made through the real use cases,
and as many bulk members as asked for (a million in minutes, for benchmarks)."""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from db.bulk import insert_rows, next_id, reset_sequence
from db.database import database_proxy
from db.models import Card, Cause, Reward
from kiosk.cards import ean_check_digit
from kiosk.clock import FixedClock
from kiosk.context import Context
from kiosk.demo_data import (
    CAUSES,
    DEMO_STAFF,
    FEATURED,
    FEATURED_PIN,
    FIRST_NAMES,
    LAST_NAMES,
    REWARDS,
    TRANSLATIONS,
)
from kiosk.lots import OpenLot, allocate
from kiosk.roles import OWNER
from kiosk.services import enrol, record_purchase, redeem_reward
from kiosk.vouchers import new_voucher_code

CHUNK_MEMBERS = 5_000
HISTORY_DAYS = 360


@dataclass(frozen=True)
class SeedReport:
    """What a seed run created."""

    members: int
    featured: int
    purchases: int
    vouchers: int
    rewards: int
    seconds: float


def seed_catalogue() -> int:
    """Create the demo rewards and causes when the catalogue is empty; return rewards created."""
    if Reward.select().exists():
        return 0
    with database_proxy.atomic():
        for order, (name, description, cost, tier, stock, days) in enumerate(REWARDS):
            Reward.create(
                name=name,
                description=description,
                cost=cost,
                min_tier=tier,
                stock=stock,
                validity_days=days,
                sort_order=order,
                translations=_translations(name),
            )
        if not Cause.select().exists():
            for name, description in CAUSES:
                Cause.create(name=name, description=description, translations=_translations(name))
    return len(REWARDS)


def _translations(name: str) -> str:
    return json.dumps(TRANSLATIONS.get(name, {}), ensure_ascii=False, sort_keys=True)


def seed_featured(ctx: Context) -> int:
    """Create the featured demo members through the real use cases, with a history."""
    now = ctx.now()
    created = 0
    for name, card, phone, language, birthday, purchases in FEATURED:
        if Card.select().where(Card.number == card).exists():
            continue
        born = date(1988, *birthday) if birthday else _safe_date(1990, now.month, now.day)
        start = FixedClock(now - timedelta(days=400))
        member = enrol(
            replace(ctx, clock=start),
            name,
            phone,
            card=card,
            birthday=born,
            language=language,
            marketing_consent=True,
            pin=FEATURED_PIN,
        )
        for index, (days_ago, amount) in enumerate(purchases):
            at = FixedClock(now - timedelta(days=days_ago, hours=index))
            record_purchase(
                replace(ctx, clock=at),
                None,
                amount,
                f"DEMO-{card[-4:]}-{index + 1}",
                member_id=member.member_id,
            )
        if name.startswith("Ayşe"):
            reward = Reward.get_or_none(Reward.cost == 100)
            if reward is not None:
                at = FixedClock(now - timedelta(days=5))
                redeem_reward(replace(ctx, clock=at), member.member_id, reward.id, f"demo-{card}")
        created += 1
    return created


DEMO_ACTOR = "demo"  # the name the audit log gives the demo seeding


def seed_staff(ctx: Context) -> int:
    """The demo shop's staff: a manager and a clerk, each with a staff card and a PIN."""
    from db.models import Staff
    from kiosk.services.staff import add_staff

    if Staff.select().exists():
        return 0
    owner = ctx.as_staff(DEMO_ACTOR, OWNER)
    for name, role, pin, card in DEMO_STAFF:
        add_staff(owner, name, role, pin, card)
    return len(DEMO_STAFF)


def _safe_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


def _text(moment: datetime | date) -> str:
    return moment.isoformat(sep=" ") if isinstance(moment, datetime) else moment.isoformat()


class _BulkSeeder:
    """Builds rows for many members at once, keeping the ledger, lots and balances consistent."""

    def __init__(self, ctx: Context, seed: int) -> None:
        self.ctx = ctx
        self.rng = random.Random(seed)
        self.now = ctx.now()
        self.rewards = [
            (r.id, r.cost, r.name)
            for r in Reward.select().where((Reward.min_tier == "") & Reward.stock.is_null())
        ]
        self.ids = {
            t: next_id(t)
            for t in ("member", "card", "purchase", "ledger_entry", "lot", "lot_use", "voucher")
        }
        self.codes: set[str] = set()
        self.purchases = 0
        self.vouchers = 0
        self.expire_days = ctx.config.programme.points_expire_days

    def take_id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] += 1
        return value

    def chunk(self, count: int) -> None:
        rows: dict[str, list[tuple]] = {t: [] for t in self.ids}
        for _ in range(count):
            self.member(rows)
        with database_proxy.atomic():
            insert_rows(
                "member",
                (
                    "id",
                    "name",
                    "phone",
                    "email",
                    "birthday",
                    "language",
                    "marketing_consent",
                    "status",
                    "balance",
                    "created_at",
                    "pin_failures",
                    "last_purchase_at",
                    "purchase_count",
                ),
                rows["member"],
            )
            insert_rows("card", ("id", "number", "member_id", "status", "issued_at"), rows["card"])
            insert_rows(
                "purchase",
                (
                    "id",
                    "member_id",
                    "store",
                    "terminal",
                    "receipt",
                    "amount_minor",
                    "refunded_minor",
                    "lines",
                    "points_earned",
                    "points_clawed",
                    "created_at",
                ),
                rows["purchase"],
            )
            insert_rows(
                "ledger_entry",
                (
                    "id",
                    "member_id",
                    "kind",
                    "points",
                    "reason",
                    "idempotency_key",
                    "store",
                    "terminal",
                    "purchase_id",
                    "reference",
                    "created_at",
                ),
                rows["ledger_entry"],
            )
            insert_rows(
                "lot",
                ("id", "member_id", "entry_id", "points", "remaining", "earned_at", "expires_at"),
                rows["lot"],
            )
            insert_rows("lot_use", ("id", "entry_id", "lot_id", "points"), rows["lot_use"])
            insert_rows(
                "voucher",
                (
                    "id",
                    "code",
                    "member_id",
                    "reward_id",
                    "entry_id",
                    "points",
                    "status",
                    "idempotency_key",
                    "store",
                    "terminal",
                    "issued_at",
                    "expires_at",
                    "printed_at",
                    "print_count",
                    "redeemed_at",
                    "redeemed_store",
                    "redeemed_terminal",
                ),
                rows["voucher"],
            )

    def member(self, rows: dict[str, list[tuple]]) -> None:
        rng, ctx, now = self.rng, self.ctx, self.now
        member_id = self.take_id("member")
        language = rng.choices(("en", "tr", "ru"), weights=(60, 25, 15))[0]
        name = f"{rng.choice(FIRST_NAMES[language])} {rng.choice(LAST_NAMES[language])}"
        # a third joined within the last year, so new members and monthly cohorts have data
        first_day = rng.randint(0, HISTORY_DAYS) if rng.random() < 0.33 else rng.randint(
            HISTORY_DAYS, 720
        )
        joined = now - timedelta(days=first_day, minutes=rng.randint(0, 1440))
        history_days = min(HISTORY_DAYS, (now - joined).total_seconds() / 86_400)
        birthday = (
            date(rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28))
            if rng.random() < 0.8
            else None
        )
        prefix = ctx.config.store.card_prefix
        body = prefix + "1" + f"{member_id:0{11 - len(prefix)}d}"
        card = body + ean_check_digit(body)
        lots: list[OpenLot] = []
        lot_points: dict[int, int] = {}
        lot_entry: dict[int, int] = {}
        balance = 0
        visits = rng.choices(range(9), weights=(8, 14, 16, 16, 14, 12, 9, 6, 5))[0]
        moments = sorted(now - timedelta(days=rng.uniform(0, history_days)) for _ in range(visits))
        for index, moment in enumerate(moments):
            moment = moment.replace(microsecond=0)
            amount = rng.randint(300, 12_000)
            points = amount // 100
            purchase_id = self.take_id("purchase")
            receipt = f"D{member_id}-{index + 1}"
            rows["purchase"].append(
                (
                    purchase_id,
                    member_id,
                    ctx.store,
                    ctx.terminal,
                    receipt,
                    amount,
                    0,
                    "{}",
                    points,
                    0,
                    _text(moment),
                )
            )
            self.purchases += 1
            if points <= 0:
                continue
            entry_id = self.take_id("ledger_entry")
            rows["ledger_entry"].append(
                (
                    entry_id,
                    member_id,
                    "earn",
                    points,
                    f"Purchase {receipt}",
                    f"earn:{ctx.store}:{receipt}",
                    ctx.store,
                    ctx.terminal,
                    purchase_id,
                    receipt,
                    _text(moment),
                )
            )
            lot_id = self.take_id("lot")
            expires = moment + timedelta(days=self.expire_days) if self.expire_days else None
            lots.append(OpenLot(lot_id, points, expires, moment))
            lot_points[lot_id] = points
            lot_entry[lot_id] = entry_id
            balance += points
        affordable = [r for r in self.rewards if r[1] <= balance]
        if affordable and rng.random() < 0.35 and moments:
            reward_id, cost, reward_name = rng.choice(affordable)
            taken = allocate(lots, cost)
            moment = (moments[-1] + timedelta(hours=1)).replace(microsecond=0)
            if moment > now:
                moment = now
            entry_id = self.take_id("ledger_entry")
            key = f"seed-{member_id}"
            rows["ledger_entry"].append(
                (
                    entry_id,
                    member_id,
                    "redeem",
                    -cost,
                    f"Reward: {reward_name}",
                    f"voucher:{key}",
                    ctx.store,
                    ctx.terminal,
                    None,
                    reward_name[:80],
                    _text(moment),
                )
            )
            left = dict(lot_points)
            for lot_id, take in taken:
                rows["lot_use"].append((self.take_id("lot_use"), entry_id, lot_id, take))
                left[lot_id] -= take
            lot_points = left
            balance -= cost
            code = new_voucher_code(ctx.secret)
            while code in self.codes:
                code = new_voucher_code(ctx.secret)
            self.codes.add(code)
            redeemed = rng.random() < 0.7
            expires = moment + timedelta(days=30)
            status = "redeemed" if redeemed else ("printed" if expires > now else "expired")
            rows["voucher"].append(
                (
                    self.take_id("voucher"),
                    code,
                    member_id,
                    reward_id,
                    entry_id,
                    cost,
                    status,
                    key,
                    ctx.store,
                    ctx.terminal,
                    _text(moment),
                    _text(expires),
                    _text(moment),
                    1,
                    _text(moment + timedelta(days=2)) if redeemed else None,
                    ctx.store if redeemed else None,
                    ctx.terminal if redeemed else None,
                )
            )
            self.vouchers += 1
        for lot in lots:
            rows["lot"].append(
                (
                    lot.lot_id,
                    member_id,
                    lot_entry[lot.lot_id],
                    lot.remaining,
                    lot_points[lot.lot_id],
                    _text(lot.earned_at),
                    _text(lot.expires_at) if lot.expires_at else None,
                )
            )
        rows["member"].append(
            (
                member_id,
                name,
                "+4479" + f"{member_id:08d}",
                None,
                _text(birthday) if birthday else None,
                language,
                rng.random() < 0.6,
                "active",
                balance,
                _text(joined),
                0,
                _text(moments[-1].replace(microsecond=0)) if moments else None,
                len(moments),
            )
        )
        rows["card"].append((self.take_id("card"), card, member_id, "active", _text(joined)))


def seed_demo(ctx: Context, members: int, seed: int = 7) -> SeedReport:
    """Seed the catalogue, the featured members and bulk members up to the number asked for.

    The program seeds its own demo shop: as the owner, whoever started it.
    """
    ctx = ctx.as_staff(DEMO_ACTOR, OWNER)
    started = time.perf_counter()
    rewards = seed_catalogue()
    featured = seed_featured(ctx)
    seed_staff(ctx)
    bulk = max(members - featured, 0)
    seeder = _BulkSeeder(ctx, seed)
    done = 0
    while done < bulk:
        count = min(CHUNK_MEMBERS, bulk - done)
        seeder.chunk(count)
        done += count
    for table in seeder.ids:
        reset_sequence(table)
    return SeedReport(
        featured + done,
        featured,
        seeder.purchases,
        seeder.vouchers,
        rewards,
        round(time.perf_counter() - started, 2),
    )


def ensure_demo_data(ctx: Context, members: int = 200) -> SeedReport | None:
    """Seed the demo shop once, on an empty database, when the configuration asks for demo mode."""
    if not ctx.config.ui.demo:
        return None
    if Card.select().exists():
        seed_staff(ctx)  # a demo database made before staff accounts existed
        return None
    return seed_demo(ctx, members)
