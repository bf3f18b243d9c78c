"""The tables: members, cards, purchases, the append-only ledger, lots, rewards, vouchers, staff."""

from __future__ import annotations

import peewee as pw

from db.database import database_proxy


class BaseModel(pw.Model):
    """All models share the proxy and plain table names."""

    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row per applied migration step."""

    version = pw.IntegerField(primary_key=True)
    description = pw.CharField(max_length=200)
    applied_at = pw.DateTimeField()


class Member(BaseModel):
    """A loyalty member; balance is a cache that `db check` proves equal to the ledger."""

    name = pw.CharField(max_length=200)
    phone = pw.CharField(max_length=20, null=True, index=True)
    email = pw.CharField(max_length=254, null=True)
    birthday = pw.DateField(null=True)
    language = pw.CharField(max_length=5, default="en")
    marketing_consent = pw.BooleanField(default=False)
    status = pw.CharField(max_length=10, default="active")
    balance = pw.IntegerField(default=0)
    created_at = pw.DateTimeField()
    pin_hash = pw.CharField(max_length=200, null=True)  # kiosk.pins; None: no phone PIN set
    pin_failures = pw.IntegerField(default=0)  # wrong PINs in a row; a lock at the configured limit
    pin_locked_at = pw.DateTimeField(null=True)  # when wrong PINs locked the phone look-up
    merged_into = pw.IntegerField(null=True)  # status "merged": the member this one was merged into
    erased_at = pw.DateTimeField(null=True)  # status "erased": personal data removed on request
    last_purchase_at = pw.DateTimeField(null=True)  # who is active, without counting purchases
    purchase_count = pw.IntegerField(default=0)

    class Meta:
        indexes = (
            (("created_at",), False),
            (("last_purchase_at",), False),
            (("purchase_count",), False),
        )


# One phone number, one member, so two kiosks enrolling the same number at the same instant
# cannot both succeed. Erased members hold no phone; a member merged into another may keep the
# number the kept member took over.
PHONE_INDEX = "member_phone_unique"
PHONE_HOLDERS = ("active", "blocked")
Member.add_index(
    pw.ModelIndex(
        Member, (Member.phone,), unique=True, name=PHONE_INDEX,
        where=Member.phone.is_null(False) & Member.status.in_(PHONE_HOLDERS),
    )
)


class Card(BaseModel):
    """A card number belonging to a member; a lost card is blocked, never deleted."""

    number = pw.CharField(max_length=20, unique=True)
    member = pw.ForeignKeyField(Member, backref="cards", on_delete="RESTRICT")
    status = pw.CharField(max_length=10, default="active")
    issued_at = pw.DateTimeField()
    blocked_at = pw.DateTimeField(null=True)
    block_reason = pw.CharField(max_length=200, null=True)


class Purchase(BaseModel):
    """A purchase recorded once per store and receipt number."""

    member = pw.ForeignKeyField(Member, backref="purchases", on_delete="RESTRICT")
    store = pw.CharField(max_length=40)
    terminal = pw.CharField(max_length=40)
    receipt = pw.CharField(max_length=80)
    amount_minor = pw.BigIntegerField()
    refunded_minor = pw.BigIntegerField(default=0)
    lines = pw.TextField(default="{}")
    points_earned = pw.IntegerField(default=0)
    points_clawed = pw.IntegerField(default=0)
    staff = pw.CharField(max_length=80, null=True)
    created_at = pw.DateTimeField()

    class Meta:
        indexes = (
            (("store", "receipt"), True),
            (("member", "created_at"), False),
            (("created_at", "member", "amount_minor", "refunded_minor"), False),
        )


class Cause(BaseModel):
    """A charity or cause members can donate points to."""

    name = pw.CharField(max_length=200)
    description = pw.TextField(default="")
    active = pw.BooleanField(default=True)
    translations = pw.TextField(default="{}")  # {"tr": {"name": ..., "description": ...}, ...}
    stores = pw.TextField(default="")  # shop codes, comma-separated; empty: every shop


class LedgerEntry(BaseModel):
    """One change of points; never updated or deleted."""

    member = pw.ForeignKeyField(Member, backref="entries", on_delete="RESTRICT")
    kind = pw.CharField(max_length=12)
    points = pw.IntegerField()
    reason = pw.CharField(max_length=300, default="")
    idempotency_key = pw.CharField(max_length=120, unique=True)
    store = pw.CharField(max_length=40)
    terminal = pw.CharField(max_length=40)
    staff = pw.CharField(max_length=80, null=True)
    purchase = pw.ForeignKeyField(Purchase, null=True, on_delete="RESTRICT")
    cause = pw.ForeignKeyField(Cause, null=True, on_delete="RESTRICT")
    reference = pw.CharField(max_length=80, null=True)
    created_at = pw.DateTimeField()

    class Meta:
        indexes = (
            (("member", "created_at"), False),
            (("created_at",), False),
        )


class Lot(BaseModel):
    """Points earned together, with one expiry date; spent oldest-expiring first."""

    member = pw.ForeignKeyField(Member, backref="lots", on_delete="RESTRICT")
    entry = pw.ForeignKeyField(LedgerEntry, backref="lots", on_delete="RESTRICT")
    points = pw.IntegerField()
    remaining = pw.IntegerField()
    earned_at = pw.DateTimeField()
    expires_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = (
            (("member", "remaining"), False),
            (("expires_at",), False),
            (("expires_at", "remaining"), False),
        )


class LotUse(BaseModel):
    """Points a ledger entry took from (positive) or gave back to (negative) a lot."""

    entry = pw.ForeignKeyField(LedgerEntry, backref="lot_uses", on_delete="RESTRICT")
    lot = pw.ForeignKeyField(Lot, backref="uses", on_delete="RESTRICT")
    points = pw.IntegerField()


class Reward(BaseModel):
    """An item of the reward catalogue."""

    name = pw.CharField(max_length=120)
    description = pw.TextField(default="")
    cost = pw.IntegerField()
    min_tier = pw.CharField(max_length=40, default="")
    stock = pw.IntegerField(null=True)
    validity_days = pw.IntegerField(null=True)
    active = pw.BooleanField(default=True)
    active_from = pw.DateTimeField(null=True)
    active_until = pw.DateTimeField(null=True)
    image = pw.CharField(max_length=200, default="")
    sort_order = pw.IntegerField(default=0)
    translations = pw.TextField(default="{}")  # {"tr": {"name": ..., "description": ...}, ...}
    stores = pw.TextField(default="")  # shop codes, comma-separated; empty: every shop


class Voucher(BaseModel):
    """A reward voucher; its state changes only by conditional updates."""

    code = pw.CharField(max_length=20, unique=True)
    member = pw.ForeignKeyField(Member, backref="vouchers", on_delete="RESTRICT")
    reward = pw.ForeignKeyField(Reward, backref="vouchers", on_delete="RESTRICT")
    entry = pw.ForeignKeyField(LedgerEntry, on_delete="RESTRICT")
    points = pw.IntegerField()
    status = pw.CharField(max_length=10, default="issued")
    idempotency_key = pw.CharField(max_length=120, unique=True)
    store = pw.CharField(max_length=40)
    terminal = pw.CharField(max_length=40)
    issued_at = pw.DateTimeField()
    expires_at = pw.DateTimeField()
    printed_at = pw.DateTimeField(null=True)
    print_count = pw.IntegerField(default=0)
    redeemed_at = pw.DateTimeField(null=True)
    redeemed_store = pw.CharField(max_length=40, null=True)
    redeemed_terminal = pw.CharField(max_length=40, null=True)
    redeemed_staff = pw.CharField(max_length=80, null=True)
    voided_at = pw.DateTimeField(null=True)
    void_reason = pw.CharField(max_length=200, null=True)

    class Meta:
        indexes = (
            (("issued_at",), False),
            (("redeemed_at",), False),
            (("voided_at",), False),
        )


class Staff(BaseModel):
    """A shop assistant's account: a role, a slow-hashed PIN, an optional staff card, lock state."""

    name = pw.CharField(max_length=80, unique=True)
    role = pw.CharField(max_length=10)  # clerk or manager
    pin_hash = pw.CharField(max_length=200)
    card_number = pw.CharField(max_length=40, null=True, unique=True)
    failures = pw.IntegerField(default=0)  # wrong PINs since the last good one
    lock_level = pw.IntegerField(default=0)  # automatic locks in a row; each lasts longer
    locked_until = pw.DateTimeField(null=True)
    locked = pw.BooleanField(default=False)  # locked by hand until unlocked by hand
    locked_by = pw.CharField(max_length=80, null=True)  # who locked it by hand
    lock_reason = pw.CharField(max_length=300, default="")  # and why, as they said
    card_failures = pw.IntegerField(default=0)  # the same three for logging in by staff card
    card_lock_level = pw.IntegerField(default=0)
    card_locked_until = pw.DateTimeField(null=True)
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField()
    last_login_at = pw.DateTimeField(null=True)
    store = pw.CharField(max_length=40, null=True)  # the shop it belongs to; None: the whole chain


