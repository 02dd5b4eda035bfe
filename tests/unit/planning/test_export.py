"""Exports: FIT workout files decode with fitdecode (CRCs enforced) step for step, and
.zwo files parse with xml.etree into the right elements."""

from __future__ import annotations

import io
import struct
import xml.etree.ElementTree as ET
from datetime import date
from typing import Any

import fitdecode
import pytest

from bot.coach.planning import (
    Effort,
    ExportError,
    Plan,
    PlanRequest,
    Repeat,
    Session,
    SessionSport,
    SessionType,
    Step,
    StepKind,
    Target,
    TargetKind,
    Thresholds,
    Workout,
    generate_plan,
    workout_to_fit,
    workout_to_zwo,
)
from bot.coach.planning.export_fit import fit_crc
from tests.unit.planning.factories import make_request

THRESHOLDS = Thresholds(
    ftp_w=250,
    run_threshold_pace_s_per_km=270,
    css_s_per_100m=105,
    lthr=160,
    hrmax=185,
    resting_hr=50,
)


def decode(data: bytes) -> list[tuple[str, dict[str, Any]]]:
    messages = []
    with fitdecode.FitReader(
        io.BytesIO(data),
        check_crc=fitdecode.CrcCheck.RAISE,
        error_handling=fitdecode.ErrorHandling.RAISE,
    ) as reader:
        for frame in reader:
            if isinstance(frame, fitdecode.FitDataMessage):
                messages.append((frame.name, {f.name: f.value for f in frame.fields}))
    return messages


def steps_of(data: bytes) -> list[dict[str, Any]]:
    return [fields for name, fields in decode(data) if name == "workout_step"]


@pytest.fixture(scope="module")
def plan_and_request() -> tuple[Plan, PlanRequest]:
    request = make_request(thresholds=THRESHOLDS)
    return generate_plan(request), request


def first(plan: Plan, title: str) -> Session:
    return next(s for s in plan.sessions() if s.title == title)


def test_fit_crc_matches_the_sdk_reference() -> None:
    # CRC-16 as in the FIT SDK (table-driven, nibble-wise): the check value for "123456789"
    # of this ARC/IBM polynomial (0x8005 reflected) is 0xBB3D.
    assert fit_crc(b"123456789") == 0xBB3D


def test_fit_file_layout(plan_and_request: tuple[Plan, PlanRequest]) -> None:
    plan, _ = plan_and_request
    data = workout_to_fit(first(plan, "bike.threshold"), THRESHOLDS)

    size, protocol, profile, data_size, magic = struct.unpack("<BBHI4s", data[:12])
    assert (size, magic) == (14, b".FIT")
    assert data_size == len(data) - 14 - 2
    assert struct.unpack("<H", data[12:14])[0] == fit_crc(data[:12])
    assert struct.unpack("<H", data[-2:])[0] == fit_crc(data[:-2])
    assert protocol == 0x20 and profile > 0


def test_fit_power_workout_round_trips_with_repeats(
    plan_and_request: tuple[Plan, PlanRequest],
) -> None:
    plan, _ = plan_and_request
    session = first(plan, "bike.threshold")

    messages = decode(workout_to_fit(session, THRESHOLDS))

    file_id = messages[0][1]
    assert messages[0][0] == "file_id" and file_id["type"] == "workout"
    workout = next(fields for name, fields in messages if name == "workout")
    assert workout["sport"] == "cycling"
    assert workout["wkt_name"] == f"bike.threshold {session.date.isoformat()}"
    steps = steps_of(workout_to_fit(session, THRESHOLDS))
    assert workout["num_valid_steps"] == len(steps)

    expected: list[dict[str, Any]] = []
    for block in session.workout.blocks():
        if isinstance(block, Repeat):
            start = len(expected)
            for step in block.steps:
                expected.append(_expected_power(len(expected), step))
            expected.append(
                {
                    "message_index": len(expected),
                    "duration_type": "repeat_until_steps_cmplt",
                    "duration_step": start,
                    "repeat_steps": block.count,
                }
            )
        else:
            expected.append(_expected_power(len(expected), block))
    assert [_subset(actual, want) for actual, want in zip(steps, expected, strict=True)] == (
        expected
    )
    work = next(
        s for s in steps if s.get("intensity") == "active" and s["custom_target_power_low"] > 1200
    )
    assert (work["custom_target_power_low"], work["custom_target_power_high"]) == (1238, 1262)


