"""What the profile dialog, the summary and the zones look like in Telegram.

Pure presentation: catalog texts, babel formatting and keyboards; no I/O.
"""

from __future__ import annotations

import html
from datetime import date, datetime, time, timedelta

from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.coach.profile import dialog as machine
from bot.coach.profile.dialog import Dialog, Input, Section
from bot.coach.profile.errors import ProfileInputError
from bot.coach.profile.races import RACE_OPTIONS
from bot.coach.profile.timezones import utc_offset_text, zone_label
from bot.coach.profile.zones import ProfileZones, ZoneBlock
from bot.coach.science import PaceUnit, Zone, ZoneMetric, ZoneSet
from bot.domain.profiles import (
    GoalFields,
    GoalKind,
    ProfileSnapshot,
    ThresholdEntry,
    ThresholdKind,
    ThresholdSource,
    Units,
)
from bot.handlers.onboarding.callbacks import Answer, EditSection, SettingsItem
from bot.handlers.onboarding.formatting import Formatter
from bot.i18n import Html, Translator

# Buttons per row: short labels share a row, long ones get their own.
_ROW_WIDTH = {"days": 4, "pool_days": 4, "long_day": 4, "races": 4, "hours": 3,
              "brief_time": 3, "race_priority": 3, "watch": 3, "goal": 2}  # fmt: skip
SUMMARY_SECTIONS = (
    Section.SPORT,
    Section.GOAL,
    Section.WEEK,
    Section.EQUIPMENT,
    Section.BODY,
    Section.THRESHOLDS,
    Section.HEALTH,
    Section.TIME,
)
_CITY_SUGGESTIONS = {
    "en": ("London", "New York", "Berlin", "Moscow"),
    "ru": ("Москва", "Санкт-Петербург", "Екатеринбург", "Новосибирск"),
    "es": ("Madrid", "Barcelona", "Valencia", "Buenos Aires"),
    "de": ("Berlin", "München", "Hamburg", "Wien"),
    "fr": ("Paris", "Lyon", "Genève", "Bruxelles"),
    "it": ("Roma", "Milano", "Torino", "Firenze"),
}


def formatter(
    t: Translator, dialog: Dialog | None = None, units: Units | None = None
) -> Formatter:
    chosen = units or Units((dialog.answers.get("units") if dialog else None) or "metric")
    return Formatter(t, chosen)


def key_safe(code: str) -> str:
    """Fluent message ids allow letters, digits, ``-`` and ``_`` only ("70.3")."""
    return code.replace(".", "-")


# -- questions -----------------------------------------------------------------------


def question_text(t: Translator, dialog: Dialog) -> str:
    step = dialog.current.id
    index, total = machine.progress(dialog)
    args: dict[str, object] = {}
    if step == "race_custom":
        args["event"] = "bike" if dialog.answers.get("goal") == "bike_other" else "other"
    if step in ("th_source", "th_date"):
        args["threshold"] = t(f"th-name-{dialog.answers.get('th_kind')}")
    if step == "days_check":
        days, needed = machine.days_short(dialog.answers) or (0, 0)
        args.update(days=days, needed=needed)
    text = t(f"ob-q-{step}", **args)
    readings = machine.date_choices(step, dialog.answers)
    if len(readings) == 2:
        fmt = formatter(t, dialog)
        first, second = (fmt.date(date.fromisoformat(day)) for day in readings)
        text = t("ob-q-date-ambiguous", first=first, second=second)
    return f"{t('ob-progress', index=index, total=total)}\n{text}"


def button_label(t: Translator, dialog: Dialog, step: str, code: str) -> str:
    fmt = formatter(t, dialog)
    if code in machine.date_choices(step, dialog.answers):
        return fmt.date(date.fromisoformat(code))
    if step in ("days", "pool_days") or (step == "long_day" and code != "any"):
        return fmt.weekday(int(code))
    if step == "hours":
        return fmt.hours(float(code))
    if step == "races" and code not in ("0", "20"):
        return code
    if step == "brief_time":
        clock = fmt.clock(time(int(code[:2]), int(code[2:])))
        return (
            t("ob-opt-brief-default", time=clock) if code == machine.DEFAULT_BRIEF_TIME else clock
        )
    if step == "goal":
        return goal_option(t, fmt, code)
    return t(f"ob-opt-{step}-{key_safe(code)}")


# Goals named by a distance in kilometres that imperial athletes know in miles.
_MILES_GOALS = frozenset({"bike_100", "bike_160", "bike_200"})


