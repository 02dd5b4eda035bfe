"""The LLM note's pure parts: the facts it is written from, the cache key, the cleaning of
the model's answer, the prompt, and where the composer shows it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from bot.coach.agent.prompts import PROMPTS_DIR, Prompt, load_prompt
from bot.coach.briefs.compose import compose_morning_brief
from bot.coach.briefs.model import BriefSession
from bot.coach.briefs.note import (
    MAX_NOTE_CHARS,
    cache_key,
    canonical,
    clean_note,
    note_facts,
)
from bot.coach.briefs.reasons import main_reasons
from bot.domain.profiles import Units
from bot.i18n import SUPPORTED_LANGUAGES, Catalogs
from tests.unit.briefs.factories import (
    amber_day,
    green_day,
    ill_day,
    inputs,
    intervals,
    red_day,
)

CATALOGS = Catalogs.load()
EN = CATALOGS.translator("en")
PROMPT = Prompt("brief_note", "You are a coach.")
NOTE = "HRV is down, so the easy run is the smart call. Keep it conversational."


# -- the facts ---------------------------------------------------------------------------


def test_facts_of_an_amber_day_are_what_the_brief_shows() -> None:
    readiness = amber_day()
    facts = note_facts(inputs(readiness, (intervals(),), checked_in=False), "en")
    assert facts["day"] == "2026-03-03"
    assert facts["weekday"] == "Tuesday"
    assert facts["language"] == "en"
    assert facts["checked_in"] is False
    verdict = facts["readiness"]
    assert verdict["status"] == "amber"
    assert verdict["score"] == 69  # as the brief shows it: "Readiness 69/100"
    assert verdict["red_flags"] == []
    reasons = main_reasons(readiness)
    assert [r["factor"] for r in verdict["reasons"]] == [r.factor for r in reasons]
    assert all(r["effect"] == "worse" for r in verdict["reasons"])
    assert verdict["reasons"][0] == {"factor": reasons[0].factor, "effect": "worse",
                                     **reasons[0].args}  # fmt: skip
    (session,) = facts["plan"]["sessions"]
    assert session == {
        "title": "Threshold intervals 5 × 6 min",
        "sport": "run",
        "minutes": 70,
        "distance_km": 12.0,
        "targets": ["5 × 6 min at 4:05–4:15 /km", "2 min easy jog between"],
    }
    assert facts["adjusted"] == {
        "sessions": [
            {
                "title": "Easy run",
                "sport": "run",
                "minutes": 45,
                "targets": ["Zone 2, conversational"],
            }  # fmt: skip
        ]
    }


def test_facts_of_green_red_and_ill_days() -> None:
    green = note_facts(inputs(green_day(), (intervals(),)), "ru")
    assert green["readiness"]["status"] == "green"
    assert all(r["effect"] == "better" for r in green["readiness"]["reasons"])
    assert green["adjusted"] is None
    assert green["language"] == "ru"
    assert note_facts(inputs(red_day(), (intervals(),)), "en")["adjusted"] == "rest"
    ill = note_facts(inputs(ill_day(), (intervals(),)), "en")
    assert ill["readiness"]["red_flags"] == ["illness"]
    assert ill["adjusted"] == "rest"


def test_facts_without_data_plan_or_check_ins() -> None:
    facts = note_facts(inputs(None, None, checked_in=None), "en")
    assert facts["readiness"] is None
    assert facts["plan"] == "none"
    assert facts["adjusted"] is None
    assert facts["checked_in"] is None
    assert note_facts(inputs(None, ()), "en")["plan"] == "rest"


def test_facts_leave_out_the_name_and_the_stored_row() -> None:
    one = inputs(green_day(), (dataclasses.replace(intervals(), id=7),), first_name="Ann")
    other = inputs(green_day(), (dataclasses.replace(intervals(), id=9),), first_name="Bob")
    assert canonical(note_facts(one, "en")) == canonical(note_facts(other, "en"))
    assert "Ann" not in canonical(note_facts(one, "en"))


def test_imperial_distances_and_long_targets_are_bounded() -> None:
    steps = "\n".join(f"step {i}: 100 yd easy" for i in range(400))
    swim = BriefSession("Long swim", "swim", 3600, targets=steps, distance_m=3218.688)
    (session,) = note_facts(inputs(None, (swim,), units=Units.IMPERIAL), "en")["plan"]["sessions"]
    assert session["distance_mi"] == 2.0
    assert "distance_km" not in session
    assert len(session["targets"]) == 6


def test_canonical_facts_are_one_spelling_and_the_key_covers_model_prompt_and_facts() -> None:
    facts = note_facts(inputs(amber_day(), (intervals(),)), "en")
    text = canonical(facts)
    assert text == canonical(dict(reversed(list(facts.items()))))
    assert json.loads(text) == facts
    assert "×" in text  # not \u00d7: the model reads the athlete's words
    key = cache_key("model-a", PROMPT, text)
    assert len(key) == 64 and key == cache_key("model-a", PROMPT, text)
    assert key != cache_key("model-b", PROMPT, text)
    assert key != cache_key("model-a", Prompt("brief_note", "You are a runner."), text)
    other = canonical(note_facts(inputs(amber_day(), (intervals(),)), "ru"))
    assert key != cache_key("model-a", PROMPT, other)


# -- the answer --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "note"),
    [
        (NOTE, NOTE),
        ("  Rest today.\n\nSleep early tonight.  ", "Rest today. Sleep early tonight."),
        ("One. Two! Three? Four.", "One. Two!"),
        ("**Easy** does it, _really_. Keep `Zone 2`.", "Easy does it, _really_. Keep Zone 2."),
        ("- Rest today.\n- Drink well.", "Rest today. Drink well."),
        ("# Today\nYou slept 8.2 h. Go well.", "Today You slept 8.2 h. Go well."),
        ("«Отдыхайте сегодня. Ложитесь пораньше.»", "Отдыхайте сегодня. Ложитесь пораньше."),
        ("Keep it *easy* today. Enjoy it.", "Keep it easy today. Enjoy it."),
        ("No full stop at the end", "No full stop at the end"),
        ("", None),
        ("   \n ", None),
        ("x" * (MAX_NOTE_CHARS + 1), None),
    ],
)
def test_the_answer_is_cleaned_to_two_plain_sentences(answer: str, note: str | None) -> None:
    assert clean_note(answer) == note


def test_an_answer_cut_by_the_token_limit_loses_its_unfinished_sentence() -> None:
    assert clean_note("Rest today. Tomorrow we", cut_short=True) == "Rest today."
    assert clean_note("Rest today and", cut_short=True) is None
    assert clean_note("Rest today. Sleep well.", cut_short=True) == "Rest today. Sleep well."


def test_html_in_the_answer_is_kept_as_text_for_the_translator_to_escape() -> None:
    assert clean_note("Go <b>easy</b> & slow. Enjoy.") == "Go <b>easy</b> & slow. Enjoy."


# -- the prompt --------------------------------------------------------------------------


def test_the_prompt_is_a_file_and_its_version_follows_its_text(tmp_path: Path) -> None:
    prompt = load_prompt("brief_note")
    assert prompt.text == (PROMPTS_DIR / "brief_note.md").read_text(encoding="utf-8").strip()
    for rule in ("two sentences", "medical advice", "Never invent numbers", "language"):
        assert rule in prompt.text
    (tmp_path / "brief_note.md").write_text(prompt.text + "\nOne more rule.\n")
    assert load_prompt("brief_note", tmp_path).version != prompt.version
    assert len(prompt.version) == 16


# -- the composer ------------------------------------------------------------------------


def test_the_note_sits_under_the_verdict_before_the_session() -> None:
    brief = compose_morning_brief(
        dataclasses.replace(inputs(amber_day(), (intervals(),)), note=NOTE), EN
    )
    text = brief.text
    assert f"💬 <i>{NOTE}</i>" in text
    verdict = text.index("Readiness 69/100")
    assert verdict < text.index("💬") < text.index("<b>Today</b>")


def test_no_note_no_block() -> None:
    for note in (None, "", "   "):
        brief = compose_morning_brief(
            dataclasses.replace(inputs(green_day(), (intervals(),)), note=note), EN
        )
        assert "💬" not in brief.text


def test_the_note_is_escaped_and_kept_on_one_line() -> None:
    note = "Go <b>easy</b> & slow.\nEnjoy </i> it."
    text = compose_morning_brief(dataclasses.replace(inputs(None, ()), note=note), EN).text
    assert "💬 <i>Go &lt;b&gt;easy&lt;/b&gt; &amp; slow. Enjoy &lt;/i&gt; it.</i>" in text
    assert text.count("<i>") == text.count("</i>")


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_the_note_block_in_every_language(language: str) -> None:
    t = CATALOGS.translator(language)
    text = compose_morning_brief(
        dataclasses.replace(inputs(red_day(), (intervals(),)), note="Отдых. Сон."), t
    ).text
    assert "💬 <i>Отдых. Сон.</i>" in text
    assert "brief-" not in text
