"""Replies paced per chat through the sender's limiter, so a reply never meets a 429.

Telegram allows about one message a second in a private chat, with short bursts, and 20
a minute in a group (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-
i-avoid-this). Messages that belong together are one message (the zones inside the profile
summary, the timezone confirmation with the next question); what is left — an answer
that is two messages, a person who taps quickly — takes a token per message from the
same :class:`SendBudget` the push sender uses, on the injected clock, before it is sent.
Edits in a private chat, chat actions and callback answers do not count against the
limit and are not paced; an edit in a group (the team board) or a poll stopped there counts
against the group's 20 a minute (issue 21) and takes a group token.
"""

from __future__ import annotations

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.methods import (
    CopyMessage,
    EditMessageText,
    ForwardMessage,
    Response,
    SendAnimation,
    SendAudio,
    SendContact,
    SendDocument,
    SendLocation,
    SendMediaGroup,
    SendMessage,
    SendPhoto,
    SendPoll,
    SendSticker,
    SendVenue,
    SendVideo,
    SendVoice,
    StopPoll,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType

from bot.jobs.limiter import SendBudget

# The methods that put a new message in a chat.
SENDING = (
    SendMessage,
    SendDocument,
    SendPhoto,
    SendMediaGroup,
    SendLocation,
    SendVenue,
    SendContact,
    SendPoll,
    SendSticker,
    SendAnimation,
    SendAudio,
    SendVideo,
    SendVoice,
    CopyMessage,
    ForwardMessage,
)
# Issue 21: what else counts against a group's 20 a minute (in a group only).
GROUP_COUNTED = (EditMessageText, StopPoll)


class PerChatPacing(BaseRequestMiddleware):
    """Takes a token for the message's chat before each attempt to send it.

    A flood pause longer than ``max_pause`` (the sender met a long 429) is not waited out
    here: the reply goes, and a 429 it meets is the retry middleware's to wait out.
    """

    def __init__(self, budget: SendBudget, *, max_pause: float = 10.0) -> None:
        self._budget = budget
        self._max_pause = max_pause

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        if isinstance(method, SENDING):
            chat_id = method.chat_id
            if isinstance(chat_id, int):
                # Telegram's group and channel ids are negative; people's are positive.
                await self._budget.acquire(chat_id, group=chat_id < 0, max_pause=self._max_pause)
        elif isinstance(method, GROUP_COUNTED):
            edited = method.chat_id
            if isinstance(edited, int) and edited < 0:
                await self._budget.acquire(edited, group=True, max_pause=self._max_pause)
        return await make_request(bot, method)
