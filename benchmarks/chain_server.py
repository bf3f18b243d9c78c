"""The PostgreSQL server's CPU over a run, from /proc/<pid>/stat of its processes."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int, reaped: bool = False) -> float | None:
    """utime + stime of a process in seconds (None: gone or not readable); with reaped, also
    the CPU of its children that have ended (cutime + cstime: for the postmaster, the backends
    that closed during the run)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()  # after "pid (comm) "
    used = int(fields[11]) + int(fields[12])  # fields 14 and 15 of stat(5)
    if reaped:
        used += int(fields[13]) + int(fields[14])  # fields 16 and 17
    return used / TICKS


def children_of(parent: int) -> list[int]:
    """The pids whose parent is parent (the postmaster's backends and workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "stat").read_text()
        except OSError:
            continue
        if int(status[status.rindex(")") + 2:].split()[1]) == parent:
            found.append(int(entry.name))
    return found


def postmaster_pid(cursor) -> int | None:
    """The server's postmaster pid from postmaster.pid in its data directory (superuser only);
    None when the server is not on this machine or the file cannot be read."""
    try:
        cursor.execute("SELECT current_setting('data_directory')")
        folder = cursor.fetchone()[0]
        pid = int(Path(folder, "postmaster.pid").read_text().split()[0])
    except Exception:  # not a superuser, another machine, another container
        return None
    return pid if Path(f"/proc/{pid}").exists() else None


def backend_pids(cursor, database: str) -> set[int]:
    """The server processes serving this database right now."""
    cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s "
                   "AND pid <> pg_backend_pid()", (database,))
    return {row[0] for row in cursor.fetchall()}


@dataclass
class CpuMeter:
    """Server CPU between start() and stop(): the benchmark database's backends (those open at
    the end), and every process of the server (other databases' clients, the background writers
    and, through the postmaster's reaped children, the backends that ended during the run)."""

    postmaster: int | None
    database: str
    first: dict[int, float] = field(default_factory=dict)
    first_all: dict[int, float] = field(default_factory=dict)

    def _cpu(self, pid: int) -> float | None:
        return cpu_seconds(pid, reaped=pid == self.postmaster)

    def _all_pids(self) -> list[int]:
        return [self.postmaster, *children_of(self.postmaster)] if self.postmaster else []

    def start(self, cursor) -> None:
        self.first = {p: cpu_seconds(p) or 0.0 for p in backend_pids(cursor, self.database)}
        self.first_all = {p: self._cpu(p) or 0.0 for p in self._all_pids()}

    def stop(self, cursor) -> tuple[float | None, float | None]:
        """CPU seconds used since start(): (this database's backends, the whole server).
        A backend that started during the run counts from zero; one that ended is lost."""
        if self.postmaster is None:
            return None, None
        pids = backend_pids(cursor, self.database) | set(self.first)
        mine = sum(max(0.0, (cpu_seconds(p) or self.first.get(p, 0.0)) - self.first.get(p, 0.0))
                   for p in pids)
        every = set(self._all_pids()) | set(self.first_all)
        total = sum(
            max(0.0, (self._cpu(p) or self.first_all.get(p, 0.0)) - self.first_all.get(p, 0.0))
            for p in every)
        return mine, total
