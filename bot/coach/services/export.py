"""/export: everything Tempo holds about an athlete, as zip files with a README.

Table-driven: ``PersonalDataRepository`` finds the athlete's rows in every table of the
schema (a table another feature adds is found too), and ``EXPORTERS`` says how a table
goes into the zip — which files, and which catalog line describes them in the README. A
table with no entry is exported as ``tables/<name>.json`` with a generic line, so
nothing is ever left out; to give a new table friendlier files, add one entry.

Files are split into several zips when they would pass ``PART_LIMIT`` (Telegram bots may
upload 50 MB per file). Zipping runs in a worker thread.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.domain.athletes import Athlete
from bot.i18n import Translator
from bot.storage.repositories import PersonalDataRepository
from bot.storage.repositories.personal_data import personal_tables

# Under Telegram's 50 MB upload limit with room for the zip's own headers.
PART_LIMIT = 45 * 1024 * 1024
Rows = list[dict[str, Any]]
Tables = Mapping[str, Rows]


@dataclass(frozen=True, slots=True)
class ExportedFile:
    path: str
    content: bytes


@dataclass(frozen=True, slots=True)
class TableExport:
    """How one table's rows become files. ``files`` gets the table's rows and every
    table's rows (to name original files, say); ``readme`` is the catalog key of the
    README line, given ``files`` (the paths, comma-separated)."""

    files: Callable[[Rows, Tables], list[ExportedFile]]
    readme: str


@dataclass(frozen=True, slots=True)
class ExportPart:
    file_name: str
    content: bytes


# -- file makers --------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return None  # raw bytes go out as files of their own (original uploads)
    return value


def _json(rows: Rows) -> bytes:
    plain = [{key: _plain(value) for key, value in row.items()} for row in rows]
    return json.dumps(plain, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def _csv(rows: Rows) -> bytes:
    buffer = io.StringIO()
    columns = list(rows[0]) if rows else []
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                key: json.dumps(_plain(value), ensure_ascii=False)
                if isinstance(value, dict | list)
                else _plain(value)
                for key, value in row.items()
            }
        )
    return buffer.getvalue().encode("utf-8")


def as_json(path: str) -> Callable[[Rows, Tables], list[ExportedFile]]:
    return lambda rows, _: [ExportedFile(path, _json(rows))] if rows else []


def as_csv_and_json(stem: str) -> Callable[[Rows, Tables], list[ExportedFile]]:
    def files(rows: Rows, _: Tables) -> list[ExportedFile]:
        if not rows:
            return []
        return [ExportedFile(f"{stem}.csv", _csv(rows)), ExportedFile(f"{stem}.json", _json(rows))]

    return files


def original_files(rows: Rows, tables: Tables) -> list[ExportedFile]:
    """The uploads as they came, reassembled from their chunks."""
    names = {row["id"]: str(row["file_name"]) for row in tables.get("activity_files", [])}
    chunks: dict[int, list[tuple[int, bytes]]] = {}
    for row in rows:
        chunks.setdefault(row["file_id"], []).append((row["seq"], row["data"]))
    return [
        ExportedFile(
            f"activities/originals/{file_id}-{names.get(file_id, 'activity')}",
            b"".join(data for _, data in sorted(parts)),
        )
        for file_id, parts in sorted(chunks.items())
    ]


def nothing(rows: Rows, tables: Tables) -> list[ExportedFile]:
    return []


EXPORTERS: dict[str, TableExport] = {
    "athletes": TableExport(as_json("profile/account.json"), "export-readme-account"),
    "athlete_profiles": TableExport(as_json("profile/profile.json"), "export-readme-profile"),
    "goals": TableExport(as_json("profile/goals.json"), "export-readme-goals"),
    "thresholds": TableExport(as_csv_and_json("profile/thresholds"), "export-readme-thresholds"),
    "plans": TableExport(as_json("plans/plans.json"), "export-readme-plans"),
    "plan_weeks": TableExport(as_csv_and_json("plans/weeks"), "export-readme-weeks"),
    "plan_sessions": TableExport(as_csv_and_json("plans/sessions"), "export-readme-sessions"),
    "activities": TableExport(
        as_csv_and_json("activities/activities"), "export-readme-activities"
    ),
    "activity_files": TableExport(as_json("activities/files.json"), "export-readme-files"),
    "activity_file_chunks": TableExport(original_files, "export-readme-originals"),
    "wellness_days": TableExport(as_csv_and_json("wellness/check-ins"), "export-readme-wellness"),
    "brief_preferences": TableExport(as_json("settings/pushes.json"), "export-readme-pushes"),
    "deliveries": TableExport(as_json("messages/pushes-sent.json"), "export-readme-deliveries"),
    "weekly_reviews": TableExport(as_json("plans/weekly-reviews.json"), "export-readme-reviews"),
    "dialog_states": TableExport(as_json("settings/open-dialogs.json"), "export-readme-dialogs"),
}
GENERIC_README = "export-readme-table"


class ExportService:
    """Builds an athlete's export; one session per update."""

    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self._data = PersonalDataRepository(session)
        self._clock = clock

    async def export(
        self, athlete: Athlete, t: Translator, *, part_limit: int = PART_LIMIT
    ) -> list[ExportPart]:
        """The zip file(s), each under ``part_limit`` bytes where the files allow it;
        the README is in the first."""
        tables: dict[str, Rows] = {}
        for table in personal_tables():
            tables[table.name] = await self._data.rows(table, athlete.id, athlete.telegram_id)
        files: list[ExportedFile] = []
        readme: list[str] = [t("export-readme-title", day=self._clock.now().date().isoformat())]
        for name, rows in tables.items():
            exporter = EXPORTERS.get(name)
            made = (
                exporter.files(rows, tables)
                if exporter
                else as_json(f"tables/{name}.json")(rows, tables)
            )
            if not made:
                continue
            files.extend(made)
            paths = ", ".join(f.path for f in made[:3]) + (" …" if len(made) > 3 else "")
            key = exporter.readme if exporter else GENERIC_README
            readme.append(t(key, files=paths, table=name, count=len(rows)))
        readme.append(t("export-readme-ai"))
        readme.append(t("export-readme-consents"))
        text = "\n\n".join(readme).replace("<b>", "").replace("</b>", "") + "\n"
        files.insert(0, ExportedFile("README.txt", text.encode("utf-8")))
        stem = f"tempo-export-{self._clock.now().date().isoformat()}"
        return await asyncio.to_thread(_zip_parts, files, stem, part_limit)


def _zip_parts(files: Sequence[ExportedFile], stem: str, limit: int) -> list[ExportPart]:
    """Pack ``files`` in order into zips of at most ``limit`` bytes each (a single file
    larger than that gets a zip of its own)."""
    groups: list[list[ExportedFile]] = [[]]
    size = 0
    for item in files:
        # Stored sizes are bounded by the raw ones (deflate never grows much past them).
        cost = len(item.content) + len(item.path) + 200
        if groups[-1] and size + cost > limit:
            groups.append([])
            size = 0
        groups[-1].append(item)
        size += cost
    parts = []
    for index, group in enumerate(groups, start=1):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for item in group:
                archive.writestr(item.path, item.content)
        name = stem if len(groups) == 1 else f"{stem}-part{index}-of-{len(groups)}"
        parts.append(ExportPart(f"{name}.zip", buffer.getvalue()))
    return parts
