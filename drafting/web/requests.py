"""Reading request input: JSON bodies within a size limit, validated by pydantic models,
and query parameters, each failing with a message that says what was expected.

What the database cannot hold is refused here, before it gets there: numbers beyond its integer
columns (`Id`, `int_param`, `path_int`, and any integer of a body), the NUL character (in every
string of a body; in the URL by `RefuseNul`), and date-times that leave the calendar once converted
to UTC (`Moment`, `datetime_param`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar
from urllib.parse import unquote_to_bytes

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    ValidationError,
    field_validator,
)
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from drafting.domain import bounded_json
from drafting.domain.errors import InvalidInput, PayloadTooLarge
from drafting.storage.models import MAX_INT
from drafting.web.context import services_of
from drafting.web.errors import BadRequest, on_domain_error

M = TypeVar("M", bound=BaseModel)

NUL = "\x00"
_DIGITS = re.compile(r"[0-9]+")

Id = Annotated[int, Field(ge=1, le=MAX_INT)]
"""An id or a version number in a body: what the database's integer columns can hold."""


def _in_utc_range(moment: datetime) -> datetime:
    try:
        moment.astimezone(UTC)
    except OverflowError:
        raise ValueError("is outside the years 1 to 9999 once converted to UTC") from None
    return moment


Moment = Annotated[AwareDatetime, Strict(False), AfterValidator(_in_utc_range)]
"""A date-time with a time zone that is still a date-time in UTC (0001-01-01T00:00:00+14:00 is not)."""

Stamp = Annotated[datetime, Strict(False), AfterValidator(_in_utc_range)]
"""A date-time the API gave (`updated_at`) sent back as it came: without a time zone, it is UTC."""


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return NUL in value
    if isinstance(value, list | tuple | set | frozenset):
        return any(_has_nul(v) for v in value)
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    return False


