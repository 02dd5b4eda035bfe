"""Parse one activity file (bare, gunzipped or a zip member) by what it contains."""

from __future__ import annotations

from dataclasses import replace

from bot.coach.ingest.detect import PayloadKind, detect
from bot.coach.ingest.errors import NestedArchiveError
from bot.coach.ingest.fit import parse_fit
from bot.coach.ingest.gpx import parse_gpx
from bot.coach.ingest.model import ParsedActivity
from bot.coach.ingest.source import Payload
from bot.coach.ingest.tcx import parse_tcx


def parse_payload(payload: Payload, kind: PayloadKind | None = None) -> tuple[ParsedActivity, ...]:
    """Activities in one file; archives inside archives are refused (bomb nesting)."""
    kind = kind or detect(payload.head, payload.name)
    if kind is PayloadKind.FIT:
        activities = parse_fit(payload)
    elif kind is PayloadKind.TCX:
        activities = parse_tcx(payload)
    elif kind is PayloadKind.GPX:
        activities = parse_gpx(payload)
    else:
        raise NestedArchiveError(file_name=payload.name)
    if len(activities) == 1:
        return activities
    return tuple(replace(a, file_index=index) for index, a in enumerate(activities))
