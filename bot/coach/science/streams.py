"""Cleaning and resampling sensor streams to 1 Hz.

Conventions (each a choice, documented so every number can be explained):

* The time axis is the activity's own: integer seconds from the first timestamp. Samples
  in the same second are averaged (2 Hz and 4 Hz recorders collapse to 1 Hz).
* Implausible samples are dropped (become missing): power < 0 or > 2,500 W, HR < 25 or
  > 250 bpm (so HR zeros from a lost strap are dropouts, not data), speed < 0 or above the
  sport's limit, altitude outside −500..9,000 m. Power 0 W and speed 0 m/s are real
  (coasting, standing) and kept.
* A run of at most ``MAX_INTERPOLATED_GAP_S`` missing seconds between two valid samples is
  linearly interpolated (Garmin "smart recording" writes a sample every 1–8 s). A longer gap
  is a pause or a dropout and stays missing (NaN): it adds no time and no zeros to NP, TSS
  or time in zones, like the device's timer time.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from bot.coach.science.errors import InsufficientDataError, InvalidValueError
from bot.coach.science.limits import (
    ALTITUDE_MAX_M,
    ALTITUDE_MIN_M,
    HEART_RATE_MAX_BPM,
    HEART_RATE_MIN_BPM,
    MAX_SPEED_M_S,
    POWER_MAX_W,
)
from bot.coach.science.units import Sport

MAX_INTERPOLATED_GAP_S = 10
# Ultra events last days; beyond 14 days a timestamp is corrupt, not an activity.
MAX_ACTIVITY_SECONDS = 14 * 24 * 3600


class Channel(StrEnum):
    POWER = "power"
    HEART_RATE = "heart_rate"
    SPEED = "speed"
    ALTITUDE = "altitude"


@dataclass(frozen=True, slots=True, eq=False)
class Stream:
    """One channel at 1 Hz; ``values[i]`` is second ``i`` after ``start_s``, NaN = no data."""

    channel: Channel
    values: npt.NDArray[np.float64]
    start_s: float
    raw_samples: int
    dropped_samples: int
    interpolated_seconds: int

    @property
    def valid_seconds(self) -> int:
        return int(np.count_nonzero(~np.isnan(self.values)))

    @property
    def missing_seconds(self) -> int:
        """Seconds on the axis with no data (pauses, long dropouts, leading/trailing gaps)."""
        return int(self.values.size) - self.valid_seconds


def plausible_range(channel: Channel, sport: Sport = Sport.OTHER) -> tuple[float, float]:
    """The closed range of values a sample of ``channel`` may take."""
    if channel is Channel.POWER:
        return 0.0, POWER_MAX_W
    if channel is Channel.HEART_RATE:
        return HEART_RATE_MIN_BPM, HEART_RATE_MAX_BPM
    if channel is Channel.SPEED:
        return 0.0, MAX_SPEED_M_S[sport]
    return ALTITUDE_MIN_M, ALTITUDE_MAX_M


def resample(
    timestamps_s: npt.ArrayLike | None,
    values: npt.ArrayLike,
    channel: Channel,
    sport: Sport = Sport.OTHER,
    max_gap_s: int = MAX_INTERPOLATED_GAP_S,
) -> Stream:
    """Clean ``values`` (None/NaN = missing) and put them on a 1 Hz axis.

    ``timestamps_s`` are seconds (any origin, e.g. POSIX time), non-decreasing; ``None``
    means the samples already are 1 Hz. Channels resampled from the same timestamps share
    one axis, so their arrays align index by index.
    """
    raw = np.asarray(values, dtype=np.float64).ravel()
    if raw.size == 0:
        raise InsufficientDataError(f"the {channel.value} stream is empty")
    times = _times(timestamps_s, raw.size, channel)
    low, high = plausible_range(channel, sport)
    finite = np.isfinite(raw)
    keep = finite & (raw >= low) & (raw <= high)
    dropped = int(np.count_nonzero(finite & ~keep))

    offsets = np.rint(times - times[0]).astype(np.int64)
    length = int(offsets[-1]) + 1
    counts = np.bincount(offsets[keep], minlength=length)
    sums = np.bincount(offsets[keep], weights=raw[keep], minlength=length)
    grid = np.full(length, np.nan)
    known = np.flatnonzero(counts)
    grid[known] = sums[known] / counts[known]
    interpolated = _fill_short_gaps(grid, known, max_gap_s)
    return Stream(channel, grid, float(times[0]), int(raw.size), dropped, interpolated)


def _times(
    timestamps_s: npt.ArrayLike | None, size: int, channel: Channel
) -> npt.NDArray[np.float64]:
    if timestamps_s is None:
        return np.arange(size, dtype=np.float64)
    times = np.asarray(timestamps_s, dtype=np.float64).ravel()
    if times.size != size:
        raise InvalidValueError(
            f"the {channel.value} stream has {size} values but {times.size} timestamps"
        )
    if not np.all(np.isfinite(times)):
        raise InvalidValueError(f"the {channel.value} stream has a missing timestamp")
    steps = np.diff(times)
    if np.any(steps < 0):
        at = int(np.flatnonzero(steps < 0)[0]) + 1
        raise InvalidValueError(
            f"timestamps go backwards at sample {at} ({times[at]:g} s after {times[at - 1]:g} s)"
        )
    if times[-1] - times[0] > MAX_ACTIVITY_SECONDS:
        raise InvalidValueError(
            f"the {channel.value} stream spans {(times[-1] - times[0]) / 86400:.1f} days; "
            "at most 14 days is an activity"
        )
    return times


def _fill_short_gaps(
    grid: npt.NDArray[np.float64], known: npt.NDArray[np.intp], max_gap_s: int
) -> int:
    """Interpolate interior gaps of at most ``max_gap_s`` seconds in place; return seconds."""
    if known.size < 2:
        return 0
    gap = np.diff(known) - 1  # missing seconds between consecutive valid seconds
    short = (gap > 0) & (gap <= max_gap_s)
    if not np.any(short):
        return 0
    starts = known[:-1][short]
    ends = known[1:][short]
    # Seconds to fill: every index strictly inside a short gap.
    lengths = ends - starts - 1
    fill = np.repeat(starts, lengths) + _ramp(lengths)
    grid[fill] = np.interp(fill, known, grid[known])
    return int(fill.size)


def _ramp(lengths: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """[1..l0, 1..l1, ...] without a Python loop."""
    total = int(lengths.sum())
    offsets = np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.arange(total) - offsets + 1
