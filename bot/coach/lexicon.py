"""The words both deterministic readers share: the plan-change reader
(``bot.coach.planning.changes.reader``: "I'm sick" -> a proposal) and the coach's intent
reader (``bot.coach.agent.intents``: "I'm sick" -> advice and buttons). One vocabulary
for illness, travel and negation, so a message that one reader takes as illness the
other does too, and "I'm not sick anymore" is denied for both.

Each pattern starts at a word boundary ("will" is not "ill"). Patterns are for
lower-cased text (``ё`` may be written ``е``); English and Russian.
"""

from __future__ import annotations

import re

# Above the neck (a head cold: easy training allowed) and below it (fever, chest, body:
# rest) — the "neck check" (Eichner 1993, Phys Sportsmed 21:125).
ABOVE_NECK = (
    r"\b(cold|runny nose|stuffy|sore throat|sneez\w*|blocked nose|"
    r"насморк\w*|горло|заложен\w*|чихаю|сопл\w*)"
)
BELOW_NECK = (
    r"\b(fever|temperature|flu\b|chest|body ache\w*|aching|stomach|vomit\w*|diarrh\w*|covid|"
    r"температур\w*|жар\b|грипп\w*|ломит|ломот\w*|кашел\w* в груди|живот\w*|отравил\w*|"
    r"тошнит|ковид\w*)"
)
ILL = (
    r"\b(sick|ill\b|unwell|i've got a cold|i have a cold|caught a cold|got a cold|the flu|"
    r"заболел\w*|заболева\w*|болею|болеть|болен|больна|простыл\w*|простуд\w*|приболел\w*|"
    r"грипп\w*|температур\w*|ковид\w*|орви|плохо себя чувству\w*)"
)
# Any word of illness, wherever the symptoms are.
ILLNESS = rf"{ILL}|{ABOVE_NECK}|{BELOW_NECK}"
# Away from home or busy: the days are limited.
TRAVEL = (
    r"\b(travel\w*|trip|away|on the road|business trip|conference|vacation|holiday|hotel|"
    r"командировк\w*|уезжа\w*|уеду|в отъезде|в поездке|поездк\w*|в дороге|путешеств\w*|"
    r"в отпуске|отпуск|на выезде|гостиниц\w*|занят\w*|busy)"
)
# Short of time, wherever the athlete is.
SHORT_OF_TIME = (
    rf"{TRAVEL}|no time|short (?:of|on) time|only \d+ ?min|don'?t have time|"
    r"нет времени|мало времени|только \d+ ?мин"
)

NEGATION_BEFORE = (
    r"(?:\b(?:not|no longer|never|не|уже не|больше не|перестал\w*)|n't)\s+(?:\w+\s+){0,2}?"
)
OVER = re.compile(r"\b(better now|recovered|all good|выздоровел\w*|поправил\w*|уже лучше)\b")


def negated(text: str, trigger: str) -> bool:
    """Whether ``trigger`` (a pattern) is denied in ``text`` ("not sick", "уже не болею")
    or the text says it is over ("better now")."""
    return bool(re.search(NEGATION_BEFORE + trigger, text)) or bool(OVER.search(text))
