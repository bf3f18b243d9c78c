"""The `member import` and `member export` commands: members in from a file, and out to one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.cli.devices import Devices
from kiosk.cli.output import Output
from kiosk.context import Context
from kiosk.services.member_export import export_members
from kiosk.services.member_import import ImportResult, import_members

SHOWN_ERRORS = 200  # lines of problems on the terminal (all of them with --json)


def _summary(result: ImportResult) -> str:
    if not result.ok:
        return (f"Nothing imported: {result.bad} bad line(s) in {result.file}; "
                f"{result.new} new and {result.existing} already there would be fine.")
    verb = "Would import" if result.dry_run else "Imported"
    return (f"{verb} {result.new} new member(s) with {result.points} opening points; "
            f"{result.existing} already there (left as they are); 0 bad lines.")


def member_import(args: argparse.Namespace, ctx: Context, out: Output, _devices: Devices) -> int:
    """Check a member file and, when every row is good and it is no dry run, import it."""
    result = import_members(ctx, Path(args.file), args.map, args.dry_run)
    lines = [_summary(result)]
    if result.unknown_columns:
        lines.append("Ignored columns: " + ", ".join(result.unknown_columns))
    for problem in result.errors[:SHOWN_ERRORS]:
        lines.append(f"line {problem.line}, {problem.column}: {problem.message} "
                     f"[{problem.reason}]")
    if len(result.errors) > SHOWN_ERRORS:
        lines.append(f"... {len(result.errors) - SHOWN_ERRORS} more (use --json for all)")
    for differs in result.differs[:SHOWN_ERRORS]:
        lines.append(f"line {differs.line}: member #{differs.member_id} is already there with "
                     f"another {', '.join(differs.fields)}; left as it is")
    out.result({
        "ok": result.ok,
        "dry_run": result.dry_run,
        "imported": result.imported,
        "file": result.file,
        "new": result.new,
        "existing": result.existing,
        "bad": result.bad,
        "points": result.points,
        "errors": [{"line": p.line, "column": p.column, "reason": p.reason,
                    "message": p.message} for p in result.errors],
        "differs": [{"line": d.line, "member_id": d.member_id, "fields": d.fields}
                    for d in result.differs],
        "unknown_columns": result.unknown_columns,
        "seconds": result.seconds,
    }, lines)
    return 0 if result.ok else 1


def member_export(args: argparse.Namespace, ctx: Context, out: Output, _devices: Devices) -> int:
    """Write the marketing list or every active member as CSV (a file, or stdout with -)."""
    to_text = args.csv == "-"
    result = export_members(ctx, args.consented, Path(args.csv) if args.csv and not to_text
                            else None, to_text)
    if to_text:
        sys.stdout.write(result.text)
        return 0
    what = "consented member(s)" if result.consented else "active member(s)"
    out.result({"ok": True, "file": str(result.path), "members": result.members,
                "consented": result.consented},
               f"Wrote {result.members} {what} to {result.path}")
    return 0


MEMBER_FILE_HANDLERS = {
    ("member", "import"): member_import,
    ("member", "export"): member_export,
}