def goal_option(t: Translator, fmt: Formatter, code: str) -> str:
    """A goal's button or name: "🚴 100 mi (century)" rather than "160 km" in imperial
    units (race names such as "10 km" or "70.3" stay what the races are called)."""
    suffix = "-imperial" if fmt.imperial and code in _MILES_GOALS else ""
    return t(f"ob-opt-goal-{key_safe(code)}{suffix}")


def question_markup(
    t: Translator, dialog: Dialog
) -> InlineKeyboardMarkup | ReplyKeyboardMarkup | None:
    step = dialog.current
    if step.input is Input.LOCATION:
        return location_keyboard(t)
    token = dialog.token
    codes = machine.options(step.id, dialog.answers)
    act = "tog" if step.input is Input.MULTI else "pick"
    buttons: list[InlineKeyboardButton] = []
    for code in codes:
        label = button_label(t, dialog, step.id, code)
        if step.input is Input.MULTI and code in dialog.picks:
            label = f"✓ {label}"
        buttons.append(button(label, Answer(token=token, act=act, val=code)))
    width = _ROW_WIDTH.get(step.id, 2 if len(codes) > 3 else 1)
    rows = [buttons[start : start + width] for start in range(0, len(buttons), width)]
    extra: list[InlineKeyboardButton] = []
    if dialog.history:
        extra.append(button(t("ob-btn-back"), Answer(token=token, act="back")))
    if step.input is Input.MULTI:
        extra.append(button(t("ob-btn-done"), Answer(token=token, act="done")))
    if step.escape is not None:
        label = t(f"ob-btn-{step.escape}")
        extra.append(button(label, Answer(token=token, act="esc", val=step.escape)))
    if extra:
        rows.append(extra)
    # Rows built directly: aiogram's InlineKeyboardBuilder deep-copies the whole keyboard
    # on every button it adds (~550 us for the six buttons of the first question).
    return InlineKeyboardMarkup(inline_keyboard=rows) if rows else None


def ticks_markup(t: Translator, dialog: Dialog) -> InlineKeyboardMarkup:
    """The buttons of a multi-select question after a tick (always inline)."""
    markup = question_markup(t, dialog)
    if not isinstance(markup, InlineKeyboardMarkup):
        raise TypeError(f"step {dialog.step} is not a multi-select")
    return markup


def button(text: str, data: Answer | EditSection) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data.pack())


def location_keyboard(t: Translator) -> ReplyKeyboardMarkup:
    cities = _CITY_SUGGESTIONS.get(t.language, _CITY_SUGGESTIONS["en"])
    return ReplyKeyboardMarkup(
        keyboard=[
            [KeyboardButton(text=t("ob-btn-location"), request_location=True)],
            [KeyboardButton(text=city) for city in cities[:2]],
            [KeyboardButton(text=city) for city in cities[2:]] + [KeyboardButton(text="UTC")],
        ],
        resize_keyboard=True,
        one_time_keyboard=True,
        input_field_placeholder=t("ob-timezone-placeholder"),
    )


def _measures_power(answers: dict[str, object]) -> bool:
    kit = answers.get("equipment")
    return isinstance(kit, list) and bool({"power_meter", "smart_trainer"} & set(kit))


def echo(t: Translator, dialog: Dialog, act: str, code: str) -> str:
    """The answer a tap gave, shown under the question it answered."""
    step = dialog.current.id
    if act == "esc":
        label = t(f"ob-btn-{code}")
        kind = machine.STEP_KIND.get(step)
        if code == "unknown" and kind is not None:
            if kind == "ftp" and not _measures_power(dialog.answers):
                return f"{label}\n{t('ob-unknown-ftp-no-power')}"  # no test it cannot do
            return f"{label}\n{t(f'ob-unknown-{kind}')}"
        return label
    if act == "done":
        picked = [c for c in machine.options(step, dialog.answers) if c in dialog.picks]
        return ", ".join(button_label(t, dialog, step, c) for c in picked) or t("ob-none")
    return button_label(t, dialog, step, code)


# A typed answer echoed under its question is cut to this many characters (injuries).
_ECHO_MAX = 120


