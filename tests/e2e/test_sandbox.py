"""The sandbox a newcomer uses: the emulator, the real bot and the terminal chat."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.sandbox.emulator import BotApiEmulator, emulator_bot
from bot.sandbox.terminal import SANDBOX_TOKEN, TerminalChat, run_sandbox


async def scripted(lines: list[str]) -> AsyncIterator[str]:
    for line in lines:
        yield line


async def test_a_person_chats_presses_a_button_and_switches_language(tmp_path: Path) -> None:
    output: list[str] = []
    code = await run_sandbox(
        db_path=str(tmp_path / "sandbox.db"),
        out_dir=str(tmp_path / "out"),
        language="en",
        lines=scripted(["/help", "/language", "#2", "/help", "#7", "/file nowhere.fit", "/quit"]),
        write=output.append,
    )
    assert code == 0
    transcript = "\n".join(output)
    assert output[0].startswith("Tempo sandbox: you are Alex (en)")
    assert "Tempo: What I can do" in transcript
    assert "Tempo: Choose your language:\n  #1 ✓ English   #2 Русский" in transcript
    assert "Tempo (edited): ✅ Готово: теперь я говорю по-русски." in transcript
    assert "Tempo: Что я умею" in transcript
    assert "  ! there is no message with buttons to press" in transcript
    assert "  ! [Errno 2] No such file or directory" in transcript
    assert output[-1] == "Bye!"
    assert (tmp_path / "sandbox.db").exists()


async def test_the_sandbox_connects_to_a_demo_intervals_account_offline(tmp_path: Path) -> None:
    from bot.sandbox.terminal import DEMO_API_KEY

    output: list[str] = []
    code = await run_sandbox(
        db_path=str(tmp_path / "sandbox.db"),
        out_dir=str(tmp_path / "out"),
        language="en",
        lines=scripted(["/connect", "#1", DEMO_API_KEY, "/help", "/help", "/help", "/quit"]),
        write=output.append,
    )
    assert code == 0
    transcript = "\n".join(output)
    assert f"paste the API key {DEMO_API_KEY}" in output[0]
    assert "Tempo: ✅ Connected to intervals.icu as Demo Athlete." in transcript
    assert "How much history should I import?" in transcript


async def test_one_terminal_plays_a_coach_and_an_athlete(tmp_path: Path) -> None:
    """/as NAME switches to another simulated person: Cleo creates a squad, Ann opens the
    link and accepts, Cleo sees her on the roster and writes to her; Cleo sees the
    message go to Ann's chat."""
    output: list[str] = []
    token: list[str] = []

    async def lines() -> AsyncIterator[str]:
        for line in ["/as Cleo", "/squad new", "Track"]:
            yield line
        found = re.search(r"start=([A-Za-z0-9_-]{16})", "\n".join(output))
        assert found is not None, output
        token.append(found.group(1))
        for line in ["/as Ann", f"/start {token[0]}", "#1", "/as Cleo", "/squad", "#1", "#2"]:
            yield line
        yield "Hello Ann"
        yield "/quit"

    code = await run_sandbox(
        db_path=str(tmp_path / "sandbox.db"),
        out_dir=str(tmp_path / "out"),
        lines=lines(),
        write=output.append,
    )
    transcript = "\n".join(output)
    assert code == 0 and "  (you are now Cleo)" in transcript and "(you are now Ann)" in transcript
    assert "invites you to the squad Track" in transcript
    assert "#1 1. Ann" in transcript and "💬 Message" in transcript
    assert "Tempo → Ann: 💬 Message from your coach Cleo:\nHello Ann" in transcript
    assert "Tempo: ✉️ Sent to Ann." in transcript


