"""The optional LLM note in the morning brief: two sentences a coach would write from the
same facts the brief shows.

Without an API key there is no note (:class:`NoNotes`) and nothing touches the network.
With one, :class:`AnthropicNoteWriter` asks the Messages API once per distinct set of
facts, through the coach's own client (:class:`~bot.coach.agent.client.MessagesClient`),
and the answer passes the coach's grounding check: a note may state no number the facts
do not hold ("Your FTP is 347 W" for a runner with no FTP is refused; the model gets one
retry naming the numbers, then the brief goes without a note). Every call's usage and
cost (the coach's price table) is recorded in ``ai_usage`` as the shared ``brief_note``
purpose. The answer is cached in ``ai_outputs`` under sha256(purpose, model, prompt
version, facts), so a retried delivery, or another athlete with the same day, costs no
call (briefs composed at the same moment share one call in flight). One budget (10 s by
default) bounds the call; on a timeout, an API error, or an empty or over-long answer the
note is left out, a warning is logged, and the brief goes out on time without it.

The cache is read and written in the caller's session (the sender's composition
transaction, which commits as soon as the brief is composed): the insert comes after
the answer, so asking never takes SQLite's write lock while it waits on the network. A
transaction of its own would be worse: when the caller has already written (composing
may bring a stale plan up to date), it would wait for the write gate its own caller
holds. That same case is the one where the caller's lock is held through the call, for
at most the budget.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.coach.agent.client import MessagesClient, ModelFailure
from bot.coach.agent.grounding import known_from, ungrounded
from bot.coach.agent.pricing import PriceTable, TokenUsage
from bot.coach.agent.prompts import Prompt, load_prompt
from bot.coach.briefs.compose import LOW_CONFIDENCE, MAX_LINE, METRES_PER_MILE, usable_readiness
from bot.coach.briefs.model import BriefInputs, BriefSession
from bot.coach.briefs.reasons import main_reasons
from bot.coach.science.readiness import ReadinessStatus
from bot.config import DEFAULT_COACH_PRICES
from bot.domain.ai import AiOutput
from bot.domain.profiles import Units
from bot.storage.repositories import AiOutputRepository, CoachRepository

log = logging.getLogger(__name__)

PURPOSE = "brief_note"
PROMPT_NAME = "brief_note"
DEFAULT_BUDGET_S = 10.0
# Two sentences are some 60 tokens in English and twice that in Russian.
MAX_TOKENS = 300
MAX_SENTENCES = 2
# The prompt asks for 300 characters; an answer far past that did not follow it.
MAX_NOTE_CHARS = 400
# Answers kept in memory (see AnthropicNoteWriter.write_once); a few kB each at most.
RECENT_ANSWERS = 256
# Plan text can be long (a swim set of 400 lines); the model needs the gist.
MAX_TARGET_LINES = 6
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class BriefNotes(Protocol):
    async def note(self, inputs: BriefInputs, language: str) -> str | None:
        """A short personal note for this brief, as plain text; None to go without."""
        ...


BriefNotesFactory = Callable[[AsyncSession], BriefNotes]
"""Notes for one composition, in that composition's session (the cache lives there)."""


class NoNotes:
    """No LLM key: the brief has no note, and no request is ever made."""

    async def note(self, inputs: BriefInputs, language: str) -> str | None:
        return None


def no_notes(_session: AsyncSession) -> BriefNotes:
    return NoNotes()


# -- the facts ---------------------------------------------------------------------------


def note_facts(inputs: BriefInputs, language: str) -> dict[str, Any]:
    """What the brief shows, as plain data: the verdict with its main reasons, today's
    sessions, the adjusted day, the check-in state, the day and the language. The first
    name is left out (the brief greets the athlete; the note need not), so athletes with
    the same day share one cached note."""
    readiness = usable_readiness(inputs.readiness)
    verdict: dict[str, Any] | None = None
    if readiness is not None:
        verdict = {
            "status": readiness.status.value if readiness.status else None,
            "score": round(readiness.score) if readiness.score is not None else None,
            "red_flags": list(readiness.red_flags),
            "low_confidence": readiness.confidence < LOW_CONFIDENCE,
            "reasons": [
                {"factor": r.factor, "effect": "worse" if r.worse else "better", **r.args}
                for r in main_reasons(readiness)
            ],
        }
    plan: str | dict[str, Any]
    if inputs.sessions is None:
        plan = "none"
    elif not inputs.sessions:
        plan = "rest"
    else:
        plan = {"sessions": [_session(s, inputs.units) for s in inputs.sessions]}
    return {
        "day": inputs.day.isoformat(),
        "weekday": WEEKDAYS[inputs.day.weekday()],
        "language": language,
        "readiness": verdict,
        "plan": plan,
        "adjusted": _adjusted(inputs, readiness.status if readiness else None),
        "checked_in": inputs.checked_in,
    }


