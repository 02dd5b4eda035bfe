"""A coach acting on athletes end to end through the emulator, in English and Russian:
a plan change from the athlete card (proposal, Apply, the athlete told with the diff and
the coach's name, Undo), consent withdrawn while the buttons are on screen and a forged
athlete id (refused, nothing changed), a change for everyone (applied for one athlete,
refused for the one who does not allow plan edits), a threshold override recorded with
its source, and messages both ways (the button and a Telegram reply).

Two 10 km runners (Tuesday to Thursday, Saturday, Sunday), profiles stored directly."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.domain.athletes import Athlete
from bot.domain.profiles import ThresholdKind
from bot.storage.models import PlanChangeRow, ThresholdRow
from tests.e2e.activity_chat import athlete_id, plain, press_all, send_all, translator
from tests.e2e.harness import Person, TempoUnderTest
from tests.e2e.test_plan import MONDAY, database, go_to, text_of
from tests.e2e.test_plan_changes import day_sessions, runner
from tests.e2e.test_squads import new_squad

pytestmark = pytest.mark.e2e

TUESDAY = MONDAY + timedelta(days=1)
SATURDAY = MONDAY + timedelta(days=5)
LINE = {
    "en": "Saturday: {minutes} min group ride in zone 2",
    "ru": "суббота: {minutes} мин групповой заезд в зоне 2",
}
RUN_LINE = {
    "en": "Saturday: {minutes} min run in zone 2",
    "ru": "суббота: {minutes} мин бег в зоне 2",
}


async def squad_of_two(
    tempo: TempoUnderTest, language: str
) -> tuple[Person, Person, Person, Athlete, Athlete]:
    """Cleo coaches Ann (who allows plan edits) and Bob (who does not)."""
    t = translator(language)
    cleo = tempo.person("Cleo", language_code=language)
    ann = tempo.person("Ann", language_code=language)
    bob = tempo.person("Bob", language_code=language)
    ann_athlete = await runner(tempo, ann, language)
    bob_athlete = await runner(tempo, bob, language)
    go_to(tempo, TUESDAY)
    _, token = await new_squad(tempo, cleo, "Track")
    for person in (ann, bob):
        [offer] = await send_all(tempo, person, f"/start {token}")
        await person.press(t("squad-btn-accept"), on=offer)
    [sharing] = await send_all(tempo, ann, "/sharing")
    await press_all(tempo, ann, f"▫️ {t('squad-scope-short-plan_edit')}", on=sharing)
    return cleo, ann, bob, ann_athlete, bob_athlete


async def open_card(tempo: TempoUnderTest, coach: Person, name: str):  # type: ignore[no-untyped-def]
    [roster] = await send_all(tempo, coach, "/squad")
    label = next(b for b in roster.button_texts if b.endswith(f". {name}"))
    await press_all(tempo, coach, label, on=roster)
    return tempo.account.message(coach.user, roster.message_id)


def newest(tempo: TempoUnderTest, person: Person):  # type: ignore[no-untyped-def]
    return tempo.account.bot_messages(person.user)[-1]


def saturday_line(language: str, minutes: int) -> str:
    return LINE[language].format(minutes=minutes)


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_a_plan_change_from_the_card_is_told_to_the_athlete_and_undone(
    tempo: TempoUnderTest, language: str
) -> None:
    t = translator(language)
    cleo, ann, bob, ann_athlete, _ = await squad_of_two(tempo, language)
    [planned] = await day_sessions(ann, ann_athlete, SATURDAY)
    minutes = planned.session.duration_s // 60

    card = await open_card(tempo, cleo, "Ann")
    assert [t("coaching-btn-edit"), t("coaching-btn-threshold")] in [
        [b["text"] for b in row] for row in card.inline_keyboard
    ]
    [ask] = await press_all(tempo, cleo, t("coaching-btn-edit"), on=card)
    assert (ask.text or "").startswith(plain(t("coaching-ask-plan", name="Ann")).split("\n")[0])
    [proposal] = await send_all(tempo, cleo, saturday_line(language, minutes))
    assert (proposal.text or "").startswith(plain(t("coaching-for", name="Ann")))
    assert proposal.button_texts == [t("change-btn-apply"), t("change-btn-discard")]

    await cleo.press(t("change-btn-apply"), on=proposal)
    applied = text_of(tempo, cleo, proposal)
    assert applied.startswith(plain(t("coaching-applied", name="Ann")))
    notice = newest(tempo, ann)
    assert (notice.text or "").startswith(plain(t("coaching-notice-changed", coach="Cleo")))
    assert " → 🚴" in (notice.text or "") and saturday_line(language, minutes) in (
        notice.text or ""
    )
    assert notice.button_texts == [t("relay-btn-reply")]
    [ride] = await day_sessions(ann, ann_athlete, SATURDAY)
    assert ride.session.sport.value == "bike" and ride.session.duration_s == minutes * 60
    async with database(tempo) as session:
        [row] = await session.scalars(select(PlanChangeRow))
    assert row.proposed_by == "coach" and row.reason["coach"] == "Cleo"

    await cleo.press(t("change-btn-undo"), on=proposal)
    assert text_of(tempo, cleo, proposal) == plain(t("coaching-undone", name="Ann"))
    undone = newest(tempo, ann)
    assert (undone.text or "").startswith(plain(t("coaching-notice-undone", coach="Cleo")))
    [back] = await day_sessions(ann, ann_athlete, SATURDAY)
    assert back.session.sport.value == "run" and back.session.duration_s == minutes * 60

    # A proposal on screen; Ann withholds plan edits; Cleo's Apply and the card's buttons
    # are refused at the tap, and the plan stays as it is.
    [again] = await send_all(tempo, cleo, "/squad")
    await press_all(
        tempo, cleo, next(b for b in again.button_texts if b.endswith(". Ann")), on=again
    )
    card = tempo.account.message(cleo.user, again.message_id)
    await press_all(tempo, cleo, t("coaching-btn-edit"), on=card)
    [second] = await send_all(tempo, cleo, saturday_line(language, minutes))
    [sharing] = await send_all(tempo, ann, "/sharing")
    await press_all(tempo, ann, f"✅ {t('squad-scope-short-plan_edit')}", on=sharing)
    for label, on in (
        (t("change-btn-apply"), second),
        (t("coaching-btn-edit"), card),
        (t("coaching-btn-threshold"), card),
    ):
        await cleo.press(label, on=on)
        answer = tempo.account.callback_answers[-1]
        assert answer.show_alert and answer.text == plain(t("coaching-denied"))
    [still] = await day_sessions(ann, ann_athlete, SATURDAY)
    assert still.session.sport.value == "run"

    # A forged button naming Bob (who never allowed plan edits) and one naming a stranger.
    dan = tempo.person("Dan", language_code=language)
    await send_all(tempo, dan, "/help")
    for forged in (
        f"cc:e:{await athlete_id(tempo, bob)}:",
        f"cc:m:{await athlete_id(tempo, dan)}:",
    ):
        tempo.account.user_presses_button(
            cleo.user, card, t("coaching-btn-message"), forged=forged
        )
        await tempo.account.wait_for_bot_activity(card.chat_id, kinds=["callback_answer"])
        answer = tempo.account.callback_answers[-1]
        assert answer.show_alert and answer.text == plain(t("coaching-denied"))
    assert not any("Cleo" in text for text in dan.bot_texts())


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_everyone_a_threshold_and_messages_both_ways(
    tempo: TempoUnderTest, language: str
) -> None:
    t = translator(language)
    cleo, ann, bob, ann_athlete, _ = await squad_of_two(tempo, language)
    [planned] = await day_sessions(ann, ann_athlete, SATURDAY)
    minutes = planned.session.duration_s // 60

    # A ride for everyone: Ann runs, so she is not given a ride without a word (QA: the
    # bulk change turned her Saturday run into a ride); nothing can be applied.
    [roster] = await send_all(tempo, cleo, "/squad")
    [ask] = await press_all(tempo, cleo, t("coaching-btn-bulk"), on=roster)
    assert ask.text == plain(t("coaching-ask-bulk"))
    [refused] = await send_all(tempo, cleo, saturday_line(language, minutes))
    doesnt_ride = plain(t("coaching-bulk-not-their-sport", name="Ann", sport="bike"))
    assert doesnt_ride in (refused.text or ""), refused.text
    assert refused.button_texts == []

    # A run for everyone: Ann's plan allows it, Bob does not allow plan edits.
    await press_all(tempo, cleo, t("coaching-btn-bulk"), on=roster)
    line = RUN_LINE[language].format(minutes=minutes - 5)
    [summary] = await send_all(tempo, cleo, line)
    text = summary.text or ""
    assert plain(t("coaching-bulk-refused", name="Bob", reason=t("coaching-bulk-denied"))) in text
    assert re.search(r"✅ Ann: .*🏃", text), text
    assert summary.button_texts == [t("coaching-btn-bulk-apply", count=1), t("change-btn-discard")]
    await cleo.press(t("coaching-btn-bulk-apply", count=1), on=summary)
    done = text_of(tempo, cleo, summary)
    assert done.startswith(plain(t("coaching-bulk-done", count=1, total=2, request=line)))
    assert (newest(tempo, ann).text or "").startswith(
        plain(t("coaching-notice-changed", coach="Cleo"))
    )
    assert not any("Cleo" in m for m in bob.bot_texts()[-1:])
    [run] = await day_sessions(ann, ann_athlete, SATURDAY)
    assert run.session.sport.value == "run" and run.session.duration_s == (minutes - 5) * 60

    # A threshold override, recorded with its source and told to Ann.
    card = await open_card(tempo, cleo, "Ann")
    [kinds] = await press_all(tempo, cleo, t("coaching-btn-threshold"), on=card)
    pace = t("th-name-run_threshold_pace")
    [ask_value] = await press_all(tempo, cleo, pace, on=kinds)
    assert "Ann" in (ask_value.text or "")
    [unreadable] = await send_all(tempo, cleo, "fast")
    assert unreadable.text == plain(t("ob-error-pace-unreadable"))
    [saved] = await send_all(tempo, cleo, "4:15")
    assert "4:15" in (saved.text or "") and "Ann" in (saved.text or "")
    told = newest(tempo, ann).text or ""
    assert "Cleo" in told and "4:15" in told
    async with database(tempo) as session:
        rows = list(
            await session.scalars(
                select(ThresholdRow).where(
                    ThresholdRow.kind == ThresholdKind.RUN_THRESHOLD_PACE.value
                )
            )
        )
    assert rows[-1].value == 255 and rows[-1].source == "coach" and rows[-1].method == "coach Cleo"

    # Messages: Cleo → Ann; Ann answers with the button, then with a Telegram reply.
    await press_all(tempo, cleo, t("coaching-btn-message"), on=card)
    [sent] = await send_all(tempo, cleo, "Easy <b>week</b> please")
    assert sent.text == plain(t("relay-sent", name="Ann"))
    message = newest(tempo, ann)
    assert message.text == plain(
        t("relay-from-coach", coach="Cleo", text="Easy <b>week</b> please")
    )
    [ask_reply] = await press_all(tempo, ann, t("relay-btn-reply"), on=message)
    assert ask_reply.text == plain(t("relay-ask-reply", name="Cleo"))
    [answered] = await send_all(tempo, ann, "OK, coach")
    assert answered.text == plain(t("relay-sent", name="Cleo"))
    back = newest(tempo, cleo)
    assert back.text == plain(t("relay-from-athlete", name="Ann", text="OK, coach"))
    assert back.button_texts == [t("relay-btn-answer", name="Ann")]

    tempo.account.user_sends_text(ann.user, "Knee is fine too", reply_to=message)
    await ann.settle()
    assert newest(tempo, cleo).text == plain(
        t("relay-from-athlete", name="Ann", text="Knee is fine too")
    )
    tempo.account.user_sends_text(cleo.user, "Great", reply_to=back)
    await cleo.settle()
    assert newest(tempo, ann).text == plain(t("relay-from-coach", coach="Cleo", text="Great"))

    # Ann leaves: her old "Reply to coach" button is refused, nothing reaches Cleo.
    [sharing] = await send_all(tempo, ann, "/sharing")
    await press_all(tempo, ann, t("sharing-btn-leave", squad="Track"), on=sharing)
    before = len(tempo.account.bot_messages(cleo.user))
    await ann.press(t("relay-btn-reply"), on=message)
    answer = tempo.account.callback_answers[-1]
    assert answer.show_alert and answer.text == plain(t("relay-coach-gone"))
    assert len(tempo.account.bot_messages(cleo.user)) == before
