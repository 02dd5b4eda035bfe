"""Translation catalogs: complete in every language, and safe to put in Telegram HTML."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast

from bot.i18n import SUPPORTED_LANGUAGES, Catalogs, Html, catalog, pick_language
from bot.i18n.catalog import LOCALES_DIR

CATALOGS = Catalogs.load()
ALL_KEYS = sorted(set().union(*CATALOGS.message_ids.values()))
# Telegram's HTML parse mode accepts only these tags (core.telegram.org/bots/api#html-style).
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip


def file_keys(language: str) -> dict[str, set[str]]:
    """Message ids per catalog file of one language (``charts.ftl`` -> its keys)."""
    return {
        path.name: {
            entry.id.name
            for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body
            if isinstance(entry, fluent_ast.Message)
        }
        for path in sorted((LOCALES_DIR / language).glob("*.ftl"))
    }


@pytest.mark.parametrize("language", [lang for lang in SUPPORTED_LANGUAGES if lang != "en"])
def test_every_key_exists_in_every_language(language: str) -> None:
    """English is the reference: every file and key it has, each language has in the file
    of the same name (a failure names them: ``es/charts.ftl lacks chart-title``)."""
    english, translated = file_keys("en"), file_keys(language)
    problems = [
        f"{language}/{name} lacks {key}"
        for name, keys in english.items()
        for key in sorted(keys - translated.get(name, set()))
    ] + [
        f"{language}/{name} has {key}, which en/{name} does not"
        for name, keys in translated.items()
        for key in sorted(keys - english.get(name, set()))
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("key", ALL_KEYS)
def test_every_language_uses_the_same_variables(key: str) -> None:
    variables = {
        language: CATALOGS.variables[language].get(key) for language in SUPPORTED_LANGUAGES
    }
    assert len({frozenset(v or ()) for v in variables.values()}) == 1, variables


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_message_formats_into_telegram_html(language: str) -> None:
    t = CATALOGS.translator(language)
    for key in ALL_KEYS:
        args = {name: f"<{name}>" for name in CATALOGS.variables[language][key]}
        text = t(key, **args)
        assert text and text != key
        assert len(text) <= 4096, key
        for tag in re.findall(r"</?([a-z-]+)", text):
            assert tag in ALLOWED_TAGS, f"{language}/{key} uses <{tag}>"
        assert balanced(text), f"{language}/{key}: tags not closed in order: {text!r}"
        assert not re.search(r"&(?!amp;|lt;|gt;|quot;|#\d+;)", text), f"{language}/{key}: bare &"
        for name in args:
            assert f"<{name}>" not in text, f"{key}: argument {name} was not escaped"


def balanced(text: str) -> bool:
    """Telegram refuses a message whose tags do not nest (``<b><i></b></i>``)."""
    open_tags: list[str] = []
    for closing, tag in re.findall(r"<(/?)([a-z-]+)[^>]*>", text):
        if not closing:
            open_tags.append(tag)
        elif not open_tags or open_tags.pop() != tag:
            return False
    return not open_tags


def test_the_html_check_catches_tags_that_do_not_nest() -> None:
    assert balanced("<b>a <i>b</i></b> <a href='x'>c</a>")
    assert not balanced("<b><i>a</b></i>") and not balanced("<b>a")


def test_arguments_are_escaped_unless_marked_html() -> None:
    t = CATALOGS.translator("en")
    assert "Hi, Tom &amp; &lt;Jerry&gt;!" in t("start-greeting", name="Tom & <Jerry>")
    assert "Hi, <b>Tom</b>!" in t("start-greeting", name=Html("<b>Tom</b>"))


def test_a_missing_key_falls_back_to_its_name_rather_than_crashing() -> None:
    assert CATALOGS.translator("ru")("no-such-key") == "no-such-key"


@pytest.mark.parametrize(
    ("telegram_code", "language"),
    [
        ("ru", "ru"),
        ("ru-RU", "ru"),
        ("en-GB", "en"),
        ("uk", "ru"),
        ("de", "de"),
        ("es-MX", "es"),
        ("fr-CA", "fr"),
        ("it", "it"),
        ("pt-BR", "en"),
        (None, "en"),
    ],  # fmt: skip
)
def test_pick_language_from_telegram(telegram_code: str | None, language: str) -> None:
    assert pick_language(telegram_code) == language


def test_a_broken_catalog_is_refused_at_load(tmp_path: Path) -> None:
    for language in SUPPORTED_LANGUAGES:
        (tmp_path / language).mkdir()
        (tmp_path / language / "x.ftl").write_text("good = fine\n")
    (tmp_path / "ru" / "x.ftl").write_text("good = fine\nbroken = { $unclosed\n")
    with pytest.raises(ValueError, match="cannot parse"):
        Catalogs.load(tmp_path)


def test_a_formatted_message_is_kept_and_the_same_when_asked_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    catalogs = Catalogs.load()
    t = catalogs.translator("ru")
    args = {"count": 2, "hours": "3 ч", "load": 120}
    first = t("plan-week-planned", **args)
    assert t("plan-week-planned", **args) == first
    assert len(catalogs.formatted) == 1
    five = t("plan-week-planned", **{**args, "count": 5})  # Russian 'many', not 'few'
    assert five != first and "5 тренировок" in five and "2 тренировки" in first
    assert catalogs.translator("en")("plan-week-planned", **args) != first  # per language
    assert "Tom &amp; Jerry" in t("start-greeting", name="Tom & Jerry")
    assert "<b>Tom</b>" in t("start-greeting", name=Html("<b>Tom</b>"))
    monkeypatch.setattr(catalog, "FORMATTED_KEPT", 5)
    for count in range(20):
        t("plan-week-planned", **{**args, "count": count})
    assert len(catalogs.formatted) <= 5  # bounded: cleared when full