def _expected_power(index: int, step: Step) -> dict[str, Any]:
    intensity = {
        StepKind.WARMUP: "warmup",
        StepKind.COOLDOWN: "cooldown",
        StepKind.RECOVER: "rest",
    }.get(step.kind, "active")
    return {
        "message_index": index,
        "duration_type": "time",
        "duration_time": float(step.duration_s),
        "target_type": "power",
        "custom_target_power_low": round(step.target.low * 250) + 1000,
        "custom_target_power_high": round(step.target.high * 250) + 1000,
        "intensity": intensity,
    }


def _subset(actual: dict[str, Any], want: dict[str, Any]) -> dict[str, Any]:
    return {key: actual.get(key) for key in want}


def test_fit_swim_uses_distance_steps_and_speed(
    plan_and_request: tuple[Plan, PlanRequest],
) -> None:
    plan, _ = plan_and_request
    session = first(plan, "swim.css")

    messages = decode(workout_to_fit(session, THRESHOLDS))
    steps = [fields for name, fields in messages if name == "workout_step"]

    workout = next(fields for name, fields in messages if name == "workout")
    assert (workout["sport"], workout["sub_sport"], workout["pool_length"]) == (
        "swimming",
        "lap_swimming",
        25.0,
    )
    work = next(
        s for s in steps if s.get("intensity") == "active" and s.get("duration_distance") == 100.0
    )
    css_speed = 100 / 105
    assert work["target_type"] == "speed"
    assert work["custom_target_speed_low"] == pytest.approx(0.98 * css_speed, abs=1e-3)
    assert work["custom_target_speed_high"] == pytest.approx(1.02 * css_speed, abs=1e-3)
    rest = next(s for s in steps if s.get("intensity") == "rest")
    assert (rest["duration_type"], rest["target_type"]) == ("time", "open")
    repeat = next(s for s in steps if s["duration_type"] == "repeat_until_steps_cmplt")
    block = next(b for b in session.workout.main if isinstance(b, Repeat))
    assert repeat["repeat_steps"] == block.count


def _session(sport: SessionSport, steps: tuple[Step | Repeat, ...]) -> Session:
    workout = Workout((), steps, ())
    return Session(
        "2026-03-03#1",
        date(2026, 3, 3),
        1,
        sport,
        SessionType.ENDURANCE,
        "custom",
        "test",
        workout,
        workout.duration_s,
        None,
        0.0,
    )


def test_fit_heart_rate_and_open_targets() -> None:
    hr = Step(StepKind.STEADY, Effort.ENDURANCE, Target(TargetKind.HR_LTHR, 0.85, 0.89), 1800)
    hrr = Step(StepKind.STEADY, Effort.TEMPO, Target(TargetKind.HR_RESERVE, 0.7, 0.8), 600)
    rpe = Step(StepKind.COOLDOWN, Effort.RECOVERY, Target(TargetKind.RPE, 1, 2), 300)
    session = _session(SessionSport.RUN, (hr, hrr, rpe))

    steps = steps_of(workout_to_fit(session, THRESHOLDS))

    def bpm(step: dict[str, Any]) -> tuple[int, int]:
        low, high = step["custom_target_heart_rate_low"], step["custom_target_heart_rate_high"]
        return low - 100, high - 100  # FIT: bpm + 100

    assert steps[0]["target_type"] == "heart_rate"
    assert bpm(steps[0]) == (136, 142)  # 85-89 % of LTHR 160
    assert bpm(steps[1]) == (144, 158)  # Karvonen: 50 + 0.7 x 135 = 144.5 -> 144; 158
    assert (steps[2]["target_type"], steps[2]["intensity"]) == ("open", "cooldown")


