"""The AI output cache: read by key, insert if absent; never commit.

Two workers may produce the same answer at once (two athletes with the same facts, or a
retried delivery): the insert skips a key that is already there — ``ON CONFLICT DO
NOTHING`` on both SQLite and PostgreSQL — instead of raising, and the first answer stays.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.ai import AiOutput
from bot.storage.models import AiOutputRow


def _output(row: AiOutputRow) -> AiOutput:
    return AiOutput(
        key=row.key,
        purpose=row.purpose,
        model=row.model,
        content=row.content,
        input_tokens=row.input_tokens,
        output_tokens=row.output_tokens,
        created_at=row.created_at,
    )


class AiOutputRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, key: str) -> AiOutput | None:
        row = await self._session.scalar(select(AiOutputRow).where(AiOutputRow.key == key))
        return _output(row) if row is not None else None

    async def put(self, output: AiOutput) -> bool:
        """Store ``output`` unless its key is taken; True when this call stored it."""
        dialect = self._session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        statement = (
            insert(AiOutputRow)
            .values(
                key=output.key,
                purpose=output.purpose,
                model=output.model,
                content=output.content,
                input_tokens=output.input_tokens,
                output_tokens=output.output_tokens,
                created_at=output.created_at,
            )
            .on_conflict_do_nothing(index_elements=["key"])
            .returning(AiOutputRow.key)
        )
        return (await self._session.scalar(statement)) is not None
