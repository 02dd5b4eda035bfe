"""How a push reaches Telegram, and what its failures mean for the sender.

The sender sees four kinds of failure, not aiogram's exception tree: wait (429), the
recipient is gone (403: blocked, deactivated, kicked), try again later (5xx, network,
timeouts) and give up (any other refusal, e.g. 400 chat not found).
"""

from __future__ import annotations

from typing import Protocol

from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.coach.briefs.callbacks import pack
from bot.domain.deliveries import OutgoingMessage, SentPoll


class PushError(Exception):
    """A push did not go out; the subclass says what the sender should do."""


class FloodWaitError(PushError):
    def __init__(self, retry_after: float) -> None:
        super().__init__(f"flood control: retry after {retry_after} s")
        self.retry_after = retry_after


class RecipientGoneError(PushError):
    """403: the person blocked the bot, deleted their account, or the bot left the group."""


class TransientPushError(PushError):
    """Worth another try later: Telegram's 5xx, a network error, a timeout."""


class PermanentPushError(PushError):
    """Telegram refused the message itself; sending it again cannot help."""


class PushTransport(Protocol):
    async def send(self, chat_id: int, message: OutgoingMessage, delivery_id: int) -> int:
        """Send ``message`` and return Telegram's message id; raise a :class:`PushError`."""
        ...


def keyboard(message: OutgoingMessage, delivery_id: int) -> InlineKeyboardMarkup | None:
    if not message.buttons:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(text=b.text, callback_data=pack(b.action, delivery_id))
                for b in row
            ]
            for row in message.buttons
        ]
    )


class TelegramTransport:
    """Sends with a real aiogram ``Bot``. Give it a Bot without ``RetryAfterMiddleware``:
    the sender must see each 429 to pause every send, not have one request wait it out."""

    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def send(self, chat_id: int, message: OutgoingMessage, delivery_id: int) -> int:
        try:
            if message.edit_message_id is not None:
                return await self._edit(chat_id, message, message.edit_message_id)
            if message.poll_options:
                sent = await self._bot.send_poll(
                    chat_id,
                    message.text,
                    list(message.poll_options),
                    is_anonymous=False,
                    message_thread_id=message.thread_id,
                )
                assert sent.poll is not None
                return SentPoll(sent.message_id, sent.poll.id)
            sent = await self._bot.send_message(
                chat_id,
                message.text,
                reply_markup=keyboard(message, delivery_id),
                message_thread_id=message.thread_id,
            )
        except TelegramRetryAfter as error:
            raise FloodWaitError(error.retry_after) from error
        except TelegramForbiddenError as error:
            raise RecipientGoneError(error.message) from error
        except (
            TelegramServerError,
            TelegramNetworkError,
            ClientDecodeError,  # a proxy's HTML error page instead of Telegram's JSON
            TimeoutError,
        ) as error:
            raise TransientPushError(str(error)) from error
        except TelegramAPIError as error:
            raise PermanentPushError(str(error)) from error
        return sent.message_id

    async def _edit(self, chat_id: int, message: OutgoingMessage, message_id: int) -> int:
        """A group's board, edited in place; unchanged text is no failure."""
        try:
            await self._bot.edit_message_text(message.text, chat_id=chat_id, message_id=message_id)
        except TelegramBadRequest as error:
            if "not modified" not in error.message:
                raise
        return message_id
