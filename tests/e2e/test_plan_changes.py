"""Changing the week end to end: each tap flow from /today (Move, Shorten, Easier, Skip,
Swap with…) to the proposal card, Apply (once, on a double tap), Discard, a stale and an
expired Apply, Undo, a restart between the card and Apply, and plain sentences in English
and Russian (a question answered with buttons; a negation left alone).

A 10 km runner training five days a week (Tuesday to Thursday, Saturday, Sunday);
profiles are stored directly, the plan is built by the bot on the first look.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from bot.coach.services import AthleteService
from bot.coach.services.plan_records import TrackedSession
from bot.coach.services.plans import PlanService
from bot.domain.athletes import Athlete
from bot.domain.plans import SessionOutcome, SessionStatus
from bot.domain.profiles import (
    Experience,
    GoalFields,
    GoalKind,
    Priority,
    SportChoice,
)
from bot.storage.models import AthleteConstraintRow, PlanChangeRow
from bot.storage.repositories import PlanRepository
from tests.e2e.harness import Person, TempoUnderTest
from tests.e2e.test_plan import (
    MONDAY,
    database,
    go_to,
    last_answer,
    press_twice,
    profile,
    say,
    store_profile,
    text_of,
)

TUESDAY = MONDAY + timedelta(days=1)


async def runner(tempo: TempoUnderTest, person: Person, language: str) -> Athlete:
    return await store_profile(
        tempo,
        person,
        profile(
            sports=(SportChoice.RUN,),
            experience=Experience.INTERMEDIATE,
            weekly_hours=5.0,
            available_weekdays=(1, 2, 3, 5, 6),
            long_day=6,
        ),
        GoalFields(
            kind=GoalKind.RACE,
            discipline=SportChoice.RUN,
            distance_code="10k",
            distance_m=10000.0,
            race_date=date(2026, 4, 19),
            priority=Priority.A,
        ),
        {},
        language=language,
    )


async def day_sessions(person: Person, athlete: Athlete, day: date) -> list[TrackedSession]:
    """The day's sessions once everything ``person`` did is committed (handlers answer
    before their unit of work commits)."""
    await person.settle()
    tempo = person.tempo
    async with database(tempo) as session:
        fresh = await AthleteService(session, tempo.clock).get(athlete.telegram_id)
        assert fresh is not None
        return list((await PlanService(session, tempo.clock).day(fresh, day)).sessions)


async def audit_rows(tempo: TempoUnderTest) -> list[PlanChangeRow]:
    async with database(tempo) as session:
        return list(await session.scalars(select(PlanChangeRow).order_by(PlanChangeRow.id)))


async def test_shorten_apply_twice_then_undo(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    athlete = await runner(tempo, ann, "en")
    go_to(tempo, TUESDAY)
    [planned] = await day_sessions(ann, athlete, TUESDAY)

    today = await ann.send("/today")
    assert {"↔️ Move", "✂️ Shorten", "🪶 Easier", "⏭ Skip", "🔁 Swap with…"} <= set(
        today.button_texts
    )
    await ann.press("✂️ Shorten", on=today)
    picker = tempo.account.message(ann.user, today.message_id)
    assert (picker.text or "").startswith("How long can ")
    await ann.press("20 min", on=picker)
    card = tempo.account.message(ann.user, today.message_id)
    text = card.text or ""
    assert text.startswith("✏️ Proposed change")
    assert "Tue 6 Jan: 🏃" in text and " → 🏃" in text and text.count("20 min") == 1
    assert "📊 5 Jan" in text and "load " in text
    assert card.button_texts == ["✅ Apply", "✖️ Discard"]

    # A double tap applies once: the second is told it is applied already.
    await press_twice(ann, card, "✅ Apply")
    assert last_answer(ann) == say("en", "change-already-applied")
    applied = text_of(tempo, ann, today)
    assert applied.startswith("✅ Done. Your plan now:") and "Tue 6 Jan: 🏃" in applied
    [short] = await day_sessions(ann, athlete, TUESDAY)
    assert short.session.duration_s == 20 * 60
    rows = await audit_rows(tempo)
    assert len(rows) == 1 and rows[0].proposed_by == "athlete" and rows[0].undone_at is None
    assert rows[0].before[0]["sessions"] != rows[0].after[0]["sessions"]

    # /undo puts the session back, and says so; a second /undo has nothing left.
    undone = await ann.send("/undo")
    assert (undone.text or "").startswith("↩️ Undone. Back as it was:")
    [back] = await day_sessions(ann, athlete, TUESDAY)
    assert back.session.duration_s == planned.session.duration_s
    assert (await audit_rows(tempo))[0].undone_at is not None
    again = await ann.send("/undo")
    assert again.text == say("en", "change-undo-nothing")
    # The card's Undo, stale now: a toast, and the card keeps its content (QA).
    await ann.press("↩️ Undo", on=tempo.account.message(ann.user, today.message_id))
    assert last_answer(ann) == say("en", "change-undo-nothing")
    assert text_of(tempo, ann, today) == applied


async def test_move_refused_then_move_skip_easier_swap_and_discard(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    athlete = await runner(tempo, ann, "en")
    go_to(tempo, TUESDAY)

    # Friday and Monday are not training days: the picker never offers a day the engine
    # would refuse; every day it offers gives a card to apply.
    [session] = await day_sessions(ann, athlete, TUESDAY)
    today = await ann.send("/today")
    await ann.press("↔️ Move", on=today)
    picker = tempo.account.message(ann.user, today.message_id)
    assert (picker.text or "").startswith("Move ")
    offered = [b for b in picker.button_texts if b != say("en", "change-btn-back")]
    assert offered and "Fri 9" not in offered and "Mon 12" not in offered
    assert "Wed 7" in offered  # a planned day: the two sessions swap
    await ann.press("Wed 7", on=picker)
    card = tempo.account.message(ann.user, today.message_id)
    assert (card.text or "").startswith("✏️ Proposed change"), card.text
    await ann.press("✅ Apply", on=card)
    target = TUESDAY + timedelta(days=1)
    moved = await day_sessions(ann, athlete, target)
    # Moved onto a planned day, nothing stacks: Wednesday's session came to Tuesday.
    assert [s.session.title for s in moved] == [session.session.title]
    assert len(await day_sessions(ann, athlete, TUESDAY)) == 1
    assert ((await ann.send("/undo")).text or "").startswith("↩️ Undone.")

    # Skip: the card, then Discard leaves the plan as it was.
    today = await ann.send("/today")
    await ann.press("⏭ Skip", on=today)
    card = tempo.account.message(ann.user, today.message_id)
    assert "→ rest" in (card.text or "")
    await ann.press("✖️ Discard", on=card)
    assert text_of(tempo, ann, today) == say("en", "change-discarded")
    assert len(await day_sessions(ann, athlete, TUESDAY)) == 1

    # One pending proposal per chat: a newer card replaces the older one.
    older = await ann.send("/today")
    await ann.press("⏭ Skip", on=older)
    today = await ann.send("/today")
    await ann.press("🪶 Easier", on=today)
    await ann.press("✅ Apply", on=tempo.account.message(ann.user, older.message_id))
    assert last_answer(ann) == say("en", "change-gone")
    assert len(await day_sessions(ann, athlete, TUESDAY)) == 1

    # Easier: the session's easier alternative, applied. The plan opens with an easy run
    # with strides (its intro week): easier is lighter and holds no more hard time.
    [first] = await day_sessions(ann, athlete, TUESDAY)
    assert not first.session.is_hard and first.session.workout.hard_s > 0
    await ann.press("✅ Apply", on=tempo.account.message(ann.user, today.message_id))
    assert text_of(tempo, ann, today).startswith("✅ Done.")
    [eased] = await day_sessions(ann, athlete, TUESDAY)
    assert eased.session.load < first.session.load
    assert eased.session.workout.hard_s <= first.session.workout.hard_s

    # Swap Tuesday with Wednesday: the days trade places.
    before_wed = [
        s.session.title for s in await day_sessions(ann, athlete, TUESDAY + timedelta(1))
    ]
    before_tue = [s.session.title for s in await day_sessions(ann, athlete, TUESDAY)]
    today = await ann.send("/today")
    await ann.press("🔁 Swap with…", on=today)
    picker = tempo.account.message(ann.user, today.message_id)
    await ann.press("Wed 7", on=picker)
    card = tempo.account.message(ann.user, today.message_id)
    assert (card.text or "").startswith("✏️ Proposed change"), card.text
    await ann.press("✅ Apply", on=card)
    assert [s.session.title for s in await day_sessions(ann, athlete, TUESDAY)] == before_wed
    after_wed = await day_sessions(ann, athlete, TUESDAY + timedelta(1))
    assert [s.session.title for s in after_wed] == before_tue


async def test_stale_and_expired_apply_offer_a_recompute(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    athlete = await runner(tempo, ann, "en")
    go_to(tempo, TUESDAY)
    today = await ann.send("/today")
    await ann.press("⏭ Skip", on=today)
    card = tempo.account.message(ann.user, today.message_id)

    # Wednesday's session is done meanwhile: the plan is not the one the card was made for.
    [wednesday] = await day_sessions(ann, athlete, TUESDAY + timedelta(days=1))
    async with database(tempo) as session:
        outcome = SessionOutcome(SessionStatus.DONE, notes="test")
        await PlanRepository(session).record_outcome(wednesday.id, outcome, now=tempo.clock.now())
    await ann.press("✅ Apply", on=card)
    stale = tempo.account.message(ann.user, today.message_id)
    assert stale.text == say("en", "change-stale")
    assert len(await day_sessions(ann, athlete, TUESDAY)) == 1  # nothing applied
    await ann.press("🔄 Recompute", on=stale)
    fresh = tempo.account.message(ann.user, today.message_id)
    assert (fresh.text or "").startswith("✏️ Proposed change")

    # Ten minutes later the card has expired: Recompute, then Apply works.
    tempo.clock.advance(11 * 60)
    await ann.press("✅ Apply", on=fresh)
    expired = tempo.account.message(ann.user, today.message_id)
    assert expired.text == say("en", "change-expired")
    await ann.press("🔄 Recompute", on=expired)
    await ann.press("✅ Apply", on=tempo.account.message(ann.user, today.message_id))
    assert text_of(tempo, ann, today).startswith("✅ Done.")
    assert await day_sessions(ann, athlete, TUESDAY) == []


async def test_a_card_survives_a_restart(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    athlete = await runner(tempo, ann, "en")
    go_to(tempo, TUESDAY)
    today = await ann.send("/today")
    await ann.press("⏭ Skip", on=today)
    card = tempo.account.message(ann.user, today.message_id)
    await tempo.restart()
    await ann.press("✅ Apply", on=card)
    assert text_of(tempo, ann, today).startswith("✅ Done.")
    assert await day_sessions(ann, athlete, TUESDAY) == []


async def test_sentences_in_russian_and_english(tempo: TempoUnderTest) -> None:
    olga = tempo.person("Olga", language_code="ru")
    athlete = await runner(tempo, olga, "ru")
    go_to(tempo, TUESDAY)

    # A negation is not acted on: no proposal, and the coach does not treat her as ill.
    plain = await olga.send("я уже не болею")
    # Only the coach's command buttons, no proposal to apply.
    assert plain.button_texts == [
        say("ru", f"coach-btn-cmd-{name}") for name in ("today", "week", "checkin", "help")
    ]
    assert (plain.text or "").startswith(say("ru", "coach-unknown").split("\n")[0])

    # Ill, but where? Asked with buttons; below the neck means rest today and tomorrow.
    question = await olga.send("я заболела")
    assert question.text == say("ru", "change-question-illness")
    await olga.press(say("ru", "change-option-below-neck"), on=question)
    card = olga.last_bot_message()
    assert (card.text or "").startswith("✏️ Предлагаю изменить")
    assert "«я заболела»" in (card.text or "")
    await olga.press("✅ Применить", on=card)
    assert await day_sessions(olga, athlete, TUESDAY) == []
    assert await day_sessions(olga, athlete, TUESDAY + timedelta(days=1)) == []
    for later in await day_sessions(olga, athlete, TUESDAY + timedelta(days=2)):
        assert later.session.workout.hard_s == 0 and later.session.duration_s <= 30 * 60
    async with database(tempo) as session:
        rules = list(await session.scalars(select(AthleteConstraintRow)))
    assert rules and {r.rule["reason"] for r in rules} == {"illness", "illness_ramp"}

    # In English: "I only have 30 minutes today" on Thursday.
    ann = tempo.person("Ann")
    runner_ann = await runner(tempo, ann, "en")
    go_to(tempo, TUESDAY + timedelta(days=2))
    card = await ann.send("I only have 30 minutes today")
    assert (card.text or "").startswith("✏️ Proposed change"), card.text
    assert "at most 30 min a day" in (card.text or "")
    await ann.press("✅ Apply", on=card)
    for s in await day_sessions(ann, runner_ann, TUESDAY + timedelta(days=2)):
        assert s.session.duration_s <= 30 * 60


async def test_swap_is_offered_only_when_some_day_can_swap(tempo: TempoUnderTest) -> None:
    """Before the plan starts there is nothing to swap on the days before it: no Swap
    button there; on a planned day the picker lists only days the swap works with."""
    ann = tempo.person("Ann")
    await runner(tempo, ann, "en")
    before = await ann.send("/today")  # Monday; the plan starts on Tuesday
    assert "🔁 Swap with…" not in before.button_texts
    go_to(tempo, TUESDAY)
    today = await ann.send("/today")
    assert "🔁 Swap with…" in today.button_texts
    await ann.press("🔁 Swap with…", on=today)
    picker = tempo.account.message(ann.user, today.message_id)
    # Monday and Friday are not Ann's days: a swap there would be refused, so not listed.
    assert picker.button_texts == ["Wed 7", "Thu 8", "Sat 10", "Sun 11", "Tue 13", "« Back"]
