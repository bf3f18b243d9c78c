"""Fails CI unless tests ran on both SQLite and PostgreSQL and none failed.

With --display: unless the real-display tests ran and none failed.
"""

import sys
import xml.etree.ElementTree as ET


def outcomes(path: str) -> tuple[int, list[str]]:
    """How many test cases the JUnit file holds, and the names of those that passed."""
    root = ET.parse(path).getroot()
    total, passed = 0, []
    for case in root.iter("testcase"):
        total += 1
        if not any(child.tag in ("failure", "error", "skipped") for child in case):
            passed.append(case.get("name", ""))
    return total, passed


def check_display(path: str) -> None:
    total, passed = outcomes(path)
    print(f"{total} real-display tests; passed: {len(passed)}")
    if total == 0 or len(passed) != total:
        print("error: every real-display test must run and pass", file=sys.stderr)
        sys.exit(1)


def check_backends(path: str) -> None:
    total, names = outcomes(path)
    passed = {"sqlite": 0, "postgres": 0}
    for name in names:
        for backend in passed:
            if f"[{backend}" in name or f"-{backend}]" in name or f"-{backend}-" in name:
                passed[backend] += 1
    print(f"{total} tests; passed on sqlite: {passed['sqlite']}, on postgres: {passed['postgres']}")
    if total == 0 or not all(passed.values()):
        print("error: both the SQLite and the PostgreSQL suites must run", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    if sys.argv[1] == "--display":
        check_display(sys.argv[2])
    else:
        check_backends(sys.argv[1])
