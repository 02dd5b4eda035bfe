"""Answers without a model: each intent of :mod:`bot.coach.agent.intents` answered from
the athlete's data (through the same scope the tools use), in catalogue words, with the
commands that act on it (the handler shows them as buttons). Used with no API key and
past the budget; never silence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bot.coach.agent.access import AthleteScope
from bot.coach.agent.intents import Intent
from bot.coach.briefs.compose import usable_readiness, verdict
from bot.coach.science.pmc import PmcDay
from bot.i18n import Html, Translator

_COMMANDS: dict[Intent, tuple[str, ...]] = {
    Intent.ILL: ("/checkin", "/pause"),
    Intent.INJURED: ("/checkin", "/pause"),
    Intent.TIRED: ("/checkin", "/today"),
    Intent.SHORT_OF_TIME: ("/week", "/pause"),
    Intent.MOVE_SKIP: ("/week", "/today"),
    Intent.WHY_READINESS: ("/checkin", "/today"),
    Intent.FITNESS: ("/week", "/history"),
    Intent.TODAY: ("/today", "/checkin"),
    Intent.UNKNOWN: ("/today", "/week", "/checkin", "/help"),
}
FITNESS_WINDOW_DAYS = 28


@dataclass(frozen=True, slots=True)
class DeterministicAnswer:
    html: str
    commands: tuple[str, ...]


async def answer_intent(
    intent: Intent, scope: AthleteScope, t: Translator, *, ai_available: bool
) -> DeterministicAnswer:
    parts: list[str] = []
    if intent in (Intent.ILL, Intent.INJURED, Intent.SHORT_OF_TIME, Intent.MOVE_SKIP):
        parts.append(t(f"coach-{intent.value.replace('_', '-')}"))
    elif intent is Intent.TIRED:
        parts.append(
            t("coach-tired", readiness=Html(await _readiness(scope, t))).replace("\n\n", "\n")
        )
    elif intent is Intent.TODAY:
        parts += [t("coach-today-title"), await _readiness_html(scope, t)]
    elif intent is Intent.WHY_READINESS:
        parts += [t("coach-why-title"), await _readiness_html(scope, t)]
    elif intent is Intent.FITNESS:
        parts.append(await _fitness(scope, t))
    else:
        parts.append(t("coach-unknown"))
        if not ai_available:
            parts.append(t("coach-unknown-ai-off"))
    # The commands come as buttons under the answer (bot/handlers/coach_commands.py).
    return DeterministicAnswer("\n\n".join(p for p in parts if p), _COMMANDS[intent])


async def _readiness_html(scope: AthleteScope, t: Translator) -> str:
    stored = await scope.readiness(scope.today())
    readiness = usable_readiness(stored.readiness)
    if readiness is None:
        return t("coach-no-readiness")
    return verdict(readiness, t)


async def _readiness(scope: AthleteScope, t: Translator) -> str:
    stored = await scope.readiness(scope.today())
    readiness = usable_readiness(stored.readiness)
    return verdict(readiness, t) if readiness is not None else ""


async def _fitness(scope: AthleteScope, t: Translator) -> str:
    today = scope.today()
    series = await scope.load(today - timedelta(days=FITNESS_WINDOW_DAYS), today)
    if not series:
        return t("coach-fitness-none")
    day = series[-1][1]
    lines = [
        t(
            "coach-fitness",
            ctl=t.number(day.ctl, 1),
            atl=t.number(day.atl, 1),
            tsb=t.number(day.tsb, 1),
            acwr=Html(_acwr_line(day, t)),
        ).rstrip()
    ]
    if len(series) > 1:
        change = day.ctl - series[0][1].ctl
        lines.append(t("coach-fitness-change", change=t.signed(change, 1)))
    return "\n".join(lines)


def _acwr_line(day: PmcDay, t: Translator) -> str:
    """ACWR only once it means something (4 weeks of data, pmc.py), else why not."""
    if day.acwr is None or not day.acwr_confident:
        return t("coach-fitness-acwr-unsure")
    return t("coach-fitness-acwr", acwr=t.number(day.acwr, 2))
