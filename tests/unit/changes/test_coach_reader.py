"""The human coach's one-line change (six languages) and the session it places:
steady, its load from the athlete's thresholds, refused with a reason out of bounds."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.coach.planning.changes import AddRestDay, PlaceSession, RefusalCode, propose
from bot.coach.planning.changes.coach_reader import read_coach_change
from bot.coach.planning.generator import generate_plan
from bot.coach.planning.model import SessionSport, SessionType
from tests.unit.planning.factories import MONDAY, make_request

TUESDAY = MONDAY + timedelta(days=1)
SATURDAY = MONDAY + timedelta(days=5)
REQUEST = make_request()
BIKE, RUN, SWIM = SessionSport.BIKE, SessionSport.RUN, SessionSport.SWIM
PLAN = generate_plan(REQUEST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saturday: 2 h group ride in zone 2 for everyone", PlaceSession(SATURDAY, BIKE, 120, 2)),
        ("суббота: 2 ч групповой заезд в зоне 2", PlaceSession(SATURDAY, BIKE, 120, 2)),
        ("tomorrow: 45 min run in z1", PlaceSession(TUESDAY + timedelta(days=1), RUN, 45, 1)),
        ("Fri: 1.5h ride", PlaceSession(MONDAY + timedelta(days=4), BIKE, 90, 2)),
        ("сегодня: 1 ч 30 мин бег", PlaceSession(TUESDAY, RUN, 90, 2)),
        ("Sunday: rest", AddRestDay(MONDAY + timedelta(days=6))),
        ("воскресенье: отдых", AddRestDay(MONDAY + timedelta(days=6))),
        ("Tuesday: 30 min swim", PlaceSession(TUESDAY, SWIM, 30, 2)),
        ("Sat: swim 3000m", None),  # a distance is not a duration
        ("how is everyone doing?", None),
        ("move the long run to Sunday", None),  # the athlete's reader takes this one
        ("Saturday: 2 h", None),  # which sport?
    ],
)  # fmt: skip
def test_the_coachs_line(text: str, expected: object) -> None:
    assert read_coach_change(text, TUESDAY) == expected


def place(op: PlaceSession, today: date = MONDAY):  # type: ignore[no-untyped-def]
    return propose(PLAN, REQUEST, [op], today=today)


def test_a_placed_session_is_steady_and_replaces_the_days_pending_sessions() -> None:
    day = next(s.date for s in PLAN.sessions() if s.date > MONDAY)
    proposal = place(PlaceSession(day, SessionSport.RUN, 30, 1))
    assert proposal.ok, proposal.refusal
    after = [s for s in proposal.after.sessions() if s.date == day]
    assert [(s.sport, s.type, s.duration_s) for s in after] == [
        (SessionSport.RUN, SessionType.RECOVERY, 1800)
    ]
    assert after[0].load > 0 and after[0].alternative is None


@pytest.mark.parametrize(
    ("op", "code"),
    [
        (PlaceSession(SATURDAY, SessionSport.BIKE, 10), RefusalCode.TOO_SHORT),
        (PlaceSession(SATURDAY, SessionSport.BIKE, 400), RefusalCode.TOO_LONG),
        (PlaceSession(SATURDAY, SessionSport.BIKE, 60, 5), RefusalCode.ZONE_NOT_STEADY),
        (PlaceSession(SATURDAY, SessionSport.STRENGTH, 60), RefusalCode.SPORT_NOT_POSSIBLE),
        (PlaceSession(MONDAY - timedelta(days=1), SessionSport.RUN, 30), RefusalCode.DAY_IN_PAST),
    ],
)
def test_a_placed_session_out_of_bounds_is_refused_with_its_reason(
    op: PlaceSession, code: RefusalCode
) -> None:
    proposal = place(op)
    assert not proposal.ok and proposal.refusal is not None and proposal.refusal.code is code


def _catalog_examples() -> list[tuple[str, str]]:
    """Every one-line example the catalogs show a coach (ask, bulk, unreadable), in every
    language; the "move the long run" kind goes to the athlete's reader and is left out."""
    import re  # noqa: PLC0415 - local to this helper

    from bot.i18n.catalog import SUPPORTED_LANGUAGES  # noqa: PLC0415

    root = Path(__file__).resolve().parents[3] / "bot" / "locales"
    found = []
    for language in SUPPORTED_LANGUAGES:
        text = (root / language / "coaching.ftl").read_text(encoding="utf-8")
        messages = re.split(r"\n(?=[a-z][\w-]* =)", text)
        for message in messages:
            if not message.startswith(
                ("coaching-ask-plan", "coaching-ask-bulk", "coaching-unread")
            ):
                continue
            for example in re.findall(r"<i>([^<]+)</i>", message):
                if not re.search(r"move|mover|verschieb|déplac|spost|перенес", example.lower()):
                    found.append((language, example))
    return found


@pytest.mark.parametrize(("language", "example"), _catalog_examples())
def test_every_example_the_catalogs_show_a_coach_is_read(language: str, example: str) -> None:
    """A coach who copies the example in their language gets it read, not refused."""
    read = read_coach_change(example, TUESDAY)
    assert read is not None, f"{language}: {example!r}"
    if isinstance(read, PlaceSession):
        assert read.minutes in (45, 120) and read.effort in (1, 2)
    assert read.day in (TUESDAY + timedelta(days=1), SATURDAY, MONDAY + timedelta(days=6))


def test_the_catalogs_show_a_coach_examples_in_every_language() -> None:
    languages = {language for language, _ in _catalog_examples()}
    assert languages == {"en", "ru", "es", "de", "fr", "it"}


def test_a_weekday_name_is_the_first_such_day_the_change_can_land_on() -> None:
    """As the athlete's reader: "Sunday" on a Sunday is today. When today is over (late)
    or the plan has not begun (it starts on Tuesday), it is the next Sunday; "today" and
    "tomorrow" stay literal."""
    sunday = MONDAY + timedelta(days=6)
    assert read_coach_change("Sunday: rest", sunday) == AddRestDay(sunday)
    later = read_coach_change("Sunday: rest", sunday, earliest=sunday + timedelta(days=2))
    assert later == AddRestDay(sunday + timedelta(days=7))
    assert read_coach_change(
        "Tuesday: 1 h ride", sunday, earliest=sunday + timedelta(days=2)
    ) == PlaceSession(sunday + timedelta(days=2), BIKE, 60, 2)
    assert read_coach_change("today: rest", sunday, earliest=sunday + timedelta(days=2)) == (
        AddRestDay(sunday)
    )
    assert read_coach_change("Sunday: rest", sunday, earliest=sunday - timedelta(days=3)) == (
        AddRestDay(sunday)  # never before today
    )
