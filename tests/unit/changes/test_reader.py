"""The sentence reader against a corpus: what it must act on (and how), what it must
ask about, and what it must leave alone (questions, jokes, negations, other people)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.coach.planning import SessionSport, SessionType
from bot.coach.planning.changes import Symptoms
from bot.coach.planning.changes.reader import (
    ChangeRequest,
    RequestKind,
    Unsure,
    read_change_request,
)

TODAY = date(2026, 1, 6)  # a Tuesday
RUN, BIKE, SWIM = SessionSport.RUN, SessionSport.BIKE, SessionSport.SWIM
K = RequestKind
ABOVE, BELOW = Symptoms.ABOVE_NECK, Symptoms.BELOW_NECK
# Nothing from today to Sunday.
REST_OF_WEEK: dict[str, object] = {
    "first": TODAY,
    "last": date(2026, 1, 11),
    "sports": frozenset(),
}

# (sentence, kind or "ask" or None, expected fields)
EN: list[tuple[str, object, dict[str, object]]] = [
    ("I'm sick", "ask", {}),
    ("I am sick today", "ask", {}),
    ("feeling unwell", "ask", {}),
    ("I'm ill", "ask", {}),
    ("I've got a cold", K.ILLNESS, {"symptoms": ABOVE}),
    ("caught a cold, runny nose", K.ILLNESS, {"symptoms": ABOVE}),
    ("sore throat since yesterday", K.ILLNESS, {"symptoms": ABOVE, "days_ill": 2}),
    ("I have a fever", K.ILLNESS, {"symptoms": BELOW}),
    ("down with the flu for 3 days", K.ILLNESS, {"symptoms": BELOW, "days_ill": 3}),
    ("sick with a temperature and body aches", K.ILLNESS, {"symptoms": BELOW}),
    ("stomach bug, been sick two days", K.ILLNESS, {"symptoms": BELOW, "days_ill": 2}),
    ("Sick. Fever.", K.ILLNESS, {"symptoms": BELOW}),
    (
        "travelling Monday to Thursday, only running",
        K.LIMITS,
        {"sports": frozenset({RUN}), "first": date(2026, 1, 12), "last": date(2026, 1, 15)},
    ),
    (
        "Travelling Mon-Thu, only running, max 45 min a day",
        K.LIMITS,
        {"sports": frozenset({RUN}), "minutes": 45},
    ),
    (
        "business trip wednesday to friday, just running 30 minutes",
        K.LIMITS,
        {"first": date(2026, 1, 7), "last": date(2026, 1, 9), "minutes": 30},
    ),
    (
        "on a trip this week, only runs",
        K.LIMITS,
        {"first": TODAY, "last": date(2026, 1, 11), "sports": frozenset({RUN})},
    ),
    ("away next week", "ask", {}),
    ("travelling tomorrow", "ask", {}),
    ("busy this weekend, only 1 hour", K.LIMITS, {"minutes": 60}),
    ("no pool this week", K.NO_SPORT, {"banned": frozenset({SWIM}), "last": date(2026, 1, 11)}),
    (
        "pool is closed until the 20th",
        K.NO_SPORT,
        {"banned": frozenset({SWIM}), "last": date(2026, 1, 19)},
    ),
    ("The pool's closed next week", K.NO_SPORT, {"first": date(2026, 1, 12)}),
    ("can't get to the pool this week", K.NO_SPORT, {"banned": frozenset({SWIM})}),
    ("no bike this week", K.NO_SPORT, {"banned": frozenset({BIKE})}),
    (
        "no rides on Sundays",
        K.STANDING_RULE,
        {"weekdays": frozenset({6}), "banned": frozenset({BIKE})},
    ),
    ("no ride on Sunday", K.STANDING_RULE, {"weekdays": frozenset({6})}),
    (
        "no swimming on mondays",
        K.STANDING_RULE,
        {"weekdays": frozenset({0}), "banned": frozenset({SWIM})},
    ),
    (
        "I hurt my knee, no running for two weeks",
        K.INJURY,
        {"sport": RUN, "last": date(2026, 1, 20)},
    ),
    ("sprained my ankle", K.INJURY, {"sport": RUN}),
    ("injured, can't run until the 20th", K.INJURY, {"sport": RUN, "last": date(2026, 1, 20)}),
    ("shin splints again", K.INJURY, {"sport": RUN}),
    (
        "move my long run to Saturday",
        K.MOVE,
        {"day": date(2026, 1, 10), "sport": RUN, "session_type": SessionType.LONG},
    ),
    (
        "Please move the long ride to sunday",
        K.MOVE,
        {"day": date(2026, 1, 11), "sport": BIKE, "session_type": SessionType.LONG},
    ),
    (
        "can you move today's run to tomorrow",
        K.MOVE,
        {"day": date(2026, 1, 7), "first": TODAY, "sport": RUN},
    ),
    (
        "push my intervals to Thursday",
        K.MOVE,
        {"day": date(2026, 1, 8), "session_type": SessionType.INTERVALS},
    ),
    ("shift the swim to friday", K.MOVE, {"day": date(2026, 1, 9), "sport": SWIM}),
    (
        "move Saturday's run to Friday",
        K.MOVE,
        {"day": date(2026, 1, 9), "first": date(2026, 1, 10), "sport": RUN},
    ),
    ("I only have 30 minutes today", K.TIME_TODAY, {"minutes": 30, "day": TODAY}),
    ("only got 45 min today", K.TIME_TODAY, {"minutes": 45}),
    ("I have just half an hour today", K.TIME_TODAY, {"minutes": 30}),
    ("tomorrow I only have an hour", K.TIME_TODAY, {"minutes": 60, "day": date(2026, 1, 7)}),
    ("only 20 mins today", K.TIME_TODAY, {"minutes": 20}),
    ("I need a rest day tomorrow", K.REST_DAY, {"day": date(2026, 1, 7)}),
    ("taking the day off today", K.REST_DAY, {"day": TODAY}),
    ("day off on friday", K.REST_DAY, {"day": date(2026, 1, 9)}),
    ("skip today's workout", K.SKIP, {"day": TODAY}),
    ("skip tomorrow's run", K.SKIP, {"day": date(2026, 1, 7), "sport": RUN}),
    ("make today easier", K.EASIER, {"day": TODAY}),
    ("go easy today please", K.EASIER, {"day": TODAY}),
    # QA: plain requests for the week's days.
    ("rest the rest of the week", K.LIMITS, REST_OF_WEEK),
    ("I need to rest for the rest of this week", K.LIMITS, REST_OF_WEEK),
    ("taking the rest of the week off", K.LIMITS, REST_OF_WEEK),
    ("make Thursday easier", K.EASIER, {"day": date(2026, 1, 8)}),
    ("skip Thursday's run", K.SKIP, {"day": date(2026, 1, 8), "sport": RUN}),
    ("the rest of the week looks busy", None, {}),
    # Not to act on.
    ("I'm not sick anymore", None, {}),
    ("not sick, just tired", None, {}),
    ("I'm better now, no longer ill", None, {}),
    ("should I run if I'm sick?", None, {}),
    ("what if I get sick before the race", None, {}),
    ("is it ok to swim with a cold?", None, {}),
    ("I'm sick of running in the rain lol", None, {}),
    ("sick beats on this playlist", None, {}),
    ("my son is sick", None, {}),
    ("my wife is travelling monday to thursday", None, {}),
    ("haha I'm so sick of intervals 😂", None, {}),
    ("why is my long run on Sunday?", None, {}),
    ("how long should my long run be?", None, {}),
    ("I'm not travelling after all", None, {}),
    ("great session today!", None, {}),
    ("thanks", None, {}),
    ("when is the pool session?", None, {}),
    ("I'm not skipping today", None, {}),
    ("the long run on Saturday was great", None, {}),
    ("if the pool is closed, what should I do?", None, {}),
]

RU: list[tuple[str, object, dict[str, object]]] = [
    ("я заболел", "ask", {}),
    ("заболела", "ask", {}),
    ("болею", "ask", {}),
    ("я приболел немного", "ask", {}),
    ("простыл, насморк", K.ILLNESS, {"symptoms": ABOVE}),
    ("болит горло", K.ILLNESS, {"symptoms": ABOVE}),
    ("у меня насморк со вчера", K.ILLNESS, {"symptoms": ABOVE, "days_ill": 2}),
    ("температура 38", K.ILLNESS, {"symptoms": BELOW}),
    ("грипп, третий день", K.ILLNESS, {"symptoms": BELOW}),
    ("заболел, температура и ломит всё тело", K.ILLNESS, {"symptoms": BELOW}),
    ("болею уже 3 дня, жар", K.ILLNESS, {"symptoms": BELOW, "days_ill": 3}),
    ("отравился, живот болит", K.ILLNESS, {"symptoms": BELOW}),
    (
        "в командировке с понедельника по четверг, только бег",
        K.LIMITS,
        {"sports": frozenset({RUN}), "first": date(2026, 1, 12), "last": date(2026, 1, 15)},
    ),
    (
        "командировка пн-чт, только бег до 45 минут",
        K.LIMITS,
        {"sports": frozenset({RUN}), "minutes": 45},
    ),
    (
        "уезжаю со среды по пятницу, могу только бегать 30 мин",
        K.LIMITS,
        {"first": date(2026, 1, 7), "last": date(2026, 1, 9), "minutes": 30},
    ),
    ("в отъезде на этой неделе, только бег", K.LIMITS, {"last": date(2026, 1, 11)}),
    ("на следующей неделе в отпуске", "ask", {}),
    ("завтра в командировке", "ask", {}),
    ("нет бассейна на этой неделе", K.NO_SPORT, {"banned": frozenset({SWIM})}),
    ("бассейн закрыт до 20-го", K.NO_SPORT, {"last": date(2026, 1, 19)}),
    ("на следующей неделе без бассейна", K.NO_SPORT, {"first": date(2026, 1, 12)}),
    ("бассейн не работает", K.NO_SPORT, {"banned": frozenset({SWIM})}),
    (
        "по воскресеньям без велосипеда",
        K.STANDING_RULE,
        {"weekdays": frozenset({6}), "banned": frozenset({BIKE})},
    ),
    ("без вело по воскресеньям", K.STANDING_RULE, {"weekdays": frozenset({6})}),
    ("в понедельник без плавания", K.STANDING_RULE, {"weekdays": frozenset({0})}),
    ("потянул икру, не могу бегать до 20-го", K.INJURY, {"sport": RUN, "last": date(2026, 1, 20)}),
    ("травма колена, без бега две недели", K.INJURY, {"sport": RUN, "last": date(2026, 1, 20)}),
    ("подвернул ногу", K.INJURY, {"sport": RUN}),
    (
        "перенеси длительную пробежку на субботу",
        K.MOVE,
        {"day": date(2026, 1, 10), "sport": RUN, "session_type": SessionType.LONG},
    ),
    (
        "перенеси длинный заезд на воскресенье",
        K.MOVE,
        {"day": date(2026, 1, 11), "sport": BIKE, "session_type": SessionType.LONG},
    ),
    (
        "можешь перенести сегодняшний бег на завтра",
        K.MOVE,
        {"day": date(2026, 1, 7), "first": TODAY},
    ),
    (
        "сдвинь интервалы на четверг",
        K.MOVE,
        {"day": date(2026, 1, 8), "session_type": SessionType.INTERVALS},
    ),
    ("перенеси плавание на пятницу", K.MOVE, {"day": date(2026, 1, 9), "sport": SWIM}),
    (
        "перенеси субботнюю тренировку на воскресенье",
        K.MOVE,
        {"day": date(2026, 1, 11), "first": date(2026, 1, 10)},
    ),
    ("у меня сегодня только 30 минут", K.TIME_TODAY, {"minutes": 30, "day": TODAY}),
    ("сегодня есть только полчаса", K.TIME_TODAY, {"minutes": 30}),
    ("сегодня успею только 45 мин", K.TIME_TODAY, {"minutes": 45}),
    ("завтра только час свободный", K.TIME_TODAY, {"minutes": 60, "day": date(2026, 1, 7)}),
    ("мне нужен выходной завтра", K.REST_DAY, {"day": date(2026, 1, 7)}),
    ("сегодня день отдыха", K.REST_DAY, {"day": TODAY}),
    ("выходной в пятницу", K.REST_DAY, {"day": date(2026, 1, 9)}),
    ("пропущу сегодняшнюю тренировку", K.SKIP, {"day": TODAY}),
    ("пропусти завтрашний бег", K.SKIP, {"day": date(2026, 1, 7), "sport": RUN}),
    ("сделай сегодня полегче", K.EASIER, {"day": TODAY}),
    ("сегодня хочу попроще", K.EASIER, {"day": TODAY}),
    ("отдых до конца недели", K.LIMITS, REST_OF_WEEK),
    ("до конца недели отдыхаю", K.LIMITS, REST_OF_WEEK),
    ("сделай четверг полегче", K.EASIER, {"day": date(2026, 1, 8)}),
    ("пропущу тренировку в четверг", K.SKIP, {"day": date(2026, 1, 8)}),
    ("до конца недели много работы", None, {}),
    # Not to act on.
    ("я уже не болею", None, {}),
    ("больше не болею, всё хорошо", None, {}),
    ("не заболел, просто устал", None, {}),
    ("выздоровел!", None, {}),
    ("можно ли бегать с насморком?", None, {}),
    ("стоит ли тренироваться, если болит горло?", None, {}),
    ("что делать, если заболею перед стартом", None, {}),
    ("жена заболела", None, {}),
    ("сын болеет", None, {}),
    ("надоел этот бег под дождём ахаха", None, {}),
    ("ха-ха, я болен велосипедом", None, {}),
    ("почему длительная в воскресенье?", None, {}),
    ("как долго бегать длительную?", None, {}),
    ("я не в командировке, планы отменились", None, {}),
    ("отличная тренировка сегодня!", None, {}),
    ("спасибо", None, {}),
    ("когда плавание?", None, {}),
    ("не пропущу сегодня", None, {}),
    ("длительная в субботу прошла отлично", None, {}),
    ("если бассейн закрыт, что делать?", None, {}),
]


def _check(text: str, lang: str, expected: object, fields: dict[str, object]) -> None:
    found = read_change_request(text, lang, TODAY)
    if expected is None:
        assert found is None, f"{text!r} must not be acted on, read {found!r}"
        return
    if expected == "ask":
        assert isinstance(found, Unsure), f"{text!r} must be asked about, read {found!r}"
        return
    assert isinstance(found, ChangeRequest), f"{text!r} read as {found!r}"
    assert found.kind is expected, f"{text!r} read as {found.kind}"
    for name, value in fields.items():
        assert getattr(found, name) == value, f"{text!r}: {name} {getattr(found, name)!r}"


def test_the_corpus_is_large_enough() -> None:
    for corpus in (EN, RU):
        assert len(corpus) >= 60
        assert sum(1 for _, kind, _ in corpus if kind is None) >= 15


@pytest.mark.parametrize(("text", "expected", "fields"), EN, ids=[t for t, _, _ in EN])
def test_english(text: str, expected: object, fields: dict[str, object]) -> None:
    _check(text, "en", expected, fields)


@pytest.mark.parametrize(("text", "expected", "fields"), RU, ids=[t for t, _, _ in RU])
def test_russian(text: str, expected: object, fields: dict[str, object]) -> None:
    _check(text, "ru", expected, fields)


@pytest.mark.parametrize(
    "text",
    ["перенеси субботнюю тренировку на воскресенье", "move Saturday's session to Sunday"],
)
def test_on_a_sunday_saturdays_session_moves_to_the_sunday_after_it(text: str) -> None:
    """QA: on Sunday 6 December «на воскресенье» was read as today, before the plan."""
    sunday = date(2026, 12, 6)
    found = read_change_request(text, "ru", sunday)
    assert isinstance(found, ChangeRequest) and found.kind is K.MOVE
    assert (found.first, found.day) == (date(2026, 12, 12), date(2026, 12, 13))


def test_illness_questions_offer_both_readings() -> None:
    found = read_change_request("I'm sick", "en", TODAY)
    assert isinstance(found, Unsure)
    assert [label for label, _ in found.options] == ["above_neck", "below_neck"]
    assert [r.symptoms for _, r in found.options] == [ABOVE, BELOW]
