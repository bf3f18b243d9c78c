"""Scanner framing rules one by one, and the repeat filter on a fake clock."""

from __future__ import annotations

import pytest

from hardware.framing import (
    INCOMPLETE,
    NON_PRINTABLE,
    NOT_TEXT,
    TOO_LONG,
    Accepted,
    FrameEvent,
    Framer,
    Rejected,
    RepeatFilter,
    sample_of,
)
from kiosk.config import ScannerConfig


def run(framer: Framer, *chunks: bytes, flush: bool = False) -> list[FrameEvent]:
    events: list[FrameEvent] = []
    for chunk in chunks:
        events += framer.feed(chunk)
    if flush:
        events += framer.flush()
    return events


def codes(*values: str) -> list[FrameEvent]:
    return [Accepted(value) for value in values]


def reasons(events: list[FrameEvent]) -> list[str]:
    return [
        event.reason if isinstance(event, Rejected) else f"code {event.code}" for event in events
    ]


# --- suffix modes -------------------------------------------------------------------------------


@pytest.mark.parametrize("ending", [b"\r", b"\n", b"\r\n"])
def test_auto_takes_cr_lf_and_crlf(ending: bytes) -> None:
    assert run(Framer("auto"), b"123" + ending + b"456" + ending) == codes("123", "456")


def test_auto_mixed_endings_in_one_read() -> None:
    assert run(Framer("auto"), b"A\rB\nC\r\nD\r") == codes("A", "B", "C", "D")


def test_auto_crlf_split_across_reads_counts_once() -> None:
    framer = Framer("auto")
    assert framer.feed(b"ABC\r") == codes("ABC")
    assert framer.feed(b"\nDEF\r") == codes("DEF")
    assert framer.feed(b"\n") == []
    assert framer.flush() == []


def test_auto_lf_cr_is_two_endings_and_the_empty_line_is_silent() -> None:
    assert run(Framer("auto"), b"A\n\rB\r\r\n\n", flush=True) == codes("A", "B")


def test_cr_mode() -> None:
    assert run(Framer("CR"), b"12", b"3\r45", b"6\r") == codes("123", "456")
    assert reasons(run(Framer("CR"), b"A\nB\r")) == [NON_PRINTABLE]


def test_lf_mode() -> None:
    assert run(Framer("LF"), b"123\n456\n") == codes("123", "456")
    assert reasons(run(Framer("LF"), b"A\rB\n")) == [NON_PRINTABLE]


def test_crlf_mode_needs_both_bytes() -> None:
    assert run(Framer("CRLF"), b"123\r\n456\r\n") == codes("123", "456")
    assert run(Framer("CRLF"), b"123\r", b"\n456\r", b"\n") == codes("123", "456")
    assert run(Framer("CRLF"), b"123\n") == []  # not yet ended
    assert reasons(run(Framer("CRLF"), b"A\rB\r\n")) == [NON_PRINTABLE]


def test_crlf_mode_cr_then_cr_lf() -> None:
    events = run(Framer("CRLF"), b"A\r", b"\r\nB\r\n")
    assert reasons(events) == [NON_PRINTABLE, "code B"]
    assert events[0] == Rejected(NON_PRINTABLE, "A\\r")


def test_crlf_mode_partial_cr_at_close() -> None:
    assert run(Framer("CRLF"), b"ABC\r", flush=True) == [Rejected(INCOMPLETE, "ABC\\r")]


def test_tab_mode() -> None:
    assert run(Framer("TAB"), b"123\t456\t") == codes("123", "456")
    assert reasons(run(Framer("TAB"), b"123\r\n\t")) == [NON_PRINTABLE]


def test_unknown_suffix_is_refused() -> None:
    with pytest.raises(ValueError, match="suffix"):
        Framer("ETX")


def test_empty_lines_are_ignored_silently() -> None:
    assert run(Framer("auto"), b"\r\n\r\n\n\r", flush=True) == []
    assert run(Framer("TAB"), b"\t\t\tA\t") == codes("A")


# --- prefix and AIM identifiers -----------------------------------------------------------------


def test_prefix_is_stripped_when_present() -> None:
    framer = Framer(prefix="SC:")
    assert run(framer, b"SC:123\rSC:SC:4\r789\r") == codes("123", "SC:4", "789")


def test_control_character_prefix_is_stripped_before_the_checks() -> None:
    assert run(Framer(prefix="\x02"), b"\x02123\r") == codes("123")


def test_a_line_of_only_the_prefix_is_empty() -> None:
    assert run(Framer(prefix="SC:"), b"SC:\r") == []


@pytest.mark.parametrize("aim", [b"]E0", b"]C1", b"]Q1", b"]d2", b"]A4"])
def test_aim_id_is_stripped(aim: bytes) -> None:
    assert run(Framer(strip_aim_id=True), aim + b"5012345678900\r") == codes("5012345678900")


def test_aim_id_is_kept_unless_asked() -> None:
    assert run(Framer(), b"]E05012345678900\r") == codes("]E05012345678900")


def test_line_without_aim_id_is_taken_as_is() -> None:
    assert run(Framer(strip_aim_id=True), b"12345\r]E\r") == codes("12345", "]E")


def test_prefix_then_aim_id() -> None:
    framer = Framer(prefix="#", strip_aim_id=True)
    assert run(framer, b"#]C1ABC\r") == codes("ABC")


def test_from_config() -> None:
    config = ScannerConfig(suffix="TAB", prefix="P", strip_aim_id=True, max_length=8)
    framer = Framer.from_config(config)
    assert run(framer, b"P]Q1short\tP]Q1toolong12\t") == [
        Accepted("short"),
        Rejected(TOO_LONG, "P]Q1toolong12"),
    ]


