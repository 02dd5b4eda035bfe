"""A threshold back-dated in /settings scores the stored rides again and says how many
loads changed (issue #16: thresholds and load over history), through the real bot."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import FIXTURES
from tests.e2e.activity_chat import (
    activities_of,
    give_thresholds,
    plain,
    press_all,
    send_all,
    translator,
    upload_all,
)
from tests.e2e.harness import TempoUnderTest

pytestmark = pytest.mark.e2e

EDGE_810 = "Edge810-Vector-2013-08-16-15-35-10.fit"


async def test_a_back_dated_ftp_rescores_the_ride_and_says_so(tempo: TempoUnderTest) -> None:
    t = translator()
    ann = tempo.person("Ann")
    await send_all(tempo, ann, "/help")
    who = await give_thresholds(tempo, ann, effective=date(2013, 1, 1), ftp=300)
    await upload_all(tempo, ann, FIXTURES / EDGE_810)
    [ride] = await activities_of(tempo, who)
    assert ride.fields.load is not None and ride.fields.load.intensity_factor is not None
    assert ride.fields.load.intensity_factor == pytest.approx(301 / 300, rel=0.01)

    [menu] = await send_all(tempo, ann, "/settings")
    [screen] = await press_all(tempo, ann, plain(t("settings-thresholds")), on=menu)
    await press_all(tempo, ann, "FTP", on=screen)
    await send_all(tempo, ann, "250")
    await press_all(tempo, ann, plain(t("ob-opt-th_source-test")))
    replies = await send_all(tempo, ann, "13.08.2013")  # more than five years back
    assert any(plain(t("profile-rescored", count=1)) in (m.text or "") for m in replies)
    [rescored] = await activities_of(tempo, who)
    assert rescored.fields.load is not None
    assert rescored.fields.load.intensity_factor == pytest.approx(301 / 250, rel=0.01)