def typed_echo(t: Translator, before: Dialog, after: Dialog, text: str) -> str | None:
    """A typed answer shown under its question as a tap's would be: the option it chose
    ("6.5" on the hours question reads "6.5 h"), a date in words, else the words typed;
    None when the question stays (a date that reads two ways asks which)."""
    step = before.current.id
    if not after.finished and after.current.id == step and after.history == before.history:
        return None
    value = after.answers.get(step)
    codes = machine.options(step, before.answers)
    if isinstance(value, str | int | float) and str(value) in codes:
        return button_label(t, before, step, str(value))
    if step == "hours" and isinstance(value, int | float):
        return formatter(t, before).hours(float(value))
    if isinstance(value, str) and step in machine.DATE_STEPS:
        try:
            return formatter(t, before).date(date.fromisoformat(value))
        except ValueError:
            pass
    words = " ".join(text.split())
    clipped = words if len(words) <= _ECHO_MAX else f"{words[: _ECHO_MAX - 1]}…"
    return html.escape(clipped, quote=False)


def answered_text(t: Translator, dialog: Dialog, answer: str) -> str:
    return f"{question_text(t, dialog)}\n\n{t('ob-answered', answer=Html(answer))}"


def error_text(t: Translator, dialog: Dialog | None, error: ProfileInputError) -> str:
    fmt = formatter(t, dialog)
    params = {name: fmt.param(value) for name, value in error.params.items()}
    return t(f"ob-error-{error.code}", **params)


def timezone_set(t: Translator, zone: str, city: str | None, now_local: str, now: datetime) -> str:
    """The zone confirmed as a place and an offset: the city the athlete named, else the
    zone's own place (``Kiritimati (UTC+14)``), else the offset alone (``UTC+3``)."""
    place = f"{city} ({utc_offset_text(zone, now)})" if city else zone_label(zone, t.language, now)
    return t("ob-timezone-set", place=place, time=now_local)


# -- the profile summary ------------------------------------------------------------------


def summary_text(t: Translator, snapshot: ProfileSnapshot, *, now_utc: datetime) -> str:
    fields = snapshot.profile.fields
    fmt = Formatter(t, fields.units)
    none = t("ob-none")
    sports = ", ".join(t(f"ob-opt-sports-{s.value}") for s in fields.sports) or none
    experience = t(f"ob-opt-experience-{fields.experience.value}") if fields.experience else none
    lines = {
        Section.SPORT: t(
            "summary-sport",
            sports=sports,
            experience=experience,
            races=fields.races_finished or 0,
        ),
        Section.GOAL: goal_line(t, fmt, snapshot.goal.fields if snapshot.goal else None),
        Section.WEEK: _week_line(t, fmt, snapshot),
        Section.EQUIPMENT: _equipment_line(t, snapshot),
        Section.BODY: t(
            "summary-body",
            year=str(fields.birth_year or "—"),
            sex=t(f"ob-opt-sex-{fields.sex.value}") if fields.sex else "—",
            weight=fmt.weight(fields.weight_kg) if fields.weight_kg else "—",
        ),
        Section.THRESHOLDS: _thresholds_line(t, fmt, snapshot),
        Section.HEALTH: t("summary-health", injuries=fields.injuries or none),
        Section.TIME: t(
            "summary-time",
            zone=zone_label(snapshot.timezone, t.language, now_utc),
            time=fmt.clock(fields.brief_time),
            units=t(f"ob-opt-units-{fields.units.value}"),
        ),
    }
    body = "\n".join(lines[section] for section in SUMMARY_SECTIONS)
    return f"{t('summary-title')}\n\n{body}"


