"""The dialog's controls end to end: /back and Back, /cancel, /start mid-dialog (continue
or start over), a restart of the bot mid-dialog, stale and double taps, group chats, and
what /profile and /settings change afterwards."""

from __future__ import annotations

from datetime import date, time

from bot.domain.profiles import GoalKind, SportChoice, ThresholdKind, ThresholdSource, Units
from bot.sandbox.emulator import ChatMessage
from tests.e2e.harness import TempoUnderTest, start_tempo
from tests.e2e.test_onboarding import (
    Chatter,
    chatter,
    plain,
    progress,
    question,
    stored,
)


async def presses_twice(tempo: TempoUnderTest, who: Chatter, message: ChatMessage, *labels: str):
    """Two taps that both land before the bot handled either (a laggy connection)."""
    before = len(tempo.account.callback_answers)
    for label in labels:
        tempo.account.user_presses_button(who.person.user, message, label)
    while len(tempo.account.callback_answers) < before + len(labels):
        await tempo.account.wait_for_bot_activity(
            who.person.user, since=tempo.account.mark(), kinds=["callback_answer"]
        )
    return tempo.account.callback_answers[before:]


async def quick_cyclist(who: Chatter) -> None:
    """A short but complete onboarding: a cyclist with an FTP, in Moscow."""
    t = who.t
    await who.type("/start")
    await who.tick(t("ob-opt-sports-bike"))
    await who.tap("ob-opt-experience-intermediate")
    await who.tap("ob-opt-races-0")
    await who.tap("ob-opt-goal-general")
    await who.type("6")
    await who.tick(who.day(1), who.day(3), who.day(5))
    await who.press(who.day(5))
    await who.tick(t("ob-opt-equipment-power_meter"))
    await who.tap("ob-opt-watch-garmin")
    await who.type("1984")
    await who.tap("ob-opt-sex-male")
    await who.type("75")
    await who.type("250")
    await who.tap("ob-btn-unknown")
    await who.tap("ob-btn-unknown")
    await who.tap("ob-btn-unknown")
    await who.tap("ob-btn-none")
    confirmed = await who.type("Moscow" if who.language == "en" else "Москва")
    brief = await who.with_buttons(confirmed)
    assert question(who, "brief_time") in (brief.text or "")
    await who.press(brief.button_texts[2])
    await who.settle()


# -- back, cancel, and /start in the middle ----------------------------------------------


async def test_back_cancel_and_the_offer_to_continue_or_start_over(
    tempo: TempoUnderTest,
) -> None:
    ann = chatter(tempo, "Ann", "en")
    t = ann.t
    await ann.type("/start")
    await ann.press(t("ob-opt-sports-run"))
    experience = await ann.tap("ob-btn-done")
    assert progress(experience) == (2, 22)
    sports = await ann.tap("ob-btn-back")
    assert progress(sports) == (1, 22)
    assert sports.button_texts[0] == "✓ " + t("ob-opt-sports-run")  # the ticks are kept
    assert experience.inline_keyboard == []
    await ann.tap("ob-btn-done")
    races = await ann.tap("ob-opt-experience-intermediate")
    assert progress(races) == (3, 22)
    again = await ann.type("/back")
    assert question(ann, "experience") in (again.text or "") and progress(again) == (2, 22)
    assert races.inline_keyboard == []
    await ann.tap("ob-opt-experience-advanced")
    goal = await ann.type("3")
    assert progress(goal) == (4, 22)

    paused = await ann.type("/cancel")
    assert paused.text == plain(t("ob-paused"))
    assert goal.inline_keyboard == []
    # Outside the dialog a chat line goes to the coach (no key here: the intent reader).
    assert (await ann.type("hello")).text.startswith(plain(t("coach-unknown")).split("\n")[0])
    assert (await ann.type("/cancel")).text == plain(t("cancel-nothing"))

    offer = await ann.type("/start")
    assert offer.text == plain(t("ob-resume", index=4, total=22))
    assert offer.button_texts == [t("ob-btn-continue"), t("ob-btn-restart")]
    resumed = await ann.tap("ob-btn-continue")
    assert question(ann, "goal") in (resumed.text or "") and progress(resumed) == (4, 22)
    assert offer.inline_keyboard == []
    race_date = await ann.tap("ob-opt-goal-5k")
    assert progress(race_date) == (5, 22)

    second_offer = await ann.type("/start")
    assert second_offer.text == plain(t("ob-resume", index=5, total=22))
    fresh = await ann.tap("ob-btn-restart")
    assert progress(fresh)[0] == 1
    assert question(ann, "sports") in (fresh.text or "")
    assert all(not label.startswith("✓") for label in fresh.button_texts)  # nothing ticked
    assert race_date.inline_keyboard == []
    # Back at the first question there is nothing before it.
    first = await ann.type("/back")
    assert first.text == plain(t("ob-error-first-question"))


