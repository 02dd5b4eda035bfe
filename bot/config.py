"""Settings: read once, from the environment and ``.env``, in the composition root.

Every secret is a ``SecretStr`` so it never lands in a log line or a traceback. A bad value
stops start-up with one clear line (see ``bot.__main__``), not a traceback.
"""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# A Bot API token is "<bot id>:<secret>" (https://core.telegram.org/bots/api#authorizing-your-bot).
_TOKEN_RE = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{20,}$")
# Telegram allows 1-256 characters A-Z, a-z, 0-9, _ and - in a webhook secret_token.
_WEBHOOK_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/tempo.db"
# The cheapest current Claude model that uses tools well.
DEFAULT_COACH_MODEL = "claude-haiku-5-5"
# US dollars per million tokens: input, output, cache write (5-minute TTL), cache read.
# Anthropic's price list (https://docs.anthropic.com/en/docs/about-claude/pricing); a
# cache write costs 1.25x the input price and a cache read 0.1x. COACH_PRICES (JSON)
# replaces the table; a model missing from it is charged at the dearest row.
DEFAULT_COACH_PRICES: dict[str, dict[str, float]] = {
    "claude-haiku-5-5": {"input": 1.0, "output": 5.0, "cache_write": 1.25, "cache_read": 0.1},
    "claude-haiku-4-5": {"input": 1.0, "output": 5.0, "cache_write": 1.25, "cache_read": 0.1},
    "claude-sonnet-4-5": {"input": 3.0, "output": 15.0, "cache_write": 3.75, "cache_read": 0.3},
    "claude-sonnet-5": {"input": 3.0, "output": 15.0, "cache_write": 3.75, "cache_read": 0.3},
    "claude-opus-4-5": {"input": 5.0, "output": 25.0, "cache_write": 6.25, "cache_read": 0.5},
}
_PRICE_KEYS = frozenset({"input", "output", "cache_write", "cache_read"})


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_base: str | None = None
    database_url: str = DEFAULT_DATABASE_URL
    anthropic_api_key: SecretStr | None = None
    anthropic_base_url: str | None = None
    coach_model: str = DEFAULT_COACH_MODEL
    coach_prices: dict[str, dict[str, float]] = Field(
        default_factory=lambda: {k: dict(v) for k, v in DEFAULT_COACH_PRICES.items()}
    )
    # Per athlete and local day, and for the whole bot per calendar month (UTC).
    coach_daily_budget_usd: float = Field(default=0.25, ge=0)
    coach_monthly_cap_usd: float = Field(default=100.0, ge=0)
    # Wall-clock budget of one coach turn (every model round and tool call in it).
    coach_turn_budget_s: float = Field(default=40.0, gt=0, le=300)
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_host: str = "127.0.0.1"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    encryption_key: SecretStr | None = None
    # Integrations (bot/integrations): the services' addresses (a fake in the sandbox and
    # the tests) and the OAuth applications registered with them.
    intervals_api_base: str = "https://intervals.icu"
    intervals_client_id: str | None = None
    intervals_client_secret: SecretStr | None = None
    intervals_webhook_secret: SecretStr | None = None
    strava_api_base: str = "https://www.strava.com"
    strava_client_id: str | None = None
    strava_client_secret: SecretStr | None = None
    strava_verify_token: SecretStr | None = None
    # How long a push sender's claim on an outbox row holds: a sender that dies mid-send
    # leaves its rows to be taken again after this (bot/jobs/sender.py). Far longer than
    # one send; shorten it only to recover sooner from a crash.
    push_lease_seconds: int = Field(default=600, ge=5, le=86_400)
    # Replies keep to Telegram's published limits (about 30 messages a second overall, one
    # a second per private chat: bot/jobs/limiter.py). Off only against a Bot API server
    # that has none (a benchmark on the emulator); scheduled pushes are paced either way.
    telegram_pacing: bool = True

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_log_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator(
        "telegram_bot_token",
        "anthropic_api_key",
        "webhook_secret",
        "encryption_key",
        "telegram_api_base",
        "anthropic_base_url",
        "webhook_url",
        "intervals_client_id",
        "intervals_client_secret",
        "intervals_webhook_secret",
        "strava_client_id",
        "strava_client_secret",
        "strava_verify_token",
        mode="before",
    )
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("coach_model")
    @classmethod
    def _check_coach_model(cls, value: str) -> str:
        value = value.strip()
        if not re.match(r"^[A-Za-z0-9._:@-]{1,64}$", value):
            raise ValueError("must be a model name such as 'claude-haiku-5-5'")
        return value

    @field_validator("coach_prices")
    @classmethod
    def _check_prices(cls, value: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
        for model, row in value.items():
            if set(row) != _PRICE_KEYS or any(price < 0 for price in row.values()):
                raise ValueError(
                    f"{model}: give input, output, cache_write and cache_read, each a "
                    "non-negative price in US dollars per million tokens"
                )
        if not value:
            raise ValueError("needs at least one model")
        return value

    @field_validator("telegram_bot_token")
    @classmethod
    def _check_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _TOKEN_RE.match(value.get_secret_value().strip()):
            raise ValueError(
                "does not look like a Bot API token (expected '123456789:AA...' from @BotFather)"
            )
        return value

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str) -> str:
        value = value.strip()
        for plain in ("postgres://", "postgresql://"):
            if value.startswith(plain):
                return "postgresql+asyncpg://" + value.removeprefix(plain)
        if value.startswith("sqlite://") and not value.startswith("sqlite+aiosqlite://"):
            return "sqlite+aiosqlite://" + value.removeprefix("sqlite://")
        if not value.startswith(("sqlite+aiosqlite:///", "postgresql+asyncpg://")):
            raise ValueError(
                "must start with 'sqlite+aiosqlite:///' (a file) or 'postgresql+asyncpg://'"
            )
        return value

    @field_validator(
        "telegram_api_base",
        "webhook_url",
        "anthropic_base_url",
        "intervals_api_base",
        "strava_api_base",
    )
    @classmethod
    def _check_http_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http:// or https:// URL")
        return value.rstrip("/") if value else value

    @field_validator("webhook_secret")
    @classmethod
    def _check_webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _WEBHOOK_SECRET_RE.match(value.get_secret_value()):
            raise ValueError("may hold only A-Z, a-z, 0-9, '_' and '-', 1 to 256 characters")
        return value

    @field_validator("encryption_key")
    @classmethod
    def _check_encryption_key(cls, value: SecretStr | None) -> SecretStr | None:
        """One key, or several separated by commas, newest first (key rotation: the first
        encrypts, all decrypt; bot/integrations/secrets.py)."""
        if value is None:
            return value
        for key in value.get_secret_value().split(","):
            try:
                raw = base64.urlsafe_b64decode(key.strip().encode())
            except (binascii.Error, ValueError):
                raw = b""
            if len(raw) != 32:
                raise ValueError(
                    "must be 32 url-safe base64-encoded bytes, or several such keys separated "
                    "by commas, newest first (make one with `python -c 'from "
                    "cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'`)"
                )
        return value

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def bot_token(self) -> str:
        """The Bot API token, or the one line that says how to get one."""
        if self.telegram_bot_token is None:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is not set. Ask @BotFather in Telegram for a token "
                "(/newbot), put it in .env as TELEGRAM_BOT_TOKEN=..., or try Tempo without one: "
                "make sandbox"
            )
        return self.telegram_bot_token.get_secret_value().strip()

    def webhook(self) -> tuple[str, str]:
        """WEBHOOK_URL and WEBHOOK_SECRET, or the one line that names the missing one."""
        if not self.webhook_url:
            raise ConfigError("WEBHOOK_URL is not set: the public https URL Telegram should call")
        if self.webhook_secret is None:
            raise ConfigError(
                "WEBHOOK_SECRET is not set: Telegram sends it with every update so we can "
                "refuse requests from anyone else"
            )
        return self.webhook_url, self.webhook_secret.get_secret_value()

    def sqlite_path(self) -> Path | None:
        """The database file for a SQLite URL (``None`` for in-memory or PostgreSQL)."""
        if not self.is_sqlite:
            return None
        path = self.database_url.split(":///", 1)[1].split("?", 1)[0]
        return None if path in ("", ":memory:") else Path(path)


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one line a person can act on."""


class StartUpError(Exception):
    """Start-up cannot go on for a reason outside the settings (the Bot API cannot be
    reached); the message is one line a person can act on."""


def load_settings(**overrides: object) -> Settings:
    """Read settings, turning pydantic's report into one line per bad field."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            field = ".".join(str(part) for part in error["loc"]).upper() or "settings"
            message = str(error["msg"]).removeprefix("Value error, ")
            problems.append(f"{field}: {message}")
        raise ConfigError("; ".join(problems)) from None
