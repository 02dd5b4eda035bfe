"""Request parameters, read the way the Bot API reads them.

Telegram takes parameters from the query string, a JSON body, a urlencoded form or a
multipart form (https://core.telegram.org/bots/api#making-requests). aiogram always
sends multipart: scalars as text (``true``, ``42``), nested objects such as
reply_markup as JSON text, and uploads as file parts that a field names with
``attach://<part>``. ``Params`` hides those differences from the methods.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, MultipartReader, web

from bot.sandbox.emulator import errors


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request."""

    filename: str
    content_type: str | None
    data: bytes


class Params:
    def __init__(self, values: Mapping[str, Any], uploads: Mapping[str, Upload] | None = None):
        self._values = dict(values)
        self._uploads = dict(uploads or {})

    @property
    def uploads(self) -> Mapping[str, Upload]:
        """The request's file parts by name (what ``attach://`` refers to)."""
        return self._uploads

    def __contains__(self, name: str) -> bool:
        return self._values.get(name) not in (None, "")

    def text(self, name: str) -> str | None:
        value = self._values.get(name)
        if value is None:
            return None
        return value if isinstance(value, str) else json.dumps(value)

    def integer(self, name: str) -> int | None:
        value = self._values.get(name)
        if value is None or value == "":
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise errors.bad_request(f"Bad Request: invalid {name} specified") from None

    def number(self, name: str) -> float | None:
        value = self._values.get(name)
        if value is None or value == "":
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            raise errors.bad_request(f"Bad Request: invalid {name} specified") from None

    def flag(self, name: str) -> bool:
        value = self._values.get(name)
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1")
        return bool(value)

    def json(self, name: str, *, error: str | None = None) -> Any:
        """A nested object: decoded if it came as JSON text (multipart, form, query)."""
        value = self._values.get(name)
        if not isinstance(value, str):
            return value
        if value == "":
            return None
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            raise errors.bad_request(
                error or f"Bad Request: can't parse {name} JSON object"
            ) from None

    def chat_id(self) -> int | str:
        """``chat_id`` as an integer, or a ``@username`` string."""
        value = self._values.get("chat_id")
        if value is None or value == "":
            raise errors.bad_request(errors.CHAT_ID_EMPTY)
        if isinstance(value, int):
            return value
        text = str(value).strip()
        if text.startswith("@"):
            return text
        try:
            return int(text)
        except ValueError:
            raise errors.bad_request(errors.CHAT_NOT_FOUND) from None

    def input_file(self, name: str) -> Upload | str | None:
        """An upload (``attach://`` or a part named like the field) or a file_id/URL."""
        value = self._values.get(name)
        if isinstance(value, str) and value.startswith("attach://"):
            upload = self._uploads.get(value.removeprefix("attach://"))
            if upload is None:
                raise errors.bad_request(errors.WRONG_FILE_ID)
            return upload
        if value in (None, "") and name in self._uploads:
            return self._uploads[name]
        return value if isinstance(value, str) and value else None


async def read_request(request: web.BaseRequest) -> Params:
    values: dict[str, Any] = dict(request.query)
    content_type = request.content_type
    if content_type == "application/json":
        try:
            body = await request.json()
        except json.JSONDecodeError:
            raise errors.bad_request("Bad Request: can't parse JSON encoded request") from None
        if isinstance(body, dict):
            values.update(body)
        return Params(values)
    if content_type == "application/x-www-form-urlencoded":
        form = await request.post()
        values.update({key: value for key, value in form.items() if isinstance(value, str)})
        return Params(values)
    if content_type.startswith("multipart/"):
        fields, uploads = await read_multipart(await request.multipart())
        values.update(fields)
        return Params(values, uploads)
    return Params(values)


async def read_multipart(reader: MultipartReader) -> tuple[dict[str, str], dict[str, Upload]]:
    fields: dict[str, str] = {}
    uploads: dict[str, Upload] = {}
    while True:
        part = await reader.next()
        if part is None:
            return fields, uploads
        if not isinstance(part, BodyPartReader) or part.name is None:
            continue  # nested multiparts are not part of the Bot API
        data = await part.read(decode=True)
        if part.filename is not None:
            uploads[part.name] = Upload(
                filename=part.filename,
                content_type=part.headers.get("Content-Type"),
                data=bytes(data),
            )
        else:
            fields[part.name] = bytes(data).decode(part.get_charset(default="utf-8"))
