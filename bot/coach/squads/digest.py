"""The coach's pushes: the morning digest and the Sunday squad summary, as plain facts.

Pure. The digest is the roster (``roster.py``: the same lines, flags and ranking) split
into who needs attention — any flag — and the rest; the weekly summary classifies each
athlete's week. When they are due is computed here too, from the coach's own zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from bot.coach.briefs.schedule import GRACE, DuePush, occurrences_between, zone_for
from bot.coach.squads.roster import RosterLine
from bot.domain.deliveries import DeliveryKind
from bot.domain.digests import CoachScheduleEntry

# The Sunday summary goes after the athletes' own weekly reviews (20:30 in their zones),
# so Sunday's last sessions and answers are in it.
WEEKLY_SUMMARY_AT = time(21, 0)
SUMMARY_WEEKDAY = 6  # Sunday
# Compliance bands of the triathlon seed's weekly recalculation: under 50 % repeats the
# week (struggling); 70 % and more needs at most a light adjustment.
STRUGGLING_BELOW = 0.5
STEADY_FROM = 0.7
STRUGGLING_RED_DAYS = 2


@dataclass(frozen=True, slots=True)
class DailyDigest:
    day: date  # the coach's local date
    attention: tuple[RosterLine, ...]  # ranked, each with at least one flag
    rest: tuple[RosterLine, ...]  # nothing flagged, in roster order


def daily_digest(day: date, ranked: list[RosterLine]) -> DailyDigest:
    """Split the ranked roster: anyone with a flag needs attention, in the roster's order."""
    return DailyDigest(
        day,
        tuple(line for line in ranked if line.flags),
        tuple(line for line in ranked if not line.flags),
    )


class WeekVerdict(StrEnum):
    IMPROVED = "improved"
    STRUGGLING = "struggling"
    STEADY = "steady"


@dataclass(frozen=True, slots=True)
class AthleteWeek:
    """One athlete's calendar week as the coach may see it; None: scope not granted or
    nothing recorded."""

    athlete_id: int
    name: str
    compliance: float | None  # the week's plan completion (domain.plans.plan_completion)
    load: float | None  # sum of the week's daily loads (activities)
    fitness_change: float | None  # CTL at the week's end minus before it (activities)
    red_days: int | None  # days with a red readiness verdict (wellness)
    sick_days: int | None  # days flagged ill or injured (wellness)

    @property
    def verdict(self) -> WeekVerdict:
        """Struggling: a sick day, two red days, or under half the plan done; improved:
        fitness up with most of the plan done (or no plan shared); else steady."""
        if (
            (self.sick_days or 0) > 0
            or (self.red_days or 0) >= STRUGGLING_RED_DAYS
            or (self.compliance is not None and self.compliance < STRUGGLING_BELOW)
        ):
            return WeekVerdict.STRUGGLING
        if (
            self.fitness_change is not None
            and self.fitness_change > 0
            and (self.compliance is None or self.compliance >= STEADY_FROM)
        ):
            return WeekVerdict.IMPROVED
        return WeekVerdict.STEADY


@dataclass(frozen=True, slots=True)
class SquadWeek:
    monday: date
    athletes: tuple[AthleteWeek, ...]

    @property
    def compliance(self) -> float | None:
        """The mean of the athletes' compliance (those who share a plan with one)."""
        values = [a.compliance for a in self.athletes if a.compliance is not None]
        return sum(values) / len(values) if values else None

    @property
    def load(self) -> float | None:
        values = [a.load for a in self.athletes if a.load is not None]
        return sum(values) if values else None

    def with_verdict(self, verdict: WeekVerdict) -> tuple[AthleteWeek, ...]:
        """Athletes with ``verdict``: the most struggling (lowest compliance) or the most
        improved (largest fitness gain) first."""
        chosen = [a for a in self.athletes if a.verdict is verdict]
        if verdict is WeekVerdict.IMPROVED:
            return tuple(sorted(chosen, key=lambda a: (-(a.fitness_change or 0), a.name)))
        return tuple(
            sorted(
                chosen,
                key=lambda a: (
                    -(a.sick_days or 0),
                    -(a.red_days or 0),
                    a.compliance if a.compliance is not None else 1.0,
                    a.name,
                ),
            )
        )


def coach_due_pushes(
    entries: Iterable[CoachScheduleEntry],
    now: datetime,
    *,
    lookback: timedelta,
    grace: timedelta = GRACE,
) -> Iterator[DuePush]:
    """The digests and Sunday summaries whose local time (in each coach's own zone) came
    in (now − lookback, now]; coaches sharing a zone and a time share the computation."""
    start = now - lookback
    cache: dict[tuple[str, time], list[tuple[date, datetime]]] = {}
    for entry in entries:
        wanted = []
        if entry.preferences.enabled:
            wanted.append((DeliveryKind.COACH_DIGEST, entry.preferences.at))
        if entry.preferences.weekly_enabled:
            wanted.append((DeliveryKind.COACH_WEEKLY, WEEKLY_SUMMARY_AT))
        for kind, at in wanted:
            key = (entry.timezone, at)
            found = cache.get(key)
            if found is None:
                found = cache[key] = occurrences_between(start, now, zone_for(entry.timezone), at)
            for day, instant in found:
                if instant < entry.since or (
                    kind is DeliveryKind.COACH_WEEKLY and day.weekday() != SUMMARY_WEEKDAY
                ):
                    continue
                yield DuePush(
                    kind, entry.coach_id, entry.chat_id, day, instant, now - instant > grace
                )
