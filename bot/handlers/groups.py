"""The team's group chat: the bot added (``my_chat_member``), removed, promoted; the
coach linking the group to a squad in one tap (or by the ``?startgroup=g<squad>`` link
from /squad); a group upgraded to a supergroup; the pinned team board; and, in the
private chat, /groupprivacy (what the group may see of the athlete). Under privacy mode
commands arrive as ``/cmd@bot``; aiogram's Command filter checks the bot's name."""

from __future__ import annotations

from contextlib import suppress

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.filters import (
    JOIN_TRANSITION,
    LEAVE_TRANSITION,
    PROMOTED_TRANSITION,
    ChatMemberUpdatedFilter,
    Command,
    CommandObject,
)
from aiogram.types import (
    CallbackQuery,
    ChatMemberUpdated,
    Message,
    PollAnswer,
    ReplyParameters,
)
from aiogram.utils.deep_linking import create_start_link

from bot.coach.services import Services
from bot.coach.services.group_schedule import WhenUnreadable, looks_scheduled
from bot.coach.services.squads import SquadError
from bot.domain.athletes import Athlete
from bot.domain.groups import POLL_OPTIONS, GroupTier, PollKind
from bot.handlers.group_ai import addressed, on_addressed, private_chat_button, to_asker_alone
from bot.handlers.groups_render import (
    GroupTap,
    board_row,
    board_text,
    join_markup,
    link_offer_markup,
    roll_call_when,
    roll_calls_markup,
    tier_markup,
    tier_text,
)
from bot.handlers.squads import sharing_screen
from bot.i18n import Translator
from bot.telegram.commands import GROUP_ADMIN_MENU, GROUP_MENU, MENU
from bot.telegram.filters import GROUP_CHAT, PRIVATE_CHAT, on

LINK_ARGS = F.args.regexp(r"^g\d{1,10}$")


# "/rollcall@bot thu 18:00 …" schedules rather than asks now.
async def on_bot_added(
    event: ChatMemberUpdated, bot: Bot, services: Services, athlete: Athlete, t: Translator
) -> None:
    """Added by hand or by the startgroup link: the coach gets one button per squad.
    Added back to a group still linked: it says so, and its board comes back to life."""
    group = await services.groups.bot_added(event.chat.id, event.chat.title or "")
    squad = await services.groups.squad_of(group)
    if squad is not None:
        await bot.send_message(event.chat.id, t("group-back", squad=squad.name))
        await publish_board(bot, services, event.chat.id, t)
        return
    squads = await services.groups.linkable(athlete)
    me = await bot.me()
    text = t(
        "group-added-coach" if squads else "group-added",
        title=event.chat.title or "",
        bot=me.username or "",
    )
    markup = link_offer_markup(t, squads) if squads else None
    await bot.send_message(event.chat.id, text, reply_markup=markup)


async def on_bot_removed(event: ChatMemberUpdated, services: Services) -> None:
    await services.groups.bot_removed(event.chat.id)


async def on_bot_promoted(
    event: ChatMemberUpdated, bot: Bot, services: Services, t: Translator
) -> None:
    """Now the bot may pin: a linked group gets its board pinned (the one it has,
    brought up to date, rather than a second board)."""
    group = await services.groups.group(event.chat.id)
    if group is None or group.squad_id is None:
        return
    if await publish_board(bot, services, event.chat.id, t):
        return  # sent now, and pinned with it
    if group.board_message_id is not None:
        with suppress(TelegramBadRequest, TelegramForbiddenError):
            await bot.pin_chat_message(
                event.chat.id, group.board_message_id, disable_notification=True
            )


async def on_migrated(message: Message, services: Services) -> None:
    assert message.migrate_to_chat_id is not None
    await services.groups.migrated(message.chat.id, message.migrate_to_chat_id)
    await services.group_schedule.moved(message.chat.id, message.migrate_to_chat_id)


async def on_members_changed(
    message: Message, bot: Bot, services: Services, t: Translator
) -> None:
    """Someone left (or came back to) the group's chat: the board follows at once."""
    groups = services.groups
    changed = False
    if message.left_chat_member is not None:
        changed = await groups.member_left(message.chat.id, message.left_chat_member.id)
    for member in message.new_chat_members or []:
        changed = await groups.member_joined(message.chat.id, member.id) or changed
    group = await groups.group(message.chat.id)
    if changed and group is not None and group.squad_id is not None:
        await publish_board(bot, services, message.chat.id, t)


