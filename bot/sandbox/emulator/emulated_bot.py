"""One bot on the emulator: what users do to it, and what it did.

Tests drive users through ``user_*`` methods (each stores the message and queues the
update Telegram would send) and observe the bot through ``history``,
``bot_messages``, ``callback_answers``, ``chat_actions``, ``commands`` and the
``wait_for_*`` coroutines, which wake on the bot's next request instead of polling.

The methods in the "Bot API side" section are what ``methods.py`` calls to serve the
bot's own requests; tests do not need them.
"""

from __future__ import annotations

import asyncio
import bisect
import json
from collections.abc import Collection, Iterable
from itertools import count
from typing import Any

from bot.sandbox.emulator import errors
from bot.sandbox.emulator.errors import EmulatorUsageError
from bot.sandbox.emulator.files import image_size
from bot.sandbox.emulator.formatting import detect_entities
from bot.sandbox.emulator.groups import GroupActions, PollRecord, member_rights
from bot.sandbox.emulator.markup import find_callback_button, reply_keyboard_texts
from bot.sandbox.emulator.models import (
    ActivityKind,
    BotActivity,
    CallbackAnswer,
    CallbackQueryRecord,
    Chat,
    ChatActionRecord,
    ChatMessage,
    DraftRecord,
    JsonDict,
    StoredFile,
    User,
)
from bot.sandbox.emulator.state import ChatLog, Environment
from bot.sandbox.emulator.updates import UpdateQueue
from bot.sandbox.emulator.webhook import WebhookConfig

ChatRef = int | User | Chat
"""Where a chat is expected: its id, the user of a private chat, or the chat record."""

DEFAULT_SCOPE = {"type": "default"}
_MESSAGE_ONLY: tuple[ActivityKind, ...] = ("message",)


def chat_id_of(chat: ChatRef) -> int:
    return chat.id if isinstance(chat, User | Chat) else chat


