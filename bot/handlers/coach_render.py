"""The coach's text in Telegram: the model's plain text rendered to Telegram-safe HTML by
our code, and any answer split under Telegram's 4,096 characters.

Everything the model wrote is escaped; only a tiny subset is turned into markup:
``**bold**`` (on one line) becomes ``<b>``, and list lines (``-``, ``*``, ``•``, ``1.``)
become "• " lines. Headings lose their ``#``, code fences and backticks are dropped, and
HTML the model wrote shows as text. ``<untrusted>`` fences that a model might echo are
removed with their markers (their content shown as plain text).
"""

from __future__ import annotations

import html
import re

MAX_MESSAGE = 4096
_BOLD = re.compile(r"\*\*([^*\n]{1,200}?)\*\*")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_FENCE = re.compile(r"^\s*```.*$", re.MULTILINE)
_UNTRUSTED = re.compile(r"</?untrusted>")


def render_model_text(text: str) -> str:
    """The model's answer as Telegram HTML: escaped, with bold and bullets."""
    text = _UNTRUSTED.sub("", _FENCE.sub("", text)).replace("`", "")
    lines = []
    for raw in text.strip().splitlines():
        line = _HEADING.sub("", raw.rstrip())
        bullet = _BULLET.match(line)
        if bullet:
            line = line[bullet.end() :]
        escaped = _BOLD.sub(r"<b>\1</b>", html.escape(line, quote=False))
        lines.append(f"• {escaped}" if bullet else escaped)
    rendered = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", rendered)


def split_message(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """``text`` in parts of at most ``limit`` characters, cut at paragraph boundaries,
    else at line ends, else (a single enormous line) at a space with its tags dropped."""
    parts: list[str] = []
    current = ""
    for paragraph in text.split("\n\n"):
        for piece in _fit(paragraph, limit):
            candidate = f"{current}\n\n{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                parts.append(current)
                current = piece
    if current:
        parts.append(current)
    return parts or [""]


def _fit(paragraph: str, limit: int) -> list[str]:
    if len(paragraph) <= limit:
        return [paragraph]
    pieces: list[str] = []
    current = ""
    for line in paragraph.split("\n"):
        for chunk in _cut_line(line, limit):
            candidate = f"{current}\n{chunk}" if current else chunk
            if len(candidate) <= limit:
                current = candidate
            else:
                pieces.append(current)
                current = chunk
    if current:
        pieces.append(current)
    return pieces


def _cut_line(line: str, limit: int) -> list[str]:
    if len(line) <= limit:
        return [line]
    plain = re.sub(r"</?b>", "", line)  # a cut must not leave a tag open
    chunks = []
    while len(plain) > limit:
        cut = plain.rfind(" ", 0, limit)
        cut = cut if cut > limit // 2 else limit
        # Never cut inside an entity such as &amp;.
        amp = plain.rfind("&", 0, cut)
        if amp != -1 and ";" not in plain[amp:cut]:
            cut = amp
        chunks.append(plain[:cut].rstrip())
        plain = plain[cut:].lstrip()
    chunks.append(plain)
    return chunks
