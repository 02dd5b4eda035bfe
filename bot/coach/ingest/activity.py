"""Assemble a ParsedActivity: device values first, computed values as fallback."""

from __future__ import annotations

from datetime import datetime

from bot.coach.ingest.model import (
    DeviceInfo,
    DeviceSummary,
    IngestWarning,
    Lap,
    ParsedActivity,
    SourceFormat,
    Sport,
    Streams,
    SubSport,
)
from bot.coach.ingest.summary import computed_summary, prefer


def build_activity(
    *,
    source_format: SourceFormat,
    sport: Sport,
    sub_sport: SubSport,
    raw_sport: str | None,
    raw_sub_sport: str | None,
    start_time: datetime | None,
    streams: Streams,
    device_summary: DeviceSummary | None,
    laps: tuple[Lap, ...],
    device: DeviceInfo,
    sha256: str,
    warnings: list[IngestWarning],
    timer_s: float | None = None,
    multisport_group: str | None = None,
    leg_index: int = 0,
    leg_count: int = 1,
    name: str | None = None,
) -> ParsedActivity:
    """Merge the device's summary with what the streams say.

    ``timer_s`` is a better-than-gaps timer time the parser found itself (FIT timer
    start/stop events); the device summary still wins over it.
    """
    computed = computed_summary(streams, device_summary)
    dev = device_summary or DeviceSummary()
    warnings = list(warnings)

    distance = prefer(dev.distance_m, computed.distance_m)
    if (
        sport is Sport.BIKE
        and sub_sport is SubSport.GENERIC
        and streams.lat is None
        and not distance
        and streams.length > 0
    ):
        # No GPS fix and no distance: a trainer ride (the Edge 800 sample file says
        # "cycling/generic" for one). The raw sub-sport is kept alongside.
        sub_sport = SubSport.INDOOR
        warnings.append(IngestWarning.SUB_SPORT_INFERRED)
    if streams.length == 0:
        warnings.append(IngestWarning.NO_RECORDS)
    if streams.heart_rate is None and dev.avg_hr is None:
        warnings.append(IngestWarning.NO_HEART_RATE)
    if start_time is None or (streams.length and streams.time is None):
        warnings.append(IngestWarning.NO_TIMESTAMPS)
    if sport is Sport.OTHER and sub_sport is not SubSport.TRANSITION:
        warnings.append(IngestWarning.SPORT_UNKNOWN)

    timer = prefer(dev.timer_s, prefer(timer_s, computed.timer_s))
    avg_speed = dev.avg_speed
    if avg_speed is None:
        avg_speed = distance / timer if distance is not None and timer else computed.avg_speed
    return ParsedActivity(
        source_format=source_format,
        sport=sport,
        sub_sport=sub_sport,
        raw_sport=raw_sport,
        raw_sub_sport=raw_sub_sport,
        start_time=start_time,
        elapsed_s=prefer(dev.elapsed_s, computed.elapsed_s),
        timer_s=timer,
        distance_m=distance,
        ascent_m=prefer(dev.ascent_m, computed.ascent_m),
        descent_m=prefer(dev.descent_m, computed.descent_m),
        avg_hr=prefer(dev.avg_hr, computed.avg_hr),
        max_hr=prefer(dev.max_hr, computed.max_hr),
        avg_power=prefer(dev.avg_power, computed.avg_power),
        max_power=prefer(dev.max_power, computed.max_power),
        avg_cadence=prefer(dev.avg_cadence, computed.avg_cadence),
        avg_speed=avg_speed,
        calories=dev.calories,
        laps=laps,
        device_summary=device_summary,
        streams=streams,
        device=device,
        sha256=sha256,
        warnings=tuple(dict.fromkeys(warnings)),
        multisport_group=multisport_group,
        leg_index=leg_index,
        leg_count=leg_count,
        name=name,
    )
