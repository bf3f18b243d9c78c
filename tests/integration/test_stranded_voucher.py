"""A database that fails after a voucher is saved never strands it (PostgreSQL, cut by a proxy).

The kiosk talks to PostgreSQL through a TCP proxy that the test cuts at each step after the
redeem's commit (before printing, while marking it printed, while building the member screen)
and once inside the redeem's transaction. Each time the code reaches the caller, a retry with
the same request key returns the same voucher, and the points are taken once.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import pytest

from db.database import close_database, open_database
from db.migrations import migrate
from db.models import LedgerEntry, Member, Reward, Voucher
from hardware.printer import EscposPrinter, NetworkTransport
from hardware.printer_sim import PrinterSimulator
from kiosk import services
from kiosk.errors import RedeemUnconfirmed, VoucherKept
from kiosk.services import journey, printing, rewards
from kiosk.services.printing import deliver_voucher
from tests.conftest import create_pg_database, drop_pg_database
from tests.integration.tcp_cut import CuttableProxy

pytestmark = [pytest.mark.integration, pytest.mark.postgres]

START_POINTS = 500
COST = 300


@dataclass
class Shop:
    """A member with points and a reward, on a database reached through a cuttable proxy."""

    proxy: CuttableProxy
    url: str
    member_id: int
    card: str
    reward_id: int

    def back(self) -> None:
        """The network comes back; the kiosk's next job opens a fresh connection."""
        self.proxy.restore()
        close_database()

    def redeemed_once(self) -> Voucher:
        """Exactly one voucher and one redeem entry; the points taken once."""
        assert Voucher.select().count() == 1
        assert LedgerEntry.select().where(LedgerEntry.kind == "redeem").count() == 1
        balance = Member.select(Member.balance).where(Member.id == self.member_id).scalar()
        assert balance == START_POINTS - COST
        return Voucher.get()


@pytest.fixture
def shop(pg_server: str, ctx) -> Iterator[Shop]:
    name, url = create_pg_database(pg_server)
    target = urlparse(url)
    try:
        with CuttableProxy(target.hostname or "127.0.0.1", target.port or 5432) as proxy:
            proxied = url.replace(f"{target.hostname}:{target.port}", f"127.0.0.1:{proxy.port}")
            open_database(proxied)
            migrate(ctx.now())
            ada = services.enrol(ctx, "Ada Lovelace", card=None)
            services.adjust(ctx, ada.member_id, START_POINTS, "starting points")
            bag = Reward.create(name="Bag", cost=COST)
            yield Shop(proxy, proxied, ada.member_id, ada.card, bag.id)
            proxy.restore()
            close_database()
    finally:
        drop_pg_database(pg_server, name)


@pytest.fixture
def sim() -> Iterator[PrinterSimulator]:
    simulator = PrinterSimulator().start()
    yield simulator
    simulator.stop()


def _printer(sim: PrinterSimulator) -> EscposPrinter:
    return EscposPrinter(NetworkTransport("127.0.0.1", sim.port, 2.0))


def _cut_before(shop: Shop, real: Callable[..., Any]) -> Callable[..., Any]:
    def cut_then(*args: Any, **kwargs: Any) -> Any:
        shop.proxy.cut()
        return real(*args, **kwargs)

    return cut_then


def _redeem(ctx, printer, shop: Shop, key: str) -> journey.Redeemed:
    return journey.redeem_and_print(
        ctx, printer, None, shop.member_id, shop.reward_id, key, lambda step: None
    )


STEPS = ["before printing", "marking it printed", "building the member view"]


@pytest.mark.parametrize("step", STEPS)
def test_a_cut_after_the_commit_hands_back_the_voucher(
    ctx, shop: Shop, sim: PrinterSimulator, monkeypatch, step: str
) -> None:
    printer = _printer(sim)
    if step == "before printing":
        monkeypatch.setattr(printer, "print_document", _cut_before(shop, printer.print_document))
    elif step == "marking it printed":
        monkeypatch.setattr(
            printing, "mark_voucher_printed", _cut_before(shop, printing.mark_voucher_printed)
        )
    else:
        monkeypatch.setattr(printing, "member_view", _cut_before(shop, printing.member_view))
    with pytest.raises(VoucherKept) as caught:
        _redeem(ctx, printer, shop, "kiosk-key-1")
    kept = caught.value
    assert shop.proxy.cuts == 1
    assert kept.printed and kept.problem == "" and kept.reason == "voucher_kept"
    code = kept.voucher.voucher_code
    assert kept.voucher.display_code in kept.message and "kiosk-key-1" in kept.message
    copied = pickle.loads(pickle.dumps(kept))  # it crosses threads and processes whole
    assert (copied.voucher, copied.printed, copied.reason) == (kept.voucher, True, "voucher_kept")
    (job,) = sim.wait_for_jobs(1)
    assert code.encode() in job  # the code is on paper too
    monkeypatch.undo()

    shop.back()
    again = _redeem(ctx, _printer(sim), shop, "kiosk-key-1")
    assert again.voucher.repeated and again.voucher.voucher_code == code
    assert again.member.balance == START_POINTS - COST
    voucher = shop.redeemed_once()
    assert voucher.code == code and voucher.status == "printed"
    _, second = sim.wait_for_jobs(2)
    # printed again on the retry, marked DUPLICATE when it was recorded as printed before
    assert code.encode() in second
    assert (b"DUPLICATE" in second) == (step == "building the member view")


