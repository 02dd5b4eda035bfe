"""Reading a service's JSON defensively: a wrong shape is ``MalformedResponse``, not a
``KeyError`` deep in a sync."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime
from typing import Any

from bot.integrations.errors import MalformedResponse


def as_list(value: Any, service: str, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise MalformedResponse(service, f"{what}: expected a list")
    return value


def as_dict(value: Any, service: str, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MalformedResponse(service, f"{what}: expected an object")
    return value


def number(value: Any) -> float | None:
    """A finite number, or None (services send null, "", or nothing for "not recorded")."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    result = float(value)
    return result if math.isfinite(result) else None


def positive(value: Any) -> float | None:
    result = number(value)
    return result if result is not None and result > 0 else None


def small_int(value: Any) -> int | None:
    result = number(value)
    return int(result) if result is not None and result > 0 else None


def text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def utc_time(value: Any, service: str, what: str) -> datetime:
    """An ISO 8601 instant (``2026-03-01T06:12:00Z``) as an aware UTC datetime."""
    if not isinstance(value, str):
        raise MalformedResponse(service, f"{what}: no start time")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise MalformedResponse(service, f"{what}: unreadable start time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def day_of(value: Any, service: str, what: str) -> date:
    if not isinstance(value, str):
        raise MalformedResponse(service, f"{what}: no day")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise MalformedResponse(service, f"{what}: unreadable day") from None
