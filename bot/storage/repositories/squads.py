"""Squads, memberships and invitations; never commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.squads import (
    Invitation,
    Membership,
    MembershipStatus,
    Scope,
    Squad,
    ordered,
    scopes_of,
)
from bot.storage.models import SquadInvitationRow, SquadMembershipRow, SquadRow


def _squad(row: SquadRow) -> Squad:
    return Squad(id=row.id, coach_id=row.coach_id, name=row.name, created_at=row.created_at)


def _membership(row: SquadMembershipRow) -> Membership:
    return Membership(
        id=row.id,
        squad_id=row.squad_id,
        athlete_id=row.athlete_id,
        status=MembershipStatus(row.status),
        scopes=scopes_of(list(row.scopes)),
        joined_at=row.joined_at,
        left_at=row.left_at,
    )


def _invitation(row: SquadInvitationRow) -> Invitation:
    return Invitation(
        id=row.id,
        token=row.token,
        squad_id=row.squad_id,
        scopes=scopes_of(list(row.scopes)),
        created_at=row.created_at,
        expires_at=row.expires_at,
        max_uses=row.max_uses,
        uses=row.uses,
        revoked_at=row.revoked_at,
    )


class SquadRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- squads -----------------------------------------------------------------------------

    async def add_squad(self, coach_id: int, name: str, *, now: datetime) -> Squad:
        row = SquadRow(coach_id=coach_id, name=name, created_at=now)
        self._session.add(row)
        await self._session.flush()
        return _squad(row)

    async def squad(self, squad_id: int) -> Squad | None:
        row = await self._session.get(SquadRow, squad_id)
        return None if row is None else _squad(row)

    async def squads_of(self, coach_id: int) -> list[Squad]:
        rows = await self._session.scalars(
            select(SquadRow).where(SquadRow.coach_id == coach_id).order_by(SquadRow.id)
        )
        return [_squad(row) for row in rows]

    # -- memberships ------------------------------------------------------------------------

    async def membership(self, squad_id: int, athlete_id: int) -> Membership | None:
        row = await self._membership_row(squad_id, athlete_id)
        return None if row is None else _membership(row)

    async def membership_by_id(self, membership_id: int) -> Membership | None:
        row = await self._session.get(SquadMembershipRow, membership_id)
        return None if row is None else _membership(row)

    async def save_membership(
        self,
        squad_id: int,
        athlete_id: int,
        *,
        status: MembershipStatus,
        scopes: frozenset[Scope],
        joined_at: datetime | None,
        left_at: datetime | None,
    ) -> Membership:
        """Creates or overwrites the one membership of ``athlete_id`` in ``squad_id``."""
        row = await self._membership_row(squad_id, athlete_id)
        if row is None:
            row = SquadMembershipRow(squad_id=squad_id, athlete_id=athlete_id)
            self._session.add(row)
        row.status = status.value
        row.scopes = [scope.value for scope in ordered(scopes)]
        row.joined_at = joined_at
        row.left_at = left_at
        await self._session.flush()
        return _membership(row)

    async def memberships_of_athlete(self, athlete_id: int) -> list[tuple[Membership, Squad]]:
        """The athlete's active memberships with their squads, oldest squad first."""
        rows = await self._session.execute(
            select(SquadMembershipRow, SquadRow)
            .join(SquadRow, SquadRow.id == SquadMembershipRow.squad_id)
            .where(
                SquadMembershipRow.athlete_id == athlete_id,
                SquadMembershipRow.status == MembershipStatus.ACTIVE.value,
            )
            .order_by(SquadRow.id)
        )
        return [(_membership(m), _squad(s)) for m, s in rows]

    async def active_between(self, coach_id: int, athlete_id: int) -> list[Membership]:
        """Active memberships of ``athlete_id`` in any squad ``coach_id`` coaches."""
        rows = await self._session.scalars(
            select(SquadMembershipRow)
            .join(SquadRow, SquadRow.id == SquadMembershipRow.squad_id)
            .where(
                SquadRow.coach_id == coach_id,
                SquadMembershipRow.athlete_id == athlete_id,
                SquadMembershipRow.status == MembershipStatus.ACTIVE.value,
            )
        )
        return [_membership(row) for row in rows]

    async def active_members(self, coach_id: int) -> list[Membership]:
        """Every active membership in the coach's squads."""
        rows = await self._session.scalars(
            select(SquadMembershipRow)
            .join(SquadRow, SquadRow.id == SquadMembershipRow.squad_id)
            .where(
                SquadRow.coach_id == coach_id,
                SquadMembershipRow.status == MembershipStatus.ACTIVE.value,
            )
            .order_by(SquadMembershipRow.id)
        )
        return [_membership(row) for row in rows]

    async def _membership_row(self, squad_id: int, athlete_id: int) -> SquadMembershipRow | None:
        return await self._session.scalar(
            select(SquadMembershipRow).where(
                SquadMembershipRow.squad_id == squad_id,
                SquadMembershipRow.athlete_id == athlete_id,
            )
        )

    # -- invitations ------------------------------------------------------------------------

    async def add_invitation(
        self,
        squad_id: int,
        token: str,
        scopes: frozenset[Scope],
        *,
        now: datetime,
        expires_at: datetime,
        max_uses: int,
    ) -> Invitation:
        row = SquadInvitationRow(
            token=token,
            squad_id=squad_id,
            scopes=[scope.value for scope in ordered(scopes)],
            created_at=now,
            expires_at=expires_at,
            max_uses=max_uses,
            uses=0,
        )
        self._session.add(row)
        await self._session.flush()
        return _invitation(row)

    async def invitation(self, token: str) -> Invitation | None:
        row = await self._session.scalar(
            select(SquadInvitationRow).where(SquadInvitationRow.token == token)
        )
        return None if row is None else _invitation(row)

    async def invitation_by_id(self, invitation_id: int) -> Invitation | None:
        row = await self._session.get(SquadInvitationRow, invitation_id)
        return None if row is None else _invitation(row)

    async def use_invitation(self, invitation_id: int, *, now: datetime) -> bool:
        """Counts one use if the invitation is still usable at ``now``, atomically (two
        athletes taking the last use at once: one wins). False: nothing counted."""
        result = await self._session.execute(
            update(SquadInvitationRow)
            .where(
                SquadInvitationRow.id == invitation_id,
                SquadInvitationRow.revoked_at.is_(None),
                SquadInvitationRow.expires_at > now,
                SquadInvitationRow.uses < SquadInvitationRow.max_uses,
            )
            .values(uses=SquadInvitationRow.uses + 1)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0))

    async def revoke_invitation(self, invitation_id: int, *, now: datetime) -> None:
        await self._session.execute(
            update(SquadInvitationRow)
            .where(SquadInvitationRow.id == invitation_id, SquadInvitationRow.revoked_at.is_(None))
            .values(revoked_at=now)
            .execution_options(synchronize_session=False)
        )
