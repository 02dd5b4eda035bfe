"""Plain sentences -> change requests, with no API key: a deterministic reader for the
common requests in English and Russian.

``read_change_request(text, lang, today)`` returns a :class:`ChangeRequest` when the
sentence clearly asks for a change, an :class:`Unsure` with the readings to offer as
buttons when something essential is missing (a cold or a fever?), and None for anything
else — questions ("should I run if I'm sick?"), jokes ("sick of running lol"),
negations ("I'm not sick anymore"), hypotheticals ("if I get sick") and other people
("my son is sick"). Acting on a sentence it should not have is worse than asking, so
the reader is strict: a sentence it does not recognise is left to the chat.

A request names things (the long run, Saturday, running only); ``resolve`` turns it into
engine operations against the plan as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from bot.coach.lexicon import ABOVE_NECK, BELOW_NECK, ILL, SICK_SLANG, TRAVEL, negated
from bot.coach.planning.changes.model import Symptoms
from bot.coach.planning.model import SessionSport, SessionType


class RequestKind(StrEnum):
    ILLNESS = "illness"
    LIMITS = "limits"  # travelling, busy: only some sports, at most N min, or nothing
    NO_SPORT = "no_sport"  # no pool this week, no running until the 20th
    INJURY = "injury"
    MOVE = "move"
    TIME_TODAY = "time_today"  # "I only have 30 minutes today"
    REST_DAY = "rest_day"
    SKIP = "skip"
    EASIER = "easier"
    STANDING_RULE = "standing_rule"  # "no rides on Sundays"


@dataclass(frozen=True, slots=True)
class ChangeRequest:
    kind: RequestKind
    text: str
    day: date | None = None  # the day it is about (today, tomorrow, the target of a move)
    first: date | None = None
    last: date | None = None
    weekdays: frozenset[int] = frozenset()
    sports: frozenset[SessionSport] | None = None  # allowed
    banned: frozenset[SessionSport] = frozenset()
    minutes: int | None = None
    symptoms: Symptoms | None = None
    days_ill: int = 1
    sport: SessionSport | None = None  # the session it is about
    session_type: SessionType | None = None


@dataclass(frozen=True, slots=True)
class Unsure:
    """Something essential is missing: ask ``question`` with one button per reading."""

    question: str  # a catalogue code
    options: tuple[tuple[str, ChangeRequest], ...]  # (label code, the reading)
    text: str = field(default="")


# -- vocabulary ---------------------------------------------------------------------------

_WEEKDAYS_EN = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}  # fmt: skip
_WEEKDAYS_RU = {
    "пн": 0, "понедельник": 0, "вт": 1, "вторник": 1, "ср": 2, "среда": 2, "среду": 2,
    "чт": 3, "четверг": 3, "пт": 4, "пятница": 4, "пятницу": 4, "сб": 5, "суббота": 5,
    "субботу": 5, "вс": 6, "воскресенье": 6,
}  # fmt: skip
_WD_EN = (
    r"(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)s?"
)
_WD_RU = (
    r"(понедельник[а-я]*|пн|вторник[а-я]*|вт|сред[а-я]*|ср|четверг[а-я]*|чт|пятниц[а-я]*|пт|"
    r"суббот[а-я]*|сб|воскресень[а-я]*|вс)"
)

# Spanish, German, French and Italian weekdays, written out (the two-letter German and
# three-letter Spanish forms are everyday words too: "so", "do", "mar").
_WEEKDAYS_EU = {
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5,
    "domingo": 6, "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3,
    "freitag": 4, "samstag": 5, "sonnabend": 5, "sonntag": 6, "lundi": 0, "mardi": 1,
    "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6, "lunedi": 0,
    "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4, "sabato": 5, "domenica": 6,
}  # fmt: skip
_WD_EU = (
    r"(lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica)s?"
)

_SPORTS = (
    (
        SessionSport.RUN,
        r"\b(run|runs|running|jog|jogging|бег\w*|пробежк\w*|бегать|бегом|"
        r"correr|corro|carrera|rodaje|laufen|lauf|läuft|joggen|courir|course|footing|"
        r"corsa|correre)\b",
    ),
    (
        SessionSport.BIKE,
        r"\b(ride|rides|riding|bike|bikes|biking|cycling|cycle|вело\w*|заезд\w*|катат\w*|"
        r"покататься|bici|bicicleta|ciclismo|rodillo|rad|radfahren|radeln|fahrrad|rennrad|"
        r"vélo|velo|cyclisme|bicicletta|pedalare|\w*ausfahrt)\b",
    ),
    (
        SessionSport.SWIM,
        r"\b(swim|swims|swimming|pool|плаван\w*|плавать|бассейн\w*|nadar|natación|natacion|"
        r"piscina|schwimmen|schwimmbad|hallenbad|nager|natation|piscine|nuoto|nuotare)\b",
    ),
)
_NUMBER_WORDS = {
    "half an hour": 30, "an hour": 60, "one hour": 60, "полчаса": 30, "час": 60,
    "an hour and a half": 90, "полтора часа": 90,
    "media hora": 30, "una hora": 60, "una hora y media": 90, "halbe stunde": 30,
    "eine stunde": 60, "anderthalb stunden": 90, "une demi-heure": 30, "une heure": 60,
    "une heure et demie": 90, "mezz'ora": 30, "un'ora": 60, "un'ora e mezza": 90,
}  # fmt: skip


def _ru_weekday(word: str) -> int:
    for stem, day in (
        ("понедельник", 0), ("вторник", 1), ("сред", 2), ("четверг", 3),
        ("пятниц", 4), ("суббот", 5), ("воскресень", 6),
    ):  # fmt: skip
        if word.startswith(stem):
            return day
    return _WEEKDAYS_RU[word]


def _weekday(word: str) -> int:
    plain = word.lower().translate(_UNACCENT)
    for name in (plain, plain[:-1] if plain.endswith("s") else plain):
        if name in _WEEKDAYS_EU:
            return _WEEKDAYS_EU[name]
    word = word.lower().rstrip("s") if word.isascii() else word.lower()
    if word.isascii():
        return _WEEKDAYS_EN.get(word, _WEEKDAYS_EN.get(word + "s", -1))
    return _ru_weekday(word)


_UNACCENT = str.maketrans("áéíóúìòàè", "aeiouioae")


def weekday_of(word: str) -> int | None:
    """0–6 for a weekday's name or short form in any of the six languages, else None
    (the group's roll-call schedule reads its day with this too)."""
    try:
        day = _weekday(word)
    except KeyError:
        return None
    return day if 0 <= day <= 6 else None


def _sports_in(text: str) -> frozenset[SessionSport]:
    return frozenset(sport for sport, pattern in _SPORTS if re.search(pattern, text))


def _minutes(text: str) -> int | None:
    found = re.search(
        r"(\d{1,3})\s*(?:-|\s)?(min(?:ute)?s?|mins|мин(?:ут[аы]?|\.)?|m\b|h(?:ours?|rs?)?\b|"
        r"час(?:а|ов)?|minutos?|minuten|minuti|horas?\b|stunden?\b|std\b|heures?\b|ore\b|ora\b)",
        text,
    )
    if found:
        value = int(found.group(1))
        unit = found.group(2)
        hours = ("h", "час", "std", "stund", "ore", "ora")
        return value * 60 if unit.startswith(hours) else value
    for phrase, value in sorted(_NUMBER_WORDS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{phrase}\b", text):
            return value
    return None


def _next_weekday(today: date, weekday: int) -> date:
    return today + timedelta(days=(weekday - today.weekday()) % 7)


_TODAY_PARTS = (
    r"\b(esta mañana|esta tarde|esta noche|heute morgen|heute früh|heute abend|ce matin|"
    r"ce soir|cet après-midi|stamattina|stasera|oggi pomeriggio)\b"
)


def _day_word(text: str, today: date) -> date | None:
    if re.search(_TODAY_PARTS, text):  # "heute morgen" is this morning, not tomorrow
        return today
    if re.search(r"\b(tomorrow|завтра\w*|mañana|morgen|demain|domani)\b", text):
        return today + timedelta(days=1)
    if re.search(
        r"\b(today|tonight|this morning|this evening|сегодня\w*|hoy|heute|aujourd'hui|oggi)\b",
        text,
    ):
        return today
    return None


def _date_of_month(day: int, today: date) -> date | None:
    year, month = today.year, today.month
    for _ in range(2):
        try:
            found = date(year, month, day)
        except ValueError:
            found = None
        if found is not None and found >= today:
            return found
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return None


def _until(text: str, today: date) -> date | None:
    """The first day things are back to normal ("until the 20th", "до 20-го")."""
    found = re.search(
        r"\b(?:until|till|til|before|до)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|-?го|-?е)?\b", text
    )
    if found:
        return _date_of_month(int(found.group(1)), today)
    found = (
        re.search(rf"\b(?:until|till|до)\s+{_WD_EN}\b", text)
        or re.search(rf"\b(?:until|till|до)\s+{_WD_RU}\b", text)
        or re.search(
            rf"\b(?:hasta(?:\s+el)?|bis(?:\s+zum|\s+am)?|jusqu'(?:au|à)|fino\s+al?)\s+{_WD_EU}",
            text,
        )
    )
    if found:
        return _next_weekday(today + timedelta(days=1), _weekday(found.group(1)))
    weeks = re.search(
        r"\b(?:for\s+)?(a|one|two|three|\d)\s+weeks?\b|\b(неделю|две недели|три недели)\b", text
    )
    if weeks:
        word = weeks.group(1) or weeks.group(2)
        count = {
            "a": 1,
            "one": 1,
            "two": 2,
            "three": 3,
            "неделю": 1,
            "две недели": 2,
            "три недели": 3,
        }.get(word, int(word) if word.isdigit() else 1)
        return today + timedelta(weeks=count)
    return None


def _range(text: str, today: date) -> tuple[date, date] | None:
    """ "Monday to Thursday" / "с понедельника по четверг" / "Mon–Thu": the coming span."""
    found = re.search(rf"\b{_WD_EN}\s*(?:to|till|until|through|thru|-|–|—)\s*{_WD_EN}\b", text)
    found = found or re.search(rf"\b(?:с\s+)?{_WD_RU}\s*(?:по|до|-|–|—)\s*{_WD_RU}\b", text)
    found = found or re.search(
        rf"\b{_WD_EU}\s*(?:a|al|hasta(?:\s+el)?|bis|au|à|jusqu'au|-|–|—)\s*"
        rf"(?:el\s+|le\s+|il\s+)?{_WD_EU}",
        text,
    )
    if found:
        a, b = _weekday(found.group(1)), _weekday(found.group(2))
        monday = today - timedelta(days=today.weekday())
        if a < today.weekday():  # that Monday has passed: next week's
            monday = monday + timedelta(days=7)
        start = monday + timedelta(days=a)
        end = monday + timedelta(days=b if b >= a else b + 7)
        return max(start, today), end
    if re.search(
        r"\b(this week|на этой неделе|эту неделю|всю неделю|this whole week|esta semana|"
        r"diese woche|cette semaine|questa settimana)\b",
        text,
    ):
        return today, today + timedelta(days=6 - today.weekday())
    if re.search(
        r"\b(next week|на следующей неделе|следующую неделю|la semana que viene|"
        r"la próxima semana|nächste woche|nächsten woche|la semaine prochaine|"
        r"la settimana prossima|prossima settimana)\b",
        text,
    ):
        start = today + timedelta(days=7 - today.weekday())
        return start, start + timedelta(days=6)
    if re.search(
        r"\b(this weekend|на выходных|в выходные|este fin de semana|el finde|am wochenende|"
        r"dieses wochenende|ce week-end|ce weekend|questo weekend|questo fine settimana)\b",
        text,
    ):
        sat = _next_weekday(today, 5)
        return max(sat, today), sat + timedelta(days=1)
    day = _day_word(text, today)
    if day is not None:
        return day, day
    return None


# -- what not to act on --------------------------------------------------------------------

_JOKE = re.compile(
    r"(\blol\b|\blmao\b|\bjk\b|\bjoking\b|\bkidding\b|haha|😂|🤣|ха-?ха|хах|шучу|шутка|\)\)\)|"
    r"jaja|jeje|\bes broma\b|\bspaß\b|\bwitz\b|\bmdr\b|\bptdr\b|je rigole|\bblague\b|ahah|"
    r"\bscherzo\b|scherzavo)"
)
_OTHERS = re.compile(
    r"\b(my (wife|husband|son|daughter|kid|kids|child|dog|cat|friend|partner|mum|mom|dad|boss|"
    r"coach)|(жена|муж|сын|дочь|ребён\w*|ребен\w*|собака|кошка|друг|подруга|мама|папа|тренер|"
    r"начальник) (заболел\w*|болеет|простыл\w*|в командировке)|"
    r"mi (mujer|marido|hijo|hija|perro|amigo|amiga|novia|novio|jefe|entrenador)|"
    r"mein\w* (frau|mann|sohn|tochter|hund|freund|freundin|chef|trainer)|"
    r"(mon|ma) (mari|femme|fils|fille|chien|ami|amie|copain|copine|chef|coach)|"
    r"(mia|mio) (moglie|marito|figlio|figlia|cane|amico|amica|ragazza|capo|allenatore))"
)
_HYPOTHETICAL = re.compile(
    r"\b(what if|if i|in case|suppose|если|вдруг|на случай|y si|por si|was wäre wenn|falls ich|"
    r"wenn ich|et si|si je|au cas où|e se|se dovessi|nel caso)\b"
)
_POLITE = re.compile(
    r"^\s*(please\s+)?(can|could|would|will) you\b|^\s*(можешь|можете|могли бы|не мог бы|"
    r"не могла бы|пожалуйста|puedes|podrías|por favor|kannst du|könntest du|bitte|peux-tu|"
    r"pourrais-tu|s'il te plaît|puoi|potresti|per favore)\b"
)
_QUESTION_START = re.compile(
    r"^\s*(what|why|how|when|where|which|who|should|shall|is|are|do|does|did|am|was|"
    r"что|почему|зачем|как|когда|где|какой|какая|стоит ли|нужно ли|можно ли|ли|"
    r"qué|por qué|cómo|cuándo|debería|was|warum|wieso|wie|wann|sollte|pourquoi|comment|"
    r"quand|est-ce que|dois-je|perché|come|quando|dovrei)\b"
)


def _is_question(text: str) -> bool:
    if _POLITE.search(text):
        return False
    return text.rstrip().endswith("?") or bool(_QUESTION_START.search(text))


# -- the readers ---------------------------------------------------------------------------

# Illness, travel and negation: the vocabulary the coach's intent reader shares.
_ABOVE, _BELOW, _ILL = ABOVE_NECK, BELOW_NECK, ILL


_DAY_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "два": 2, "две": 2, "три": 3, "четыре": 4,
    "пять": 5, "dos": 2, "tres": 3, "zwei": 2, "drei": 3, "deux": 2, "trois": 3, "due": 2,
    "tre": 3,
}  # fmt: skip


def _illness(text: str, original: str, today: date) -> ChangeRequest | Unsure | None:
    if not (re.search(_ILL, text) or re.search(_ABOVE, text) or re.search(_BELOW, text)):
        return None
    if re.search(SICK_SLANG, text):
        return None  # fed up, or slang: not ill
    if negated(text, _ILL) or negated(text, _BELOW) or negated(text, _ABOVE):
        return None
    days = 1
    found = re.search(
        r"(\d+|two|three|four|five|два|две|три|четыре|пять|dos|tres|zwei|drei|deux|trois|due|tre)"
        r"\s+(days?|дн\w*|сут\w*|d[íi]as|tage?n?|jours?|giorni)",
        text,
    )
    if found:
        word = found.group(1)
        days = _DAY_COUNTS.get(word, int(word) if word.isdigit() else 1)
    elif re.search(
        r"\b(since yesterday|со вчера|вчера|desde ayer|seit gestern|depuis hier|da ieri)\b", text
    ):
        days = 2
    request = ChangeRequest(RequestKind.ILLNESS, original, day=today, days_ill=days)
    if re.search(_BELOW, text):
        return replace(request, symptoms=Symptoms.BELOW_NECK)
    if re.search(_ABOVE, text):
        return replace(request, symptoms=Symptoms.ABOVE_NECK)
    return Unsure(
        "illness_where",
        (
            ("above_neck", replace(request, symptoms=Symptoms.ABOVE_NECK)),
            ("below_neck", replace(request, symptoms=Symptoms.BELOW_NECK)),
        ),
        original,
    )


_TRAVEL = TRAVEL
_ONLY = r"\b(only|just|только|лишь|solo|sólo|nur|seulement|uniquement|que|soltanto)\b"


def _limits(text: str, original: str, today: date) -> ChangeRequest | Unsure | None:
    if not re.search(_TRAVEL, text) or negated(text, _TRAVEL):
        return None
    span = _range(text, today)
    if span is None:
        return None
    first, last = span
    sports = _sports_in(text) if re.search(_ONLY, text) else None
    minutes = _minutes(text)
    request = ChangeRequest(
        RequestKind.LIMITS, original, first=first, last=last, sports=sports, minutes=minutes
    )
    if sports or minutes:
        return request
    return Unsure(
        "travel_what",
        (
            ("travel_rest", replace(request, sports=frozenset())),
            ("travel_run", replace(request, sports=frozenset({SessionSport.RUN}), minutes=45)),
            ("travel_run_any", replace(request, sports=frozenset({SessionSport.RUN}))),
        ),
        original,
    )


_NO_SPORT = (
    r"(no pool|pool( is)? closed|pool'?s closed|can'?t (get to|use) the pool|without (a )?pool|"
    r"нет бассейна|без бассейна|бассейн\w* (закрыт|не работает)|не будет бассейна|"
    r"no (bike|cycling|riding|rides?|running|runs?|swimming|swims?)|can'?t (run|ride|swim|cycle)|"
    r"без (бега|велосипеда|вело|плавания)|не могу (бегать|кататься|плавать)|"
    r"нет (велосипеда|велика)|"
    r"sin piscina|piscina cerrada|no puedo (correr|nadar|montar en bici)|"
    r"kein schwimmbad|schwimmbad (ist )?(zu|geschlossen)|kann nicht (laufen|radfahren|schwimmen)|"
    r"pas de piscine|piscine fermée|sans piscine|ne peux pas (courir|nager|rouler)|"
    r"niente piscina|piscina chiusa|senza piscina|non posso (correre|nuotare|pedalare))"
)


def _no_sport(text: str, original: str, today: date) -> ChangeRequest | None:
    found = re.search(_NO_SPORT, text)
    if not found:
        return None
    banned = _sports_in(found.group(0)) or frozenset({SessionSport.SWIM})
    injured = re.search(
        r"\b(injur\w*|hurt\w*|pain|sprain\w*|strain\w*|knee|ankle|shin|achilles|травм\w*|"
        r"болит|потянул\w*|растяжен\w*|колено|голеностоп|ахилл\w*|"
        r"duele|dolor|rodilla|tobillo|lesi\w*|schmerz\w*|knie|knöchel|verletz\w*|douleur|"
        r"genou|cheville|bless\w*|dolore|ginocchio|caviglia|infortun\w*)\b",
        text,
    )
    until = _until(text, today)
    weekly = re.search(
        rf"\b(on|every)\s+{_WD_EN}\b|\bпо\s+{_WD_RU}|\bв\s+{_WD_RU}"
        rf"|\b(los|cada|jeden|tous les|ogni)\s+{_WD_EU}",
        text,
    )
    if weekly and not until and not re.search(r"this|эт", text):
        day = _weekday(next(g for g in weekly.groups()[1:] if g))
        return ChangeRequest(
            RequestKind.STANDING_RULE, original, weekdays=frozenset({day}), banned=banned
        )
    if injured and banned == {SessionSport.RUN}:
        return ChangeRequest(
            RequestKind.INJURY, original, sport=SessionSport.RUN,
            last=until or today + timedelta(days=7),
        )  # fmt: skip
    span = _range(text, today)
    if until is not None:
        span = (today, until - timedelta(days=1))
    if span is None:
        span = (today, today + timedelta(days=6 - today.weekday()))
    return ChangeRequest(
        RequestKind.NO_SPORT, original, first=span[0], last=span[1], banned=banned
    )


_INJURY = (
    r"(injur\w*|hurt my|sprain\w*|strain\w*|pulled (a|my)|tweaked|shin splints|"
    r"травм\w*|потянул\w*|растянул\w*|подвернул\w*|"
    r"lesión|lesion|lesionad\w*|esguince|tirón|contractura|"
    r"verletz\w*|verstaucht|zerrung|umgeknickt|"
    r"blessé\w*|blessure|entorse|élongation|tendinite|"
    r"infortun\w*|distorsione|stiramento|contrattura)"
)


def _injury(text: str, original: str, today: date) -> ChangeRequest | None:
    if not re.search(_INJURY, text) or negated(text, _INJURY):
        return None
    sports = _sports_in(text) or frozenset({SessionSport.RUN})
    if len(sports) != 1:
        return None
    until = _until(text, today) or today + timedelta(days=7)
    return ChangeRequest(RequestKind.INJURY, original, sport=next(iter(sports)), last=until)


_TO_TOMORROW = r"\b(to|на|a|para|auf|à|pour)\s+(tomorrow|завтра|mañana|morgen|demain|domani)\b"
_MOVE = (
    r"\b(move|shift|push|put|перенес\w*|перенест\w*|передвин\w*|сдвин\w*|поставь|"
    r"mueve|mover|muevo|pasa|pasar|cambia|verschieb\w*|verleg\w*|déplace\w*|deplace\w*|"
    r"décale\w*|decale\w*|mets|mettre|sposta\w*|spostare|metti)\b"
)


def _move(text: str, original: str, today: date) -> ChangeRequest | None:
    if not re.search(_MOVE, text):
        return None
    target = (
        re.search(rf"\b(?:to|on|onto)\s+(?:the\s+)?{_WD_EN}\b", text)
        or re.search(rf"\bна\s+{_WD_RU}\b", text)
        or re.search(
            rf"\b(?:al|para\s+el|auf(?:\s+den)?|au|à|pour|a|per|di)\s+(?:le\s+|il\s+)?{_WD_EU}",
            text,
        )
    )
    to_day = None
    rest = text
    if target:
        weekday = _weekday(target.group(1))
        to_day = _next_weekday(today, weekday)
        rest = text[: target.start()] + " " + text[target.end() :]
    elif re.search(_TO_TOMORROW, text):
        to_day = today + timedelta(days=1)
    if to_day is None:
        return None
    source = _day_word(re.sub(_TO_TOMORROW, "", rest), today) or _source_weekday(rest, today)
    if target and source is not None:
        # "Saturday's session to Sunday": the Sunday of that Saturday's week (the one
        # after it), not today because today is a Sunday; never a day already gone.
        monday = source - timedelta(days=source.weekday())
        to_day = monday + timedelta(days=_weekday(target.group(1)))
        if to_day < today:
            to_day += timedelta(weeks=1)
    kind = None
    if re.search(r"\b(long|длинн\w*|длительн\w*|larga|lange\w*|longue|lungo)\b", text):
        kind = SessionType.LONG
    elif re.search(
        r"\b(interval\w*|threshold|tempo|hard|workout|интервал\w*|темпов\w*|пороги?\w*|series|"
        r"fractionné|ripetute|umbral|schwelle\w*|seuil|soglia)\b",
        text,
    ):
        kind = SessionType.INTERVALS
    sports = _sports_in(text)
    sport = next(iter(sports)) if len(sports) == 1 else None
    return ChangeRequest(
        RequestKind.MOVE, original, day=to_day, first=source, sport=sport, session_type=kind
    )


_RU_WEEKDAY_ADJECTIVES = (
    ("понедельничн", 0), ("вторничн", 1), ("средов", 2), ("четвергов", 3),
    ("пятничн", 4), ("субботн", 5), ("воскресн", 6),
)  # fmt: skip


def _source_weekday(text: str, today: date) -> date | None:
    """The day a session to move is on: a weekday ("Saturday's run", «в субботу») or a
    Russian weekday adjective («субботнюю тренировку»), the coming one."""
    for stem, weekday in _RU_WEEKDAY_ADJECTIVES:
        if re.search(rf"\b{stem}\w*", text):
            return _next_weekday(today, weekday)
    return _named_weekday(text, today)


def _time_today(text: str, original: str, today: date) -> ChangeRequest | None:
    if not re.search(_ONLY + r"|\b(have|got|есть|хватит|tengo|habe|hab|ai|ho)\b", text):
        return None
    minutes = _minutes(text)
    if minutes is None or not 10 <= minutes <= 240:
        return None
    day = _day_word(text, today)
    if day is None:
        return None
    if not re.search(
        r"\b(have|got|time|есть|времени|свободн\w*|успею|могу|only|только|tengo|tiempo|solo|"
        r"habe|zeit|nur|ai|temps|que|seulement|ho|tempo|soltanto)\b",
        text,
    ):
        return None
    return ChangeRequest(RequestKind.TIME_TODAY, original, day=day, minutes=minutes)


def _rest_day(text: str, original: str, today: date) -> ChangeRequest | None:
    if not re.search(
        r"\b(rest day|day off|off day|take (the day|it) off|выходн\w*|день отдыха|отдыхаю|"
        r"отдохнуть|не тренируюсь|без тренировки|día de descanso|descanso|descansar|"
        r"ruhetag|pause machen|frei nehmen|jour de repos|repos|me reposer|giorno di riposo|"
        r"riposo|riposare)\b",
        text,
    ):
        return None
    if negated(text, r"(rest|day off|выходн\w*|отдых\w*|descans\w*|ruhetag|repos|ripos\w*)"):
        return None
    day = _day_word(text, today) or _named_weekday(text, today)
    if day is None:
        return None
    return ChangeRequest(RequestKind.REST_DAY, original, day=day)


def _named_weekday(text: str, today: date) -> date | None:
    """The coming day a weekday names ("Thursday", «в четверг», «четверг», "jeudi")."""
    found = (
        re.search(rf"\b(?:on\s+)?{_WD_EN}\b", text)
        or re.search(rf"\b{_WD_RU}\b", text)
        or re.search(rf"\b{_WD_EU}", text)
    )
    return _next_weekday(today, _weekday(found.group(1))) if found else None


def _skip_or_easier(text: str, original: str, today: date) -> ChangeRequest | None:
    skip = re.search(
        r"\b(skip|drop|cancel|пропущу|пропусти\w*|отмени\w*|пропускаю|salto|saltar|me salto|"
        r"cancela\w*|überspringe?\w*|ausfallen|sauter|saute|annule\w*|salta\w*|annulla\w*)\b",
        text,
    )
    easy = re.search(
        r"\b(easier|lighter|go easy|take it easy|полегче|попроще|легче|облегч\w*|más suave|"
        r"mas suave|más fácil|más ligero|leichter|lockerer|ruhiger|plus facile|plus léger|"
        r"più facile|più leggero|più tranquillo)\b",
        text,
    )
    if not (skip or easy) or negated(text, r"(skip|пропуск\w*|пропущу|salt\w*|saut\w*)"):
        return None
    day = _day_word(text, today) or _named_weekday(text, today)
    if day is None:
        return None
    sports = _sports_in(text)
    sport = next(iter(sports)) if len(sports) == 1 else None
    kind = RequestKind.SKIP if skip else RequestKind.EASIER
    return ChangeRequest(kind, original, day=day, sport=sport)


_REST_OF_WEEK = (
    r"\b(?:for\s+)?(?:the\s+)?rest of (?:the|this) week\b|до конца (?:этой )?недели|"
    r"(?:el\s+)?resto de (?:la|esta) semana|(?:den\s+)?rest der woche|"
    r"(?:le\s+)?reste de (?:la|cette) semaine|(?:il\s+)?resto della settimana"
)
_REST_WORD = (
    r"\b(rest|resting|off|отдых\w*|отдохн\w*|не тренир\w*|без тренировок|descans\w*|"
    r"ruhe|pause|ausruhen|repos|reposer|ripos\w*)\b"
)


def _rest_of_week(text: str, original: str, today: date) -> ChangeRequest | None:
    """Rest "the rest of the week" («отдых до конца недели»): nothing from today to Sunday
    ("the rest of the week" alone is no rest: "the rest of the week looks busy")."""
    found = re.search(_REST_OF_WEEK, text)
    if not found:
        return None
    other = text[: found.start()] + " " + text[found.end() :]
    if not re.search(_REST_WORD, other) or negated(other, _REST_WORD):
        return None
    sunday = today + timedelta(days=6 - today.weekday())
    return ChangeRequest(
        RequestKind.LIMITS, original, first=today, last=sunday, sports=frozenset()
    )


_READERS = (
    _illness,
    _injury,
    _no_sport,
    _limits,
    _rest_of_week,
    _move,
    _time_today,
    _rest_day,
    _skip_or_easier,
)


def read_change_request(text: str, lang: str, today: date) -> ChangeRequest | Unsure | None:
    """The change a sentence asks for (see the module docstring); ``lang`` is the
    athlete's language (every language is read either way: people mix them)."""
    original = text.strip()
    if not original or len(original) > 400 or original.startswith("/"):
        return None
    low = " ".join(original.lower().replace("ё", "е").replace("’", "'").split())
    if _JOKE.search(low) or _OTHERS.search(low) or _HYPOTHETICAL.search(low):
        return None
    if _is_question(low):
        return None
    for reader in _READERS:
        found = reader(low, original, today)
        if found is not None:
            return found
    return None
