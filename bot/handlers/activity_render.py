"""Texts and keyboards of activities: the summary card, the RPE question, /history.

Pure rendering over records the services return; every word comes from the catalogs
(``bot/locales/*/activities.ftl``), numbers through the athlete's Formatter.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.coach.ingest import IngestError
from bot.coach.science import PmcDay
from bot.coach.services.activities import ActivityView, IngestReport
from bot.domain.activities import Activity, CandidateSession, ZoneTimes
from bot.handlers.charts import ChartButton
from bot.handlers.onboarding.formatting import Formatter
from bot.handlers.plan.texts import code_key
from bot.i18n import Html, Translator, dates

FOOT_M = 0.3048  # the international foot (1959)
SPORT_ICONS = {
    "run": "🏃",
    "bike": "🚴",
    "swim": "🏊",
    "strength": "🏋️",
    "walk": "🚶",
    "hike": "🥾",
    "ski": "⛷",
    "row": "🚣",
    "other": "🏅",
}
# Sports the athlete may pick for a file that did not say (and for /log).
PICKABLE_SPORTS = ("run", "bike", "swim", "strength", "walk", "hike", "ski", "row")
HISTORY_PAGE = 8
TRANSITION_ICON = "🔁"
# Notes share the first card's message while both fit well under Telegram's 4096.
CARD_ROOM = 3800


class ActivityAction(CallbackData, prefix="ac"):
    """A button under an activity: ``act`` is rpe | rpeskip | rm | ms | del | delok |
    sport | view | notes; ``val`` its value."""

    act: str
    id: int
    val: str = ""


class HistoryPage(CallbackData, prefix="hp"):
    page: int


def sport_name(t: Translator, sport: str) -> str:
    return t(f"act-sport-{sport if sport in SPORT_ICONS else 'other'}")


def is_transition(activity: Activity) -> bool:
    return activity.fields.sub_sport == "transition"


def activity_name(t: Translator, activity: Activity) -> str:
    """What the athlete calls it: a multisport transition is a "Transition"."""
    return t("act-sport-transition") if is_transition(activity) else sport_name(t, activity.sport)


def activity_icon(activity: Activity) -> str:
    return TRANSITION_ICON if is_transition(activity) else SPORT_ICONS.get(activity.sport, "🏅")


def needs_rpe(activity: Activity) -> bool:
    return activity.fields.rpe is None and not is_transition(activity)


def when(t: Translator, activity: Activity) -> str:
    f = activity.fields
    day = dates.short_day(f.local_date, t.language, year=True)
    if f.start_time is None:
        return day
    from zoneinfo import ZoneInfo

    local = f.start_time.astimezone(ZoneInfo(f.timezone))
    return f"{day}, {dates.clock(local, t.language)}"


def short_day(t: Translator, activity: Activity, today: date) -> str:
    """ "Sun 6 Dec" this year, "Fri 16 Aug 2013" any other (imports from earlier years
    must not look unsorted)."""
    day = activity.local_date
    return dates.short_day(day, t.language, year=day.year != today.year)


def speed_text(fmt: Formatter, activity: Activity) -> str | None:
    f = activity.fields
    speed = f.avg_speed
    if not speed or speed <= 0:
        return None
    if f.sport in ("run", "walk", "hike"):
        return fmt.run_pace(1000.0 / speed)
    if f.sport == "swim":
        return fmt.swim_pace(100.0 / speed)
    if fmt.imperial:
        return fmt.t("act-speed-mph", value=fmt.number(speed * 3.6 / 1.609344))
    return fmt.t("act-speed-kmh", value=fmt.number(speed * 3.6))


def ascent_text(fmt: Formatter, metres: float) -> str:
    """Climbing in the athlete's units: feet beside miles, metres beside kilometres."""
    if fmt.imperial:
        return fmt.t("act-ascent-ft", value=fmt.number(metres / FOOT_M, 0))
    return fmt.t("act-ascent", value=fmt.number(metres, 0))


