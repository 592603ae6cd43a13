"""Participation routes: votes and tallies, arguments and "useful" marks, reports and moderation."""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from drafting.domain.errors import InvalidInput
from drafting.services.moderation import may_moderate_somewhere
from drafting.services.participation import Target
from drafting.web.auth import current_actor
from drafting.web.context import services_of
from drafting.web.requests import Body, Id, int_param, parse, path_int

ContributionType = Literal["comment", "argument", "annotation", "amendment"]


class NewVote(Body):
    value: Literal["agree", "mixed", "disagree"]


class NewArgument(Body):
    stance: Literal["for", "against"]
    body: str = Field(max_length=20_000)


class NewReport(Body):
    type: ContributionType
    id: Id
    reason: str = Field(max_length=2000)


class ModerationRequest(Body):
    type: ContributionType
    id: Id
    action: Literal["hide", "restore"]
    reason: str = Field(max_length=2000)


def _target(request: Request) -> Target:
    if "id" in request.path_params:
        return Target.amendment(path_int(request, "id"))
    return Target.article(request.path_params["bill"], request.path_params["eid"])


def _pages(request: Request) -> tuple[int, int]:
    page = int_param(request, "page", 1) or 1
    return page, min(int_param(request, "per_page", 50) or 50, 200)


# --- votes ------------------------------------------------------------------------------------------


async def cast_vote(request: Request) -> Response:
    actor = await current_actor(request)
    target = _target(request)
    body = await parse(request, NewVote)
    return JSONResponse(await run_in_threadpool(services_of(request).votes.cast, actor, target, body.value))


async def retract_vote(request: Request) -> Response:
    actor = await current_actor(request)
    target = _target(request)
    return JSONResponse(await run_in_threadpool(services_of(request).votes.retract, actor, target))


async def tallies(request: Request) -> Response:
    actor = await current_actor(request)
    bill = request.path_params["bill"]
    target_type = request.query_params.get("type")
    if target_type not in ("article", "amendment"):
        raise InvalidInput(f"give the type of target: ?type=article or ?type=amendment, got {target_type!r}")
    votes = services_of(request).votes
    counted = await run_in_threadpool(votes.tallies, bill, target_type)
    mine = await run_in_threadpool(votes.mine, actor, bill, target_type)
    return JSONResponse({"type": target_type, "tallies": counted, "mine": mine})


# --- arguments --------------------------------------------------------------------------------------


async def post_argument(request: Request) -> Response:
    actor = await current_actor(request)
    target = _target(request)
    body = await parse(request, NewArgument)
    result = await run_in_threadpool(services_of(request).arguments.post, actor, target, body.stance, body.body)
    return JSONResponse(result, status_code=201)


async def list_arguments(request: Request) -> Response:
    actor = await current_actor(request)
    target = _target(request)
    page, per_page = _pages(request)
    stance = request.query_params.get("stance") or None
    sort = request.query_params.get("sort") or "date"
    result = await run_in_threadpool(
        lambda: services_of(request).arguments.listing(
            actor, target, stance=stance, sort=sort, page=page, per_page=per_page
        )
    )
    return JSONResponse(result)


async def mark_useful(request: Request) -> Response:
    actor = await current_actor(request)
    argument_id = path_int(request, "id")
    useful = request.method == "POST"
    return JSONResponse(await run_in_threadpool(services_of(request).arguments.mark_useful, actor, argument_id, useful))


# --- moderation -------------------------------------------------------------------------------------


async def post_report(request: Request) -> Response:
    actor = await current_actor(request)
    body = await parse(request, NewReport)
    result = await run_in_threadpool(services_of(request).moderation.report, actor, body.type, body.id, body.reason)
    return JSONResponse(result, status_code=201)


async def list_reports(request: Request) -> Response:
    actor = await current_actor(request)
    bill = request.path_params["bill"]
    page, per_page = _pages(request)
    result = await run_in_threadpool(
        lambda: services_of(request).moderation.reports(actor, bill, page=page, per_page=per_page)
    )
    return JSONResponse(result)


async def moderate(request: Request) -> Response:
    actor = may_moderate_somewhere(await current_actor(request))
    body = await parse(request, ModerationRequest)
    result = await run_in_threadpool(
        services_of(request).moderation.act, actor, body.type, body.id, body.action, body.reason
    )
    return JSONResponse(result)


async def moderation_log(request: Request) -> Response:
    actor = await current_actor(request)
    bill = request.path_params["bill"]
    page, per_page = _pages(request)
    result = await run_in_threadpool(
        lambda: services_of(request).moderation.log(actor, bill, page=page, per_page=per_page)
    )
    return JSONResponse(result)


routes = [
    Route("/api/bills/{bill}/articles/{eid}/votes", cast_vote, methods=["POST"]),
    Route("/api/bills/{bill}/articles/{eid}/votes", retract_vote, methods=["DELETE"]),
    Route("/api/amendments/{id}/votes", cast_vote, methods=["POST"]),
    Route("/api/amendments/{id}/votes", retract_vote, methods=["DELETE"]),
    Route("/api/bills/{bill}/tallies", tallies, methods=["GET"]),
    Route("/api/bills/{bill}/articles/{eid}/arguments", post_argument, methods=["POST"]),
    Route("/api/bills/{bill}/articles/{eid}/arguments", list_arguments, methods=["GET"]),
    Route("/api/amendments/{id}/arguments", post_argument, methods=["POST"]),
    Route("/api/amendments/{id}/arguments", list_arguments, methods=["GET"]),
    Route("/api/arguments/{id}/useful", mark_useful, methods=["POST"]),
    Route("/api/arguments/{id}/useful", mark_useful, methods=["DELETE"]),
    Route("/api/reports", post_report, methods=["POST"]),
    Route("/api/bills/{bill}/reports", list_reports, methods=["GET"]),
    Route("/api/moderation", moderate, methods=["POST"]),
    Route("/api/bills/{bill}/moderation-log", moderation_log, methods=["GET"]),
]
