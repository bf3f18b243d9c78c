"""Audible cues for a good and a bad scan, where the machine has audio."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger("kiosk.ui")

SOUNDS = Path(__file__).resolve().parent.parent / "assets" / "sounds"


class Cues(QObject):
    """Plays good.wav / bad.wav through QtMultimedia; silent when there is no audio."""

    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.played: list[str] = []
        self._effects: dict[str, object] = {}
        if not enabled:
            return
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as exc:  # QtMultimedia missing or no libpulse: no sound
            log.info("No audio cues: %s", exc)
            return
        for name in ("good", "bad"):
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(SOUNDS / f"{name}.wav")))
            effect.setVolume(0.8)
            self._effects[name] = effect

    def play(self, name: str) -> None:
        """Play a cue by name ("good" or "bad")."""
        self.played.append(name)
        del self.played[:-20]
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