def test_fit_without_ftp_falls_back_to_percent_of_ftp() -> None:
    step = Step(StepKind.WORK, Effort.THRESHOLD, Target(TargetKind.POWER_FTP, 0.95, 1.05), 600)
    steps = steps_of(workout_to_fit(_session(SessionSport.BIKE, (step,)), Thresholds()))
    assert (steps[0]["custom_target_power_low"], steps[0]["custom_target_power_high"]) == (95, 105)


def test_every_generated_session_exports_to_fit(
    plan_and_request: tuple[Plan, PlanRequest],
) -> None:
    plan, _ = plan_and_request
    for session in list(plan.sessions())[:60]:
        steps = steps_of(workout_to_fit(session, THRESHOLDS))
        assert len(steps) == sum(
            len(b.steps) + 1 if isinstance(b, Repeat) else 1 for b in session.workout.blocks()
        )


def workout_elements(root: ET.Element) -> list[ET.Element]:
    workout = root.find("workout")
    assert workout is not None
    return list(workout)


def test_zwo_parses_with_the_right_elements(plan_and_request: tuple[Plan, PlanRequest]) -> None:
    plan, _ = plan_and_request
    session = first(plan, "bike.threshold")

    root = ET.fromstring(workout_to_zwo(session))

    assert root.tag == "workout_file"
    assert root.findtext("sportType") == "bike"
    assert root.findtext("name") == f"bike.threshold {session.date.isoformat()}"
    elements = workout_elements(root)
    assert elements[0].tag == "Warmup" and elements[-1].tag == "Cooldown"
    warm = elements[0].attrib
    assert (float(warm["PowerLow"]), float(warm["PowerHigh"])) == (0.45, 0.55)
    intervals = next(e for e in elements if e.tag == "IntervalsT").attrib
    block = next(b for b in session.workout.main if isinstance(b, Repeat))
    on, off = block.steps
    assert int(intervals["Repeat"]) == block.count
    assert (int(intervals["OnDuration"]), int(intervals["OffDuration"])) == (
        on.duration_s,
        off.duration_s,
    )
    assert float(intervals["OnPower"]) == pytest.approx(1.0)
    total = sum(
        int(e.get("Duration") or 0)
        + int(e.get("Repeat") or 0)
        * (int(e.get("OnDuration") or 0) + int(e.get("OffDuration") or 0))
        for e in elements
    )
    assert total == session.duration_s


def test_zwo_run_uses_threshold_pace_fractions_and_ramps() -> None:
    ramp = Step(
        StepKind.STEADY,
        Effort.TEMPO,
        Target(TargetKind.PACE_THRESHOLD, 0.8, 0.9),
        900,
        progressive=True,
    )
    three = Repeat(
        2,
        (
            Step(StepKind.WORK, Effort.VO2MAX, Target(TargetKind.PACE_THRESHOLD, 1.02, 1.10), 60),
            Step(
                StepKind.RECOVER, Effort.RECOVERY, Target(TargetKind.PACE_THRESHOLD, 0.7, 0.77), 60
            ),
            Step(StepKind.STEADY, Effort.ENDURANCE, Target(TargetKind.HR_LTHR, 0.85, 0.89), 120),
        ),
    )
    root = ET.fromstring(workout_to_zwo(_session(SessionSport.RUN, (ramp, three))))

    assert root.findtext("sportType") == "run"
    elements = workout_elements(root)
    assert [e.tag for e in elements] == ["Ramp"] + ["SteadyState"] * 6
    assert (elements[0].get("PowerLow"), elements[0].get("PowerHigh")) == ("0.800", "0.900")
    assert float(elements[1].get("Power") or 0) == pytest.approx(1.06)
    # A heart-rate target becomes the equivalent fraction of threshold speed.
    assert 0.78 <= float(elements[3].get("Power") or 0) <= 0.88


def test_zwo_refuses_swims_with_a_code(plan_and_request: tuple[Plan, PlanRequest]) -> None:
    plan, _ = plan_and_request
    with pytest.raises(ExportError) as caught:
        workout_to_zwo(first(plan, "swim.css"))
    assert caught.value.code == "zwo_sport_unsupported"
