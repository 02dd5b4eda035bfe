"""Uploads within bounds, in pure code: the parse gate, the bounded download buffer,
captions and the day as the untimed-track question names it."""

from __future__ import annotations

import asyncio
import threading
from datetime import date

import pytest

from bot.coach.ingest.quicklog import Caption, parse_caption
from bot.coach.services.activities import ParseGate
from bot.handlers.activities import BoundedBuffer, DownloadError, _day_text
from bot.i18n import Catalogs
from tests.unit.ingest.synthetic import Leg, activity_fit


async def test_the_parse_gate_runs_at_most_its_limit_at_once() -> None:
    gate = ParseGate(limit=2)
    running = most = 0
    lock = threading.Lock()
    release, two_in = threading.Event(), threading.Event()

    def watched(name: str, payload: bytes) -> str:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
            if running == 2:
                two_in.set()
        release.wait(5)
        with lock:
            running -= 1
        return name

    tasks = [asyncio.create_task(gate.run(watched, f"{n}.fit", b"")) for n in range(5)]
    assert await asyncio.to_thread(two_in.wait, 5)
    for _ in range(20):  # let the others try to get in
        await asyncio.sleep(0)
    assert running == 2
    release.set()
    assert await asyncio.gather(*tasks) == [f"{n}.fit" for n in range(5)]
    assert most == 2
    upload = await gate.parse("run.fit", activity_fit([Leg("running", 60, 3.0)]))
    assert upload.activities[0].streams.length == 60


def test_the_download_buffer_refuses_to_grow_past_its_limit() -> None:
    buffer = BoundedBuffer(10)
    buffer.write(b"12345")
    buffer.write(b"67890")
    with pytest.raises(DownloadError) as caught:
        buffer.write(b"x")
    assert caught.value.reason == "too_big"
    assert buffer.getvalue() == b"1234567890"


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("felt great, rpe 7", Caption(7, "felt great")),
        ("RPE: 8 — legs heavy", Caption(8, "legs heavy")),
        ("усилие 6, тяжело", Caption(6, "тяжело")),
        ("7/10", Caption(7, None)),
        ("rpe 12 lol", Caption(None, "rpe 12 lol")),
        ("easy spin", Caption(None, "easy spin")),
        ("", Caption(None, None)),
        (None, Caption(None, None)),
    ],
)
def test_a_caption_is_read(text: str | None, caption: Caption) -> None:
    assert parse_caption(text) == caption


@pytest.mark.parametrize(
    ("language", "text"), [("en", "Friday, 4 December"), ("ru", "пятница, 4 декабря")]
)
def test_the_untimed_question_names_the_day_as_babel_does(language: str, text: str) -> None:
    t = Catalogs.load().translator(language)
    assert _day_text(t, date(2026, 12, 4)) == text
