"""The coach with no API key: the deterministic intent reader answers the common messages
in en and ru from the athlete's own data, with the commands that act on them; anything
else gets what the coach can do. Never silence, never a bare "I didn't catch that"."""

from __future__ import annotations

import pytest

from bot.sandbox.emulator import ChatMessage
from tests.e2e.activity_chat import athlete_id, plain, translator
from tests.e2e.harness import Person, TempoUnderTest
from tests.e2e.test_pushes_stored import make_runner_with_history

pytestmark = pytest.mark.e2e


async def runner(tempo: TempoUnderTest, language: str) -> Person:
    ann = tempo.person("Ann", language_code=language)
    await ann.send("/help")
    await make_runner_with_history(tempo, await athlete_id(tempo, ann))
    return ann


def first_line(key: str, language: str) -> str:
    return plain(translator(language)(key)).split("\n")[0]


MESSAGES = {
    "en": {
        "ill": "I think I'm getting a cold",
        "injured": "my knee hurts after yesterday",
        "tired": "I'm so tired today",
        "short_of_time": "travelling for work next week, no time",
        "move_skip": "can I move tomorrow's session?",
        "why_readiness": "why is my readiness like this?",
        "fitness": "how is my fitness going?",
        "today": "what's on today?",
        "unknown": "tell me a joke",
    },
    "ru": {
        "ill": "Кажется, я заболел",
        "injured": "болит колено после вчерашнего",
        "tired": "сегодня очень устал",
        "short_of_time": "на следующей неделе командировка, нет времени",
        "move_skip": "можно перенести завтрашнюю тренировку?",
        "why_readiness": "почему у меня такая готовность?",
        "fitness": "как моя форма?",
        "today": "что сегодня по плану?",
        "unknown": "расскажи анекдот",
    },
}
OPENING = {
    "ill": "coach-ill",
    "injured": "coach-injured",
    "tired": "coach-tired",
    "short_of_time": "coach-short-of-time",
    "move_skip": "coach-move-skip",
    "why_readiness": "coach-why-title",
    "fitness": "coach-fitness",
    "today": "coach-today-title",
    "unknown": "coach-unknown",
}
# Said plainly, these change the week: the plan-change flow takes them before the coach.
PLAN_CHANGES = frozenset({"ill", "short_of_time"})
# The commands the answer offers, as buttons that open what the command opens.
COMMANDS = {
    "ill": ("checkin", "pause"),
    "injured": ("checkin", "pause"),
    "tired": ("checkin", "today"),
    "short_of_time": ("week", "pause"),
    "move_skip": ("week", "today"),
    "why_readiness": ("checkin", "today"),
    "fitness": ("week", "history"),
    "today": ("today", "checkin"),
    "unknown": ("today", "week", "checkin", "help"),
}


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("intent", list(OPENING))
async def test_each_intent_is_answered_from_the_data_without_a_key(
    tempo: TempoUnderTest, language: str, intent: str
) -> None:
    ann = await runner(tempo, language)
    answer: ChatMessage = await ann.send(MESSAGES[language][intent])
    text = answer.text or ""
    t = translator(language)
    if intent in PLAN_CHANGES:
        # The plan-change reader answers first (issue 19): a proposal card with Apply /
        # Discard, or its question with a button per reading; not the coach's advice.
        assert answer.button_texts
        assert not text.startswith(first_line(OPENING[intent], language))
        return
    if intent == "fitness":
        assert text.startswith(
            plain(t("coach-fitness", ctl="x", atl="x", tsb="x", acwr="")).split("\n")[0]
        )
        assert "CTL" in text and "TSB" in text
    elif intent == "tired":
        assert text.startswith(first_line("coach-tired", language).split("{")[0][:20])
    else:
        assert text.startswith(first_line(OPENING[intent], language))
    assert answer.button_texts == [t(f"coach-btn-cmd-{name}") for name in COMMANDS[intent]]
    assert "/checkin ·" not in text and "👉" not in text
    if intent == "unknown":
        assert first_line("coach-unknown-ai-off", language) in text
    if intent in ("why_readiness", "today"):
        # The verdict is the brief's own, from the stored check-ins and load.
        assert "/100" in text or plain(t("coach-no-readiness")) in text


async def test_coach_says_the_model_is_off(tempo: TempoUnderTest) -> None:
    ann = await runner(tempo, "en")
    status = await ann.send("/coach")
    assert plain(translator()("coach-status-no-key")) in (status.text or "")


async def test_the_answer_buttons_open_what_their_commands_open(tempo: TempoUnderTest) -> None:
    ann = await runner(tempo, "en")
    t = translator("en")
    answer = await ann.send("Tell me a joke")
    assert answer.button_texts == [t(f"coach-btn-cmd-{n}") for n in COMMANDS["unknown"]]
    # "Check in" opens the check-in form, as /checkin does.
    since = ann.account.mark()
    await ann.press(t("coach-btn-cmd-checkin"), on=answer)
    form = next(m for m in ann.account.bot_messages(ann.user) if m.seq > since)
    checkin = await ann.send("/checkin")
    assert form.text == checkin.text and form.button_texts == checkin.button_texts
    # "Today" opens the day, with what /today shows (its change buttons included).
    since = ann.account.mark()
    await ann.press(t("coach-btn-cmd-today"), on=answer)
    day = next(m for m in ann.account.bot_messages(ann.user) if m.seq > since)
    today = await ann.send("/today")
    assert day.text == today.text and day.button_texts == today.button_texts
    # "What I can do" is the help.
    since = ann.account.mark()
    await ann.press(t("coach-btn-cmd-help"), on=answer)
    shown = next(m for m in ann.account.bot_messages(ann.user) if m.seq > since)
    assert (shown.text or "").startswith(plain(t("help-text")).split("\n")[0])