# --- text checks --------------------------------------------------------------------------------


def test_nul_byte_is_rejected_and_the_next_code_survives() -> None:
    events = run(Framer(), b"12\x003\r456\r")
    assert events == [Rejected(NON_PRINTABLE, "12\\x003"), Accepted("456")]


@pytest.mark.parametrize("line", [b"\x1b[A", b"A\x7fB", b"\x05", b"AB\tC"])
def test_control_bytes_are_rejected(line: bytes) -> None:
    assert reasons(run(Framer(), line + b"\r")) == [NON_PRINTABLE]


def test_invalid_utf8_is_not_text() -> None:
    events = run(Framer(), b"AB\xff\xfeC\rOK\r")
    assert events == [Rejected(NOT_TEXT, "AB\\xff\\xfeC"), Accepted("OK")]


def test_printable_unicode_is_a_code() -> None:
    assert run(Framer(), "Çay-Ödül №5 €\r".encode()) == codes("Çay-Ödül №5 €")


@pytest.mark.parametrize("text", ["A\u0085B", "A\u200bB", "A\u2028B", "A\u00a0B"])
def test_unprintable_unicode_is_rejected(text: str) -> None:
    assert reasons(run(Framer(), text.encode() + b"\r")) == [NON_PRINTABLE]


def test_spaces_are_kept() -> None:
    assert run(Framer(), b" 12 34 \r") == codes(" 12 34 ")


# --- length -------------------------------------------------------------------------------------


def test_max_length_counts_characters() -> None:
    framer = Framer(max_length=8)
    events = run(framer, b"12345678\r123456789\r", "ÇÇÇÇÇÇÇÇ\r".encode())
    assert reasons(events) == ["code 12345678", TOO_LONG, "code ÇÇÇÇÇÇÇÇ"]


def test_ten_kilobyte_line_is_one_rejection_and_the_next_code_arrives() -> None:
    framer = Framer(max_length=128)
    line = b"9" * 10_240
    events = run(framer, line[:3000], line[3000:7000], line[7000:] + b"\r\n", b"4006381333931\r")
    assert events == [Rejected(TOO_LONG, "9" * 32 + "..."), Accepted("4006381333931")]


def test_overlong_line_never_grows_the_buffer() -> None:
    framer = Framer(max_length=16)
    for _ in range(1000):
        framer.feed(b"x" * 1000)
        assert len(framer._buffer) <= framer.limit
    assert run(framer, b"\rOK\r", flush=True) == codes("OK")


def test_overlong_line_is_rejected_at_once_and_once_only() -> None:
    framer = Framer(max_length=8)
    assert reasons(framer.feed(b"x" * 100)) == [TOO_LONG]
    assert framer.feed(b"x" * 100) == []
    assert framer.flush() == []  # already reported, not also "incomplete"


def test_overlong_crlf_line_split_at_the_cr() -> None:
    framer = Framer("CRLF", max_length=8)
    assert reasons(run(framer, b"x" * 100 + b"\r", b"\nOK\r\n")) == [TOO_LONG, "code OK"]


# --- closing ------------------------------------------------------------------------------------


def test_partial_line_at_close_is_rejected_not_a_code() -> None:
    framer = Framer()
    assert framer.feed(b"4006381") == []
    assert framer.flush() == [Rejected(INCOMPLETE, "4006381")]
    assert framer.flush() == []
    assert run(framer, b"333931\r") == codes("333931")  # starts afresh


def test_nothing_pending_at_close() -> None:
    assert run(Framer(), b"A\r", flush=True) == codes("A")


def test_sample_is_short_and_printable() -> None:
    sample = sample_of(b"\x00\x01" + bytes(range(0x80, 0xA0)) + b"tail")
    assert sample.isprintable()
    assert sample.endswith("...")
    assert sample_of(b"ok") == "ok"


# --- repeat filter ------------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_double_scan_is_one_scan() -> None:
    clock = FakeClock()
    repeats = RepeatFilter(1.0, clock)
    assert repeats.accept("A")
    clock.advance(0.3)
    assert not repeats.accept("A")
    clock.advance(0.69)
    assert not repeats.accept("A")
    clock.advance(0.01)
    assert repeats.accept("A")  # a window after it was let through


def test_repeats_do_not_extend_the_window() -> None:
    clock = FakeClock()
    repeats = RepeatFilter(1.0, clock)
    passed = []
    for _ in range(10):  # a scanner in continuous mode: every 0.25 s for 2.5 s
        passed.append(repeats.accept("A"))
        clock.advance(0.25)
    assert passed == [True, False, False, False, True, False, False, False, True, False]


def test_a_different_code_in_between_does_not_reset_the_repeat() -> None:
    clock = FakeClock()
    repeats = RepeatFilter(1.0, clock)
    assert repeats.accept("A")
    clock.advance(0.2)
    assert repeats.accept("B")
    clock.advance(0.2)
    assert not repeats.accept("A")
    assert not repeats.accept("B")
    clock.advance(0.7)
    assert repeats.accept("A")
    assert not repeats.accept("B")


def test_zero_window_passes_everything() -> None:
    repeats = RepeatFilter(0, FakeClock())
    assert all(repeats.accept("A") for _ in range(5))


def test_old_codes_are_forgotten() -> None:
    clock = FakeClock()
    repeats = RepeatFilter(1.0, clock)
    for number in range(100):
        repeats.accept(str(number))
        clock.advance(0.25)
    assert len(repeats._passed) <= 5


def test_negative_window_is_refused() -> None:
    with pytest.raises(ValueError):
        RepeatFilter(-1)
