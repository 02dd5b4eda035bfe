"""calc's arithmetic and conversions; the Telegram renderer and splitter."""

from __future__ import annotations

import pytest

from bot.coach.agent.calc import CalcError, clock, convert, evaluate
from bot.coach.agent.intents import Intent, read_intent
from bot.coach.agent.pricing import PriceTable, TokenUsage
from bot.config import DEFAULT_COACH_PRICES
from bot.handlers.coach_render import render_model_text, split_message


@pytest.mark.parametrize(
    ("expression", "value"),
    [("2 + 3 * 4", 14.0), ("(250 - 230) / 250 * 100", 8.0), ("4:30 * 2", 540.0), ("2**3", 8.0)],
)
def test_arithmetic(expression: str, value: float) -> None:
    assert evaluate(expression) == value


@pytest.mark.parametrize(
    "expression", ["__import__('os')", "x + 1", "1/0", "9**99", "open('f')", "a" * 300]
)
def test_anything_but_arithmetic_is_refused(expression: str) -> None:
    with pytest.raises(CalcError):
        evaluate(expression)


def test_conversions() -> None:
    assert convert("4:30", "min/km", "min/mi")["clock"] == "7:15"
    assert convert("12", "km/h", "min/km")["clock"] == "5:00"
    assert convert("10", "km", "mi")["value"] == 6.214
    assert convert("90", "min", "h") == {"value": 1.5, "unit": "h", "clock": "1:30:00"}
    assert convert("1:35", "min/100m", "m/s")["value"] == 1.053  # CSS 1.0526 m/s
    with pytest.raises(CalcError):
        convert("5", "km", "kg")
    assert clock(3725) == "1:02:05"


def test_model_text_becomes_safe_telegram_html() -> None:
    text = "# Plan\n**Easy** day & <i>rest</i>\n* one\n2. two\n```\ncode\n```\n"
    assert render_model_text(text + "<untrusted>x</untrusted>") == (
        "Plan\n<b>Easy</b> day &amp; &lt;i&gt;rest&lt;/i&gt;\n• one\n• two\n\ncode\n\nx"
    )
    assert render_model_text("**unclosed bold") == "**unclosed bold"


def test_long_answers_split_at_paragraphs_under_the_limit() -> None:
    paragraph = "word " * 300
    parts = split_message("\n\n".join([paragraph.strip()] * 5), limit=4096)
    # 1,499 characters a paragraph: two fit in a message, three do not.
    assert [p.count("\n\n") for p in parts] == [1, 1, 0]
    assert all(len(p) <= 4096 for p in parts)
    one_line = "<b>" + "x" * 5000 + "</b>"
    pieces = split_message(one_line)
    assert all(len(p) <= 4096 and "<b>" not in p for p in pieces)
    assert "".join(pieces) == "x" * 5000


def test_prices_and_unknown_models() -> None:
    table = PriceTable(DEFAULT_COACH_PRICES)
    usage = TokenUsage(input=1000, output=500, cache_write=2000, cache_read=10000)
    assert table.cost("claude-haiku-5-5", usage) == pytest.approx(
        (1000 * 1.0 + 500 * 5.0 + 2000 * 1.25 + 10000 * 0.1) / 1_000_000
    )
    assert table.cost("claude-unknown", usage) == table.cost("claude-opus-4-5", usage)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("I think I have the flu", Intent.ILL), ("я заболел", Intent.ILL),
     ("my achilles hurts", Intent.INJURED), ("потянул икру", Intent.INJURED),
     ("so tired", Intent.TIRED), ("устал", Intent.TIRED),
     ("only 30 min today", Intent.SHORT_OF_TIME), ("в командировке", Intent.SHORT_OF_TIME),
     ("skip tomorrow", Intent.MOVE_SKIP), ("перенести тренировку", Intent.MOVE_SKIP),
     ("why red?", Intent.WHY_READINESS), ("почему красный?", Intent.WHY_READINESS),
     ("how is my form", Intent.FITNESS), ("как прогресс", Intent.FITNESS),
     ("what's today", Intent.TODAY), ("что сегодня", Intent.TODAY),
     ("hello", Intent.UNKNOWN), ("привет", Intent.UNKNOWN)],
)  # fmt: skip
def test_intents(text: str, intent: Intent) -> None:
    assert read_intent(text) is intent
