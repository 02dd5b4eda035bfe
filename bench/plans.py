"""Plans generated per second for a 24-week full-distance triathlon plan.

Prints, never asserts (house style 14). Side by side in the same run, so the machine's
load affects both alike:
- baseline: the guardrail check alone on the same plan (every plan pays for one);
- generate: the full generator (layout, volume, drafting, placement, workouts, check);
- regenerate: rebuilding the future from mid-plan with half the sessions done;
- proposals (the change engine, validation included): skip one session, travel
  Monday to Thursday with running only, and a below-the-neck illness with its return
  ramp, each per week of change (target <= 20 ms).
Each figure is the best of several rounds (least disturbed by other processes), in
wall-clock time and in this process's CPU time: on a shared 2-core machine the two
differ by however much the other processes took.

    .venv/bin/python bench/plans.py [rounds] [plans_per_round]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

from bot.coach.planning import (
    Discipline,
    Equipment,
    Experience,
    Goal,
    Plan,
    PlanRequest,
    RaceKind,
    SessionSport,
    Thresholds,
    check_plan,
    generate_plan,
    regenerate,
)
from bot.coach.planning.changes import Illness, LimitDays, SkipSession, Symptoms, propose

TODAY = date(2026, 1, 5)


def ironman_request() -> PlanRequest:
    return PlanRequest(
        today=TODAY,
        discipline=Discipline.TRIATHLON,
        experience=Experience.INTERMEDIATE,
        age=38,
        goal=Goal(RaceKind.IRONMAN, TODAY + timedelta(weeks=23, days=6)),
        weekly_hours=14,
        available_weekdays=frozenset(range(7)),
        long_weekday=6,
        pool_weekdays=frozenset({0, 2, 4}),
        equipment=Equipment(power_meter=True, hr_strap=True),
        thresholds=Thresholds(
            ftp_w=250,
            run_threshold_pace_s_per_km=270,
            css_s_per_100m=105,
            lthr=165,
            hrmax=185,
            resting_hr=48,
        ),
        recent_weekly_hours=8,
    )


def per_second(action: Callable[[], object], rounds: int, count: int) -> tuple[float, float]:
    """(per wall-clock second, per CPU second), each the best round."""
    wall = cpu = float("inf")
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        for _ in range(count):
            action()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return count / wall, count / max(cpu, 1e-9)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    request = ironman_request()
    plan = generate_plan(request)
    sessions = sum(week.session_count for week in plan.weeks)
    midway = TODAY + timedelta(weeks=12, days=2)
    done = {s.id for s in plan.sessions() if s.date < midway}
    later = PlanRequest(**{**{f: getattr(request, f) for f in request.__slots__}, "today": midway})

    check = per_second(lambda: check_plan(plan, request), rounds, count)
    generate = per_second(lambda: generate_plan(request), rounds, count)
    rebuild = per_second(lambda: regenerate(plan, later, midway, done), rounds, count)

    print(f"24-week full-distance triathlon plan: {len(plan.weeks)} weeks, {sessions} sessions")
    print(f"{'':28}{'wall /s':>10}{'cpu /s':>10}{'ms (cpu)':>10}")
    for label, (wall, cpu) in (
        ("baseline: check_plan alone", check),
        ("generate_plan", generate),
        ("regenerate from week 13", rebuild),
    ):
        print(f"{label:28}{wall:10.1f}{cpu:10.1f}{1000 / cpu:10.2f}")
    print(
        f"ratio generate / baseline: {generate[0] / check[0]:.3f} (wall), "
        f"{generate[1] / check[1]:.3f} (cpu); one plan costs "
        f"{check[1] / generate[1]:.1f} guardrail checks"
    )
    print("target: >= 50 plans/s for generate_plan")
    proposals(plan, later, midway, done, rounds=rounds, count=count)


def proposals(
    plan: Plan, request: PlanRequest, today: date, done: set[str], *, rounds: int, count: int
) -> None:
    """The change engine on the same plan, mid-way: each proposal applied and validated
    (constraints, repairs, check_plan), per proposal and per week it changed."""
    session = next(s for s in plan.sessions() if s.date >= today)
    monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
    cases = {
        "skip one session": [SkipSession(session.id)],
        "travel Mon-Thu, run only": [
            LimitDays(
                monday, monday + timedelta(days=3), frozenset({SessionSport.RUN}), max_minutes=45
            )
        ],
        "ill (fever), return ramp": [Illness(today, 3, Symptoms.BELOW_NECK)],
    }
    print(f"{'proposal (validated)':28}{'weeks':>6}{'ms (cpu)':>10}{'ms/week':>10}")
    for label, ops in cases.items():
        proposal = propose(plan, request, ops, today=today, done=done)
        assert proposal.ok, proposal.refusal
        _, cpu = per_second(
            lambda ops=ops: propose(plan, request, ops, today=today, done=done), rounds, count
        )
        weeks = max(len(proposal.weeks), 1)
        print(f"{label:28}{weeks:6d}{1000 / cpu:10.2f}{1000 / cpu / weeks:10.2f}")
    print("target: <= 20 ms per week of change")


if __name__ == "__main__":
    main()
