"""The redemptions report: vouchers issued, redeemed and voided, and rewards by popularity."""

from __future__ import annotations

from datetime import date

from db.models import Reward
from kiosk.context import Context
from kiosk.reports.activity import period_totals
from kiosk.reports.base import Report, period_for, ratio
from kiosk.reports.days import summed


def redemptions_report(
    ctx: Context, start: date | None = None, end: date | None = None, store: str | None = None
) -> Report:
    """Vouchers of the period (default: the last 90 days); rows: rewards, most issued first.

    The redemption rate is vouchers redeemed in the period over vouchers issued in it. For one
    shop: the vouchers it issued (and voided), and the vouchers it took at its counter, wherever
    they were issued.
    """
    period = period_for(ctx, start, end)
    total = summed(period_totals(ctx, period, store))
    issued, redeemed = total["vouchers_issued"], total["vouchers_redeemed"]
    reward_ids = {
        int(key.split(":")[1]) for key in total if key.startswith(("reward_issued:",
                                                                 "reward_redeemed:"))
    }
    names = dict(Reward.select(Reward.id, Reward.name).where(Reward.id.in_(reward_ids)).tuples())
    rows = sorted(
        (
            (names.get(rid, f"#{rid}"), total[f"reward_issued:{rid}"],
             total[f"reward_redeemed:{rid}"], total[f"reward_points:{rid}"])
            for rid in reward_ids
        ),
        key=lambda row: (-row[1], row[0]),
    )
    summary = {
        "issued": issued,
        "redeemed": redeemed,
        "voided": total["vouchers_voided"],
        "redemption_rate": ratio(redeemed, issued),
        "points_spent": sum(row[3] for row in rows),
    }
    columns = ("reward", "issued", "redeemed", "points")
    return Report("redemptions", "Redemptions", period, summary, columns, tuple(rows),
                  store=store)
