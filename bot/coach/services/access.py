"""The one scoped gate for reading another person's data.

Every read names who asks (the coach's athlete id), whose data (the athlete's id) and
which scope; the gate checks, at the moment of that read, an active membership in one of
the asker's squads that grants the scope, and raises :class:`AccessDenied` otherwise.
Nothing is cached between reads, so a scope revoked or a squad left a second ago is
refused on the next tap of a button still on the coach's screen.

The gate exposes only what a coach needs, by calling the athlete's own services:
profile summary, thresholds and zones, this week planned against done, the last
activities, readiness with its reasons. Handlers and tools for coaches use this class and
nothing else to read an athlete.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.groups.board import AthleteDay, cut_to_tier, tier_within
from bot.coach.profile.timezones import local_now
from bot.coach.profile.zones import ProfileZones
from bot.coach.science import Readiness
from bot.coach.science.readiness import ReadinessStatus
from bot.coach.services.activities import ActivityService, fitness_days, fold_fitness
from bot.coach.services.plan_records import matched_ids, sessions_visible_to
from bot.coach.services.plans import PlanService, PlanUnavailableError, WeekPlan
from bot.coach.services.profiles import ProfileService
from bot.coach.services.readiness import readiness_from, readiness_of_days, readiness_on
from bot.coach.services.squad_reads import SquadFacts, read_squad
from bot.coach.services.wellness import WellnessService, is_check_in, wellness_day_of
from bot.coach.squads.digest import AthleteWeek, SquadWeek
from bot.coach.squads.roster import (
    ACWR_WARNING,
    COMPLIANCE_DAYS,
    QUIET_DAYS,
    RACE_SOON_DAYS,
    Flag,
    RosterLine,
    done_share,
    missed_key,
    quiet_since,
    rank,
)
from bot.domain.activities import Activity
from bot.domain.athletes import Athlete
from bot.domain.groups import BoardLine, GroupStatus, GroupTier
from bot.domain.profiles import ProfileSnapshot
from bot.domain.squads import MembershipStatus, Scope
from bot.domain.visibility import Audience, activities_visible_to, hidden_sources
from bot.storage.repositories import AthleteRepository, GroupRepository, SquadRepository

LAST_ACTIVITIES = 5
COACH = Audience.COACH


class AccessDenied(PermissionError):  # noqa: N818 -- the domain's word for it
    """The asker may not read this (no active membership granting ``scope``). Carries no
    data about the athlete: a refusal must not tell a stranger whether they exist."""

    def __init__(self, scope: Scope | None) -> None:
        super().__init__(f"access denied ({scope.value if scope else 'membership'})")
        self.scope = scope


@dataclass(frozen=True, slots=True)
class CoachedProfile:
    athlete: Athlete
    snapshot: ProfileSnapshot
    zones: ProfileZones


@dataclass(frozen=True, slots=True)
class CoachedReadiness:
    readiness: Readiness
    checked_in: bool


@dataclass(frozen=True, slots=True)
class CoachCard:
    """An athlete as their coach may see them now; a None part: its scope is not granted
    (``week``: or there is no plan to show; ``profile``: or onboarding is not finished)."""

    athlete: Athlete
    scopes: frozenset[Scope]
    profile: CoachedProfile | None
    week: WeekPlan | None
    activities: list[Activity] | None
    readiness: CoachedReadiness | None
    today: date  # the athlete's local day (dates of other years show their year)
    new: bool = False  # joined lately, and nothing shared has data yet


def joined_on(athlete: Athlete) -> date:
    """The athlete's first day with Tempo, their time: no data can be older."""
    return local_now(athlete.timezone, athlete.created_at).date()


