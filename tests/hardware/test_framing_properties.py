"""Properties of scanner framing: any chunking, any terminator, any garbage."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardware.framing import Accepted, FrameEvent, Framer

TERMINATORS = {
    "auto": [b"\r", b"\n", b"\r\n"],
    "CR": [b"\r"],
    "LF": [b"\n"],
    "CRLF": [b"\r\n"],
    "TAB": [b"\t"],
}
MAX_LENGTH = 24

# deadline=None: a loaded CI machine must not turn a slow example into a failure.
relaxed = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

ascii_codes = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=MAX_LENGTH
)
unicode_codes = st.text(
    st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S")) | st.just(" "),
    min_size=1,
    max_size=MAX_LENGTH,
)
# Bytes that exercise every rule: terminators, controls, invalid UTF-8, AIM-like, plain text.
noisy_bytes = st.lists(
    st.sampled_from([b"\r", b"\n", b"\t", b"\x00", b"\x7f", b"\xff", b"\xc3", b"\xa9", b"]E0"])
    | st.binary(max_size=40)
    | st.text(max_size=10).map(str.encode),
    max_size=40,
).map(b"".join)


def chunked(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({cut % (len(data) + 1) for cut in cuts})
    edges = [0, *points, len(data)]
    return [data[start:end] for start, end in itertools.pairwise(edges)]


def feed_all(framer: Framer, chunks: list[bytes]) -> list[FrameEvent]:
    events: list[FrameEvent] = []
    for chunk in chunks:
        events += framer.feed(chunk)
    return events + framer.flush()


@relaxed
@given(
    mode=st.sampled_from(sorted(TERMINATORS)),
    codes=st.lists(ascii_codes | unicode_codes, max_size=12),
    data=st.data(),
    cuts=st.lists(st.integers(min_value=0), max_size=30),
)
def test_codes_come_out_in_order_whatever_the_chunking(
    mode: str, codes: list[str], data: st.DataObject, cuts: list[int]
) -> None:
    endings = [data.draw(st.sampled_from(TERMINATORS[mode])) for _ in codes]
    stream = b"".join(code.encode() + ending for code, ending in zip(codes, endings, strict=True))
    events = feed_all(Framer(mode, max_length=MAX_LENGTH), chunked(stream, cuts))
    assert events == [Accepted(code) for code in codes]


@relaxed
@given(
    mode=st.sampled_from(sorted(TERMINATORS)),
    prefix=st.sampled_from(["", "\x02", "SC:"]),
    aim=st.booleans(),
    codes=st.lists(ascii_codes, max_size=8),
    cuts=st.lists(st.integers(min_value=0), max_size=20),
)
def test_prefix_and_aim_id_are_stripped_whatever_the_chunking(
    mode: str, prefix: str, aim: bool, codes: list[str], cuts: list[int]
) -> None:
    ending = TERMINATORS[mode][-1]
    head = prefix.encode() + (b"]C1" if aim else b"")
    stream = b"".join(head + code.encode() + ending for code in codes)
    framer = Framer(mode, prefix=prefix, strip_aim_id=aim, max_length=MAX_LENGTH)
    assert feed_all(framer, chunked(stream, cuts)) == [Accepted(code) for code in codes]


@relaxed
@given(
    mode=st.sampled_from(sorted(TERMINATORS)),
    stream=noisy_bytes | st.binary(max_size=2000),
    max_length=st.integers(min_value=1, max_value=64),
    prefix=st.sampled_from(["", "]", "\x02"]),
    aim=st.booleans(),
)
def test_garbage_never_raises_nor_gives_a_bad_code(
    mode: str, stream: bytes, max_length: int, prefix: str, aim: bool
) -> None:
    framer = Framer(mode, prefix=prefix, strip_aim_id=aim, max_length=max_length)
    for event in feed_all(framer, [stream]):
        if isinstance(event, Accepted):
            assert 0 < len(event.code) <= max_length
            assert event.code.isprintable()
            assert not any(char in event.code for char in "\r\n\t\x00")
        else:
            assert event.reason
            assert event.sample.isprintable()
        assert len(framer._buffer) <= framer.limit


@relaxed
@given(mode=st.sampled_from(sorted(TERMINATORS)), stream=noisy_bytes)
def test_byte_by_byte_equals_all_at_once(mode: str, stream: bytes) -> None:
    whole = feed_all(Framer(mode, max_length=16), [stream])
    single = feed_all(Framer(mode, max_length=16), [stream[i : i + 1] for i in range(len(stream))])
    assert single == whole


@relaxed
@given(
    mode=st.sampled_from(sorted(TERMINATORS)),
    stream=noisy_bytes,
    cuts=st.lists(st.integers(min_value=0), max_size=20),
)
def test_any_chunking_equals_all_at_once(mode: str, stream: bytes, cuts: list[int]) -> None:
    whole = feed_all(Framer(mode, max_length=16), [stream])
    assert feed_all(Framer(mode, max_length=16), chunked(stream, cuts)) == whole
