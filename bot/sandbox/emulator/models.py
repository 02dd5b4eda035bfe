"""The emulator's records: users, chats, files, messages and what the bot did.

Each record knows its Bot API JSON form (``to_api``), which aiogram deserializes into
its own types. Records are mutable where Telegram's objects change (a message is
edited, deleted or pinned) and compared by identity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

JsonDict = dict[str, Any]
ChatType = Literal["private", "group", "supergroup"]
FileKind = Literal["photo", "document", "sticker", "voice"]
ActivityKind = Literal[
    "message",
    "edit",
    "delete",
    "chat_action",
    "callback_answer",
    "pin",
    "unpin",
    "draft",
    "ephemeral",
    "poll_stop",
]


@dataclass(eq=False)
class User:
    """A Telegram account: a person, or a bot when ``is_bot``."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    is_bot: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}" if self.last_name else self.first_name

    def to_api(self) -> JsonDict:
        data: JsonDict = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code and not self.is_bot:
            data["language_code"] = self.language_code
        return data


@dataclass(eq=False)
class Chat:
    """A private chat (``id`` equals the user's id, as in Telegram) or a group."""

    id: int
    type: ChatType
    title: str | None = None
    username: str | None = None
    members: list[User] = field(default_factory=list)
    bot_ids: set[int] = field(default_factory=set)
    # Groups (bot/sandbox/emulator/groups.py): administrators (users and bots; the first
    # member is the creator), bots removed by someone, forum topics by thread id, and the
    # supergroup a basic group was upgraded to.
    admin_ids: set[int] = field(default_factory=set)
    kicked_bot_ids: set[int] = field(default_factory=set)
    is_forum: bool = False
    topics: dict[int, str] = field(default_factory=dict)
    migrated_to: int | None = None

    @property
    def is_group(self) -> bool:
        return self.type != "private"

    @property
    def user(self) -> User:
        """The person on the other side of a private chat."""
        if self.is_group:
            raise ValueError(f"chat {self.id} is a group, not a private chat")
        return self.members[0]

    def has_member(self, user: User) -> bool:
        return any(member is user for member in self.members)

    def to_api(self) -> JsonDict:
        data: JsonDict = {"id": self.id, "type": self.type}
        if self.is_group:
            data["title"] = self.title or ""
            if self.username:
                data["username"] = self.username
            if self.is_forum:
                data["is_forum"] = True
        else:
            person = self.user
            data["first_name"] = person.first_name
            if person.last_name:
                data["last_name"] = person.last_name
            if person.username:
                data["username"] = person.username
        return data


