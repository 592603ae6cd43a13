"""Amendment routes: propose, read, list, edit, withdraw, decide, preview, comment; footprints; the
import of amendments tabled in Parliament."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Literal

from pydantic import Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from drafting.domain.permissions import require_signed_in
from drafting.services import commands
from drafting.services.parliament_import import import_amendments
from drafting.storage.models import MAX_INT
from drafting.web.auth import current_actor
from drafting.web.context import services_of
from drafting.web.i18n.parser_reasons import in_french
from drafting.web.requests import Body, Id, Stamp, int_param, parse, path_int
from drafting.web.who_first import open_to_anonymous

_TEXT = 200_000


class NewAmendment(Body):
    kind: Literal["modify", "insert", "delete", "instructions"] = "modify"
    article: str | None = Field(default=None, max_length=200)
    instructions: str | None = Field(default=None, max_length=100_000)  # kind "instructions": legal French
    base_version: Id | None = None
    text: str | None = Field(default=None, max_length=_TEXT)
    after: str | None = Field(default=None, max_length=200)
    division: str | None = Field(default=None, max_length=200)
    num: str | None = Field(default=None, max_length=80)
    heading: str | None = Field(default=None, max_length=500)
    parent: Id | None = None
    justification: str = Field(default="", max_length=20_000)
    draft: bool = False

    def command(self) -> commands.Proposal:
        return commands.Proposal(
            kind=self.kind,
            article=self.article,
            instructions=self.instructions,
            base_version=self.base_version,
            text=self.text,
            after=self.after,
            division=self.division,
            num=self.num,
            heading=self.heading,
            parent=self.parent,
            justification=self.justification,
            draft=self.draft,
        )


class AmendmentChanges(Body):
    text: str | None = Field(default=None, max_length=_TEXT)
    heading: str | None = Field(default=None, max_length=500)
    justification: str | None = Field(default=None, max_length=20_000)
    submit: bool = False
    # optimistic concurrency: the amendment as the client read it; a 409 "stale_edit" when it changed since
    expected_revision: int | None = Field(
        default=None,
        ge=0,
        le=MAX_INT,
        description="The amendment's `revision` as you read it (0, then 1 for « rect. »...): if it was "
        "rectified since, the edit is refused with 409 `stale_edit`, whose details give what `changed` and the "
        "`current` amendment.",
    )
    expected_updated_at: Stamp | None = Field(
        default=None,
        description="The amendment's `updated_at` as you read it: if anything changed since (text, exposé, a "
        "carry-over onto a new version), the edit is refused with 409 `stale_edit`. Without a time zone: UTC.",
    )

    def command(self) -> commands.AmendmentChanges:
        return commands.AmendmentChanges(
            text=self.text,
            heading=self.heading,
            justification=self.justification,
            submit=self.submit,
            expected_revision=self.expected_revision,
            expected_updated_at=self.expected_updated_at,
        )


class Withdrawal(Body):
    reason: str | None = Field(default=None, max_length=10_000)


class Decision(Body):
    decision: Literal["accept", "reject"]
    reason: str = Field(max_length=10_000)
    text: str | None = Field(default=None, max_length=_TEXT)
    label: str | None = Field(default=None, max_length=200)


class ParliamentListing(Body):
    """A NosDéputés / NosSénateurs export; each item is checked by the import itself."""

    amendements: list[dict[str, Any]] = Field(max_length=10_000)


class Preview(Body):
    amendments: list[Id] = Field(max_length=500)


async def propose(request: Request) -> Response:
    actor = await current_actor(request)
    body = await parse(request, NewAmendment)
    bill = request.path_params["bill"]
    result = await run_in_threadpool(services_of(request).amendments.propose, actor, bill, body.command())
    return JSONResponse(result, status_code=201, headers={"Location": f"/api/amendments/{result['id']}"})


async def import_from_parliament(request: Request) -> Response:
    """The amendments tabled in Parliament, read and applied as `drafting import-amendments` does;
    answers the report. Officials of the bill only, checked before the listing is read."""
    actor = require_signed_in(await current_actor(request))
    bill = request.path_params["bill"]
    await run_in_threadpool(services_of(request).bills.check_official, actor, bill)
    body = await parse(request, ParliamentListing)
    db, listing = services_of(request).db, body.model_dump()
    # the report keeps the parser's English; the drafts' justifications, in French, give it in French
    report = await run_in_threadpool(import_amendments, db, actor, bill, listing, in_french)
    answer = asdict(report)
    del answer["made"]  # the pages' links; the API's answer is as documented
    return JSONResponse(answer)


async def list_amendments(request: Request) -> Response:
    actor = await current_actor(request)
    params = request.query_params
    result = await run_in_threadpool(
        lambda: services_of(request).amendments.listing(
            actor,
            request.path_params["bill"],
            article=params.get("article") or None,
            status=params.get("status") or None,
            author=int_param(request, "author"),
            sort=params.get("sort", "date"),
            page=int_param(request, "page", 1) or 1,
            per_page=min(int_param(request, "per_page", 50) or 50, 200),
        )
    )
    return JSONResponse(result)


async def get_amendment(request: Request) -> Response:
    actor = await current_actor(request)
    amendment_id = path_int(request, "id")
    return JSONResponse(await run_in_threadpool(services_of(request).amendments.get, actor, amendment_id))


async def edit_amendment(request: Request) -> Response:
    actor = await current_actor(request)
    amendment_id = path_int(request, "id")
    await run_in_threadpool(services_of(request).amendments.check_author, actor, amendment_id, "edit")
    body = await parse(request, AmendmentChanges)
    return JSONResponse(
        await run_in_threadpool(services_of(request).amendments.edit, actor, amendment_id, body.command())
    )


async def withdraw(request: Request) -> Response:
    actor = await current_actor(request)
    amendment_id = path_int(request, "id")
    await run_in_threadpool(services_of(request).amendments.check_author, actor, amendment_id, "withdraw")
    body = await parse(request, Withdrawal)
    result = await run_in_threadpool(services_of(request).amendments.withdraw, actor, amendment_id, body.reason)
    return JSONResponse(result)


async def decide(request: Request) -> Response:
    actor = await current_actor(request)
    amendment_id = path_int(request, "id")
    await run_in_threadpool(services_of(request).decisions.check_official, actor, amendment_id)
    body = await parse(request, Decision)
    result = await run_in_threadpool(
        lambda: services_of(request).decisions.decide(
            actor, amendment_id, decision=body.decision, reason=body.reason, text=body.text, label=body.label
        )
    )
    return JSONResponse(result)


@open_to_anonymous  # a read that takes a list: nothing is written
async def preview(request: Request) -> Response:
    actor = await current_actor(request)
    body = await parse(request, Preview)
    bill = request.path_params["bill"]
    return JSONResponse(await run_in_threadpool(services_of(request).decisions.preview, actor, bill, body.amendments))


async def discussions(request: Request) -> Response:
    bill = request.path_params["bill"]
    return JSONResponse(await run_in_threadpool(services_of(request).amendments.discussions, bill))


async def version_footprint(request: Request) -> Response:
    number = path_int(request, "n")
    bill = request.path_params["bill"]
    return JSONResponse(await run_in_threadpool(services_of(request).bills.footprint, bill, number))


async def article_footprint(request: Request) -> Response:
    bill, eid = request.path_params["bill"], request.path_params["eid"]
    number = int_param(request, "version")
    return JSONResponse(await run_in_threadpool(services_of(request).bills.footprint, bill, number, eid))


routes = [
    Route("/api/bills/{bill}/amendments", propose, methods=["POST"]),
    Route("/api/bills/{bill}/amendments", list_amendments, methods=["GET"]),
    Route("/api/bills/{bill}/amendments/import", import_from_parliament, methods=["POST"]),
    Route("/api/bills/{bill}/preview", preview, methods=["POST"]),
    Route("/api/bills/{bill}/discussions", discussions, methods=["GET"]),
    Route("/api/bills/{bill}/versions/{n}/footprint", version_footprint, methods=["GET"]),
    Route("/api/bills/{bill}/articles/{eid}/footprint", article_footprint, methods=["GET"]),
    Route("/api/amendments/{id}", get_amendment, methods=["GET"]),
    Route("/api/amendments/{id}", edit_amendment, methods=["PATCH"]),
    Route("/api/amendments/{id}/withdraw", withdraw, methods=["POST"]),
    Route("/api/amendments/{id}/decision", decide, methods=["POST"]),
]
