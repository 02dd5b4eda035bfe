"""Tokens and API keys encrypted at rest with ``ENCRYPTION_KEY`` (Fernet: AES-128-CBC and
HMAC-SHA256, https://cryptography.io/en/latest/fernet/).

``ENCRYPTION_KEY`` holds one key, or several separated by commas, newest first: the first
encrypts, every one decrypts (``MultiFernet``). To rotate, put a new key in front; each
secret is re-encrypted with it the next time it is read (``Decrypted.stale``), and the old
key can be dropped once nothing needs it. A plaintext is never logged and never put in an
exception's message: ``SecretDecryptError`` says which key failed, not what it held.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


class SecretDecryptError(Exception):
    """A stored secret that no configured key opens (the key was changed, not rotated)."""


@dataclass(frozen=True, slots=True)
class Decrypted:
    value: str
    stale: bool  # encrypted with an older key: store ``SecretCipher.encrypt(value)`` again

    def __repr__(self) -> str:  # never the value, even in a debugger or a log line
        return f"Decrypted(value=<hidden>, stale={self.stale})"


class SecretCipher:
    def __init__(self, keys: str) -> None:
        parts = [part.strip() for part in keys.split(",") if part.strip()]
        if not parts:
            raise ValueError("ENCRYPTION_KEY is empty")
        self._primary = Fernet(parts[0].encode())
        self._all = MultiFernet([Fernet(part.encode()) for part in parts])

    def encrypt(self, plaintext: str) -> str:
        return self._primary.encrypt(plaintext.encode()).decode("ascii")

    def decrypt(self, token: str) -> Decrypted:
        try:
            return Decrypted(self._primary.decrypt(token.encode()).decode(), stale=False)
        except InvalidToken:
            pass
        try:
            value = self._all.decrypt(token.encode()).decode()
        except InvalidToken:
            raise SecretDecryptError(
                "a stored integration secret opens with none of the keys in ENCRYPTION_KEY"
            ) from None
        return Decrypted(value, stale=True)

    def __repr__(self) -> str:
        return "SecretCipher(<keys hidden>)"
