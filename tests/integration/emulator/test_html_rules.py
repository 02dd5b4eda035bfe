"""The HTML parser on its own: offsets, nesting and tdlib's error texts."""

from __future__ import annotations

import pytest

from bot.sandbox.emulator.formatting import detect_entities, trim
from bot.sandbox.emulator.html_rules import EntityParseError, parse_html, utf16_len


def test_offsets_are_utf16_units_after_decoding() -> None:
    text, entities = parse_html("🏃 &lt;<b>Zone 2</b> &#8594; <i>easy</i>")

    assert text == "🏃 <Zone 2 → easy"
    assert entities == [
        {"offset": 4, "length": 6, "type": "bold"},
        {"offset": 13, "length": 4, "type": "italic"},
    ]


def test_nested_tags_make_nested_entities() -> None:
    text, entities = parse_html("<b>All <i>of</i> it</b>")

    assert text == "All of it"
    assert entities == [
        {"offset": 0, "length": 9, "type": "bold"},
        {"offset": 4, "length": 2, "type": "italic"},
    ]


def test_tags_are_case_insensitive_and_an_empty_end_tag_closes_any() -> None:
    assert parse_html("<B>x</>")[1] == [{"offset": 0, "length": 1, "type": "bold"}]


def test_a_link_without_href_links_its_text_and_empty_tags_vanish() -> None:
    text, entities = parse_html("<a>https://tempo.example</a><b></b> <code class=x>c</code>")

    assert text == "https://tempo.example c"
    assert entities[0]["url"] == "https://tempo.example"
    assert [entity["type"] for entity in entities] == ["text_link", "code"]


@pytest.mark.parametrize(
    ("html", "error"),
    [
        ("<b class>x</b>", 'Expected equal sign in declaration of an attribute of the tag "b"'),
        ("<b>x</b ", "Unclosed end tag at byte offset 4"),
        ("<a href=x!y>x</a>", "Unexpected end of name token at byte offset 8"),
        ("é<p>", 'Unsupported start tag "p" at byte offset 2'),  # offsets are UTF-8 bytes
    ],
)
def test_tdlib_error_texts(html: str, error: str) -> None:
    with pytest.raises(EntityParseError) as refused:
        parse_html(html)

    assert str(refused.value).startswith(error)


def test_a_bare_ampersand_passes_when_not_strict() -> None:
    assert parse_html("R&D", strict_ampersand=False) == ("R&D", [])


def test_trimming_shifts_and_clips_entities() -> None:
    text, entities = trim("\n  <b>", [{"type": "bold", "offset": 3, "length": 5}])

    assert text == "<b>"
    assert entities == [{"type": "bold", "offset": 0, "length": 3}]


def test_user_text_entities() -> None:
    text = "/log@tempo_test_bot 10 km, ping @coach_kim or see https://tempo.example/x"

    kinds = [(entity["type"], entity["offset"]) for entity in detect_entities(text)]

    assert kinds == [("bot_command", 0), ("mention", 32), ("url", 50)]
    assert utf16_len("🏃a") == 3
