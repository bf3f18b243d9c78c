"""Members out to a CSV file: the marketing list (members who agreed), or every active member
with card and balance in the columns `member import` reads, for moving to another system."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from db.database import database_proxy
from db.models import Member
from kiosk import audit
from kiosk.context import Context
from kiosk.formatting import csv_delimiter, shop_time
from kiosk.paths import data_dir, write_private_bytes
from kiosk.reports.output import csv_text
from kiosk.roles import require
from kiosk.services.lookup import SPENDABLE_BALANCE
from kiosk.services.statements import Statement

MARKETING_COLUMNS = ("name", "phone", "email", "language")
ALL_COLUMNS = ("card", "name", "phone", "email", "birthday", "language", "consent", "points")
ACTIVE_MEMBERS = Statement(
    f"""SELECT (SELECT c.number FROM "card" c WHERE c.member_id = m.id AND c.status = 'active'
              ORDER BY c.issued_at DESC, c.id DESC LIMIT 1),
             m.name, m.phone, m.email, m.birthday, m.language, m.marketing_consent,
             {SPENDABLE_BALANCE}
        FROM "member" m WHERE m.status = 'active' ORDER BY m.id""",
    (None, None, None, None, Member.birthday, None, Member.marketing_consent, None),
)


@dataclass(frozen=True)
class ExportResult:
    """Where the list went (None: the text, for a pipe) and how many members it holds."""

    path: Path | None
    members: int
    consented: bool
    text: str = ""


def member_rows(ctx: Context, consented: bool) -> tuple[tuple[str, ...], list[list[object]]]:
    """The columns and the rows of the export."""
    require(ctx, "member_export")
    rows = []
    for card, name, phone, email, birthday, language, consent, points in ACTIVE_MEMBERS.all(
        ctx.now()
    ):
        if consented:
            if consent:
                rows.append([name, phone, email, language])
            continue
        rows.append([card, name, phone, email, birthday.isoformat() if birthday else None,
                     language, "yes" if consent else "no", int(points or 0)])
    return (MARKETING_COLUMNS if consented else ALL_COLUMNS), rows


def export_text(columns: tuple[str, ...], rows: list[list[object]], language: str) -> str:
    """CSV as Excel in the shop's language opens it: its separator, CRLF, no formulas."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=csv_delimiter(language), lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([value if isinstance(value, int) else csv_text(str(value or ""))
                         for value in row])
    return out.getvalue()


def default_export_path(ctx: Context, consented: bool) -> Path:
    """<data>/exports/marketing_YYYYMMDD-HHMM.csv (or members_...), in the shop's time."""
    stamp = shop_time(ctx.config, ctx.now()).strftime("%Y%m%d-%H%M%S")
    return data_dir() / "exports" / f"{'marketing' if consented else 'members'}_{stamp}.csv"


def export_members(ctx: Context, consented: bool, path: Path | None = None,
                   to_text: bool = False) -> ExportResult:
    """Write the list to path (0600, UTF-8 with BOM; the exports folder unless given), or return
    it as text for a pipe (to_text); audited with the count only."""
    require(ctx, "member_export")
    columns, rows = member_rows(ctx, consented)
    text = export_text(columns, rows, ctx.config.ui.language)
    target = None if to_text else (path or default_export_path(ctx, consented))
    if target is not None:
        write_private_bytes(target, text.encode("utf-8-sig"))
    with database_proxy.atomic():
        audit.record(ctx, "member.export", "marketing" if consented else "members",
                     {"members": len(rows)})
    return ExportResult(target, len(rows), consented, text if to_text else "")
