"""Charts to PNG, off the event loop, cached by a hash of what they show.

matplotlib's pyplot is not thread-safe and holds global figures; charts use the
object-oriented API only (``Figure`` + ``FigureCanvasAgg``), and every render runs in one
worker thread of the renderer's own, so two figures are never drawn at once (font and text
caches are shared process state) and the event loop never waits on a render.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

from bot.coach.charts.draw import draw
from bot.coach.charts.specs import ChartSpec
from bot.coach.charts.style import png

CACHE_ENTRIES = 64  # ~64 x 100 kB: a few dozen athletes looking at charts at once


def spec_key(spec: ChartSpec) -> str:
    """The cache key: sha256 of the spec's repr (frozen dataclasses of numbers, dates and
    words: the same inputs always give the same text)."""
    return hashlib.sha256(repr(spec).encode("utf-8")).hexdigest()


def render_png(spec: ChartSpec) -> bytes:
    """Draw ``spec`` and encode it (synchronous: call it from a worker thread)."""
    figure = draw(spec)
    try:
        return png(figure)
    finally:
        figure.clear()


class ChartRenderer:
    """Renders charts in its own worker thread; keeps the last ``CACHE_ENTRIES`` PNGs.
    Built by the composition root, closed with the app."""

    def __init__(self, *, cache_entries: int = CACHE_ENTRIES) -> None:
        self._executor: ThreadPoolExecutor | None = None
        self._cache: OrderedDict[str, bytes] = OrderedDict()
        self._entries = cache_entries
        self.renders = 0  # charts actually drawn (not served from the cache)

    async def render(self, spec: ChartSpec) -> bytes:
        key = spec_key(spec)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="charts")
        loop = asyncio.get_running_loop()
        image = await loop.run_in_executor(self._executor, render_png, spec)
        self.renders += 1
        self._cache[key] = image
        while len(self._cache) > self._entries:
            self._cache.popitem(last=False)
        return image

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        self._cache.clear()
