"""Results served from the local copy carry when its figures were last confirmed."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from functools import lru_cache
from typing import Any

from kiosk.views import MemberView, VoucherState
from kiosk.vouchers import format_code

UNCHECKED = "Could not be checked against other shops."


@lru_cache(maxsize=16)
def _offline_class(cls: type) -> type:
    """The same view with two more fields: as_of (the last copy) and waiting (its changes
    not yet on the server); a subclass, so every isinstance check still holds."""
    return dataclasses.make_dataclass(
        f"Offline{cls.__name__}",
        [("as_of", datetime | None, dataclasses.field(default=None)),
         ("waiting", int, dataclasses.field(default=0))],
        bases=(cls,),
        frozen=True,
    )


def with_as_of(view: Any, as_of: datetime | None, waiting: int) -> Any:
    """A member view marked as served offline ("balance as of")."""
    if not isinstance(view, MemberView):
        return view
    values = {f.name: getattr(view, f.name) for f in dataclasses.fields(view)}
    return _offline_class(type(view))(**values, as_of=as_of, waiting=waiting)


@dataclasses.dataclass(frozen=True)
class UncheckedVoucherState(VoucherState):
    """A counter voucher judged offline: by its signature and this kiosk's copy only."""

    unchecked: bool = True


def unchecked(state: VoucherState, message: str | None = None) -> UncheckedVoucherState:
    values = {f.name: getattr(state, f.name) for f in dataclasses.fields(VoucherState)}
    if message is not None:
        values["message"] = message
    return UncheckedVoucherState(**values)


def unknown_voucher_redeemed(code: str, now: datetime) -> UncheckedVoucherState:
    """A genuine voucher this copy does not hold, redeemed on trust (the chain accepts them)."""
    return UncheckedVoucherState(
        code=format_code(code), status="redeemed", ok=True,
        message=f"Voucher redeemed. {UNCHECKED} Hand over the reward printed on it.",
        redeemed_at=now,
    )
