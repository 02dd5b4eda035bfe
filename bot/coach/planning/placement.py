"""Putting a week's drafted sessions on days, within the hard rules by construction.

Hard rules (the same ones guardrails.py checks): only on the given training days, swims
only on pool days, at most two sessions a day and never the same sport twice in a day,
no two hard days in a row (across week boundaries too). A session that cannot be placed
is downgraded (hard -> easy) or dropped, never forced; a dropped one is returned as
:class:`Unplaced`, with why, so the athlete is told which session did not fit.

A new plan's first day (``intro_day``) holds one easy session at most: the plan opens
with an introduction, never with its long or hard session.

Soft preferences: the long session on the athlete's long day; hard days spread out and
not next to the long day; a second long session (triathlon long run) on a day away from
hard days; easy sessions on the emptiest days, same sport not on consecutive days.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from bot.coach.planning.library import Template
from bot.coach.planning.model import SessionSport

MAX_SESSIONS_PER_DAY = 2


class Role(StrEnum):
    LONG = "long"
    HARD = "hard"
    EASY = "easy"


@dataclass(slots=True)
class Draft:
    """A session before it has a day: template, duration, and why it is there."""

    template: Template
    duration_s: int
    role: Role
    priority: int
    work_cap_s: int = 0
    preferred: date | None = None
    primary_long: bool = False
    max_s: int | None = None  # longest this session may grow to (default: the template's)
    sports: frozenset[SessionSport] = field(init=False)

    def __post_init__(self) -> None:
        sport = self.template.sport
        self.sports = _BRICK_SPORTS if sport is SessionSport.BRICK else frozenset({sport})

    @property
    def limit_s(self) -> int:
        return self.max_s if self.max_s is not None else self.template.max_s


class UnplacedReason(StrEnum):
    DAYS_FULL = "days_full"  # every training day holds two sessions or this sport already
    NO_POOL_DAY = "no_pool_day"  # a swim, and no pool day is free
    TOO_SHORT = "too_short"  # the time left for it is under the shortest useful session
    RAMP = "ramp"  # left out so that fitness (CTL) rises safely
    NO_DAYS = "no_days"  # no training day is left in the week (e.g. before race day)


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A drafted session that is not in the week: its title code, length and why."""

    title: str
    sport: SessionSport
    duration_s: int
    reason: UnplacedReason

    @staticmethod
    def of(draft: Draft, reason: UnplacedReason) -> Unplaced:
        return Unplaced(draft.template.code, draft.template.sport, draft.duration_s, reason)


_BRICK_SPORTS = frozenset({SessionSport.BIKE, SessionSport.RUN})
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Occupied:
    """A session already on the calendar (kept from before, or the race)."""

    date: date
    sports: frozenset[SessionSport]
    hard: bool


@dataclass(slots=True)
class _Day:
    sports: list[frozenset[SessionSport]]  # one entry per session
    hard: list[frozenset[SessionSport]]
    long: bool = False
    used: frozenset[SessionSport] = frozenset()  # every sport already on the day


def _gap(a: date, b: date) -> int:
    return abs((a - b).days)