@dataclass(eq=False)
class StoredFile:
    """A file in the emulator's store: uploaded by a bot or sent by a user."""

    file_id: str
    file_unique_id: str
    kind: FileKind
    owner_bot_id: int
    size: int
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None
    width: int | None = None
    height: int | None = None
    duration: int | None = None
    emoji: str | None = None
    _data: bytes | None = field(default=None, repr=False)
    _disk_path: Path | None = field(default=None, repr=False)

    @property
    def content(self) -> bytes:
        if self._data is not None:
            return self._data
        if self._disk_path is None:
            raise RuntimeError(f"file {self.file_id} has no content")
        return self._disk_path.read_bytes()

    def to_api(self) -> JsonDict:
        """The Bot API object for this file: PhotoSize, Document, Sticker or Voice."""
        data: JsonDict = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.size,
        }
        if self.kind == "photo":
            data.update(width=self.width or 0, height=self.height or 0)
        elif self.kind == "sticker":
            data.update(
                type="regular",
                width=self.width or 512,
                height=self.height or 512,
                is_animated=False,
                is_video=False,
            )
            if self.emoji:
                data["emoji"] = self.emoji
        elif self.kind == "voice":
            data.update(duration=self.duration or 0, mime_type=self.mime_type or "audio/ogg")
        else:
            if self.file_name:
                data["file_name"] = self.file_name
            if self.mime_type:
                data["mime_type"] = self.mime_type
        return data

    def file_object(self) -> JsonDict:
        """The ``File`` object getFile answers."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.size,
            "file_path": self.file_path,
        }


@dataclass(eq=False)
class ChatMessage:
    """One message in a chat, from a user or from the bot, as it stands now.

    ``text``/``caption`` are what the user sees; ``source`` is what the bot sent
    before its parse mode was applied (handy for snapshot tests). Edits update the
    content in place and bump ``edit_count``; deletion only sets ``deleted``.
    """

    message_id: int
    chat: Chat
    sender: User
    date: int
    seq: int
    text: str | None = None
    entities: list[JsonDict] = field(default_factory=list)
    caption: str | None = None
    caption_entities: list[JsonDict] = field(default_factory=list)
    source: str | None = None
    parse_mode: str | None = None
    reply_markup: JsonDict | None = None
    photo: StoredFile | None = None
    document: StoredFile | None = None
    sticker: StoredFile | None = None
    voice: StoredFile | None = None
    location: tuple[float, float] | None = None
    contact: JsonDict | None = None
    reply_to: ChatMessage | None = None
    link_preview_options: JsonDict | None = None
    disable_notification: bool = False
    service: JsonDict | None = None  # e.g. {"pinned_message": ...}
    edit_count: int = 0
    edit_date: int | None = None
    deleted: bool = False
    pinned: bool = False
    thread_id: int | None = None  # a forum topic's message_thread_id
    poll: JsonDict | None = None  # the Poll object, kept current as answers come in
    receiver: User | None = None  # an ephemeral message's one reader
    ephemeral_id: int | None = None

    @property
    def chat_id(self) -> int:
        return self.chat.id

    @property
    def from_bot(self) -> bool:
        return self.sender.is_bot

    @property
    def file(self) -> StoredFile | None:
        """Whichever file the message carries, if any."""
        return self.photo or self.document or self.sticker or self.voice

    @property
    def inline_keyboard(self) -> list[list[JsonDict]]:
        if self.reply_markup is None:
            return []
        rows: list[list[JsonDict]] = self.reply_markup.get("inline_keyboard", [])
        return rows

    @property
    def button_texts(self) -> list[str]:
        """The labels of the inline buttons, row by row."""
        return [str(button["text"]) for row in self.inline_keyboard for button in row]

    def to_api(self, *, with_reply: bool = True) -> JsonDict:
        data: JsonDict = {
            "message_id": self.message_id,
            "from": self.sender.to_api(),
            "chat": self.chat.to_api(),
            "date": self.date,
        }
        if self.thread_id is not None:
            data["message_thread_id"] = self.thread_id
            data["is_topic_message"] = True
        if self.ephemeral_id is not None and self.receiver is not None:
            data["message_id"] = 0  # Bot API 10.2: ephemeral messages have no message id
            data["ephemeral_message_id"] = self.ephemeral_id
            data["receiver_user"] = self.receiver.to_api()
        if self.poll is not None:
            data["poll"] = dict(self.poll)
        if self.edit_date is not None:
            data["edit_date"] = self.edit_date
        if with_reply and self.reply_to is not None:
            data["reply_to_message"] = self.reply_to.to_api(with_reply=False)
        if self.text is not None:
            data["text"] = self.text
            if self.entities:
                data["entities"] = self.entities
        if self.link_preview_options:
            data["link_preview_options"] = self.link_preview_options
        if self.photo is not None:
            data["photo"] = [self.photo.to_api()]
        if self.document is not None:
            data["document"] = self.document.to_api()
        if self.sticker is not None:
            data["sticker"] = self.sticker.to_api()
        if self.voice is not None:
            data["voice"] = self.voice.to_api()
        if self.caption is not None:
            data["caption"] = self.caption
            if self.caption_entities:
                data["caption_entities"] = self.caption_entities
        if self.location is not None:
            data["location"] = {"latitude": self.location[0], "longitude": self.location[1]}
        if self.contact is not None:
            data["contact"] = self.contact
        if self.service is not None:
            data.update(self.service)
        # A Message only ever carries an inline keyboard; reply keyboards are not echoed.
        if self.reply_markup is not None and "inline_keyboard" in self.reply_markup:
            data["reply_markup"] = self.reply_markup
        return data


@dataclass(frozen=True)
class BotActivity:
    """Something the bot did, in order: ``seq`` grows by one per event per bot."""

    seq: int
    kind: ActivityKind
    chat_id: int | None
    message: ChatMessage | None = None
    detail: str | None = None  # chat action name, callback query id


@dataclass(frozen=True)
class ChatActionRecord:
    seq: int
    chat_id: int
    action: str


@dataclass(frozen=True)
class DraftRecord:
    """One sendMessageDraft: the text as the user would see it (entities parsed)."""

    seq: int
    chat_id: int
    draft_id: int
    text: str


@dataclass(eq=False)
class CallbackQueryRecord:
    """A button press waiting for answerCallbackQuery."""

    id: str
    user: User
    message: ChatMessage
    data: str
    created_at: float  # monotonic seconds
    answered: bool = False


@dataclass(frozen=True)
class CallbackAnswer:
    seq: int
    query_id: str
    user: User
    message: ChatMessage
    data: str
    text: str | None
    show_alert: bool
    url: str | None
