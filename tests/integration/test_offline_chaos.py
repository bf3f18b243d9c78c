"""The proof: purchases, refunds, enrolments and redemptions while the line to the chain's
server drops and stalls at random, the kiosk restarts and the server restarts with changes
waiting; afterwards the server's ledger matches a count the test kept, nothing lost or doubled.

The test runs its own PostgreSQL cluster (so it can restart it) behind a proxy of its own.
KIOSK_CHAOS_STEPS and KIOSK_CHAOS_SEED make a longer or another run (marker chaos for those).
"""

from __future__ import annotations

import dataclasses
import faulthandler
import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

from db.database import close_database, open_database
from db.migrations import migrate
from db.models import LedgerEntry, Member, Purchase, Reward, Voucher
from kiosk import services
from kiosk.cards import card_number_for_key
from kiosk.clock import utc_now
from kiosk.config import Config, OfflineConfig, ProgrammeConfig, StoreConfig, TierConfig
from kiosk.context import Context
from kiosk.errors import DatabaseUnavailable, KioskError, RedeemUnconfirmed
from kiosk.failures import reset_connection
from kiosk.offline import gateway as gateway_module
from kiosk.offline.outbox import list_items
from kiosk.offline.settings import REDEEM_LIMIT, set_chain_setting
from kiosk.roles import OWNER
from kiosk.services import counter, journey
from tests.integration.flaky_proxy import FlakyProxy