def zones_line(t: Translator, zones: ZoneTimes) -> str:
    total = sum(z.seconds for z in zones.zones)
    parts = [
        f"{z.label} {round(z.seconds / 60)}′" for z in zones.zones if total > 0 and z.seconds >= 30
    ]
    return t(f"act-zones-{zones.metric}", zones=" · ".join(parts))


def load_line(t: Translator, fmt: Formatter, activity: Activity) -> str:
    load = activity.fields.load
    if load is None:
        return t("act-load-none")
    method = t(f"act-method-{load.method}")
    if load.intensity_factor is not None and load.method != "session_rpe":
        return t(
            "act-load-if",
            load=fmt.number(load.value, 0),
            method=method,
            intensity=fmt.number(load.intensity_factor, 2),
        )
    return t("act-load", load=fmt.number(load.value, 0), method=method)


# Load assumptions the athlete should know about (``science.session``); the others (e.g.
# the TRIMP constant for an unknown sex) are detail the card leaves out.
_NOTED_ASSUMPTIONS = ("power_all_zero", "scaled_partial", "power_partial", "pace_partial")


def load_notes(t: Translator, activity: Activity) -> list[str]:
    """Why the load is not what the raw streams would say: a meter that sent zeros, or
    streams covering part of the workout (scaled, or left for another method)."""
    load = activity.fields.load
    notes = []
    for code in load.assumptions if load is not None else ():
        name, _, percent = code.partition(":")
        if name not in _NOTED_ASSUMPTIONS:
            continue
        notes.append(t(f"act-load-note-{name.replace('_', '-')}", percent=percent or "0"))
    return notes


def fitness_line(t: Translator, fmt: Formatter, day: PmcDay | None) -> str | None:
    """Fitness and fatigue after the day; form going into it, yesterday's fitness minus
    fatigue (the TrainingPeaks convention the review and readiness use too). Nothing
    while there is no load history to speak of."""
    if day is None or (round(day.ctl) == 0 and round(day.atl) == 0):
        return None
    return t(
        "act-fitness",
        ctl=fmt.number(day.ctl, 0),
        atl=fmt.number(day.atl, 0),
        tsb=fmt.number(day.tsb, 0),
    )


def session_title(t: Translator, session: CandidateSession) -> str:
    """The session by the name the plan gives it ("Long run" in /today, /week and here
    alike); a generic "kind + sport" only for a title the catalogs do not know."""
    key = code_key("plan-title", session.title)
    named = t(key)
    if named != key:
        return named
    kind = t(f"act-session-{session.session_type}")
    sport = sport_name(t, session.sport if session.sport != "brick" else "other")
    return t("act-session", kind=kind, sport=sport[:1].lower() + sport[1:])  # "Endurance run"


def match_line(t: Translator, fmt: Formatter, view: ActivityView) -> str | None:
    session, match = view.session, view.match
    if session is None:
        return None
    planned = fmt.duration(int(session.duration_s))
    day = dates.short_day(session.day, t.language)
    if match is None or match.compliance is None:
        return t("act-matched", title=session_title(t, session), day=day, planned=planned)
    compliance = match.compliance
    return t(
        "act-matched-compliance",
        title=session_title(t, session),
        day=day,
        planned=planned,
        percent=round(compliance.ratio * 100),
        basis=t(f"act-basis-{compliance.basis.value}"),
        color=t(f"act-color-{compliance.color.value}"),
    )


