"""Weekly reviews: one per athlete and week; read and write, never commit."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.plans import NoticeRecord
from bot.domain.reviews import KeySession, ReviewSummary, WeeklyReview
from bot.storage.models import WeeklyReviewRow


def _key(data: dict[str, Any]) -> KeySession:
    return KeySession(
        day=date.fromisoformat(data["day"]),
        sport=data["sport"],
        type=data["type"],
        minutes=int(data["minutes"]),
        load=data.get("load"),
    )


def _key_json(session: KeySession) -> dict[str, Any]:
    return {**asdict(session), "day": session.day.isoformat()}


def _summary_json(summary: ReviewSummary) -> dict[str, Any]:
    data = asdict(summary)
    data["best"] = _key_json(summary.best) if summary.best else None
    data["next_key"] = [_key_json(k) for k in summary.next_key]
    return data


def _summary(data: dict[str, Any]) -> ReviewSummary:
    known = {k: v for k, v in data.items() if k in ReviewSummary.__dataclass_fields__}
    known["best"] = _key(data["best"]) if data.get("best") else None
    known["next_key"] = tuple(_key(k) for k in data.get("next_key", ()))
    return ReviewSummary(**known)


def _review(row: WeeklyReviewRow) -> WeeklyReview:
    return WeeklyReview(
        athlete_id=row.athlete_id,
        week_start=row.week_start,
        plan_id=row.plan_id,
        action=row.action,
        applied=row.applied,
        summary=_summary(row.summary or {}),
        changes=tuple(NoticeRecord(c["code"], dict(c.get("params", {}))) for c in row.changes),
        created_at=row.created_at,
        id=row.id,
    )


class WeeklyReviewRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, athlete_id: int, week_start: date) -> WeeklyReview | None:
        row = await self._session.scalar(
            select(WeeklyReviewRow).where(
                WeeklyReviewRow.athlete_id == athlete_id,
                WeeklyReviewRow.week_start == week_start,
            )
        )
        return _review(row) if row else None

    async def latest(self, athlete_id: int) -> WeeklyReview | None:
        row = await self._session.scalar(
            select(WeeklyReviewRow)
            .where(WeeklyReviewRow.athlete_id == athlete_id)
            .order_by(WeeklyReviewRow.week_start.desc())
            .limit(1)
        )
        return _review(row) if row else None

    async def add(self, review: WeeklyReview, *, now: datetime) -> WeeklyReview:
        row = WeeklyReviewRow(
            athlete_id=review.athlete_id,
            week_start=review.week_start,
            plan_id=review.plan_id,
            action=review.action,
            applied=review.applied,
            summary=_summary_json(review.summary),
            changes=[{"code": c.code, "params": dict(c.params)} for c in review.changes],
            created_at=now,
        )
        self._session.add(row)
        await self._session.flush()
        return _review(row)