async def test_back_and_cancel_with_nothing_under_way(tempo: TempoUnderTest) -> None:
    ann = chatter(tempo, "Ann", "ru")
    assert (await ann.type("/back")).text == plain(ann.t("ob-back-nothing"))
    assert (await ann.type("/cancel")).text == plain(ann.t("cancel-nothing"))
    assert (await ann.type("/profile")).text == plain(ann.t("profile-missing"))
    assert (await ann.type("/settings")).text == plain(ann.t("profile-missing"))


async def test_going_back_from_the_location_question_removes_its_keyboard(
    tempo: TempoUnderTest,
) -> None:
    ann = chatter(tempo, "Ann", "en")
    await quick_cyclist_until_timezone(ann)
    assert tempo.account.reply_keyboard(ann.person.user) is not None
    since = tempo.account.mark()
    back = await ann.type("/back")
    assert (back.text or "").startswith(plain(ann.t("ob-went-back")))
    assert tempo.account.reply_keyboard(ann.person.user) is None
    injuries = await ann.with_buttons(await ann.wait_for(question(ann, "injuries"), since=since))
    assert injuries.button_texts == [ann.t("ob-btn-back"), ann.t("ob-btn-none")]
    await ann.tap("ob-btn-none")
    assert tempo.account.reply_keyboard(ann.person.user) is not None
    paused = await ann.type("/cancel")
    assert paused.text == plain(ann.t("ob-paused"))
    assert tempo.account.reply_keyboard(ann.person.user) is None


async def quick_cyclist_until_timezone(who: Chatter) -> None:
    t = who.t
    await who.type("/start")
    await who.tick(t("ob-opt-sports-bike"))
    await who.tap("ob-opt-experience-beginner")
    await who.tap("ob-opt-races-0")
    await who.tap("ob-opt-goal-general")
    await who.press(t("plan-dur-h", h="3"))
    await who.tick(who.day(6))
    await who.press(who.day(6))
    await who.tap("ob-btn-done")
    await who.tap("ob-opt-watch-none")
    await who.type("2000")
    await who.tap("ob-btn-skip")
    await who.tap("ob-btn-skip")
    for _ in range(4):
        await who.tap("ob-btn-unknown")
    await who.tap("ob-btn-none")


# -- a restart of the bot ------------------------------------------------------------------


async def test_a_restart_mid_dialog_resumes_exactly_where_the_athlete_was(
    database_url: str,
) -> None:
    tempo = await start_tempo(database_url)
    try:
        eva = chatter(tempo, "Eva", "en")
        t = eva.t
        await eva.type("/start")
        await eva.tick(t("ob-opt-sports-run"), t("ob-opt-sports-bike"))
        await eva.tap("ob-opt-experience-advanced")
        await eva.type("5")
        hours = await eva.tap("ob-opt-goal-general")
        assert progress(hours) == (5, 20)  # no race questions for general fitness
        days = await eva.type("8")
        await eva.press(eva.day(0))
        await eva.press(eva.day(1))

        await tempo.restart()

        # The same message, its ticks and its buttons work after the restart.
        await eva.press(eva.day(3))
        assert tempo.account.message(eva.person.user, days.message_id).button_texts[:4] == [
            "✓ " + eva.day(0),
            "✓ " + eva.day(1),
            eva.day(2),
            "✓ " + eva.day(3),
        ]
        long_day = await eva.tap("ob-btn-done")
        assert progress(long_day) == (7, 20)
        assert long_day.button_texts[:3] == [eva.day(0), eva.day(1), eva.day(3)]
        back = await eva.type("/back")
        assert question(eva, "days") in (back.text or "")
        await eva.tap("ob-btn-done")
        await eva.press(eva.day(3))
        await eva.tap("ob-btn-done")
        await eva.tap("ob-opt-watch-coros")
        await tempo.restart()
        await eva.type("1979")
        await eva.tap("ob-btn-skip")
        await eva.tap("ob-btn-skip")
        for _ in range(5):
            await eva.tap("ob-btn-unknown")
        await eva.tap("ob-btn-none")
        confirmed = await eva.type("UTC+3")
        brief = await eva.with_buttons(confirmed)
        assert question(eva, "brief_time") in (brief.text or "")
        await eva.press(brief.button_texts[0])
        await eva.settle()
        saved = await stored(tempo, eva.person)
        fields = saved.profile.fields
        assert fields.sports == (SportChoice.RUN, SportChoice.BIKE)
        assert (fields.races_finished, fields.weekly_hours) == (5, 8.0)
        assert fields.available_weekdays == (0, 1, 3)
        assert fields.long_day == 3
        assert fields.watch_brand == "coros"
        assert fields.brief_time == time(5, 30)
        assert saved.timezone == "Etc/GMT-3"
        assert saved.goal is not None and saved.goal.fields.kind is GoalKind.GENERAL
        assert saved.thresholds[ThresholdKind.HR_MAX].source is ThresholdSource.ESTIMATED
    finally:
        await tempo.stop()
        await tempo.emulator.stop()