class EmulatedBot(GroupActions):
    """A bot registered with :meth:`BotApiEmulator.add_bot`; its group actions (removal,
    upgrade, topics, polls, ephemeral messages) are in ``groups.py``."""

    def __init__(
        self,
        env: Environment,
        *,
        token: str,
        username: str,
        first_name: str,
        privacy_mode: bool,
    ) -> None:
        bot_id, _, secret = token.partition(":")
        if not bot_id.isdigit() or not secret:
            raise ValueError(f"token {token!r} is not shaped like '123456:ABC-DEF'")
        self._env = env
        self.token = token
        self.user = User(id=int(bot_id), first_name=first_name, username=username, is_bot=True)
        self.privacy_mode = privacy_mode
        self.updates = UpdateQueue()
        self.webhook: WebhookConfig | None = None
        self.callback_answers: list[CallbackAnswer] = []
        self.chat_actions: list[ChatActionRecord] = []
        self.drafts: list[DraftRecord] = []
        self.activities: list[BotActivity] = []
        self.flood_rejections = 0
        self.polls: dict[str, PollRecord] = {}
        self.ephemerals: list[ChatMessage] = []
        self._ephemeral_ids = count(1)
        self._logs: dict[int, ChatLog] = {}
        self._opened: set[int] = set()  # users who started a private chat
        self._blocked: set[int] = set()
        self._commands: dict[tuple[str, str], list[JsonDict]] = {}
        self._queries: dict[str, CallbackQueryRecord] = {}
        self._query_numbers = count(1)
        self._seq = 0
        self._last_user_seq: dict[int, int] = {}
        # Each chat's activities, and one event per chat (None: any chat) that is set when
        # something happens there: a waiter wakes only for its own chat and scans only its
        # own chat's activities. With one event and one list for all, each bot message
        # woke every waiting user to scan everything since their message, a cost that grew
        # with the users in flight and with how slowly the bot answered (bench/updates.py).
        self._chat_activities: dict[int, list[BotActivity]] = {}
        self._activity_changed: dict[int | None, asyncio.Event] = {}

    def __repr__(self) -> str:
        return f"<EmulatedBot @{self.username} id={self.id}>"

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def username(self) -> str:
        return self.user.username or ""

    # -- what users do -------------------------------------------------------------

    def user_sends_text(
        self,
        user: User,
        text: str,
        *,
        chat: ChatRef | None = None,
        reply_to: ChatMessage | None = None,
        entities: list[JsonDict] | None = None,
    ) -> ChatMessage:
        """A text message; entities (commands, mentions, URLs) are computed like Telegram.
        In a forum topic: ``user_sends_in_topic``."""
        return self._user_message(
            user,
            chat,
            text=text,
            entities=detect_entities(text) if entities is None else entities,
            reply_to=reply_to,
        )

    def user_presses_button(
        self, user: User, message: ChatMessage, button: str | int, *, forged: str | None = None
    ) -> str:
        """Press the inline button labelled (or with callback_data) ``button``, or the
        ``button``-th one (an int, from 1, row by row).

        ``forged``: a modified client sends this as the callback data instead (Telegram
        does not check callback data against the keyboard), for tests of what a bot
        trusts. Returns the callback query id; the bot should answer it with
        answerCallbackQuery.
        """
        if message.deleted:
            raise EmulatorUsageError(f"message {message.message_id} was deleted")
        if message.sender is not self.user:
            raise EmulatorUsageError(f"message {message.message_id} was not sent by {self!r}")
        self._check_user_in_chat(user, message.chat)
        found = find_callback_button(message, button)
        query = CallbackQueryRecord(
            id=f"{self.id}{next(self._query_numbers):08d}",
            user=user,
            message=message,
            data=str(found["callback_data"]) if forged is None else forged,
            created_at=self._env.monotonic(),
        )
        self._queries[query.id] = query
        self._last_user_seq[message.chat_id] = self._next_seq()
        self.updates.push(
            {
                "callback_query": {
                    "id": query.id,
                    "from": user.to_api(),
                    "message": message.to_api(),
                    "chat_instance": f"{self.id}{abs(message.chat_id)}",
                    "data": query.data,
                }
            }
        )
        return query.id

    def user_presses_reply_button(
        self, user: User, text: str, *, chat: ChatRef | None = None
    ) -> ChatMessage:
        """Tap a button of the reply keyboard the bot showed last; sends its text."""
        target = self._resolve_user_chat(user, chat)
        log = self._log(target)
        labels = reply_keyboard_texts(log.reply_keyboard)
        if text not in labels:
            raise EmulatorUsageError(
                f"chat {target.id} shows no reply button {text!r}; it shows {labels}"
            )
        if log.reply_keyboard is not None and log.reply_keyboard.get("one_time_keyboard"):
            log.reply_keyboard = None
        return self.user_sends_text(user, text, chat=target)

    def user_sends_document(
        self,
        user: User,
        file_name: str,
        content: bytes,
        mime_type: str = "application/octet-stream",
        *,
        caption: str | None = None,
        chat: ChatRef | None = None,
    ) -> ChatMessage:
        stored = self._env.files.add(
            kind="document",
            content=content,
            owner_bot_id=self.id,
            file_name=file_name,
            mime_type=mime_type,
        )
        return self._user_message(user, chat, document=stored, caption=caption)

    def user_sends_photo(
        self,
        user: User,
        content: bytes,
        *,
        caption: str | None = None,
        chat: ChatRef | None = None,
    ) -> ChatMessage:
        width, height = image_size(content) or (1280, 960)
        stored = self._env.files.add(
            kind="photo", content=content, owner_bot_id=self.id, width=width, height=height
        )
        return self._user_message(user, chat, photo=stored, caption=caption)

    def user_sends_sticker(
        self, user: User, emoji: str = "👍", *, chat: ChatRef | None = None
    ) -> ChatMessage:
        stored = self._env.files.add(
            kind="sticker",
            content=b"RIFF\x00\x00\x00\x00WEBP",
            owner_bot_id=self.id,
            width=512,
            height=512,
            emoji=emoji,
        )
        return self._user_message(user, chat, sticker=stored)

    def user_sends_voice(
        self,
        user: User,
        content: bytes = b"OggS",
        *,
        duration: int = 3,
        chat: ChatRef | None = None,
    ) -> ChatMessage:
        stored = self._env.files.add(
            kind="voice",
            content=content,
            owner_bot_id=self.id,
            mime_type="audio/ogg",
            duration=duration,
        )
        return self._user_message(user, chat, voice=stored)

    def user_sends_location(
        self, user: User, latitude: float, longitude: float, *, chat: ChatRef | None = None
    ) -> ChatMessage:
        return self._user_message(user, chat, location=(latitude, longitude))

    def user_sends_contact(
        self,
        user: User,
        phone_number: str,
        *,
        first_name: str | None = None,
        chat: ChatRef | None = None,
    ) -> ChatMessage:
        """Share a contact; without ``first_name`` it is the user's own (with user_id)."""
        contact: JsonDict = {
            "phone_number": phone_number,
            "first_name": first_name or user.first_name,
        }
        if first_name is None:
            contact["user_id"] = user.id
            if user.last_name:
                contact["last_name"] = user.last_name
        return self._user_message(user, chat, contact=contact)

    def user_edits_text(self, user: User, message: ChatMessage, text: str) -> ChatMessage:
        """Edit one of the user's own text messages (an ``edited_message`` update)."""
        if message.sender is not user or message.text is None or message.deleted:
            raise EmulatorUsageError(f"{user.first_name} cannot edit message {message.message_id}")
        message.text = text
        message.entities = detect_entities(text)
        message.edit_count += 1
        message.edit_date = self._env.now()
        self._last_user_seq[message.chat_id] = self._next_seq()
        if self._sees(message):
            self.updates.push({"edited_message": message.to_api()})
        return message

    def user_blocks_bot(self, user: User) -> None:
        """Block the bot: sends now answer 403; the bot gets a my_chat_member update."""
        self._blocked.add(user.id)
        self._push_my_chat_member(user, old="member", new="kicked")

    def user_unblocks_bot(self, user: User) -> None:
        self._blocked.discard(user.id)
        self._push_my_chat_member(user, old="kicked", new="member")

    def joins_group(self, group: Chat, *, added_by: User) -> None:
        """Add the bot to a group, as ``added_by`` does in the app."""
        group.bot_ids.add(self.id)
        update = self._member_update(group, added_by, old="left", new="member")
        self.updates.push({"my_chat_member": update})

    def inject_update(self, update: JsonDict) -> JsonDict | None:
        """Queue a raw update as-is (``update_id`` is assigned when absent).

        Returns the queued update, or ``None`` if allowed_updates filtered it out.
        """
        return self.updates.push(dict(update))

    # -- what the bot did ----------------------------------------------------------

    def history(self, chat: ChatRef, *, include_deleted: bool = False) -> list[ChatMessage]:
        """Every message in the chat, both sides, in order."""
        log = self._logs.get(chat_id_of(chat))
        if log is None:
            return []
        return [m for m in log.messages.values() if include_deleted or not m.deleted]

    def bot_messages(self, chat: ChatRef, *, include_deleted: bool = False) -> list[ChatMessage]:
        return [m for m in self.history(chat, include_deleted=include_deleted) if m.from_bot]

    def last_bot_message(self, chat: ChatRef) -> ChatMessage:
        sent = self.bot_messages(chat)
        if not sent:
            raise EmulatorUsageError(f"{self!r} has sent nothing to chat {chat_id_of(chat)}")
        return sent[-1]

    def message(self, chat: ChatRef, message_id: int) -> ChatMessage:
        """Any message by id, deleted ones included."""
        log = self._logs.get(chat_id_of(chat))
        found = log.messages.get(message_id) if log is not None else None
        if found is None:
            raise EmulatorUsageError(f"chat {chat_id_of(chat)} has no message {message_id}")
        return found

    def reply_keyboard(self, chat: ChatRef) -> JsonDict | None:
        """The reply keyboard the user currently sees in the chat, if any."""
        log = self._logs.get(chat_id_of(chat))
        return log.reply_keyboard if log is not None else None

    def pinned(self, chat: ChatRef) -> list[int]:
        log = self._logs.get(chat_id_of(chat))
        return list(log.pinned) if log is not None else []

    @property
    def commands(self) -> list[JsonDict]:
        """The commands set for the default scope and no language."""
        return self.commands_for()

    def commands_for(
        self, scope: JsonDict | None = None, language_code: str = ""
    ) -> list[JsonDict]:
        return list(self._commands.get(_commands_key(scope, language_code), []))

    async def wait_until_polling(self) -> None:
        """Resolve once the bot has a getUpdates call waiting (it is listening)."""
        await self.updates.wait_until_polling()

    def mark(self) -> int:
        """A sequence marker for ``wait_for_*(since=...)``: everything so far is before it."""
        return self._seq

    async def wait_for_bot_activity(
        self,
        chat: ChatRef | None = None,
        *,
        since: int | None = None,
        # A default deadline keeps a test that waits for a reply that never comes from
        # hanging the suite; hence a parameter rather than asyncio.timeout at the caller.
        timeout: float | None = 5.0,  # noqa: ASYNC109
        kinds: Collection[ActivityKind] | None = None,
    ) -> list[BotActivity]:
        """Wait until the bot does something (in ``chat``, of ``kinds``) after ``since``.

        ``since`` defaults to the last thing a user did in that chat (or to now when no
        chat is given), so "user sends, then wait" needs no marker. Returns every
        matching activity so far; raises ``TimeoutError`` saying what did happen.
        """
        chat_id = chat_id_of(chat) if chat is not None else None
        if since is None:
            since = self._last_user_seq.get(chat_id, 0) if chat_id is not None else self._seq
        try:
            async with asyncio.timeout(timeout):
                while True:
                    found = self._activities_after(since, chat_id, kinds)
                    if found:
                        return found
                    changed = self._activity_changed.get(chat_id)
                    if changed is None:
                        changed = self._activity_changed[chat_id] = asyncio.Event()
                    await changed.wait()
        except TimeoutError:
            recent = [f"{a.kind}@{a.chat_id}" for a in self.activities[-5:]]
            raise TimeoutError(
                f"{self!r} did nothing matching chat={chat_id} kinds={kinds} after seq {since} "
                f"within {timeout} s; its last activities: {recent}"
            ) from None

    async def wait_for_bot_message(
        self,
        chat: ChatRef,
        *,
        since: int | None = None,
        timeout: float | None = 5.0,  # noqa: ASYNC109 (see wait_for_bot_activity)
    ) -> ChatMessage:
        """The first message the bot sends to ``chat`` after ``since``."""
        found = await self.wait_for_bot_activity(
            chat, since=since, timeout=timeout, kinds=_MESSAGE_ONLY
        )
        message = found[0].message
        assert message is not None  # "message" activities always carry one
        return message

    # -- Bot API side (used by methods.py) -----------------------------------------

    def chat_for_bot(self, chat_id: int | str) -> ChatLog:
        """The chat a request names, if this bot may write there; else Telegram's error."""
        chat: Chat | None
        if isinstance(chat_id, str):
            chat = self._env.world.find_group_by_username(chat_id)
        else:
            chat = self._env.world.find_chat(chat_id)
        if chat is None:
            raise errors.bad_request(errors.CHAT_NOT_FOUND)
        if chat.is_group:
            if chat.migrated_to is not None:
                raise errors.ApiError(
                    400, errors.GROUP_UPGRADED, migrate_to_chat_id=chat.migrated_to
                )
            if self.id in chat.kicked_bot_ids:
                raise errors.forbidden(errors.BOT_KICKED.format(chat_type=chat.type))
            if self.id not in chat.bot_ids:
                raise errors.forbidden(errors.NOT_A_MEMBER.format(chat_type=chat.type))
            return self._log(chat)
        person = chat.user
        if person.id not in self._opened:
            # Telegram knows users only from updates: one met in a shared group can't be
            # written to first, one never met does not exist for the bot.
            if any(
                self.id in group.bot_ids and group.has_member(person)
                for group in self._env.world.groups.values()
            ):
                raise errors.forbidden(errors.CANT_INITIATE)
            raise errors.bad_request(errors.CHAT_NOT_FOUND)
        if person.id in self._blocked:
            raise errors.forbidden(errors.BOT_BLOCKED)
        return self._log(chat)

    def check_flood(self, chat: Chat) -> None:
        retry_after = self._env.limiter.admit(self.id, chat.id, group=chat.is_group)
        if retry_after is not None:
            self.flood_rejections += 1
            raise errors.too_many_requests(retry_after)

    def check_edit_flood(self, chat: Chat) -> None:
        """Edits count against a group's 20 a minute (not against a private chat's)."""
        if chat.is_group:
            self.check_flood(chat)

    def post_ephemeral(self, log: ChatLog, receiver: User, **content: Any) -> ChatMessage:
        """An ephemeral message: seen by ``receiver`` alone, kept out of the history."""
        message = ChatMessage(
            message_id=0,
            chat=log.chat,
            sender=self.user,
            date=self._env.now(),
            seq=self._next_seq(),
            receiver=receiver,
            ephemeral_id=next(self._ephemeral_ids),
            **content,
        )
        self.ephemerals.append(message)
        self._record(message.seq, "ephemeral", log.chat.id, message=message)
        return message

    def find_ephemeral(self, chat: Chat, receiver_id: int, ephemeral_id: int) -> ChatMessage:
        for message in self.ephemerals:
            if (
                message.chat is chat
                and message.ephemeral_id == ephemeral_id
                and message.receiver is not None
                and message.receiver.id == receiver_id
                and not message.deleted
            ):
                return message
        raise errors.bad_request(errors.EPHEMERAL_NOT_FOUND)

    def post_message(self, log: ChatLog, **content: Any) -> ChatMessage:
        """Store a message from the bot and record the activity."""
        message = ChatMessage(
            message_id=log.next_message_id(),
            chat=log.chat,
            sender=self.user,
            date=self._env.now(),
            seq=self._next_seq(),
            **content,
        )
        log.messages[message.message_id] = message
        markup = message.reply_markup
        if markup is not None and "keyboard" in markup:
            log.reply_keyboard = markup
        elif markup is not None and markup.get("remove_keyboard"):
            log.reply_keyboard = None
        self._record(message.seq, "message", log.chat.id, message=message)
        return message

    def record(
        self,
        kind: ActivityKind,
        chat_id: int | None,
        *,
        message: ChatMessage | None = None,
        detail: str | None = None,
    ) -> BotActivity:
        return self._record(self._next_seq(), kind, chat_id, message=message, detail=detail)

    def record_chat_action(self, chat_id: int, action: str) -> None:
        activity = self.record("chat_action", chat_id, detail=action)
        self.chat_actions.append(
            ChatActionRecord(seq=activity.seq, chat_id=chat_id, action=action)
        )

    def record_draft(self, chat_id: int, draft_id: int, text: str) -> None:
        activity = self.record("draft", chat_id, detail=str(draft_id))
        self.drafts.append(DraftRecord(activity.seq, chat_id, draft_id, text))

    def find_message(self, log: ChatLog, message_id: int) -> ChatMessage | None:
        found = log.messages.get(message_id)
        return found if found is not None and not found.deleted else None

    def take_callback_query(self, query_id: str, max_age: float) -> CallbackQueryRecord:
        """The unanswered, unexpired query; marks it answered."""
        query = self._queries.get(query_id)
        if query is None or query.answered or self._env.monotonic() - query.created_at > max_age:
            raise errors.bad_request(errors.QUERY_ID_INVALID)
        query.answered = True
        return query

    def record_callback_answer(
        self, query: CallbackQueryRecord, *, text: str | None, show_alert: bool, url: str | None
    ) -> None:
        activity = self.record(
            "callback_answer", query.message.chat_id, message=query.message, detail=query.id
        )
        self.callback_answers.append(
            CallbackAnswer(
                seq=activity.seq,
                query_id=query.id,
                user=query.user,
                message=query.message,
                data=query.data,
                text=text,
                show_alert=show_alert,
                url=url,
            )
        )

    def set_commands(
        self, commands: list[JsonDict], scope: JsonDict | None, language_code: str
    ) -> None:
        self._commands[_commands_key(scope, language_code)] = commands

    def delete_commands(self, scope: JsonDict | None, language_code: str) -> None:
        self._commands.pop(_commands_key(scope, language_code), None)

    def get_commands(self, scope: JsonDict | None, language_code: str) -> list[JsonDict]:
        return self.commands_for(scope, language_code)

    def lookup_file(self, file_id: str) -> StoredFile | None:
        return self._env.files.get(file_id, bot_id=self.id)

    # -- internals -----------------------------------------------------------------

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _record(
        self,
        seq: int,
        kind: ActivityKind,
        chat_id: int | None,
        *,
        message: ChatMessage | None = None,
        detail: str | None = None,
    ) -> BotActivity:
        activity = BotActivity(seq=seq, kind=kind, chat_id=chat_id, message=message, detail=detail)
        self.activities.append(activity)
        if chat_id is not None:
            self._chat_activities.setdefault(chat_id, []).append(activity)
        # Wake the chat's waiters and those waiting on any chat; each re-checks its own
        # condition.
        for key in {chat_id, None}:
            changed = self._activity_changed.pop(key, None)
            if changed is not None:
                changed.set()
        return activity

    def _activities_after(
        self, since: int, chat_id: int | None, kinds: Collection[ActivityKind] | None
    ) -> list[BotActivity]:
        history = self.activities if chat_id is None else self._chat_activities.get(chat_id, [])
        start = bisect.bisect_right(history, since, key=lambda activity: activity.seq)
        return [
            activity for activity in history[start:] if kinds is None or activity.kind in kinds
        ]

    def next_message_ids(self) -> dict[int, int]:
        """Each chat's next message id, to be given to :meth:`continue_message_ids` by a
        later emulator for the same chats (ids the bot stored must not be reused)."""
        return {chat_id: log.peek_message_id() for chat_id, log in self._logs.items()}

    def opened_private_chats(self) -> list[int]:
        """The users who started a private chat with the bot (it may write to them)."""
        return sorted(self._opened)

    def opened_before(self, user: User) -> None:
        """``user`` started the bot earlier (another emulator, same database): it may
        write to them, and no update says so again."""
        self._opened.add(user.id)

    def continue_message_ids(self, chat_id: int, next_id: int) -> None:
        chat = self._env.world.find_chat(chat_id)
        if chat is None:
            raise EmulatorUsageError(f"there is no chat {chat_id}")
        self._log(chat).continue_from(next_id)

    def _log(self, chat: Chat) -> ChatLog:
        log = self._logs.get(chat.id)
        if log is None:
            log = self._logs[chat.id] = ChatLog(chat=chat)
        return log

    def _resolve_user_chat(self, user: User, chat: ChatRef | None) -> Chat:
        if chat is None:
            return self._env.world.private_chat(user)
        if isinstance(chat, Chat):
            target: Chat | None = chat
        elif isinstance(chat, User):
            target = self._env.world.private_chat(chat)
        else:
            target = self._env.world.find_chat(chat)
        if target is None:
            raise EmulatorUsageError(f"there is no chat {chat_id_of(chat)}")
        self._check_user_in_chat(user, target)
        return target

    def _check_user_in_chat(self, user: User, chat: Chat) -> None:
        if chat.is_group:
            if not chat.has_member(user):
                raise EmulatorUsageError(f"{user.first_name} is not a member of {chat.title!r}")
            if self.id not in chat.bot_ids:
                raise EmulatorUsageError(f"{self!r} is not a member of {chat.title!r}")
        elif chat.id != user.id:
            raise EmulatorUsageError(f"{user.first_name} cannot write in {chat.id}'s private chat")

    def _user_message(self, user: User, chat: ChatRef | None, **content: Any) -> ChatMessage:
        target = self._resolve_user_chat(user, chat)
        if not target.is_group:
            if user.id in self._blocked:
                raise EmulatorUsageError(
                    f"{user.first_name} blocked {self!r}; call user_unblocks_bot first"
                )
            self._opened.add(user.id)
        log = self._log(target)
        message = ChatMessage(
            message_id=log.next_message_id(),
            chat=target,
            sender=user,
            date=self._env.now(),
            seq=self._next_seq(),
            **content,
        )
        log.messages[message.message_id] = message
        self._last_user_seq[target.id] = message.seq
        if self._sees(message):
            self.updates.push({"message": message.to_api()})
        return message

    def _sees(self, message: ChatMessage) -> bool:
        """Whether Telegram would deliver this user message to the bot.

        In groups a bot in privacy mode (Telegram's default) only gets commands, replies
        to its own messages and mentions of its username
        (https://core.telegram.org/bots/features#privacy-mode).
        """
        if not message.chat.is_group or not self.privacy_mode:
            return True
        if message.reply_to is not None and message.reply_to.sender is self.user:
            return True
        text = message.text or message.caption or ""
        mention = f"@{self.username}".lower()
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            return "@" not in command or command.lower().endswith(mention)
        return mention in text.lower()

    def _member_update(self, chat: Chat, actor: User, *, old: str, new: str) -> JsonDict:
        def member(status: str) -> JsonDict:
            return {"status": status, "user": self.user.to_api(), **member_rights(status)}

        return {
            "chat": chat.to_api(),
            "from": actor.to_api(),
            "date": self._env.now(),
            "old_chat_member": member(old),
            "new_chat_member": member(new),
        }

    def _push_my_chat_member(self, user: User, *, old: str, new: str) -> None:
        chat = self._env.world.private_chat(user)
        self.updates.push({"my_chat_member": self._member_update(chat, user, old=old, new=new)})


def _commands_key(scope: JsonDict | None, language_code: str) -> tuple[str, str]:
    return json.dumps(scope or DEFAULT_SCOPE, sort_keys=True), language_code or ""


def texts(messages: Iterable[ChatMessage]) -> list[str | None]:
    """The visible text (or caption) of each message; a compact thing to assert on."""
    return [message.text if message.text is not None else message.caption for message in messages]
