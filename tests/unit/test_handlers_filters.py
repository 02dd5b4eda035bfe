"""No router registers a synchronous filter: aiogram runs every filter that is not a
coroutine (a bare ``F`` expression, a ``State`` object used as a filter) in a worker
thread on every update it is checked against (``CallableObject.call`` in
aiogram/dispatcher/event/handler.py). ``on(F...)`` and ``StateFilter(...)`` run inline."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.state import State, StatesGroup

from bot.handlers import build_feature_routers


def thread_filters(router: Router) -> list[str]:
    found = []
    for name, observer in router.observers.items():
        for index, filter_object in enumerate(observer._handler.filters or []):
            if not filter_object.awaitable:
                found.append(f"{router.name}.{name} router filter #{index}")
        for handler in observer.handlers:
            for filter_object in handler.filters or []:
                if not filter_object.awaitable:
                    found.append(f"{router.name}.{name} → {handler.callback.__name__}")
    for child in router.sub_routers:
        found.extend(thread_filters(child))
    return found


def test_every_feature_router_uses_event_loop_filters() -> None:
    offenders = [entry for router in build_feature_routers() for entry in thread_filters(router)]
    assert offenders == []


def test_the_check_would_catch_a_bare_magic_filter() -> None:
    router = Router(name="probe")
    router.message.register(lambda message: None, F.text)
    assert thread_filters(router) == ["probe.message → <lambda>"]


def test_the_check_would_catch_a_state_used_as_a_filter() -> None:
    class Probe(StatesGroup):
        waiting = State()

    router = Router(name="probe")
    router.message.register(lambda message: None, Probe.waiting)
    assert thread_filters(router) == ["probe.message → <lambda>"]


def commands_of(router: Router) -> set[str]:
    """The commands a router's message handlers answer (``Command`` filters)."""
    return {
        str(command)
        for handler in router.message.handlers
        for filter_object in handler.filters or []
        if isinstance(filter_object.callback, Command)
        for command in filter_object.callback.commands
    }


def test_the_basic_commands_are_answered_only_by_the_dialog_before_them() -> None:
    """/start, /help and /cancel come right after the profile dialog, ahead of the
    command routers (each router an update passes costs time): only the dialog, which
    comes first on purpose, answers any of them too; so moving them up decides no answer,
    and a command router that took one of them over would fail here."""
    routers = build_feature_routers()
    names = [router.name for router in routers]
    assert names[:2] == ["onboarding", "basics"]
    basics = commands_of(routers[1])
    assert basics == {"start", "help", "cancel"}
    assert commands_of(routers[0]) & basics == {"cancel"}
    assert [router.name for router in routers[2:] if commands_of(router) & basics] == []
