"""Shared state: the people and groups every bot sees, and each bot's chat logs.

Users and groups belong to the emulator (a user can talk to several bots); messages
belong to a bot's view of a chat (``ChatLog``), with message ids counted per chat.
Ids look like Telegram's: users above 2**32 and supergroups below -10**12, so code
that squeezes them into 32-bit columns fails here rather than in production.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count

from bot.sandbox.emulator.files import FileStore
from bot.sandbox.emulator.flood import FloodLimiter
from bot.sandbox.emulator.models import Chat, ChatMessage, JsonDict, User

FIRST_USER_ID = 7_000_000_001
FIRST_GROUP_ID = -4_000_000_001
FIRST_SUPERGROUP_ID = -1_002_000_000_001


class World:
    """Users and groups, shared by every bot on one emulator."""

    def __init__(self) -> None:
        self.users: dict[int, User] = {}
        self.groups: dict[int, Chat] = {}
        self._private: dict[int, Chat] = {}
        self._user_ids = count(FIRST_USER_ID)
        self._group_ids = count(-FIRST_GROUP_ID)
        self._supergroup_ids = count(-FIRST_SUPERGROUP_ID)

    def add_user(
        self,
        first_name: str,
        last_name: str | None,
        username: str | None,
        language_code: str | None,
        user_id: int | None,
    ) -> User:
        user_id = user_id if user_id is not None else next(self._user_ids)
        if user_id in self.users:
            raise ValueError(f"user {user_id} already exists")
        user = User(
            id=user_id,
            first_name=first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
        )
        self.users[user.id] = user
        return user

    def add_group(
        self,
        title: str,
        members: list[User],
        *,
        supergroup: bool,
        username: str | None,
        chat_id: int | None = None,
    ) -> Chat:
        if chat_id is None:
            chat_id = -next(self._supergroup_ids if supergroup else self._group_ids)
        elif chat_id in self.groups or chat_id >= 0:
            raise ValueError(f"group {chat_id} exists already or is not a group id")
        group = Chat(
            id=chat_id,
            type="supergroup" if supergroup else "group",
            title=title,
            username=username,
            members=list(members),
        )
        self.groups[chat_id] = group
        return group

    def private_chat(self, user: User) -> Chat:
        chat = self._private.get(user.id)
        if chat is None:
            chat = self._private[user.id] = Chat(id=user.id, type="private", members=[user])
        return chat

    def find_chat(self, chat_id: int) -> Chat | None:
        if chat_id in self.groups:
            return self.groups[chat_id]
        user = self.users.get(chat_id)
        return self.private_chat(user) if user is not None else None

    def find_group_by_username(self, username: str) -> Chat | None:
        wanted = username.lstrip("@").lower()
        return next(
            (group for group in self.groups.values() if (group.username or "").lower() == wanted),
            None,
        )


@dataclass
class ChatLog:
    """One bot's view of one chat: its messages in order, pins, the reply keyboard."""

    chat: Chat
    messages: dict[int, ChatMessage] = field(default_factory=dict)
    pinned: list[int] = field(default_factory=list)
    reply_keyboard: JsonDict | None = None
    _next_id: int = 1

    def next_message_id(self) -> int:
        message_id = self._next_id
        self._next_id += 1
        return message_id

    def peek_message_id(self) -> int:
        return self._next_id

    def continue_from(self, next_id: int) -> None:
        """Number new messages from ``next_id`` on (never back), e.g. after a restart."""
        self._next_id = max(self._next_id, next_id)


@dataclass
class Environment:
    """What every bot shares: clocks, the world, the file store, the flood limiter."""

    monotonic: Callable[[], float]
    wall: Callable[[], float]
    world: World
    files: FileStore
    limiter: FloodLimiter
    strict_html: bool

    def now(self) -> int:
        """Unix seconds for message dates."""
        return int(self.wall())
