"""Changing the plan: propose, apply, discard and undo, for every caller.

Taps, plain sentences, the AI coach and (later) human coaches all come here with change
engine operations (``bot.coach.planning.changes``); the weekly adaptation records its
change through :func:`record_change` with the same proposal checks. Nothing else writes
a change to a plan's sessions.

- ``propose`` builds a checked proposal against the plan as it is now and, if it may
  be applied, keeps it as the chat's one pending proposal (a nonce, ten minutes on the
  injected clock).
- ``apply`` re-reads the plan: a proposal made for a plan that changed since is
  ``stale`` (offer ``recompute``); otherwise it is checked again and stored, with an
  audit row and the constraints it states. A second Apply finds nothing pending and is
  told it was applied already.
- ``undo`` puts back the weeks of the newest applied change, as long as the plan still
  holds what that change made (nothing newer depends on it), through the same checks.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.planning.changes import (
    Author,
    Constraint,
    MoveSession,
    Operation,
    Proposal,
    RestoreWeeks,
    SwapDays,
    constraint_of,
    operation_json,
    operation_of,
    propose,
)
from bot.coach.planning.changes.ai_tool import Health, ToolCheck, validate_tool_input
from bot.coach.planning.changes.layout import is_settled
from bot.coach.planning.changes.reader import (
    ChangeRequest,
    RequestKind,
    Unsure,
    read_change_request,
)
from bot.coach.planning.changes.resolve import NoMatch, resolve
from bot.coach.services.change_log import record_change, stored_constraints, week_from_json
from bot.coach.services.plans import ChangeBase, PlanService
from bot.coach.services.wellness import WellnessService
from bot.domain.athletes import Athlete
from bot.domain.plan_changes import (
    Json,
    NewPendingProposal,
    PendingKind,
    PendingProposal,
    PlanChangeRecord,
)
from bot.storage.repositories import PlanChangeRepository

PENDING_FOR = timedelta(minutes=10)
# A sentence saying the athlete is ill or injured sets that day's wellness flag.
_HEALTH_FLAGS = {RequestKind.ILLNESS: "illness", RequestKind.INJURY: "injury"}


class ApplyStatus(StrEnum):
    APPLIED = "applied"
    ALREADY_APPLIED = "already_applied"  # a double tap: the first one applied it
    GONE = "gone"  # discarded, replaced by a newer proposal, or never there
    EXPIRED = "expired"  # older than ten minutes: recompute
    STALE = "stale"  # the plan changed since: recompute
    REFUSED = "refused"  # the plan as it is now does not allow it any more


class UndoStatus(StrEnum):
    UNDONE = "undone"
    NOTHING = "nothing"  # no applied change to undo
    NOT_LAST = "not_last"  # a newer change depends on it
    CHANGED_SINCE = "changed_since"  # the plan was rebuilt or adapted since
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class ProposalView:
    """A proposal and what the card needs: its nonce (None when refused) and the
    base it was computed on (thresholds and units to render)."""

    proposal: Proposal
    base: ChangeBase
    nonce: str | None
    request_text: str
    author: Author


@dataclass(frozen=True, slots=True)
class Question:
    """The reader was unsure: the readings offered, one button each."""

    nonce: str
    labels: tuple[Json, ...]  # {"code": ..., "params": {...}} per reading


@dataclass(frozen=True, slots=True)
class ApplyResult:
    status: ApplyStatus
    view: ProposalView | None = None  # applied: what changed; refused: why
    change_id: int | None = None
    operations: tuple[Operation, ...] = ()  # for a recompute of an expired/stale one


@dataclass(frozen=True, slots=True)
class UndoResult:
    status: UndoStatus
    view: ProposalView | None = None
    change: PlanChangeRecord | None = None


class PlanChangeService:
    """Proposals, Apply, Discard and Undo of plan changes (see the module docstring)."""

    def __init__(self, session: AsyncSession, clock: Clock, plans: PlanService) -> None:
        self._session = session
        self._repo = PlanChangeRepository(session)
        self._clock = clock
        self._plans = plans

    async def constraints(self, athlete: Athlete) -> tuple[Constraint, ...]:
        """The athlete's constraints still in force."""
        today = self._plans.today(athlete)
        return tuple(await stored_constraints(self._session, athlete.id, today))

    async def preview(
        self, athlete: Athlete, operations: Sequence[Operation]
    ) -> tuple[Proposal, ChangeBase]:
        """A checked proposal, stored nowhere (the AI tool's validation)."""
        base = await self._plans.change_base(athlete)
        proposal = propose(
            base.plan,
            base.request,
            operations,
            today=base.today,
            done=base.done,
            constraints=await self.constraints(athlete),
        )
        return proposal, base

    async def move_days(
        self, athlete: Athlete, session_key: str, days: Sequence[date]
    ) -> list[date]:
        """The days among ``days`` that ``session_key`` can move to: the ones the engine
        accepts (not an unavailable day, a day with a done session, or a move that breaks
        a rule), so the picker never offers a day only to refuse it."""
        return await self._accepted(athlete, days, lambda day: MoveSession(session_key, day))

    async def swap_days(self, athlete: Athlete, day: date, days: Sequence[date]) -> list[date]:
        """The days among ``days`` that ``day`` can swap with: the ones the engine accepts
        (something planned on one of the two, nothing settled, no broken rule). Empty
        before the plan starts (nothing to swap yet): the caller then offers no Swap."""
        others = [other for other in days if other != day]
        return await self._accepted(athlete, others, lambda other: SwapDays(day, other))

    async def _accepted(
        self, athlete: Athlete, days: Sequence[date], operation: Callable[[date], Operation]
    ) -> list[date]:
        """The days whose ``operation`` the engine accepts on the plan as it is now."""
        base = await self._plans.change_base(athlete)
        rules = await self.constraints(athlete)
        return [
            day
            for day in days
            if propose(
                base.plan,
                base.request,
                (operation(day),),
                today=base.today,
                done=base.done,
                constraints=rules,
            ).ok
        ]

    async def check_tool_input(
        self, athlete: Athlete, raw: object, health: Health | None = None
    ) -> ToolCheck:
        """The AI coach's ``propose_week_changes`` input checked against this athlete's
        plan as it is now (``ai_tool.validate_tool_input``); nothing is stored. On
        ``ok``, show the card with ``propose(..., check.operations, author=AI_COACH)``."""
        base = await self._plans.change_base(athlete)
        return validate_tool_input(
            raw,
            plan=base.plan,
            request=base.request,
            today=base.today,
            done=base.done,
            constraints=await self.constraints(athlete),
            health=health or Health(),
        )

    async def propose(
        self,
        athlete: Athlete,
        chat_id: int,
        operations: Sequence[Operation],
        *,
        author: Author,
        request_text: str,
    ) -> ProposalView:
        """A checked proposal; when it may be applied it becomes the chat's pending one
        (replacing any earlier one). Raises PlanUnavailableError without a plan."""
        proposal, base = await self.preview(athlete, operations)
        nonce = None
        if proposal.ok:
            nonce = await self._pend(
                athlete,
                chat_id,
                base,
                author=author,
                request_text=request_text,
                operations=[operation_json(op) for op in operations],
            )
        return ProposalView(proposal, base, nonce, request_text, author)

    async def _pend(
        self,
        athlete: Athlete,
        chat_id: int,
        base: ChangeBase,
        *,
        author: Author,
        request_text: str,
        operations: list[Json] | None = None,
        options: list[Json] | None = None,
    ) -> str:
        """Keep a proposal (or a question's readings) as the chat's one pending item."""
        nonce = secrets.token_hex(4)
        await self._repo.put_pending(
            NewPendingProposal(
                chat_id=chat_id,
                athlete_id=athlete.id,
                nonce=nonce,
                kind=PendingKind.QUESTION if options is not None else PendingKind.PROPOSAL,
                proposed_by=author.value,
                request_text=request_text[:2000],
                operations=operations or [],
                options=options or [],
                plan_id=base.record.id,
                fingerprint=base.fingerprint,
                expires_at=self._clock.now() + PENDING_FOR,
            ),
            now=self._clock.now(),
        )
        return nonce

    async def ask(
        self,
        athlete: Athlete,
        chat_id: int,
        options: Sequence[tuple[Json, Sequence[Operation]]],
        *,
        request_text: str,
    ) -> Question:
        """Keep a question with its readings (label, operations) as the chat's pending
        item; the athlete's tap on one is :meth:`answer`."""
        base = await self._plans.change_base(athlete)
        readings = [
            {"label": label, "operations": [operation_json(op) for op in ops]}
            for label, ops in options
        ]
        nonce = await self._pend(
            athlete,
            chat_id,
            base,
            author=Author.ATHLETE,
            request_text=request_text,
            options=readings,
        )
        return Question(nonce, tuple(label for label, _ in options))

    async def answer(
        self, athlete: Athlete, chat_id: int, nonce: str, index: int
    ) -> ProposalView | None:
        """The proposal for the reading the athlete chose; None for a stale button."""
        pending = await self._repo.pending(chat_id)
        if (
            pending is None
            or pending.proposal.nonce != nonce
            or pending.proposal.kind is not PendingKind.QUESTION
            or not 0 <= index < len(pending.proposal.options)
        ):
            return None
        operations = [operation_of(op) for op in pending.proposal.options[index]["operations"]]
        return await self.propose(
            athlete,
            chat_id,
            operations,
            author=Author.ATHLETE,
            request_text=pending.proposal.request_text,
        )

    async def discard(self, chat_id: int, nonce: str) -> bool:
        """Drop the pending proposal; False when it was not pending (any more)."""
        return await self._repo.take_pending(chat_id, nonce) is not None

    async def recompute(self, athlete: Athlete, chat_id: int, nonce: str) -> ProposalView | None:
        """The same operations against the plan as it is now (a stale or expired card)."""
        pending = await self._repo.pending(chat_id)
        if pending is None or pending.proposal.nonce != nonce:
            return None
        operations = [operation_of(op) for op in pending.proposal.operations]
        return await self.propose(
            athlete,
            chat_id,
            operations,
            author=Author(pending.proposal.proposed_by),
            request_text=pending.proposal.request_text,
        )

    async def apply(
        self, athlete: Athlete, chat_id: int, nonce: str, *, reason: Json | None = None
    ) -> ApplyResult:
        """Apply the chat's pending proposal ``nonce``; ``reason`` adds to the audit row's
        reason (a human coach's id and name)."""
        pending = await self._repo.pending(chat_id)
        if pending is None or pending.proposal.nonce != nonce:
            last = await self._repo.changes(athlete.id, limit=1)
            if last and last[0].change.reason.get("nonce") == nonce:
                return ApplyResult(ApplyStatus.ALREADY_APPLIED, change_id=last[0].id)
            return ApplyResult(ApplyStatus.GONE)
        item = pending.proposal
        operations = tuple(operation_of(op) for op in item.operations)
        if self._clock.now() > item.expires_at:
            return ApplyResult(ApplyStatus.EXPIRED, operations=operations)
        author = Author(item.proposed_by)
        proposal, base = await self.preview(athlete, operations)
        if base.record.id != item.plan_id or base.fingerprint != item.fingerprint:
            return ApplyResult(ApplyStatus.STALE, operations=operations)
        view = ProposalView(proposal, base, None, item.request_text, author)
        if not proposal.ok:
            await self._repo.take_pending(chat_id, nonce)
            return ApplyResult(ApplyStatus.REFUSED, view)
        change_id = await self._store(
            athlete,
            base=base,
            proposal=proposal,
            author=author,
            request_text=item.request_text,
            reason={**(reason or {}), "nonce": nonce},
        )
        await self._repo.take_pending(chat_id, nonce)
        return ApplyResult(ApplyStatus.APPLIED, view, change_id)

    async def apply_now(
        self,
        athlete: Athlete,
        operations: Sequence[Operation],
        *,
        author: Author,
        request_text: str,
        reason: Json | None = None,
    ) -> ApplyResult:
        """Check ``operations`` against the plan as it is now and apply them at once (a
        change confirmed elsewhere: a coach's tap on a change for several athletes, each
        checked again here). APPLIED, or REFUSED with the reason in ``view``."""
        proposal, base = await self.preview(athlete, operations)
        view = ProposalView(proposal, base, None, request_text, author)
        if not proposal.ok:
            return ApplyResult(ApplyStatus.REFUSED, view)
        change_id = await self._store(
            athlete,
            base=base,
            proposal=proposal,
            author=author,
            request_text=request_text,
            reason=reason,
        )
        return ApplyResult(ApplyStatus.APPLIED, view, change_id)

    async def _store(
        self,
        athlete: Athlete,
        *,
        base: ChangeBase,
        proposal: Proposal,
        author: Author,
        request_text: str,
        reason: Json | None,
    ) -> int:
        await self._plans.store_change(base, proposal.after)
        change = await record_change(
            self._session,
            self._clock,
            athlete.id,
            base.record.id,
            proposal,
            author=author,
            request_text=request_text,
            reason=reason,
        )
        return change.id

    async def undo(self, athlete: Athlete, change_id: int | None = None) -> UndoResult:
        """Undo the newest applied change (``change_id``: the one a button names)."""
        changes = [c for c in await self._repo.changes(athlete.id) if c.undone_at is None]
        if not changes:
            return UndoResult(UndoStatus.NOTHING)
        last = changes[0]
        if change_id is not None and change_id != last.id:
            return UndoResult(UndoStatus.NOT_LAST, change=last)
        base = await self._plans.change_base(athlete)
        if last.change.plan_id != base.record.id or not _still_holds(base, last):
            return UndoResult(UndoStatus.CHANGED_SINCE, change=last)
        weeks = tuple(week_from_json(w) for w in last.change.before)
        others = [
            constraint_of(c.rule)
            for c in await self._repo.constraints(athlete.id)
            if c.change_id != last.id
        ]
        proposal = propose(
            base.plan,
            base.request,
            (RestoreWeeks(weeks),),
            today=base.today,
            done=base.done,
            constraints=[c for c in others if not c.ended(base.today)],
        )
        view = ProposalView(proposal, base, None, last.change.request_text, Author.ATHLETE)
        if not proposal.ok and not (
            proposal.refusal is not None
            and proposal.refusal.code.value == "nothing_to_change"
            and last.change.constraints
        ):
            return UndoResult(UndoStatus.REFUSED, view, last)
        if proposal.ok:
            await self._plans.store_change(base, proposal.after)
        await self._repo.mark_undone(last.id, now=self._clock.now())
        await self._repo.remove_constraints_of(last.id)
        return UndoResult(UndoStatus.UNDONE, view, last)

    async def from_sentence(
        self, athlete: Athlete, chat_id: int, text: str, lang: str
    ) -> ProposalView | Question | NoMatch | None:
        """A plain sentence (``reader.read_change_request``): None when it asks for no
        change, a proposal card, a question with buttons when the reader is unsure, or
        NoMatch when the plan holds nothing it could mean."""
        today = self._plans.today(athlete)
        found = read_change_request(text, lang, today)
        if found is None:
            return None
        flag = _health_flag(found)
        if flag is not None:
            # "I'm sick" is a fact about today whatever becomes of the plan change: the
            # day's wellness carries it, so readiness and the brief know (a red flag).
            await WellnessService(self._session, self._clock).set_flag(athlete, today, flag)
        base = await self._plans.change_base(athlete)
        if isinstance(found, Unsure):
            options = []
            for label, reading in found.options:
                ops = resolve(reading, base.plan, today=base.today, done=base.done)
                if not isinstance(ops, NoMatch):
                    options.append(({"code": label, "params": {}}, ops))
            return await self.ask(athlete, chat_id, options, request_text=text)
        ops = resolve(found, base.plan, today=base.today, done=base.done)
        if isinstance(ops, NoMatch):
            return ops
        return await self.propose(athlete, chat_id, ops, author=Author.ATHLETE, request_text=text)

    async def history(self, athlete: Athlete, limit: int = 20) -> list[PlanChangeRecord]:
        """The audit log, newest first (for coaches and the AI coach)."""
        return await self._repo.changes(athlete.id, limit=limit)

    async def pending(self, chat_id: int) -> PendingProposal | None:
        return await self._repo.pending(chat_id)


def _health_flag(found: ChangeRequest | Unsure) -> str | None:
    """The wellness flag a sentence states ("I'm sick": illness, even while the reader
    still asks where the symptoms are), None when it states none or only maybe."""
    readings = [found] if isinstance(found, ChangeRequest) else [r for _, r in found.options]
    flags = {_HEALTH_FLAGS.get(r.kind) for r in readings}
    return flags.pop() if len(flags) == 1 else None


def _still_holds(base: ChangeBase, change: PlanChangeRecord) -> bool:
    """The plan's future in the changed weeks is what the change made."""
    made = {
        s.id: s
        for w in change.change.after
        for s in week_from_json(w).sessions
        if not is_settled(s, base.today, base.done)
    }
    starts = {date.fromisoformat(w["start"]) for w in change.change.after}
    now = {
        s.id: s
        for w in base.plan.weeks
        if w.start in starts
        for s in w.sessions
        if not is_settled(s, base.today, base.done)
    }
    return made == now
