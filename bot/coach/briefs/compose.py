"""The morning brief: a pure function from plain inputs to a Telegram message.

Order (what matters most first): red flags, the verdict with its main reasons, the LLM
coach's note when there is one, today's session, on amber and red days the adjusted
session with a choice, and the one-tap check-in when it is not done. Every word comes from
the catalogues (``brief.ftl``); arguments are escaped by the translator, so a session title
(or the note) cannot break the HTML.
"""

from __future__ import annotations

from bot.coach.briefs.callbacks import BriefActionCode
from bot.coach.briefs.model import BriefInputs, BriefSession
from bot.coach.briefs.reasons import main_reasons, what_changed
from bot.coach.science.readiness import Readiness, ReadinessStatus
from bot.domain.deliveries import Button, OutgoingMessage
from bot.domain.profiles import Units
from bot.i18n import Html, Translator
from bot.i18n.dates import long_day
from bot.i18n.numbers import format_distance

TELEGRAM_TEXT_LIMIT = 4096
# Below this share of the full set of factors, the verdict says it rests on little data.
LOW_CONFIDENCE = 0.35
METRES_PER_MILE = 1609.344
# A note longer than this is cut (the note writer keeps them far shorter).
MAX_NOTE = 500
# A title or a line of targets longer than this is cut (Fluent allows 1,000 characters in
# one argument; a phone screen shows far fewer).
MAX_LINE = 300
# The payload key saying what the offered adjustment is ("easier" or "rest").
ADJUSTMENT = "adjustment"
SPORT_ICONS = {"run": "🏃", "bike": "🚴", "swim": "🏊", "strength": "🏋️", "brick": "🔁"}
# Sessions already done (in full or in part) when the brief is composed.
_DONE = frozenset({"done", "partial"})


def compose_morning_brief(inputs: BriefInputs, t: Translator) -> OutgoingMessage:
    readiness = usable_readiness(inputs.readiness)
    status = readiness.status if readiness else None
    blocks = [
        t(
            "brief-greeting",
            name=inputs.first_name,
            date=_sentence_start(long_day(inputs.day, t.language)),
        )
    ]
    if readiness is not None and readiness.red_flags:
        blocks.extend(t(f"brief-flag-{flag}") for flag in readiness.red_flags)
    blocks.append(verdict(readiness, t, yesterday=inputs.yesterday))
    if inputs.note and inputs.note.strip():
        # Plain text from a model: one line (see _fit), escaped by the translator.
        note = " ".join(inputs.note.split())
        blocks.append(t("brief-note", note=_clip(note, MAX_NOTE)))
    blocks.append(_today(inputs, t))
    buttons: list[tuple[Button, ...]] = []
    data: dict[str, str] = {}
    ahead = _ahead(inputs.sessions)
    adjusted, offer = _adjusted(ahead, status, inputs.units, t)
    blocks.append(adjusted)
    if offer:
        # What "Do the adjusted session" does to the plan when tapped.
        data[ADJUSTMENT] = "rest" if status is ReadinessStatus.RED else "easier"
        buttons.append(
            (
                Button(t("brief-btn-adjusted"), BriefActionCode.ADJUSTED),
                Button(t("brief-btn-original"), BriefActionCode.ORIGINAL),
            )
        )
    if inputs.checked_in is False:
        blocks.append(t("brief-checkin-invite"))
        buttons.append((Button(t("brief-btn-checkin"), BriefActionCode.CHECK_IN),))
    if readiness is not None:  # something to draw: the trend as a photo
        buttons.append((Button(t("chart-btn-readiness"), BriefActionCode.CHART),))
    text = "\n\n".join(block for block in blocks if block)
    return OutgoingMessage(_fit(text), tuple(buttons), data=data)


def usable_readiness(readiness: Readiness | None) -> Readiness | None:
    """None when there is nothing to judge: no source, or no factor with data and no flag."""
    if readiness is None or (readiness.status is None and not readiness.red_flags):
        return None
    return readiness


def verdict(
    readiness: Readiness | None, t: Translator, *, yesterday: Readiness | None = None
) -> str:
    """The verdict line and its main reasons in the athlete's words (HTML), and what moved
    the score since ``yesterday`` when it moved by a few points."""
    if readiness is None or readiness.status is None:
        return t("brief-no-data")
    lines = [
        t(
            f"brief-verdict-{readiness.status.value}",
            score=round(readiness.score) if readiness.score is not None else "—",
        )
    ]
    lines.extend(
        t("brief-reason-line", reason=Html(t(r.key, **r.args))) for r in main_reasons(readiness)
    )
    change = what_changed(readiness, yesterday)
    if change is not None:
        direction = "up" if change.points > 0 else "down"
        lines.append(
            t(
                f"brief-change-{direction}",
                points=round(abs(change.points)),
                factors=", ".join(
                    t(f"brief-factor-{code.replace('_', '-')}") for code in change.factors
                ),
            )
        )
    if readiness.confidence < LOW_CONFIDENCE:
        lines.append(t("brief-low-confidence"))
    return "\n".join(lines)


