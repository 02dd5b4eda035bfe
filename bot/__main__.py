"""Command line: ``python -m bot run | webhook | sandbox | migrate``."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys
from collections.abc import Sequence

from bot.config import ConfigError, StartUpError, load_settings

log = logging.getLogger("bot")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Tempo, the coach bot")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the bot with long polling (needs TELEGRAM_BOT_TOKEN)")
    commands.add_parser("webhook", help="run the bot behind a webhook (WEBHOOK_URL, _SECRET)")
    commands.add_parser("migrate", help="apply database migrations and exit")
    sandbox = commands.add_parser(
        "sandbox", help="chat with Tempo in this terminal: no token, no network"
    )
    sandbox.add_argument("--db", default="data/sandbox.db", help="SQLite file for the sandbox")
    sandbox.add_argument("--out", default="sandbox-out", help="folder for photos and files")
    sandbox.add_argument("--lang", default="en", help="the simulated user's Telegram language")
    args = parser.parse_args(argv)

    try:
        if args.command == "sandbox":
            from bot.sandbox.terminal import run_sandbox

            _configure_logging("WARNING")
            return asyncio.run(run_sandbox(db_path=args.db, out_dir=args.out, language=args.lang))
        settings = load_settings()
        _configure_logging(settings.log_level)
        if args.command == "migrate":
            asyncio.run(_migrate(settings.database_url))
            return 0
        # What the settings alone can refuse is refused before aiogram, anthropic and the
        # storage are imported (seconds on a cold start): a missing token says so at once.
        settings.bot_token()
        if args.command == "webhook":
            settings.webhook()
        from bot.app import build_webhook_app, create_app, run_polling

        app = create_app(settings)
        freeze_start_up_heap()
        if args.command == "run":
            asyncio.run(run_polling(app))
        else:
            from aiohttp import web

            web.run_app(
                build_webhook_app(app),
                host=settings.webhook_host,
                port=settings.webhook_port,
                print=None,
            )
    except ConfigError as exc:
        sys.stderr.write(f"tempo: configuration problem: {exc}\n")
        return 2
    except StartUpError as exc:
        sys.stderr.write(f"tempo: cannot start: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


def freeze_start_up_heap() -> None:
    """Take what start-up built (imports, the app, the catalogs: it lives as long as the
    process) out of the garbage collector's sight, so a full collection walks only what
    updates and jobs created since. In bench/updates.py a full collection over the
    start-up heap took ~0.25 s, a pause every few hundred updates; after the freeze
    ~0.02 s (docs/performance.md). https://docs.python.org/3/library/gc.html#gc.freeze"""
    gc.collect()
    gc.freeze()


async def _migrate(database_url: str) -> None:
    from bot.app import reach_database
    from bot.storage import migrate
    from bot.storage.db import create_engine

    engine = create_engine(database_url)
    try:
        await reach_database(engine)
        await migrate.upgrade(engine)
        log.info("database is at revision %s", await migrate.current_revision(engine))
    finally:
        await engine.dispose()


def _configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    # Alembic announces each of its plugins at INFO; only the migrations themselves matter.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)


if __name__ == "__main__":
    sys.exit(main())
