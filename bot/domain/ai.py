"""What an LLM wrote, as the AI output cache keeps it (``ai_outputs``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class AiOutput:
    """One answer, keyed by a hash of everything the model was given.

    ``key`` is a sha256 hex digest (the caller decides what goes into it: purpose, model,
    prompt version and the facts), ``purpose`` names the feature (``"brief_note"``), and
    the token counts are the API's usage for the call that produced ``content``.
    """

    key: str
    purpose: str
    model: str
    content: str
    input_tokens: int
    output_tokens: int
    created_at: datetime
