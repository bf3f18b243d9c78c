"""Writes the two audio cues: a rising chime for a good scan, a low double buzz for a bad one."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
HERE = Path(__file__).resolve().parent / "sounds"


def _tone(frequency: float, seconds: float, volume: float = 0.35) -> list[float]:
    count = int(RATE * seconds)
    fade = int(RATE * 0.01)
    samples = []
    for index in range(count):
        envelope = min(1.0, index / fade, (count - index) / fade)
        samples.append(volume * envelope * math.sin(2 * math.pi * frequency * index / RATE))
    return samples


def _write(path: Path, samples: list[float]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


def main() -> None:
    """Write good.wav and bad.wav next to this script."""
    _write(HERE / "good.wav", _tone(880, 0.09) + _tone(1320, 0.14))
    silence = [0.0] * int(RATE * 0.06)
    _write(HERE / "bad.wav", _tone(220, 0.16, 0.4) + silence + _tone(196, 0.22, 0.4))


if __name__ == "__main__":
    main()
