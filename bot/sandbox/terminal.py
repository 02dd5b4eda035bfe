"""``python -m bot sandbox``: try Tempo in a terminal, with no token and no network.

Starts the Telegram Bot API emulator on 127.0.0.1, the real bot against it (long
polling, SQLite file), and a chat: what you type is sent as a Telegram message from a
simulated user; ``#2`` presses the second inline button of the newest message that has
buttons; ``/file PATH`` sends a file; photos and files the bot sends are saved to a
folder; ``/clock`` and ``/wait`` move the bot's time (bot/sandbox/timeline.py). The
people, the group and the clock are kept next to the database (``data/sandbox.json``),
so a restart brings back the same Telegram accounts. Output goes to the terminal (T20
is allowed in this module only).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import html
import json
import mimetypes
import re
import shlex
import sys
from collections.abc import AsyncIterator, Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.app import create_app, run_polling
from bot.clock import ManualClock, SystemClock
from bot.config import Settings
from bot.sandbox.emulator import (
    BotActivity,
    BotApiEmulator,
    Chat,
    ChatMessage,
    EmulatedBot,
    User,
)
from bot.sandbox.emulator.errors import EmulatorUsageError
from bot.sandbox.emulator.models import ActivityKind
from bot.sandbox.emulator.state import FIRST_USER_ID
from bot.sandbox.fakes.intervals_icu import IntervalsIcuFake
from bot.sandbox.timeline import Timeline, parse_wait

SANDBOX_TOKEN = "1000000001:SANDBOX-local-emulator-token"
# The sandbox's own key for secrets at rest: fixed, so data/sandbox.db opens on every run
# (a local toy database holding a demo key; never use it for real tokens).
SANDBOX_ENCRYPTION_KEY = base64.urlsafe_b64encode(
    hashlib.sha256(b"tempo-sandbox-only").digest()
).decode()
DEMO_API_KEY = "sandboxdemo0intervals0key"
DEMO_DAYS = 90


async def start_demo_intervals(today: date) -> IntervalsIcuFake:
    """A fake intervals.icu on 127.0.0.1 with a demo athlete: three months of rides, runs
    and swims with their streams, and every morning's wellness, up to yesterday (the
    sandbox clock's)."""
    fake = IntervalsIcuFake()
    await fake.start()
    yesterday = today - timedelta(days=1)
    fake.add_athlete(name="Demo Athlete", api_key=DEMO_API_KEY, last_day=yesterday, days=DEMO_DAYS)
    return fake


MATES = ("Maya", "Leo")  # the sandbox team group's other members
REPLY_TIMEOUT_SECONDS = 45.0  # an AI coach turn may take its whole budget (40 s)
# Each typed line takes this long on the sandbox clock, as a person does (the e2e
# harness's pause): Telegram's per-chat flood limit sees a human pace.
HUMAN_PAUSE_SECONDS = 2.0
UPCOMING_SHOWN = 8

HELP = """\
Sandbox commands (everything else is sent to Tempo as a message):
  #N                 press inline button N of the newest message with buttons
  /file PATH         send a file (a FIT, TCX or GPX workout, …)
  /photo PATH        send a picture
  /location LAT LON  share a location
  /sticker           send a sticker
  /as NAME           be another person (created on first use): a coach and athletes
                     in one terminal — /squad new as one, /start <token> as another
  /group             make a team group (you and two teammates) and add Tempo to it
  /g TEXT            say TEXT in the group as whoever you are now (they join it first);
                     /g /board@<bot>, /g #N presses a button there, /g vote N answers
                     the latest poll
  /clock             the bot's time for you, and the next scheduled pushes
  /wait SPAN         move the bot's time on: /wait 1h, /wait 1d, /wait 06:00,
                     /wait mon 06:00; what falls due goes out, in order
  /quit              leave the sandbox
The clock stands still while you read (each line takes 2 s); people, the group and the
clock are kept beside the database, so /as Ann after a restart is the same Ann.
"""


