"""What people do in groups, and the group rules the Bot API methods apply.

``GroupActions`` is mixed into :class:`EmulatedBot`: the bot is added, promoted and
removed; people join and leave (``chat_member``, which Telegram sends only to an
administrator bot that asked for it in ``allowed_updates``); a basic group is upgraded to
a supergroup (a new chat id; the old one answers 400 with ``migrate_to_chat_id``); a
supergroup becomes a forum with topics (``message_thread_id``); people answer polls
(``poll_answer`` carries no chat: https://core.telegram.org/bots/api#pollanswer).

The functions below it are used by ``methods.py`` and ``group_methods.py``: a topic's
thread id checked, pin rights (in a group only an administrator bot may pin), and
ephemeral messages (Bot API 10.3 ``ephemeral_message_parameters``: one member of a group
sees the message; it is not part of the chat's history; its ``message_id`` is 0 and it
is addressed by ``ephemeral_message_id``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from bot.sandbox.emulator import errors
from bot.sandbox.emulator.errors import EmulatorUsageError
from bot.sandbox.emulator.formatting import detect_entities
from bot.sandbox.emulator.models import Chat, ChatMessage, JsonDict, User

if TYPE_CHECKING:
    from bot.sandbox.emulator.emulated_bot import EmulatedBot
    from bot.sandbox.emulator.state import ChatLog


@dataclass(eq=False)
class PollRecord:
    """A poll the bot sent: who chose what (user id → option indexes)."""

    id: str
    message: ChatMessage
    question: str
    options: list[str]
    anonymous: bool
    multiple: bool
    closed: bool = False
    answers: dict[int, list[int]] = field(default_factory=dict)

    def to_api(self) -> JsonDict:
        counts = [0] * len(self.options)
        for chosen in self.answers.values():
            for index in chosen:
                counts[index] += 1
        return {
            "id": self.id,
            "question": self.question,
            "options": [
                {"persistent_id": str(index), "text": text, "voter_count": counts[index]}
                for index, text in enumerate(self.options)
            ],
            "total_voter_count": sum(1 for chosen in self.answers.values() if chosen),
            "is_closed": self.closed,
            "is_anonymous": self.anonymous,
            "type": "regular",
            "allows_multiple_answers": self.multiple,
            "allows_revoting": True,
            "members_only": False,
        }


class GroupActions:
    """The group half of an emulated bot's user actions (mixed into EmulatedBot)."""

    def _bot(self) -> EmulatedBot:
        return cast("EmulatedBot", self)

    # -- the bot's own membership -----------------------------------------------------

    def promoted_in(self, group: Chat, *, by: User) -> None:
        """An administrator makes the bot an administrator (it may pin, sees chat_member)."""
        bot = self._bot()
        self._check_bot_member(group)
        group.admin_ids.add(bot.id)
        update = bot._member_update(group, by, old="member", new="administrator")
        bot.updates.push({"my_chat_member": update})

    def removed_from(self, group: Chat, *, by: User) -> None:
        """Someone removes the bot: ``left`` in a basic group, ``kicked`` (banned) in a
        supergroup; sends then answer 403."""
        bot = self._bot()
        self._check_bot_member(group)
        old = "administrator" if bot.id in group.admin_ids else "member"
        new = "kicked" if group.type == "supergroup" else "left"
        group.bot_ids.discard(bot.id)
        group.admin_ids.discard(bot.id)
        group.kicked_bot_ids.add(bot.id)
        bot.updates.push({"my_chat_member": bot._member_update(group, by, old=old, new=new)})

    def readded_to(self, group: Chat, *, by: User) -> None:
        """Added again after a removal (a ban is lifted by adding)."""
        group.kicked_bot_ids.discard(self._bot().id)
        self._bot().joins_group(group, added_by=by)

    # -- people ---------------------------------------------------------------------

    def user_joins_group(self, group: Chat, user: User) -> ChatMessage:
        """A person joins: a ``new_chat_members`` service message (every bot gets those,
        privacy mode or not) and, for an administrator bot that asked, ``chat_member``."""
        if group.has_member(user):
            raise EmulatorUsageError(f"{user.first_name} is already in {group.title!r}")
        group.members.append(user)
        self._push_chat_member(group, user, old="left", new="member")
        return self._service(group, user, {"new_chat_members": [user.to_api()]})

    def user_leaves_group(self, group: Chat, user: User) -> ChatMessage:
        if not group.has_member(user):
            raise EmulatorUsageError(f"{user.first_name} is not in {group.title!r}")
        message = self._service(group, user, {"left_chat_member": user.to_api()})
        group.members.remove(user)
        group.admin_ids.discard(user.id)
        self._push_chat_member(group, user, old="member", new="left")
        return message

    def user_becomes_admin(self, group: Chat, user: User) -> None:
        if not group.has_member(user):
            raise EmulatorUsageError(f"{user.first_name} is not in {group.title!r}")
        group.admin_ids.add(user.id)

    # -- the chat itself --------------------------------------------------------------

    def group_upgraded(self, group: Chat, *, by: User) -> Chat:
        """A basic group becomes a supergroup with a new id (Telegram does this when a
        group grows or an admin changes certain settings). The bot gets a message with
        ``migrate_to_chat_id`` in the old chat and one with ``migrate_from_chat_id`` in
        the new; requests naming the old id then answer 400 with the new id."""
        bot = self._bot()
        if group.type != "group" or group.migrated_to is not None:
            raise EmulatorUsageError(f"{group.title!r} is not a basic group")
        world = bot._env.world
        new = world.add_group(
            group.title or "", list(group.members), supergroup=True, username=group.username
        )
        new.bot_ids = set(group.bot_ids)
        new.admin_ids = set(group.admin_ids)
        self._service(group, by, {"migrate_to_chat_id": new.id})
        group.migrated_to = new.id
        self._service(new, by, {"migrate_from_chat_id": group.id})
        return new

    def becomes_forum(self, group: Chat) -> None:
        if group.type != "supergroup":
            raise EmulatorUsageError("only a supergroup can have topics")
        group.is_forum = True

    def topic_created(self, group: Chat, name: str, *, by: User) -> int:
        """A topic; its thread id is the id of its creation message, as on Telegram."""
        if not group.is_forum:
            raise EmulatorUsageError(f"{group.title!r} is not a forum")
        message = self._service(
            group, by, {"forum_topic_created": {"name": name, "icon_color": 7322096}}
        )
        group.topics[message.message_id] = name
        message.thread_id = message.message_id
        return message.message_id

    def user_sends_in_topic(
        self, user: User, group: Chat, thread_id: int, text: str
    ) -> ChatMessage:
        """A text message in a forum topic (``message_thread_id`` on the update)."""
        if thread_id not in group.topics:
            raise EmulatorUsageError(f"{group.title!r} has no topic {thread_id}")
        return self._bot()._user_message(
            user, group, text=text, entities=detect_entities(text), thread_id=thread_id
        )

    # -- polls ------------------------------------------------------------------------

    def user_answers_poll(self, user: User, message: ChatMessage, options: list[int]) -> None:
        """Vote (an empty list retracts). A non-anonymous poll sends ``poll_answer`` —
        poll id, user and options, no chat — and every vote an updated ``poll``."""
        bot = self._bot()
        poll = bot.polls.get(str((message.poll or {}).get("id")))
        if poll is None or poll.message is not message:
            raise EmulatorUsageError(f"message {message.message_id} is not a poll of {bot!r}")
        if not message.chat.has_member(user):
            raise EmulatorUsageError(f"{user.first_name} is not in {message.chat.title!r}")
        if poll.closed:
            raise EmulatorUsageError("the poll is closed")
        if any(not 0 <= index < len(poll.options) for index in options) or (
            len(options) > 1 and not poll.multiple
        ):
            raise EmulatorUsageError(f"{options} is not a valid choice")
        if not options and user.id not in poll.answers:
            raise EmulatorUsageError("there is no vote to retract")
        poll.answers[user.id] = sorted(set(options))
        if not options:
            del poll.answers[user.id]
        message.poll = poll.to_api()
        bot.updates.push({"poll": poll.to_api()})
        if not poll.anonymous:
            chosen = sorted(set(options))
            answer = {
                "poll_id": poll.id,
                "user": user.to_api(),
                "option_ids": chosen,
                "option_persistent_ids": [str(index) for index in chosen],
            }
            bot.updates.push({"poll_answer": answer})

    def ephemeral_messages(self, chat: Chat, user: User | None = None) -> list[ChatMessage]:
        """Ephemeral messages in ``chat`` (to ``user`` only, when given), deleted ones
        left out. They are not in ``history(chat)``: no one else sees them."""
        return [
            message
            for message in self._bot().ephemerals
            if message.chat is chat
            and not message.deleted
            and (user is None or message.receiver is user)
        ]

    # -- internals --------------------------------------------------------------------

    def _check_bot_member(self, group: Chat) -> None:
        if self._bot().id not in group.bot_ids:
            raise EmulatorUsageError(f"{self._bot()!r} is not in {group.title!r}")

    def _service(self, group: Chat, actor: User, content: JsonDict) -> ChatMessage:
        bot = self._bot()
        log = bot._log(group)
        message = ChatMessage(
            message_id=log.next_message_id(),
            chat=group,
            sender=actor,
            date=bot._env.now(),
            seq=bot._next_seq(),
            service=content,
        )
        log.messages[message.message_id] = message
        if bot.id in group.bot_ids:
            bot.updates.push({"message": message.to_api()})
        return message

    def _push_chat_member(self, group: Chat, user: User, *, old: str, new: str) -> None:
        bot = self._bot()
        if bot.id not in group.admin_ids:
            return  # Telegram sends chat_member to administrator bots only
        update = {
            "chat": group.to_api(),
            "from": user.to_api(),
            "date": bot._env.now(),
            "old_chat_member": {"status": old, "user": user.to_api(), **member_rights(old)},
            "new_chat_member": {"status": new, "user": user.to_api(), **member_rights(new)},
        }
        bot.updates.push({"chat_member": update})


