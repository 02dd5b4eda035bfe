"""How /connect shows a connection: the last sync on the athlete's clock and in their
language (stored in UTC), and the threshold offer in bold rather than escaped tags."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.coach.services.integrations import ConnectionView, ThresholdOffer
from bot.domain.integrations import (
    AuthKind,
    Integration,
    IntegrationStatus,
    Provider,
    RunKind,
    RunStatus,
    SyncRun,
)
from bot.domain.profiles import ThresholdKind, Units
from bot.handlers.connect import offers_text, status_text
from bot.handlers.onboarding.formatting import Formatter
from bot.i18n import Catalogs

SYNCED = datetime(2026, 3, 2, 5, 7, tzinfo=UTC)
CATALOGS = Catalogs.load()


def view() -> ConnectionView:
    integration = Integration(
        id=1, athlete_id=2, provider=Provider.INTERVALS, external_athlete_id="i42",
        auth_kind=AuthKind.API_KEY, secret="x", refresh=None, expires_at=None,
        status=IntegrationStatus.ACTIVE, export_plans=True, sync_minute=3,
        synced_until=SYNCED, last_sync_at=SYNCED, last_sync_status="ok", last_error=None,
        revoked_notice_sent=False, created_at=SYNCED,
    )  # fmt: skip
    run = SyncRun(
        id=1, integration_id=1, kind=RunKind.SYNC, status=RunStatus.OK, started_at=SYNCED,
        finished_at=SYNCED, activities=2, wellness_days=1, api_calls=4, rate_limited=0,
        error=None,
    )  # fmt: skip
    return ConnectionView(integration, run)


@pytest.mark.parametrize(
    ("language", "timezone", "shown"),
    [
        ("en", "Europe/Berlin", "2 Mar, 06:07"),
        ("en", "America/New_York", "2 Mar, 00:07"),
        ("ru", "Asia/Tokyo", "2 мар., 14:07"),
    ],
)
def test_the_last_sync_is_on_the_athletes_clock_in_their_language(
    language: str, timezone: str, shown: str
) -> None:
    t = CATALOGS.translator(language)
    text = status_text([view()], t, enabled=True, timezone=timezone)
    assert shown in text
    assert "05:07" not in text  # the UTC time is not what the athlete reads


def test_the_threshold_offer_is_bold_not_escaped_tags() -> None:
    t = CATALOGS.translator("en")
    offers = [ThresholdOffer(ThresholdKind.FTP, 265.0, 250.0)]
    text = offers_text(offers, t, Formatter(t, Units.METRIC))
    assert "FTP: <b>265 W</b> (Tempo has 250 W)" in text
    assert "&lt;" not in text


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_load_method_has_words(language: str) -> None:
    """A synced activity scored by the service's own figure says so, like any other."""
    from bot.coach.science import LoadMethod

    t = CATALOGS.translator(language)
    for method in LoadMethod:
        assert t(f"act-method-{method.value}") != f"act-method-{method.value}"
