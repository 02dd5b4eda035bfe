"""Settings: good values load, bad ones stop start-up with one clear line."""

from __future__ import annotations

import pytest

from bot.config import DEFAULT_DATABASE_URL, ConfigError, load_settings

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    """Settings read the environment and .env: start each test from neither."""
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_API_BASE",
        "DATABASE_URL",
        "ANTHROPIC_API_KEY",
        "WEBHOOK_URL",
        "WEBHOOK_SECRET",
        "LOG_LEVEL",
        "ENCRYPTION_KEY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(str(tmp_path))


def test_defaults_need_nothing() -> None:
    settings = load_settings()
    assert settings.telegram_bot_token is None
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert settings.is_sqlite
    assert str(settings.sqlite_path()) == "data/tempo.db"
    assert settings.anthropic_api_key is None
    assert settings.log_level == "INFO"


def test_reads_the_environment_and_keeps_secrets_out_of_repr(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-secret")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    settings = load_settings()
    assert settings.telegram_bot_token is not None
    assert settings.telegram_bot_token.get_secret_value() == TOKEN
    assert settings.log_level == "DEBUG"
    assert TOKEN not in repr(settings)
    assert "sk-ant-test-secret" not in repr(settings)


def test_reads_a_dot_env_file(tmp_path: object) -> None:
    from pathlib import Path

    Path(str(tmp_path), ".env").write_text(
        f"TELEGRAM_BOT_TOKEN={TOKEN}\nDATABASE_URL=postgres://u:p@db:5432/tempo\n"
    )
    settings = load_settings()
    assert settings.telegram_bot_token is not None
    assert settings.database_url == "postgresql+asyncpg://u:p@db:5432/tempo"
    assert not settings.is_sqlite
    assert settings.sqlite_path() is None


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("TELEGRAM_BOT_TOKEN", "not-a-token", "TELEGRAM_BOT_TOKEN: does not look like a Bot API"),
        ("TELEGRAM_BOT_TOKEN", "12345:short", "TELEGRAM_BOT_TOKEN: does not look like a Bot API"),
        ("DATABASE_URL", "mysql://root@localhost/tempo", "DATABASE_URL: must start with"),
        ("TELEGRAM_API_BASE", "localhost:8081", "TELEGRAM_API_BASE: must be an http"),
        ("WEBHOOK_SECRET", "has spaces!", "WEBHOOK_SECRET: may hold only"),
        ("ENCRYPTION_KEY", "too-short", "ENCRYPTION_KEY: must be 32 url-safe base64"),
        ("LOG_LEVEL", "LOUD", "LOG_LEVEL: Input should be"),
        ("WEBHOOK_PORT", "99999", "WEBHOOK_PORT: Input should be less than or equal to 65535"),
    ],
)
def test_a_bad_value_is_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, message: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        load_settings()
    text = str(caught.value)
    assert message in text
    assert "\n" not in text
    assert value not in text or name == "LOG_LEVEL"  # never echo a possibly secret value


def test_blank_optional_values_are_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "  ")
    monkeypatch.setenv("TELEGRAM_API_BASE", "")
    settings = load_settings()
    assert settings.telegram_bot_token is None
    assert settings.anthropic_api_key is None
    assert settings.telegram_api_base is None


def test_sqlite_shorthand_is_made_async(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "sqlite:///var/tempo.db")
    assert load_settings().database_url == "sqlite+aiosqlite:///var/tempo.db"
