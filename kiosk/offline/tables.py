"""The local copy's own tables: the outbox, what was copied when, and rows made while offline."""

from __future__ import annotations

import peewee as pw

from db.database import database_proxy

WAITING, SENT, CONFLICT = "waiting", "sent", "conflict"


class ReplicaModel(pw.Model):
    """Tables that exist only in the local copy (replica.db)."""

    class Meta:
        database = database_proxy
        legacy_table_names = False


class OutboxItem(ReplicaModel):
    """One change made while the server could not be reached, to be sent exactly once, in order."""

    seq = pw.AutoField()
    kind = pw.CharField(max_length=20)  # purchase, refund, enrol, redeem, voucher_redeem
    key = pw.CharField(max_length=200, unique=True)  # the idempotency key the server enforces
    payload = pw.TextField()  # JSON: the request in primitive form
    member_ref = pw.IntegerField(null=True)  # the member row it touched in the local copy
    origin = pw.CharField(max_length=20, default="kiosk")  # kiosk or cli
    created_at = pw.DateTimeField()  # UTC: the moment it happened at the counter
    state = pw.CharField(max_length=10, default=WAITING, index=True)
    attempts = pw.IntegerField(default=0)
    reason = pw.CharField(max_length=40, default="")  # a conflict's reason code
    last_error = pw.CharField(max_length=300, default="")
    result = pw.TextField(default="{}")
    sent_at = pw.DateTimeField(null=True)
    reviewed_at = pw.DateTimeField(null=True)  # a conflict staff have looked at


class SyncState(ReplicaModel):
    """Named values about the copy: last full and incremental copy, watermarks, offline since."""

    name = pw.CharField(max_length=40, primary_key=True)
    value = pw.TextField()


class MemberSync(ReplicaModel):
    """A member's balance as the server had it at the last copy ("balance as of")."""

    member_id = pw.IntegerField(primary_key=True)
    balance = pw.IntegerField()
    synced_at = pw.DateTimeField()


class LocalRow(ReplicaModel):
    """A row this copy made itself (while offline): dropped once the server has the real one."""

    table = pw.CharField(max_length=40)
    row_id = pw.BigIntegerField()


class ReplicaMode(ReplicaModel):
    """One row: copying is 1 while rows from the server are being written (not local rows)."""

    copying = pw.IntegerField(default=0)


REPLICA_MODELS: list[type[ReplicaModel]] = [
    OutboxItem, SyncState, MemberSync, LocalRow, ReplicaMode
]
# Tables whose new rows the offline services write; a trigger notes each as a local row.
LOCAL_TABLES = (
    "member", "card", "purchase", "ledger_entry", "lot", "lot_use", "voucher",
    "refund_request", "audit_entry",
)