class AccessGate:
    """Scoped reads of an athlete's data for a coach; one session per update or job."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._squads = SquadRepository(session)
        self._athletes = AthleteRepository(session)
        self._profiles = ProfileService(session, clock)
        self._plans = PlanService(session, clock)
        self._activities = ActivityService(session, clock)
        self._wellness = WellnessService(session, clock)
        self._groups = GroupRepository(session)
        self._session = session
        self._clock = clock

    async def granted(self, coach_id: int, athlete_id: int) -> frozenset[Scope]:
        """The scopes ``athlete_id`` grants ``coach_id`` now (across the coach's squads);
        empty for a stranger, a former member, or oneself."""
        if coach_id == athlete_id:
            return frozenset()
        scopes: frozenset[Scope] = frozenset()
        for membership in await self._squads.active_between(coach_id, athlete_id):
            scopes |= membership.scopes
        return scopes

    async def athlete(self, coach_id: int, athlete_id: int) -> Athlete:
        """The athlete's name and settings, for a coach with an active membership (any
        scope): the roster and the card's heading need no more."""
        if coach_id == athlete_id or not await self._squads.active_between(coach_id, athlete_id):
            raise AccessDenied(None)
        athlete = await self._athletes.get(athlete_id)
        if athlete is None:
            raise AccessDenied(None)
        return athlete

    async def require(self, coach_id: int, athlete_id: int, scope: Scope) -> Athlete:
        """The athlete, if ``scope`` is granted to the coach at this moment."""
        if scope not in await self.granted(coach_id, athlete_id):
            raise AccessDenied(scope)
        athlete = await self._athletes.get(athlete_id)
        if athlete is None:
            raise AccessDenied(scope)
        return athlete

    async def member_athletes(self, coach_id: int) -> list[Athlete]:
        """Every athlete active in one of the coach's squads now (any scope), by name."""
        ids = {m.athlete_id for m in await self._squads.active_members(coach_id)}
        ids.discard(coach_id)
        found = [await self._athletes.get(athlete_id) for athlete_id in ids]
        return sorted((a for a in found if a is not None), key=lambda a: (a.display_name, a.id))

    async def coach_of(self, athlete_id: int, coach_id: int) -> Athlete:
        """The coach, for an athlete writing to them: only while the athlete is active in
        one of that coach's squads (a reply to a coach they left is refused)."""
        if coach_id == athlete_id or not await self._squads.active_between(coach_id, athlete_id):
            raise AccessDenied(None)
        coach = await self._athletes.get(coach_id)
        if coach is None:
            raise AccessDenied(None)
        return coach

    # -- the reads a coach needs ------------------------------------------------------------

    async def profile(self, coach_id: int, athlete_id: int) -> CoachedProfile | None:
        """Profile summary, goal, thresholds in force and zones (scope: plan view); None
        while the athlete has not finished onboarding."""
        athlete = await self.require(coach_id, athlete_id, Scope.PLAN_VIEW)
        snapshot = await self._profiles.snapshot(athlete_id)
        if snapshot is None or not snapshot.profile.completed:
            return None
        return CoachedProfile(athlete, snapshot, self._profiles.zones(snapshot))

    async def week(self, coach_id: int, athlete_id: int) -> WeekPlan:
        """This week planned against done (scope: plan view). PlanUnavailableError when
        the athlete has no plan to show."""
        athlete = await self.require(coach_id, athlete_id, Scope.PLAN_VIEW)
        view = await self._plans.week(athlete)
        sources = await self._activities.sources(matched_ids(view.sessions))
        shown = sessions_visible_to(
            view.sessions, sources, viewer_id=coach_id, owner_id=athlete_id, audience=COACH
        )
        if shown == view.sessions:
            return view
        # The time done is the matched activities' own: a hidden one's is left out too.
        view = replace(view, sessions=shown)
        return replace(view, done_s=await self._plans.done_seconds(view.done))

    async def last_activities(
        self, coach_id: int, athlete_id: int, limit: int = LAST_ACTIVITIES
    ) -> list[Activity]:
        """The newest activities others may see (scope: activities)."""
        await self.require(coach_id, athlete_id, Scope.ACTIVITIES)
        return await self._visible_activities(coach_id, athlete_id, limit)

    async def card(self, coach_id: int, athlete_id: int) -> CoachCard:
        """The athlete card: each part read through its own scoped read."""
        athlete = await self.athlete(coach_id, athlete_id)
        scopes = await self.granted(coach_id, athlete_id)
        week = None
        if Scope.PLAN_VIEW in scopes:
            with suppress(PlanUnavailableError):
                week = await self.week(coach_id, athlete_id)
        activities = (
            await self.last_activities(coach_id, athlete_id)
            if Scope.ACTIVITIES in scopes
            else None
        )
        readiness = (
            await self.readiness(coach_id, athlete_id) if Scope.WELLNESS in scopes else None
        )
        today = self._wellness.today(athlete)
        new = (
            bool(scopes & {Scope.WELLNESS, Scope.ACTIVITIES})
            and not quiet_since(joined_on(athlete), today)
            and not activities
            and not (readiness is not None and readiness.checked_in)
        )
        return CoachCard(
            athlete,
            scopes,
            await self.profile(coach_id, athlete_id) if Scope.PLAN_VIEW in scopes else None,
            week,
            activities,
            readiness,
            today,
            new,
        )

    async def roster(self, coach_id: int, *, only: Scope | None = None) -> list[RosterLine]:
        """One line per athlete active in any of the coach's squads, ranked by who needs
        attention first; each part only when its scope is granted at this moment. The
        whole squad is read in one query per table (``squad_reads``). ``only``: just the
        athletes who grant that scope too (the AI for the coach: AI summaries)."""
        members = await self.members(coach_id, only=only)
        facts = await read_squad(
            self._session,
            self._clock,
            members,
            sessions_back=COMPLIANCE_DAYS,
            hidden=_hidden_from(coach_id, members),
        )
        facts = await self._outcomes_for(coach_id, facts)
        return rank(
            [
                _roster_line(athlete, members[athlete_id], facts)
                for athlete_id, athlete in facts.athletes.items()
            ]
        )

    async def squad_week(
        self, coach_id: int, monday: date, *, only: Scope | None = None
    ) -> SquadWeek:
        """Every athlete's calendar week from ``monday`` (the coach's Sunday summary), each
        part only under its scope granted at this moment, the squad read at once.
        ``only``: just the athletes who grant that scope too."""
        members = await self.members(coach_id, only=only)
        window = (monday, monday + timedelta(days=6))
        facts = await read_squad(
            self._session,
            self._clock,
            members,
            sessions_back=0,
            sessions_window=window,
            hidden=_hidden_from(coach_id, members),
        )
        facts = await self._outcomes_for(coach_id, facts)
        return SquadWeek(
            monday,
            tuple(
                _athlete_week(athlete, members[athlete_id], facts, monday)
                for athlete_id, athlete in facts.athletes.items()
            ),
        )

    async def members(
        self, coach_id: int, *, only: Scope | None = None
    ) -> dict[int, frozenset[Scope]]:
        """Every athlete active in one of the coach's squads with the union of the scopes
        they grant (read now, never cached); ``only``: those granting that scope."""
        members: dict[int, frozenset[Scope]] = {}
        for membership in await self._squads.active_members(coach_id):
            if membership.athlete_id != coach_id:
                members[membership.athlete_id] = (
                    members.get(membership.athlete_id, frozenset()) | membership.scopes
                )
        if only is not None:
            return {i: scopes for i, scopes in members.items() if only in scopes}
        return members

    async def _visible_activities(
        self, coach_id: int, athlete_id: int, limit: int
    ) -> list[Activity]:
        # Strava's terms: its data reaches its owner alone (bot/domain/visibility.py).
        page, _ = await self._activities.recent(athlete_id, limit=limit * 2)
        visible = activities_visible_to(page, viewer_id=coach_id, audience=Audience.COACH)
        return visible[:limit]

    async def _outcomes_for(self, coach_id: int, facts: SquadFacts) -> SquadFacts:
        """The squad's plan sessions as the coach may see them: one matched by a Strava
        activity reads as not done (``visibility.outcomes_visible_to``)."""
        ids = set().union(*(matched_ids(s) for s in facts.sessions.values()))
        sources = await self._activities.sources(ids)
        sessions = {
            athlete_id: list(
                sessions_visible_to(
                    items, sources, viewer_id=coach_id, owner_id=athlete_id, audience=COACH
                )
            )
            for athlete_id, items in facts.sessions.items()
        }
        return replace(facts, sessions=sessions)

    async def readiness(self, coach_id: int, athlete_id: int) -> CoachedReadiness:
        """Readiness on the athlete's local today with its factors and red flags, and
        whether they checked in (scope: wellness and readiness)."""
        athlete = await self.require(coach_id, athlete_id, Scope.WELLNESS)
        today = self._wellness.today(athlete)
        stored = await readiness_on(
            self._wellness,
            self._activities,
            athlete_id,
            today,
            excluding_sources=hidden_sources(
                viewer_id=coach_id, owner_id=athlete_id, audience=Audience.COACH
            ),
        )
        return CoachedReadiness(stored.readiness, is_check_in(stored.day_answers))

    # -- the group audience (issue 21) ------------------------------------------------------

    async def board(self, chat_id: int) -> list[BoardLine]:
        """What a group chat may see of the athletes of the squad linked to it: one line
        per athlete active in that squad now, cut to the tier the athlete chose (none for
        "nothing"). A group with no squad, or with the bot removed, sees nobody. Strava
        activities never count (``Audience.GROUP``)."""
        group = await self._groups.by_chat(chat_id)
        if group is None or group.squad_id is None or group.status is not GroupStatus.ACTIVE:
            return []
        squad = await self._squads.squad(group.squad_id)
        if squad is None:
            return []
        lines = []
        for membership in await self._squads.active_members(squad.coach_id):
            if membership.squad_id != squad.id or membership.athlete_id == squad.coach_id:
                continue
            with suppress(AccessDenied):  # e.g. someone who left the group's chat
                line = await self.group_line(chat_id, membership.athlete_id)
                if line is not None:
                    lines.append(line)
        return sorted(lines, key=lambda line: line.name.casefold())

    async def squad_names(self, chat_id: int) -> dict[int, str]:
        """The names of the people of the squad linked to this group (its coach and
        active athletes), by athlete id: only to tell whether a question asked in the
        group names someone (never shown; the group's own members know them)."""
        group = await self._groups.by_chat(chat_id)
        if group is None or group.squad_id is None or group.status is not GroupStatus.ACTIVE:
            return {}
        squad = await self._squads.squad(group.squad_id)
        if squad is None:
            return {}
        ids = {squad.coach_id} | {
            m.athlete_id
            for m in await self._squads.active_members(squad.coach_id)
            if m.squad_id == squad.id
        }
        names = {}
        for athlete_id in ids:
            person = await self._athletes.get(athlete_id)
            if person is not None:
                names[athlete_id] = person.display_name
        return names

    async def group_line(self, chat_id: int, athlete_id: int) -> BoardLine | None:
        """One athlete as the group may see them (None for the tier "nothing");
        AccessDenied unless they are active in the squad linked to this group now."""
        group = await self._groups.by_chat(chat_id)
        if group is None or group.squad_id is None or group.status is not GroupStatus.ACTIVE:
            raise AccessDenied(None)
        membership = await self._squads.membership(group.squad_id, athlete_id)
        athlete = await self._athletes.get(athlete_id)
        if membership is None or membership.status is not MembershipStatus.ACTIVE or not athlete:
            raise AccessDenied(None)
        if await self._groups.has_left(chat_id, athlete_id):
            raise AccessDenied(None)  # left the group's chat: the group sees them no more
        tier = tier_within(await self._groups.tier(athlete_id), membership.scopes)
        return await self._cut_day(athlete, tier, -chat_id)

    async def own_line(self, athlete: Athlete) -> BoardLine:
        """The athlete's own day as the board would show it with every part: for an
        answer in a group that reaches them alone (an ephemeral message)."""
        line = await self._cut_day(athlete, GroupTier.NUMBERS, athlete.id)
        assert line is not None  # NUMBERS is never cut to nothing
        return line

    async def _cut_day(
        self, athlete: Athlete, tier: GroupTier, viewer_id: int
    ) -> BoardLine | None:
        """Read what ``tier`` allows of the athlete's day, and nothing more."""
        if tier is GroupTier.NOTHING:
            return None  # nothing is read for a group that may see nothing
        athlete_id = athlete.id
        today = self._wellness.today(athlete)
        page, _ = await self._activities.recent(athlete_id, limit=10)
        shown = activities_visible_to(page, viewer_id=viewer_id, audience=Audience.GROUP)
        done_today = [a for a in shown if a.local_date == today]
        colour = score = None
        if tier is not GroupTier.DONE:
            stored = await readiness_on(
                self._wellness,
                self._activities,
                athlete_id,
                today,
                excluding_sources=hidden_sources(
                    viewer_id=viewer_id, owner_id=athlete_id, audience=Audience.GROUP
                ),
            )
            status, score = stored.readiness.status, stored.readiness.score
            colour = status.value if status is not None else None
        day = AthleteDay(
            name=athlete.display_name,
            done=bool(done_today),
            minutes_done=round(sum(a.duration_s or 0 for a in done_today) / 60),
            colour=colour,
            score=score,
        )
        return cut_to_tier(day, tier)


