"""What the kiosk knows about the customer in front of it; dropped whole on reset."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.views import MemberView


@dataclass
class Session:
    """The member shown and the choice being confirmed, if any."""

    member: MemberView | None = None
    choice_kind: str = ""
    choice_id: int = 0
    choice_points: int = 0
    idempotency_key: str = ""