def card_text(t: Translator, fmt: Formatter, view: ActivityView) -> str:
    """The summary card: what, when, how long, how far, load, zones, the plan."""
    activity = view.activity
    f = activity.fields
    lines = [
        t(
            "act-card-title",
            icon=activity_icon(activity),
            sport=activity_name(t, activity),
            when=when(t, activity),
        )
    ]
    if f.leg_count > 1:
        lines.append(t("act-leg", leg=f.leg_index + 1, legs=f.leg_count))
    numbers = []
    if activity.duration_s:
        numbers.append(t("act-duration", value=fmt.duration(int(activity.duration_s))))
    if f.distance_m:
        numbers.append(t("act-distance", value=fmt.distance(f.distance_m)))
    speed = speed_text(fmt, activity)
    if speed:
        numbers.append(speed)
    if numbers:
        lines.append(" · ".join(numbers))
    if f.untimed:
        lines.append(t("act-untimed"))
    body = []
    if f.avg_hr:
        body.append(t("act-hr", avg=fmt.number(f.avg_hr, 0), max=fmt.number(f.max_hr or 0, 0)))
    if f.avg_power:
        if f.normalized_power:
            body.append(
                t(
                    "act-power-np",
                    avg=fmt.number(f.avg_power, 0),
                    np=fmt.number(f.normalized_power, 0),
                )
            )
        else:
            body.append(t("act-power", avg=fmt.number(f.avg_power, 0)))
    if f.ascent_m:
        body.append(ascent_text(fmt, f.ascent_m))
    if body:
        lines.append(" · ".join(body))
    lines.append(load_line(t, fmt, activity))
    lines.extend(load_notes(t, activity))
    lines.extend(zones_line(t, zones) for zones in f.zones[:2])
    if f.rpe is not None:
        lines.append(t("act-rpe-line", rpe=f.rpe))
    if f.note:
        lines.append(t("act-note-line", note=f.note))
    match = match_line(t, fmt, view)
    if match:
        lines.append(match)
    fitness = fitness_line(t, fmt, view.fitness)
    if fitness:
        lines.append(fitness)
    if "sport_unknown" in f.warnings:
        lines.append(t("act-sport-unknown"))
    return "\n".join(lines)


def card_markup(
    t: Translator, activity: Activity, *, back_page: int | None = None
) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    if "sport_unknown" in activity.fields.warnings:
        for sport in ("run", "bike", "walk", "hike", "ski", "row"):
            builder.button(
                text=f"{SPORT_ICONS[sport]} {sport_name(t, sport)}",
                callback_data=ActivityAction(act="sport", id=activity.id, val=sport),
            )
    if activity.file_id is not None:
        builder.button(
            text=t("chart-btn-open"), callback_data=ChartButton(kind="ac", arg=str(activity.id))
        )
    builder.button(text=t("act-btn-plan"), callback_data=ActivityAction(act="rm", id=activity.id))
    builder.button(
        text=t("act-btn-delete"), callback_data=ActivityAction(act="del", id=activity.id)
    )
    sizes = [3, 3] if "sport_unknown" in activity.fields.warnings else []
    if activity.file_id is not None:
        sizes.append(1)
    if back_page is not None:
        builder.button(text=t("act-btn-back"), callback_data=HistoryPage(page=back_page))
        sizes.append(3)
    else:
        sizes.append(2)
    builder.adjust(*sizes)
    return builder.as_markup()


def multisport_text(t: Translator, fmt: Formatter, legs: Sequence[Activity],
                    fitness: PmcDay | None) -> str:  # fmt: skip
    """One card for a whole multisport upload: a line per leg (transitions named as
    such), the totals, the day's fitness, and the RPE question when a leg needs it."""
    first = legs[0]
    lines = [t("act-card-title", icon="🏅", sport=t("act-multisport"), when=when(t, first))]
    for number, leg in enumerate(legs, start=1):
        parts = [f"{number}. {activity_icon(leg)} {activity_name(t, leg)}"]
        if leg.duration_s:
            parts.append(fmt.duration(int(leg.duration_s)))
        if leg.fields.distance_m:
            parts.append(fmt.distance(leg.fields.distance_m))
        speed = None if is_transition(leg) else speed_text(fmt, leg)
        if speed:
            parts.append(speed)
        if leg.load_value is not None:
            parts.append(t("history-load", load=fmt.number(leg.load_value, 0)))
        if leg.fields.rpe is not None:
            parts.append(t("act-rpe-line", rpe=leg.fields.rpe))
        lines.append(" · ".join(parts))
    seconds = sum(leg.duration_s or 0.0 for leg in legs)
    metres = sum(leg.fields.distance_m or 0.0 for leg in legs)
    load = sum(leg.load_value or 0.0 for leg in legs)
    total = [t("act-duration", value=fmt.duration(int(seconds)))]
    if metres:
        total.append(t("act-distance", value=fmt.distance(metres)))
    lines.append(t("act-multisport-total", parts=Html(" · ".join(total)),
                   load=fmt.number(load, 0)))  # fmt: skip
    fitness_text = fitness_line(t, fmt, fitness)
    if fitness_text:
        lines.append(fitness_text)
    if any(needs_rpe(leg) for leg in legs):
        lines.append("\n" + t("act-ask-rpe-legs"))
    return "\n".join(lines)