pytestmark = [pytest.mark.postgres, pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[2]
STEPS = int(os.environ.get("KIOSK_CHAOS_STEPS", "45"))
SEED = int(os.environ.get("KIOSK_CHAOS_SEED", "14"))
START_POINTS = 1000
REWARD_COST = 100
TOML = """
[store]
id = "SHOP-A"
terminal = "A-1"

[ui]
demo = false

[offline]
folder = "{folder}"
server_timeout_s = 1

[programme]
points_expire_days = 0
birthday_bonus_points = 0

[[programme.tiers]]
name = "Member"
threshold = 0
multiplier = 1
"""


@dataclass
class Tally:
    """What the test expects, counted from what the kiosk and the command line acknowledged."""

    points: dict[str, int] = field(default_factory=dict)  # card -> expected balance
    receipts: dict[str, tuple[str, int]] = field(default_factory=dict)  # receipt -> card, points
    refunded: set[str] = field(default_factory=set)
    redeemed: dict[str, int] = field(default_factory=dict)  # card -> redemptions
    vouchers: int = 0


class Cluster:
    """A PostgreSQL cluster of the test's own, started with .ci/pg-server.sh."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        done = subprocess.run(["bash", str(ROOT / ".ci/pg-server.sh"), "start", str(folder)],
                              capture_output=True, text=True, timeout=120, check=True)
        self.url = done.stdout.strip()

    def restart(self) -> None:
        bin_dir = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(self.folder / "data"),
                        "-l", str(self.folder / "server.log"), "-m", "fast", "-w", "restart"],
                       capture_output=True, timeout=120, check=True)

    def stop(self) -> None:
        subprocess.run(["bash", str(ROOT / ".ci/pg-server.sh"), "stop", str(self.folder)],
                       capture_output=True, timeout=120, check=False)


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    if not list(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")):
        pytest.skip("PostgreSQL server binaries are not installed")
    parent = Path(tempfile.mkdtemp(prefix="kiosk-chaos-"))
    os.chmod(parent, 0o755)  # the postgres user reaches its folder inside
    server = Cluster(parent / "pg")
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(parent, ignore_errors=True)


class Monkey(threading.Thread):
    """Drops or stalls the line at random moments while the shop works."""

    def __init__(self, proxy: FlakyProxy, seed: int) -> None:
        super().__init__(daemon=True)
        self.proxy = proxy
        self.random = random.Random(seed)
        self.stopped = threading.Event()
        self.paused = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.random.uniform(0.3, 1.5)):
            if self.paused.is_set():
                continue
            if self.random.random() < 0.6:
                self.proxy.cut()
            else:
                self.proxy.stall()
            if self.stopped.wait(self.random.uniform(0.3, 2.5)):
                break
            self.proxy.heal()

    def stop(self) -> None:
        self.stopped.set()
        self.join(10)
        self.proxy.heal()


def _config(folder: Path) -> Config:
    return dataclasses.replace(
        Config(),
        store=dataclasses.replace(StoreConfig(), id="SHOP-A", terminal="A-1"),
        offline=dataclasses.replace(OfflineConfig(), folder=str(folder), server_timeout_s=1),
        programme=dataclasses.replace(
            ProgrammeConfig(), points_expire_days=0, birthday_bonus_points=0,
            tiers=[TierConfig(name="Member", threshold=0)]),
    )


def _cli(url: str, config: Path, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_DATA_DIR=str(data), KIOSK_DB_URL=url, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--config", str(config),
                           *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


class Shop:
    """The kiosk (an in-process gateway, restartable) and the till's command line."""

    def __init__(self, ctx: Context, url: str, config: Path, data: Path) -> None:
        self.ctx, self.url, self.config, self.data = ctx, url, config, data
        self.clerk = ctx.as_staff("Sam", "manager")
        self.gateway = self._start()

    def _start(self) -> gateway_module.Gateway:
        gateway = gateway_module.Gateway(self.ctx, probe_seconds=0.5)
        gateway.start()
        return gateway

    def restart(self) -> None:
        """The kiosk program stops and starts again: a new gateway on the same files (what
        survives a restart is what is in replica.db)."""
        self.gateway.stop()
        reset_connection()
        self.gateway = self._start()

    def run(self, function: object, *args: object) -> object:
        return self.gateway.run(function, args)  # type: ignore[arg-type]

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return _cli(self.url, self.config, self.data, *args)


def _member_id(shop: Shop, card: str) -> int:
    return shop.run(counter.find_member, shop.clerk, card).member_id  # type: ignore[attr-defined]


def _purchase(shop: Shop, tally: Tally, rng: random.Random, step: int, via_cli: bool) -> None:
    card = rng.choice(sorted(tally.points))
    units = rng.randint(1, 60)
    receipt = f"R-{step}"
    if via_cli:
        done = shop.cli("purchase", card, f"{units}.00", "--receipt", receipt, "--json")
        assert done.returncode == 0, done.stdout + done.stderr
    else:
        try:
            shop.run(counter.counter_purchase, shop.clerk, _member_id(shop, card),
                     units * 100, receipt)
        except KioskError:
            return  # refused or unreachable: nothing happened, nothing is counted
    tally.points[card] += units
    tally.receipts[receipt] = (card, units)


def _refund(shop: Shop, tally: Tally, rng: random.Random, via_cli: bool) -> None:
    open_receipts = sorted(set(tally.receipts) - tally.refunded)
    if not open_receipts:
        return
    receipt = rng.choice(open_receipts)
    card, units = tally.receipts[receipt]
    if via_cli:
        done = shop.cli("refund", "--receipt", receipt, "--json")
        if done.returncode == 1 and "receipt_unknown" in done.stdout:
            return  # recorded by the kiosk while offline, still in its outbox: refused
        assert done.returncode == 0, done.stdout + done.stderr
    else:
        try:
            shop.run(counter.counter_refund, shop.clerk, receipt)
        except KioskError:
            return
    tally.points[card] -= units
    tally.refunded.add(receipt)


def _enrol(shop: Shop, tally: Tally, step: int, via_cli: bool) -> None:
    key = f"chaos-{step}"
    card = card_number_for_key(key, shop.ctx.config.store.card_prefix)
    if via_cli:
        done = shop.cli("member", "enrol", "--name", f"Member {step}", "--key", key, "--json")
        assert done.returncode == 0, done.stdout + done.stderr
    else:
        try:
            shop.run(counter.counter_enrol, shop.clerk, f"Member {step}", None, card)
        except KioskError:
            return
    tally.points[card] = 0


def _redeem(shop: Shop, tally: Tally, rng: random.Random, step: int, reward: int) -> None:
    cards = sorted(c for c, n in tally.redeemed.items() if n < 2)
    if not cards:
        return
    card = rng.choice(cards)
    key = f"redeem-{step}"
    for _ in range(5):
        try:
            member_id = _member_id(shop, card)
            shop.run(journey.redeem_and_print, shop.ctx.as_customer(), None, None, member_id,
                     reward, key, lambda _step: None)
        except RedeemUnconfirmed:
            continue  # maybe saved: the same key again never takes the points twice
        except DatabaseUnavailable as problem:
            if problem.reason == "voucher_kept":
                break  # saved on the server, the screen could not show the member after
            return
        except KioskError:
            return
        break
    else:
        pytest.fail("a redemption stayed unconfirmed")
    tally.points[card] -= REWARD_COST
    tally.redeemed[card] += 1
    tally.vouchers += 1


def test_nothing_lost_or_doubled_across_cuts_stalls_and_restarts(
    cluster: Cluster, tmp_path: Path
) -> None:
    started = time.monotonic()
    parsed = urlparse(cluster.url)
    direct = cluster.url.rsplit("/", 1)[0] + "/chain"
    subprocess.run(["psql", cluster.url, "-c", "CREATE DATABASE chain"], capture_output=True,
                   check=True)
    proxy = FlakyProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432)
    proxy.__enter__()
    url = (f"postgresql://postgres@127.0.0.1:{proxy.port}/chain"
           "?connect_timeout=1&socket_timeout=1&statement_timeout=10")
    folder = tmp_path / "offline"
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(TOML.format(folder=folder))
    data = tmp_path / "data"
    open_database(url)
    migrate(utc_now())
    secret = hashlib.sha256(b"chaos").hexdigest().encode("ascii")
    ctx = Context(_config(folder), secret, staff="cli:test", role=OWNER)
    data.mkdir()
    (data / "voucher.key").write_text(secret.decode())
    os.chmod(data / "voucher.key", 0o600)
    tally = Tally()
    for number in range(6):
        member = services.enrol(ctx, f"Seed {number}", phone=f"07700 90{number:04d}")
        services.adjust(ctx, member.member_id, START_POINTS, "starting points")
        tally.points[member.card] = START_POINTS
        tally.redeemed[member.card] = 0
    reward = Reward.create(name="Coffee", cost=REWARD_COST).id
    set_chain_setting(REDEEM_LIMIT, "300")
    shop = Shop(ctx, url, config_file, data)
    shop.gateway.tick()  # the first copy
    rng = random.Random(SEED)
    monkey = Monkey(proxy, SEED + 1)
    monkey.start()
    restarted_server = False
    try:
        for step in range(STEPS):
            roll = rng.random()
            via_cli = rng.random() < 0.25
            if roll < 0.40:
                _purchase(shop, tally, rng, step, via_cli)
            elif roll < 0.55:
                _refund(shop, tally, rng, via_cli)
            elif roll < 0.70:
                _enrol(shop, tally, step, via_cli)
            elif roll < 0.85:
                _redeem(shop, tally, rng, step, reward)
            elif roll < 0.92:
                shop.restart()
            if not restarted_server and step >= STEPS // 2:
                monkey.paused.set()
                proxy.cut()
                shop.gateway.go_offline("the test cut the line")
                _purchase(shop, tally, rng, 10_000 + step, via_cli=False)
                _enrol(shop, tally, 10_000 + step, via_cli=False)
                cluster.restart()  # with changes waiting in the outbox
                restarted_server = True
                proxy.heal()
                monkey.paused.clear()
    finally:
        monkey.stop()
    # the line is back for good: the probe sends everything and the kiosk goes online
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if shop.gateway.online and not _waiting(shop):
            break
        time.sleep(0.3)
    else:  # say where the kiosk is stuck before failing
        faulthandler.dump_traceback(all_threads=True)
    shop.gateway.stop()
    assert shop.gateway.online and not _waiting(shop), _items(shop)
    final = shop.cli("outbox", "flush", "--json")
    assert final.returncode == 0, final.stdout + final.stderr
    # the one refusal that may happen: a redemption cut off after the server saved it, done
    # again offline, leaves the offline voucher replaced (its points are taken once)
    conflicts = [i for i in _items(shop) if i.state == "conflict"]
    assert [i for i in conflicts if i.reason != "voucher_replaced"] == [], conflicts
    close_database()
    open_database(direct)
    checked = _cli(direct, config_file, data, "db", "check", "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    for card, expected in tally.points.items():
        member = Member.select().join_from(Member, Member.cards.rel_model).where(
            Member.cards.rel_model.number == card).get()
        ledger = sum(e.points for e in LedgerEntry.select().where(LedgerEntry.member == member))
        assert (ledger, member.balance) == (expected, expected), card
    assert Purchase.select().count() == len(tally.receipts)
    assert Voucher.select().count() == tally.vouchers
    assert Member.select().count() == len(tally.points)
    assert restarted_server
    print(f"chaos: {STEPS} steps, {proxy.cuts} cuts, {proxy.stalls} stalls, "
          f"{len(tally.receipts)} purchases, {tally.vouchers} vouchers, "
          f"{time.monotonic() - started:.1f} s")
    proxy.stop()


def _items(shop: Shop) -> list:
    from db.database import use_database

    with use_database(shop.gateway.replica):
        return list_items()


def _waiting(shop: Shop) -> int:
    return sum(1 for item in _items(shop) if item.state == "waiting")
