"""Secrets at rest: Fernet under ENCRYPTION_KEY, rotation by re-encrypting on read, and
no plaintext in a repr, an error or a settings report."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from bot.config import ConfigError, load_settings
from bot.integrations.secrets import SecretCipher, SecretDecryptError

OLD, NEW = Fernet.generate_key().decode(), Fernet.generate_key().decode()
TOKEN = "i-am-an-intervals-api-key-0123"


def test_a_secret_round_trips_and_is_never_stored_in_the_clear() -> None:
    cipher = SecretCipher(OLD)
    stored = cipher.encrypt(TOKEN)
    assert TOKEN not in stored
    opened = cipher.decrypt(stored)
    assert opened.value == TOKEN and not opened.stale
    assert TOKEN not in repr(opened) and OLD not in repr(cipher)


def test_rotation_opens_old_secrets_and_flags_them_for_re_encryption() -> None:
    stored = SecretCipher(OLD).encrypt(TOKEN)
    rotated = SecretCipher(f"{NEW}, {OLD}")
    opened = rotated.decrypt(stored)
    assert opened.value == TOKEN and opened.stale
    again = rotated.encrypt(opened.value)
    assert Fernet(NEW.encode()).decrypt(again.encode()).decode() == TOKEN
    assert not rotated.decrypt(again).stale


def test_a_secret_no_key_opens_fails_without_saying_what_it_held() -> None:
    stored = SecretCipher(OLD).encrypt(TOKEN)
    with pytest.raises(SecretDecryptError) as failed:
        SecretCipher(NEW).decrypt(stored)
    assert TOKEN not in str(failed.value) and stored not in str(failed.value)


def test_settings_take_several_keys_and_refuse_a_bad_one_without_echoing_it() -> None:
    settings = load_settings(_env_file=None, encryption_key=f"{NEW},{OLD}")
    assert settings.encryption_key is not None
    assert NEW not in repr(settings)
    with pytest.raises(ConfigError) as refused:
        load_settings(_env_file=None, encryption_key=f"{NEW},not-a-key-at-all")
    assert "ENCRYPTION_KEY" in str(refused.value) and NEW not in str(refused.value)