def rpe_rows(t: Translator, activities: Sequence[Activity]) -> InlineKeyboardMarkup:
    """RPE 1–10 for each activity that needs it, on the card itself: two rows of five
    per workout, the first button of each row marked with the leg's icon when there
    are several."""
    builder = InlineKeyboardBuilder()
    waiting = [a for a in activities if needs_rpe(a)]
    for activity in waiting:
        for value in range(1, 11):
            mark = f"{activity_icon(activity)} " if len(activities) > 1 and value in (1, 6) else ""
            builder.button(
                text=f"{mark}{value}",
                callback_data=ActivityAction(act="rpec", id=activity.id, val=str(value)),
            )
    builder.adjust(5)
    return builder.as_markup()


def joined(*markups: InlineKeyboardMarkup) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[row for markup in markups for row in markup.inline_keyboard]
    )


def rpe_markup(t: Translator, activity_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for value in range(1, 11):
        builder.button(
            text=str(value),
            callback_data=ActivityAction(act="rpe", id=activity_id, val=str(value)),
        )
    builder.button(
        text=t("act-btn-skip"), callback_data=ActivityAction(act="rpeskip", id=activity_id)
    )
    builder.adjust(5, 5, 1)
    return builder.as_markup()


def note_markup(t: Translator, activity_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("act-btn-no-note"), callback_data=ActivityAction(act="notes", id=activity_id)
    )
    return builder.as_markup()


def rematch_markup(
    t: Translator, activity: Activity, sessions: Sequence[CandidateSession]
) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for session in sessions:
        day = dates.short_day(session.day, t.language)
        mark = "✅ " if session.id == activity.planned_session_id else ""
        builder.button(
            text=f"{mark}{day} · {session_title(t, session)}",
            callback_data=ActivityAction(act="ms", id=activity.id, val=str(session.id)),
        )
    builder.button(
        text=t("act-btn-unmatch"), callback_data=ActivityAction(act="ms", id=activity.id, val="0")
    )
    builder.button(
        text=t("act-btn-back"), callback_data=ActivityAction(act="view", id=activity.id)
    )
    builder.adjust(1)
    return builder.as_markup()


def delete_markup(t: Translator, activity_id: int) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("act-btn-delete-yes"), callback_data=ActivityAction(act="delok", id=activity_id)
    )
    builder.button(
        text=t("act-btn-back"), callback_data=ActivityAction(act="view", id=activity_id)
    )
    return builder.as_markup()


def history_text(
    t: Translator,
    fmt: Formatter,
    activities: Sequence[Activity],
    page: int,
    total: int,
    *,
    today: date,
) -> str:
    if not activities:
        return t("history-empty")
    lines = [t("history-title", shown=len(activities), total=total)]
    start = page * HISTORY_PAGE
    for number, activity in enumerate(activities, start=start + 1):
        parts = [
            f"{number}. {short_day(t, activity, today)}",
            SPORT_ICONS.get(activity.sport, "🏅"),
        ]
        if activity.duration_s:
            parts.append(fmt.duration(int(activity.duration_s)))
        if activity.fields.distance_m:
            parts.append(fmt.distance(activity.fields.distance_m))
        load = activity.load_value
        parts.append(
            t("history-load", load=fmt.number(load, 0))
            if load is not None
            else t("history-no-load")
        )
        lines.append(" · ".join(parts))
    return "\n".join(lines)


