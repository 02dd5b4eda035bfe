"""The one error the profile code raises for an answer it cannot use."""

from __future__ import annotations


class ProfileInputError(ValueError):
    """An answer that cannot be used, with a ``code`` and ``params`` for the reply.

    Handlers turn it into ``t(f"ob-error-{code}", **params)``; params are plain numbers,
    strings, dates or :class:`~bot.coach.profile.parsing.PaceValue`, which the renderer
    formats for the athlete's language and units.
    """

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}" if params else code)
        self.code = code
        self.params = params