async def test_the_sandbox_plays_a_team_group(tmp_path: Path) -> None:
    """A squad, a group with two teammates, the link tap in the group, the pinned board,
    /me answered to you alone, and a mention answered without a model (no key)."""
    output: list[str] = []
    code = await run_sandbox(
        db_path=str(tmp_path / "sandbox.db"),
        out_dir=str(tmp_path / "out"),
        language="en",
        lines=scripted(
            [
                "/squad new",
                "Riders",
                "/group",
                "/g #1",
                "/g /board@tempo_sandbox_bot",
                "/g /me@tempo_sandbox_bot",
                "/g @tempo_sandbox_bot how should I pace a long ride?",
                "/g /feeling@tempo_sandbox_bot",
                "/g vote 2",
                "/quit",
            ]
        ),
        write=output.append,
    )
    transcript = "\n".join(output)
    assert code == 0
    assert "Tempo in the group: 👋 Hi, Sandbox team!" in transcript
    assert "#1 Link to «Riders»" in transcript
    assert "Tempo in the group: ✅ This group is now the chat of Riders." in transcript
    assert "Tempo in the group: 📋 Riders" in transcript
    assert "(Tempo pinned message" in transcript
    assert "Tempo in the group, to you alone: Only you see this." in transcript
    assert "Tempo in the group: The AI coach can't answer in the group right now." in transcript
    # A roll-call shows its question and options, and /g vote answers it.
    assert "Tempo in the group: 📊 How do you feel today?" in transcript
    assert "  1. 💪 Great   2. 🙂 Good" in transcript
    assert "  (your vote: 🙂 Good)" in transcript


async def test_a_line_the_emulator_cannot_play_is_told_not_a_crash(tmp_path: Path) -> None:
    """Ann, not in the group Alex made, joins it when she speaks there; a vote with no
    poll gets a '!' line and the session goes on (it ended with a traceback)."""
    output: list[str] = []
    code = await run_sandbox(
        db_path=str(tmp_path / "sandbox.db"),
        out_dir=str(tmp_path / "out"),
        language="en",
        lines=scripted(
            ["/group", "/as Ann", "/g /me@tempo_sandbox_bot", "/g vote 1", "/help", "/quit"]
        ),
        write=output.append,
    )
    transcript = "\n".join(output)
    assert code == 0
    assert "  (Ann joins the group 'Sandbox team')" in transcript
    assert "  ! there is no open poll in the group" in transcript
    assert transcript.rstrip().count("What I can do") >= 1  # /help after it was answered


MONDAY_MORNING = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # 11:00 in Rome
# Onboarding as a runner who trains for general fitness, in Rome, brief at 6:30 (default).
ONBOARDING = [
    "/start",
    "#1",  # running
    "#6",  # done
    "#1",  # beginner
    "0",  # races finished
    "#7",  # general fitness
    "#1",  # 3 h a week
    "#1",  # Mon
    "#3",  # Wed
    "#9",  # done
    "#1",  # long session on Mon
    "#4",  # no equipment: done
    "#1",  # Garmin
    "1990",
    "#1",  # male
    "70 kg",
    "5:10",  # threshold pace
    "#2",  # HRmax: I don't know
    "52",  # resting HR
    "#2",  # LTHR: I don't know
    "#2",  # no injuries
    "Rome",
    "#3",  # 6:30 AM (default)
]


async def test_a_day_passes_with_wait_and_the_pushes_come_in_order(tmp_path: Path) -> None:
    """An athlete onboards on Monday at 11:00 in Rome; /clock shows the bot's time and
    the pushes to come; /wait 1d runs the evening check-in at 19:00, then Tuesday's
    morning brief at 6:30, each under its time, and ends on Tuesday 11:00."""
    output: list[str] = []
    code = await run_sandbox(
        db_path=str(tmp_path / "sandbox.db"),
        out_dir=str(tmp_path / "out"),
        lines=scripted([*ONBOARDING, "/clock", "/wait soon", "/wait 1d", "/clock", "/quit"]),
        write=output.append,
        start=MONDAY_MORNING,
    )
    transcript = "\n".join(output)
    assert code == 0
    assert "Your first morning brief comes Tue 3 Mar, 06:30 your time." in transcript
    clock = transcript.index("🕐 Mon 02 Mar 2026 11:00 (Europe/Rome), the bot's time for you")
    assert transcript.index("next: Mon 02 Mar 2026 19:00  evening reminder → Alex") > clock
    assert "next: Tue 03 Mar 2026 06:30  morning brief → Alex" in transcript
    assert "  ! usage: /wait 30m | 2h | 1d | 1d 2h | 06:00 | mon 06:00" in transcript
    waited = transcript.index("(waiting until Tue 03 Mar 2026 11:00 Europe/Rome …)")
    evening = transcript.index("  ── Mon 02 Mar 2026 19:00\nTempo: 🌙 How did it go today?")
    morning = transcript.index(
        "  ── Tue 03 Mar 2026 06:30\nTempo: ☀️ Good morning, Alex! Tuesday, 3 March"
    )
    assert waited < evening < morning
    assert "(it is now Tue 03 Mar 2026 11:00 Europe/Rome)" in transcript
    assert "🕐 Tue 03 Mar 2026 11:00 (Europe/Rome)" in transcript
    # Before the wait, nothing of either: they came when their time did.
    assert transcript.count("Good morning, Alex!") == 1


