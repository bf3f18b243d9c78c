"""Error families: KioskError for expected, explainable problems; anything else is a bug."""

from __future__ import annotations


class KioskError(Exception):
    """An expected problem with a message fit to show a customer or shop assistant."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigError(KioskError):
    """A configuration file or value is wrong; the message names the key and line."""

    code = "config"


class InvalidInput(KioskError):
    """Input that can never be right: bad check digit, malformed amount, unknown choice."""

    code = "invalid"


class NotFound(KioskError):
    """The card, member, receipt, reward or voucher does not exist."""

    code = "not_found"


class Refused(KioskError):
    """The request is understood but not allowed now: blocked card, out of stock, too few points."""

    code = "refused"


class InsufficientPoints(Refused):
    """The member does not have enough points for the request."""

    code = "insufficient_points"


class DatabaseUnavailable(KioskError):
    """The database cannot be reached or is not initialised."""

    code = "database"


class PrinterProblem(KioskError):
    """The printer could not print; kind tells which problem for the screen and the log."""

    code = "printer"

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
