"""The onboarding and profile-editing dialog as use-cases: start, answer, go back, finish.

The dialog itself is pure data (:mod:`bot.coach.profile.dialog`); handlers keep it in the
FSM storage and pass it in. This service adds what the pure machine cannot know (the
athlete's local date, their stored profile for edits) and stores the result at the end.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from dataclasses import dataclass
from enum import StrEnum

from bot.coach.profile import dialog as machine
from bot.coach.profile.dialog import Context, Dialog, Flow, Section
from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.records import answers_from
from bot.coach.profile.timezones import timezone_at
from bot.coach.services.activities import ActivityService
from bot.coach.services.plans import PlanService, PlanUnavailableError
from bot.coach.services.profiles import ProfileService
from bot.domain.athletes import Athlete
from bot.domain.profiles import ProfileSnapshot, ThresholdKind

log = logging.getLogger(__name__)


class StartChoice(StrEnum):
    """What /start does for this athlete."""

    BEGIN = "begin"  # nothing started yet: greet and ask the first question
    OFFER_RESUME = "offer_resume"  # a dialog is under way or paused: continue or restart?
    COMPLETED = "completed"  # onboarding is done: welcome back


@dataclass(frozen=True, slots=True)
class FinishedDialog:
    """What finishing a dialog stored, and how many activities' loads it changed (a
    threshold history that changed scores every activity again)."""

    snapshot: ProfileSnapshot
    rescored: int = 0


class OnboardingService:
    def __init__(
        self,
        profiles: ProfileService,
        plans: PlanService | None = None,
        activities: ActivityService | None = None,
    ) -> None:
        self._profiles = profiles
        self._plans = plans
        self._activities = activities

    def context(self, athlete: Athlete) -> Context:
        return Context(today=self._profiles.today(athlete.timezone))

    async def start_choice(self, athlete: Athlete, saved: Dialog | None) -> StartChoice:
        if saved is not None and saved.flow is Flow.ONBOARDING and not saved.finished:
            return StartChoice.OFFER_RESUME
        if await self._profiles.is_complete(athlete.id):
            return StartChoice.COMPLETED
        return StartChoice.BEGIN

    def begin_onboarding(self, previous: Dialog | None) -> Dialog:
        """A fresh onboarding; the token continues past any earlier dialog's."""
        return machine.start(
            Flow.ONBOARDING,
            machine.ONBOARDING_STEPS,
            nonce=_nonce(),
            version=_after(previous),
        )

    async def begin_edit(self, athlete: Athlete, scope: str, previous: Dialog | None) -> Dialog:
        """Change part of a finished profile: a summary section (✏️) or a /settings entry
        (``scope`` is a key of :data:`~bot.coach.profile.dialog.EDIT_SCOPES`)."""
        if scope not in machine.EDIT_SCOPES:
            raise ValueError(f"nothing called {scope!r} can be edited")
        snapshot = await self._require(athlete)
        return machine.start(
            Flow.EDIT,
            machine.EDIT_SCOPES[scope],
            nonce=_nonce(),
            answers=answers_from(snapshot),
            section=scope,
            version=_after(previous),
        )

    async def begin_threshold(
        self, athlete: Athlete, kind: ThresholdKind, previous: Dialog | None
    ) -> Dialog:
        """A new value for one threshold, with its source and effective date."""
        snapshot = await self._require(athlete)
        answers = {**answers_from(snapshot), "th_kind": kind.value}
        step = machine.THRESHOLD_STEPS[kind.value]
        return machine.start(
            Flow.EDIT,
            (step, "th_source", "th_date"),
            nonce=_nonce(),
            answers=answers,
            section=Section.THRESHOLD.value,
            version=_after(previous),
        )

    def choose(self, athlete: Athlete, dialog: Dialog, code: str) -> Dialog:
        return machine.choose(dialog, code, self.context(athlete))

    def answer_text(self, athlete: Athlete, dialog: Dialog, text: str) -> Dialog:
        return machine.answer_text(dialog, text, self.context(athlete))

    async def answer_location(self, dialog: Dialog, latitude: float, longitude: float) -> Dialog:
        """A shared location answers the timezone question (offline polygon lookup)."""
        if not machine.expects_location(dialog):
            raise ProfileInputError("location-not-expected")
        zone = await asyncio.to_thread(timezone_at, latitude, longitude)
        return machine.answer_location(dialog, zone)

    async def finish(self, athlete: Athlete, dialog: Dialog) -> FinishedDialog:
        """Store the answers of a finished dialog (onboarding completes the profile),
        score the activities again when the threshold history changed, and bring the
        training plan in line with them: built after onboarding, its future rebuilt after
        an edit that changes what it stands on."""
        asked = set(dialog.history) & set(machine.applicable(dialog))
        before = await self._profiles.threshold_history(athlete.id)
        snapshot = await self._profiles.save_answers(
            athlete, dialog.answers, asked, complete=dialog.flow is Flow.ONBOARDING
        )
        rescored = 0
        if self._activities is not None and (
            await self._profiles.threshold_history(athlete.id) != before
        ):
            rescored = await self._activities.rescore(athlete, before)
        if self._plans is not None and snapshot.profile.completed:
            try:
                await self._plans.regenerate_for(athlete)
            except PlanUnavailableError as exc:
                # The plan views say what to do (e.g. a race date now past); the profile
                # itself is saved either way.
                log.info("no plan for athlete %s after the dialog: %s", athlete.id, exc)
        return FinishedDialog(snapshot, rescored)

    async def _require(self, athlete: Athlete) -> ProfileSnapshot:
        snapshot = await self._profiles.snapshot(athlete.id)
        if snapshot is None:
            raise LookupError(f"athlete {athlete.id} has no profile to edit")
        return snapshot


def _nonce() -> str:
    # Four hex digits tell this dialog's buttons from any earlier dialog's.
    return secrets.token_hex(2)


def _after(previous: Dialog | None) -> int:
    return previous.version + 1 if previous is not None else 1
