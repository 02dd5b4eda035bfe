"""The deterministic intent reader: the common messages understood without a model, in
every language the bot speaks (en, ru). Used with no API key, past the budget, and by
nothing else; the answers come from the same data as the agent's tools.

Order matters: an injured athlete who is also tired is answered as injured, and
anything about illness or injury is read first, so it only ever makes training easier.
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.coach.lexicon import ILLNESS, SHORT_OF_TIME, negated


class Intent(StrEnum):
    ILL = "ill"
    INJURED = "injured"
    TIRED = "tired"
    SHORT_OF_TIME = "short_of_time"
    MOVE_SKIP = "move_skip"
    WHY_READINESS = "why_readiness"
    FITNESS = "fitness"
    TODAY = "today"
    UNKNOWN = "unknown"


_PATTERNS: tuple[tuple[Intent, str], ...] = (
    # Illness and travel words are the plan-change reader's (bot/coach/lexicon.py).
    (Intent.ILL, ILLNESS),
    (
        Intent.INJURED,
        r"\binjur|\bhurt\b|\bsprain|\bstrain(?:ed)?\b|\bpulled\b|\btendon|shin splint"
        r"|(?:knee|ankle|hip|foot|calf|achilles|hamstring|back|shin)s? (?:hurts?|pain|is sore)"
        r"|pain in (?:my )?(?:knee|ankle|hip|foot|calf|achilles|hamstring|back|shin)"
        r"|травм|растяжен|потянул|подвернул|болит (?:колено|голеностоп|ахилл|стопа|спина|бедро"
        r"|икра|поясница)|(?:колено|ахилл|стопа|спина|поясница) болит",
    ),
    (
        Intent.TIRED,
        r"\btired|exhausted|\bfatigued?\b|\bsore\b|no energy|wiped|knackered|drained"
        r"|устал|нет сил|вымотан|разбит|крепатур|забит|болят ноги|ноги болят|сонн|не выспал",
    ),
    (Intent.SHORT_OF_TIME, SHORT_OF_TIME),
    (
        Intent.MOVE_SKIP,
        r"\bmove\b|\bskip|reschedul|swap|postpone|another day|tomorrow instead"
        r"|перенес|перенёс|перенос|пропуст|поменять (?:местами|день)|на другой день",
    ),
    (
        Intent.WHY_READINESS,
        r"why (?:am i |is (?:it|my readiness) )?(?:amber|red|green|yellow)|readiness"
        r"|\bwhy\b.*\b(?:amber|red|yellow)\b|почему.*(?:жёлт|желт|красн|зелён|зелен)"
        r"|готовност|янтарн",
    ),
    (
        Intent.FITNESS,
        r"fitness|\bform\b|\bctl\b|\btsb\b|\bacwr\b|how am i doing|progress|fatigue"
        r"|форм[аеуы]|фитнес|прогресс|как (?:у меня )?дела|нагрузк|усталост",
    ),
    (
        Intent.TODAY,
        r"today|what'?s (?:on|the plan)|what should i do|what do i do|session|workout"
        r"|сегодня|что по плану|какая тренировка|что делать|тренировк",
    ),
)
# The same intents as Spanish, German, French and Italian speakers put them.
_MORE: dict[Intent, str] = {
    Intent.ILL: (
        r"enferm[oa]|resfriad|gripe|fiebre|me duele la garganta|krank|erkält|grippe|fieber"
        r"|halsschmerz|malade|rhume|fièvre|mal à la gorge|malat[oa]|raffreddat|influenza"
        r"|febbre|mal di gola"
    ),
    Intent.INJURED: (
        r"lesi[oó]n|lesionad|esguince|me duele (?:la rodilla|el tobillo|la espalda)|verletz"
        r"|zerrung|verstaucht|(?:knie|knöchel|rücken) tut weh|bless|entorse|tendinite"
        r"|mal (?:au genou|à la cheville|au dos)|infortun|distorsione|stiramento"
        r"|mi fa male (?:il ginocchio|la caviglia|la schiena)"
    ),
    Intent.TIRED: (
        r"cansad|agotad|sin energía|müde|erschöpft|kaputt|keine energie|fatigué|épuisé"
        r"|crevé|stanc[oa]|sfinit|distrutt"
    ),
    Intent.SHORT_OF_TIME: (
        r"de viaje|viajando|sin tiempo|no tengo tiempo|ocupad|unterwegs|reise|keine zeit"
        r"|wenig zeit|en voyage|en déplacement|pas le temps|débordé|in viaggio|trasferta"
        r"|non ho tempo|poco tempo"
    ),
    Intent.MOVE_SKIP: (
        r"mover|cambiar (?:el|de) día|saltar(?:me)?|posponer|verschieb|ausfallen lassen"
        r"|überspringen|déplacer|décaler|sauter|spostare|saltare|rimandare"
    ),
    Intent.WHY_READINESS: (
        r"por qué.*(?:ámbar|amarillo|rojo)|disposición|warum.*(?:gelb|rot)|bereitschaft"
        r"|pourquoi.*(?:orange|rouge)|disponibilité|perché.*(?:giallo|rosso)|prontezza"
    ),
    Intent.FITNESS: (
        r"mi forma|cómo voy|progreso|fatiga|meine fitness|wie steht|fortschritt|ermüdung"
        r"|ma forme|où j'en suis|progrès|la mia forma|come sto andando|progressi|fatica"
    ),
    Intent.TODAY: (
        r"\bhoy\b|qué toca|entrenamiento de hoy|\bheute\b|was steht an|einheit"
        r"|aujourd'hui|séance|\boggi\b|allenamento"
    ),
}
_COMPILED = tuple(
    (intent, re.compile(p + (f"|{_MORE[intent]}" if intent in _MORE else ""), re.IGNORECASE))
    for intent, p in _PATTERNS
)


# "I'm not sick anymore" is not a sick day: these are skipped when what matched is denied.
_DENIABLE = frozenset({Intent.ILL, Intent.INJURED, Intent.TIRED, Intent.SHORT_OF_TIME})


def read_intent(text: str) -> Intent:
    lowered = " ".join(text.lower().replace("ё", "е").split())
    for intent, pattern in _COMPILED:
        found = pattern.search(lowered) or pattern.search(text.lower())
        if found is None:
            continue
        if intent in _DENIABLE and negated(lowered, re.escape(found.group(0))):
            continue
        return intent
    return Intent.UNKNOWN
