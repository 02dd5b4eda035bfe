"""The layering rules of style.md, checked on the source: handlers -> coach -> storage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[2] / "bot"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def sources(package: str) -> list[Path]:
    return sorted((BOT / package).rglob("*.py"))


FORBIDDEN = {
    "coach": ("aiogram", "bot.handlers", "bot.telegram", "bot.jobs", "bot.app"),
    "storage": ("aiogram", "bot.coach", "bot.handlers", "bot.telegram", "bot.jobs", "bot.app"),
    "domain": ("aiogram", "sqlalchemy", "bot.coach", "bot.storage", "bot.handlers"),
    "i18n": ("aiogram", "sqlalchemy", "bot.coach", "bot.storage", "bot.handlers"),
    # Outbound clients: plain records in and out, no database, no domain logic, no Telegram.
    "integrations": (
        "aiogram",
        "sqlalchemy",
        "bot.coach",
        "bot.storage",
        "bot.handlers",
        "bot.telegram",
        "bot.jobs",
        "bot.app",
    ),
}


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_lower_layers_never_import_upper_ones(package: str) -> None:
    offenders = []
    for path in sources(package):
        for module in imported_modules(path):
            if module.startswith(FORBIDDEN[package]):
                offenders.append(f"{path.relative_to(BOT)} imports {module}")
    assert offenders == []


def test_handlers_hold_no_sql_and_no_llm_client() -> None:
    offenders = []
    for path in sources("handlers"):
        for module in imported_modules(path):
            if module.startswith(("sqlalchemy", "anthropic", "bot.storage")):
                offenders.append(f"{path.relative_to(BOT)} imports {module}")
    assert offenders == []


def test_nothing_is_built_at_import_time() -> None:
    """No Bot, Dispatcher, engine or API client at module level (style rule 2)."""
    builders = {"Bot", "Dispatcher", "create_engine", "create_async_engine", "Anthropic",
                "AsyncAnthropic", "AsyncClient", "Client"}  # fmt: skip
    offenders = []
    for path in BOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
            if isinstance(value, ast.Call):
                func = value.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in builders:
                    offenders.append(f"{path.relative_to(BOT)}:{node.lineno} builds {name}")
    assert offenders == []


def test_the_domain_never_finds_the_unit_of_work_through_its_context_variable() -> None:
    """Transactions at the edge (issue 17): a service commits only through a commit it
    was handed by the handler's or job's unit of work (``Services.commit``), never by
    fetching the update's unit from ``bot.storage.unit_of_work.current()`` (the agent's
    note tool did, committing mid-update behind the handler's back)."""
    hidden = {"current", "current_session"}
    offenders = []
    for path in sources("coach"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "bot.storage.unit_of_work":
                offenders += [
                    f"{path.relative_to(BOT)} imports {alias.name}"
                    for alias in node.names
                    if alias.name in hidden
                ]
    assert offenders == []
