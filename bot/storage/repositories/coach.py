"""The AI coach's records: turns, the summary, tool calls, usage, notes, health flags.
Add, flush and query; never commit (the caller owns the transaction)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.coach import (
    AthleteNote,
    CoachSummary,
    CoachTurn,
    HealthFlag,
    ToolCallRecord,
    TurnRole,
    TurnStatus,
    UsageRecord,
)
from bot.storage.models import (
    AiUsageRow,
    AthleteNoteRow,
    CoachSummaryRow,
    CoachToolCallRow,
    CoachTurnRow,
    HealthFlagRow,
)


def _turn(row: CoachTurnRow) -> CoachTurn:
    return CoachTurn(
        id=row.id,
        athlete_id=row.athlete_id,
        role=TurnRole(row.role),
        content=row.content,
        status=TurnStatus(row.status),
        created_at=row.created_at,
        grounding_violations=row.grounding_violations,
        rounds=row.rounds,
    )


def _note(row: AthleteNoteRow) -> AthleteNote:
    return AthleteNote(
        id=row.id,
        athlete_id=row.athlete_id,
        text=row.text,
        medical=row.medical,
        confirmed=row.confirmed,
        created_at=row.created_at,
    )


class CoachRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- turns ---------------------------------------------------------------------------

    async def add_turn(  # noqa: PLR0913 (one column each)
        self,
        athlete_id: int,
        role: TurnRole,
        content: str,
        status: TurnStatus,
        *,
        now: datetime,
        grounding_violations: int = 0,
        rounds: int = 0,
    ) -> CoachTurn:
        row = CoachTurnRow(
            athlete_id=athlete_id,
            role=role.value,
            content=content,
            status=status.value,
            grounding_violations=grounding_violations,
            rounds=rounds,
            created_at=now,
        )
        self._session.add(row)
        await self._session.flush()
        return _turn(row)

    async def turns_after(self, athlete_id: int, after_id: int, *, limit: int) -> list[CoachTurn]:
        """The newest ``limit`` turns with an id above ``after_id``, oldest first."""
        rows = await self._session.scalars(
            select(CoachTurnRow)
            .where(CoachTurnRow.athlete_id == athlete_id, CoachTurnRow.id > after_id)
            .order_by(CoachTurnRow.id.desc())
            .limit(limit)
        )
        return [_turn(row) for row in reversed(list(rows))]

    async def count_after(self, athlete_id: int, after_id: int) -> int:
        count = await self._session.scalar(
            select(func.count())
            .select_from(CoachTurnRow)
            .where(CoachTurnRow.athlete_id == athlete_id, CoachTurnRow.id > after_id)
        )
        return int(count or 0)

    async def add_tool_calls(self, turn_id: int, calls: list[ToolCallRecord]) -> None:
        self._session.add_all(
            CoachToolCallRow(
                turn_id=turn_id,
                name=call.name,
                arguments=call.arguments,
                ok=call.ok,
                result_chars=call.result_chars,
            )
            for call in calls
        )
        await self._session.flush()

    async def tool_calls(self, turn_id: int) -> list[ToolCallRecord]:
        rows = await self._session.scalars(
            select(CoachToolCallRow)
            .where(CoachToolCallRow.turn_id == turn_id)
            .order_by(CoachToolCallRow.id)
        )
        return [ToolCallRecord(r.name, dict(r.arguments), r.ok, r.result_chars) for r in rows]

    async def grounding_violations(self, since: datetime) -> int:
        total = await self._session.scalar(
            select(func.coalesce(func.sum(CoachTurnRow.grounding_violations), 0)).where(
                CoachTurnRow.created_at >= since
            )
        )
        return int(total or 0)

    # -- the summary of older turns --------------------------------------------------------

    async def summary(self, athlete_id: int) -> CoachSummary | None:
        row = await self._session.get(CoachSummaryRow, athlete_id)
        if row is None:
            return None
        return CoachSummary(row.athlete_id, row.through_turn_id, row.content, row.updated_at)

    async def save_summary(
        self, athlete_id: int, through_turn_id: int, content: str, *, now: datetime
    ) -> None:
        row = await self._session.get(CoachSummaryRow, athlete_id)
        if row is None:
            row = CoachSummaryRow(athlete_id=athlete_id)
            self._session.add(row)
        row.through_turn_id = through_turn_id
        row.content = content
        row.updated_at = now
        await self._session.flush()

    async def forget(self, athlete_id: int) -> int:
        """Delete the conversation (turns, their tool calls, the summary); how many turns
        went. Notes, usage and health flags stay: they are not the conversation."""
        result = await self._session.execute(
            delete(CoachTurnRow).where(CoachTurnRow.athlete_id == athlete_id)
        )
        await self._session.execute(
            delete(CoachSummaryRow).where(CoachSummaryRow.athlete_id == athlete_id)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    # -- usage and cost ----------------------------------------------------------------

    async def add_usage(self, usage: UsageRecord) -> None:
        self._session.add(
            AiUsageRow(
                athlete_id=usage.athlete_id,
                purpose=usage.purpose,
                model=usage.model,
                input_tokens=usage.input_tokens,
                output_tokens=usage.output_tokens,
                cache_write_tokens=usage.cache_write_tokens,
                cache_read_tokens=usage.cache_read_tokens,
                cost_usd=usage.cost_usd,
                created_at=usage.created_at,
            )
        )
        await self._session.flush()

    async def spent(self, since: datetime, athlete_id: int | None = None) -> float:
        """Dollars spent since ``since``: one athlete's, or everyone's (None)."""
        query = select(func.coalesce(func.sum(AiUsageRow.cost_usd), 0.0)).where(
            AiUsageRow.created_at >= since
        )
        if athlete_id is not None:
            query = query.where(AiUsageRow.athlete_id == athlete_id)
        return float(await self._session.scalar(query) or 0.0)

    async def usage_since(
        self, since: datetime, athlete_id: int, *, purpose: str | None = None
    ) -> tuple[int, float]:
        """How many calls and dollars since ``since`` for one athlete (of one purpose)."""
        query = select(
            func.count(AiUsageRow.id), func.coalesce(func.sum(AiUsageRow.cost_usd), 0.0)
        ).where(AiUsageRow.created_at >= since, AiUsageRow.athlete_id == athlete_id)
        if purpose is not None:
            query = query.where(AiUsageRow.purpose == purpose)
        row = (await self._session.execute(query)).one()
        return int(row[0]), float(row[1])

    # -- notes ---------------------------------------------------------------------------

    async def add_note(
        self, athlete_id: int, text: str, *, medical: bool, confirmed: bool, now: datetime
    ) -> AthleteNote:
        row = AthleteNoteRow(
            athlete_id=athlete_id, text=text, medical=medical, confirmed=confirmed, created_at=now
        )
        self._session.add(row)
        await self._session.flush()
        return _note(row)

    async def notes(self, athlete_id: int, *, confirmed_only: bool = True) -> list[AthleteNote]:
        query = select(AthleteNoteRow).where(AthleteNoteRow.athlete_id == athlete_id)
        if confirmed_only:
            query = query.where(AthleteNoteRow.confirmed.is_(True))
        rows = await self._session.scalars(query.order_by(AthleteNoteRow.id))
        return [_note(row) for row in rows]

    async def confirm_note(self, athlete_id: int, note_id: int) -> AthleteNote | None:
        row = await self._session.get(AthleteNoteRow, note_id)
        if row is None or row.athlete_id != athlete_id:
            return None
        row.confirmed = True
        await self._session.flush()
        return _note(row)

    async def drop_note(self, athlete_id: int, note_id: int) -> bool:
        result = await self._session.execute(
            delete(AthleteNoteRow).where(
                AthleteNoteRow.id == note_id, AthleteNoteRow.athlete_id == athlete_id
            )
        )
        return bool(getattr(result, "rowcount", 0))

    # -- health flags ------------------------------------------------------------------

    async def add_health_flag(self, athlete_id: int, kind: str, *, now: datetime) -> HealthFlag:
        row = HealthFlagRow(athlete_id=athlete_id, kind=kind, created_at=now)
        self._session.add(row)
        await self._session.flush()
        return HealthFlag(row.id, row.athlete_id, row.kind, row.created_at)

    async def health_flags(self, athlete_id: int) -> list[HealthFlag]:
        rows = await self._session.scalars(
            select(HealthFlagRow).where(HealthFlagRow.athlete_id == athlete_id)
        )
        return [HealthFlag(r.id, r.athlete_id, r.kind, r.created_at) for r in rows]
