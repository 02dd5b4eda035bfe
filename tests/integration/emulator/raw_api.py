"""Bot API calls as plain HTTP, for requests aiogram would refuse to build."""

from __future__ import annotations

from typing import Any

import aiohttp


class RawApi:
    """Bot API calls as plain HTTP, answering (status, decoded envelope)."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str, token: str) -> None:
        self._session = session
        self._base = f"{base_url}/bot{token}"

    async def call(self, method: str, **params: Any) -> tuple[int, dict[str, Any]]:
        async with self._session.post(f"{self._base}/{method}", json=params) as response:
            return response.status, await response.json()
