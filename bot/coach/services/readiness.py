"""Readiness on a day from what is stored: the check-ins up to it (the HRV week and the
60-day baseline before it) and that day's load state. One reader for the morning brief
the coach agent and a coach's view of an athlete (through the access gate), so all say
the same verdict."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.coach.science import LoadState, PmcDay, Readiness, assess_readiness
from bot.coach.science.readiness import HRV_BASELINE_DAYS, HRV_WEEK_DAYS
from bot.coach.science.wellness import WellnessDay
from bot.coach.services.activities import ActivityService
from bot.coach.services.wellness import WellnessService, wellness_day_of
from bot.domain.wellness import WellnessFields

# The longest look-back readiness makes: the HRV week and the 60-day baseline before it.
HISTORY_DAYS = HRV_WEEK_DAYS + HRV_BASELINE_DAYS


@dataclass(frozen=True, slots=True)
class StoredReadiness:
    readiness: Readiness
    day_answers: WellnessFields | None  # the day's own check-in, None when there is none
    fitness: PmcDay | None


async def readiness_on(
    wellness: WellnessService,
    activities: ActivityService,
    athlete_id: int,
    day: date,
    *,
    excluding_sources: frozenset[str] = frozenset(),
) -> StoredReadiness:
    """Readiness on ``day`` from the check-ins up to it and that day's load state (its
    load leaving out ``excluding_sources``: see ``bot.domain.visibility.hidden_sources``)."""
    fitness = await activities.fitness(athlete_id, day, excluding_sources=excluding_sources)
    return await readiness_given(wellness, athlete_id, day, fitness)


async def readiness_given(
    wellness: WellnessService, athlete_id: int, day: date, fitness: PmcDay | None
) -> StoredReadiness:
    """:func:`readiness_on` with the day's fitness already folded (the roster folds it
    once for form, ACWR and readiness)."""
    first = day - timedelta(days=HISTORY_DAYS - 1)
    return readiness_from(day, await wellness.answers(athlete_id, first, day), fitness)


def readiness_from(
    day: date, answers: Sequence[tuple[date, WellnessFields]], fitness: PmcDay | None
) -> StoredReadiness:
    """Readiness on ``day`` from the stored answers of the days before it and on it
    (oldest first; days outside the history window or after ``day`` are ignored) and the
    day's fitness: what :func:`readiness_given` reads, given (a squad read at once)."""
    first = day - timedelta(days=HISTORY_DAYS - 1)
    answers = [(d, f) for d, f in answers if first <= d <= day]
    own = answers[-1][1] if answers and answers[-1][0] == day else None
    days = [wellness_day_of(d, f) for d, f in answers]
    return StoredReadiness(readiness_of_days(day, days, fitness), own, fitness)


def readiness_of_days(day: date, days: Sequence[WellnessDay], fitness: PmcDay | None) -> Readiness:
    """The verdict on ``day`` from check-ins already on the science core's scales (those
    outside the history window or after ``day`` are ignored): a week of verdicts converts
    the answers once."""
    first = day - timedelta(days=HISTORY_DAYS - 1)
    load = LoadState.from_pmc_day(fitness) if fitness is not None else None
    return assess_readiness(day, [w for w in days if first <= w.day <= day], load)
