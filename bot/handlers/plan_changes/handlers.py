"""The change buttons, the proposal card's buttons and /undo. Thin: read the tap, call
``PlanChangeService`` (or ``PlanService`` for a picker), render with ``render``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime

from aiogram import Bot
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.coach.planning.changes import (
    Author,
    MakeEasier,
    MoveSession,
    Operation,
    ShortenSession,
    SkipSession,
    SwapDays,
)
from bot.coach.services import Services
from bot.coach.services.plan_changes import ApplyStatus, ProposalView, UndoResult, UndoStatus
from bot.coach.services.plans import PlanUnavailableError, SessionGoneError
from bot.domain.athletes import Athlete
from bot.handlers.plan import render as plan_render
from bot.handlers.plan.texts import PlanWords
from bot.handlers.plan_changes import render
from bot.handlers.plan_changes.callbacks import Act, ChangeButton
from bot.i18n import Html, Translator
from bot.telegram.editing import replace_text


class _Tap:
    """One tap on a change button, with what every step needs."""

    def __init__(
        self,
        query: CallbackQuery,
        data: ChangeButton,
        *,
        services: Services,
        athlete: Athlete,
        t: Translator,
        bot: Bot,
    ) -> None:
        self.query, self.data, self.services = query, data, services
        self.athlete, self.t, self.bot = athlete, t, bot
        message = query.message
        self.chat_id = message.chat.id if message is not None else query.from_user.id
        self.answered = False

    async def answer(self, text: str | None = None, *, alert: bool = False) -> None:
        """Answer the callback query (once; handlers answer last, after the effect)."""
        if not self.answered:
            self.answered = True
            await self.query.answer(text, show_alert=alert)

    async def show(self, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
        await replace_text(self.query, self.bot, text, markup)

    async def card(self, view: ProposalView) -> None:
        await self.show(render.card_text(self.t, view), render.card_markup(self.t, view))


def _day(code: str) -> date:
    return datetime.strptime(code, "%Y%m%d").date()  # noqa: DTZ007 - a calendar day


async def _picker(tap: _Tap) -> None:
    context = await tap.services.plans.context(tap.athlete)
    act, t = tap.data.act, tap.t
    if act is Act.SWAP:
        day = _day(tap.data.ref)
        days = render.pick_days(context.today, context.plan.end, day)
        days = await tap.services.plan_changes.swap_days(tap.athlete, day, days)
        await tap.show(*render.swap_picker(t, day, days, context.plan.id))
        return
    item = await tap.services.plans.session(tap.athlete, int(tap.data.ref))
    if act is Act.MOVE:
        days = render.pick_days(context.today, context.plan.end, item.session.date)
        days = await tap.services.plan_changes.move_days(tap.athlete, item.session.id, days)
        await tap.show(*render.move_picker(t, item, days, context.plan.id))
    else:
        await tap.show(*render.shorten_picker(t, item, context.plan.id))


async def _operation(tap: _Tap) -> Operation:
    data = tap.data
    if data.act is Act.SWAP_WITH:
        return SwapDays(_day(data.ref), _day(data.arg))
    key = (await tap.services.plans.session(tap.athlete, int(data.ref))).session.id
    if data.act is Act.MOVE_TO:
        return MoveSession(key, _day(data.arg))
    if data.act is Act.SHORTEN_TO:
        return ShortenSession(key, int(data.arg))
    return MakeEasier(key) if data.act is Act.EASIER else SkipSession(key)


async def _propose(tap: _Tap) -> None:
    op = await _operation(tap)
    view = await tap.services.plan_changes.propose(
        tap.athlete, tap.chat_id, [op], author=Author.ATHLETE, request_text=""
    )
    await tap.card(view)


async def _apply(tap: _Tap) -> None:
    result = await tap.services.plan_changes.apply(tap.athlete, tap.chat_id, tap.data.ref)
    t = tap.t
    if result.status is ApplyStatus.APPLIED:
        assert result.view is not None and result.change_id is not None
        await tap.show(
            render.applied_text(t, result.view), render.undo_markup(t, result.change_id)
        )
    elif result.status is ApplyStatus.REFUSED and result.view is not None:
        await tap.card(result.view)
    elif result.status in (ApplyStatus.STALE, ApplyStatus.EXPIRED):
        text = t("change-stale" if result.status is ApplyStatus.STALE else "change-expired")
        await tap.show(text, render.recompute_markup(t, tap.data.ref))
    else:
        key = "change-already-applied" if result.status is ApplyStatus.ALREADY_APPLIED else None
        await tap.answer(t(key or "change-gone"), alert=key is None)


async def _recompute(tap: _Tap) -> None:
    view = await tap.services.plan_changes.recompute(tap.athlete, tap.chat_id, tap.data.ref)
    if view is None:
        await tap.answer(tap.t("change-gone"), alert=True)
        return
    await tap.card(view)


async def _discard(tap: _Tap) -> None:
    if not await tap.services.plan_changes.discard(tap.chat_id, tap.data.ref):
        await tap.answer(tap.t("change-gone"), alert=True)
        return
    await tap.show(tap.t("change-something-else" if tap.data.arg else "change-discarded"))


async def _choose(tap: _Tap) -> None:
    view = await tap.services.plan_changes.answer(
        tap.athlete, tap.chat_id, tap.data.ref, int(tap.data.arg or -1)
    )
    if view is None:
        await tap.answer(tap.t("change-gone"), alert=True)
        return
    await tap.card(view)


def undo_reply(t: Translator, result: UndoResult) -> str:
    if result.status is UndoStatus.UNDONE and result.view is not None:
        return render.applied_text(t, result.view, undone=True)
    if result.status is UndoStatus.REFUSED and result.view and result.view.proposal.refusal:
        w = PlanWords(t, result.view.base.units)
        reason = Html(render.refusal_text(w, result.view.proposal.refusal))
        return t("change-undo-refused", reason=reason)
    return t(f"change-undo-{result.status.value.replace('_', '-')}")


async def _undo(tap: _Tap) -> None:
    result = await tap.services.plan_changes.undo(tap.athlete, int(tap.data.ref))
    if result.status is UndoStatus.UNDONE:
        await tap.show(undo_reply(tap.t, result))
        return
    if result.status is UndoStatus.REFUSED:
        # The change stays, and so does its card: the reason comes as a message of its own.
        await tap.bot.send_message(tap.chat_id, undo_reply(tap.t, result))
        return
    # A stale Undo (undone already by /undo, or not the latest change): a toast, and the
    # card keeps what it shows (QA: it was replaced by "There's no change to undo").
    await tap.answer(undo_reply(tap.t, result), alert=True)


_STEPS: dict[Act, Callable[[_Tap], Awaitable[None]]] = {
    Act.MOVE: _picker,
    Act.SHORTEN: _picker,
    Act.SWAP: _picker,
    Act.MOVE_TO: _propose,
    Act.SHORTEN_TO: _propose,
    Act.SWAP_WITH: _propose,
    Act.EASIER: _propose,
    Act.SKIP: _propose,
    Act.APPLY: _apply,
    Act.RECOMPUTE: _recompute,
    Act.DISCARD: _discard,
    Act.CHOOSE: _choose,
    Act.UNDO: _undo,
}


async def on_change_button(
    query: CallbackQuery,
    *,
    callback_data: ChangeButton,
    services: Services,
    athlete: Athlete,
    t: Translator,
    bot: Bot,
) -> None:
    tap = _Tap(query, callback_data, services=services, athlete=athlete, t=t, bot=bot)
    try:
        await _STEPS[callback_data.act](tap)
    except PlanUnavailableError as error:
        await tap.answer(plan_render.problem_text(t, error), alert=True)
    except (SessionGoneError, ValueError):
        await tap.answer(t("plan-session-gone"), alert=True)
    await tap.answer()


async def cmd_undo(message: Message, services: Services, athlete: Athlete, t: Translator) -> None:
    try:
        result = await services.plan_changes.undo(athlete)
    except PlanUnavailableError as error:
        await message.answer(plan_render.problem_text(t, error))
        return
    await message.answer(undo_reply(t, result))
