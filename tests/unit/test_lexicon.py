"""One vocabulary for both deterministic readers: what the plan-change reader takes as
illness or travel, the coach's intent reader does too, and a denial is a denial for both."""

from __future__ import annotations

from datetime import date

import pytest

from bot.coach.agent.intents import Intent, read_intent
from bot.coach.planning.changes.reader import RequestKind, Unsure, read_change_request

TUESDAY = date(2026, 1, 6)


def change_kind(text: str, lang: str) -> RequestKind | str | None:
    found = read_change_request(text, lang, TUESDAY)
    if isinstance(found, Unsure):
        return found.question
    return found.kind if found is not None else None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I'm sick", "en"), ("I have a fever", "en"), ("I feel unwell today", "en"),
        ("got a cold, runny nose", "en"), ("я заболел", "ru"), ("у меня температура", "ru"),
        ("у меня орви", "ru"), ("простыл, насморк", "ru"), ("плохо себя чувствую", "ru"),
    ],
)  # fmt: skip
def test_illness_is_illness_for_both_readers(text: str, lang: str) -> None:
    assert read_intent(text) is Intent.ILL
    assert change_kind(text.lower(), lang) in (RequestKind.ILLNESS, "illness_where")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("travelling Monday to Thursday, only running", "en"),
        ("at a hotel Mon-Thu, only running", "en"),
        ("в командировке с понедельника по четверг, только бег", "ru"),
        ("в поездке с понедельника по среду, только бег", "ru"),
    ],
)
def test_travel_is_travel_for_both_readers(text: str, lang: str) -> None:
    assert read_intent(text) is Intent.SHORT_OF_TIME
    assert change_kind(text.lower(), lang) is RequestKind.LIMITS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I'm not sick anymore", "en"), ("no longer ill, better now", "en"),
        ("я уже не болею", "ru"), ("больше не болею", "ru"), ("Will it rain?", "en"),
        ("I still feel great", "en"),
    ],
)  # fmt: skip
def test_a_denial_or_a_lookalike_is_nothing_for_both(text: str, lang: str) -> None:
    assert read_intent(text) is not Intent.ILL
    assert change_kind(text.lower(), lang) is None
