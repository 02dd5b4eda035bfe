"""Start-up against a Bot API that refuses the token or cannot be reached: one line a
person can act on, everything closed, no traceback."""

from __future__ import annotations

import gc
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.__main__ import main
from bot.app import Tempo, build_webhook_app, create_app, run_polling
from bot.config import ConfigError, Settings, StartUpError
from bot.sandbox.emulator import BotApiEmulator, FloodLimits
from tests.e2e.harness import BOT_TOKEN

STRANGER_TOKEN = "1000000099:NOT-a-token-this-emulator-knows-abc"


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, read, released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _app(api_base: str, database_url: str, *, token: str = BOT_TOKEN, **more: object) -> Tempo:
    settings: dict[str, object] = {
        "telegram_bot_token": token,
        "telegram_api_base": api_base,
        "database_url": database_url,
    }
    return create_app(Settings(**(settings | more)))  # type: ignore[arg-type]


def _closed(app: Tempo) -> bool:
    """Whether the app's HTTP session to the Bot API is closed (or was never opened)."""
    http: Any = app.bot.session  # aiogram's AiohttpSession keeps aiohttp's in _session
    return http._session is None or bool(http._session.closed)


async def test_a_token_the_bot_api_refuses_stops_start_up_with_one_line(
    database_url: str,
) -> None:
    async with BotApiEmulator(limits=FloodLimits.off()) as emulator:
        emulator.add_bot(BOT_TOKEN, "tempo_test_bot", "Tempo")  # a different bot's token
        app = _app(emulator.base_url, database_url, token=STRANGER_TOKEN)
        with pytest.raises(ConfigError, match=r"refused TELEGRAM_BOT_TOKEN \(401") as raised:
            await run_polling(app, handle_signals=False)
    assert "@BotFather" in str(raised.value)
    assert STRANGER_TOKEN not in str(raised.value)
    assert _closed(app)


async def test_an_unreachable_bot_api_stops_start_up_with_one_line(database_url: str) -> None:
    base = f"http://127.0.0.1:{_closed_port()}"
    app = _app(base, database_url)
    with pytest.raises(StartUpError, match=f"cannot reach the Bot API at {base}"):
        await run_polling(app, handle_signals=False)
    assert _closed(app)


async def test_the_webhook_app_stops_the_same_way(database_url: str) -> None:
    base = f"http://127.0.0.1:{_closed_port()}"
    app = _app(
        base,
        database_url,
        webhook_url="https://tempo.example/telegram",
        webhook_secret="s3cret-webhook_token",
    )
    runner = web.AppRunner(build_webhook_app(app))
    with pytest.raises(StartUpError, match=f"cannot reach the Bot API at {base}"):
        await runner.setup()  # runs on_startup: migrations, then setWebhook
    assert _closed(app)


def test_the_command_line_says_it_in_one_line_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], database_url: str
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", BOT_TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE", f"http://127.0.0.1:{_closed_port()}")
    monkeypatch.setenv("DATABASE_URL", database_url)
    try:
        code = main(["run"])
    finally:
        gc.unfreeze()  # main froze this test process's heap at start-up
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1].startswith("tempo: cannot start: cannot reach the Bot API at http://127.0.0.1:")
    assert not any("Traceback" in line for line in err)


async def test_a_database_that_cannot_be_opened_stops_start_up_with_one_line() -> None:
    url = f"postgresql+asyncpg://tempo:s3cret-pw@127.0.0.1:{_closed_port()}/tempo"
    app = _app(f"http://127.0.0.1:{_closed_port()}", url)
    with pytest.raises(
        StartUpError, match=r"cannot open the database at .*tempo:\*\*\*@"
    ) as raised:
        await run_polling(app, handle_signals=False)
    assert "s3cret-pw" not in str(raised.value)
    assert _closed(app)


def test_migrate_says_it_in_one_line_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"postgresql+asyncpg://tempo@127.0.0.1:{_closed_port()}/x")
    assert main(["migrate"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("tempo: cannot start: cannot open the database at postgresql")
    assert not any("Traceback" in line for line in err)


# What start-up may import before it has read the settings: none of the heavy stacks.
HEAVY = ("aiogram", "aiohttp", "anthropic", "sqlalchemy", "bot.app", "bot.storage")
REPO = Path(__file__).resolve().parents[2]


def test_a_missing_token_is_said_before_the_heavy_imports(tmp_path: Path) -> None:
    """`python -m bot run` with no token answers from the settings alone: `-X importtime`
    lists every module the process imported, and none of aiogram, anthropic or the
    storage is among them (importing them took seconds before the answer)."""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": "",  # blank counts as unset and wins over any .env
        "PYTHONPATH": str(REPO),
    }
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bot", "run"],
        cwd=tmp_path,  # no .env here
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = done.stderr.strip().splitlines()
    imported = {
        line.rsplit("|", 1)[1].strip() for line in lines if line.startswith("import time:")
    }
    assert done.returncode == 2
    assert lines[-1].startswith("tempo: configuration problem: TELEGRAM_BOT_TOKEN is not set.")
    assert "bot.config" in imported  # the listing is real
    assert not {m for m in imported if m.startswith(HEAVY)}, sorted(imported)
