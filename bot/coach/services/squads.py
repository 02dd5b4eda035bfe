"""Squads for human coaches: creating one, invitation links, accepting or declining, and
the athlete's own control of what each coach sees (``/sharing``).

Reads of another athlete's data are not here: they go through the access gate
(``bot/coach/services/access.py``)."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.profile.timezones import local_now
from bot.domain.athletes import Athlete
from bot.domain.deliveries import DeliveryKind, NewDelivery, athlete_recipient
from bot.domain.squads import (
    Invitation,
    InvitationState,
    Membership,
    MembershipStatus,
    Scope,
    Squad,
    ordered,
)
from bot.storage.repositories import AthleteRepository, DeliveryRepository, SquadRepository

# What a new invitation asks to see: the plan, the workouts and readiness. Editing the
# plan and AI summaries are granted only by the athlete, in /sharing.
DEFAULT_SCOPES = frozenset({Scope.PLAN_VIEW, Scope.ACTIVITIES, Scope.WELLNESS})
INVITATION_LIFETIME = timedelta(days=7)
INVITATION_USES = 30
SQUAD_NAME_MAX = 64


class SquadError(Exception):
    """A squad action that cannot be done; ``code`` names the catalog message
    (``squad-error-<code>``)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class InvitationOffer:
    """What an athlete opening a link sees: whose squad, and exactly what is asked."""

    invitation: Invitation
    squad: Squad
    coach: Athlete


@dataclass(frozen=True, slots=True)
class Sharing:
    """One coach the athlete shares with, and what."""

    membership: Membership
    squad: Squad
    coach: Athlete


def squad_name(text: str) -> str:
    """A squad's name as typed, trimmed; SquadError for an empty or over-long one."""
    name = " ".join(text.split())
    if not name:
        raise SquadError("name_empty")
    if len(name) > SQUAD_NAME_MAX:
        raise SquadError("name_long")
    return name


