"""Domain errors for the training-science core.

Every bad input raises a subclass of :class:`ScienceError` (itself a ``ValueError``) whose
message names the argument, the value received and what was expected, so a handler can turn
it into a reply the athlete can act on. Arithmetic errors (``ZeroDivisionError``) never leak.
"""

from __future__ import annotations

import math


class ScienceError(ValueError):
    """Base class: an input the formulas cannot use."""


class InvalidValueError(ScienceError):
    """A number outside its physical or published range (negative duration, FTP of 0...)."""


class InsufficientDataError(ScienceError):
    """Not enough data to compute a value (empty stream, NP from less than 30 s...)."""


class ZoneDefinitionError(ScienceError):
    """Zones (computed or custom) that are not contiguous, ordered or complete."""


def require_finite(name: str, value: float) -> float:
    """Return ``value`` as a float, or raise if it is NaN or infinite."""
    number = float(value)
    if not math.isfinite(number):
        raise InvalidValueError(f"{name} must be a finite number, got {value!r}")
    return number


def require_positive(name: str, value: float, unit: str = "") -> float:
    """Return ``value`` if it is finite and > 0."""
    number = require_finite(name, value)
    if number <= 0:
        raise InvalidValueError(f"{name} must be greater than 0{_with(unit)}, got {value!r}")
    return number


def require_non_negative(name: str, value: float, unit: str = "") -> float:
    """Return ``value`` if it is finite and >= 0."""
    number = require_finite(name, value)
    if number < 0:
        raise InvalidValueError(f"{name} must not be negative{_with(unit)}, got {value!r}")
    return number


def require_range(name: str, value: float, low: float, high: float, unit: str = "") -> float:
    """Return ``value`` if it is finite and ``low <= value <= high``."""
    number = require_finite(name, value)
    if not low <= number <= high:
        raise InvalidValueError(
            f"{name} must be between {low:g} and {high:g}{_with(unit)}, got {value!r}"
        )
    return number


def _with(unit: str) -> str:
    return f" {unit}" if unit else ""