def _out_of_range(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return not -MAX_INT <= value <= MAX_INT
    if isinstance(value, list | tuple | set | frozenset):
        return any(_out_of_range(v) for v in value)
    if isinstance(value, dict):
        return any(_out_of_range(v) for v in value.values())
    return False


class Body(BaseModel):
    # strict: as strict as the API description says (`true` is not the id 1, "3" not the number 3);
    # only date-times are read from their JSON strings (`Moment`)
    model_config = ConfigDict(extra="forbid", str_max_length=10_000_000, strict=True)

    @field_validator("*")
    @classmethod
    def _storable(cls, value: Any) -> Any:
        """Every field of every body (nested bodies check their own): no NUL character, which
        PostgreSQL text cannot hold, and no integer beyond the database's; fields that name ids
        say so with `Id`."""
        if _has_nul(value):
            raise ValueError("must not contain the NUL character (\\u0000)")
        if _out_of_range(value):
            raise ValueError(f"must be between -{MAX_INT} and {MAX_INT}")
        return value


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and _DIGITS.fullmatch(declared) and int(declared) > limit:
        raise PayloadTooLarge(f"the request body has {declared} bytes; at most {limit} are accepted")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"the request body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def parse(request: Request, model: type[M]) -> M:
    limit: int = services_of(request).settings.max_body_bytes
    raw = await read_body(request, limit)
    try:
        data = bounded_json.loads(raw) if raw.strip() else {}
    except bounded_json.JsonRefused as exc:
        raise BadRequest(f"the request body cannot be read: {exc}") from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        raise BadRequest(f"the request body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise BadRequest(f"the request body must be a JSON object, not {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput(_describe(exc), fields=_fields(exc)) from None


async def json_object(request: Request, expected: str) -> dict[str, Any]:
    """The body of the pages' own script calls (previews) as a JSON object, refused with a 422 saying
    `expected` (« send JSON: {"text": ..., "base_version": N} ») when it is not one: not JSON or UTF-8,
    nested too deep, or with a string holding a lone surrogate (\\ud800), which no page can show."""
    raw = await read_body(request, services_of(request).settings.max_body_bytes)
    try:
        body = bounded_json.loads(raw)
    except ValueError as exc:
        raise InvalidInput(f"send JSON: {expected} ({exc})") from None
    if not isinstance(body, dict):
        raise InvalidInput(f"send a JSON object: {expected}")
    surrogate = bounded_json.lone_surrogate(body)
    if surrogate:
        raise InvalidInput(f"a string holds a lone surrogate (\\u{ord(surrogate):04x}), which is not a character")
    return body




def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"]) or "body"
        parts.append(f"{where}: {_said(err)}")
    return "; ".join(parts)


def _fields(exc: ValidationError) -> list[dict[str, Any]]:
    return [{"field": ".".join(str(p) for p in e["loc"]), "message": _said(e)} for e in exc.errors()[:20]]


def _said(err: Any) -> str:
    """pydantic's message, but for a string it cannot read (« unable to parse raw data as a unicode
    string »): that is a JSON string holding a lone surrogate, which is what the sender must fix."""
    if err["type"] == "string_unicode":
        return "holds a lone surrogate (\\ud800 to \\udfff), which is not a character"
    return str(err["msg"])


def _shown(raw: str) -> str:
    """`raw` quoted for a message, cut if long: the message says what came, not all of it."""
    return repr(raw) if len(raw) <= 40 else repr(raw[:40]) + "…"


def _whole(raw: str, minimum: int, maximum: int) -> int | None:
    """`raw` as a whole number within bounds, or None: ASCII digits with an optional sign, no more
    of them than the maximum has (int() would take "١", "1_000" or 5000 digits)."""
    digits = raw[1:] if raw[:1] in "+-" else raw
    if not _DIGITS.fullmatch(digits) or len(digits.lstrip("0")) > len(str(max(abs(minimum), maximum))):
        return None
    value = int(raw)
    return value if minimum <= value <= maximum else None


def form_int(raw: str | None) -> int | None:
    """A form field as a positive whole number, or None when it is not one (the forms' optional ids)."""
    return _whole(raw, 1, MAX_INT) if raw else None


def int_param(
    request: Request, name: str, default: int | None = None, *, minimum: int = 1, maximum: int = MAX_INT
) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    value = _whole(raw, minimum, maximum)
    if value is None:
        raise InvalidInput(
            f"query parameter {name!r} must be a whole number from {minimum} to {maximum}, got {_shown(raw)}"
        )
    return value


def path_int(request: Request, name: str) -> int:
    raw = str(request.path_params[name])
    value = _whole(raw, 1, MAX_INT) if _DIGITS.fullmatch(raw) else None
    if value is None:
        raise InvalidInput(f"{name} must be a whole number from 1 to {MAX_INT}, got {_shown(raw)}")
    return value


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
    try:
        _in_utc_range(moment)
    except ValueError as exc:
        raise InvalidInput(f"query parameter {name!r} {exc}, got {raw!r}") from None
    return moment


def bool_param(request: Request, name: str) -> bool:
    raw = request.query_params.get(name, "").lower()
    if raw in {"", "0", "false", "no"}:
        return False
    if raw in {"1", "true", "yes"}:
        return True
    raise InvalidInput(f"query parameter {name!r} must be true or false, got {raw!r}")


class RefuseNul:
    """Refuses an HTTP request whose path or query string holds the NUL character (%00): PostgreSQL
    text cannot hold it, and path segments and query values reach the database as bill slugs,
    article ids, filters. (The live websocket checks its own few inputs: drafting/web/live.py.)"""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (problem := _nul_in_url(scope)) is not None:
            response = await on_domain_error(Request(scope), InvalidInput(problem))
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _nul_in_url(scope: Scope) -> str | None:
    if NUL in scope["path"]:
        return "the path must not contain the NUL character (%00)"
    query: bytes = scope.get("query_string", b"")
    if b"\x00" not in unquote_to_bytes(query):
        return None
    for name, value in QueryParams(query).multi_items():
        if NUL in name or NUL in value:
            return f"query parameter {name.replace(NUL, '%00')!r} must not contain the NUL character (%00)"
    return "the query string must not contain the NUL character (%00)"
