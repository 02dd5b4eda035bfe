"""Safety and the intent reader in Spanish, German, French and Italian: a red flag is a
red flag in every language the bot speaks, and the common questions are understood
without the model (a small corpus per language, with the negations and the harmless)."""

from __future__ import annotations

import pytest

from bot.coach.agent.intents import Intent, read_intent
from bot.coach.agent.safety import asks_weight_loss, red_flag

RED_FLAGS = [
    ("es", "tengo dolor en el pecho al correr", "chest_pain"),
    ("es", "ayer me desmayé en la carrera", "fainting"),
    ("es", "no puedo respirar", "breathlessness"),
    ("de", "ich hatte Brustschmerzen beim Laufen", "chest_pain"),
    ("de", "Herzrasen in Ruhe", "palpitations"),
    ("de", "bin kurz bewusstlos gewesen", "fainting"),
    ("fr", "j'ai mal à la poitrine en courant", "chest_pain"),
    ("fr", "je me suis évanoui après la séance", "fainting"),
    ("fr", "je tousse du sang", "coughing_blood"),
    ("it", "ho un dolore al petto", "chest_pain"),
    ("it", "sono svenuto durante l'uscita", "fainting"),
    ("it", "mal di testa improvviso e fortissimo", "severe_headache"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), RED_FLAGS)
def test_red_flags_in_every_language(lang: str, text: str, kind: str) -> None:
    flag = red_flag(text)
    assert flag is not None and flag.kind == kind, (lang, text, flag)


@pytest.mark.parametrize(
    "text",
    ["me duele la rodilla", "Muskelkater in den Beinen", "j'ai couru 10 km", "pettorale nuovo"],
)
def test_everyday_training_talk_is_no_red_flag(text: str) -> None:
    assert red_flag(text) is None


@pytest.mark.parametrize(
    "text", ["quiero perder peso", "ich will abnehmen", "je veux maigrir", "voglio dimagrire"]
)
def test_weight_loss_asked_in_every_language(text: str) -> None:
    assert asks_weight_loss(text)


INTENTS = [
    ("es", "estoy enfermo", Intent.ILL),
    ("es", "me he lesionado el tobillo", Intent.INJURED),
    ("es", "estoy muy cansado", Intent.TIRED),
    ("es", "esta semana estoy de viaje", Intent.SHORT_OF_TIME),
    ("es", "¿qué toca hoy?", Intent.TODAY),
    ("es", "ya no estoy enfermo", Intent.UNKNOWN),
    ("de", "ich bin krank", Intent.ILL),
    ("de", "mein Knie tut weh", Intent.INJURED),
    ("de", "total müde heute", Intent.TIRED),
    ("de", "wie steht es um meine Fitness?", Intent.FITNESS),
    ("de", "ich bin nicht mehr krank", Intent.UNKNOWN),
    ("fr", "je suis malade", Intent.ILL),
    ("fr", "je me suis blessé au genou", Intent.INJURED),
    ("fr", "je suis épuisé", Intent.TIRED),
    ("fr", "pourquoi orange aujourd'hui ?", Intent.WHY_READINESS),
    ("fr", "je ne suis plus malade", Intent.UNKNOWN),
    ("it", "sono malato", Intent.ILL),
    ("it", "mi fa male il ginocchio", Intent.INJURED),
    ("it", "sono stanco morto", Intent.TIRED),
    ("it", "non ho tempo questa settimana", Intent.SHORT_OF_TIME),
    ("it", "come sto andando?", Intent.FITNESS),
    ("it", "non sono più malato", Intent.UNKNOWN),
]


@pytest.mark.parametrize(("lang", "text", "intent"), INTENTS)
def test_intents_in_every_language(lang: str, text: str, intent: Intent) -> None:
    assert read_intent(text) is intent, (lang, text)
