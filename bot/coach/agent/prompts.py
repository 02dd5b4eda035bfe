"""The one prompt loader: prompt texts live in ``prompts/*.md`` at the repository root.

A prompt's version is a digest of its text, so editing a prompt is enough to change every
cache key built on it (see ``bot.coach.briefs.note``): no number to remember to bump.
The text is sent first and unchanged, so the stable prefix of a request stays the same.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

PROMPTS_DIR = Path(__file__).resolve().parents[3] / "prompts"


@dataclass(frozen=True, slots=True)
class Prompt:
    name: str
    text: str

    @property
    def version(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]


def load_prompt(name: str, directory: Path = PROMPTS_DIR) -> Prompt:
    """``prompts/<name>.md``, trailing whitespace dropped; raises FileNotFoundError with
    the path when it is missing (a packaging mistake, found at start-up)."""
    path = directory / f"{name}.md"
    return Prompt(name=name, text=path.read_text(encoding="utf-8").strip())