async def test_a_restart_keeps_the_people_the_group_and_the_clock(tmp_path: Path) -> None:
    """Cleo's squad has Ann; Cleo's team group is linked. After a restart on the same
    database, /as Ann is the same Telegram account (Cleo's message reaches the Ann the
    terminal shows), /group is the group the bot knows (its board answers), the clock
    goes on where it stood, and the board's 06:00 edit comes with /wait."""
    output: list[str] = []

    async def first_run() -> AsyncIterator[str]:
        for line in ["/as Cleo", "/squad new", "Track"]:
            yield line
        found = re.search(r"start=([A-Za-z0-9_-]{16})", "\n".join(output))
        assert found is not None, output
        for line in ["/as Ann", f"/start {found.group(1)}", "#1", "/as Cleo", "/group"]:
            yield line
        yield "/g #1"
        yield "/wait 2h"
        yield "/quit"

    def run(lines: AsyncIterator[str]) -> Any:
        return run_sandbox(
            db_path=str(tmp_path / "sandbox.db"),
            out_dir=str(tmp_path / "out"),
            lines=lines,
            write=output.append,
            start=MONDAY_MORNING,
        )

    assert await run(first_run()) == 0
    assert "Tempo in the group: ✅ This group is now the chat of Track." in "\n".join(output)
    output.clear()
    again = [
        "/as Cleo",
        "/clock",
        "/squad",
        "#1",
        "#2",
        "Hello again",
        "/group",
        "/g /board@tempo_sandbox_bot",
        "/wait 06:00",
        "/quit",
    ]
    assert await run(scripted(again)) == 0
    transcript = "\n".join(output)
    assert "🕐 Mon 02 Mar 2026 12:00 (UTC)" in transcript  # on from where it stood
    assert "#1 1. Ann" in transcript
    assert "Tempo → Ann: 💬 Message from your coach Cleo:\nHello again" in transcript
    assert "  (the group 'Sandbox team' is there already: /g TEXT)" in transcript
    assert "Tempo in the group: 📋 Track · Monday, 2 March" in transcript
    assert (
        "  ── Tue 03 Mar 2026 06:00\nTempo in the group (edited): 📋 Track · Tuesday, 3 March"
        in (transcript)
    )


async def test_hash_n_presses_exactly_the_nth_button_shown(tmp_path: Path) -> None:
    """Three buttons share a label: the printout numbers them #1 to #3 and #3 presses
    the third (it pressed the first: the press went by label)."""
    emulator = BotApiEmulator()
    await emulator.start()
    account = emulator.add_bot(SANDBOX_TOKEN, "tempo_sandbox_bot", "Tempo")
    ann = emulator.add_user("Ann")
    api = emulator_bot(emulator.api_server, SANDBOX_TOKEN)
    output: list[str] = []
    chat = TerminalChat(account, ann, tmp_path, output.append)
    try:
        account.user_sends_text(ann, "/start")
        keyboard = InlineKeyboardMarkup(
            inline_keyboard=[
                [
                    InlineKeyboardButton(text="Done", callback_data="first"),
                    InlineKeyboardButton(text="Done", callback_data="second"),
                ],
                [InlineKeyboardButton(text="Done", callback_data="third")],
            ]
        )
        await api.send_message(ann.id, "Which one?", reply_markup=keyboard)
        chat.show_new_activity()
        printed = "\n".join(output)
        assert printed == "Tempo: Which one?\n  #1 Done   #2 Done\n  #3 Done"
        numbers = [int(n) for n in re.findall(r"#(\d+)", printed)]
        assert numbers == [1, 2, 3]

        pressing = asyncio.create_task(chat.handle("#3"))
        updates = await api.get_updates(offset=0, timeout=5, allowed_updates=["callback_query"])
        query = next(u.callback_query for u in updates if u.callback_query is not None)
        await api.answer_callback_query(query.id, text=f"pressed {query.data}")
        assert await pressing
        assert output[-1] == "  ⓘ pressed third"
    finally:
        await api.session.close()
        await emulator.stop()
