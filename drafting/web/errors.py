"""The one mapping from domain errors to HTTP: `{"error": {"code", "message"}}` with a 4xx status; and the
last resort's answers: 503 when the database is busy (a long write holds it), 500 for anything else."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from drafting.domain import errors
from drafting.web.i18n import language
from drafting.web.refusals import explain

log = logging.getLogger(__name__)

STATUS = {
    errors.InvalidInput: 422,
    errors.NotFound: 404,
    errors.Conflict: 409,
    errors.Forbidden: 403,
    errors.Unauthenticated: 401,
    errors.TooManyRequests: 429,
    errors.PayloadTooLarge: 413,
    errors.Unavailable: 503,
}


class BadRequest(errors.DraftingError):
    code = "bad_request"


STATUS[BadRequest] = 400


_TRANSLATED = {400, 401, 403, 404, 405, 409, 413, 422, 429, 500, 503}
# seconds a client is told to wait when the database is busy: SQLite lets one writer at a time, and a long
# write (a Parliament import of thousands of amendments, one transaction) makes the others wait out the
# busy timeout (30 s) and fail; the work is not lost, only to be sent again
BUSY_RETRY_AFTER = 30
_LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's « lock_not_available » (a lock_timeout expired)


_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def _for_page(request: Request) -> bool:
    """A page's error: asked for HTML, or a page's form posted (whatever the client accepts: a form is
    sent by a page, to which the answer is a page)."""
    if request.url.path.startswith("/api"):
        return False
    sent = request.headers.get("content-type", "").split(";")[0].strip().lower()
    return "text/html" in request.headers.get("accept", "") or sent in _FORMS


async def _page(request: Request, status: int, reason: str | None = None) -> Response:
    """An HTML error page in the reader's language (the services' messages are English, for the API),
    with the `reason` when it is a known one (a comment posted without script: « 55 links; at most 50 »)."""
    from drafting.web.i18n import translate
    from drafting.web.render import render

    lang = language(request)
    which = str(status) if status in _TRANSLATED else "other"
    title = translate(lang, f"error.title.{which}")
    message = translate(lang, f"error.message.{which}")
    return await render(request, "error.html", status, status=status, title=title, message=message, reason=reason)


def error_response(status: int, code: str, message: str, *, text: str | None = None, **details: Any) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": message}
    if details:
        body["details"] = details
    if text:  # the message in the reader's language, when it is a known one: the pages' scripts show it
        body["text"] = text
    return JSONResponse({"error": body}, status_code=status)


async def on_domain_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, errors.DraftingError)
    status = next((s for cls, s in STATUS.items() if isinstance(exc, cls)), 400)
    text = explain(language(request), exc.message)
    if _for_page(request):
        return await _page(request, status, text)
    response = error_response(status, exc.code, exc.message, text=text, **exc.details)
    if isinstance(exc.details.get("retry_after"), int):  # a 429 or 503 says when to come back
        response.headers["Retry-After"] = str(exc.details["retry_after"])
    return response


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    codes = {404: "not_found", 405: "method_not_allowed"}
    message = exc.detail if exc.status_code != 404 else f"no route for {request.method} {request.url.path}"
    if _for_page(request):
        return await _page(request, exc.status_code)
    return error_response(exc.status_code, codes.get(exc.status_code, "http_error"), str(message))


def database_busy(exc: BaseException) -> bool:
    """The database refused a write for now because another holds the lock: SQLite's « database is
    locked » after its busy timeout, PostgreSQL's lock timeout. Not the caller's fault, nor a bug."""
    if not isinstance(exc, OperationalError):
        return False
    said = str(exc.orig).lower()
    return "database is locked" in said or "database table is locked" in said or (
        getattr(exc.orig, "sqlstate", None) == _LOCK_NOT_AVAILABLE
    )


async def on_busy(request: Request) -> Response:
    """503 with Retry-After: the JSON error body (code « database_busy »), or a page saying to try again."""
    log.warning("database busy on %s %s: answered 503", request.method, request.url.path)
    if _for_page(request):
        response: Response = await _page(request, 503)
    else:
        response = error_response(
            503, "database_busy", f"the database is busy with another write; try again in {BUSY_RETRY_AFTER} seconds"
        )
    response.headers["Retry-After"] = str(BUSY_RETRY_AFTER)
    return response


async def on_unexpected(request: Request, exc: Exception) -> Response:
    if database_busy(exc):
        return await on_busy(request)
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    if _for_page(request):
        try:
            return await _page(request, 500)
        except Exception:  # the page itself failing must not hide the first error behind a second
            log.exception("the error page failed too")
    return error_response(500, "internal", "an unexpected error occurred; it has been logged")
