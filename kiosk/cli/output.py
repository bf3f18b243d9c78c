"""Printing results: a JSON object on stdout with --json, readable lines otherwise."""

from __future__ import annotations

import json
import sys
from typing import Any

from kiosk.views import to_jsonable


class Output:
    """Where a command's result goes."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def result(self, data: Any, lines: list[str] | str) -> None:
        """Print data as JSON, or the human lines."""
        if self.as_json:
            json.dump(to_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            text = lines if isinstance(lines, str) else "\n".join(lines)
            print(text)

    def error(self, message: str, code: str, json_too: bool = True) -> None:
        """One line on stderr; with --json also an object on stdout so scripts can parse it."""
        print(f"error: {message}", file=sys.stderr)
        if self.as_json and json_too:
            json.dump(
                {"ok": False, "error": code, "message": message}, sys.stdout, ensure_ascii=False
            )
            sys.stdout.write("\n")