def _hidden_from(coach_id: int, members: dict[int, frozenset[Scope]]) -> dict[int, frozenset[str]]:
    """Per athlete, the activity sources whose load and workouts may not reach this coach
    (Strava's terms: bot/domain/visibility.py, the one rule)."""
    return {
        athlete_id: hidden_sources(
            viewer_id=coach_id, owner_id=athlete_id, audience=Audience.COACH
        )
        for athlete_id in members
    }


def _roster_line(athlete: Athlete, scopes: frozenset[Scope], facts: SquadFacts) -> RosterLine:
    """One athlete's roster line from the squad's facts; each part only under its scope."""
    today = facts.today[athlete.id]
    flags: list[Flag] = []
    colour = checked = compliance = form = None
    quiet = True  # no check-in and no activity for QUIET_DAYS days (what is granted)
    fitness = None
    if scopes & {Scope.WELLNESS, Scope.ACTIVITIES}:
        fitness = fold_fitness(facts.loads.get(athlete.id, {}), today)
    if Scope.WELLNESS in scopes:
        answers = facts.answers.get(athlete.id, [])
        stored = readiness_from(today, answers, fitness)
        readiness, day_answers = stored.readiness, stored.day_answers
        colour = readiness.status.value if readiness.status is not None else None
        checked = is_check_in(day_answers)
        if day_answers is not None and (day_answers.illness or day_answers.injury):
            flags.append(Flag.ILL_OR_INJURED)
        if colour == "red":
            flags.append(Flag.RED_DAY)
        since = today - timedelta(days=QUIET_DAYS - 1)
        quiet = not any(is_check_in(f) for d, f in answers if since <= d <= today)
    if Scope.ACTIVITIES in scopes:
        if fitness is not None:
            form = fitness.tsb
            if fitness.acwr is not None and fitness.acwr > ACWR_WARNING:
                flags.append(Flag.ACWR_HIGH)
        latest = facts.latest_activity.get(athlete.id)
        quiet = quiet and not (latest and latest > today - timedelta(days=QUIET_DAYS))
    if Scope.PLAN_VIEW in scopes and athlete.id in facts.sessions:
        pairs = [(item.session, item.outcome.status) for item in facts.sessions[athlete.id]]
        race = facts.race_day.get(athlete.id)
        compliance = done_share(pairs, today)
        flags += [Flag.MISSED_KEY] * missed_key(pairs, today)
        flags += [Flag.RACE_SOON] * (
            race is not None and 0 <= (race - today).days <= RACE_SOON_DAYS
        )
    shared = bool(scopes & {Scope.WELLNESS, Scope.ACTIVITIES})
    # Silence counts from the day data could first exist: a new athlete is new, not quiet.
    settled = quiet_since(joined_on(athlete), today)
    if quiet and shared and settled:
        flags.append(Flag.NO_DATA)
    return RosterLine(
        athlete.id,
        athlete.display_name,
        colour,
        checked,
        compliance,
        form,
        tuple(flags),
        new=quiet and shared and not settled,
    )


