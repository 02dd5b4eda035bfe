"""What a human coach does to an athlete: change the plan (one athlete, or several at
once), override a threshold, and write to them.

Every action asks the gate (``AccessGate``) first, at the moment of the action, with the
scope it needs — ``plan_edit`` for plan changes and thresholds, an active membership for
messages — so a button left on the coach's screen after a revocation, a forged athlete
id, a coach of another squad or an athlete who left are refused with ``AccessDenied``.
Plan changes go through the one plan-change engine (``PlanChangeService``): the same
operations, guardrails, proposal, audit (author ``coach``, with the coach's id and name in
the reason) and undo as the athlete's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bot.clock import Clock
from bot.coach.planning.changes import AddRestDay, Author, Operation, PlaceSession
from bot.coach.planning.changes.coach_reader import read_coach_change
from bot.coach.planning.changes.reader import ChangeRequest, read_change_request
from bot.coach.planning.changes.resolve import NoMatch, resolve
from bot.coach.planning.model import SessionSport
from bot.coach.planning.request import Discipline
from bot.coach.planning.start import LATE_START
from bot.coach.profile.timezones import local_now
from bot.coach.services.access import AccessDenied, AccessGate
from bot.coach.services.plan_changes import (
    ApplyResult,
    ApplyStatus,
    PlanChangeService,
    ProposalView,
    UndoResult,
    UndoStatus,
)
from bot.coach.services.plans import ChangeBase, PlanService, PlanUnavailableError
from bot.coach.services.profiles import ProfileService
from bot.domain.athletes import Athlete
from bot.domain.plan_changes import Json
from bot.domain.profiles import NewThreshold, ThresholdEntry, ThresholdKind, ThresholdSource
from bot.domain.squads import Scope


class Unreadable(Exception):  # noqa: N818 -- a reply code, not a failure
    """The coach's line is not a change this reader knows."""


class BulkStatus(StrEnum):
    READY = "ready"  # checked: it may be applied (preview) / APPLIED (apply)
    APPLIED = "applied"
    REFUSED = "refused"  # the engine refused it for this athlete's plan (``view`` says why)
    DENIED = "denied"  # the athlete does not grant plan edits (any more)
    NO_PLAN = "no_plan"
    NO_MATCH = "no_match"  # "move the long run": this athlete's plan has none
    NOT_THEIR_SPORT = "not_their_sport"  # "ride" for a runner: refused, not converted


@dataclass(frozen=True, slots=True)
class BulkLine:
    """One athlete's outcome of a change for several athletes."""

    athlete: Athlete
    status: BulkStatus
    view: ProposalView | None = None
    change_id: int | None = None
    day: date | None = None  # the day the line was read as for this athlete
    sport: SessionSport | None = None  # NOT_THEIR_SPORT: the sport asked for


# The sports each discipline trains: a session of another sport is not this athlete's.
_DISCIPLINE_SPORTS = {
    Discipline.RUN: {SessionSport.RUN},
    Discipline.BIKE: {SessionSport.BIKE},
    Discipline.SWIM: {SessionSport.SWIM},
    Discipline.TRIATHLON: {SessionSport.SWIM, SessionSport.BIKE, SessionSport.RUN},
    Discipline.DUATHLON: {SessionSport.BIKE, SessionSport.RUN},
}


def does_sport(base: ChangeBase, sport: SessionSport) -> bool:
    """Whether the athlete trains ``sport``: their discipline's sports, or a sport their
    plan already holds (cross-training they accepted)."""
    if sport in _DISCIPLINE_SPORTS.get(base.request.discipline, set()):
        return True
    return any(sport in s.sports for s in base.plan.sessions())


