"""Bill and version routes: thin endpoints that read input, call a service, shape the answer."""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from drafting import formats
from drafting.domain.errors import InvalidInput
from drafting.domain.permissions import require_may_create_bills
from drafting.services import commands
from drafting.services.bills import Bills
from drafting.web.auth import current_actor
from drafting.web.context import services_of
from drafting.web.requests import Body, Moment, bool_param, datetime_param, int_param, parse, path_int

Format = Literal["markdown", "text", "akn", "docx"]  # docx: the file in base64
MAX_SOURCE = 5 * 1024 * 1024  # characters: a whole code (2,000 articles) is about 3 MB


class NewBill(Body):
    title: str | None = Field(default=None, max_length=500)
    format: Format = "markdown"
    source: str = Field(max_length=MAX_SOURCE)
    label: str = Field(default="texte initial", max_length=200)


class NewStage(Body):
    format: Format = "markdown"
    source: str = Field(max_length=MAX_SOURCE)
    label: str = Field(max_length=200)


class BillChanges(Body):
    title: str | None = Field(default=None, max_length=500)
    status: Literal["draft", "open", "closed", "adopted"] | None = None
    opens_at: Moment | None = None
    closes_at: Moment | None = None

    def period(self) -> commands.Period:
        """The ends sent (null clears one); those not sent are kept."""
        sent = self.model_fields_set
        return commands.Period(
            opens_at=self.opens_at if "opens_at" in sent else commands.KEEP,
            closes_at=self.closes_at if "closes_at" in sent else commands.KEEP,
        )


def _bills(request: Request) -> Bills:
    bills: Bills = services_of(request).bills
    return bills


async def list_bills(request: Request) -> Response:
    page = int_param(request, "page", 1) or 1
    per_page = min(int_param(request, "per_page", 50) or 50, 200)
    return JSONResponse(await run_in_threadpool(_bills(request).listing, page=page, per_page=per_page))


async def create_bill(request: Request) -> Response:
    actor = require_may_create_bills(await current_actor(request))
    body = await parse(request, NewBill)
    result = await run_in_threadpool(
        lambda: _bills(request).create(
            actor, source=body.source, fmt=body.format, title=body.title, label=body.label
        )
    )
    return JSONResponse(result, status_code=201, headers={"Location": f"/api/bills/{result['id']}"})


async def get_bill(request: Request) -> Response:
    return JSONResponse(await run_in_threadpool(_bills(request).detail, request.path_params["bill"]))


async def patch_bill(request: Request) -> Response:
    actor = await current_actor(request)
    bill = request.path_params["bill"]
    await run_in_threadpool(_bills(request).check_official, actor, bill)
    body = await parse(request, BillChanges)
    result = await run_in_threadpool(
        lambda: _bills(request).update(
            actor,
            bill,
            title=body.title,
            status=body.status,
            period=body.period(),
        )
    )
    return JSONResponse(result)


async def list_versions(request: Request) -> Response:
    return JSONResponse(await run_in_threadpool(_bills(request).versions, request.path_params["bill"]))


async def add_version(request: Request) -> Response:
    actor = await current_actor(request)
    bill = request.path_params["bill"]
    await run_in_threadpool(_bills(request).check_official, actor, bill)
    body = await parse(request, NewStage)
    result = await run_in_threadpool(
        lambda: _bills(request).add_stage(actor, bill, source=body.source, fmt=body.format, label=body.label)
    )
    return JSONResponse(result, status_code=201)


async def get_version(request: Request) -> Response:
    number = path_int(request, "n")
    return JSONResponse(await run_in_threadpool(_bills(request).version, request.path_params["bill"], number))


async def export_version(request: Request) -> Response:
    number = path_int(request, "n")
    fmt = request.query_params.get("format", "txt")
    bill = request.path_params["bill"]
    body, media_type, name = await run_in_threadpool(_bills(request).export_file, bill, number, fmt)
    return Response(body, media_type=media_type, headers={"Content-Disposition": formats.disposition(name, fmt)})


async def text_at(request: Request) -> Response:
    """The bill's text as it stood at a moment: the newest version made at or before it."""
    moment = datetime_param(request, "at")
    if moment is None:
        raise InvalidInput("give the moment: ?at=2026-11-28T10:00:00Z")
    fmt = request.query_params.get("format", "txt")
    bills, bill = _bills(request), request.path_params["bill"]
    _b, version, _t = await run_in_threadpool(bills.tree_at, bill, moment)
    body, media_type, name = await run_in_threadpool(bills.export_file, bill, version["number"], fmt)
    headers = {"X-Drafting-Version": str(version["number"]), "Content-Disposition": formats.disposition(name, fmt)}
    return Response(body, media_type=media_type, headers=headers)


async def compare_versions(request: Request) -> Response:
    old = int_param(request, "from")
    new = int_param(request, "to")
    if old is None or new is None:
        raise InvalidInput("compare needs both versions: ?from=A&to=B")
    ignore = bool_param(request, "ignore_typography")
    bill = request.path_params["bill"]
    fmt = request.query_params.get("format", "json")
    if fmt != "json":  # the tableau comparatif, as a document
        body, media_type, name = await run_in_threadpool(_bills(request).compare_file, bill, old, new, fmt)
        return Response(body, media_type=media_type, headers={"Content-Disposition": formats.disposition(name, fmt)})
    result = await run_in_threadpool(
        lambda: _bills(request).compare(bill, old, new, ignore_typography=ignore)
    )
    return JSONResponse(result)


async def get_article(request: Request) -> Response:
    bills = _bills(request)
    bill, eid = request.path_params["bill"], request.path_params["eid"]
    moment = datetime_param(request, "at")
    number = int_param(request, "version")
    if moment is not None and number is not None:
        raise InvalidInput("give either ?version=N or ?at=MOMENT, not both: they may name different versions")
    if moment is not None:
        _b, version, _t = await run_in_threadpool(bills.tree_at, bill, moment)
        number = version["number"]
    return JSONResponse(await run_in_threadpool(bills.article, bill, eid, number))


routes = [
    Route("/api/bills", list_bills, methods=["GET"]),
    Route("/api/bills", create_bill, methods=["POST"]),
    Route("/api/bills/{bill}", get_bill, methods=["GET"]),
    Route("/api/bills/{bill}", patch_bill, methods=["PATCH"]),
    Route("/api/bills/{bill}/versions", list_versions, methods=["GET"]),
    Route("/api/bills/{bill}/versions", add_version, methods=["POST"]),
    Route("/api/bills/{bill}/versions/{n}", get_version, methods=["GET"]),
    Route("/api/bills/{bill}/versions/{n}/export", export_version, methods=["GET"]),
    Route("/api/bills/{bill}/compare", compare_versions, methods=["GET"]),
    Route("/api/bills/{bill}/text", text_at, methods=["GET"]),
    Route("/api/bills/{bill}/articles/{eid}", get_article, methods=["GET"]),
]
