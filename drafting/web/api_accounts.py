"""Account routes: sign up, sign in, sign out, who am I."""

from __future__ import annotations

from pydantic import Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from drafting.domain.errors import Unauthenticated
from drafting.domain.permissions import Actor
from drafting.web.auth import COOKIE, clear_session_cookie, current_actor, set_session_cookie
from drafting.web.context import services_of
from drafting.web.ratelimit import RateLimits, client_address, too_many
from drafting.web.requests import Body, parse
from drafting.web.who_first import open_to_anonymous


class SignUp(Body):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)
    display_name: str = Field(max_length=80)


class PasswordChange(Body):
    current_password: str = Field(max_length=1024)
    new_password: str = Field(max_length=1024)


class SignIn(Body):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)


def actor_json(actor: Actor) -> dict[str, object]:
    return {
        "id": actor.id,
        "display_name": actor.display_name,
        "role": actor.role,
        "official_of": sorted(actor.bills),
    }


async def _signed_in(request: Request, email: str, password: str, status: int) -> Response:
    services = services_of(request)
    token, actor = await run_in_threadpool(services.accounts.sign_in, email, password)
    response = JSONResponse(actor_json(actor), status_code=status)
    set_session_cookie(response, request, token, services.settings.session_days * 86400)
    return response


@open_to_anonymous
async def sign_up(request: Request) -> Response:
    body = await parse(request, SignUp)
    # counted before anything is created: a throttled address creates nothing
    if wait := await run_in_threadpool(request.app.state.rate_limits.sign_up, client_address(request)):
        return too_many(wait, "too many sign-ups from this address")
    accounts = services_of(request).accounts
    await run_in_threadpool(accounts.create_user, body.email, body.password, body.display_name)
    return await _signed_in(request, body.email, body.password, 201)


@open_to_anonymous
async def sign_in(request: Request) -> Response:
    body = await parse(request, SignIn)
    limits: RateLimits = request.app.state.rate_limits
    email, address = body.email.strip().lower(), client_address(request)
    if wait := await run_in_threadpool(limits.sign_in, email, address):
        return too_many(wait, "too many sign-in attempts from this address")
    try:
        return await _signed_in(request, body.email, body.password, 200)
    except Unauthenticated:
        await run_in_threadpool(limits.failed_sign_in, email, address)
        raise


@open_to_anonymous
async def sign_out(request: Request) -> Response:
    token = request.cookies.get(COOKIE)
    if token:
        await run_in_threadpool(services_of(request).accounts.sign_out, token)
    response = Response(status_code=204)
    clear_session_cookie(response)
    return response


async def change_password(request: Request) -> Response:
    """The signed-in user's new password (the current one given); their other sessions end."""
    token = request.cookies.get(COOKIE)
    if not token or await current_actor(request) is None:
        return JSONResponse(
            {"error": {"code": "unauthenticated", "message": "sign in first: this action needs an account"}},
            status_code=401,
        )
    body = await parse(request, PasswordChange)
    accounts = services_of(request).accounts
    await run_in_threadpool(accounts.change_password, token, body.current_password, body.new_password)
    return Response(status_code=204)


async def me(request: Request) -> Response:
    actor = await current_actor(request)
    if actor is None:
        return JSONResponse({"error": {"code": "unauthenticated", "message": "not signed in"}}, status_code=401)
    return JSONResponse(actor_json(actor))


routes = [
    Route("/api/users", sign_up, methods=["POST"]),
    Route("/api/session", sign_in, methods=["POST"]),
    Route("/api/session", sign_out, methods=["DELETE"]),
    Route("/api/me", me, methods=["GET"]),
    Route("/api/me/password", change_password, methods=["POST"]),
]
