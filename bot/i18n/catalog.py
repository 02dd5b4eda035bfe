"""Load Fluent catalogs once and format messages for one language."""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from bot.i18n.numbers import format_number, format_signed

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
# Formatted messages kept for reuse (a few MB at most). A fan-out of briefs formats the
# same headings, labels and targets thousands of times; Fluent formats each in ~20 us.
FORMATTED_KEPT = 20_000
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "ru", "es", "de", "fr", "it")
DEFAULT_LANGUAGE = "en"
# Telegram language codes we answer in a supported language rather than the default.
_LANGUAGE_FALLBACKS = {"uk": "ru", "be": "ru", "kk": "ru"}


def pick_language(language_code: str | None) -> str:
    """Map Telegram's ``language_code`` (e.g. ``"ru"``, ``"en-GB"``) to a catalog."""
    if not language_code:
        return DEFAULT_LANGUAGE
    base = language_code.lower().replace("_", "-").split("-", 1)[0]
    if base in SUPPORTED_LANGUAGES:
        return base
    return _LANGUAGE_FALLBACKS.get(base, DEFAULT_LANGUAGE)


class Html(str):
    """A string argument that is already valid Telegram HTML: not escaped again."""

    __slots__ = ()


@dataclass(slots=True)
class Catalogs:
    """Every language's bundle plus the raw message ids, loaded once at start-up."""

    bundles: dict[str, FluentBundle]
    message_ids: dict[str, set[str]]
    variables: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    # (language, key, arguments with their types) -> text: formatting is a pure function
    # of these, so a message formatted once is not formatted again.
    formatted: dict[tuple[Any, ...], str] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path = LOCALES_DIR) -> Catalogs:
        bundles: dict[str, FluentBundle] = {}
        ids: dict[str, set[str]] = {}
        variables: dict[str, dict[str, set[str]]] = {}
        for language in SUPPORTED_LANGUAGES:
            bundle = FluentBundle([language], use_isolating=False)
            ids[language] = set()
            variables[language] = {}
            for path in sorted((directory / language).glob("*.ftl")):
                resource = FluentResource(path.read_text(encoding="utf-8"))
                for entry in resource.body:
                    if isinstance(entry, fluent_ast.Junk):
                        raise ValueError(f"{path}: cannot parse {(entry.content or '')[:60]!r}")
                    if isinstance(entry, fluent_ast.Message):
                        name = entry.id.name
                        if name in ids[language]:
                            raise ValueError(f"{path}: message {name!r} is defined twice")
                        ids[language].add(name)
                        variables[language][name] = _variables_of(entry)
                bundle.add_resource(resource)
            bundles[language] = bundle
        return cls(bundles=bundles, message_ids=ids, variables=variables)

    def translator(self, language: str) -> Translator:
        return Translator(self, language if language in self.bundles else DEFAULT_LANGUAGE)


class Translator:
    """Formats messages in one language: ``t("help-text", name="Ann")``."""

    __slots__ = ("_bundle", "_catalogs", "language")

    def __init__(self, catalogs: Catalogs, language: str) -> None:
        self._catalogs = catalogs
        self._bundle = catalogs.bundles[language]
        self.language = language

    def __call__(self, key: str, **args: Any) -> str:
        return self.t(key, **args)

    def number(self, value: float, digits: int = 1) -> str:
        """``value`` written the one way this language writes numbers (numbers.py)."""
        return format_number(value, self.language, digits)

    def signed(self, value: float, digits: int = 1) -> str:
        """A change, "+1.5" / "-1,5" / "0" (numbers.py)."""
        return format_signed(value, self.language, digits)

    @property
    def catalogs(self) -> Catalogs:
        """Every language's catalog (to compose a push for this athlete from a handler)."""
        return self._catalogs

    def t(self, key: str, **args: Any) -> str:
        prepared = _prepare(args)
        # The type too: Fluent formats 1 and 1.0 (and True) differently.
        memo = (
            self.language,
            key,
            *((name, value.__class__, value) for name, value in sorted(prepared.items())),
        )
        formatted = self._catalogs.formatted
        text = formatted.get(memo)  # every prepared argument is hashable (see _prepare)
        if text is None:
            text = self._format(key, prepared)
            if len(formatted) >= FORMATTED_KEPT:
                formatted.clear()
            formatted[memo] = text
        return text

    def _format(self, key: str, prepared: dict[str, Any]) -> str:
        bundle = self._bundle
        if not bundle.has_message(key):
            # A missing key is a bug the catalog test catches; never crash a reply over it.
            log.error("missing translation %r for %s", key, self.language)
            bundle = self._catalogs.bundles[DEFAULT_LANGUAGE]
            if not bundle.has_message(key):
                return key
        message = bundle.get_message(key)
        if message.value is None:
            return key
        text, errors = bundle.format_pattern(message.value, prepared)
        if errors:
            log.error("translation %r (%s) failed: %s", key, self.language, errors)
        return str(text)

    def for_language(self, language: str) -> Translator:
        return self._catalogs.translator(language)


def _prepare(args: Mapping[str, Any]) -> dict[str, Any]:
    """Arguments as Fluent takes them: text escaped for Telegram HTML (unless ``Html``),
    numbers and dates as they are, anything else as escaped text (so all hashable)."""
    prepared: dict[str, Any] = {}
    for name, value in args.items():
        if isinstance(value, Html):
            prepared[name] = str(value)
        elif isinstance(value, str):
            prepared[name] = html.escape(value, quote=False)
        elif isinstance(value, float) and value == 0:
            prepared[name] = 0.0  # -0.0 would read "-0"
        elif isinstance(value, int | float | Decimal | date):
            prepared[name] = value
        elif value is None:
            prepared[name] = ""
        else:
            prepared[name] = html.escape(str(value), quote=False)
    return prepared


def _variables_of(message: fluent_ast.Message) -> set[str]:
    found: set[str] = set()

    class VariableCollector(Visitor):
        def visit_VariableReference(self, node: fluent_ast.VariableReference) -> None:  # noqa: N802
            found.add(node.id.name)

    VariableCollector().visit(message)
    return found