class AuditEntry(BaseModel):
    """Who did what, when and why; written in the same transaction as the change it records."""

    created_at = pw.DateTimeField()
    staff = pw.CharField(max_length=80, null=True)
    role = pw.CharField(max_length=10, null=True)
    action = pw.CharField(max_length=40)
    target = pw.CharField(max_length=120, default="")
    details = pw.TextField(default="{}")
    reason = pw.CharField(max_length=300, default="")
    store = pw.CharField(max_length=40)
    terminal = pw.CharField(max_length=40)

    class Meta:
        indexes = (
            (("created_at",), False),
            (("action", "created_at"), False),
        )


class ProgrammeVersion(BaseModel):
    """The programme rules (tiers, earning, promotions) from a moment on; the newest one applies."""

    effective_from = pw.DateTimeField(index=True)
    rules = pw.TextField()  # JSON of kiosk.config.ProgrammeConfig
    staff = pw.CharField(max_length=80, null=True)
    note = pw.CharField(max_length=300, default="")
    created_at = pw.DateTimeField()


class ReportDay(BaseModel):
    """A day's totals for the reports, kept once the day is over (the ledger never changes)."""

    day = pw.DateField()
    metric = pw.CharField(max_length=60)
    value = pw.BigIntegerField()

    class Meta:
        primary_key = pw.CompositeKey("day", "metric")


