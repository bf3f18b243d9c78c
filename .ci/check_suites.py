"""Fails CI unless tests ran on both SQLite and PostgreSQL and none failed."""

import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
cases = root.iter("testcase")
passed = {"sqlite": 0, "postgres": 0}
total = 0
for case in cases:
    total += 1
    if any(child.tag in ("failure", "error", "skipped") for child in case):
        continue
    name = case.get("name", "")
    for backend in passed:
        if f"[{backend}" in name or f"-{backend}]" in name or f"-{backend}-" in name:
            passed[backend] += 1
print(f"{total} tests; passed on sqlite: {passed['sqlite']}, on postgres: {passed['postgres']}")
if total == 0 or not all(passed.values()):
    print("error: both the SQLite and the PostgreSQL suites must run", file=sys.stderr)
    sys.exit(1)