class Cast:
    """The sandbox's people, team group and clock, kept beside the database between runs
    (``data/sandbox.json``): the bot's rows name people and groups by their Telegram ids,
    so a restart must bring back the same ids, and its outbox is dated on the clock."""

    def __init__(
        self, path: Path, emulator: BotApiEmulator, account: EmulatedBot, language: str
    ) -> None:
        self.path = path
        self.emulator = emulator
        self.account = account
        self.language = language
        self.people: dict[str, User] = {}
        self.group: Chat | None = None
        if path.exists():
            self._load(json.loads(path.read_text(encoding="utf-8")))

    @staticmethod
    def saved_clock(path: Path) -> datetime | None:
        """Where the last run left the clock (read before the emulator is made on it)."""
        if not path.exists():
            return None
        saved = json.loads(path.read_text(encoding="utf-8")).get("clock")
        return datetime.fromisoformat(saved) if saved else None

    def person(self, name: str, *, username: str | None = None) -> User:
        """The person called ``name`` (any case), made on first use with the next id."""
        key = name.lower()
        if key not in self.people:
            user_id = max((user.id for user in self.people.values()), default=FIRST_USER_ID - 1)
            self.people[key] = self.emulator.add_user(
                name,
                username=username or key,
                language_code=self.language,
                user_id=user_id + 1,
            )
        return self.people[key]

    def save(self, now: datetime) -> None:
        group = self.group
        data: dict[str, Any] = {
            "clock": now.isoformat(),
            "people": [
                {
                    "name": user.first_name,
                    "id": user.id,
                    "username": user.username,
                    "language": user.language_code,
                }
                for user in self.people.values()
            ],
            "group": None
            if group is None
            else {
                "id": group.id,
                "title": group.title,
                "members": [user.id for user in group.members],
                "bot_member": self.account.id in group.bot_ids,
                "bot_admin": self.account.id in group.admin_ids,
            },
            # Who started the bot: it may write to them first (a coach's message, a push).
            "opened": self.account.opened_private_chats(),
            # The bot stores message ids (the pinned board's): new ones must not reuse them.
            "message_ids": {
                str(chat): next_id for chat, next_id in self.account.next_message_ids().items()
            },
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(data, indent=1), encoding="utf-8")

    def _load(self, data: dict[str, Any]) -> None:
        for entry in data.get("people", []):
            user = self.emulator.add_user(
                entry["name"],
                username=entry.get("username"),
                language_code=entry.get("language"),
                user_id=int(entry["id"]),
            )
            self.people[user.first_name.lower()] = user
        by_id = {user.id: user for user in self.people.values()}
        for user_id in data.get("opened", []):
            if user_id in by_id:
                self.account.opened_before(by_id[user_id])
        saved = data.get("group")
        if saved:
            members = [by_id[user_id] for user_id in saved["members"] if user_id in by_id]
            # Back as it was left, without the join updates: the bot knows the group.
            bots = [self.account] if saved.get("bot_member") else []
            self.group = self.emulator.add_group(
                saved["title"], members, bots=bots, chat_id=int(saved["id"])
            )
            if saved.get("bot_admin"):
                self.group.admin_ids.add(self.account.id)
        for chat_id, next_id in data.get("message_ids", {}).items():
            with contextlib.suppress(EmulatorUsageError):  # a chat no longer known
                self.account.continue_message_ids(int(chat_id), int(next_id))


