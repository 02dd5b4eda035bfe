"""The real bot process — ``python -m bot run``, the production scheduler, sender and
polling — in a child process, against an emulator the test runs on loopback.

The child uses the system clock, so what it must find due is made due in real time; its
push lease is short (``PUSH_LEASE_SECONDS``) so that the rows a killed process held come
back within the test. Its output goes to a file the test shows when it fails.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

from bot.sandbox.emulator import BotApiEmulator, EmulatedBot, FloodLimits

REPO = Path(__file__).resolve().parents[2]
TOKEN = "987654322:AAE-tempo-process-token-0123456789abc"
LEASE_SECONDS = 5


@dataclass
class BotProcess:
    process: asyncio.subprocess.Process
    log: Path

    @classmethod
    async def start(
        cls, emulator: BotApiEmulator, database_url: str, workdir: Path, *, name: str = "bot"
    ) -> BotProcess:
        env = {
            **os.environ,
            "PYTHONPATH": str(REPO),
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE": emulator.base_url,
            "DATABASE_URL": database_url,
            "PUSH_LEASE_SECONDS": str(LEASE_SECONDS),
            "ANTHROPIC_API_KEY": "",
            "LOG_LEVEL": "WARNING",
        }
        log = workdir / f"{name}.log"
        with log.open("ab") as out:
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                cwd=workdir,  # no .env here
                env=env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=out,
                stderr=out,
            )
        return cls(process, log)

    async def kill(self) -> None:
        """SIGKILL: no cleanup, no last words, as a power cut or the OOM killer."""
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> None:
        """SIGTERM, as a deployment stops it; killed if it does not end within 30 s."""
        if self.process.returncode is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            self.process.terminate()
        try:
            await asyncio.wait_for(self.process.wait(), timeout=30)
        except TimeoutError:
            await self.kill()

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]


def process_emulator(*, limits: FloodLimits | None = None) -> tuple[BotApiEmulator, EmulatedBot]:
    """An emulator on the real clock (the child's is the system clock) with the bot."""
    emulator = BotApiEmulator(limits=limits or FloodLimits())
    return emulator, emulator.add_bot(TOKEN, "tempo_process_bot", "Tempo")


async def polling(
    emulator: BotApiEmulator, account: EmulatedBot, process: BotProcess, *, within: float = 240
) -> None:
    """Until the process has started and asks for updates (or it died): its first
    getUpdates, counted by the emulator, not a long poll left over from a killed one."""
    before = emulator.stats.requests["getUpdates"]
    async with asyncio.timeout(within):
        died = asyncio.ensure_future(process.process.wait())
        try:
            while emulator.stats.requests["getUpdates"] <= before and not died.done():
                changed = asyncio.ensure_future(account.updates.wait_changed())
                await asyncio.wait({changed, died}, return_when=asyncio.FIRST_COMPLETED)
                changed.cancel()
        finally:
            died.cancel()
    assert process.process.returncode is None, process.output()
