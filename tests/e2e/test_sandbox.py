"""The sandbox a newcomer uses: the emulator, the real bot and the terminal chat."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

from bot.sandbox.terminal import run_sandbox


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
    import re  # noqa: PLC0415 - local to this scenario

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


async def test_a_line_the_emulator_cannot_play_is_told_not_a_crash(tmp_path: Path) -> None:
    """Ann is not in the group Alex made: her /g line gets a '!' line and the session goes
    on (it ended with EmulatorUsageError's traceback)."""
    output: list[str] = []
    code = await run_sandbox(
        db_path=str(tmp_path / "sandbox.db"),
        out_dir=str(tmp_path / "out"),
        language="en",
        lines=scripted(["/group", "/as Ann", "/g /me@tempo_sandbox_bot", "/help", "/quit"]),
        write=output.append,
    )
    transcript = "\n".join(output)
    assert code == 0
    assert "  ! Ann is not a member of 'Sandbox team'" in transcript
    assert transcript.rstrip().count("What I can do") >= 1  # /help after it was answered
