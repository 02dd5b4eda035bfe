"""A second tester trying Tempo as a coach, end to end through the emulator (English and
Russian): a refusal shown to the coach speaks of the athlete by name and says what the
coach can do; "Sunday: rest" typed late on a Sunday means next Sunday for a plan that
starts on Tuesday; the card says why its plan buttons are missing; a brand-new athlete
is "new", not "no data for 3 days"; the coach is told when an athlete joins, shares more
or less, or leaves — and a revocation says only what changed.

Two 10 km runners (Tuesday to Thursday, Saturday, Sunday), profiles stored directly."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.e2e.activity_chat import plain, press_all, send_all, translator
from tests.e2e.harness import Person, TempoUnderTest
from tests.e2e.test_plan import MONDAY, go_to
from tests.e2e.test_plan_changes import runner
from tests.e2e.test_squad_coaching import open_card, squad_of_two
from tests.e2e.test_squads import new_squad

pytestmark = pytest.mark.e2e

SUNDAY = MONDAY + timedelta(days=6)
REST = {"en": "Sunday: rest", "ru": "воскресенье: отдых"}
LONG_RUN = {"en": "Saturday: 6 h run in zone 2", "ru": "суббота: 6 ч бег в зоне 2"}


async def drain(tempo: TempoUnderTest) -> int:
    assert tempo.app is not None
    return (await tempo.app.pushes.sender.drain()).sent


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_a_refusal_speaks_to_the_coach_about_the_athlete(
    tempo: TempoUnderTest, language: str
) -> None:
    """QA: "The week would go over the hours you have for training" reached the coach."""
    t = translator(language)
    cleo, *_ = await squad_of_two(tempo, language)
    card = await open_card(tempo, cleo, "Ann")
    await press_all(tempo, cleo, t("coaching-btn-edit"), on=card)
    [refused] = await send_all(tempo, cleo, LONG_RUN[language])
    text = refused.text or ""
    assert refused.button_texts == []  # nothing to apply
    assert "⛔" in text and "Ann" in text.split("⛔", 1)[1], text
    # Every refusal the athlete would read is absent; the coach's one names the way on.
    for athlete_words in (
        t("change-violation-over-weekly-hours"),
        t("change-violation-ramp-too-steep"),
        t("change-violation-fitness-ramp-too-steep"),
    ):
        assert plain(athlete_words) not in text
    assert any(
        plain(t(f"coaching-violation-{code}", name="Ann")) in text
        for code in (
            "over-weekly-hours",
            "ramp-too-steep",
            "fitness-ramp-too-steep",
            "too-much-intensity",
            "recovery-week-too-hard",
        )
    ), text


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_sunday_rest_late_on_a_sunday_means_next_sunday(
    tempo: TempoUnderTest, language: str
) -> None:
    """QA: typed on a Sunday (evening), "Sunday: rest" meant today and everyone's plan —
    made that evening, starting on Tuesday — refused it as outside the plan."""
    t = translator(language)
    go_to(tempo, SUNDAY, hour=20)
    cleo = tempo.person("Cleo", language_code=language)
    ann = tempo.person("Ann", language_code=language)
    await runner(tempo, ann, language)
    _, token = await new_squad(tempo, cleo, "Track")
    [offer] = await send_all(tempo, ann, f"/start {token}")
    await ann.press(t("squad-btn-accept"), on=offer)
    [sharing] = await send_all(tempo, ann, "/sharing")
    await press_all(tempo, ann, f"▫️ {t('squad-scope-short-plan_edit')}", on=sharing)

    [roster] = await send_all(tempo, cleo, "/squad")
    await press_all(tempo, cleo, t("coaching-btn-bulk"), on=roster)
    [summary] = await send_all(tempo, cleo, REST[language])
    text = summary.text or ""
    assert plain(t("coaching-refused-outside-plan", name="Ann")) not in text, text
    assert text.count("✅") == 1 and "Ann" in text, text
    next_sunday = SUNDAY + timedelta(days=7)
    assert f" {next_sunday.day}:" in text or f" {next_sunday.day} " in text, text
    assert summary.button_texts[0] == t("coaching-btn-bulk-apply", count=1)


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_the_card_says_why_and_a_new_athlete_is_new(
    tempo: TempoUnderTest, language: str
) -> None:
    """Bob does not allow plan edits: his card says so in one line (Ann's does not).
    Both joined a day ago and sent nothing: new, not "no data for 3 days" — until three
    days have passed."""
    t = translator(language)
    cleo, *_ = await squad_of_two(tempo, language)
    [roster] = await send_all(tempo, cleo, "/squad")
    text = roster.text or ""
    assert text.count(plain(t("roster-new"))) == 2, text
    assert plain(t("roster-flag-quiet")) not in text

    bob_card = (await open_card(tempo, cleo, "Bob")).text or ""
    assert plain(t("coaching-no-plan-edit", name="Bob")) in bob_card
    assert plain(t("roster-new")) in bob_card
    ann_card = (await open_card(tempo, cleo, "Ann")).text or ""
    assert plain(t("coaching-no-plan-edit", name="Ann")) not in ann_card

    go_to(tempo, MONDAY + timedelta(days=4))
    [later] = await send_all(tempo, cleo, "/squad")
    assert (later.text or "").count(plain(t("roster-flag-quiet"))) == 2
    assert plain(t("roster-new")) not in (later.text or "")


async def told(tempo: TempoUnderTest, coach: Person) -> str:
    """The one notice the outbox sends the coach now."""
    assert await drain(tempo) == 1
    return coach.last_bot_message().text or ""


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_the_coach_is_told_who_joins_shares_and_leaves(
    tempo: TempoUnderTest, language: str
) -> None:
    """Through the outbox, in the coach's language (Cleo's, whatever Ann's): what
    changed, by name — a revocation names the scope and nothing of Ann's data."""
    t = translator(language)
    cleo = tempo.person("Cleo", language_code=language)
    other = "ru" if language == "en" else "en"
    ann = tempo.person("Ann", language_code=other)
    await runner(tempo, ann, other)
    _, token = await new_squad(tempo, cleo, "Track")
    [offer] = await send_all(tempo, ann, f"/start {token}")
    ann_t = translator(ann.user.language_code or "en")
    await ann.press(ann_t("squad-btn-accept"), on=offer)
    await ann.settle()
    shared = ", ".join(
        t(f"squad-scope-short-{s}") for s in ("plan_view", "activities", "wellness_readiness")
    )
    assert await told(tempo, cleo) == plain(
        t("coaching-notice-joined", name="Ann", squad="Track", scopes=shared)
    )

    [sharing] = await send_all(tempo, ann, "/sharing")
    await press_all(tempo, ann, f"▫️ {ann_t('squad-scope-short-plan_edit')}", on=sharing)
    edits = t("squad-scope-short-plan_edit")
    assert await told(tempo, cleo) == plain(t("coaching-notice-granted", name="Ann", scopes=edits))
    redrawn = tempo.account.message(ann.user, sharing.message_id)
    await press_all(tempo, ann, f"✅ {ann_t('squad-scope-short-activities')}", on=redrawn)
    revoked = await told(tempo, cleo)
    assert revoked == plain(
        t("coaching-notice-revoked", name="Ann", scopes=t("squad-scope-short-activities"))
    )

    redrawn = tempo.account.message(ann.user, sharing.message_id)
    await press_all(tempo, ann, ann_t("sharing-btn-leave", squad="Track"), on=redrawn)
    assert await told(tempo, cleo) == plain(t("coaching-notice-left", name="Ann", squad="Track"))
    assert await drain(tempo) == 0  # one word per event


async def test_the_coach_is_told_when_an_athlete_deletes_everything(tempo: TempoUnderTest) -> None:
    """/delete takes Ann's every row; her coach gets the one line of leaving (her name
    and the squad, nothing else) through the outbox, which the erasure leaves alone."""
    t = translator("en")
    cleo, ann = tempo.person("Cleo"), tempo.person("Ann")
    _, token = await new_squad(tempo, cleo, "Track")
    [offer] = await send_all(tempo, ann, f"/start {token}")
    await ann.press(t("squad-btn-accept"), on=offer)
    await ann.settle()
    await drain(tempo)  # the joined notice
    [ask] = await send_all(tempo, ann, "/delete")
    await press_all(tempo, ann, plain(t("delete-btn-first")), on=ask)
    final = tempo.account.message(ann.user, ask.message_id)
    await press_all(tempo, ann, plain(t("delete-btn-final")), on=final)
    assert await told(tempo, cleo) == plain(t("coaching-notice-left", name="Ann", squad="Track"))
    assert await drain(tempo) == 0