async def cmd_link(
    message: Message,
    *,
    command: CommandObject,
    bot: Bot,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """``/link@bot`` offers the coach's squads; ``/start@bot g<id>`` (the startgroup
    link) links at once."""
    await services.groups.bot_added(message.chat.id, message.chat.title or "")
    args = command.args or ""
    if args.startswith("g") and args[1:].isdigit():
        try:
            await link_group(message, bot, services, athlete, t, squad_id=int(args[1:]))
        except SquadError:
            await message.answer(t("group-not-coach"))
        return
    squads = await services.groups.linkable(athlete)
    if not squads:
        await message.answer(t("group-no-squads"))
        return
    await message.answer(
        t("group-added-coach", title=message.chat.title or ""),
        reply_markup=link_offer_markup(t, squads),
    )


async def on_link_tap(
    query: CallbackQuery,
    *,
    callback_data: GroupTap,
    bot: Bot,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    if not isinstance(query.message, Message) or not callback_data.v.isdigit():
        await query.answer(t("stale-button"))
        return
    try:
        await link_group(query.message, bot, services, athlete, t, squad_id=int(callback_data.v))
    except SquadError:
        await query.answer(t("group-not-coach"), show_alert=True)
        return
    with suppress(TelegramBadRequest):
        await query.message.edit_reply_markup(reply_markup=None)
    await query.answer()


async def link_group(
    message: Message,
    bot: Bot,
    services: Services,
    athlete: Athlete,
    t: Translator,
    *,
    squad_id: int,
) -> None:
    thread = message.message_thread_id if message.is_topic_message else None
    squad, invitation = await services.groups.link(athlete, message.chat.id, squad_id, thread)
    link = await create_start_link(bot, invitation.token)
    await message.answer(t("group-linked", squad=squad.name))
    await message.answer(t("group-join", squad=squad.name), reply_markup=join_markup(t, link))
    await publish_board(bot, services, message.chat.id, t)


async def cmd_board(message: Message, bot: Bot, services: Services, t: Translator) -> None:
    group = await services.groups.group(message.chat.id)
    if group is None or group.squad_id is None:
        me = await bot.me()
        await message.answer(t("group-not-linked", bot=me.username or ""))
        return
    if await publish_board(bot, services, message.chat.id, t):
        return  # a new board message: the asker sees it arrive
    # Edited in place (or unchanged) far up the chat: without a word the command looks
    # ignored, so say where the board is, as a reply to it when in the same topic.
    thread = message.message_thread_id if message.is_topic_message else None
    reply = (
        ReplyParameters(message_id=group.board_message_id, allow_sending_without_reply=True)
        if group.board_message_id is not None and thread == group.thread_id
        else None
    )
    await message.answer(t("group-board-current"), reply_parameters=reply)


async def publish_board(bot: Bot, services: Services, chat_id: int, t: Translator) -> bool:
    """The group's one board message: edited in place when it exists (not re-sent),
    else sent and pinned. What each athlete shows comes from the gate, cut to their tier.
    True when a new board message was sent (none to edit, or it was gone)."""
    group = await services.groups.group(chat_id)
    squad = await services.groups.squad_of(group) if group is not None else None
    coach = await services.groups.coach_of(squad) if squad is not None else None
    if group is None or squad is None or coach is None:
        return False
    t = t.catalogs.translator(coach.language)  # the board speaks its coach's language
    today = services.wellness.today(coach)
    text = board_text(
        t,
        squad,
        await services.access.board(chat_id),
        today,
        await services.group_schedule.sessions(chat_id, today),
    )
    if group.board_message_id is not None:
        try:
            await bot.edit_message_text(text, chat_id=chat_id, message_id=group.board_message_id)
            return False
        except TelegramBadRequest as error:
            if "not modified" in error.message:
                return False
    sent = await bot.send_message(chat_id, text, message_thread_id=group.thread_id)
    await services.groups.set_board(chat_id, sent.message_id)
    try:
        await bot.pin_chat_message(chat_id, sent.message_id, disable_notification=True)
    except (TelegramBadRequest, TelegramForbiddenError):
        await bot.send_message(chat_id, t("group-pin-failed"), message_thread_id=group.thread_id)
    return True


async def cmd_me(
    message: Message, bot: Bot, services: Services, athlete: Athlete, t: Translator
) -> None:
    """The asker's own day, answered to them alone: an ephemeral message (Bot API 10.3),
    else a button that opens the private chat. Never a message the group can read."""
    line = await services.access.own_line(athlete)
    await to_asker_alone(
        message, bot, [t("group-me", line=board_row(t, line))], t, private_chat=None
    )


async def cmd_roll_call(
    message: Message,
    *,
    command: CommandObject,
    bot: Bot,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """``/rollcall@bot [question]`` (who is in) or ``/feeling@bot`` (how everyone feels):
    a non-anonymous poll from the squad's coach; its chat is kept for the answers.
    ``/rollcall@bot thu 18:00 [question]`` or ``/feeling@bot daily 07:00`` schedules it
    instead: sent through the outbox at the group's local time."""
    kind = PollKind.FEELING if command.command == "feeling" else PollKind.IN_OUT
    try:
        group = await services.groups.roll_call_group(athlete, message.chat.id)
    except SquadError as error:
        await message.answer(t(f"group-error-{error.code}"))
        return
    if looks_scheduled(command.args or ""):
        await schedule_roll_call(
            message, bot, services, athlete, t, kind=kind, text=command.args or ""
        )
        return
    question = (command.args or "").strip()[:300] or t(f"group-poll-{kind.value}-question")
    sent = await bot.send_poll(
        message.chat.id,
        question,
        [t(f"group-poll-{kind.value}-{n}") for n in range(POLL_OPTIONS[kind])],
        is_anonymous=False,
        message_thread_id=group.thread_id,
    )
    assert sent.poll is not None
    await services.groups.poll_sent(group, athlete, sent.poll.id, sent.message_id, kind)


async def schedule_roll_call(
    message: Message,
    bot: Bot,
    services: Services,
    athlete: Athlete,
    t: Translator,
    *,
    kind: PollKind,
    text: str,
) -> None:
    try:
        call = await services.group_schedule.schedule(athlete, message.chat.id, kind, text)
    except WhenUnreadable:
        await message.answer(t("group-schedule-unreadable"))
        return
    await message.answer(t("group-schedule-saved", when=roll_call_when(t, call)))
    if kind is PollKind.IN_OUT and call.weekday is not None:
        await publish_board(bot, services, message.chat.id, t)  # a session of the week


async def cmd_roll_calls(
    message: Message, services: Services, athlete: Athlete, t: Translator
) -> None:
    """``/rollcalls@bot``: the group's scheduled roll-calls, each with a cancel button."""
    try:
        calls = await services.group_schedule.roll_calls(athlete, message.chat.id)
    except SquadError as error:
        await message.answer(t(f"group-error-{error.code}"))
        return
    if not calls:
        await message.answer(t("group-schedule-none"))
        return
    await message.answer(
        t("group-schedule-list", lines="\n".join(roll_call_when(t, c) for c in calls)),
        reply_markup=roll_calls_markup(t, calls),
    )


async def on_cancel_tap(
    query: CallbackQuery,
    *,
    callback_data: GroupTap,
    bot: Bot,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    if not isinstance(query.message, Message) or not callback_data.v.isdigit():
        await query.answer(t("stale-button"))
        return
    chat_id = query.message.chat.id
    try:
        cancelled = await services.group_schedule.cancel(athlete, chat_id, int(callback_data.v))
        calls = await services.group_schedule.roll_calls(athlete, chat_id)
    except SquadError:
        await query.answer(t("group-not-coach"), show_alert=True)
        return
    with suppress(TelegramBadRequest):
        await query.message.edit_text(
            t("group-schedule-list", lines="\n".join(roll_call_when(t, c) for c in calls))
            if calls
            else t("group-schedule-none"),
            reply_markup=roll_calls_markup(t, calls) if calls else None,
        )
    if cancelled:
        await publish_board(bot, services, chat_id, t)
    await query.answer(t("group-schedule-cancelled") if cancelled else t("stale-button"))


async def cmd_ai(
    message: Message,
    *,
    command: CommandObject,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """``/ai@bot on|off``: the coach lets the AI coach answer in the group, or not."""
    choice = (command.args or "").strip().lower()
    if choice not in {"on", "off"}:
        await message.answer(t("group-ai-usage"))
        return
    try:
        await services.groups.set_ai(athlete, message.chat.id, enabled=choice == "on")
    except SquadError as error:
        await message.answer(t(f"group-error-{error.code}"))
        return
    await message.answer(t(f"group-ai-{choice}"))


async def on_poll_answer(answer: PollAnswer, services: Services, athlete: Athlete) -> None:
    """No chat comes with an answer: the stored poll says whose squad it belongs to."""
    await services.groups.vote(answer.poll_id, athlete, list(answer.option_ids))


async def cmd_results(
    message: Message, bot: Bot, services: Services, athlete: Athlete, t: Translator
) -> None:
    """Close the newest roll-call: who answered what to the coach alone, counts to the
    group."""
    try:
        results = await services.groups.close_roll_call(athlete, message.chat.id)
    except SquadError as error:
        await message.answer(t(f"group-error-{error.code}"))
        return
    poll = results.poll
    with suppress(TelegramBadRequest):
        await bot.stop_poll(message.chat.id, poll.message_id)
    options = [t(f"group-poll-{poll.kind.value}-{n}") for n in range(len(results.counts))]
    await bot.send_message(
        athlete.telegram_id,
        t(
            "group-results-coach",
            group=message.chat.title or "",
            lines="\n".join(
                f"{option}: {', '.join(names) or '—'}"
                for option, names in zip(options, results.names_by_option, strict=True)
            ),
        ),
    )
    await message.answer(
        t(
            "group-results-summary",
            lines="\n".join(
                f"{option}: {count}" for option, count in zip(options, results.counts, strict=True)
            ),
        )
    )


async def cmd_group_privacy(
    message: Message, services: Services, athlete: Athlete, t: Translator
) -> None:
    tier = await services.groups.tier(athlete)
    await message.answer(tier_text(t, tier), reply_markup=tier_markup(t, tier))


async def on_tier_tap(
    query: CallbackQuery,
    *,
    callback_data: GroupTap,
    bot: Bot,
    services: Services,
    athlete: Athlete,
    t: Translator,
) -> None:
    """The tier is the athlete's alone; every board of their squads follows at once."""
    try:
        tier = GroupTier(callback_data.v)
    except ValueError:
        await query.answer(t("stale-button"))
        return
    await services.groups.set_tier(athlete, tier)
    if isinstance(query.message, Message):
        text, markup = (
            await sharing_screen(services, athlete, t)
            if callback_data.a == "s"  # chosen on /sharing: that screen is redrawn
            else (tier_text(t, tier), tier_markup(t, tier))
        )
        with suppress(TelegramBadRequest):
            await query.message.edit_text(text, reply_markup=markup)
    for group in await services.groups.groups_of_athlete(athlete):
        await publish_board(bot, services, group.chat_id, t)
    await query.answer(t("group-tier-saved"))


# The private chat's commands that mean nothing in a group: each says where it works.
# /start, /help and /cancel answer in a group themselves (basics); /today, /week and
# /plan say it in the plan's words (plan router).
PRIVATE_ONLY = tuple(
    name for name in MENU if name not in {"start", "help", "cancel", "today", "week", "plan"}
)


async def cmd_help_in_group(message: Message, bot: Bot, t: Translator) -> None:
    """What works here, from the group menus' own descriptions, and how to ask the AI."""
    me = await bot.me()
    rows = [f"/{name} — {t(f'cmd-{name}')}" for name in GROUP_MENU]
    coach_rows = [
        f"/{name} — {t(f'cmd-{name}')}" for name in GROUP_ADMIN_MENU if name not in GROUP_MENU
    ]
    await message.answer(
        t(
            "group-help",
            bot=me.username or "",
            commands="\n".join(rows),
            coach_commands="\n".join(coach_rows),
        ),
        reply_markup=await private_chat_button(bot, t),
    )


async def cmd_private_in_group(
    message: Message, bot: Bot, t: Translator, command: CommandObject
) -> None:
    """A private command sent in the group: where it works, one tap away (never run here:
    a log, a check-in or a profile would put someone's own data in front of the team)."""
    await message.reply(
        t("group-command-private", command=command.command),
        reply_markup=await private_chat_button(bot, t),
    )


def build_router() -> Router:
    router = Router(name="groups")
    in_group = on(F.chat.type.in_({"group", "supergroup"}))
    router.my_chat_member.register(
        on_bot_added, ChatMemberUpdatedFilter(JOIN_TRANSITION), in_group
    )
    router.my_chat_member.register(
        on_bot_removed, ChatMemberUpdatedFilter(LEAVE_TRANSITION), in_group
    )
    router.my_chat_member.register(
        on_bot_promoted, ChatMemberUpdatedFilter(PROMOTED_TRANSITION), in_group
    )
    router.message.register(on_migrated, on(F.migrate_to_chat_id), GROUP_CHAT)
    router.message.register(
        on_members_changed, on(F.left_chat_member | F.new_chat_members), GROUP_CHAT
    )
    router.message.register(cmd_link, Command("link"), GROUP_CHAT)
    router.message.register(cmd_board, Command("board"), GROUP_CHAT)
    router.message.register(cmd_me, Command("me"), GROUP_CHAT)
    router.message.register(cmd_roll_call, Command("rollcall", "feeling"), GROUP_CHAT)
    router.message.register(cmd_results, Command("results"), GROUP_CHAT)
    router.message.register(cmd_roll_calls, Command("rollcalls"), GROUP_CHAT)
    router.callback_query.register(on_cancel_tap, GroupTap.filter(F.a == "c"))
    router.message.register(cmd_ai, Command("ai"), GROUP_CHAT)
    router.poll_answer.register(on_poll_answer)
    router.message.register(cmd_group_privacy, Command("groupprivacy"), PRIVATE_CHAT)
    router.callback_query.register(on_link_tap, GroupTap.filter(F.a == "l"))
    router.callback_query.register(on_tier_tap, GroupTap.filter(F.a.in_({"t", "s"})))
    router.message.register(cmd_private_in_group, Command(*PRIVATE_ONLY), GROUP_CHAT)
    # Last: a mention or a reply to the bot that no command above took.
    router.message.register(on_addressed, addressed, GROUP_CHAT)
    return router