# -- stale and double taps ------------------------------------------------------------


async def test_double_taps_and_stale_buttons_are_answered_not_acted_on(
    tempo: TempoUnderTest,
) -> None:
    ann = chatter(tempo, "Ann", "en")
    t = ann.t
    await ann.type("/start")
    await ann.press(t("ob-opt-sports-swim"))
    sports = ann.person.last_bot_message()
    answers = await presses_twice(tempo, ann, sports, t("ob-btn-done"), t("ob-btn-done"))
    assert [a.text for a in answers] == [None, t("ob-stale")]
    experience = ann.person.last_bot_message()
    assert progress(experience) == (2, 23)

    answers = await presses_twice(
        tempo,
        ann,
        experience,
        t("ob-opt-experience-beginner"),
        t("ob-opt-experience-advanced"),
    )
    assert [a.text for a in answers] == [None, t("ob-stale")]
    races = ann.person.last_bot_message()
    assert progress(races) == (3, 23)  # one step, not two
    answered = tempo.account.message(ann.person.user, experience.message_id)
    assert answered.edit_count == 1
    assert (answered.text or "").endswith("✓ " + t("ob-opt-experience-beginner"))
    assert (
        len([m for m in tempo.account.bot_messages(ann.person.user) if "3/23" in (m.text or "")])
        == 1
    )

    # A tap on the offer after it was used: the dialog has moved on.
    await ann.type("/start")
    offer = ann.person.last_bot_message()
    answers = await presses_twice(tempo, ann, offer, t("ob-btn-continue"), t("ob-btn-restart"))
    assert [a.text for a in answers] == [None, t("ob-stale")]
    assert progress(ann.person.last_bot_message()) == (3, 23)  # continued, not restarted
    await ann.settle()
    saved_races = ann.person.last_bot_message()
    assert saved_races.text == plain(t("help-text"))


# -- groups ---------------------------------------------------------------------------


async def test_in_a_group_profile_and_settings_point_to_the_private_chat(
    tempo: TempoUnderTest,
) -> None:
    ann, bob = chatter(tempo, "Ann", "en"), chatter(tempo, "Bob", "ru")
    squad = tempo.group("Squad", [ann.person, bob.person])
    for who, command in ((ann, "/profile"), (bob, "/settings"), (ann, "/start")):
        reply = await who.person.send(command, chat=squad)
        assert "https://t.me/tempo_test_bot?start=" in (reply.text or "")
    assert (await bob.person.send("/profile", chat=squad)).text.startswith("👋 Профиль")  # type: ignore[union-attr]
    # Nothing was started in the group: the private chat begins at question one.
    first = await ann.type("/start")
    assert progress(first)[0] == 1


# -- after onboarding: /profile, ✏️ and /settings ----------------------------------------