class _Calendar:
    def __init__(
        self,
        days: Sequence[date],
        pool_days: frozenset[date],
        outside_hard: Iterable[date],
        occupied: Iterable[Occupied],
        intro_day: date | None = None,
    ) -> None:
        self.days = list(days)
        self.pool_days = pool_days
        self.intro_day = intro_day
        self.by_day: dict[date, _Day] = defaultdict(lambda: _Day([], []))
        self.hard_dates = set(outside_hard)
        for item in occupied:
            day = self.by_day[item.date]
            day.sports.append(item.sports)
            day.used |= item.sports
            if item.hard:
                day.hard.append(item.sports)
                self.hard_dates.add(item.date)

    def fits(self, draft: Draft, day: date) -> bool:
        entry = self.by_day[day]
        if len(entry.sports) >= MAX_SESSIONS_PER_DAY or entry.used & draft.sports:
            return False
        if day == self.intro_day and (draft.role is not Role.EASY or entry.sports):
            return False
        return SessionSport.SWIM not in draft.sports or day in self.pool_days

    def spaced(self, day: date) -> bool:
        """No hard day on the day before or after (the day itself may already be hard)."""
        return day - _ONE_DAY not in self.hard_dates and day + _ONE_DAY not in self.hard_dates

    def add(self, draft: Draft, day: date) -> None:
        entry = self.by_day[day]
        entry.sports.append(draft.sports)
        entry.used |= draft.sports
        if draft.role is Role.HARD:
            entry.hard.append(draft.sports)
            self.hard_dates.add(day)
        if draft.role is Role.LONG:
            entry.long = True

    def why_not(self, draft: Draft) -> UnplacedReason:
        """Why no day fits ``draft`` (called when none does)."""
        if not self.days:
            return UnplacedReason.NO_DAYS
        if SessionSport.SWIM in draft.sports and not any(
            d in self.pool_days and len(self.by_day[d].sports) < MAX_SESSIONS_PER_DAY
            for d in self.days
        ):
            return UnplacedReason.NO_POOL_DAY
        return UnplacedReason.DAYS_FULL

    def hard_neighbours(self, day: date) -> int:
        return (day - _ONE_DAY in self.hard_dates) + (day + _ONE_DAY in self.hard_dates)


def _hard_pair_ok(calendar: _Calendar, draft: Draft, day: date) -> bool:
    # Two hard sessions share a day only when one is a swim: "keep hard days hard" is
    # common in triathlon, but two hard runs/rides in a day are not.
    swim = frozenset({SessionSport.SWIM})
    existing = calendar.by_day[day].hard
    return not existing or draft.sports == swim or all(s == swim for s in existing)


def _choose_hard_days(
    calendar: _Calendar, drafts: list[Draft], long_day: date | None, near_long: Sequence[date]
) -> None:
    """Pick spaced days for the hard drafts, before they are assigned to them; prefer days
    that are not next to a long session (this week's or the last one's)."""
    long_days = [*near_long, *([long_day] if long_day else [])]
    need = len(drafts)
    wants_pool = any(SessionSport.SWIM in d.sports for d in drafts)
    chosen: list[date] = []
    while len(chosen) < need:
        options = [
            d
            for d in calendar.days
            if d not in chosen
            and d not in (long_day, calendar.intro_day)
            and calendar.spaced(d)
            and d not in calendar.hard_dates
        ]
        if not options:
            return
        anchors = [*chosen, *calendar.hard_dates] + ([long_day] if long_day else [])

        def score(day: date, anchors: list[date] = anchors) -> tuple[int, int, bool, int]:
            spread = min((_gap(day, a) for a in anchors), default=7)
            next_to_long = any(_gap(day, other) == 1 for other in long_days)
            return (
                -int(next_to_long),
                min(spread, 3),
                wants_pool and day in calendar.pool_days,
                -day.toordinal(),
            )

        best = max(options, key=score)
        chosen.append(best)
        calendar.hard_dates.add(best)
    # Chosen days are reserved: hard_dates already holds them, so spacing stays true.


def place(
    drafts: Iterable[Draft],
    days: Sequence[date],
    *,
    long_day: date | None,
    pool_days: frozenset[date],
    outside_hard: Iterable[date],
    occupied: Iterable[Occupied],
    downgrade: Callable[[Draft], Draft | None],
    near_long: Sequence[date] = (),
    intro_day: date | None = None,
) -> tuple[list[tuple[Draft, date]], list[Unplaced]]:
    """Assign days to drafts; returns the placements and the drafts left out.

    Order: the long sessions (the primary one on the long day), then hard sessions on
    spaced days, then easy ones (including what was downgraded on the way). Long sessions
    come first because they are the week's backbone: a block's long run grows week on
    week and must not lose its day to a second hard session."""
    calendar = _Calendar(days, pool_days, outside_hard, occupied, intro_day)
    placer = _Placer(calendar, downgrade)
    ordered = sorted(drafts, key=lambda d: d.priority)
    if intro_day is not None and not any(d.role is Role.EASY for d in ordered):
        # A week with no easy session would open the plan with a hard or long one: the
        # last of them becomes the easy first session instead.
        heavy = [d for d in ordered if d.role is Role.HARD] or ordered
        lighter = downgrade(heavy[-1]) if heavy else None
        if lighter is not None:
            ordered[ordered.index(heavy[-1])] = lighter
    longs = [d for d in ordered if d.role is Role.LONG]
    primary = next((d for d in longs if d.primary_long), None)
    anchor = placer.primary_long(primary, long_day) if primary else None
    others = [d for d in longs if d is not primary]
    placer.other_longs(others, anchor)
    other_days = [day for draft, day in placer.placed if draft in others]
    placer.hard([d for d in ordered if d.role is Role.HARD], anchor, [*near_long, *other_days])
    placer.easy([d for d in ordered if d.role is Role.EASY])
    return placer.placed, placer.dropped


