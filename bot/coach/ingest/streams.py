"""Build aligned per-sample channels without per-sample objects.

Parsers push one row of floats per sample; each channel lives in an ``array('d')``
(8 bytes a value, amortised growth, no Python float objects kept), created only
when the channel first has a value and back-filled with NaN. At the end the arrays
are wrapped by NumPy without copying (``np.frombuffer``) and sliced per activity.
This keeps peak memory close to the size of the result itself.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass
from math import isnan

import numpy as np
import numpy.typing as npt

from bot.coach.ingest.model import FloatArray, Streams

# Column order of a row pushed into StreamBuilder.
TIME, HEART_RATE, POWER, SPEED, CADENCE, ALTITUDE, DISTANCE, LAT, LON = range(9)
CHANNELS = (
    "time", "heart_rate", "power", "speed", "cadence", "altitude", "distance", "lat", "lon",
)  # fmt: skip
NAN = math.nan


def empty_row() -> list[float]:
    return [NAN] * len(CHANNELS)


class StreamBuilder:
    """Append-only column store; ``finish()`` hands out NumPy views of it."""

    __slots__ = ("_columns", "_length")

    def __init__(self) -> None:
        self._columns: list[array[float] | None] = [None] * len(CHANNELS)
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def append(self, row: list[float]) -> None:
        columns = self._columns
        for index, value in enumerate(row):
            column = columns[index]
            if column is None:
                if isnan(value):  # the channel is still absent
                    continue
                column = columns[index] = array("d", [NAN]) * self._length
            column.append(value)
        self._length += 1

    def finish(self) -> ColumnSet:
        """Freeze the collected samples; the builder must not be used afterwards."""
        arrays: list[FloatArray | None] = [
            None if column is None else np.frombuffer(column, dtype=np.float64)
            for column in self._columns
        ]
        return ColumnSet(self._length, arrays)


@dataclass(slots=True)
class ColumnSet:
    """Whole-file columns (writable, for in-place unit fixes) before slicing."""

    length: int
    arrays: list[FloatArray | None]

    def column(self, index: int) -> FloatArray | None:
        return self.arrays[index]

    def set_column(self, index: int, values: FloatArray | None) -> None:
        self.arrays[index] = values

    def keep(self, mask: npt.NDArray[np.bool_]) -> ColumnSet:
        """Only the samples where ``mask`` is true (new, writable arrays)."""
        arrays: list[FloatArray | None] = [
            None if values is None else values[mask] for values in self.arrays
        ]
        return ColumnSet(int(np.count_nonzero(mask)), arrays)

    def streams(self, start: int = 0, stop: int | None = None) -> Streams:
        """Read-only views of samples ``start:stop`` (no copy)."""
        stop = self.length if stop is None else stop
        views: dict[str, FloatArray | None] = {}
        for name, values in zip(CHANNELS, self.arrays, strict=True):
            if values is None:
                views[name] = None
                continue
            view = values[start:stop]
            view.flags.writeable = False
            # A slice where this channel is all NaN is reported as absent.
            views[name] = None if bool(np.isnan(view).all()) else view
        return Streams(length=stop - start, **views)