def _ahead(sessions: tuple[BriefSession, ...] | None) -> tuple[BriefSession, ...] | None:
    """Today's sessions still to do (a brief composed after an early workout, or sent
    again after the check-in, must not offer to adjust what is done)."""
    if sessions is None:
        return None
    return tuple(s for s in sessions if s.status not in _DONE)


def _today(inputs: BriefInputs, t: Translator) -> str:
    if inputs.sessions is None:
        return t("brief-no-plan")
    if not inputs.sessions:
        return t("brief-rest-day")
    ahead = _ahead(inputs.sessions) or ()
    done = [s for s in inputs.sessions if s.status in _DONE]
    # Headings and bodies are joined here, not passed as one Fluent argument: Fluent
    # refuses a placeable over 1,000 characters.
    blocks = []
    if ahead:
        blocks.append(
            "\n".join([t("brief-today"), *(_session(s, inputs.units, t) for s in ahead)])
        )
    if done:
        lines = [t("brief-done-today")]
        lines.extend(
            t(
                f"brief-session-{s.status}",
                icon=SPORT_ICONS.get(s.sport, "🏅"),
                title=_clip(s.title),
            )
            for s in done
        )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _adjusted(
    sessions: tuple[BriefSession, ...] | None,
    status: ReadinessStatus | None,
    units: Units,
    t: Translator,
) -> tuple[str, bool]:
    """The lighter day for amber and red days, and whether there is a choice to offer
    (not on green days, with no plan, on a rest day, or when the session is already easy)."""
    if not sessions or status not in (ReadinessStatus.AMBER, ReadinessStatus.RED):
        return "", False
    if status is ReadinessStatus.RED:
        # Red means rest or recovery only (science.readiness); the plan's easier option
        # is still training, so the offer is rest.
        return t("brief-adjusted") + "\n" + t("brief-adjusted-rest"), True
    easier = [s.easier for s in sessions if s.easier is not None]
    if not easier:
        return t("brief-amber-already-easy"), False
    return "\n".join([t("brief-adjusted"), *(_session(s, units, t) for s in easier)]), True


def _session(session: BriefSession, units: Units, t: Translator) -> str:
    icon = SPORT_ICONS.get(session.sport, "🏅")
    parts = [_duration(session.duration_s, t)]
    if session.distance_m:
        parts.append(_distance(session.distance_m, session.sport, units, t))
    title = _clip(" ".join(session.title.split()))  # one line: see _fit
    lines = [t("brief-session", icon=icon, title=title, amount=", ".join(parts))]
    # One message per line of targets, so every line of the brief closes its own tags.
    lines.extend(
        t("brief-session-targets", targets=_clip(line.strip()))
        for line in session.targets.splitlines()
        if line.strip()
    )
    return "\n".join(lines)


def _sentence_start(text: str) -> str:
    """After "!" a new sentence starts: "Воскресенье, 6 декабря", not "воскресенье"."""
    return text[:1].upper() + text[1:]


def _clip(text: str, limit: int = MAX_LINE) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _duration(seconds: int, t: Translator) -> str:
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return t("brief-duration-hm", hours=hours, minutes=minutes)
    if hours:
        return t("brief-duration-h", hours=hours)
    return t("brief-duration-m", minutes=minutes)


def _distance(metres: float, sport: str, units: Units, t: Translator) -> str:
    # The same words as the plan and /today show for the same session.
    return format_distance(metres, t, imperial=units is Units.IMPERIAL, swim=sport == "swim")


def _fit(text: str) -> str:
    """Keep within Telegram's 4096 characters. Only absurdly long plan text gets here;
    every line of the brief opens and closes its own tags, so cutting at a line break
    leaves valid HTML."""
    if len(text) <= TELEGRAM_TEXT_LIMIT:
        return text
    cut = text.rfind("\n", 0, TELEGRAM_TEXT_LIMIT - 1)
    return text[: cut if cut > 0 else TELEGRAM_TEXT_LIMIT - 1].rstrip() + "\n…"


def session_line(session: BriefSession, units: Units, t: Translator) -> str:
    """A session as the brief shows it (icon, title, amount, targets): for other pushes."""
    return _session(session, units, t)