async def test_profile_edit_buttons_and_settings_change_the_profile(
    tempo: TempoUnderTest,
) -> None:
    max_ = chatter(tempo, "Max", "en")
    t = max_.t
    await quick_cyclist(max_)
    welcome = await max_.type("/start")
    assert welcome.text == plain(t("start-welcome-back", name="Max"))

    since = tempo.account.mark()
    summary = await max_.type("/profile")
    assert (summary.text or "").startswith(plain(t("summary-title")))
    assert "FTP 250 W" in (summary.text or "")
    zones = await max_.wait_for(plain(t("zones-title")), since=since)
    assert "Z4 Lactate threshold: 225–262 W" in (zones.text or "")

    # ✏️ Goal: a race instead of general fitness; the old goal is kept, archived.
    goal = await max_.tap("summary-edit-goal")
    assert progress(goal) == (1, 4)
    busy = await max_.tap("summary-edit-body")  # while a question waits
    assert busy == goal
    assert tempo.account.callback_answers[-1].text == t("ob-busy")
    await max_.tap("ob-opt-goal-bike_160")
    await max_.type("2026-06-20")
    await max_.tap("ob-opt-race_priority-B")
    saved = await max_.tap("ob-btn-skip")
    assert (saved.text or "").startswith(plain(t("profile-saved")))
    assert "160 km (century)" in (saved.text or "")

    # /settings → Thresholds → FTP: a test result three days later, from today.
    tempo.clock.advance(3 * 86400)
    menu = await max_.type("/settings")
    assert menu.text == plain(t("settings-title"))
    screen = await max_.tap("settings-thresholds")
    assert "FTP</b>" not in (screen.text or "")
    assert "• FTP: 250 W — measured, since 5 January 2026 · 1 value in history" in (
        screen.text or ""
    )
    assert "• HRmax: 179 bpm — estimated" in (screen.text or "")
    value = await max_.press("FTP")
    assert progress(value) == (1, 3)
    source = await max_.type("265")
    assert "FTP" in (source.text or "")
    day = await max_.tap("ob-opt-th_source-test")
    assert day.button_texts[0] == t("ob-opt-th_date-today")
    done = await max_.tap("ob-opt-th_date-today")
    assert (done.text or "").startswith("✅ Saved: FTP 265 W (test), from 8 January 2026.")
    assert "Z4 Lactate threshold: 238–278 W" in (done.text or "")

    # Timezone, brief time and units, one setting at a time.
    await max_.type("/settings")
    await max_.tap("settings-timezone")
    since = tempo.account.mark()
    confirmed = await max_.type("Tokyo")
    assert "Tokyo (UTC+9)" in (confirmed.text or "")
    saved = await max_.wait_for(plain(t("profile-saved")), since=since)
    assert "Tokyo (UTC+9)" in (saved.text or "") and "Asia/Tokyo" not in (saved.text or "")
    await max_.type("/settings")
    brief = await max_.tap("settings-brief_time")
    assert progress(brief) == (1, 1)
    saved = await max_.press(brief.button_texts[3])
    assert "brief at 07:00" in (saved.text or "")
    await max_.type("/settings")
    await max_.tap("settings-units")
    saved = await max_.tap("ob-opt-units-imperial")
    assert "165 lb" in (saved.text or "")
    await max_.type("/settings")
    chooser = await max_.tap("settings-language")
    assert chooser.button_texts[:2] == ["✓ English", "Русский"]
    assert len(chooser.button_texts) == 6

    await max_.settle()
    state = await stored(tempo, max_.person, date(2026, 1, 8))
    assert state.timezone == "Asia/Tokyo"
    assert state.profile.fields.units is Units.IMPERIAL
    assert state.profile.fields.brief_time == time(7, 0)
    assert [g.fields.kind for g in state.goals] == [GoalKind.GENERAL, GoalKind.RACE]
    assert state.goal is not None and state.goal.fields.distance_m == 160000.0
    ftp = [
        (e.value, e.source, e.effective_date) for e in state.history if e.kind is ThresholdKind.FTP
    ]
    assert ftp == [
        (250.0, ThresholdSource.MEASURED, date(2026, 1, 5)),
        (265.0, ThresholdSource.TEST, date(2026, 1, 8)),
    ]
    assert state.thresholds[ThresholdKind.FTP].value == 265.0
    earlier = await stored(tempo, max_.person, date(2026, 1, 7))
    assert earlier.thresholds[ThresholdKind.FTP].value == 250.0
