"""Words and buttons for squads: the invitation link, the offer an athlete sees, and
/sharing with a toggle per scope."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.coach.services.squads import InvitationOffer, Sharing
from bot.domain.athletes import Athlete
from bot.domain.squads import ALL_SCOPES, Invitation, Scope, Squad, ordered
from bot.i18n import Translator
from bot.i18n.dates import clock, long_date


class SquadTap(CallbackData, prefix="sq"):
    """``a``: ``ok`` / ``no`` (an invitation's token in ``v``), ``rv`` (revoke the
    invitation whose id is ``v``)."""

    a: str
    v: str


class SharingTap(CallbackData, prefix="sh"):
    """``a``: ``t`` toggles scope number ``s`` of membership ``m``; ``l`` leaves it."""

    a: str
    m: int
    s: int = 0


def local_moment(t: Translator, moment: datetime, timezone: str) -> str:
    """``moment`` on the reader's clock, in their language ("8 Dec 2026, 09:30")."""
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{long_date(local.date(), t.language)}, {clock(local, t.language)}"


def scope_list(t: Translator, scopes: frozenset[Scope], *, whose: str = "") -> str:
    """The scopes as the reader says them: the athlete's own ("your plan"), or, for the
    coach (``whose="their-"``), the athletes' ("their plan")."""
    return "\n".join(f"• {t(f'squad-scope-{whose}{scope.value}')}" for scope in ordered(scopes))


def invitation_text(
    t: Translator, coach: Athlete, squad: Squad, invitation: Invitation, link: str
) -> str:
    return t(
        "squad-invitation",
        squad=squad.name,
        link=link,
        expires=local_moment(t, invitation.expires_at, coach.timezone),
        uses=invitation.max_uses - invitation.uses,
        scopes=scope_list(t, invitation.scopes, whose="their-"),
    )


def invitation_markup(
    t: Translator, invitation: Invitation, group_link: str | None = None
) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t("squad-btn-revoke"), callback_data=SquadTap(a="rv", v=str(invitation.id))
    )
    if group_link is not None:  # issue 21: add Tempo to the team's group, linked at once
        builder.button(text=t("group-btn-add-to-group"), url=group_link)
        builder.adjust(1)
    return builder.as_markup()


def offer_text(t: Translator, offer: InvitationOffer) -> str:
    coach = offer.coach
    handle = f" (@{coach.username})" if coach.username else ""
    return t(
        "squad-offer",
        coach=coach.display_name + handle,
        squad=offer.squad.name,
        scopes=scope_list(t, offer.invitation.scopes),
    )


def answered_text(t: Translator, offer: InvitationOffer, *, accepted: bool) -> str:
    if not accepted:
        return t("squad-declined", squad=offer.squad.name)
    return t(
        "squad-joined",
        coach=offer.coach.display_name,
        squad=offer.squad.name,
        scopes=scope_list(t, offer.invitation.scopes),
    )


def offer_markup(t: Translator, token: str) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    builder.button(text=t("squad-btn-accept"), callback_data=SquadTap(a="ok", v=token))
    builder.button(text=t("squad-btn-decline"), callback_data=SquadTap(a="no", v=token))
    return builder.as_markup()


def sharing_text(t: Translator, shared: list[Sharing]) -> str:
    if not shared:
        return t("sharing-none")
    lines = [t("sharing-title")]
    for item in shared:
        lines.append(
            t(
                "sharing-coach",
                coach=item.coach.display_name,
                squad=item.squad.name,
                scopes=scope_list(t, item.membership.scopes) or t("sharing-nothing"),
            )
        )
    lines.append(t("sharing-strava"))  # Strava's terms (docs/decisions/0006)
    return "\n\n".join(lines)


def sharing_markup(t: Translator, shared: list[Sharing]) -> InlineKeyboardMarkup | None:
    if not shared:
        return None
    builder = InlineKeyboardBuilder()
    sizes = []
    for item in shared:
        for number, scope in enumerate(ALL_SCOPES):
            mark = "✅" if scope in item.membership.scopes else "▫️"
            builder.button(
                text=f"{mark} {t(f'squad-scope-short-{scope.value}')}",
                callback_data=SharingTap(a="t", m=item.membership.id, s=number),
            )
        builder.button(
            text=t("sharing-btn-leave", squad=item.squad.name[:24]),
            callback_data=SharingTap(a="l", m=item.membership.id),
        )
        sizes += [2, 2, 1, 1]
    builder.adjust(*sizes)
    return builder.as_markup()
