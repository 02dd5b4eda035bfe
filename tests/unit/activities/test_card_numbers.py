"""The numbers an activity card shows beside the activity (issue #16, one truth per number)."""

from __future__ import annotations

from bot.coach.science import pmc_series
from bot.handlers.activity_render import fitness_line
from bot.handlers.onboarding.formatting import Formatter
from bot.i18n import Catalogs

T = Catalogs.load().translator("en")


def test_form_on_the_card_is_yesterdays_fitness_minus_fatigue() -> None:
    days = pmc_series([100.0] * 6 + [300.0])
    today = days[-1]
    line = fitness_line(T, Formatter(T), today)
    # Going into day 7: CTL 13.31 − ATL 57.56 = −44; after its 300, 20 − 90 = −70.
    assert round(today.tsb) == round(days[-2].ctl - days[-2].atl) == -44
    assert line == "Fitness 20 · fatigue 90 · form -44"


def test_no_fitness_line_without_load_history() -> None:
    assert fitness_line(T, Formatter(T), None) is None
    (nothing,) = pmc_series([0.0])
    assert fitness_line(T, Formatter(T), nothing) is None
