"""A planned ride or run as a Zwift workout (.zwo).

Zwift's workout format (documented by the community: github.com/h4l/zwift-workout-file-
reference): ``workout_file`` with author, name, description, sportType (bike/run) and a
``workout`` of Warmup/Cooldown (ramps with PowerLow/PowerHigh), SteadyState (Power),
IntervalsT (Repeat, OnDuration/OffDuration, OnPower/OffPower) and Ramp elements. Power
is a fraction of FTP for rides and of threshold pace (speed) for runs, which is exactly
how our power and pace targets are expressed. Heart-rate and RPE targets are converted
to the equivalent intensity factor.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from bot.coach.planning.model import (
    Repeat,
    Session,
    SessionSport,
    Step,
    StepKind,
    Target,
    TargetKind,
)
from bot.coach.planning.request import Thresholds
from bot.coach.planning.targets import carry_for, intensity_factor
from bot.coach.science.units import PaceUnit

SPORT_TYPE = {SessionSport.BIKE: "bike", SessionSport.RUN: "run"}


class ExportError(ValueError):
    """A session the format cannot carry; ``code`` feeds the translated reply."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}" if params else code)
        self.code = code
        self.params = params


def _band(
    target: Target, sport: SessionSport, thresholds: Thresholds | None = None
) -> tuple[float, float]:
    """The target as (low, high) fractions of FTP (ride) or threshold speed (run), in the
    athlete's custom zones when ``thresholds`` carry any."""
    if target.kind in (TargetKind.POWER_FTP, TargetKind.PACE_THRESHOLD):
        if thresholds is None:
            return target.low, target.high
        return (
            _carried(target.kind, target.low, thresholds),
            _carried(target.kind, target.high, thresholds),
        )
    low = intensity_factor(Target(target.kind, target.low, target.low), sport)
    high = intensity_factor(Target(target.kind, target.high, target.high), sport)
    return low, high


def _carried(kind: TargetKind, fraction: float, t: Thresholds) -> float:
    """A fraction of FTP or threshold speed moved into the custom zones (overrides win
    everywhere, as on every screen): Zwift reads fractions, so the carried watts or pace
    become a fraction of the same threshold again."""
    carry = carry_for(t, kind)
    if fraction <= 0:
        return fraction
    if kind is TargetKind.POWER_FTP and t.ftp_w:
        return carry(fraction * t.ftp_w) / t.ftp_w
    threshold = t.run_threshold_pace_s_per_km
    if kind is TargetKind.PACE_THRESHOLD and threshold:
        found = t.zone_map("run_pace")
        # Custom pace zones are per km or per mile, as the athlete reads paces.
        per = PaceUnit(found.computed.unit).metres / 1000 if found is not None else 1.0
        return threshold * per / carry(threshold * per / fraction)
    return fraction


def _fmt(value: float) -> str:
    return f"{value:.3f}"


def _element(
    parent: ET.Element, step: Step, sport: SessionSport, thresholds: Thresholds | None
) -> None:
    low, high = _band(step.target, sport, thresholds)
    duration = str(step.duration_s)
    if step.kind is StepKind.WARMUP:
        ET.SubElement(
            parent, "Warmup", Duration=duration, PowerLow=_fmt(low), PowerHigh=_fmt(high)
        )
    elif step.kind is StepKind.COOLDOWN:
        # Zwift ramps a cooldown from PowerLow down to PowerHigh.
        ET.SubElement(
            parent, "Cooldown", Duration=duration, PowerLow=_fmt(high), PowerHigh=_fmt(low)
        )
    elif step.progressive:
        ET.SubElement(parent, "Ramp", Duration=duration, PowerLow=_fmt(low), PowerHigh=_fmt(high))
    else:
        ET.SubElement(parent, "SteadyState", Duration=duration, Power=_fmt((low + high) / 2))


def workout_to_zwo(
    session: Session,
    *,
    name: str | None = None,
    author: str = "Tempo",
    thresholds: Thresholds | None = None,
) -> str:
    """The session as .zwo XML text, with targets in the custom zones of ``thresholds``
    (the athlete's, overrides applied). Raises ExportError for swims, bricks and strength."""
    sport_type = SPORT_TYPE.get(session.sport)
    if sport_type is None:
        raise ExportError("zwo_sport_unsupported", sport=session.sport.value)
    sport = session.sport
    root = ET.Element("workout_file")
    ET.SubElement(root, "author").text = author
    ET.SubElement(root, "name").text = name or f"{session.title} {session.date.isoformat()}"
    ET.SubElement(root, "description").text = session.objective
    ET.SubElement(root, "sportType").text = sport_type
    ET.SubElement(root, "tags")
    workout = ET.SubElement(root, "workout")
    for block in session.workout.blocks():
        if isinstance(block, Repeat) and len(block.steps) == 2:
            on, off = block.steps
            on_low, on_high = _band(on.target, sport, thresholds)
            off_low, off_high = _band(off.target, sport, thresholds)
            ET.SubElement(
                workout,
                "IntervalsT",
                Repeat=str(block.count),
                OnDuration=str(on.duration_s),
                OffDuration=str(off.duration_s),
                OnPower=_fmt((on_low + on_high) / 2),
                OffPower=_fmt((off_low + off_high) / 2),
            )
        elif isinstance(block, Repeat):
            for _ in range(block.count):
                for step in block.steps:
                    _element(workout, step, sport, thresholds)
        else:
            _element(workout, block, sport, thresholds)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode")
