"""The foundation end to end: the real bot, over real HTTP, against the emulator."""

from __future__ import annotations

import pytest
from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import Message
from sqlalchemy import event, select

from bot.coach.services import Services
from bot.domain.athletes import AthleteStatus
from bot.storage.models import AthleteRow
from bot.telegram.commands import MENU
from tests.e2e.harness import TempoUnderTest, start_tempo


async def athlete_row(tempo: TempoUnderTest, telegram_id: int) -> AthleteRow | None:
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        return await session.scalar(
            select(AthleteRow).where(AthleteRow.telegram_id == telegram_id)
        )


async def test_start_greets_and_registers_the_athlete(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann", language_code="en-GB")
    reply = await ann.send("/start")
    assert reply.text is not None
    assert reply.text.startswith("👋 Hi, Ann! I'm Tempo")
    assert "morning brief" in reply.text
    assert reply.parse_mode == "HTML"
    row = await athlete_row(tempo, ann.id)
    assert row is not None
    assert (row.first_name, row.language, row.chat_id, row.status) == (
        "Ann",
        "en",
        ann.id,
        AthleteStatus.ACTIVE.value,
    )


async def test_russian_telegram_gets_russian_and_help_lists_commands(
    tempo: TempoUnderTest,
) -> None:
    ivan = tempo.person("Иван", language_code="ru")
    greeting = await ivan.send("/start")
    assert greeting.text is not None and greeting.text.startswith("👋 Привет, Иван!")
    help_text = (await ivan.send("/help")).text or ""
    assert help_text.startswith("Что я умею")
    for command in ("/start", "/help", "/language", "/cancel"):
        assert command in help_text


async def test_command_menu_is_set_in_every_language(tempo: TempoUnderTest) -> None:
    scope = {"type": "all_private_chats"}
    english = tempo.account.commands_for(scope, "en")
    russian = tempo.account.commands_for(scope, "ru")
    assert [c["command"] for c in english] == list(MENU)
    assert [c["command"] for c in russian] == list(MENU)
    assert {"start", "help", "language", "cancel"} <= set(MENU)
    descriptions = {c["command"]: c["description"] for c in english}
    assert descriptions["help"] == "What Tempo can do"
    assert {c["command"]: c["description"] for c in russian}["help"] == "Что умеет Tempo"
    assert all(c["description"] != english[i]["description"] for i, c in enumerate(russian))
    assert tempo.account.commands_for(scope, "") == english
    for language, help_description in (
        ("es", "Qué puede hacer Tempo"),
        ("de", "Was Tempo kann"),
        ("fr", "Ce que Tempo sait faire"),
        ("it", "Cosa sa fare Tempo"),
    ):
        menu = tempo.account.commands_for(scope, language)
        assert [c["command"] for c in menu] == list(MENU)
        assert {c["command"]: c["description"] for c in menu}["help"] == help_description


@pytest.mark.parametrize(
    ("code", "greeting"),
    [("es-MX", "👋 ¡Hola, Ana!"), ("de", "👋 Hallo, Ana!"), ("fr-CA", "👋 Salut Ana !"),
     ("it", "👋 Ciao, Ana!")],
)  # fmt: skip
async def test_spanish_german_french_italian_telegram_get_their_language(
    tempo: TempoUnderTest, code: str, greeting: str
) -> None:
    ana = tempo.person("Ana", language_code=code)
    reply = await ana.send("/start")
    assert (reply.text or "").startswith(greeting)


async def test_language_switch_with_a_button(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann", language_code="en")
    await ann.send("/start")
    chooser = await ann.send("/language")
    assert chooser.text == "Choose your language:"
    assert chooser.button_texts == [
        "✓ English", "Русский", "Español", "Deutsch", "Français", "Italiano",
    ]  # fmt: skip
    await ann.press("Русский")
    edited = tempo.account.message(ann.user, chooser.message_id)
    assert edited.text == "✅ Готово: теперь я говорю по-русски."
    assert edited.inline_keyboard == []
    # The edit is sent before the press's unit of work commits.
    await ann.settle()
    row = await athlete_row(tempo, ann.id)
    assert row is not None and row.language == "ru"
    assert ((await ann.send("/help")).text or "").startswith("Что я умею")
    again = await ann.send("/language")
    assert again.button_texts == [
        "English", "✓ Русский", "Español", "Deutsch", "Français", "Italiano",
    ]  # fmt: skip
    await ann.press("✓ Русский", on=again)
    assert tempo.account.callback_answers[-1].text == "Уже говорю по-русски."


async def test_a_double_tap_changes_the_language_once(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann", language_code="en")
    chooser = await ann.send("/language")
    # Two taps land before the bot has handled either (a laggy connection).
    tempo.account.user_presses_button(ann.user, chooser, "Русский")
    tempo.account.user_presses_button(ann.user, chooser, "Русский")
    while len(tempo.account.callback_answers) < 2:
        await tempo.account.wait_for_bot_activity(
            ann.user, since=tempo.account.mark(), kinds=["callback_answer"]
        )
    edited = tempo.account.message(ann.user, chooser.message_id)
    assert edited.edit_count == 1
    assert edited.text == "✅ Готово: теперь я говорю по-русски."
    assert [a.text for a in tempo.account.callback_answers] == [None, "Уже говорю по-русски."]


async def test_unknown_commands_and_other_messages_get_a_helpful_reply(
    tempo: TempoUnderTest,
) -> None:
    ann = tempo.person("Ann")
    assert (await ann.send("/frobnicate now")).text == (
        "I don't know the command /frobnicate. Type /help to see what I can do."
    )
    # Chat goes to the coach (no key here: its intent reader lists what it can do).
    chat = (await ann.send("hello there")).text or ""
    assert chat.startswith("I can answer questions about your training from your own data.")
    assert "I didn't catch that" not in chat
    sticker = await ann.send_content("sticker")
    assert (sticker.text or "").startswith("Nice sticker!")
    voice = await ann.send_content("voice", content=b"OggS" + bytes(64))
    assert voice.text == "I can't listen to voice messages yet — please type it instead."
    photo = await ann.send_content("photo", content=b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert (photo.text or "").startswith("I can't read photos yet.")
    location = await ann.send_content("location", latitude=46.05, longitude=14.5)
    assert location.text == (
        "I can only read text, buttons and workout files. Type /help to see what I can do."
    )


async def test_html_in_names_is_escaped(tempo: TempoUnderTest) -> None:
    tricky = tempo.person("<b>Bob</b> & co")
    reply = await tricky.send("/start")
    assert reply.text is not None and reply.text.startswith("👋 Hi, <b>Bob</b> & co!")


async def test_group_start_links_to_a_private_chat_and_ignores_chatter(
    tempo: TempoUnderTest,
) -> None:
    ann, bob = tempo.person("Ann"), tempo.person("Bob")
    squad = tempo.group("Squad", [ann, bob])
    reply = await ann.send("/start", chat=squad)
    assert "https://t.me/tempo_test_bot?start=" in (reply.text or "")
    before = len(tempo.account.bot_messages(squad))
    bob.send_only("see you at the track", chat=squad)
    await ann.send("/help", chat=squad)
    # Bob's chatter got no answer: the only new bot message is the reply to /help.
    assert len(tempo.account.bot_messages(squad)) == before + 1


async def test_cancel_with_nothing_to_cancel(tempo: TempoUnderTest) -> None:
    ann = tempo.person("Ann")
    assert (await ann.send("/cancel")).text == "There's nothing to cancel."


# -- a failing handler and a dialog that spans a restart --------------------------------


class Echo(StatesGroup):
    waiting = State()


async def ask_for_echo(message: Message, state: FSMContext) -> None:
    await state.set_state(Echo.waiting)
    await state.update_data(asked_at=message.message_id)
    await message.answer("What should I echo?")


async def echo_back(message: Message, state: FSMContext) -> None:
    data = await state.get_data()
    await state.clear()
    await message.answer(f"echo: {message.text} (asked at {data['asked_at']})")


async def explode(message: Message, state: FSMContext) -> None:
    await state.set_state(Echo.waiting)
    raise RuntimeError("boom")


def echo_router() -> Router:
    """A two-step dialog written against the public aiogram API, as features are."""
    router = Router(name="echo-test")
    router.message.register(ask_for_echo, Command("echo"))
    router.message.register(explode, Command("explode"))
    router.message.register(echo_back, Echo.waiting, F.text)
    return router


async def test_a_handler_runs_with_no_connection_held_until_it_uses_the_database(
    database_url: str,
) -> None:
    """The update's first read (athlete and dialog state) is committed before the
    handler runs, so a handler awaiting Telegram holds no pooled connection (a hundred
    users at once would otherwise drain the pool); what the handler then writes, and its
    dialog step, still commit together at the end."""
    held: list[int] = []
    tempo: TempoUnderTest | None = None

    async def probe(message: Message, state: FSMContext, services: Services) -> None:
        assert tempo is not None and tempo.app is not None
        held.append(tempo.app.engine.pool.checkedout())  # type: ignore[attr-defined]
        await message.answer("probed")
        held.append(tempo.app.engine.pool.checkedout())  # type: ignore[attr-defined]
        await services.athletes.change_language(message.chat.id, "ru")
        held.append(tempo.app.engine.pool.checkedout())  # type: ignore[attr-defined]
        await state.set_state(Echo.waiting)
        await state.update_data(asked_at=0)

    def probe_router() -> Router:
        router = Router(name="probe-test")
        router.message.register(probe, Command("probe"))
        return router

    tempo = await start_tempo(database_url, routers=[probe_router, echo_router])
    try:
        ann = tempo.person("Ann")
        await ann.send("/help")  # Ann is on record before the probe
        assert (await ann.send("/probe")).text == "probed"
        # The next message waits for the probe's commit (one update per chat at a time):
        # the dialog step was written with the language.
        assert (await ann.send("hi")).text == "echo: hi (asked at 0)"
        assert held == [0, 0, 1]
        row = await athlete_row(tempo, ann.user.id)
        assert row is not None and row.language == "ru"
    finally:
        await tempo.stop()
        await tempo.emulator.stop()


async def test_a_dialog_survives_a_restart(database_url: str) -> None:
    tempo = await start_tempo(database_url, routers=[echo_router])
    try:
        ann = tempo.person("Ann")
        question = await ann.send("/echo")
        assert question.text == "What should I echo?"
        await tempo.restart()
        reply = await ann.send("hello again")
        assert reply.text == f"echo: hello again (asked at {question.message_id - 1})"
    finally:
        await tempo.stop()
        await tempo.emulator.stop()


async def test_a_failing_handler_apologises_and_rolls_back_its_state(database_url: str) -> None:
    tempo = await start_tempo(database_url, routers=[echo_router])
    try:
        ann = tempo.person("Ann")
        apology = await ann.send("/explode")
        assert apology.text == (
            "Sorry — something went wrong on my side and I couldn't finish that. "
            "Nothing was lost; please try again in a moment."
        )
        # The state set before the failure was rolled back with the update's transaction.
        assert (await ann.send("/cancel")).text == "There's nothing to cancel."
    finally:
        await tempo.stop()
        await tempo.emulator.stop()


async def test_quick_fire_messages_are_all_answered_within_the_chat_s_flood_limit(
    tempo: TempoUnderTest,
) -> None:
    """Six messages in no time would exceed Telegram's per-chat burst if answered at
    once; the replies are paced per chat on the injected clock, so every message is
    answered and the emulator answers no 429 (the autouse ``no_flood_429`` checks)."""
    ann = tempo.person("Ann")
    start = tempo.clock.monotonic()
    for _ in range(6):
        tempo.account.user_sends_text(ann.user, "/help")
    while len(tempo.account.bot_messages(ann.user)) < 6:
        await tempo.account.wait_for_bot_activity(
            ann.user, since=tempo.account.mark(), kinds=["message"]
        )
    assert tempo.emulator.flood_rejections == 0
    assert all((text or "").startswith("What I can do") for text in ann.bot_texts())
    # A burst of two, then one a second: the sixth answer four seconds on.
    assert tempo.clock.monotonic() - start >= 4.0


async def test_a_known_athlete_s_update_reads_outside_the_pool_on_sqlite(
    tempo: TempoUnderTest, backend: str
) -> None:
    """On SQLite the running bot reads each update's athlete and dialog state through its
    LoopReader (bot/storage/loop_reader.py): a known athlete's /help makes no statement
    on the pooled engine at all. On PostgreSQL the same read goes through the session."""
    assert tempo.app is not None
    ann = tempo.person("Ann")
    await ann.send("/start")
    await ann.settle()  # the first contact and its dialog state are committed
    statements: list[str] = []

    def record(*args: object) -> None:
        statements.append(str(args[2]))

    engine = tempo.app.engine.sync_engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        reply = await ann.send("/help")
        await ann.settle()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert (reply.text or "").startswith("What I can do")
    if backend == "sqlite":
        assert statements == []
    else:
        assert statements and all("FROM" in s for s in statements)  # reads only