class CoachingService:
    """A coach's actions on their athletes, each checked by the gate at the action."""

    def __init__(
        self,
        clock: Clock,
        gate: AccessGate,
        plans: PlanService,
        plan_changes: PlanChangeService,
        profiles: ProfileService,
    ) -> None:
        self._clock = clock
        self._gate = gate
        self._plans = plans
        self._changes = plan_changes
        self._profiles = profiles

    @staticmethod
    def _reason(coach: Athlete) -> Json:
        return {"coach_id": coach.id, "coach": coach.display_name}

    async def editable(self, coach: Athlete, athlete_id: int) -> Athlete:
        """The athlete, if they grant ``coach`` plan edits now (else AccessDenied)."""
        return await self._gate.require(coach.id, athlete_id, Scope.PLAN_EDIT)

    async def _read(
        self, athlete: Athlete, text: str, lang: str
    ) -> tuple[Sequence[Operation] | NoMatch, ChangeBase]:
        """The coach's line for this athlete's plan: the coach's own shapes ("Saturday: 2 h
        ride in zone 2", "Sunday: rest"), else the athlete's reader ("move the long run
        to Sunday"). Raises Unreadable, or PlanUnavailableError without a plan."""
        today = self._plans.today(athlete)
        if read_coach_change(text, today) is not None:
            base = await self._plans.change_base(athlete)  # no plan: PlanUnavailableError
            own = read_coach_change(text, base.today, earliest=self._earliest(athlete, base))
            assert own is not None  # the same line, read again from a later first day
            return (own,), base
        found = read_change_request(text, lang, today)
        if not isinstance(found, ChangeRequest):
            raise Unreadable(text)
        base = await self._plans.change_base(athlete)
        return resolve(found, base.plan, today=base.today, done=base.done), base

    def _earliest(self, athlete: Athlete, base: ChangeBase) -> date:
        """The first day a coach's weekday name can mean for this athlete: today, unless
        today is over (from ``LATE_START``, 20:00, their time — the hour after which a new
        plan starts tomorrow) or the plan has not started yet (its first week)."""
        earliest = base.today
        if local_now(athlete.timezone, self._clock.now()).time() >= LATE_START:
            earliest += timedelta(days=1)
        if base.plan.weeks:
            earliest = max(earliest, base.plan.weeks[0].start, base.plan.start)
        return earliest

    # -- one athlete ----------------------------------------------------------------------

    async def propose(
        self, coach: Athlete, athlete_id: int, chat_id: int, text: str, lang: str
    ) -> tuple[Athlete, ProposalView | NoMatch]:
        """The proposal card for the coach's line about one athlete's plan, pending in the
        coach's chat. AccessDenied, Unreadable or PlanUnavailableError otherwise."""
        athlete = await self.editable(coach, athlete_id)
        operations, _ = await self._read(athlete, text, lang)
        if isinstance(operations, NoMatch):
            return athlete, operations
        view = await self._changes.propose(
            athlete, chat_id, operations, author=Author.COACH, request_text=text
        )
        return athlete, view

    async def apply(
        self, coach: Athlete, athlete_id: int, chat_id: int, nonce: str
    ) -> tuple[Athlete, ApplyResult]:
        """Apply the coach's pending proposal for this athlete (re-checked by the gate and
        the engine); a nonce pending for another athlete is gone for this one."""
        athlete = await self.editable(coach, athlete_id)
        pending = await self._changes.pending(chat_id)
        if pending is not None and pending.proposal.athlete_id != athlete.id:
            return athlete, ApplyResult(ApplyStatus.GONE)
        result = await self._changes.apply(athlete, chat_id, nonce, reason=self._reason(coach))
        return athlete, result

    async def undo(
        self, coach: Athlete, athlete_id: int, change_id: int
    ) -> tuple[Athlete, UndoResult]:
        """Undo the coach's own change, while it is the athlete's newest."""
        athlete = await self.editable(coach, athlete_id)
        newest = [c for c in await self._changes.history(athlete, limit=5) if not c.undone_at]
        if not newest or newest[0].id != change_id:
            return athlete, UndoResult(UndoStatus.NOT_LAST if newest else UndoStatus.NOTHING)
        if newest[0].change.reason.get("coach_id") != coach.id:
            return athlete, UndoResult(UndoStatus.NOT_LAST, change=newest[0])
        return athlete, await self._changes.undo(athlete, change_id)

    # -- several athletes at once ---------------------------------------------------------

    async def bulk(
        self, coach: Athlete, text: str, lang: str, *, apply: bool = False
    ) -> list[BulkLine]:
        """The line for every athlete of the coach's squads, checked per athlete (gate,
        plan, engine): a preview, or (``apply``) applied where it is allowed now.
        Unreadable when the line is not a change for anyone."""
        today = self._plans.today(coach)
        if read_coach_change(text, today) is None and not isinstance(
            read_change_request(text, lang, today), ChangeRequest
        ):
            raise Unreadable(text)
        lines: list[BulkLine] = []
        for athlete in await self._gate.member_athletes(coach.id):
            try:
                await self.editable(coach, athlete.id)
                operations, base = await self._read(athlete, text, lang)
            except AccessDenied:
                lines.append(BulkLine(athlete, BulkStatus.DENIED))
                continue
            except PlanUnavailableError:
                lines.append(BulkLine(athlete, BulkStatus.NO_PLAN))
                continue
            if isinstance(operations, NoMatch):
                lines.append(BulkLine(athlete, BulkStatus.NO_MATCH))
                continue
            day = _day_of(operations)
            sport = _foreign_sport(base, operations)
            if sport is not None:
                lines.append(BulkLine(athlete, BulkStatus.NOT_THEIR_SPORT, day=day, sport=sport))
                continue
            line = await self._one(coach, athlete, operations, text, apply=apply)
            lines.append(BulkLine(line.athlete, line.status, line.view, line.change_id, day))
        return lines

    async def _one(
        self,
        coach: Athlete,
        athlete: Athlete,
        operations: Sequence[Operation],
        text: str,
        *,
        apply: bool,
    ) -> BulkLine:
        if not apply:
            proposal, base = await self._changes.preview(athlete, operations)
            view = ProposalView(proposal, base, None, text, Author.COACH)
            status = BulkStatus.READY if proposal.ok else BulkStatus.REFUSED
            return BulkLine(athlete, status, view)
        result = await self._changes.apply_now(
            athlete, operations, author=Author.COACH, request_text=text, reason=self._reason(coach)
        )
        if result.status is ApplyStatus.APPLIED:
            return BulkLine(athlete, BulkStatus.APPLIED, result.view, result.change_id)
        return BulkLine(athlete, BulkStatus.REFUSED, result.view)

    # -- thresholds and messages ----------------------------------------------------------

    async def override_threshold(
        self, coach: Athlete, athlete_id: int, kind: ThresholdKind, value: float
    ) -> tuple[Athlete, ThresholdEntry]:
        """The coach's value for one of the athlete's thresholds, from the athlete's today,
        kept in the threshold history with its source (``coach``, the coach named in the
        method); zones and the plan's targets follow it like any new value."""
        athlete = await self.editable(coach, athlete_id)
        entry = await self._profiles.add_threshold(
            athlete.id,
            NewThreshold(
                kind,
                value,
                ThresholdSource.COACH,
                self._plans.today(athlete),
                method=f"coach {coach.display_name}"[:40],
            ),
        )
        return athlete, entry

    async def recipient(self, coach: Athlete, athlete_id: int) -> Athlete:
        """The athlete a coach may write to now (an active membership, any scope)."""
        return await self._gate.athlete(coach.id, athlete_id)

    async def coach_to_answer(self, athlete: Athlete, coach_id: int) -> Athlete:
        """The coach an athlete may answer now (still in one of their squads)."""
        return await self._gate.coach_of(athlete.id, coach_id)


def _day_of(operations: Sequence[Operation]) -> date | None:
    """The day a coach's own line landed on (shown beside a refusal), if it names one."""
    for operation in operations:
        if isinstance(operation, PlaceSession | AddRestDay):
            return operation.day
    return None


def _foreign_sport(base: ChangeBase, operations: Sequence[Operation]) -> SessionSport | None:
    """The sport of a session set for everyone that this athlete does not do: a runner
    is not given a ride without a word (refused, with the reason)."""
    for operation in operations:
        if isinstance(operation, PlaceSession) and not does_sport(base, operation.sport):
            return operation.sport
    return None
