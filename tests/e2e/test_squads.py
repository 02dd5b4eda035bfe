"""Squads end to end through the emulator: a coach creates a squad and gets a link; an
athlete who has not onboarded opens it, sees the coach and exactly what is asked, accepts
and onboards after; /sharing toggles a scope and leaves, each effective at the coach's next
read; a forged button naming another athlete's membership changes nothing; links that
are revoked or used by the coach are refused. English and Russian."""

from __future__ import annotations

import re

import pytest

from bot.coach.services.access import AccessDenied, AccessGate
from bot.domain.squads import Scope
from tests.e2e.activity_chat import athlete_id, plain, send_all, translator
from tests.e2e.harness import Person, TempoUnderTest

pytestmark = pytest.mark.e2e


async def granted(tempo: TempoUnderTest, coach: Person, athlete: Person) -> frozenset[Scope]:
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        gate = AccessGate(session, tempo.clock)
        return await gate.granted(await athlete_id(tempo, coach), await athlete_id(tempo, athlete))


async def new_squad(tempo: TempoUnderTest, coach: Person, name: str) -> tuple[str, str]:
    """The coach's /squad new → name; the invitation's text and its start token."""
    t = translator(coach.user.language_code or "en")
    [ask] = await send_all(tempo, coach, "/squad new")
    assert ask.text == plain(t("squad-ask-name"))
    [card] = await send_all(tempo, coach, name)
    text = card.text or ""
    found = re.search(r"t\.me/(\w+)\?start=([A-Za-z0-9_-]{16})", text)
    assert found is not None, text
    assert found.group(1) == tempo.account.username
    assert card.button_texts == [t("squad-btn-revoke"), t("group-btn-add-to-group")]
    return text, found.group(2)


@pytest.mark.parametrize("language", ["en", "ru"])
async def test_invite_accept_onboard_then_share_less_and_leave(
    tempo: TempoUnderTest, language: str
) -> None:
    t = translator(language)
    cleo = tempo.person("Cleo", language_code=language)
    ann = tempo.person("Ann", language_code=language)
    invitation, token = await new_squad(tempo, cleo, "Morning <runners>")
    assert "Morning &lt;runners&gt;" not in invitation and "Morning <runners>" in invitation
    assert plain(t("squad-scope-their-wellness_readiness")) in invitation
    assert plain(t("squad-scope-wellness_readiness")) not in invitation

    [offer] = await send_all(tempo, ann, f"/start {token}")
    text = offer.text or ""
    assert "Cleo (@cleo)" in text and "Morning <runners>" in text
    for scope in ("plan_view", "activities", "wellness_readiness"):
        assert plain(t(f"squad-scope-{scope}")) in text
    for scope in ("plan_edit", "ai_summaries"):
        assert plain(t(f"squad-scope-{scope}")) not in text
    await ann.press(t("squad-btn-accept"), on=offer)
    await send_all(tempo, ann, "/help")  # settle: onboarding's first question has come
    joined = tempo.account.message(ann.user, offer.message_id)
    assert plain(t("squad-joined", coach="Cleo", squad="Morning <runners>", scopes="")).split(
        "\n"
    )[0] in (joined.text or "")
    assert joined.inline_keyboard == []
    greeting = plain(t("start-greeting", name="Ann")).split("\n")[0]
    assert any(greeting in m for m in ann.bot_texts())  # not onboarded: onboarding begins
    assert await granted(tempo, cleo, ann) == {Scope.PLAN_VIEW, Scope.ACTIVITIES, Scope.WELLNESS}

    [sharing] = await send_all(tempo, ann, "/sharing")
    assert "Cleo" in (sharing.text or "")
    assert plain(t("sharing-strava")) in (sharing.text or "")
    readiness = f"✅ {t('squad-scope-short-wellness_readiness')}"
    await ann.press(readiness, on=sharing)
    assert await granted(tempo, cleo, ann) == {Scope.PLAN_VIEW, Scope.ACTIVITIES}
    redrawn = tempo.account.message(ann.user, sharing.message_id)
    assert f"▫️ {t('squad-scope-short-wellness_readiness')}" in redrawn.button_texts

    await ann.press(t("sharing-btn-leave", squad="Morning <runners>"), on=redrawn)
    assert await granted(tempo, cleo, ann) == frozenset()
    assert tempo.account.message(ann.user, sharing.message_id).text == plain(t("sharing-none"))
    [again] = await send_all(tempo, ann, f"/start {token}")  # may join again
    assert again.button_texts == [t("squad-btn-accept"), t("squad-btn-decline")]