class TerminalChat:
    """One simulated person's private chat with the bot, rendered as text."""

    def __init__(
        self,
        account: EmulatedBot,
        user: User,
        out_dir: Path,
        write: Callable[[str], None],
        *,
        cast: Cast | None = None,
        timeline: Timeline | None = None,
    ) -> None:
        self.account = account
        self.user = user
        self.out_dir = out_dir
        self.write = write
        self._seen = account.mark()
        self.cast = cast
        self.timeline = timeline

    @property
    def group(self) -> Chat | None:
        """The sandbox's team group, once /group made it (in this run or an earlier)."""
        return self.cast.group if self.cast is not None else None

    @property
    def _people(self) -> dict[str, User]:
        return self.cast.people if self.cast is not None else {self.user.first_name: self.user}

    def switch(self, name: str) -> None:
        """``/as NAME``: the chat of another simulated person (a coach and athletes); the
        same person (the same Telegram id) as in earlier runs on this database."""
        if not name or self.cast is None:
            raise ValueError("usage: /as NAME")
        self.user = self.cast.person(name)
        self.write(f"  (you are now {self.user.first_name})")

    async def handle(self, line: str) -> bool:
        """Act on one typed line; ``False`` means leave."""
        line = line.strip()
        if not line:
            return True
        if line in ("/quit", "/exit"):
            return False
        if line == "/sandbox":
            self.write(HELP)
            return True
        if line == "/as" or line.startswith("/as "):
            try:
                self.switch(line[3:].strip())
            except ValueError as exc:
                self.write(f"  ! {exc}")
            return True
        if self.timeline is not None and line == "/clock":
            await self.show_clock()
            return True
        if self.timeline is not None and (line == "/wait" or line.startswith("/wait ")):
            try:
                await self.wait(line[5:].strip())
            except ValueError as exc:
                self.write(f"  ! {exc}")
            return True
        if self.timeline is not None:
            self.timeline.clock.advance(HUMAN_PAUSE_SECONDS)
        before = self.account.mark()
        try:
            awaited = self._act(line)
        except (OSError, ValueError, EmulatorUsageError) as exc:
            # A line the emulator cannot play (e.g. /g from someone not in the group) is
            # told, not a traceback that ends the session.
            self.write(f"  ! {exc}")
            return True
        if awaited:
            await self._wait_for(awaited, since=before)
        return True

    def _act(self, line: str) -> tuple[ActivityKind, ...]:
        """Do what the line says; return what the bot's answer will be (nothing: none)."""
        press = re.fullmatch(r"#(\d+)", line)
        if press:
            return self._press(int(press.group(1)))
        command, _, rest = line.partition(" ")
        if command in ("/group", "/g"):
            return self._in_group(command, rest.strip())
        if command == "/file":
            path = Path(_one_path(rest))
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            self.account.user_sends_document(self.user, path.name, path.read_bytes(), mime)
        elif command == "/photo":
            self.account.user_sends_photo(self.user, Path(_one_path(rest)).read_bytes())
        elif command == "/location":
            latitude, longitude = (float(part) for part in rest.replace(",", " ").split())
            self.account.user_sends_location(self.user, latitude, longitude)
        elif command == "/sticker":
            self.account.user_sends_sticker(self.user)
        else:
            self.account.user_sends_text(self.user, line)
        return ("message",)

    def _in_group(self, command: str, text: str) -> tuple[ActivityKind, ...]:
        """The team group (issue 21): made once with two teammates, Tempo added by you
        and made an administrator (so it may pin the board)."""
        if command == "/group" or self.group is None:
            if self.cast is None:
                raise ValueError("this chat has no emulator to make a group on")
            if self.group is None:
                mates = [self.cast.person(name) for name in MATES]
                group = self.cast.emulator.add_group("Sandbox team", [self.user, *mates], bots=[])
                self.cast.group = group
                self.account.joins_group(group, added_by=self.user)
                self.account.promoted_in(group, by=self.user)
                return ("message",)
            self.write(f"  (the group {self.group.title!r} is there already: /g TEXT)")
            return ()
        if not self.group.has_member(self.user):
            # Anyone the terminal plays may speak in the team group: they join it first,
            # as they would by its invite link (the bot sees them join).
            self.account.user_joins_group(self.group, self.user)
            self.write(f"  ({self.user.first_name} joins the group {self.group.title!r})")
        press = re.fullmatch(r"#(\d+)", text)
        if press:
            return self._press(int(press.group(1)), chat=self.group)
        vote = re.fullmatch(r"vote\s+(\d+)", text)
        if vote:
            return self._vote(int(vote.group(1)))
        self.account.user_sends_text(self.user, text, chat=self.group)
        return ("message", "edit", "ephemeral")

    def _vote(self, number: int) -> tuple[ActivityKind, ...]:
        """``/g vote N``: answer the group's latest open poll with its Nth option (a poll
        answer gets no reply; the board's edit, if any, shows with your next line)."""
        assert self.group is not None
        for message in reversed(self.account.bot_messages(self.group)):
            poll = message.poll
            if poll is None or poll.get("is_closed"):
                continue
            options = [str(option["text"]) for option in poll["options"]]
            if not 1 <= number <= len(options):
                raise ValueError(f"that poll has options 1 to {len(options)}")
            self.account.user_answers_poll(self.user, message, [number - 1])
            self.write(f"  (your vote: {options[number - 1]})")
            return ()
        raise ValueError("there is no open poll in the group")

    def _press(self, number: int, *, chat: Chat | None = None) -> tuple[ActivityKind, ...]:
        for message in reversed(self.account.bot_messages(chat or self.user)):
            buttons = [button for row in message.inline_keyboard for button in row]
            if not buttons:
                continue
            if not 1 <= number <= len(buttons):
                raise ValueError(f"that message has buttons #1 to #{len(buttons)}")
            button = buttons[number - 1]
            if "url" in button:
                self.write(f"  (a link: {button['url']})")
                return ()
            # By position, not label: two buttons may share a label (#N is the Nth shown).
            self.account.user_presses_button(self.user, message, number)
            # Handlers answer the callback query last, after their visible effect.
            return ("callback_answer",)
        raise ValueError("there is no message with buttons to press")

    async def _wait_for(self, kinds: tuple[ActivityKind, ...], *, since: int) -> None:
        try:
            await self.account.wait_for_bot_activity(
                None if self.group is not None else self.user,
                since=since,
                kinds=kinds,
                timeout=REPLY_TIMEOUT_SECONDS,
            )
        except TimeoutError:
            self.write("  (no answer from the bot)")
        if self.timeline is not None:
            # The minute tick and the sender at this moment, as production's would run
            # (a notice a reply put in the outbox, a push due while you typed).
            await self.timeline.run_due()
        self.show_new_activity()

    async def show_clock(self) -> None:
        """``/clock``: the bot's local time for you, and what is scheduled next."""
        assert self.timeline is not None
        clock = self.timeline.clock
        zone = await self.timeline.zone_of(self.user.id)
        self.write(f"  🕐 {_when(clock.now(), zone)} ({zone.key}), the bot's time for you")
        coming = await self.timeline.upcoming(clock.now() + timedelta(days=7))
        if not coming:
            self.write("  nothing scheduled in the next 7 days")
        for item in coming[:UPCOMING_SHOWN]:
            kind = item.kind.value.replace("_", " ")
            self.write(
                f"  next: {_when(item.due_at, zone)}  {kind} → {self._name_of(item.chat_id)}"
            )
        if len(coming) > UPCOMING_SHOWN:
            self.write(f"  … and {len(coming) - UPCOMING_SHOWN} more this week")

    async def wait(self, text: str) -> None:
        """``/wait SPAN``: move the bot's clock, showing each push when it goes out."""
        assert self.timeline is not None
        clock = self.timeline.clock
        zone = await self.timeline.zone_of(self.user.id)
        target = parse_wait(text, clock.now(), zone)
        self.write(f"  (waiting until {_when(target, zone)} {zone.key} …)")

        def on_stop() -> None:
            self.show_new_activity(header=f"  ── {_when(clock.now(), zone)}")

        await self.timeline.wait_until(target, on_stop)
        self.write(f"  (it is now {_when(clock.now(), zone)} {zone.key})")

    def _name_of(self, chat_id: int) -> str:
        if self.group is not None and chat_id == self.group.id:
            return f"the group {self.group.title}"
        person = next((p for p in self._people.values() if p.id == chat_id), None)
        return person.first_name if person is not None else str(chat_id)

    def show_new_activity(self, *, header: str | None = None) -> None:
        """Print what the bot did since last time; ``header`` first, if anything shows."""
        if header is not None:
            shown: list[str] = []
            write, self.write = self.write, shown.append
            try:
                self.show_new_activity()
            finally:
                self.write = write
            for line in [header, *shown] if shown else []:
                write(line)
            return
        for activity in self.account.activities:
            if activity.seq <= self._seen:
                continue
            self._seen = activity.seq
            if activity.chat_id == self.user.id:
                self._render(activity)
            elif self.group is not None and activity.chat_id == self.group.id:
                self._render_group(activity)
            elif activity.kind == "message" and activity.message is not None:
                other = next((p for p in self._people.values() if p.id == activity.chat_id), None)
                if other is not None:  # a push to another simulated person (/as NAME)
                    prefix = f"Tempo → {other.first_name}"
                    self.write(self._render_message(activity.message, prefix=prefix))

    def _render(self, activity: BotActivity) -> None:
        message = activity.message
        if activity.kind == "callback_answer":
            answer = next(
                (a for a in self.account.callback_answers if a.query_id == activity.detail), None
            )
            if answer is not None and answer.text:
                self.write(f"  ⓘ {answer.text}")
        elif activity.kind == "message" and message is not None:
            self.write(self._render_message(message, prefix="Tempo"))
        elif activity.kind == "edit" and message is not None:
            self.write(self._render_message(message, prefix="Tempo (edited)"))
        elif activity.kind == "delete" and message is not None:
            self.write(f"  (Tempo deleted message {message.message_id})")

    def _render_group(self, activity: BotActivity) -> None:
        message = activity.message
        if message is None:
            return
        if activity.kind == "ephemeral" and message.receiver is not self.user:
            return  # another member's: not on your screen
        prefix = {
            "message": "Tempo in the group",
            "edit": "Tempo in the group (edited)",
            "ephemeral": "Tempo in the group, to you alone",
        }.get(activity.kind)
        if prefix is not None:
            self.write(self._render_message(message, prefix=prefix))
        elif activity.kind == "pin":
            self.write(f"  (Tempo pinned message {message.message_id} in the group)")

    def _render_message(self, message: ChatMessage, *, prefix: str) -> str:
        lines = [f"{prefix}: {message.text or message.caption or ''}".rstrip()]
        if message.poll is not None:  # a roll-call: its question and options to vote
            poll = message.poll
            closed = " (closed)" if poll.get("is_closed") else ""
            lines[0] = f"{prefix}: 📊 {poll.get('question', '')}{closed}"
            options = [
                f"{n}. {o['text']}" + (f" ({o['voter_count']})" if o.get("voter_count") else "")
                for n, o in enumerate(poll.get("options", []), start=1)
            ]
            lines.append("  " + "   ".join(options) + ("" if closed else "   (/g vote N)"))
        for stored, kind in ((message.photo, "photo"), (message.document, "file")):
            if stored is not None:
                # Photos have no name: the extension follows the bytes (charts are PNG).
                extension = ".png" if stored.content.startswith(b"\x89PNG") else ".jpg"
                name = stored.file_name or f"{kind}-{message.message_id}{extension}"
                self.out_dir.mkdir(parents=True, exist_ok=True)
                target = self.out_dir / f"{message.message_id}-{Path(name).name}"
                target.write_bytes(stored.content)
                lines.append(f"  [{kind} saved to {target}]")
        number = 0
        for row in message.inline_keyboard:
            labels = []
            for button in row:
                number += 1
                labels.append(f"#{number} {html.unescape(str(button['text']))}")
            lines.append("  " + "   ".join(labels))
        keyboard = self.account.reply_keyboard(self.user)
        if keyboard and message is self.account.last_bot_message(self.user):
            rows = keyboard.get("keyboard", [])
            labels = [str(button["text"]) for row in rows for button in row]
            lines.append("  keyboard: " + " | ".join(labels))
        return "\n".join(lines)


