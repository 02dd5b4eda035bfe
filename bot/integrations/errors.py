"""What can go wrong talking to a service, one type per case the athlete is told about.

Every message names the service, the request's method and path (never its query, which
can carry a token) and the status: never a key, a token or a response body.
``code`` names the catalog message (``sync-error-<code>``).
"""

from __future__ import annotations


class IntegrationError(Exception):
    code = "failed"

    def __init__(self, service: str, what: str) -> None:
        super().__init__(f"{service}: {what}")
        self.service = service


class AccessRevoked(IntegrationError):
    """401: the key or token is wrong, expired beyond refresh, or was revoked."""

    code = "revoked"


class PermissionDenied(IntegrationError):
    """403: the token is valid but may not do this (a scope the athlete did not grant)."""

    code = "forbidden"


class NotFound(IntegrationError):
    code = "not_found"


class RateLimited(IntegrationError):
    """429, or the service's shared backoff still running: try again after ``retry_after``."""

    code = "rate_limited"

    def __init__(self, service: str, what: str, retry_after: float) -> None:
        super().__init__(service, f"{what} (retry in {retry_after:.0f} s)")
        self.retry_after = retry_after


class ServiceUnavailable(IntegrationError):
    """5xx, or the connection failed: the service is down for now."""

    code = "unavailable"


class ServiceTimeout(IntegrationError):
    code = "timeout"


class MalformedResponse(IntegrationError):
    """The service answered 2xx with a body we cannot read (not JSON, wrong shape)."""

    code = "malformed"