async def test_a_forged_button_naming_another_athletes_membership_changes_nothing(
    tempo: TempoUnderTest,
) -> None:
    t = translator()
    cleo, ann, bob = tempo.person("Cleo"), tempo.person("Ann"), tempo.person("Bob")
    _, token = await new_squad(tempo, cleo, "Track")
    for athlete in (ann, bob):
        [offer] = await send_all(tempo, athlete, f"/start {token}")
        await athlete.press(t("squad-btn-accept"), on=offer)
    [anns] = await send_all(tempo, ann, "/sharing")
    [bobs] = await send_all(tempo, bob, "/sharing")
    leave = t("sharing-btn-leave", squad="Track")
    [leave_ann] = [
        str(b["callback_data"]) for row in anns.inline_keyboard for b in row if b["text"] == leave
    ]
    # Bob's client sends Ann's "leave" (her membership id) from Bob's own keyboard.
    tempo.account.user_presses_button(bob.user, bobs, leave, forged=leave_ann)
    await tempo.account.wait_for_bot_activity(bobs.chat_id, kinds=["callback_answer"])
    answer = tempo.account.callback_answers[-1]
    assert answer.show_alert and answer.text == plain(t("squad-error-membership_gone"))
    assert await granted(tempo, cleo, ann) == {Scope.PLAN_VIEW, Scope.ACTIVITIES, Scope.WELLNESS}
    assert await granted(tempo, cleo, bob) == {Scope.PLAN_VIEW, Scope.ACTIVITIES, Scope.WELLNESS}


async def test_a_revoked_link_and_the_coachs_own_link_are_refused(
    tempo: TempoUnderTest,
) -> None:
    t = translator()
    cleo, ann = tempo.person("Cleo"), tempo.person("Ann")
    _, token = await new_squad(tempo, cleo, "Hills")
    card = cleo.message_with_button(t("squad-btn-revoke"))
    [own] = await send_all(tempo, cleo, f"/start {token}")
    assert own.text == plain(t("squad-error-own_squad"))
    await cleo.press(t("squad-btn-revoke"))
    assert tempo.account.callback_answers[-1].text == plain(t("squad-revoked"))
    # QA: the card kept saying "It works until …" after the link was revoked.
    revoked = tempo.account.message(cleo.user, card.message_id)
    assert revoked.text == plain(t("squad-invitation-revoked")) and not revoked.button_texts
    [refused] = await send_all(tempo, ann, f"/start {token}")
    assert refused.text == plain(t("squad-error-invitation_revoked"))
    [fresh] = await send_all(tempo, cleo, "/squad link")
    found = re.search(r"\?start=([A-Za-z0-9_-]{16})", fresh.text or "")
    assert found is not None and found.group(1) != token and "Hills" in (fresh.text or "")
    [offer] = await send_all(tempo, ann, f"/start {found.group(1)}")
    assert offer.button_texts == [t("squad-btn-accept"), t("squad-btn-decline")]
    await ann.press(t("squad-btn-decline"), on=offer)
    declined = tempo.account.message(ann.user, offer.message_id).text
    assert declined == plain(t("squad-declined", squad="Hills"))
    assert tempo.app is not None
    async with tempo.app.session_factory() as session:
        with pytest.raises(AccessDenied):
            await AccessGate(session, tempo.clock).athlete(
                await athlete_id(tempo, cleo), await athlete_id(tempo, ann)
            )


async def test_the_roster_card_follows_consent_tap_by_tap(tempo: TempoUnderTest) -> None:
    """The coach's card button stays on screen while the athlete withholds workouts, then
    leaves: each later tap shows less, then nothing; a forged athlete id shows nothing."""
    t = translator()
    cleo, ann, bob = tempo.person("Cleo"), tempo.person("Ann"), tempo.person("Bob")
    _, token = await new_squad(tempo, cleo, "Track")
    [offer] = await send_all(tempo, ann, f"/start {token}")
    await ann.press(t("squad-btn-accept"), on=offer)
    await send_all(tempo, bob, "/help")  # Bob exists but never joined

    [roster] = await send_all(tempo, cleo, "/squad")
    assert "Ann" in (roster.text or "") and "Bob" not in (roster.text or "")
    open_ann = "1. Ann"
    await cleo.press(open_ann, on=roster)
    card = tempo.account.message(cleo.user, roster.message_id)
    assert plain(t("card-no-activities")) in (card.text or "")
    assert plain(t("card-no-profile")) in (card.text or "")

    [sharing] = await send_all(tempo, ann, "/sharing")
    await ann.press(f"✅ {t('squad-scope-short-activities')}", on=sharing)
    await cleo.press(t("roster-btn-back"), on=card)
    await cleo.press(open_ann, on=roster)
    fewer = tempo.account.message(cleo.user, roster.message_id).text or ""
    assert plain(t("card-no-activities")) not in fewer and "Ann" in fewer

    await cleo.press(t("roster-btn-back"), on=roster)  # the message is the roster again
    ann_button = str(roster.inline_keyboard[0][0]["callback_data"])
    assert ann_button == f"sq:c:{await athlete_id(tempo, ann)}"
    forged = f"sq:c:{await athlete_id(tempo, bob)}"
    tempo.account.user_presses_button(cleo.user, roster, open_ann, forged=forged)
    await tempo.account.wait_for_bot_activity(roster.chat_id, kinds=["callback_answer"])
    assert tempo.account.callback_answers[-1].text == plain(t("roster-denied"))

    redrawn = tempo.account.message(ann.user, sharing.message_id)
    await ann.press(t("sharing-btn-leave", squad="Track"), on=redrawn)
    await cleo.press(open_ann, on=roster)  # the old button, still on screen
    assert tempo.account.callback_answers[-1].text == plain(t("roster-denied"))
    assert "Bob" not in (tempo.account.message(cleo.user, roster.message_id).text or "")