def _when(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%a %d %b %Y %H:%M")


def _one_path(text: str) -> str:
    parts = shlex.split(text)
    if len(parts) != 1:
        raise ValueError("give one path, e.g. /file ~/rides/morning.fit")
    return str(Path(parts[0]).expanduser())


async def stdin_lines(prompt: str = "you> ") -> AsyncIterator[str]:
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, _read_line, prompt)
        if line is None:
            return
        yield line


def _read_line(prompt: str) -> str | None:
    try:
        return input(prompt)
    except EOFError:
        return None


async def run_sandbox(
    *,
    db_path: str,
    out_dir: str,
    language: str = "en",
    first_name: str = "Alex",
    lines: AsyncIterator[str] | None = None,
    write: Callable[[str], None] = print,
    start: datetime | None = None,
) -> int:
    """Run the emulator, the bot and the terminal chat until ``/quit`` or end of input.

    The bot's clock is the sandbox's own (``/wait`` moves it): where the last run on this
    database left it, else ``start``, else now."""
    cast_path = Path(db_path).with_suffix(".json")
    clock = ManualClock(Cast.saved_clock(cast_path) or start or SystemClock().now())
    emulator = BotApiEmulator(clock=clock)
    await emulator.start()
    account = emulator.add_bot(SANDBOX_TOKEN, "tempo_sandbox_bot", "Tempo")
    cast = Cast(cast_path, emulator, account, language)
    user = cast.person(first_name, username="sandbox_user")
    intervals = await start_demo_intervals(clock.now().date())
    settings = Settings(
        telegram_bot_token=SANDBOX_TOKEN,  # type: ignore[arg-type]
        telegram_api_base=emulator.base_url,
        database_url=f"sqlite+aiosqlite:///{db_path}",
        # ANTHROPIC_API_KEY (and COACH_MODEL) from the environment or .env: the AI coach
        # with the real model; without a key, the coach's intent reader.
        intervals_api_base=intervals.base_url,
        encryption_key=SANDBOX_ENCRYPTION_KEY,  # type: ignore[arg-type]
    )
    app = create_app(settings, clock=clock)
    started = asyncio.Event()
    app.dispatcher.startup.register(started.set)
    # No wall-clock scheduler: the chat runs the tick and the sender on the manual clock.
    polling = asyncio.create_task(run_polling(app, handle_signals=False, scheduler=False))
    timeline = Timeline(app, clock)
    chat = TerminalChat(account, user, Path(out_dir), write, cast=cast, timeline=timeline)
    try:
        await asyncio.wait_for(started.wait(), timeout=30)
        write(
            f"Tempo sandbox: you are {user.first_name} ({language}), chatting with the real bot "
            f"on a local Telegram emulator; data in {db_path}.\n"
            "Type /start to begin, /sandbox for sandbox commands, /quit to leave.\n"
            f"A demo intervals.icu account with {DEMO_DAYS} days of training runs offline too: "
            f"/connect, then paste the API key {DEMO_API_KEY}"
        )
        await timeline.run_due()  # as production ticks once at start, to catch up
        chat.show_new_activity()
        async for line in lines or stdin_lines():
            if not await chat.handle(line):
                break
            chat.show_new_activity()
            cast.save(clock.now())
    finally:
        cast.save(clock.now())
        with contextlib.suppress(RuntimeError):
            await app.dispatcher.stop_polling()
        with contextlib.suppress(asyncio.CancelledError):
            await polling
        await emulator.stop()
        await intervals.stop()
    write("Bye!")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(asyncio.run(run_sandbox(db_path="data/sandbox.db", out_dir="sandbox-out")))