def summary_markup(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for section in SUMMARY_SECTIONS:
        builder.button(
            text=t(f"summary-edit-{section.value}"),
            callback_data=EditSection(section=section.value),
        )
    builder.adjust(2)
    return builder.as_markup()


def goal_line(t: Translator, fmt: Formatter, goal: GoalFields | None) -> str:
    if goal is None or goal.kind is GoalKind.GENERAL:
        return t("summary-goal-general")
    return t(
        "summary-goal-race",
        race=race_name(t, fmt, goal),
        date=fmt.date(goal.race_date) if goal.race_date else "—",
        priority=goal.priority.value if goal.priority else "—",
        target=fmt.duration(goal.target_time_s) if goal.target_time_s else t("ob-none"),
    )


def race_name(t: Translator, fmt: Formatter, goal: GoalFields) -> str:
    if goal.custom_name:
        return goal.custom_name
    for option in RACE_OPTIONS.values():
        if (option.discipline, option.distance_code, option.distance_m) == (
            goal.discipline,
            goal.distance_code,
            goal.distance_m,
        ):
            return goal_option(t, fmt, option.code)
    if goal.distance_m:
        return fmt.distance(goal.distance_m)
    return t("ob-opt-goal-custom")


def _week_line(t: Translator, fmt: Formatter, snapshot: ProfileSnapshot) -> str:
    fields = snapshot.profile.fields
    if not fields.swims:
        pool = ""
    elif fields.pool_access:
        pool = t("summary-pool-days", days=fmt.weekdays(fields.pool_weekdays))
    else:
        pool = t("summary-pool-none")
    return t(
        "summary-week",
        hours=fmt.hours(fields.weekly_hours or 0),
        days=fmt.weekdays(fields.available_weekdays) or "—",
        long=fmt.weekday(fields.long_day)
        if fields.long_day is not None
        else t("ob-opt-long_day-any"),
        pool=pool,
    )


def _equipment_line(t: Translator, snapshot: ProfileSnapshot) -> str:
    fields = snapshot.profile.fields
    kit = [
        t(f"ob-opt-equipment-{code}")
        for code, has in (
            ("power_meter", fields.has_power_meter),
            ("hr_strap", fields.has_hr_strap),
            ("smart_trainer", fields.has_smart_trainer),
        )
        if has
    ]
    watch = fields.watch_brand
    if watch in machine.options("watch", {}):
        watch = t(f"ob-opt-watch-{watch}")
    return t("summary-equipment", kit=", ".join(kit) or t("ob-none"), watch=watch or "—")


def threshold_text(t: Translator, fmt: Formatter, entry: ThresholdEntry) -> str:
    """``FTP 250 W`` with ``(estimated)``/``(test)`` when it is not a plain measurement."""
    value = fmt.threshold(entry.kind, entry.value)
    text = t("th-value", name=t(f"th-name-{entry.kind.value}"), value=value)
    if entry.source is not ThresholdSource.MEASURED:
        text += " " + t(f"th-source-mark-{entry.source.value}")
    return text


def _thresholds_line(t: Translator, fmt: Formatter, snapshot: ProfileSnapshot) -> str:
    known = [
        threshold_text(t, fmt, snapshot.thresholds[kind])
        for kind in ThresholdKind
        if kind in snapshot.thresholds
    ]
    return t("summary-thresholds", values=" · ".join(known) or t("summary-thresholds-none"))


# -- zones and what happens next --------------------------------------------------------

_BLOCK_ICON = {
    ZoneMetric.HEART_RATE: "❤️",
    ZoneMetric.POWER: "🚴",
    ZoneMetric.RUN_PACE: "🏃",
    ZoneMetric.SWIM_PACE: "🏊",
}


def zones_text(t: Translator, fmt: Formatter, zones: ProfileZones, tests: list[str]) -> str:
    parts = [t("zones-title")]
    for block in zones.blocks():
        parts.append(_block(t, fmt, block))
    if not zones.blocks():
        parts.append(t("zones-none"))
    if tests:
        listed = "\n".join(t(f"test-{code}") for code in tests)
        parts.append(t("zones-tests", tests=Html(listed)))
    return "\n\n".join(parts)


def zone_block_text(t: Translator, fmt: Formatter, block: ZoneBlock) -> str:
    """One metric's zones, as on the zones screen."""
    return _block(t, fmt, block)


def _block(t: Translator, fmt: Formatter, block: ZoneBlock) -> str:
    basis = ", ".join(threshold_text(t, fmt, entry) for entry in block.basis)
    title = t(
        f"zones-{block.zones.metric.value}",
        basis=basis,
        model=t(f"zones-model-{block.zones.model}"),
    )
    rows = [
        t(
            "zones-row",
            label=zone.label,
            name=t(f"zone-{zone.code}"),
            range=_range(t, fmt, block.zones, zone),
        )
        for zone in block.zones.zones
    ]
    # Custom zones say so, and who set them (domain.md: overrides win everywhere).
    rows.extend(
        t(
            f"zones-custom-{entry.set_by.value}",
            label=block.zones.by_number(entry.number).label,
            name=entry.setter_name,
        )
        for entry in block.overrides
    )
    return f"{_BLOCK_ICON[block.zones.metric]} {title}\n" + "\n".join(rows)


_PACE_KEYS = {
    PaceUnit.PER_KM.value: "fmt-pace-km",
    PaceUnit.PER_MILE.value: "fmt-pace-mi",
    PaceUnit.PER_100M.value: "fmt-pace-100m",
    PaceUnit.PER_100YD.value: "fmt-pace-100yd",
}


def _range(t: Translator, fmt: Formatter, zones: ZoneSet, zone: Zone) -> str:
    """``138–188 W``, ``up to 138 W``, ``9:21–8:16/mi``, ``faster than 6:32/mi``."""

    def bare(value: float) -> str:
        if zones.metric.descending:
            seconds = round(value)
            return f"{seconds // 60}:{seconds % 60:02d}"
        return fmt.number(value, 0)

    def unit(text: str) -> str:
        if zones.metric is ZoneMetric.POWER:
            return t("fmt-watts", value=text)
        if zones.metric is ZoneMetric.HEART_RATE:
            return t("fmt-bpm", value=text)
        return t(_PACE_KEYS[zones.unit], pace=text)

    if zones.metric.descending:  # pace: zone 1 is the slowest, open on the slow side
        if zone.upper is None:
            return t("zones-slower", value=unit(bare(zone.lower)))
        if zone.lower == 0:
            return t("zones-faster", value=unit(bare(zone.upper)))
        return unit(f"{bare(zone.upper)}–{bare(zone.lower)}")
    if zone.upper is None:
        return t("zones-above", value=unit(bare(zone.lower)))
    if zone.lower == 0:
        return t("zones-up-to", value=unit(bare(zone.upper)))
    return unit(f"{bare(zone.lower)}–{bare(zone.upper)}")


def next_steps_text(
    t: Translator, fmt: Formatter, snapshot: ProfileSnapshot, next_brief: datetime | None
) -> str:
    """What comes next; ``next_brief`` is the delivery schedule's own answer (the one
    /brief shows), else tomorrow at the brief time."""
    if snapshot.today is None:
        raise ValueError("a snapshot for the summary must say which day it is")
    if next_brief is None:
        tomorrow = snapshot.today + timedelta(days=1)
        next_brief = datetime.combine(tomorrow, snapshot.profile.fields.brief_time)
    return t("onboarding-next", when=fmt.when(next_brief))


def threshold_saved_text(
    t: Translator, fmt: Formatter, entry: ThresholdEntry | None, kind: ThresholdKind
) -> str:
    if entry is None:
        return t("th-unchanged", name=t(f"th-name-{kind.value}"))
    return t(
        "th-saved",
        value=Html(threshold_text(t, fmt, entry)),
        date=fmt.date(entry.effective_date),
    )


# -- thresholds and settings ------------------------------------------------------------


def threshold_kinds(snapshot: ProfileSnapshot) -> list[ThresholdKind]:
    """The thresholds that matter for the athlete's sports, in the dialog's order."""
    fields = snapshot.profile.fields
    kinds = []
    if fields.bikes:
        kinds.append(ThresholdKind.FTP)
    if fields.runs:
        kinds.append(ThresholdKind.RUN_THRESHOLD_PACE)
    if fields.swims:
        kinds.append(ThresholdKind.CSS)
    return [*kinds, ThresholdKind.HR_MAX, ThresholdKind.RESTING_HR, ThresholdKind.LTHR]


def thresholds_screen(
    t: Translator, snapshot: ProfileSnapshot, history: list[ThresholdEntry]
) -> tuple[str, InlineKeyboardMarkup]:
    fmt = Formatter(t, snapshot.profile.fields.units)
    lines = []
    builder = InlineKeyboardBuilder()
    for kind in threshold_kinds(snapshot):
        name = _capitalised(t(f"th-name-{kind.value}"))
        entry = snapshot.thresholds.get(kind)
        if entry is None:
            lines.append(t("th-line-missing", name=name))
        else:
            lines.append(
                t(
                    "th-line",
                    name=name,
                    value=fmt.threshold(kind, entry.value),
                    source=t(f"th-source-{entry.source.value}"),
                    date=fmt.date(entry.effective_date),
                    count=sum(1 for e in history if e.kind is kind),
                )
            )
        builder.button(text=name, callback_data=SettingsItem(item="th", val=kind.value))
    builder.adjust(3)
    text = t("th-screen", lines=Html("\n".join(lines)))
    return text, builder.as_markup()


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


SETTINGS_ITEMS = (
    "timezone",
    "brief_time",
    "units",
    "language",
    "thresholds",
    "week",
    "goal",
    "sport",
    "equipment",
    "body",
    "health",
)


def settings_menu(t: Translator) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for item in SETTINGS_ITEMS:
        builder.button(text=t(f"settings-{item}"), callback_data=SettingsItem(item=item))
    builder.adjust(2)
    return builder.as_markup()