def _adjusted(inputs: BriefInputs, status: ReadinessStatus | None) -> Any:
    """What the brief recommends instead, as ``compose`` decides it."""
    if not inputs.sessions or status not in (ReadinessStatus.AMBER, ReadinessStatus.RED):
        return None
    if status is ReadinessStatus.RED:
        return "rest"
    easier = [_session(s.easier, inputs.units) for s in inputs.sessions if s.easier]
    return {"sessions": easier} if easier else None


def _session(session: BriefSession, units: Units) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": _clip(" ".join(session.title.split())),
        "sport": session.sport,
        "minutes": round(session.duration_s / 60),
    }
    if session.distance_m:
        if units is Units.IMPERIAL:
            data["distance_mi"] = round(session.distance_m / METRES_PER_MILE, 1)
        else:
            data["distance_km"] = round(session.distance_m / 1000, 1)
    targets = [_clip(line.strip()) for line in session.targets.splitlines() if line.strip()]
    if targets:
        data["targets"] = targets[:MAX_TARGET_LINES]
    return data


def _clip(text: str) -> str:
    return text if len(text) <= MAX_LINE else text[: MAX_LINE - 1] + "…"


def canonical(facts: dict[str, Any]) -> str:
    """One spelling for one set of facts: what is hashed is exactly what is sent."""
    return json.dumps(facts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def cache_key(model: str, prompt: Prompt, facts: str) -> str:
    material = {"purpose": PURPOSE, "model": model, "prompt": prompt.version, "facts": facts}
    return hashlib.sha256(canonical(material).encode("utf-8")).hexdigest()


# -- the answer --------------------------------------------------------------------------

# Markdown the prompt forbids but a model may still use: emphasis, code, headings, bullets.
_EMPHASIS = re.compile(r"\*\*|__|~~|`")
_STARRED = re.compile(r"\*(\S[^*]*?)\*")
_LINE_MARK = re.compile(r"(?m)^\s*(?:#+|[-*•]|\d+[.)])\s+")
# A sentence ends at . ! ? or … (and any closing quote or bracket) before a space or the
# end; "8.2 h" is one sentence.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s|$)")
_QUOTES = "\"'«»“”„"


def clean_note(text: str, *, cut_short: bool = False) -> str | None:
    """The model's answer as the brief shows it: plain text on one line, at most two
    sentences; None when nothing usable is left or it is over-long. ``cut_short`` (the
    answer hit the token limit) drops an unfinished last sentence."""
    text = _LINE_MARK.sub("", text)
    text = _STARRED.sub(r"\1", _EMPHASIS.sub("", text))
    text = " ".join(text.split())
    if len(text) > 1 and text[0] in _QUOTES and text[-1] in _QUOTES:
        text = text[1:-1].strip()
    ends = [match.end() for match in _SENTENCE_END.finditer(text)]
    if len(ends) >= MAX_SENTENCES:
        text = text[: ends[MAX_SENTENCES - 1]]
    elif cut_short and (not ends or ends[-1] < len(text)):
        text = text[: ends[-1]] if ends else ""
    text = text.strip()
    if not text or len(text) > MAX_NOTE_CHARS:
        return None
    return text


# -- the writer --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WrittenNote:
    text: str
    input_tokens: int
    output_tokens: int
    calls: tuple[TokenUsage, ...] = ()  # every call's usage, the retry's too


RETRY_NOTE = (
    "Your note states {numbers}, which are not in the facts. Write it again using only "
    "numbers from the facts, or none."
)


class AnthropicNoteWriter:
    """Writes brief notes with the Anthropic Messages API; one per process (it holds the
    HTTP client). :meth:`in_session` is the :data:`BriefNotesFactory` to wire in."""

    def __init__(  # noqa: PLR0913 (the writer's settings)
        self,
        client: MessagesClient,
        model: str,
        clock: Clock,
        *,
        budget_s: float = DEFAULT_BUDGET_S,
        prompt: Prompt | None = None,
        prices: PriceTable | None = None,
        owns_client: bool = False,
    ) -> None:
        self._client = client
        self.model = model
        self._clock = clock
        self.budget_s = budget_s
        self.prompt = prompt or load_prompt(PROMPT_NAME)
        self.prices = prices or PriceTable(DEFAULT_COACH_PRICES)
        self._owns_client = owns_client
        self.violations = 0  # notes refused by the grounding check since start
        # Calls in flight and the last answers, by cache key, oldest first.
        self._answers: dict[str, asyncio.Task[WrittenNote | None]] = {}

    @classmethod
    def connect(
        cls,
        *,
        api_key: str,
        base_url: str | None,
        model: str,
        clock: Clock,
        budget_s: float = DEFAULT_BUDGET_S,
    ) -> AnthropicNoteWriter:
        """A writer with a client of its own (the composition root shares the coach's
        instead): the budget as the HTTP timeout too."""
        client = MessagesClient.connect(
            api_key=api_key, base_url=base_url, clock=clock, timeout_s=budget_s
        )
        return cls(client, model, clock, budget_s=budget_s, owns_client=True)

    def in_session(self, session: AsyncSession) -> BriefNotes:
        return CachedBriefNotes(
            self, AiOutputRepository(session), self._clock, CoachRepository(session)
        )

    def key(self, facts: str) -> str:
        return cache_key(self.model, self.prompt, facts)

    async def write_once(self, key: str, facts: str) -> WrittenNote | None:
        """:meth:`write`, shared by everyone asking for the same key in this process at
        about the same time. The sender composes up to 8 briefs at once, and athletes with
        the same day (new ones, above all) would otherwise each pay for the same answer
        before the first one's cache row is committed. The last few answers are kept for
        that window; a failed call is forgotten at once, so the next brief asks again."""
        task = self._answers.get(key)
        if task is None:
            task = asyncio.ensure_future(self.write(facts))
            self._answers[key] = task
            task.add_done_callback(lambda done: self._settled(key, done))
        # One waiter cancelled (a stopping sender) must not cancel the others' answer.
        return await asyncio.shield(task)

    def _settled(self, key: str, done: asyncio.Task[WrittenNote | None]) -> None:
        if self._answers.get(key) is not done:
            return
        if done.cancelled() or done.exception() is not None or done.result() is None:
            del self._answers[key]
            return
        for old in [k for k, task in self._answers.items() if task.done()]:
            if len(self._answers) <= RECENT_ANSWERS:
                break
            del self._answers[old]

    async def write(self, facts: str) -> WrittenNote | None:
        """Ask for a note on ``facts`` (canonical JSON) within the budget; None, with a
        warning logged, when there is no usable, grounded answer in time."""
        calls: list[TokenUsage] = []
        try:
            async with self._clock.timeout(self.budget_s):
                return await self._grounded(facts, calls)
        except TimeoutError:
            log.warning("brief note: no answer within %s s; sent without it", self.budget_s)
        except ModelFailure as failure:
            log.warning(
                "brief note: the API answered %s; sent without it",
                failure.detail or failure.kind.value,
            )
        return None

    async def _grounded(self, facts: str, calls: list[TokenUsage]) -> WrittenNote | None:
        known = known_from(json.loads(facts))
        messages: list[dict[str, Any]] = [{"role": "user", "content": facts}]
        for attempt in (1, 2):
            # No retry on errors: a retry cannot fit in the brief's budget.
            message = await self._client.create(
                model=self.model,
                max_tokens=MAX_TOKENS,
                system=self.prompt.text,
                messages=messages,
                retries=0,
            )
            calls.append(message.usage)
            text = message.text
            note = clean_note(text, cut_short=message.stop_reason == "max_tokens")
            if note is None:
                log.warning(
                    "brief note: unusable answer (%d characters, stop reason %s); sent without it",
                    len(text),
                    message.stop_reason,
                )
                return None
            bad = ungrounded(note, known)
            if not bad:
                total = sum(calls, TokenUsage())
                return WrittenNote(note, total.prompt, total.output, tuple(calls))
            self.violations += 1
            log.warning("brief note: ungrounded numbers %s (attempt %d)", bad, attempt)
            messages += [
                {"role": "assistant", "content": message.content},
                {"role": "user", "content": RETRY_NOTE.format(numbers=", ".join(bad))},
            ]
        return None

    async def close(self) -> None:
        if self._owns_client:
            await self._client.close()


class CachedBriefNotes:
    """:class:`BriefNotes` for one composition: the cache first, the API on a miss."""

    def __init__(
        self,
        writer: AnthropicNoteWriter,
        cache: AiOutputRepository,
        clock: Clock,
        usage: CoachRepository | None = None,
    ) -> None:
        self._writer = writer
        self._cache = cache
        self._clock = clock
        self._usage = usage

    async def note(self, inputs: BriefInputs, language: str) -> str | None:
        facts = canonical(note_facts(inputs, language))
        key = self._writer.key(facts)
        cached = await self._cache.get(key)
        if cached is not None:
            return cached.content
        written = await self._writer.write_once(key, facts)
        if written is None:
            return None
        stored = await self._cache.put(
            AiOutput(
                key=key,
                purpose=PURPOSE,
                model=self._writer.model,
                content=written.text,
                input_tokens=written.input_tokens,
                output_tokens=written.output_tokens,
                created_at=self._clock.now(),
            )
        )
        if stored and self._usage is not None:
            # Once per answer (briefs sharing a call in flight share its cost): shared
            # by everyone with the same facts, so it is no athlete's.
            for usage in written.calls:
                await self._usage.add_usage(
                    self._writer.prices.record(
                        self._writer.model,
                        usage,
                        athlete_id=None,
                        purpose=PURPOSE,
                        at=self._clock.now(),
                    )
                )
        return written.text