class SquadService:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._squads = SquadRepository(session)
        self._athletes = AthleteRepository(session)
        self._outbox = DeliveryRepository(session)
        self._clock = clock

    # -- the coach's side -------------------------------------------------------------------

    async def create(self, coach: Athlete, name: str) -> tuple[Squad, Invitation]:
        """A new squad named ``name`` and its first invitation link."""
        squad = await self._squads.add_squad(coach.id, squad_name(name), now=self._clock.now())
        return squad, await self.invite(coach, squad.id)

    async def squads(self, coach: Athlete) -> list[Squad]:
        return await self._squads.squads_of(coach.id)

    async def invite(
        self,
        coach: Athlete,
        squad_id: int,
        *,
        scopes: frozenset[Scope] = DEFAULT_SCOPES,
        lifetime: timedelta = INVITATION_LIFETIME,
        max_uses: int = INVITATION_USES,
    ) -> Invitation:
        await self._own_squad(coach, squad_id)
        now = self._clock.now()
        return await self._squads.add_invitation(
            squad_id,
            secrets.token_urlsafe(12),
            scopes,
            now=now,
            expires_at=now + lifetime,
            max_uses=max_uses,
        )

    async def revoke(self, coach: Athlete, invitation_id: int) -> Invitation:
        """Revokes one of the coach's invitations (someone else's: ``not_yours``)."""
        invitation = await self._squads.invitation_by_id(invitation_id)
        if invitation is None:
            raise SquadError("not_yours")
        await self._own_squad(coach, invitation.squad_id)
        await self._squads.revoke_invitation(invitation_id, now=self._clock.now())
        revoked = await self._squads.invitation_by_id(invitation_id)
        assert revoked is not None
        return revoked

    async def _own_squad(self, coach: Athlete, squad_id: int) -> Squad:
        squad = await self._squads.squad(squad_id)
        if squad is None or squad.coach_id != coach.id:
            raise SquadError("not_yours")
        return squad

    # -- the athlete's side -----------------------------------------------------------------

    async def offer(self, token: str, athlete: Athlete) -> InvitationOffer:
        """The invitation behind a link, if the athlete may still accept it; SquadError
        ``invitation_<state>``, ``own_squad`` or ``already_member`` otherwise."""
        invitation = await self._squads.invitation(token)
        if invitation is None:
            raise SquadError("invitation_unknown")
        state = invitation.state(self._clock.now())
        if state is not InvitationState.USABLE:
            raise SquadError(f"invitation_{state.value}")
        squad = await self._squads.squad(invitation.squad_id)
        coach = None if squad is None else await self._athletes.get(squad.coach_id)
        if squad is None or coach is None:
            raise SquadError("invitation_unknown")
        if coach.id == athlete.id:
            raise SquadError("own_squad")
        current = await self._squads.membership(squad.id, athlete.id)
        if current is not None and current.status is MembershipStatus.ACTIVE:
            raise SquadError("already_member")
        return InvitationOffer(invitation, squad, coach)

    async def accept(self, token: str, athlete: Athlete) -> InvitationOffer:
        """Joins the squad with exactly the scopes the invitation asked for; counts a use
        (atomically: the last use goes to one athlete)."""
        offer = await self.offer(token, athlete)
        now = self._clock.now()
        if not await self._squads.use_invitation(offer.invitation.id, now=now):
            raise SquadError("invitation_used_up")
        await self._squads.save_membership(
            offer.squad.id,
            athlete.id,
            status=MembershipStatus.ACTIVE,
            scopes=offer.invitation.scopes,
            joined_at=now,
            left_at=None,
        )
        await self._tell_coach(offer.squad, athlete, "joined", offer.invitation.scopes)
        return offer

    async def decline(self, token: str, athlete: Athlete) -> InvitationOffer:
        """Records the refusal (no use counted, nothing shared)."""
        offer = await self.offer(token, athlete)
        await self._squads.save_membership(
            offer.squad.id,
            athlete.id,
            status=MembershipStatus.DECLINED,
            scopes=frozenset(),
            joined_at=None,
            left_at=None,
        )
        return offer

    async def sharing(self, athlete: Athlete) -> list[Sharing]:
        """Every coach the athlete shares with, and what."""
        found = []
        for membership, squad in await self._squads.memberships_of_athlete(athlete.id):
            coach = await self._athletes.get(squad.coach_id)
            if coach is not None:
                found.append(Sharing(membership, squad, coach))
        return found

    async def set_scope(
        self, athlete: Athlete, membership_id: int, scope: Scope, *, granted: bool
    ) -> Membership:
        """Grants or revokes one scope of the athlete's own active membership; effective
        for the coach's very next read."""
        membership = await self._own_membership(athlete, membership_id)
        scopes = membership.scopes | {scope} if granted else membership.scopes - {scope}
        saved = await self._squads.save_membership(
            membership.squad_id,
            athlete.id,
            status=MembershipStatus.ACTIVE,
            scopes=scopes,
            joined_at=membership.joined_at,
            left_at=None,
        )
        if scopes != membership.scopes:
            squad = await self._squads.squad(membership.squad_id)
            if squad is not None:
                await self._tell_coach(
                    squad, athlete, "granted" if granted else "revoked", {scope}
                )
        return saved

    async def leave(self, athlete: Athlete, membership_id: int) -> Membership:
        """Leaves the squad: every scope revoked at once."""
        membership = await self._own_membership(athlete, membership_id)
        saved = await self._squads.save_membership(
            membership.squad_id,
            athlete.id,
            status=MembershipStatus.LEFT,
            scopes=frozenset(),
            joined_at=membership.joined_at,
            left_at=self._clock.now(),
        )
        squad = await self._squads.squad(membership.squad_id)
        if squad is not None:
            await self._tell_coach(squad, athlete, "left", ())
        return saved

    async def tell_coaches_erased(self, athlete: Athlete) -> None:
        """The athlete deletes everything (/delete): each squad's coach gets the same one
        line as for leaving — the name and the squad, nothing else. Called inside the
        erasure's transaction, before the memberships go (the erasure's ``on_left``)."""
        for _, squad in await self._squads.memberships_of_athlete(athlete.id):
            await self._tell_coach(squad, athlete, "left", ())

    async def _tell_coach(
        self, squad: Squad, athlete: Athlete, event: str, scopes: Iterable[Scope]
    ) -> None:
        """A short word to the coach about what changed (joined, a scope granted or
        revoked, left) through the outbox like the coach's other pushes: the event, the
        athlete's name, the squad and the scope names — never any of the athlete's data.
        Composed in the coach's language when sent (``DeliveryService``); each event is
        its own row (the key ends with a random suffix), due now."""
        coach = await self._athletes.get(squad.coach_id)
        if coach is None or coach.chat_id is None:
            return
        now = self._clock.now()
        notice = NewDelivery(
            kind=DeliveryKind.SQUAD_NOTICE,
            recipient=f"{athlete_recipient(coach.id)}:sq:{secrets.token_hex(4)}",
            chat_id=coach.chat_id,
            athlete_id=coach.id,
            local_date=local_now(coach.timezone, now).date(),
            due_at=now,
            payload={
                "event": event,
                "name": athlete.display_name,
                "squad": squad.name,
                "scopes": [scope.value for scope in ordered(frozenset(scopes))],
            },
        )
        await self._outbox.add_new([notice], now=now)

    async def _own_membership(self, athlete: Athlete, membership_id: int) -> Membership:
        membership = await self._squads.membership_by_id(membership_id)
        if (
            membership is None
            or membership.athlete_id != athlete.id
            or membership.status is not MembershipStatus.ACTIVE
        ):
            raise SquadError("membership_gone")
        return membership
