"""One simulated terminal: a shop's kiosk and counter calling the services on a Poisson schedule."""

from __future__ import annotations

import os
import random
import threading
import time
import traceback
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from db.database import close_database, database_proxy, open_database
from hardware.printer import EscposPrinter, FileTransport
from kiosk.config import Config
from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.roles import CLERK, SYSTEM
from kiosk.schedule import heartbeat_job
from kiosk.services.counter import counter_purchase, find_member
from kiosk.services.journey import member_by_card, redeem_and_print
from kiosk.services.lookup import CARD_MEMBER
from kiosk.services.terminals import TerminalState

SECRET = b"bench-chain-secret-" + b"c" * 32
OPS = ("identify", "purchase", "redeem", "raw_identify", "heartbeat")
RICH_PER_TERMINAL = 40


@dataclass(frozen=True)
class TerminalPlan:
    """What one terminal does: who it is, for how long, at which rates, on which cards."""

    index: int
    shops: int
    seconds: float
    rates: dict[str, float]  # operations per second, per op
    database_url: str
    raw_url: str  # the raw baseline's connection (the same server, or pgbouncer)
    reward_id: int
    seed: int

    @property
    def store(self) -> str:
        return f"S-{self.index % self.shops}"

    @property
    def terminal(self) -> str:
        return f"T-{self.index}"


@dataclass
class OpFigures:
    """What one terminal saw of one operation."""

    ms: list[float] = field(default_factory=list)  # from the start of the call to its end
    late_ms: list[float] = field(default_factory=list)  # start behind its scheduled moment
    errors: dict[str, int] = field(default_factory=dict)


def schedule(
    rates: dict[str, float], seconds: float, rng: random.Random
) -> list[tuple[float, str]]:
    """Poisson arrivals of every operation over the run, merged in time order (open loop: the
    moments are fixed before the run, so a slow server makes requests late, not fewer)."""
    arrivals: list[tuple[float, str]] = []
    for op, rate in rates.items():
        if rate <= 0:
            continue
        moment = rng.expovariate(rate)
        while moment < seconds:
            arrivals.append((moment, op))
            moment += rng.expovariate(rate)
    arrivals.sort()
    return arrivals


def _context(plan: TerminalPlan) -> Context:
    config = Config()
    store = replace(config.store, id=plan.store, terminal=plan.terminal, name=f"Shop {plan.store}")
    return Context(replace(config, store=store), SECRET)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, KioskError):
        return getattr(exc, "reason", "") or type(exc).__name__
    return type(exc).__name__


class Terminal:
    """The terminal's connections and the calls the kiosk's worker makes for each operation."""

    def __init__(self, plan: TerminalPlan, cards: list[str], rich_cards: list[str]) -> None:
        import psycopg2

        self.plan = plan
        self.rng = random.Random(plan.seed * 100_003 + plan.index)
        self.cards = cards
        self.customer = _context(plan)
        self.clerk = self.customer.as_staff(f"bench-clerk-{plan.index}", CLERK, plan.store)
        self.printer = EscposPrinter(FileTransport(os.devnull))  # encoded for real, sent nowhere
        self.run = uuid.uuid4().hex[:8]
        self.sales = 0
        open_database(plan.database_url)
        database_proxy.connect()
        self.raw = psycopg2.connect(plan.raw_url)
        self.raw.autocommit = True
        self.raw_cursor = self.raw.cursor()
        self.raw_sql = CARD_MEMBER.sql.replace("?", "%s")
        for card in self.rng.sample(cards, min(3, len(cards))):  # warm the connection up
            member_by_card(self.customer, card)
        self.rich: list[int] = []  # this terminal's own members with points enough, in turn
        for card in rich_cards[: RICH_PER_TERMINAL]:
            self.raw_cursor.execute(self.raw_sql, (card,))
            row = self.raw_cursor.fetchone()
            if row is not None:
                self.rich.append(row[1])
        self.redeems = 0
        self.report_in = heartbeat_job(lambda: TerminalState()).run
        self.system = self.customer.as_staff("schedule", SYSTEM)

    def identify(self) -> None:
        member_by_card(self.customer, self.rng.choice(self.cards))

    def purchase(self) -> None:
        found = find_member(self.clerk, self.rng.choice(self.cards))
        self.sales += 1
        counter_purchase(self.clerk, found.member_id, self.rng.randint(100, 10_000),
                         f"B{self.run}-{self.plan.index}-{self.sales}")

    def redeem(self) -> None:
        member_id = self.rich[self.redeems % len(self.rich)]
        self.redeems += 1
        redeem_and_print(self.customer, self.printer, None, member_id, self.plan.reward_id,
                         uuid.uuid4().hex, lambda step: None)

    def heartbeat(self) -> None:
        """The kiosk's heartbeat job, on a thread of its own as the scheduler runs it: its own
        connection, opened for the report and closed after it."""
        failed: list[BaseException] = []

        def run() -> None:
            try:
                self.report_in(self.system)
            except BaseException as exc:  # the job logs its own failures; this is anything else
                failed.append(exc)

        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
        if failed:
            raise failed[0]

    def raw_identify(self) -> None:
        self.raw_cursor.execute(self.raw_sql, (self.rng.choice(self.cards),))
        self.raw_cursor.fetchone()

    def close(self) -> None:
        close_database()
        self.raw.close()


def run_terminal(plan: TerminalPlan, cards: list[str], rich_cards: list[str], barrier: Any,
                 start_at: Any, results: Any) -> None:
    """A terminal process: set up, wait for every terminal, run the schedule, report."""
    figures = {op: OpFigures() for op in OPS}
    report: dict[str, Any] = {"index": plan.index, "error": None}
    terminal = None
    try:
        terminal = Terminal(plan, cards, rich_cards)
    except Exception:
        report["error"] = traceback.format_exc(limit=3)
    barrier.wait()  # every terminal is ready (or has failed)
    barrier.wait()  # the start moment is set
    cpu_before = sum(os.times()[:2])
    if terminal is not None:
        start = start_at.value
        for moment, op in schedule(plan.rates, plan.seconds, terminal.rng):
            delay = start + moment - time.time()
            if delay > 0:
                time.sleep(delay)
            began = time.time()
            figures[op].late_ms.append((began - start - moment) * 1000)
            mark = time.perf_counter()
            try:
                getattr(terminal, op)()
            except Exception as exc:  # counted, and the terminal goes on as a kiosk would
                reason = _reason(exc)
                figures[op].errors[reason] = figures[op].errors.get(reason, 0) + 1
                continue
            figures[op].ms.append((time.perf_counter() - mark) * 1000)
    report["cpu_seconds"] = sum(os.times()[:2]) - cpu_before
    barrier.wait()  # every terminal is done
    barrier.wait()  # the server's CPU has been read: now the connections may close
    if terminal is not None:
        terminal.close()
    report["ops"] = {op: vars(f) for op, f in figures.items()}
    results.put(report)
