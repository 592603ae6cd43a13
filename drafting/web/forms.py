"""Forms posted by the pages without script (and by their scripts): parsing within a size limit,
the path to go back to, and the redirect that follows a successful post."""

from __future__ import annotations

from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import RedirectResponse

from drafting.domain import errors

MAX_FORM = 512 * 1024  # bytes: an article's proposed text (200,000 characters at most) and its reasons


def safe_next(value: str | None, fallback: str = "/") -> str:
    """A path on this site only (never `//evil.example` or a scheme)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return fallback
    return value if all(ch.isprintable() for ch in value) else fallback


async def fields(request: Request, limit: int = MAX_FORM) -> dict[str, str]:
    """The urlencoded form's fields, each its first value; NUL characters refused."""
    body = await request.body()
    if len(body) > limit:
        raise errors.PayloadTooLarge(f"a form of at most {limit} bytes, got {len(body)}")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise errors.InvalidInput("the form is not UTF-8") from None
    found = {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}
    if any("\x00" in v for v in found.values()):
        raise errors.InvalidInput("the form holds a NUL character")
    return found


def see_other(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)
