"""The [backup] and [schedule] sections: defaults, accepted values, clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import parse_config
from kiosk.errors import ConfigError
from kiosk.schedule import backup_folder, backup_time, expiry_time


def test_the_defaults_back_up_at_three_and_expire_at_half_past(monkeypatch) -> None:
    monkeypatch.delenv("KIOSK_EXPIRY_AT", raising=False)
    config = parse_config("")
    assert (config.backup.at, config.backup.keep_days, config.backup.folder) == ("03:00", 14, "")
    assert str(backup_time(config)) == "03:00:00" and str(expiry_time(config)) == "03:30:00"
    assert backup_folder(config, Path("/data")) == Path("/data/backups")


def test_the_sections_are_read() -> None:
    config = parse_config('[backup]\nat = "02:15"\nkeep_days = 0\nfolder = "/mnt/usb"\n'
                          '[schedule]\nexpiry_at = "04:45"\n')
    assert str(backup_time(config)) == "02:15:00" and config.backup.keep_days == 0
    assert backup_folder(config, Path("/data")) == Path("/mnt/usb")
    assert config.schedule.expiry_at == "04:45"


@pytest.mark.parametrize(("text", "words"), [
    ('[backup]\nat = "3am"\n', "backup.at: '3am' is not a time of day"),
    ('[backup]\nat = "24:00"\n', "backup.at: '24:00' is not a time of day"),
    ('[schedule]\nexpiry_at = "3:30"\n', "schedule.expiry_at: '3:30' is not a time of day"),
    ("[backup]\nkeep_days = 3661\n", "backup.keep_days: 3661 is too large"),
    ("[backup]\nkeep_days = -1\n", "backup.keep_days: -1 is too small"),
])
def test_a_wrong_value_is_refused_with_its_key(text: str, words: str) -> None:
    with pytest.raises(ConfigError) as problem:
        parse_config(text)
    assert words in problem.value.message