def test_a_cut_with_the_printer_out_of_paper_still_hands_back_the_code(
    ctx, shop: Shop, sim: PrinterSimulator, monkeypatch
) -> None:
    sim.set_mode("paper_out")
    printer = _printer(sim)
    monkeypatch.setattr(printer, "print_document", _cut_before(shop, printer.print_document))
    with pytest.raises(VoucherKept) as caught:
        _redeem(ctx, printer, shop, "kiosk-key-2")
    kept = caught.value
    assert not kept.printed and kept.problem == "paper_out"
    assert sim.jobs == []  # the screen is the only place the code is: it is in the error
    shop.back()
    sim.set_mode("ok")
    again = _redeem(ctx, _printer(sim), shop, "kiosk-key-2")
    assert again.voucher.voucher_code == kept.voucher.voucher_code and again.outcome.printed
    assert shop.redeemed_once().status == "printed"


def test_a_cut_inside_the_redeem_names_the_key_and_a_retry_takes_the_points_once(
    ctx, shop: Shop, monkeypatch
) -> None:
    monkeypatch.setattr(rewards, "debit", _cut_before(shop, rewards.debit))
    with pytest.raises(RedeemUnconfirmed) as caught:
        services.redeem_reward(ctx, shop.member_id, shop.reward_id, "kiosk-key-3")
    assert caught.value.idempotency_key == "kiosk-key-3" and "kiosk-key-3" in caught.value.message
    monkeypatch.undo()
    shop.back()
    first = services.redeem_reward(ctx, shop.member_id, shop.reward_id, "kiosk-key-3")
    second = services.redeem_reward(ctx, shop.member_id, shop.reward_id, "kiosk-key-3")
    assert not first.repeated and second.repeated and first.voucher_id == second.voucher_id
    shop.redeemed_once()


def test_deliver_never_raises_for_the_database(ctx, shop: Shop, sim, monkeypatch) -> None:
    issued = services.redeem_reward(ctx, shop.member_id, shop.reward_id, "kiosk-key-4")
    monkeypatch.setattr(
        printing, "mark_voucher_printed", _cut_before(shop, printing.mark_voucher_printed)
    )
    delivery = deliver_voucher(ctx, _printer(sim), issued)
    assert delivery.printed and not delivery.marked and delivery.database_problem
    assert delivery.voucher.voucher_code == issued.voucher_code


@pytest.mark.parametrize("step", ["marking it printed", "before printing"])
def test_the_command_line_prints_the_code_and_key_and_a_retry_returns_the_voucher(
    shop: Shop, sim: PrinterSimulator, monkeypatch, capsys, tmp_path, step: str
) -> None:
    import main

    for variable in ("KIOSK_VOUCHER_SECRET", "KIOSK_CONFIG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("KIOSK_DB_URL", shop.url)
    close_database()
    printer = f"tcp://127.0.0.1:{sim.port}"
    command = ["--printer", printer, "redeem", shop.card, str(shop.reward_id)]
    if step == "marking it printed":
        hooked = _cut_before(shop, printing.mark_voucher_printed)
        monkeypatch.setattr(printing, "mark_voucher_printed", hooked)
    else:
        real_send = NetworkTransport.send
        monkeypatch.setattr(
            NetworkTransport, "send", lambda self, job: (shop.proxy.cut(), real_send(self, job))
        )
    code = main.main([*command, "--json"])
    out, err = capsys.readouterr()
    assert code == 4, (out, err)
    kept = json.loads(out)
    assert kept["error"] == "voucher_kept" and kept["printed"] is True
    assert kept["display_code"] in err and kept["idempotency_key"] in err
    (job,) = sim.wait_for_jobs(1)
    assert kept["voucher_code"].encode() in job
    monkeypatch.undo()
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("KIOSK_DB_URL", shop.url)
    shop.proxy.restore()

    assert main.main([*command, "--key", kept["idempotency_key"], "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["repeated"] is True and again["voucher_code"] == kept["voucher_code"]
    open_database(shop.url)
    shop.redeemed_once()
