"""Pages that work without script: sign in, sign up, sign out (forms posted, then a redirect), the
language switch, and the favicon. Cross-site posts are refused by the Origin check in `auth.py`."""

from __future__ import annotations

import math

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from drafting.domain import errors
from drafting.services.accounts import MIN_PASSWORD
from drafting.web import favicon, forms
from drafting.web.auth import COOKIE, clear_session_cookie, set_session_cookie
from drafting.web.context import services_of
from drafting.web.i18n import COOKIE as LANG_COOKIE
from drafting.web.i18n import LANGUAGES, language, translate
from drafting.web.ratelimit import RateLimits, client_address
from drafting.web.render import render
from drafting.web.who_first import open_to_anonymous

MAX_FORM = 16_384  # bytes: an email, a password and a name
safe_next = forms.safe_next


async def form_fields(request: Request) -> dict[str, str]:
    return await forms.fields(request, MAX_FORM)


async def _form(request: Request, mode: str, status: int = 200, error: str | None = None, **values: str) -> Response:
    next_path = safe_next(values.pop("next", None) or request.query_params.get("next"))
    return await render(
        request, "auth.html", status, mode=mode, error=error, values=values, next=next_path, min_password=MIN_PASSWORD
    )


async def _signed_in(request: Request, email: str, password: str, next_path: str) -> Response:
    services = services_of(request)
    token, _actor = await run_in_threadpool(services.accounts.sign_in, email, password)
    response = RedirectResponse(safe_next(next_path), status_code=303)
    set_session_cookie(response, request, token, services.settings.session_days * 86400)
    return response


async def signin_page(request: Request) -> Response:
    return await _form(request, "signin")


@open_to_anonymous
async def signin(request: Request) -> Response:
    fields = await form_fields(request)
    email, password, next_path = fields.get("email", ""), fields.get("password", ""), fields.get("next", "/")
    lang = language(request)
    # the same limits as the API's sign-in (drafting/web/ratelimit.py)
    limits: RateLimits = request.app.state.rate_limits
    key, address = email.strip().lower(), client_address(request)
    if wait := await run_in_threadpool(limits.sign_in, key, address):
        return await _too_many(request, "signin", wait, email=email, next=next_path)
    try:
        return await _signed_in(request, email, password, next_path)
    except (errors.Unauthenticated, errors.InvalidInput):
        await run_in_threadpool(limits.failed_sign_in, key, address)
        message, status = translate(lang, "auth.wrong_credentials"), 401
    return await _form(request, "signin", status, message, email=email, next=next_path)


async def _too_many(request: Request, mode: str, wait: float, key: str = "auth.too_many", **values: str) -> Response:
    seconds = max(1, math.ceil(wait))
    response = await _form(request, mode, 429, translate(language(request), key), **values)
    response.headers["Retry-After"] = str(seconds)
    return response


def _signup_problem(lang: str, email: str, password: str, name: str) -> str | None:
    """The first problem with the form, in the reader's language (checked here so that the message
    is never the services' English)."""
    if "@" not in email or len(email) > 254 or email.strip() != email or " " in email:
        return translate(lang, "auth.bad_email")
    if not 1 <= len(name.strip()) <= 80:
        return translate(lang, "auth.bad_name")
    if len(password) < MIN_PASSWORD:
        return translate(lang, "auth.short_password", n=MIN_PASSWORD)
    if len(password) > 1024:
        return translate(lang, "auth.long_password")
    return None


async def signup_page(request: Request) -> Response:
    return await _form(request, "signup")


@open_to_anonymous
async def signup(request: Request) -> Response:
    fields = await form_fields(request)
    email, password = fields.get("email", "").strip(), fields.get("password", "")
    name, next_path = fields.get("display_name", ""), fields.get("next", "/")
    lang = language(request)
    accounts = services_of(request).accounts
    problem = _signup_problem(lang, email, password, name)
    # counted before anything is created: a throttled address creates nothing
    if problem is None and (
        wait := await run_in_threadpool(request.app.state.rate_limits.sign_up, client_address(request))
    ):
        return await _too_many(
            request, "signup", wait, "auth.too_many_signups", email=email, display_name=name, next=next_path
        )
    if problem is None:
        try:
            await run_in_threadpool(accounts.create_user, email, password, name)
            return await _signed_in(request, email, password, next_path)
        except errors.Conflict:
            problem = translate(lang, "auth.taken")
        except errors.InvalidInput as exc:
            # The address's shape, the name or the password's strength, as the services judge them.
            key = "auth.bad_email" if "email" in exc.message else "auth.weak_password"
            problem = translate(lang, "auth.reserved_name" if "display name" in exc.message else key)
    return await _form(request, "signup", 422, problem, email=email, display_name=name, next=next_path)


@open_to_anonymous
async def signout(request: Request) -> Response:
    fields = await form_fields(request)
    token = request.cookies.get(COOKIE)
    if token:
        await run_in_threadpool(services_of(request).accounts.sign_out, token)
    response = RedirectResponse(safe_next(fields.get("next")), status_code=303)
    clear_session_cookie(response)
    return response


async def switch_language(request: Request) -> Response:
    """The visible switch: a plain link, so it works without script; remembered for a year."""
    chosen = request.query_params.get("to")
    response = RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
    if chosen in LANGUAGES:
        response.set_cookie(LANG_COOKIE, chosen, max_age=365 * 86400, samesite="lax", path="/")
    return response


async def favicon_ico(request: Request) -> Response:
    return Response(favicon.ICO, media_type="image/x-icon", headers={"Cache-Control": "public, max-age=86400"})


routes = [
    Route("/signin", signin_page, methods=["GET"]),
    Route("/signin", signin, methods=["POST"]),
    Route("/signup", signup_page, methods=["GET"]),
    Route("/signup", signup, methods=["POST"]),
    Route("/signout", signout, methods=["POST"]),
    Route("/language", switch_language, methods=["GET"]),
    Route("/favicon.ico", favicon_ico, methods=["GET"]),
]
