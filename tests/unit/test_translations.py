"""Catalogue translations: read leniently from JSON, shown per language with default fallbacks."""

from __future__ import annotations

from kiosk.views import CauseOption, RewardOption, localized, parse_translations, translate

WORDS = {
    "tr": {"name": "Sıcak içecek", "description": "Dilediğiniz bir kahve"},
    "ru": {"name": "Горячий напиток"},
}


def _reward(translations: dict[str, dict[str, str]]) -> RewardOption:
    return RewardOption(
        id=1,
        name="Hot drink",
        description="Any coffee",
        cost=100,
        min_tier="",
        stock=None,
        affordable=True,
        missing_points=0,
        tier_locked=False,
        translations=translations,
    )


def test_parse_keeps_well_formed_entries_only() -> None:
    text = '{"tr": {"name": "Sıcak içecek", "n": 5}, "ru": "oops", "7": {}}'
    assert parse_translations(text) == {"tr": {"name": "Sıcak içecek"}, "7": {}}
    for broken in ("", None, "not json", "[]", '"text"', "{"):
        assert parse_translations(broken) == {}


def test_localized_falls_back_per_word() -> None:
    reward = _reward(WORDS)
    assert localized(reward, "tr") == ("Sıcak içecek", "Dilediğiniz bir kahve")
    assert localized(reward, "ru") == ("Горячий напиток", "Any coffee")
    assert localized(reward, "en") == ("Hot drink", "Any coffee")
    assert localized(reward, "de") == ("Hot drink", "Any coffee")
    assert localized(reward, "tr_TR") == localized(reward, "tr-TR") == localized(reward, "tr")
    assert localized(_reward({"tr": {"name": "  ", "description": ""}}), "tr") == (
        "Hot drink",
        "Any coffee",
    )


def test_causes_and_plain_columns_translate_the_same_way() -> None:
    cause = CauseOption(3, "Tree planting", "Every 250 points plants a tree.")
    assert cause.translations == {} and localized(cause, "tr") == (cause.name, cause.description)
    words = {"ru": {"name": "Посадка деревьев", "description": "Дерево в парке."}}
    assert localized(CauseOption(3, cause.name, cause.description, words), "ru") == (
        "Посадка деревьев",
        "Дерево в парке.",
    )
    assert translate("Food bank", "", {}, "ru") == ("Food bank", "")
    assert translate("Food bank", "", words, "ru") == ("Посадка деревьев", "Дерево в парке.")


def test_options_with_translations_stay_hashable() -> None:
    assert hash(_reward(WORDS)) == hash(_reward({}))
