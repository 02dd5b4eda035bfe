"""The team boards follow an athlete's day as it changes, not only at 06:00.

A workout logged or uploaded, a check-in, a morning-feeling answer in the group, a
workout deleted, a squad joined or left: each can change what the athlete's groups may
see of them (done, the colour, the numbers). Those paths are many (``/log``, files,
buttons, poll answers), so rather than each handler remembering the boards, this
middleware reads the athlete's board lines before the update and, once it has
committed, again; a group whose line changed gets its pinned board edited. Lines come
from the gate, cut to the athlete's tier: an athlete on "nothing", or a change the tier
hides, edits nothing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, suppress
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.types import TelegramObject, Update

from bot.coach.services import Services
from bot.coach.services.access import AccessDenied
from bot.coach.services.sync import SyncReport
from bot.domain.athletes import Athlete
from bot.domain.groups import BoardLine
from bot.domain.integrations import Provider
from bot.handlers.groups import publish_board
from bot.handlers.groups_render import GroupTap
from bot.handlers.squads_render import SquadTap
from bot.i18n import Catalogs, Translator

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]
AfterSync = Callable[[int, SyncReport], Awaitable[None]]


async def board_lines(services: Services, athlete: Athlete) -> dict[int, BoardLine | None]:
    """What each of the athlete's linked groups shows of them now."""
    lines: dict[int, BoardLine | None] = {}
    for group in await services.groups.groups_of_athlete(athlete):
        if group.squad_id is None:
            continue
        line: BoardLine | None = None
        with suppress(AccessDenied):  # left the group's chat: not on its board
            line = await services.access.group_line(group.chat_id, athlete.id)
        lines[group.chat_id] = line
    return lines


def from_the_athlete(update: Update) -> bool:
    """A private message (a workout typed or sent as a file), a private button, or a
    poll answer: what can change the athlete's own day. A group's own updates (and a
    tier tap, which edits the boards itself) are left to their handlers."""
    if update.poll_answer is not None:
        return True
    message = update.message
    if message is not None:
        # Commands other than /log change no day (their buttons do, and are followed):
        # they are not followed, so a /help costs no read (tests/e2e/test_basics.py).
        text = message.text or ""
        command = text.split(maxsplit=1)[0].split("@")[0] if text.startswith("/") else None
        return message.chat.type == "private" and command in (None, "/log")
    query = update.callback_query
    if query is not None and query.message is not None:
        return query.message.chat.type == "private" and not (query.data or "").startswith(
            f"{GroupTap.__prefix__}{GroupTap.__separator__}"
        )
    return False


def joining(update: Update) -> bool:
    """An answer to a squad's invitation: the athlete may join a squad with a group."""
    query = update.callback_query
    return query is not None and (query.data or "").startswith(
        f"{SquadTap.__prefix__}{SquadTap.__separator__}"
    )


class BoardFollower(BaseMiddleware):
    """An ``update`` outer middleware, after the unit of work's (it needs ``services``)."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        services: Services | None = data.get("services")
        athlete: Athlete | None = data.get("athlete")
        if (
            not isinstance(event, Update)
            or services is None
            or athlete is None
            or not from_the_athlete(event)
        ):
            return await handler(event, data)
        before = await board_lines(services, athlete)
        # The reads end here: no connection held across the handler's Telegram calls.
        await services.commit()
        result = await handler(event, data)
        if not before and not joining(event):
            return result  # in no group's squad, before or after: no board to follow
        bot: Bot = data["bot"]
        t: Translator = data["t"]

        async def follow() -> None:
            async with services.in_own_transaction() as fresh:
                after = await board_lines(fresh, athlete)
                # A group missing now (the athlete left the squad) shows them no more; one
                # new (they joined it) shows them from now on.
                for chat_id in before.keys() | after.keys():
                    if before.get(chat_id) != after.get(chat_id):
                        await publish_board(bot, fresh, chat_id, t)

        services.after_commit(follow)
        return result


def boards_after_sync(
    open_services: Callable[[], AbstractAsyncContextManager[Services]],
    bot: Bot,
    catalogs: Catalogs,
) -> AfterSync:
    """The boards follow a background sync too (hourly, before the brief, a webhook):
    after an intervals.icu run that stored a workout or a day of wellness, each of the
    athlete's linked groups gets its board edited, as a workout sent in the chat does.
    A Strava run moves no board: its data never reaches a group (decision 0006)."""

    async def follow(athlete_id: int, report: SyncReport) -> None:
        if report.provider is not Provider.INTERVALS or not (
            report.stored or report.wellness_days
        ):
            return
        async with open_services() as services:
            for group in await services.groups.groups_of_athlete_id(athlete_id):
                if group.squad_id is not None:
                    await publish_board(bot, services, group.chat_id, catalogs.translator("en"))

    return follow
