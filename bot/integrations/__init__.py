"""Outbound HTTP clients for the services athletes sync with (intervals.icu, Strava).

One client per service on httpx2, with the service's backoff shared by every athlete's
calls, specific error types, and tokens that are only ever held encrypted at rest
(``secrets.py``). Nothing here knows the database, the coach or Telegram: the coach's
``IntegrationService`` drives these clients and stores what they return.
"""

from bot.integrations.errors import (
    AccessRevoked,
    IntegrationError,
    MalformedResponse,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServiceTimeout,
    ServiceUnavailable,
)
from bot.integrations.secrets import SecretCipher, SecretDecryptError

__all__ = [
    "AccessRevoked",
    "IntegrationError",
    "MalformedResponse",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "SecretCipher",
    "SecretDecryptError",
    "ServiceTimeout",
    "ServiceUnavailable",
]
