"""What the catalogue editor lists: every reward and every cause, switched on or off."""

from __future__ import annotations

from dataclasses import dataclass

from db.models import Cause
from kiosk.context import Context
from kiosk.roles import require
from kiosk.services.rewards import list_rewards
from kiosk.shop_codes import parse_stores
from kiosk.views import RewardInfo


@dataclass(frozen=True)
class CauseRow:
    """A donation cause as the editor lists it."""

    id: int
    name: str
    description: str
    active: bool
    stores: tuple[str, ...] = ()  # the shops it takes donations at; empty: every shop


def catalogue_lists(ctx: Context) -> tuple[list[RewardInfo], list[CauseRow]]:
    """All rewards (inactive too) and all causes, for the editor's tables."""
    require(ctx, "catalogue")
    causes = [
        CauseRow(row.id, row.name, row.description, bool(row.active), parse_stores(row.stores))
        for row in Cause.select().order_by(Cause.name)
    ]
    return list_rewards(ctx, include_inactive=True), causes
