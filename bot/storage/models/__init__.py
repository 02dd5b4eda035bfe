"""ORM models, one module per feature. Only the storage layer uses them; repositories
hand out plain records from ``bot.domain``.

The schema changes only through Alembic migrations in ``bot/storage/migrations``; a new
table module must be imported here so the migration tests see it in ``Base.metadata``.
"""

from bot.storage.models.activities import ActivityFileChunkRow, ActivityFileRow, ActivityRow
from bot.storage.models.ai import AiOutputRow
from bot.storage.models.athletes import AthleteRow
from bot.storage.models.base import NAMING_CONVENTION, Base
from bot.storage.models.coach import (
    AiUsageRow,
    AthleteNoteRow,
    CoachSummaryRow,
    CoachToolCallRow,
    CoachTurnRow,
    HealthFlagRow,
)
from bot.storage.models.coach_digest import CoachDigestPreferenceRow
from bot.storage.models.deliveries import BriefPreferenceRow, DeliveryRow
from bot.storage.models.dialogs import DialogStateRow
from bot.storage.models.erasures import ErasureRow
from bot.storage.models.groups import (  # issue 21: group chats
    GroupLeaverRow,
    GroupPollRow,
    GroupPollVoteRow,
    GroupRollCallRow,
    GroupTierRow,
    TeamGroupRow,
)
from bot.storage.models.integrations import (
    IntegrationRow,
    PlannedExportRow,
    SyncRunRow,
    WebhookEventRow,
)
from bot.storage.models.plan_changes import (
    AthleteConstraintRow,
    PendingProposalRow,
    PlanChangeRow,
)
from bot.storage.models.plans import PlanRow, PlanSessionRow, PlanWeekRow
from bot.storage.models.profiles import AthleteProfileRow, GoalRow, ThresholdRow
from bot.storage.models.reviews import WeeklyReviewRow
from bot.storage.models.squads import SquadInvitationRow, SquadMembershipRow, SquadRow
from bot.storage.models.wellness import WellnessDayRow
from bot.storage.models.zone_overrides import ZoneOverrideRow

__all__ = [
    "NAMING_CONVENTION",
    "ActivityFileChunkRow",
    "AiOutputRow",
    "AiUsageRow",
    "AthleteNoteRow",
    "CoachSummaryRow",
    "CoachToolCallRow",
    "CoachTurnRow",
    "HealthFlagRow",
    "ActivityFileRow",
    "ActivityRow",
    "AthleteConstraintRow",
    "AthleteProfileRow",
    "AthleteRow",
    "Base",
    "BriefPreferenceRow",
    "DeliveryRow",
    "DialogStateRow",
    "ErasureRow",
    "GoalRow",
    "PendingProposalRow",
    "PlanChangeRow",
    "IntegrationRow",
    "PlannedExportRow",
    "SyncRunRow",
    "WebhookEventRow",
    "PlanRow",
    "PlanSessionRow",
    "PlanWeekRow",
    "SquadInvitationRow",
    "SquadMembershipRow",
    "SquadRow",
    "ThresholdRow",
    "WeeklyReviewRow",
    "WellnessDayRow",
    "GroupLeaverRow",
    "GroupPollRow",
    "GroupPollVoteRow",
    "GroupRollCallRow",
    "GroupTierRow",
    "TeamGroupRow",
    "CoachDigestPreferenceRow",
    "ZoneOverrideRow",
]
