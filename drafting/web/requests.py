"""Reading request input: JSON bodies within a size limit, validated by pydantic models,
and query parameters, each failing with a message that says what was expected.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError
from starlette.requests import Request

from drafting.domain.errors import InvalidInput, PayloadTooLarge
from drafting.web.errors import BadRequest

M = TypeVar("M", bound=BaseModel)


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid", str_max_length=10_000_000)


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the request body has {declared} bytes; at most {limit} are accepted")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"the request body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def parse(request: Request, model: type[M]) -> M:
    limit: int = request.app.state.services.settings.max_body_bytes
    raw = await read_body(request, limit)
    try:
        data = json.loads(raw) if raw.strip() else {}
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadRequest(f"the request body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise BadRequest(f"the request body must be a JSON object, not {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput(_describe(exc), fields=_fields(exc)) from None


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"]) or "body"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def _fields(exc: ValidationError) -> list[dict[str, Any]]:
    return [{"field": ".".join(str(p) for p in e["loc"]), "message": e["msg"]} for e in exc.errors()[:20]]


def int_param(request: Request, name: str, default: int | None = None, *, minimum: int = 1) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InvalidInput(f"query parameter {name!r} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise InvalidInput(f"query parameter {name!r} must be at least {minimum}, got {value}")
    return value


def path_int(request: Request, name: str) -> int:
    raw = request.path_params[name]
    if not str(raw).isdigit() or int(raw) < 1:
        raise InvalidInput(f"{name} must be a positive whole number, got {raw!r}")
    return int(raw)


def datetime_param(request: Request, name: str) -> datetime | None:
    raw = request.query_params.get(name)
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(f"query parameter {name!r} must be an ISO 8601 date-time, got {raw!r}") from None
    if moment.tzinfo is None:
        raise InvalidInput(f"query parameter {name!r} needs a time zone, e.g. {raw}Z or {raw}+01:00")
    return moment


def bool_param(request: Request, name: str) -> bool:
    raw = request.query_params.get(name, "").lower()
    if raw in {"", "0", "false", "no"}:
        return False
    if raw in {"1", "true", "yes"}:
        return True
    raise InvalidInput(f"query parameter {name!r} must be true or false, got {raw!r}")
