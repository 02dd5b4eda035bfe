"""One number formatter per language: the decimal mark of the locale everywhere, no "-0",
and ACWR shown only once it means something."""

from __future__ import annotations

import pytest

from bot.coach.agent.deterministic import _acwr_line
from bot.coach.science import pmc_series
from bot.coach.science.pmc import PmcDay
from bot.handlers.activity_render import fitness_line
from bot.handlers.onboarding.formatting import Formatter
from bot.i18n import Catalogs
from bot.i18n.numbers import format_money, format_number, format_signed

CATALOGS = Catalogs.load()
EN = CATALOGS.translator("en")
RU = CATALOGS.translator("ru")


@pytest.mark.parametrize(
    ("value", "digits", "english", "russian"),
    [
        (1.5, 1, "1.5", "1,5"),
        (1.0, 1, "1", "1"),
        (-0.04, 1, "0", "0"),
        (-0.3, 0, "0", "0"),
        (-2.46, 1, "-2.5", "-2,5"),
        (1234.5, 1, "1,234.5", "1\xa0234,5"),
    ],
)
def test_numbers_are_written_the_languages_way_and_never_minus_zero(
    value: float, digits: int, english: str, russian: str
) -> None:
    assert format_number(value, "en", digits) == EN.number(value, digits) == english
    assert format_number(value, "ru", digits) == RU.number(value, digits) == russian
    assert Formatter(RU).number(value, digits) == russian


def test_a_change_has_a_sign_except_when_there_is_none() -> None:
    assert [format_signed(v, "ru") for v in (1.25, -1.25, -0.01, 0.0)] == [
        "+1,2",
        "-1,2",
        "0",
        "0",
    ]


def test_a_negative_zero_passed_to_a_message_reads_zero() -> None:
    assert EN("act-fitness", ctl=1, atl=1, tsb=-0.0) == "Fitness 1 · fatigue 1 · form 0"


def test_the_card_never_says_form_minus_zero() -> None:
    """A sandbox tester saw "form -0" on an early card: form just below zero."""
    day = PmcDay(
        load=0.0, ctl=3.2, atl=3.4, tsb=-0.2, ramp=0.0, acute_ewma=3.4, chronic_ewma=3.2,
        acwr=None, monotony=None, strain=None,
    )  # fmt: skip
    assert fitness_line(EN, Formatter(EN), day) == "Fitness 3 · fatigue 3 · form 0"


def test_acwr_is_not_shown_as_a_bare_ratio_before_four_weeks() -> None:
    """ "ACWR 0" appeared to an athlete with no real history: under 4 weeks it is a dash
    with the reason, after that the ratio in the language's own decimals."""
    early = pmc_series([50.0] + [0.0] * 10)[-1]
    assert early.acwr is not None and round(early.acwr, 2) < 0.5
    assert _acwr_line(early, EN).startswith("ACWR: — (not enough data yet")
    rising = pmc_series([50.0] * 35 + [80.0] * 5)[-1]
    assert rising.acwr_confident and rising.acwr is not None
    shown = f"{rising.acwr:.2f}".replace(".", ",")
    assert _acwr_line(rising, RU).startswith(f"ACWR: {shown} (обычный")


def test_amounts_keep_their_cents_in_the_languages_decimals() -> None:
    assert [format_money(0.5, "en"), format_money(0.5, "ru")] == ["0.50", "0,50"]