def history_markup(
    activities: Sequence[Activity], page: int, total: int, t: Translator
) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    start = page * HISTORY_PAGE
    for number, activity in enumerate(activities, start=start + 1):
        builder.button(
            text=str(number),
            callback_data=ActivityAction(act="view", id=activity.id, val=str(page)),
        )
    sizes = [4] * ((len(activities) + 3) // 4)
    nav = 0
    if page > 0:
        builder.button(text=t("history-newer"), callback_data=HistoryPage(page=page - 1))
        nav += 1
    if start + len(activities) < total:
        builder.button(text=t("history-older"), callback_data=HistoryPage(page=page + 1))
        nav += 1
    if nav:
        sizes.append(nav)
    builder.adjust(*sizes)
    return builder.as_markup()


def error_text(t: Translator, error: IngestError, fmt: Formatter) -> str:
    """The specific answer to a file that gave nothing."""
    params = {name: fmt.param(value) for name, value in error.params.items()}
    # "FIT", "GZIP": a format is named in capitals, and the damaged part in words.
    if isinstance(error.params.get("format"), str):
        params["format"] = str(error.params["format"]).upper()
    if isinstance(error.params.get("part"), str):
        params["part"] = t(f"upload-part-{error.params['part']}")
    params.update(_coverage(fmt, error))
    text = t(f"upload-error-{error.code}", **params)
    if text == f"upload-error-{error.code}":
        text = t("upload-error-ingest_error")
    lost = error.params.get("lost")
    if isinstance(lost, str) and (getattr(error, "salvageable", False) or lost == "trivial"):
        text = "\n\n".join((text, t(f"upload-lost-{lost}", **params)))
    return text


def _coverage(fmt: Formatter, error: IngestError) -> dict[str, str]:
    """Time and distance of what a damaged file still holds, in the athlete's units."""
    out: dict[str, str] = {}
    p = error.params
    for key, kind in (("seconds_recovered", "time"), ("metres_recovered", "distance"),
                      ("seconds_recorded", "minute"), ("metres_recorded", "distance"),
                      ("seconds_total", "time"), ("metres_total", "distance")):  # fmt: skip
        value = p.get(key)
        if not isinstance(value, int | float):
            continue
        name = key.replace("seconds_", "time_").replace("metres_", "distance_")
        if kind == "minute":
            out[name] = fmt.number(-(-value // 60), 0)  # 4:59 is "minute 5"
        elif kind == "time":
            out[name] = fmt.duration(int(value))
        else:
            out[name] = fmt.distance(float(value))
    return out


def report_notes(t: Translator, fmt: Formatter, report: IngestReport) -> list[str]:
    """What to say besides the cards: duplicates, members of a zip that failed."""
    notes = []
    for logged in report.replaced:
        notes.append(
            t(
                "upload-replaced-logged",
                sport=sport_name(t, logged.sport),
                when=Html(when(t, logged)),
            )
        )
    for duplicate in report.duplicates:
        key = "upload-duplicate-file" if duplicate.same_file else "upload-duplicate-workout"
        notes.append(
            t(
                key,
                sport=sport_name(t, duplicate.existing.sport),
                when=Html(when(t, duplicate.existing)),
            )
        )
    for failure in report.failures:
        notes.append(
            t(
                "upload-member-failed",
                name=failure.name,
                reason=Html(error_text(t, failure.error, fmt)),  # catalog text, escaped
            )
        )
    if report.salvaged and report.stored:
        notes.append(t("upload-salvaged", count=len(report.stored)))
    return notes