class ChainSetting(BaseModel):
    """A value every kiosk of the shop or chain shares (the voucher key's fingerprint)."""

    name = pw.CharField(max_length=60, primary_key=True)
    value = pw.TextField()


class RefundRequest(BaseModel):
    """A refund done under a request key: retrying the same key returns it, never refunds twice."""

    key = pw.CharField(max_length=160, unique=True)
    purchase = pw.ForeignKeyField(Purchase, on_delete="RESTRICT")
    amount_minor = pw.BigIntegerField()
    points_clawed = pw.IntegerField(default=0)
    points_uncollected = pw.IntegerField(default=0)
    created_at = pw.DateTimeField()


class JobRun(BaseModel):
    """One run of work the kiosk does on its own (expiry, backup, report totals, clean-up).

    The summary is plain text without personal data; details is JSON of the run's numbers and,
    when it failed, the kind of problem, so the staff screens can say it in the shop's language.
    """

    job = pw.CharField(max_length=20)
    store = pw.CharField(max_length=40)
    terminal = pw.CharField(max_length=40)
    started_at = pw.DateTimeField()
    finished_at = pw.DateTimeField()
    ok = pw.BooleanField()
    summary = pw.CharField(max_length=300, default="")
    details = pw.TextField(default="{}")
    bytes = pw.BigIntegerField(null=True)
    path = pw.CharField(max_length=500, null=True)

    class Meta:
        indexes = ((("job", "started_at"), False),)


class Store(BaseModel):
    """A shop of the chain; its code is what purchases, ledger rows and vouchers carry as store."""

    code = pw.CharField(max_length=40, unique=True)
    name = pw.CharField(max_length=120)
    time_zone = pw.CharField(max_length=60, default="")  # IANA name; empty: the machine's own
    address = pw.CharField(max_length=300, default="")
    currency = pw.CharField(max_length=3, default="")
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField()


class Terminal(BaseModel):
    """A kiosk (or back office) of a shop, and what it last reported about itself."""

    store = pw.CharField(max_length=40)  # the shop's code
    code = pw.CharField(max_length=40)  # the terminal id of its configuration
    kind = pw.CharField(max_length=12, default="kiosk")  # kiosk or back-office
    host = pw.CharField(max_length=120, default="")
    first_seen_at = pw.DateTimeField()
    last_seen_at = pw.DateTimeField()
    started_at = pw.DateTimeField(null=True)  # when the running program started
    version = pw.CharField(max_length=40, default="")  # program version
    schema_version = pw.IntegerField(default=0)
    printer_state = pw.CharField(max_length=40, default="")  # ok, no_paper, offline, none...
    printer_detail = pw.CharField(max_length=200, default="")
    scanner_state = pw.CharField(max_length=40, default="")  # ok, disconnected, none...
    scanner_detail = pw.CharField(max_length=200, default="")
    queue_length = pw.IntegerField(default=0)  # changes waiting in its offline outbox
    offline_since = pw.DateTimeField(null=True)  # when it last lost the server, if it said so
    details = pw.TextField(default="{}")  # JSON of anything else it reported

    class Meta:
        indexes = ((("store", "code"), True),)


ALL_MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    Member,
    Card,
    Purchase,
    Cause,
    LedgerEntry,
    Lot,
    LotUse,
    Reward,
    Voucher,
    Staff,
    AuditEntry,
    ProgrammeVersion,
    ReportDay,
    ChainSetting,
    RefundRequest,
    JobRun,
    Store,
    Terminal,
]
