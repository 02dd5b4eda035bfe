"""``calc``'s arithmetic and unit conversions, so the model never computes in its head.

Arithmetic is a small AST walk over numbers, + - * / // % ** and parentheses (no names,
no calls, bounded powers); conversions cover distance, speed and pace, weight and
durations. Paces and durations may be written ``m:ss`` or ``h:mm:ss``.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable

METRES = {"m": 1.0, "km": 1000.0, "mi": 1609.344, "yd": 0.9144, "ft": 0.3048}
# Speeds and paces as metres per second: a pace unit is (distance in metres per unit).
SPEEDS = {"m/s": 1.0, "km/h": 1000 / 3600, "mph": 1609.344 / 3600}
PACES = {"min/km": 1000.0, "min/mi": 1609.344, "min/100m": 100.0, "min/100yd": 91.44}
WEIGHTS = {"kg": 1.0, "lb": 0.45359237}
DURATIONS = {"s": 1.0, "min": 60.0, "h": 3600.0}
MAX_EXPRESSION = 200


class CalcError(ValueError):
    """An expression or conversion ``calc`` cannot do; the message says why."""


_OPERATORS: dict[type, Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}


def evaluate(expression: str) -> float:
    """The value of an arithmetic expression; ``m:ss`` clock values count as seconds."""
    if len(expression) > MAX_EXPRESSION:
        raise CalcError(f"expression longer than {MAX_EXPRESSION} characters")
    text = _clocks_to_seconds(expression.replace("×", "*").replace("÷", "/").replace(",", "."))
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        raise CalcError(f"not an arithmetic expression: {expression!r}") from None
    value = _walk(tree.body)
    if not math.isfinite(value):
        raise CalcError("the result is not a finite number")
    return value


def _walk(node: ast.AST) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        return float(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        value = _walk(node.operand)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        left, right = _walk(node.left), _walk(node.right)
        if isinstance(node.op, ast.Pow) and abs(right) > 10:
            raise CalcError("powers above 10 are not needed for training arithmetic")
        try:
            return _OPERATORS[type(node.op)](left, right)
        except ZeroDivisionError:
            raise CalcError("division by zero") from None
    raise CalcError("only numbers, + - * / // % ** and parentheses are allowed")


def _clocks_to_seconds(text: str) -> str:
    out = []
    for token in text.split():
        out.append(str(parse_clock(token)) if ":" in token else token)
    return " ".join(out)


def parse_clock(text: str) -> float:
    """``m:ss`` or ``h:mm:ss`` as seconds."""
    try:
        parts = [float(p) for p in text.strip().split(":")]
    except ValueError:
        raise CalcError(f"not a clock value: {text!r}") from None
    if not 2 <= len(parts) <= 3 or any(p < 0 for p in parts) or any(p >= 60 for p in parts[1:]):
        raise CalcError(f"not a clock value: {text!r}")
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds


def clock(seconds: float) -> str:
    """Seconds as ``m:ss`` (or ``h:mm:ss`` from an hour up)."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def convert(value: str, source: str, target: str) -> dict[str, float | str]:
    """``value`` in ``source`` units as ``target`` units (paces and durations may be
    clock text), with the result as a number and, for paces and durations, a clock."""
    source, target = source.strip().lower(), target.strip().lower()
    for table in (METRES, WEIGHTS):
        if source in table and target in table:
            result = _float(value) * table[source] / table[target]
            return {"value": round(result, 3), "unit": target}
    if source in DURATIONS and target in DURATIONS:
        seconds = _amount(value) * DURATIONS[source] if ":" not in value else parse_clock(value)
        result = seconds / DURATIONS[target]
        return {"value": round(result, 3), "unit": target, "clock": clock(seconds)}
    speed = _speed(value, source)
    if target in SPEEDS:
        return {"value": round(speed / SPEEDS[target], 3), "unit": target}
    if target in PACES:
        seconds = PACES[target] / speed
        return {"value": round(seconds / 60, 3), "unit": target, "clock": clock(seconds)}
    raise CalcError(f"cannot convert {source} to {target}")


def _speed(value: str, unit: str) -> float:
    if unit in SPEEDS:
        speed = _float(value) * SPEEDS[unit]
    elif unit in PACES:
        seconds = parse_clock(value) if ":" in value else _float(value) * 60
        if seconds <= 0:
            raise CalcError("a pace must be above zero")
        speed = PACES[unit] / seconds
    else:
        raise CalcError(f"unknown unit {unit!r}")
    if speed <= 0:
        raise CalcError("a speed must be above zero")
    return speed


def _amount(value: str) -> float:
    return _float(value)


def _float(value: str) -> float:
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        raise CalcError(f"not a number: {value!r}") from None