# -- rules the Bot API methods apply ------------------------------------------------------

_ADMIN_RIGHTS = [
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_send_welcome_messages",
    "can_pin_messages",
    "can_manage_topics",
]


def member_rights(status: str) -> JsonDict:
    """The fields a ChatMember of this status carries besides ``status`` and ``user``
    (an administrator here holds every right)."""
    if status == "creator":
        return {"is_anonymous": False}
    if status == "administrator":
        return {
            "can_be_edited": False,
            "is_anonymous": False,
            **dict.fromkeys(_ADMIN_RIGHTS, True),
        }
    if status == "kicked":
        return {"until_date": 0}
    return {}


def thread_of(log: ChatLog, thread_id: int | None) -> int | None:
    """The forum topic a send names, checked; None for the chat itself."""
    if thread_id is None or thread_id == 0:
        return None
    if not log.chat.is_forum or thread_id not in log.chat.topics:
        raise errors.bad_request(errors.THREAD_NOT_FOUND)
    return thread_id


def check_pin_rights(bot: EmulatedBot, chat: Chat) -> None:
    """In a group only an administrator bot may pin or unpin."""
    if chat.is_group and bot.id not in chat.admin_ids:
        raise errors.bad_request(errors.NOT_ENOUGH_RIGHTS_TO_PIN)


def ephemeral_receiver(bot: EmulatedBot, chat: Chat, parameters: object) -> User:
    """The one reader an ``ephemeral_message_parameters`` names, checked."""
    if not isinstance(parameters, dict) or not isinstance(parameters.get("receiver_user_id"), int):
        raise errors.bad_request(errors.EPHEMERAL_RECEIVER_INVALID)
    if not chat.is_group:
        raise errors.bad_request(errors.EPHEMERAL_NOT_GROUP)
    receiver = bot._env.world.users.get(int(parameters["receiver_user_id"]))
    if receiver is None or not chat.has_member(receiver):
        raise errors.bad_request(errors.EPHEMERAL_RECEIVER_INVALID)
    return receiver
