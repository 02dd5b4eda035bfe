"""The words both deterministic readers share: the plan-change reader
(``bot.coach.planning.changes.reader``: "I'm sick" -> a proposal) and the coach's intent
reader (``bot.coach.agent.intents``: "I'm sick" -> advice and buttons). One vocabulary
for illness, travel and negation, so a message that one reader takes as illness the
other does too, and "I'm not sick anymore" is denied for both.

Each pattern starts at a word boundary ("will" is not "ill"). Patterns are for
lower-cased text (``ё`` may be written ``е``); English, Russian, Spanish, German, French
and Italian.
"""

from __future__ import annotations

import re

# Above the neck (a head cold: easy training allowed) and below it (fever, chest, body:
# rest) — the "neck check" (Eichner 1993, Phys Sportsmed 21:125).
ABOVE_NECK = (
    r"\b(cold|runny nose|stuffy|sore throat|sneez\w*|blocked nose|"
    r"насморк\w*|горло|заложен\w*|чихаю|сопл\w*|"
    r"resfriad\w*|constipad\w*|mocos|moqueo|garganta|congestionad\w*|estornud\w*|"
    r"schnupfen|erkältet|erkältung|halsschmerzen|hals|verstopfte nase|niese\w*|"
    r"rhume|enrhumé\w*|nez qui coule|gorge|nez bouché|éternu\w*|"
    r"raffreddat\w*|raffreddore|naso che cola|gola|naso chiuso|starnut\w*)"
)
BELOW_NECK = (
    r"\b(fever|temperature|flu\b|chest|body ache\w*|aching|stomach|vomit\w*|diarrh\w*|covid|"
    r"температур\w*|жар\b|грипп\w*|ломит|ломот\w*|кашел\w* в груди|живот\w*|отравил\w*|"
    r"тошнит|ковид\w*|"
    r"fiebre|gripe|pecho|dolores musculares|estómago|vómit\w*|diarrea|"
    r"fieber|grippe|brust|gliederschmerzen|magen\w*|erbrech\w*|durchfall|"
    r"fièvre|fievre|poitrine|estomac|vomi\w*|diarrhée|"
    r"febbre|influenza|petto|stomaco|vomit\w*)"
)
ILL = (
    r"\b(sick|ill\b|unwell|i've got a cold|i have a cold|caught a cold|got a cold|the flu|"
    r"заболел\w*|заболева\w*|болею|болеть|болен|больна|простыл\w*|простуд\w*|приболел\w*|"
    r"грипп\w*|температур\w*|ковид\w*|орви|плохо себя чувству\w*|"
    r"enferm[oa]|krank|malade|malat[oa])"
)
# Any word of illness, wherever the symptoms are.
ILLNESS = rf"{ILL}|{ABOVE_NECK}|{BELOW_NECK}"
# Away from home or busy: the days are limited.
TRAVEL = (
    r"\b(travel\w*|trip|away|on the road|business trip|conference|vacation|holiday|hotel|"
    r"командировк\w*|уезжа\w*|уеду|в отъезде|в поездке|поездк\w*|в дороге|путешеств\w*|"
    r"в отпуске|отпуск|на выезде|гостиниц\w*|занят\w*|busy|"
    r"viaje|viajando|de viaje|congreso|vacaciones|ocupad\w*|hotel|"
    r"reise|unterwegs|dienstreise|geschäftsreise|urlaub|verreist|"
    r"voyage|en déplacement|déplacement|vacances|congrès|hôtel|"
    r"viaggio|in viaggio|trasferta|vacanza|ferie|impegnat\w*|albergo)"
)
# Short of time, wherever the athlete is.
SHORT_OF_TIME = (
    rf"{TRAVEL}|no time|short (?:of|on) time|only \d+ ?min|don'?t have time|"
    r"нет времени|мало времени|только \d+ ?мин"
)

NEGATION_BEFORE = (
    r"(?:\b(?:not|no longer|never|не|уже не|больше не|перестал\w*|ya no|no|nicht|nicht mehr|"
    r"kein\w*|ne|plus|pas|non|non più)|n't)\s+(?:\w+\s+){0,2}?"
)
OVER = re.compile(
    r"\b(better now|recovered|all good|выздоровел\w*|поправил\w*|уже лучше|"
    r"ya estoy mejor|recuperad\w*|wieder gesund|geht mir besser|je vais mieux|guéri\w*|"
    r"sto meglio|guarit\w*)\b"
)


def negated(text: str, trigger: str) -> bool:
    """Whether ``trigger`` (a pattern) is denied in ``text`` ("not sick", "уже не болею")
    or the text says it is over ("better now")."""
    return bool(re.search(NEGATION_BEFORE + trigger, text)) or bool(OVER.search(text))


# "Sick of", "a sick ride": fed up or slang, not ill (the plan-change reader skips them too).
SICK_SLANG = r"\bsick (of|and tired)\b|\bsick (beat|trick|track|move|ride)s?\b|надоел"


def says_ill(text: str) -> bool:
    """Whether ``text`` states the athlete is ill now ("ich bin krank", "je suis malade"),
    not denied ("nicht mehr krank") and not slang. The plain illness words only: a head
    cold's "throat" or a "chest" in a workout note is not, by itself, a statement."""
    lowered = " ".join(text.lower().replace("ё", "е").split())
    if not re.search(ILL, lowered) or re.search(SICK_SLANG, lowered):
        return False
    return not negated(lowered, ILL)
