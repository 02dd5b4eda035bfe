"""Helpers for the activity end-to-end tests: whole exchanges (every reply to an action,
not just the first), the athlete's id and thresholds, and the stored rows."""

from __future__ import annotations

import html
import re
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from sqlalchemy import func, select

from bot.domain.activities import Activity
from bot.domain.profiles import (
    NewThreshold,
    ProfileFields,
    Sex,
    SportChoice,
    ThresholdKind,
    ThresholdSource,
)
from bot.i18n import Catalogs, Translator
from bot.sandbox.emulator import ChatMessage
from bot.storage.models import ActivityFileRow, ActivityRow, AthleteRow
from bot.storage.repositories import ActivityRepository, ProfileRepository
from tests.e2e.harness import Person, TempoUnderTest

CATALOGS = Catalogs.load()


def translator(language: str = "en") -> Translator:
    return CATALOGS.translator(language)


def plain(text: str) -> str:
    """Catalog text as the athlete reads it: tags gone, entities decoded."""
    return html.unescape(re.sub(r"</?[a-z-]+[^>]*>", "", text))


async def settle(tempo: TempoUnderTest, person: Person, since: int) -> int:
    """Wait until the bot has finished everything the person sent after ``since`` (it
    handles one update per chat at a time, so a /help is answered after them); returns
    the seq of the last /help reply. Every /help sent after ``since`` is counted, so an
    action that is itself /help is not mistaken for the end."""
    help_first_line = plain(translator(person.user.language_code or "en")("help-text")).split(
        "\n"
    )[0]
    person.send_only("/help")
    account = tempo.account
    while True:
        asked = [
            m
            for m in account.history(person.user)
            if not m.from_bot and m.seq > since and (m.text or "").startswith("/help")
        ]
        answered = [
            m
            for m in account.bot_messages(person.user)
            if m.seq > since and (m.text or "").startswith(help_first_line)
        ]
        if len(answered) >= len(asked):
            return answered[-1].seq
        await account.wait_for_bot_activity(person.user, since=account.mark(), kinds=["message"])


async def exchange(
    tempo: TempoUnderTest, person: Person, action: Callable[[], Awaitable[Any]]
) -> list[ChatMessage]:
    """Every message the bot sent (or edited into place) for ``action``, in order."""
    since = tempo.account.mark()
    await action()
    until = await settle(tempo, person, since)
    return [m for m in tempo.account.bot_messages(person.user) if since < m.seq < until]


async def upload_all(
    tempo: TempoUnderTest, person: Person, path: Any, **kwargs: Any
) -> list[ChatMessage]:
    return await exchange(tempo, person, lambda: person.upload(path, **kwargs))


async def send_all(tempo: TempoUnderTest, person: Person, text: str) -> list[ChatMessage]:
    async def action() -> None:
        person.send_only(text)

    return await exchange(tempo, person, action)


async def press_all(
    tempo: TempoUnderTest, person: Person, label: str, *, on: ChatMessage | None = None
) -> list[ChatMessage]:
    """Tap a button and wait until its update is committed: new messages it sent."""
    return await exchange(tempo, person, lambda: person.press(label, on=on))


async def wait_for_edit(
    tempo: TempoUnderTest, person: Person, message: ChatMessage, *, since: int
) -> None:
    """Wait until the bot edits ``message`` after the marker ``since`` (work that runs
    after an update's commit, such as the brief composed again after a check-in)."""
    while True:
        edits = await tempo.account.wait_for_bot_activity(person.user, since=since, kinds=["edit"])
        if any(
            e.message is not None and e.message.message_id == message.message_id for e in edits
        ):
            return
        since = edits[-1].seq


async def athlete_id(tempo: TempoUnderTest, person: Person) -> int:
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        found = await session.scalar(
            select(AthleteRow.id).where(AthleteRow.telegram_id == person.id)
        )
    assert found is not None, "the person must have written to Tempo first"
    return found


async def give_thresholds(
    tempo: TempoUnderTest,
    person: Person,
    *,
    effective: date = date(2000, 1, 1),
    sex: Sex = Sex.MALE,
    **values: float,
) -> int:
    """A profile and thresholds (kind name → value) in force from ``effective``."""
    assert tempo.app is not None
    who = await athlete_id(tempo, person)
    now = tempo.clock.now()
    async with tempo.app.session_factory() as session:
        repository = ProfileRepository(session)
        if await repository.get(who) is None:
            fields = ProfileFields(sports=(SportChoice.TRIATHLON,), sex=sex, birth_year=1990)
            await repository.save(who, fields, now=now, completed_at=now)
        for name, value in values.items():
            await repository.add_threshold(
                who,
                NewThreshold(ThresholdKind(name), value, ThresholdSource.MEASURED, effective),
                now=now,
            )
        await session.commit()
    return who


async def activities_of(tempo: TempoUnderTest, who: int) -> list[Activity]:
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        found = await ActivityRepository(session).recent(who, limit=1000)
    return sorted(found, key=lambda activity: activity.id)


async def row_counts(tempo: TempoUnderTest) -> tuple[int, int]:
    """(activities, original files) stored, for everyone."""
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        activities = await session.scalar(select(func.count()).select_from(ActivityRow))
        files = await session.scalar(select(func.count()).select_from(ActivityFileRow))
    return int(activities or 0), int(files or 0)


def texts(messages: list[ChatMessage]) -> list[str]:
    return [m.text or m.caption or "" for m in messages]
