"""Russian that agrees with the athlete (issue #16, language): the check-in says "спал" or
"спала" when the profile knows the athlete's sex, neutral words when it does not, and
never "спал(а)"."""

from __future__ import annotations

from bot.domain.wellness import WellnessFields
from bot.handlers.checkin import checkin_text
from bot.i18n import Catalogs
from bot.i18n.catalog import LOCALES_DIR

CATALOGS = Catalogs.load()
RU = CATALOGS.translator("ru")


def answers(sex: str) -> str:
    fields = WellnessFields(sleep_quality=2, fatigue=4)
    return checkin_text(RU, fields, done=True, sex=sex)


def test_the_check_in_agrees_with_the_athletes_sex() -> None:
    assert "спал хорошо · устал" in answers("male")
    assert "спала хорошо · устала" in answers("female")
    assert "сон хороший · усталость" in answers("other")
    assert "(а)" not in answers("other")
    english = checkin_text(
        CATALOGS.translator("en"), WellnessFields(sleep_quality=2), sex="female"
    )
    assert "slept" in english


def test_no_russian_message_hedges_a_gender_ending_or_calls_a_ride_a_trip() -> None:
    for path in sorted((LOCALES_DIR / "ru").glob("*.ftl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert "(а)" not in line, line
            assert "станок" not in line and "сквозь" not in line, line
            if line.startswith("plan-title-bike"):
                assert "поездк" not in line, line


def test_the_squad_is_a_team_and_only_the_telegram_chat_is_a_group() -> None:
    # "приглашает вас в группу Berlin Harriers" read as an invitation to a Telegram group
    # chat; the coach's squad is "команда", "группа" is kept for the chat itself.
    offer = RU("squad-offer", coach="Ирина", squad="Berlin Harriers")
    assert "приглашает вас в команду <b>Berlin Harriers</b>" in offer
    assert RU("digest-settings-no-squad").startswith("У вас пока нет команды:")
    for path in sorted((LOCALES_DIR / "ru").glob("*.ftl")):
        if path.name == "groups.ftl":  # the group chat's own messages
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            words = line.lower().replace("групповой", "").replace("групповые", "")
            assert "групп" not in words, line
