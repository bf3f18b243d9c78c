"""A full disk and a lost race read as plain sentences to customers and staff."""

from __future__ import annotations

import peewee
import pytest

from db.database import DiskFull
from kiosk.failures import as_kiosk_error
from ui.staff.problems import staff_problem_text
from ui.texts import problem_text, problem_title

pytestmark = pytest.mark.gui


def test_a_full_disk_is_named_for_the_customer_and_for_staff(qapp: object) -> None:
    problem = as_kiosk_error(DiskFull("database or disk is full"))  # as the database raises it
    assert problem is not None and problem.reason == "disk_full"
    assert problem_title(problem) == "We cannot save anything right now"
    assert "Nothing has been lost" in problem_text(problem)
    assert "disk is full" in staff_problem_text(problem)


def test_a_write_lost_to_another_kiosk_says_to_try_again(qapp: object) -> None:
    problem = as_kiosk_error(peewee.IntegrityError("UNIQUE constraint failed: voucher.code"))
    assert problem is not None and problem.reason == "write_conflict"
    assert problem_text(problem) == "Something changed at the same moment. Please try again."
    assert "Another kiosk changed this" in staff_problem_text(problem)
