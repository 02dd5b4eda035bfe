"""Readiness days and planned sessions for brief tests, built with the real science."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bot.coach.briefs.model import BriefInputs, BriefSession
from bot.coach.science import LoadState, Readiness, WellnessDay, assess_readiness
from bot.domain.profiles import Units

TODAY = date(2026, 3, 3)  # a Tuesday


def history(
    today: date = TODAY, *, days: int = 70, seed: int = 7, recent: int = 0, **recent_values: float
) -> list[WellnessDay]:
    """A steady baseline (HRV ~60 ms, resting HR ~50, 7.5 h sleep) for ``days`` days; the
    last ``recent`` days before today take ``recent_values`` instead."""
    rng = random.Random(seed)
    out = []
    for back in range(days, 0, -1):
        day = today - timedelta(days=back)
        if back <= recent:
            out.append(WellnessDay(day, **recent_values))  # type: ignore[arg-type]
        else:
            out.append(
                WellnessDay(
                    day,
                    rmssd_ms=60 + rng.gauss(0, 4),
                    resting_hr_bpm=50 + rng.gauss(0, 1),
                    sleep_hours=7.5,
                )
            )
    return out


def green_day(today: date = TODAY) -> Readiness:
    days = [*history(today), WellnessDay(today, rmssd_ms=66, resting_hr_bpm=48,
                                           sleep_hours=8.2, fatigue=2, soreness=1)]  # fmt: skip
    return assess_readiness(today, days, LoadState(tsb=8, acwr=1.0, monotony=1.2))


def amber_day(today: date = TODAY) -> Readiness:
    days = [
        *history(today, recent=2, rmssd_ms=52, resting_hr_bpm=52, sleep_hours=6.5),
        WellnessDay(today, rmssd_ms=50, resting_hr_bpm=53, sleep_hours=6.0, fatigue=4),
    ]
    return assess_readiness(today, days, LoadState(tsb=-18, acwr=1.2, monotony=1.4))


def red_day(today: date = TODAY) -> Readiness:
    days = [
        *history(today, recent=3, rmssd_ms=42, resting_hr_bpm=57, sleep_hours=5.0),
        WellnessDay(today, rmssd_ms=40, resting_hr_bpm=58, sleep_hours=5.0, fatigue=5),
    ]
    return assess_readiness(today, days, LoadState(tsb=-32, acwr=1.6, monotony=2.2))


def ill_day(today: date = TODAY) -> Readiness:
    days = [*history(today), WellnessDay(today, rmssd_ms=61, sleep_hours=7.5, illness=True)]
    return assess_readiness(today, days)


def intervals() -> BriefSession:
    return BriefSession(
        title="Threshold intervals 5 × 6 min",
        sport="run",
        duration_s=70 * 60,
        targets="5 × 6 min at 4:05–4:15 /km\n2 min easy jog between",
        distance_m=12_000,
        easier=BriefSession(
            title="Easy run", sport="run", duration_s=45 * 60, targets="Zone 2, conversational"
        ),
    )


def easy_ride() -> BriefSession:
    return BriefSession(title="Endurance ride", sport="bike", duration_s=90 * 60,
                        targets="Zone 2 (56–75 % FTP)")  # fmt: skip


def inputs(
    readiness: Readiness | None,
    sessions: tuple[BriefSession, ...] | None = (),
    *,
    checked_in: bool | None = True,
    units: Units = Units.METRIC,
    first_name: str = "Ann",
) -> BriefInputs:
    return BriefInputs(
        day=TODAY,
        first_name=first_name,
        units=units,
        readiness=readiness,
        sessions=sessions,
        checked_in=checked_in,
    )
