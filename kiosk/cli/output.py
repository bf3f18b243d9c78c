"""Printing results: a JSON object on stdout with --json, readable lines otherwise; either way
control, bidirectional and other invisible characters from stored text (a name with ESC or a
right-to-left override) are written as visible escapes, never sent to the terminal."""

from __future__ import annotations

import json
import sys
from typing import Any

from kiosk.safe_text import json_text, terminal_text
from kiosk.views import to_jsonable


class Output:
    """Where a command's result goes."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def result(self, data: Any, lines: list[str] | str) -> None:
        """Print data as JSON, or the human lines."""
        if self.as_json:
            sys.stdout.write(json_text(json.dumps(to_jsonable(data), ensure_ascii=False, indent=2)))
            sys.stdout.write("\n")
        elif isinstance(lines, str):
            print(terminal_text(lines))
        else:  # one line each: a newline inside a value must not start a line of its own
            print("\n".join(terminal_text(line, keep_newlines=False) for line in lines))

    def error(self, message: str, code: str, json_too: bool = True) -> None:
        """One line on stderr; with --json also an object on stdout so scripts can parse it."""
        print(f"error: {terminal_text(message)}", file=sys.stderr)
        if self.as_json and json_too:
            payload = {"ok": False, "error": code, "message": message}
            sys.stdout.write(json_text(json.dumps(payload, ensure_ascii=False)))
            sys.stdout.write("\n")
