"""The sentence reader in Spanish, German, French and Italian: the same corpus shape as
the English and Russian one (test_reader.py) — what to act on, what to ask about, what
to leave alone (questions, jokes, negations, other people)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.coach.planning import SessionSport, SessionType
from bot.coach.planning.changes import Symptoms
from bot.coach.planning.changes.reader import RequestKind as K
from tests.unit.changes.test_reader import TODAY, _check

RUN, SWIM = SessionSport.RUN, SessionSport.SWIM
ABOVE, BELOW = Symptoms.ABOVE_NECK, Symptoms.BELOW_NECK
NEXT_MON_THU = {"first": date(2026, 1, 12), "last": date(2026, 1, 15)}
TOMORROW = date(2026, 1, 7)
Corpus = list[tuple[str, object, dict[str, object]]]

ES: Corpus = [
    ("estoy enfermo", "ask", {}),
    ("estoy enferma hoy", "ask", {}),
    ("estoy resfriado, con mocos", K.ILLNESS, {"symptoms": ABOVE}),
    ("me duele la garganta desde ayer", K.ILLNESS, {"symptoms": ABOVE, "days_ill": 2}),
    ("tengo fiebre", K.ILLNESS, {"symptoms": BELOW}),
    ("con gripe desde hace 3 días", K.ILLNESS, {"symptoms": BELOW, "days_ill": 3}),
    ("de viaje de lunes a jueves, solo correr", K.LIMITS,
     {"sports": frozenset({RUN}), **NEXT_MON_THU}),
    ("viaje esta semana, solo 45 minutos al día", K.LIMITS, {"minutes": 45}),
    ("piscina cerrada esta semana", K.NO_SPORT, {"banned": frozenset({SWIM})}),
    ("me he lesionado corriendo", K.INJURY, {"sport": RUN}),
    ("mueve la tirada larga al domingo", K.MOVE,
     {"day": date(2026, 1, 11), "session_type": SessionType.LONG}),
    ("hoy solo tengo 30 minutos", K.TIME_TODAY, {"minutes": 30, "day": TODAY}),
    ("mañana día de descanso", K.REST_DAY, {"day": TOMORROW}),
    ("hoy me salto la sesión", K.SKIP, {"day": TODAY}),
    ("hoy más suave, por favor", K.EASIER, {"day": TODAY}),
    ("ya no estoy enfermo", None, {}),
    ("¿puedo correr con mocos?", None, {}),
    ("mi mujer está enferma", None, {}),
    ("jaja estoy enfermo de tanto correr", None, {}),
    ("¿por qué la tirada larga es el domingo?", None, {}),
    ("gran entrenamiento hoy", None, {}),
    ("gracias", None, {}),
    ("y si me pongo enfermo antes de la carrera", None, {}),
]  # fmt: skip

DE: Corpus = [
    ("ich bin krank", "ask", {}),
    ("heute krank", "ask", {}),
    ("erkältet, Schnupfen", K.ILLNESS, {"symptoms": ABOVE}),
    ("Halsschmerzen seit gestern", K.ILLNESS, {"symptoms": ABOVE, "days_ill": 2}),
    ("ich habe Fieber", K.ILLNESS, {"symptoms": BELOW}),
    ("Grippe seit 3 Tagen", K.ILLNESS, {"symptoms": BELOW, "days_ill": 3}),
    ("Dienstreise Montag bis Donnerstag, nur laufen", K.LIMITS,
     {"sports": frozenset({RUN}), **NEXT_MON_THU}),
    ("diese Woche unterwegs, nur 45 Minuten am Tag", K.LIMITS, {"minutes": 45}),
    ("Schwimmbad geschlossen diese Woche", K.NO_SPORT, {"banned": frozenset({SWIM})}),
    ("habe mich beim Laufen verletzt", K.INJURY, {"sport": RUN}),
    ("verschieb den langen Lauf auf Sonntag", K.MOVE,
     {"day": date(2026, 1, 11), "session_type": SessionType.LONG}),
    ("ich habe heute nur 30 Minuten", K.TIME_TODAY, {"minutes": 30, "day": TODAY}),
    ("morgen Ruhetag", K.REST_DAY, {"day": TOMORROW}),
    ("heute lasse ich die Einheit ausfallen", K.SKIP, {"day": TODAY}),
    ("heute bitte leichter", K.EASIER, {"day": TODAY}),
    ("ich bin nicht mehr krank", None, {}),
    ("kann ich mit Schnupfen laufen?", None, {}),
    ("meine Frau ist krank", None, {}),
    ("warum ist der lange Lauf am Sonntag?", None, {}),
    ("tolles Training heute", None, {}),
    ("danke", None, {}),
    ("wenn ich vor dem Rennen krank werde, was dann", None, {}),
]  # fmt: skip

FR: Corpus = [
    ("je suis malade", "ask", {}),
    ("malade aujourd'hui", "ask", {}),
    ("enrhumé, le nez qui coule", K.ILLNESS, {"symptoms": ABOVE}),
    ("mal à la gorge depuis hier", K.ILLNESS, {"symptoms": ABOVE, "days_ill": 2}),
    ("j'ai de la fièvre", K.ILLNESS, {"symptoms": BELOW}),
    ("grippe depuis 3 jours", K.ILLNESS, {"symptoms": BELOW, "days_ill": 3}),
    ("en déplacement du lundi au jeudi, seulement course à pied", K.LIMITS,
     {"sports": frozenset({RUN}), **NEXT_MON_THU}),
    ("en voyage cette semaine, 45 minutes par jour max", K.LIMITS, {"minutes": 45}),
    ("piscine fermée cette semaine", K.NO_SPORT, {"banned": frozenset({SWIM})}),
    ("je me suis blessé en courant", K.INJURY, {"sport": RUN}),
    ("déplace la sortie longue au dimanche", K.MOVE,
     {"day": date(2026, 1, 11), "session_type": SessionType.LONG}),
    ("aujourd'hui je n'ai que 30 minutes", K.TIME_TODAY, {"minutes": 30, "day": TODAY}),
    ("demain jour de repos", K.REST_DAY, {"day": TOMORROW}),
    ("je saute la séance aujourd'hui", K.SKIP, {"day": TODAY}),
    ("plus facile aujourd'hui", K.EASIER, {"day": TODAY}),
    ("je ne suis plus malade", None, {}),
    ("je vais mieux", None, {}),
    ("est-ce que je peux courir enrhumé ?", None, {}),
    ("ma femme est malade", None, {}),
    ("pourquoi la sortie longue est le dimanche ?", None, {}),
    ("super séance aujourd'hui", None, {}),
    ("merci", None, {}),
    ("et si je tombe malade avant la course", None, {}),
]  # fmt: skip

IT: Corpus = [
    ("sono malato", "ask", {}),
    ("oggi sono malata", "ask", {}),
    ("raffreddato, naso che cola", K.ILLNESS, {"symptoms": ABOVE}),
    ("mal di gola da ieri", K.ILLNESS, {"symptoms": ABOVE, "days_ill": 2}),
    ("ho la febbre", K.ILLNESS, {"symptoms": BELOW}),
    ("influenza da 3 giorni", K.ILLNESS, {"symptoms": BELOW, "days_ill": 3}),
    ("in trasferta da lunedì a giovedì, solo corsa", K.LIMITS,
     {"sports": frozenset({RUN}), **NEXT_MON_THU}),
    ("in viaggio questa settimana, 45 minuti al giorno", K.LIMITS, {"minutes": 45}),
    ("piscina chiusa questa settimana", K.NO_SPORT, {"banned": frozenset({SWIM})}),
    ("mi sono infortunato nella corsa", K.INJURY, {"sport": RUN}),
    ("sposta il lungo a domenica", K.MOVE,
     {"day": date(2026, 1, 11), "session_type": SessionType.LONG}),
    ("oggi ho solo 30 minuti", K.TIME_TODAY, {"minutes": 30, "day": TODAY}),
    ("domani giorno di riposo", K.REST_DAY, {"day": TOMORROW}),
    ("oggi salto l'allenamento", K.SKIP, {"day": TODAY}),
    ("oggi più facile", K.EASIER, {"day": TODAY}),
    ("non sono più malato", None, {}),
    ("sto meglio", None, {}),
    ("posso correre col raffreddore?", None, {}),
    ("mia moglie è malata", None, {}),
    ("perché il lungo è di domenica?", None, {}),
    ("grande allenamento oggi", None, {}),
    ("grazie", None, {}),
    ("e se mi ammalo prima della gara", None, {}),
]  # fmt: skip

CORPORA = {"es": ES, "de": DE, "fr": FR, "it": IT}


def test_each_corpus_acts_asks_and_leaves_alone() -> None:
    for corpus in CORPORA.values():
        assert len(corpus) >= 20
        assert sum(1 for _, kind, _ in corpus if kind is None) >= 6
        assert sum(1 for _, kind, _ in corpus if kind == "ask") >= 2


@pytest.mark.parametrize(
    ("lang", "text", "expected", "fields"),
    [(lang, *case) for lang, corpus in CORPORA.items() for case in corpus],
    ids=[f"{lang}:{case[0]}" for lang, corpus in CORPORA.items() for case in corpus],
)
def test_reads_as_people_write(
    lang: str, text: str, expected: object, fields: dict[str, object]
) -> None:
    _check(text, lang, expected, fields)
