"""Realistic training data for the fake services: a season of rides, runs and swims with
their per-second streams, and the mornings' wellness, all from a seeded random generator.

Streams are generated on request from the activity's own seed, so a fake holding two years
of activities keeps only their summaries in memory.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

# (service type, share of the week, typical minutes, speed m/s, power W or None)
KINDS = (
    ("Ride", 0.35, 90, 8.0, 190.0),
    ("VirtualRide", 0.10, 60, 9.0, 210.0),
    ("Run", 0.35, 50, 3.1, None),
    ("Swim", 0.20, 45, 1.1, None),
)
SAMPLE_S = 1


@dataclass(frozen=True)
class FakeActivity:
    id: str
    start: datetime  # UTC
    type: str
    name: str
    duration_s: int
    seed: int
    speed: float
    power: float | None
    device: str = "Garmin Forerunner 965"
    source: str = "GARMIN_CONNECT"
    # Only the listed summary: a stub intervals.icu shows for a Strava-sourced activity.
    stub: bool = False

    def streams(self, *, longer_by: int = 0) -> dict[str, list[float]]:
        """Per-second channels; ``longer_by`` samples past the end (a damaged stream)."""
        rng = random.Random(self.seed)
        n = self.duration_s // SAMPLE_S + longer_by
        time_s = [float(i * SAMPLE_S) for i in range(n)]
        hr: list[float] = []
        speed: list[float] = []
        power: list[float] = []
        distance: list[float] = []
        altitude: list[float] = []
        cadence: list[float] = []
        travelled = 0.0
        for i in range(n):
            phase = min(1.0, i / 600)  # ten minutes of warm-up
            wave = math.sin(i / 240.0)
            hr.append(float(round(105 + 40 * phase + 6 * wave + rng.uniform(-2, 2))))
            v = max(0.5, self.speed * (0.85 + 0.15 * phase) + 0.3 * wave + rng.uniform(-0.1, 0.1))
            speed.append(round(v, 2))
            travelled += v * SAMPLE_S
            distance.append(round(travelled, 1))
            altitude.append(round(120 + 15 * math.sin(i / 900.0), 1))
            cadence.append(float(88 if self.power else 82) + rng.randint(-3, 3))
            if self.power is not None:
                power.append(float(round(max(0.0, self.power * (0.7 + 0.3 * phase) + 25 * wave))))
        out: dict[str, list[float]] = {
            "time": time_s,
            "heartrate": hr,
            "velocity_smooth": speed,
            "distance": distance,
            "altitude": altitude,
            "cadence": cadence,
        }
        if power:
            out["watts"] = power
        return out

    def summary(self) -> dict[str, float | None]:
        distance = self.speed * 0.95 * self.duration_s
        hours = self.duration_s / 3600
        normalized = round(self.power * 1.02, 1) if self.power else None
        # intervals.icu's training load with the seeded settings (FTP 265 W, LTHR 172):
        # power TSS for rides, an HR-based load otherwise (hours × IF² × 100).
        intensity = normalized / 265 if normalized else 139.0 / 172
        return {
            "normalized_watts": normalized,
            "training_load": round(hours * intensity**2 * 100),
            "moving_time": self.duration_s,
            "elapsed_time": self.duration_s + 60,
            "distance": round(distance, 1),
            "total_elevation_gain": 45.0 if self.type != "Swim" else 0.0,
            "average_heartrate": 139.0,
            "max_heartrate": 162.0,
            "average_watts": self.power * 0.95 if self.power else None,
            "average_cadence": 86.0,
            "calories": round(self.duration_s / 60 * 11),
        }


@dataclass
class FakeWellness:
    day: date
    hrv: float
    resting_hr: float
    sleep_secs: int
    sleep_quality: int
    soreness: int
    fatigue: int
    stress: int
    mood: int
    motivation: int
    weight: float

    def json(self) -> dict[str, object]:
        return {
            "id": self.day.isoformat(),
            "hrv": self.hrv,
            "hrvSDNN": None,
            "restingHR": self.resting_hr,
            "sleepSecs": self.sleep_secs,
            "sleepQuality": self.sleep_quality,
            "soreness": self.soreness,
            "fatigue": self.fatigue,
            "stress": self.stress,
            "mood": self.mood,
            "motivation": self.motivation,
            "weight": self.weight,
            "updated": f"{self.day.isoformat()}T06:30:00.000+0000",
        }


@dataclass
class Season:
    activities: list[FakeActivity] = field(default_factory=list)
    wellness: list[FakeWellness] = field(default_factory=list)


def season(last_day: date, days: int, *, per_week: float = 5.8, seed: int = 7) -> Season:
    """``days`` of training ending on ``last_day``: about ``per_week`` sessions a week in the
    morning (06:00–08:00 UTC) and a wellness record every day."""
    rng = random.Random(seed)
    out = Season()
    first = last_day - timedelta(days=days - 1)
    counter = 1000
    weights = [kind[1] for kind in KINDS]
    for offset in range(days):
        day = first + timedelta(days=offset)
        if rng.random() < per_week / 7:
            kind = rng.choices(KINDS, weights)[0]
            counter += 1
            start = datetime.combine(day, time(6, rng.randint(0, 119) % 60), tzinfo=UTC)
            start += timedelta(hours=rng.randint(0, 1))
            minutes = max(20, int(rng.gauss(kind[2], kind[2] * 0.2)))
            out.activities.append(
                FakeActivity(
                    id=f"i{counter}",
                    start=start,
                    type=kind[0],
                    name=_NAMES[kind[0]],
                    duration_s=minutes * 60,
                    seed=seed * 100_003 + counter,
                    speed=kind[3],
                    power=kind[4],
                )
            )
        out.wellness.append(
            FakeWellness(
                day=day,
                hrv=round(rng.gauss(62, 7), 1),
                resting_hr=float(round(rng.gauss(48, 2.5))),
                sleep_secs=int(rng.gauss(7.4, 0.6) * 3600),
                sleep_quality=rng.choice((1, 2, 2, 3)),
                soreness=rng.choice((1, 1, 2, 2, 3)),
                fatigue=rng.choice((1, 2, 2, 3)),
                stress=rng.choice((1, 2, 2)),
                mood=rng.choice((1, 2, 2)),
                motivation=rng.choice((1, 2, 2, 3)),
                weight=round(71.5 + rng.uniform(-0.6, 0.6), 1),
            )
        )
    return out


_NAMES = {
    "Ride": "Endurance ride",
    "VirtualRide": "Zwift - Watopia",
    "Run": "Morning run",
    "Swim": "Pool swim",
}
