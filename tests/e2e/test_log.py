"""/log end to end: the buttons, one typed line in English and Russian, a line asked
back, an absurd line refused, and the RPE after it becoming the load."""

from __future__ import annotations

import pytest

from tests.e2e.activity_chat import (
    activities_of,
    athlete_id,
    plain,
    press_all,
    send_all,
    translator,
)
from tests.e2e.harness import TempoUnderTest

pytestmark = pytest.mark.e2e


async def test_log_with_buttons(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    t = translator()
    [question] = await send_all(tempo, ann, "/log")
    assert question.text == t("log-q-sport")
    await ann.press("🏃 " + t("act-sport-run"), on=question)
    await ann.press("45:00")
    await ann.press(t("fmt-km", value="10"))
    await ann.press("6")
    replies = await send_all(tempo, ann, "felt strong")
    who = await athlete_id(tempo, ann)
    [activity] = await activities_of(tempo, who)
    assert (activity.sport, activity.fields.moving_s, activity.fields.distance_m) == (
        "run", 2700, 10000,
    )  # fmt: skip
    assert activity.fields.rpe == 6 and activity.fields.note == "felt strong"
    assert activity.fields.source.value == "manual"
    # No threshold pace: the load is session RPE, 6 × 45 min × 100/420.
    assert activity.fields.load is not None
    assert activity.fields.load.method == "session_rpe"
    assert activity.fields.load.value == pytest.approx(6 * 45 * 100 / 420, abs=0.1)
    assert "Load" in (replies[0].text or "")


async def test_log_with_typed_answers_and_a_refused_duration(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    t = translator()
    await send_all(tempo, ann, "/log")
    await ann.press("🏊 " + t("act-sport-swim"))
    [refusal] = await send_all(tempo, ann, "3000")
    assert refusal.text == plain(t("log-error-too_long", hours=50))
    await send_all(tempo, ann, "40")
    await send_all(tempo, ann, "1500")
    await ann.press(t("act-btn-skip"))
    await ann.press(t("log-btn-save"))
    who = await athlete_id(tempo, ann)
    [activity] = await activities_of(tempo, who)
    assert (activity.sport, activity.fields.moving_s, activity.fields.distance_m) == (
        "swim", 2400, 1500,
    )  # fmt: skip
    assert activity.fields.rpe is None and activity.fields.load is None


@pytest.mark.parametrize(
    "case",
    [
        ("en", "ran 10k in 52 min rpe 6", "run", 3120, 10000, 6),
        ("en", "/log swim 2000m 45min", "swim", 2700, 2000, None),
        ("en", "bike 1h30 easy", "bike", 5400, None, None),
        ("en", "strength 40 min", "strength", 2400, None, None),
        ("ru", "бег 10 км 52 мин", "run", 3120, 10000, None),
        ("es", "corrí 10 km en 52 min rpe 6", "run", 3120, 10000, 6),
        ("de", "/log schwimmen 2000 m 45 Minuten", "swim", 2700, 2000, None),
        ("fr", "vélo 1h30 tranquille", "bike", 5400, None, None),
        ("it", "palestra 40 minuti", "strength", 2400, None, None),
    ],
)
async def test_one_line_logs(
    tempo: TempoUnderTest, case: tuple[str, str, str, float, float | None, int | None]
) -> None:
    language, line, sport, seconds, metres, rpe = case
    ann = tempo.person("Ann", language_code=language)
    replies = await send_all(tempo, ann, line)
    who = await athlete_id(tempo, ann)
    [activity] = await activities_of(tempo, who)
    assert (activity.sport, activity.fields.moving_s, activity.fields.distance_m) == (
        sport, seconds, metres,
    )  # fmt: skip
    assert activity.fields.rpe == rpe
    t = translator(language)
    assert plain(t(f"act-sport-{sport}")) in (replies[0].text or "")
    asked = [m for m in replies if m.text == t("act-ask-rpe")]
    assert bool(asked) is (rpe is None)


async def test_an_ambiguous_line_is_asked_back(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    t = translator()
    [question] = await send_all(tempo, ann, "ran 10 in 52 min")
    assert question.text == t("log-ambiguous-distance_unit")
    who = await athlete_id(tempo, ann)
    assert await activities_of(tempo, who) == []
    assert question.button_texts == ["🏃 Run · 52:00 · 10 km", "🏃 Run · 52:00 · 10 mi"]
    miles = question.button_texts[1]
    await press_all(tempo, ann, miles, on=question)
    [activity] = await activities_of(tempo, who)
    assert activity.fields.distance_m == pytest.approx(16093.44)


@pytest.mark.parametrize(
    ("language", "line", "key", "params"),
    [
        ("en", "ran 10k in 5 min", "log-error-too_fast", {"kmh": 120, "sport": "Run"}),
        ("ru", "бег 10 км 5 мин", "log-error-too_fast", {"kmh": 120, "sport": "Бег"}),
        ("en", "run 10k 50min rpe 12", "log-error-rpe_range", {"rpe": 12}),
        ("en", "run bike 1h", "log-error-two_sports", {"first": "Run", "second": "Ride"}),
        ("en", "ran 10k", "log-need-duration", {}),
    ],
)
async def test_absurd_lines_are_refused(
    tempo: TempoUnderTest, language: str, line: str, key: str, params: dict[str, object]
) -> None:
    ann = tempo.person("Ann", language_code=language)
    [reply] = await send_all(tempo, ann, line)
    assert reply.text == plain(translator(language)(key, **params))
    who = await athlete_id(tempo, ann)
    assert await activities_of(tempo, who) == []


async def test_chat_that_is_no_log_goes_to_the_coach(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    [reply] = await send_all(tempo, ann, "hello there")
    first_line = plain(translator()("coach-unknown")).split("\n")[0]
    assert reply.text is not None and reply.text.startswith(first_line)


async def test_rpe_after_a_workout_becomes_its_load_and_a_note_is_kept(
    tempo: TempoUnderTest,
) -> None:
    ann = tempo.person("Ann")
    t = translator()
    await send_all(tempo, ann, "bike 1h")
    await ann.press("7")
    [saved] = await send_all(tempo, ann, "windy")
    who = await athlete_id(tempo, ann)
    [activity] = await activities_of(tempo, who)
    assert activity.fields.rpe == 7 and activity.fields.note == "windy"
    assert activity.fields.load is not None
    assert activity.fields.load.method == "session_rpe"
    assert activity.fields.load.value == pytest.approx(100.0)  # 60 min at RPE 7 = 100
    assert saved.text == t("act-note-saved")


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("de", "ich bin krank"),
        ("en", "I'm sick"),
        ("ru", "я заболел"),
        ("es", "estoy enfermo"),
        ("fr", "je suis malade"),
        ("it", "sono malato"),
    ],
)
async def test_being_ill_wins_over_a_pending_workout_note(
    tempo: TempoUnderTest, language: str, line: str
) -> None:
    """The RPE tap asks for a note; "ich bin krank" is news for the coach, not the note:
    nothing is stored as the note, the coach answers, and the note is no longer awaited."""
    ann = tempo.person("Ann", language_code=language)
    t = translator(language)
    await send_all(tempo, ann, "bike 1h")
    await ann.press("7")
    replies = await send_all(tempo, ann, line)
    assert replies and all(r.text != t("act-note-saved") for r in replies)
    [unsaved] = await send_all(tempo, ann, "windy")
    assert unsaved.text != t("act-note-saved")
    who = await athlete_id(tempo, ann)
    [activity] = await activities_of(tempo, who)
    assert activity.fields.rpe == 7 and activity.fields.note is None
