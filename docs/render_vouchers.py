"""Renders the printed vouchers of the demo shop to docs/screenshots/ (run from the repo root)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.database import close_database, open_database
from db.migrations import migrate
from hardware.preview import save_preview_png
from kiosk import services
from kiosk.clock import utc_now
from kiosk.config import Config
from kiosk.context import Context
from kiosk.demo import seed_demo
from kiosk.roles import OWNER
from kiosk.services.printing import donation_document, voucher_document

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="kiosk-docs-")
    open_database(f"sqlite:///{folder}/docs.db")
    migrate(utc_now())
    ctx = Context(Config(), b"d" * 32, staff="docs", role=OWNER)
    seed_demo(ctx, 4)
    made = []
    for card, reward, width, name in (
        ("2900000000018", 3, 80, "voucher_en_80mm.png"),
        ("2900000000025", 2, 58, "voucher_tr_58mm.png"),
        ("2900000000032", 1, 80, "voucher_ru_80mm.png"),
    ):
        member = services.identify(ctx, card).member_id
        issued = services.redeem_reward(ctx, member, reward, f"docs-{card}")
        made.append(save_preview_png(voucher_document(ctx, issued.voucher_code), OUT / name, width))
    duplicate = voucher_document(ctx, issued.voucher_code, duplicate=True)
    made.append(save_preview_png(duplicate, OUT / "voucher_ru_80mm_duplicate.png", 80))
    giver = services.identify(ctx, "2900000000025").member_id
    donation = services.donate(ctx, giver, 1, 100, "docs-donation")
    made.append(save_preview_png(donation_document(ctx, donation), OUT / "donation_tr_58mm.png",
                                 58))
    close_database()
    for path in made:
        print(path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path)


if __name__ == "__main__":
    main()
