"""The one mapping from domain errors to HTTP: `{"error": {"code", "message"}}` with a 4xx status."""

from __future__ import annotations

import logging
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from drafting.domain import errors

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


_TRANSLATED = {400, 401, 403, 404, 405, 409, 413, 422, 429, 500}


_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def _for_page(request: Request) -> bool:
    """A page's error: asked for HTML, or a page's form posted (whatever the client accepts: a form is
    sent by a page, to which the answer is a page)."""
    if request.url.path.startswith("/api"):
        return False
    sent = request.headers.get("content-type", "").split(";")[0].strip().lower()
    return "text/html" in request.headers.get("accept", "") or sent in _FORMS


async def _page(request: Request, status: int) -> Response:
    """An HTML error page in the reader's language (the services' messages are English, for the API)."""
    from drafting.web.i18n import language, translate
    from drafting.web.render import render

    lang = language(request)
    which = str(status) if status in _TRANSLATED else "other"
    title = translate(lang, f"error.title.{which}")
    message = translate(lang, f"error.message.{which}")
    return await render(request, "error.html", status, status=status, title=title, message=message)


def error_response(status: int, code: str, message: str, **details: Any) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": message}
    if details:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status)


async def on_domain_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, errors.DraftingError)
    status = next((s for cls, s in STATUS.items() if isinstance(exc, cls)), 400)
    if _for_page(request):
        return await _page(request, status)
    response = error_response(status, exc.code, exc.message, **exc.details)
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


async def on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    if _for_page(request):
        try:
            return await _page(request, 500)
        except Exception:  # the page itself failing must not hide the first error behind a second
            log.exception("the error page failed too")
    return error_response(500, "internal", "an unexpected error occurred; it has been logged")