class _Placer:
    def __init__(self, calendar: _Calendar, downgrade: Callable[[Draft], Draft | None]) -> None:
        self.calendar = calendar
        self.downgrade = downgrade
        self.placed: list[tuple[Draft, date]] = []
        self.demoted: list[Draft] = []
        self.dropped: list[Unplaced] = []

    def _put(self, draft: Draft, day: date | None) -> date | None:
        if day is None:
            lighter = self.downgrade(draft)
            if lighter is None:
                self.dropped.append(Unplaced.of(draft, UnplacedReason.TOO_SHORT))
            else:
                self.demoted.append(lighter)
            return None
        self.calendar.add(draft, day)
        self.placed.append((draft, day))
        return day

    def primary_long(self, draft: Draft, long_day: date | None) -> date | None:
        options = [d for d in self.calendar.days if self.calendar.fits(draft, d)]
        day = long_day if long_day in options else max(options, default=None)
        return self._put(draft, day)

    def hard(self, drafts: list[Draft], anchor: date | None, near_long: Sequence[date]) -> None:
        calendar = self.calendar
        before = set(calendar.hard_dates)
        _choose_hard_days(calendar, drafts, anchor, near_long)
        hard_days = sorted(calendar.hard_dates - before)
        calendar.hard_dates = before
        for draft in drafts:
            options = [
                d
                for d in hard_days
                if calendar.fits(draft, d)
                and _hard_pair_ok(calendar, draft, d)
                and (d in calendar.hard_dates or calendar.spaced(d))
            ]
            day = (
                draft.preferred
                if draft.preferred in options
                else min(options, key=lambda d: (len(calendar.by_day[d].sports), d), default=None)
            )
            self._put(draft, day)

    def other_longs(self, drafts: list[Draft], anchor: date | None) -> None:
        calendar = self.calendar
        for draft in drafts:
            options = [
                d
                for d in calendar.days
                if calendar.fits(draft, d)
                and not calendar.by_day[d].long
                and d not in calendar.hard_dates
            ]

            def score(d: date) -> tuple[int, int, int]:
                away = _gap(d, anchor) if anchor else 0
                return (calendar.hard_neighbours(d), len(calendar.by_day[d].sports), -away)

            self._put(draft, min(options, key=score, default=None))

    def easy(self, drafts: list[Draft]) -> None:
        calendar = self.calendar
        queue = sorted(drafts + self.demoted, key=lambda d: (d.priority, -d.duration_s))
        intro = calendar.intro_day
        if intro is not None and not calendar.by_day[intro].sports:
            # The plan opens on its first day, with an easy session.
            first = next((d for d in queue if calendar.fits(d, intro)), None)
            if first is not None:
                first.preferred = intro
        for draft in queue:
            options = [d for d in calendar.days if calendar.fits(draft, d)]
            if not options:
                self.dropped.append(Unplaced.of(draft, calendar.why_not(draft)))
                continue
            if draft.preferred in options:
                calendar.add(draft, draft.preferred)
                self.placed.append((draft, draft.preferred))
                continue

            def score(d: date, draft: Draft = draft) -> tuple[int, int, int, date]:
                entry = calendar.by_day[d]
                same_nearby = 0
                for near in (d - _ONE_DAY, d + _ONE_DAY):
                    other = calendar.by_day.get(near)
                    if other and other.used & draft.sports:
                        same_nearby += 1
                return (len(entry.sports), same_nearby, int(bool(entry.hard)), d)

            day = min(options, key=score)
            calendar.add(draft, day)
            self.placed.append((draft, day))
