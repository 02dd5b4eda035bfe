"""The evening reminder's answers without a database: what "done" and "partly" report,
the parts of the planned time offered, and the keyboards and replies the handler draws."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.services.reminders import (
    PART_FRACTIONS,
    ReminderDone,
    ReminderSkipped,
    SkipReason,
    activity_sport,
    part_of,
    reported_work,
)
from bot.domain.activities import (
    Activity,
    ActivityFields,
    ActivityLoad,
    ActivitySource,
    CandidateSession,
)
from bot.handlers.onboarding.formatting import Formatter
from bot.handlers.reminder import (
    ReminderStep,
    done_text,
    part_markup,
    rpe_markup,
    session_text,
    skipped_text,
    why_markup,
)
from bot.i18n import Catalogs

CATALOGS = Catalogs.load()
DAY = date(2026, 1, 6)


def planned(
    sport: str = "run", duration_s: float = 4500.0, distance_m: float | None = 13840.0
) -> CandidateSession:
    return CandidateSession(
        id=11,
        day=DAY,
        order=1,
        sport=sport,
        session_type="tempo",
        title="run.tempo",
        duration_s=duration_s,
        distance_m=distance_m,
        load=87.2,
        status="pending",
        matched_activity_id=None,
    )


def test_done_reports_the_planned_session_as_it_was_planned() -> None:
    work = reported_work(planned(), rpe=6, duration_s=None)
    assert (work.sport, work.duration_s, work.distance_m, work.rpe) == ("run", 4500.0, 13840.0, 6)


def test_partly_keeps_the_planned_pace() -> None:
    work = reported_work(planned(), rpe=4, duration_s=1800.0)
    assert work.duration_s == 1800.0
    assert work.distance_m == pytest.approx(13840.0 * 1800 / 4500)
    assert reported_work(planned(distance_m=None), rpe=4, duration_s=1800.0).distance_m is None


@pytest.mark.parametrize(
    ("planned_sport", "logged"),
    [("run", "run"), ("bike", "bike"), ("swim", "swim"), ("strength", "strength"),
     ("brick", "other")],
)  # fmt: skip
def test_a_brick_is_logged_as_other_and_every_other_sport_as_itself(
    planned_sport: str, logged: str
) -> None:
    assert activity_sport(planned_sport) == logged


@pytest.mark.parametrize(("rpe", "seconds"), [(0, None), (11, None), (5, 30.0), (5, 90_000.0)])
def test_an_rpe_off_the_scale_or_an_absurd_time_is_refused(
    rpe: int, seconds: float | None
) -> None:
    with pytest.raises(ValueError, match="RPE|cannot be logged"):
        reported_work(planned(), rpe=rpe, duration_s=seconds)


def test_the_parts_offered_are_whole_minutes_of_the_planned_time() -> None:
    assert [part_of(4500.0, f) for f in PART_FRACTIONS] == [19 * 60, 38 * 60, 56 * 60]
    assert [part_of(3600.0, f) for f in PART_FRACTIONS] == [900, 1800, 2700]
    assert part_of(120.0, 0.25) == 60  # never less than a minute


@given(
    st.floats(min_value=60, max_value=6 * 3600),
    st.sampled_from(PART_FRACTIONS),
)
def test_a_part_is_within_half_a_minute_of_its_fraction(planned_s: float, fraction: float) -> None:
    seconds = part_of(planned_s, fraction)
    assert seconds % 60 == 0 and seconds >= 60
    assert seconds <= max(60, planned_s * fraction + 30)
    assert seconds >= planned_s * fraction - 30


# -- what the handler draws --------------------------------------------------------------


def buttons(markup: object) -> list[tuple[str, str]]:
    rows = markup.inline_keyboard  # type: ignore[attr-defined]
    return [(b.text, b.callback_data) for row in rows for b in row]


def test_the_rpe_buttons_carry_the_delivery_the_time_and_their_value() -> None:
    t = CATALOGS.translator("en")
    drawn = buttons(rpe_markup(t, 42, 1800))
    assert [text for text, _ in drawn][:3] == ["1 · very easy", "2 · easy", "3 · moderate"]
    assert drawn[-1][0] == "10 · maximal"
    assert [ReminderStep.unpack(data) for _, data in drawn][6] == ReminderStep(
        step="rpe", delivery=42, dur=1800, rpe=7
    )
    assert all(len(data.encode()) <= 64 for _, data in drawn)  # Telegram's limit


def test_the_part_buttons_name_the_fraction_and_the_minutes() -> None:
    t = CATALOGS.translator("en")
    drawn = buttons(part_markup(t, 42, 4500.0))
    assert [text for text, _ in drawn] == [
        "¼ · 19 min",
        "½ · 38 min",
        "¾ · 56 min",
        "⌨️ Type the minutes",
    ]
    assert ReminderStep.unpack(drawn[1][1]) == ReminderStep(step="part", delivery=42, dur=2280)


def test_the_reasons_are_offered_in_both_languages() -> None:
    for language in ("en", "ru"):
        t = CATALOGS.translator(language)
        drawn = buttons(why_markup(t, 42))
        assert [ReminderStep.unpack(d).why for _, d in drawn] == [r.value for r in SkipReason]
    assert [text for text, _ in buttons(why_markup(CATALOGS.translator("ru"), 42))][2] == (
        "🤒 Болею"
    )


def recorded(duration_s: float, status: str) -> ReminderDone:
    fields = ActivityFields(
        source=ActivitySource.MANUAL,
        sport="run",
        sub_sport="generic",
        local_date=DAY,
        timezone="UTC",
        moving_s=duration_s,
        distance_m=13840.0 * duration_s / 4500,
        rpe=6,
        load=ActivityLoad(86.2, "pace", 0.83),
    )
    activity = Activity(
        id=5,
        athlete_id=1,
        file_id=None,
        fields=fields,
        planned_session_id=11,
        match_kind=None,
        created_at=None,  # type: ignore[arg-type]
        updated_at=None,  # type: ignore[arg-type]
    )
    return ReminderDone(planned(), activity, status, None)


def test_the_reply_says_what_was_recorded_and_that_it_counts() -> None:
    t = CATALOGS.translator("en")
    fmt = Formatter(t)
    text = done_text(t, fmt, recorded(4500.0, "done"))
    assert text.splitlines() == [
        "🏃 <b>Tempo run</b> · 1 h 15 min · 13.8 km",
        "✅ <b>Noted: done.</b> 1 h 15 min · 13.8 km · RPE 6",
        "📈 Load <b>86</b> (pace, IF 0.83)",
        "It counts in your fitness and in this week's review.",
    ]
    partial = done_text(t, fmt, recorded(2280.0, "partial"))
    assert "〰️ <b>Noted: partly done.</b> 38 min · 7 km · RPE 6" in partial


def test_ill_suggests_a_pause() -> None:
    t = CATALOGS.translator("en")
    text = skipped_text(t, Formatter(t), ReminderSkipped(planned(), SkipReason.ILL, "illness"))
    assert "sick day" in text and "/pause" in text
    assert session_text(t, Formatter(t), planned(distance_m=None)) == (
        "🏃 <b>Tempo run</b> · 1 h 15 min"
    )