def _athlete_week(
    athlete: Athlete, scopes: frozenset[Scope], facts: SquadFacts, monday: date
) -> AthleteWeek:
    """One athlete's week from the squad's facts; each part only under its scope. Days
    after the athlete's own today are not counted."""
    last = min(monday + timedelta(days=6), facts.today[athlete.id])
    days = [monday + timedelta(days=i) for i in range((last - monday).days + 1)]
    loads = facts.loads.get(athlete.id, {})
    compliance = load = change = red = sick = None
    if Scope.PLAN_VIEW in scopes and athlete.id in facts.sessions:
        pairs = [(item.session, item.outcome.status) for item in facts.sessions[athlete.id]]
        compliance = done_share(pairs, last + timedelta(days=1))
    if Scope.ACTIVITIES in scopes:
        load = sum(loads.get(day, 0.0) for day in days)
        end, before = fold_fitness(loads, last), fold_fitness(loads, monday - timedelta(days=1))
        if end is not None:
            change = end.ctl - (before.ctl if before is not None else 0.0)
    if Scope.WELLNESS in scopes:
        answers = facts.answers.get(athlete.id, [])
        converted = [wellness_day_of(day, f) for day, f in answers]
        fitness = fitness_days(loads, monday, last)
        red = sum(
            readiness_of_days(day, converted, fitness.get(day)).status is ReadinessStatus.RED
            for day in days
        )
        sick = sum(1 for day, f in answers if monday <= day <= last and (f.illness or f.injury))
    return AthleteWeek(athlete.id, athlete.display_name, compliance, load, change, red, sick)
