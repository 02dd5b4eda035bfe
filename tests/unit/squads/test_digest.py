"""The coach's digest as pure functions: when it is due in the coach's own zone (DST
included), the split of the ranked roster, the week's verdicts, and messages that stay
under Telegram's limit for a squad of 60 with long names."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from bot.coach.squads.digest import (
    AthleteWeek,
    SquadWeek,
    WeekVerdict,
    coach_due_pushes,
    daily_digest,
)
from bot.coach.squads.roster import Flag, RosterLine, rank
from bot.domain.deliveries import DeliveryKind
from bot.domain.digests import CoachScheduleEntry, DigestPreferences
from bot.handlers.digest_render import DigestRender
from bot.i18n import Catalogs

EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def coach(coach_id: int, zone: str, at: time, **prefs: bool) -> CoachScheduleEntry:
    return CoachScheduleEntry(
        coach_id, coach_id, zone, DigestPreferences(coach_id, at=at, **prefs), EPOCH
    )


def test_each_coach_gets_the_digest_at_their_own_local_time() -> None:
    now = datetime(2026, 1, 5, 22, 0, tzinfo=UTC)  # a Monday evening in UTC
    entries = [
        coach(1, "Asia/Tokyo", time(7, 0)),  # 22:00 UTC Monday = 07:00 Tuesday
        coach(2, "America/Los_Angeles", time(7, 0)),  # 15:00 UTC Monday
        coach(3, "Europe/Berlin", time(7, 0), enabled=False),
    ]
    due = sorted(
        (p.athlete_id, p.kind, p.local_date, p.due_at)
        for p in coach_due_pushes(entries, now, lookback=timedelta(hours=24))
    )
    assert due == [
        (1, DeliveryKind.COACH_DIGEST, date(2026, 1, 6), now),
        (2, DeliveryKind.COACH_DIGEST, date(2026, 1, 5), datetime(2026, 1, 5, 15, 0, tzinfo=UTC)),
        # Sunday 21:00 in Los Angeles is Monday 05:00 UTC: the summary of the 4th.
        (2, DeliveryKind.COACH_WEEKLY, date(2026, 1, 4), datetime(2026, 1, 5, 5, 0, tzinfo=UTC)),
    ]


def test_the_sunday_summary_is_due_on_sunday_evening_and_dst_moves_the_utc_instant() -> None:
    # New York springs forward on Sunday 8 March 2026: 21:00 EDT is 01:00 UTC on Monday.
    entries = [coach(1, "America/New_York", time(2, 30), weekly_enabled=True)]
    now = datetime(2026, 3, 9, 1, 0, tzinfo=UTC)
    due = {
        (p.kind, p.local_date): p.due_at
        for p in coach_due_pushes(entries, now, lookback=timedelta(hours=24))
    }
    assert due == {
        # 02:30 does not exist that night: due at the end of the gap, 03:00 EDT.
        (DeliveryKind.COACH_DIGEST, date(2026, 3, 8)): datetime(2026, 3, 8, 7, 0, tzinfo=UTC),
        (DeliveryKind.COACH_WEEKLY, date(2026, 3, 8)): now,
    }
    monday = datetime(2026, 3, 10, 1, 0, tzinfo=UTC)
    kinds = {p.kind for p in coach_due_pushes(entries, monday, lookback=timedelta(hours=24))}
    assert kinds == {DeliveryKind.COACH_DIGEST}


def test_nothing_is_due_before_the_coachs_first_squad() -> None:
    entry = coach(1, "UTC", time(7, 0))
    late = CoachScheduleEntry(1, 1, "UTC", entry.preferences, datetime(2026, 1, 5, 8, tzinfo=UTC))
    now = datetime(2026, 1, 5, 23, 0, tzinfo=UTC)
    assert list(coach_due_pushes([late], now, lookback=timedelta(hours=24))) == []
    assert len(list(coach_due_pushes([entry], now, lookback=timedelta(hours=24)))) == 1


def line(i: int, *flags: Flag, name: str | None = None) -> RosterLine:
    return RosterLine(i, name or f"Athlete {i}", "green", True, 1.0, 0.0, flags)


def test_the_digest_keeps_the_rosters_order_and_splits_off_the_unflagged() -> None:
    ranked = rank([line(1), line(2, Flag.RACE_SOON), line(3, Flag.ILL_OR_INJURED), line(4)])
    digest = daily_digest(date(2026, 1, 5), ranked)
    assert [x.athlete_id for x in digest.attention] == [3, 2]
    assert [x.athlete_id for x in digest.rest] == [1, 4]


def week_of(**values: float | int | None) -> AthleteWeek:
    base: dict[str, float | int | None] = {
        "compliance": 0.9,
        "load": 300.0,
        "fitness_change": 1.0,
        "red_days": 0,
        "sick_days": 0,
    }
    base.update(values)
    return AthleteWeek(1, "A", **base)  # type: ignore[arg-type]


def test_week_verdicts() -> None:
    assert week_of().verdict is WeekVerdict.IMPROVED
    assert week_of(compliance=None, red_days=None, sick_days=None).verdict is WeekVerdict.IMPROVED
    assert week_of(sick_days=1).verdict is WeekVerdict.STRUGGLING
    assert week_of(red_days=2).verdict is WeekVerdict.STRUGGLING
    assert week_of(compliance=0.49).verdict is WeekVerdict.STRUGGLING
    assert week_of(compliance=0.6).verdict is WeekVerdict.STEADY  # fitness up, plan half done
    assert week_of(fitness_change=-0.5).verdict is WeekVerdict.STEADY
    assert week_of(fitness_change=None, compliance=None).verdict is WeekVerdict.STEADY


def test_sixty_athletes_with_long_names_fit_one_message_in_both_languages() -> None:
    catalogs = Catalogs.load()
    name = "Alexandra-Konstantina <Very> Long Surname"
    flags = (Flag.ILL_OR_INJURED, Flag.RED_DAY, Flag.ACWR_HIGH, Flag.MISSED_KEY)
    lines = rank([line(i, *flags, name=f"{name} {i}") for i in range(45)])
    lines += [line(100 + i, name=f"{name} {i}") for i in range(15)]
    weeks = tuple(
        AthleteWeek(i, f"{name} {i}", 0.2 if i % 2 else 1.0, 500.0, 2.0, 0, 0) for i in range(60)
    )
    for language in ("en", "ru"):
        t = catalogs.translator(language)
        daily = DigestRender().daily(t, daily_digest(date(2026, 1, 5), lines)).text
        weekly = DigestRender().weekly(t, SquadWeek(date(2026, 1, 5), weeks)).text
        assert len(daily) <= 4096 and len(weekly) <= 4096
        assert t("digest-more-attention", count=1).split("1")[0] in daily
        assert "&lt;Very&gt;" in daily and "<Very>" not in daily
        assert "&lt;Very&gt;" in weekly and "<Very>" not in weekly


def test_a_new_athlete_reads_as_new_in_the_digest_not_as_silent() -> None:
    """Joined lately with nothing yet: no flag (not in "needs attention"), and the rest's
    line says why there is nothing to show."""
    t = Catalogs.load().translator("en")
    new = RosterLine(7, "Anna", None, False, None, None, (), new=True)
    digest = daily_digest(date(2026, 1, 5), rank([new, line(1)]))
    assert digest.attention == () and [r.name for r in digest.rest] == ["Anna", "Athlete 1"]
    text = DigestRender().daily(t, digest).text
    assert f"Anna ({t('roster-new')})" in text and t("roster-flag-quiet") not in text
