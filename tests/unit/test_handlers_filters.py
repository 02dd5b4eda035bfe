"""No router registers a bare ``F`` filter: aiogram would resolve it in a worker thread
on every update (see bot/telegram/filters.py); ``on(F...)`` resolves it inline."""

from __future__ import annotations

from aiogram import Router

from bot.handlers import build_feature_routers


def bare_magic_filters(router: Router) -> list[str]:
    found = []
    for name, observer in router.observers.items():
        for index, filter_object in enumerate(observer._handler.filters or []):
            if filter_object.magic is not None:
                found.append(f"{router.name}.{name} router filter #{index}")
        for handler in observer.handlers:
            for filter_object in handler.filters or []:
                if filter_object.magic is not None:
                    found.append(f"{router.name}.{name} → {handler.callback.__name__}")
    for child in router.sub_routers:
        found.extend(bare_magic_filters(child))
    return found


def test_every_feature_router_uses_event_loop_filters() -> None:
    offenders = [
        entry for router in build_feature_routers() for entry in bare_magic_filters(router)
    ]
    assert offenders == []


def test_the_check_would_catch_a_bare_filter() -> None:
    from aiogram import F

    router = Router(name="probe")
    router.message.register(lambda message: None, F.text)
    assert bare_magic_filters(router) == ["probe.message → <lambda>"]
