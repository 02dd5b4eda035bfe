"""Safety in code, before and around the model.

* :func:`red_flag` screens the athlete's message for symptoms that need a doctor, not a
  coach (chest pain, fainting, palpitations, disproportionate breathlessness, a sudden
  severe headache, one-sided weakness or numbness, confusion or slurred speech, coughing
  blood). A match never reaches the model: the athlete gets a fixed, caring message and
  a health flag is recorded. The list follows the pre-participation warning signs of the
  AHA/ACSM screening statement (Balady et al. 1998) and the NHS stroke signs (FAST).
* :func:`fence` marks text that came from files, devices or other services (activity
  names, notes, file text) as untrusted data: the prompt tells the model that nothing in
  a fence is an instruction, and the grounding check takes no number from inside one.
* :func:`asks_weight_loss` lets the service refuse weight-loss advice to minors in code.

Patterns are in every language the bot speaks (en, ru, es, de, fr, it); a new language
adds its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.coach.lexicon import says_ill

# Each category: English and Russian stems, matched case-insensitively on word starts.
_RED_FLAGS: dict[str, tuple[str, ...]] = {
    "chest_pain": (
        r"chest (?:pain|tightness|pressure)",
        r"pain in (?:my|the) chest",
        r"tight(?:ness)? in (?:my|the) chest",
        r"бол(?:ь|и|ит|ело)\w* (?:в|за) груд",
        r"(?:давит|давило|жжёт|жжет|сдавливает) (?:в|за) груд",
        r"груд\w* (?:болит|давит|сдавил)",
    ),
    "fainting": (
        r"faint(?:ed|ing)?\b",
        r"pass(?:ed)? out",
        r"blacked out",
        r"lost consciousness",
        r"потерял[аи]? сознание",
        r"(?:упал|упала) в обморок",
        r"обморок",
        r"отключил(?:ся|ась)",
    ),
    "palpitations": (
        r"palpitation",
        r"heart (?:is )?(?:racing|pounding|skipping|fluttering)",
        r"irregular heart ?beat",
        r"сердцебиени",
        r"сердце (?:колотится|скачет|выпрыгивает|сбивается|замирает)",
        r"перебои в сердце",
        r"аритми",
    ),
    "breathlessness": (
        r"can'?t (?:catch my )?breathe?",
        r"(?:short(?:ness)? of|out of) breath (?:at rest|for no reason|while resting|sitting)",
        r"struggl\w* to breathe",
        r"не могу (?:дышать|вдохнуть|отдышаться)",
        r"задыха\w* (?:в покое|без причины|сидя|лёжа|лежа)",
        r"одышк\w* (?:в покое|без нагрузки)",
    ),
    "severe_headache": (
        r"(?:sudden|worst|severe|thunderclap) headache",
        r"worst headache of my life",
        r"(?:резк\w*|внезапн\w*|сильнейш\w*) (?:головн\w* )?бол\w* (?:в )?голов",
        r"(?:резко|внезапно) (?:сильно )?заболела голова",
    ),
    "stroke_signs": (
        r"(?:one|left|right)[- ]sided? (?:weakness|numbness)",
        r"(?:face|arm|leg) (?:is |went )?(?:numb|drooping|droops)",
        r"slurred speech",
        r"can'?t (?:speak|talk) properly",
        r"(?:sudden(?:ly)? )?confus(?:ed|ion)",
        r"онемел\w* (?:пол|одна|левая|правая|лицо|рука|нога)",
        r"(?:слабость|онемение) в (?:одной|левой|правой)",
        r"перекосило лицо",
        r"(?:речь|язык) заплета",
        r"спутанн\w* сознани",
    ),
    "coughing_blood": (r"cough\w* (?:up )?blood", r"кашля\w* кровью", r"кровь при кашле"),
}
# The same signs as Spanish, German, French and Italian speakers describe them.
_RED_FLAGS_MORE: dict[str, tuple[str, ...]] = {
    "chest_pain": (
        r"dolor (?:en el|de) pecho", r"(?:opresión|presión) en el pecho", r"me duele el pecho",
        r"brustschmerz", r"schmerzen in der brust", r"(?:druck|enge) (?:auf|in) der brust",
        r"douleur (?:à la|dans la|thoracique)",
        r"(?:oppression|serrement) (?:à la|dans la) poitrine",
        r"mal à la poitrine", r"dolore (?:al|nel) petto", r"(?:oppressione|peso) (?:al|sul) petto",
        r"male al petto",
    ),
    "fainting": (
        r"me desmayé", r"desmay", r"perdí el conocimiento", r"ohnmächtig", r"ohnmacht",
        r"bewusstlos", r"évanoui", r"évanouissement", r"perdu connaissance", r"svenut",
        r"svenimento", r"perso (?:i sensi|conoscenza)",
    ),
    "palpitations": (
        r"palpitacion", r"el corazón (?:se me )?(?:acelera|dispara|salta)", r"arritmia",
        r"herzrasen", r"herzstolpern", r"rhythmusstörung", r"palpitation",
        r"le cœur (?:qui )?(?:s'emballe|bat la chamade)", r"arythmie", r"palpitazion",
        r"cuore (?:che )?(?:batte all'impazzata|accelera|salta)", r"aritmia",
    ),
    "breathlessness": (
        r"no puedo respirar", r"me ahogo (?:en reposo|sin motivo)",
        r"(?:kann nicht|bekomme keine) (?:atmen|luft)", r"atemnot in ruhe",
        r"(?:je )?n'arrive pas à respirer", r"essoufflé au repos", r"non riesco a respirare",
        r"fiato corto a riposo",
    ),
    "severe_headache": (
        r"dolor de cabeza (?:repentino|muy fuerte|insoportable)",
        r"(?:plötzliche|heftigste|stärkste) kopfschmerzen", r"mal de tête (?:soudain|violent)",
        r"mal di testa (?:improvviso|fortissimo|violento)",
    ),
    "stroke_signs": (
        r"(?:debilidad|entumecimiento) en un lado", r"cara (?:dormida|caída)",
        r"habla arrastrada", r"einseitige (?:schwäche|taubheit|lähmung)",
        r"hängender mundwinkel", r"verwaschene sprache", r"faiblesse d'un côté",
        r"visage (?:engourdi|qui tombe)", r"difficulté à parler", r"debolezza da un lato",
        r"faccia (?:intorpidita|storta)", r"parlo (?:male|impastato)",
    ),
    "coughing_blood": (
        r"tos(?:o)? con sangre", r"bluthusten", r"blut (?:ge)?hust", r"crach\w* du sang",
        r"tousse du sang", r"tossisco sangue", r"sangue (?:quando|con la) toss",
    ),
}  # fmt: skip
for _kind, _patterns in _RED_FLAGS_MORE.items():
    _RED_FLAGS[_kind] = (*_RED_FLAGS[_kind], *_patterns)

_COMPILED = {
    kind: re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")", re.IGNORECASE)
    for kind, patterns in _RED_FLAGS.items()
}
# "No chest pain", "без боли в груди": a denial is not a symptom.
_DENIAL = re.compile(r"(?:\bno\b|\bnot\b|\bwithout\b|\bnever\b|\bнет\b|\bбез\b|\bне\b)\s*$")


@dataclass(frozen=True, slots=True)
class RedFlag:
    kind: str  # one of the categories above


def red_flag(text: str) -> RedFlag | None:
    """The first red-flag category ``text`` describes, or None."""
    lowered = " ".join(text.lower().replace("ё", "е").split())
    for kind, pattern in _COMPILED.items():
        for match in pattern.finditer(lowered):
            before = lowered[max(0, match.start() - 12) : match.start()]
            if not _DENIAL.search(before):
                return RedFlag(kind)
    return None


_WEIGHT_LOSS = re.compile(
    r"(?:lose|losing|drop|cut|shed)\s+(?:some\s+)?(?:weight|fat|kilos?|kg|pounds|lbs)"
    r"|weight[- ]loss|diet\b|calorie deficit"
    r"|похуд|сбросить\s+(?:вес|кг|килограмм)|снизить\s+вес|диет|дефицит\s+калорий"
    r"|perder\s+(?:peso|grasa|kilos)|adelgaz|dieta|abnehmen|gewicht\s+verlieren|diät"
    r"|perdre\s+du\s+poids|maigrir|régime|dimagri|perdere\s+peso",
    re.IGNORECASE,
)


def asks_weight_loss(text: str) -> bool:
    return bool(_WEIGHT_LOSS.search(text))


# -- untrusted text ------------------------------------------------------------------------

FENCE_OPEN = "<untrusted>"
FENCE_CLOSE = "</untrusted>"
MAX_UNTRUSTED_CHARS = 200


class Untrusted(str):
    """A string from outside Tempo's own code (a file, a device, another service or a
    stored note). Serialised fenced; the grounding check skips it."""

    __slots__ = ()


def fence(text: str | None, limit: int = MAX_UNTRUSTED_CHARS) -> Untrusted | None:
    """``text`` fenced as data: angle brackets that could close the fence are replaced,
    control characters dropped, the length bounded."""
    if text is None:
        return None
    clean = "".join(ch for ch in text if ch.isprintable() or ch == " ")
    clean = clean.replace("<", "‹").replace(">", "›")
    if len(clean) > limit:
        clean = clean[: limit - 1] + "…"
    return Untrusted(f"{FENCE_OPEN}{clean}{FENCE_CLOSE}")


def health_statement(text: str) -> bool:
    """Whether ``text`` tells of illness or a red-flag symptom: such a message is never
    filed away as something else (a workout note, a wizard answer); it goes to the coach,
    which answers it (advice, a rest proposal, or the red-flag reply)."""
    return red_flag(text) is not None or says_ill(text)
