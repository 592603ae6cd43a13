"""Documents officials hand on, built from a bill's public record: the liasse d'amendements and the
synthesis of the consultation. Each is served with its media type and a stable file name."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from drafting import formats
from drafting.domain.errors import InvalidInput
from drafting.services.heavy import cached_pdf
from drafting.web.context import services_of
from drafting.web.requests import path_int


def _format(request: Request, offered: dict[str, Any], default: str) -> str:
    fmt = request.query_params.get("format", default)
    if fmt not in offered:
        raise InvalidInput(f"unknown format {fmt!r}; expected one of {', '.join(offered)}")
    return fmt


def _file(body: str | bytes, fmt: str, stem: str) -> Response:
    name = formats.file_name(stem, fmt)
    headers = {"Content-Disposition": formats.disposition(name, fmt)}
    return Response(body, media_type=formats.MEDIA_TYPES[fmt], headers=headers)


async def amendments_export(request: Request) -> Response:
    from drafting.formats import liasse as renderers
    from drafting.services.liasse import liasse

    fmt = _format(request, renderers.RENDERERS, "html")
    params = request.query_params
    services = services_of(request)
    bundle = await run_in_threadpool(
        liasse, services, request.path_params["bill"], params.get("status") or None, params.get("article") or None
    )
    if fmt == "pdf":  # the one heavy format: kept once drawn, a few drawn at once (services/heavy.py)
        html = await run_in_threadpool(renderers.to_html, bundle)
        body: str | bytes = await run_in_threadpool(cached_pdf, services.bills.pdfs, html)
    else:
        body = await run_in_threadpool(renderers.RENDERERS[fmt], bundle)
    return _file(body, fmt, f"{bundle.meta.bill_slug}-amendements")


async def amendment_export(request: Request) -> Response:
    """One amendment as an Akoma Ntoso `<amendment>`."""
    from drafting.formats.akn_amendments import to_amendment_akn
    from drafting.services.liasse import single

    _format(request, {"akn": None}, "akn")
    bundle = await run_in_threadpool(single, services_of(request), path_int(request, "id"))
    body = to_amendment_akn(bundle, bundle.entries[0])
    return _file(body, "akn", f"{bundle.meta.bill_slug}-amendement-{bundle.entries[0].number}")


async def synthesis(request: Request) -> Response:
    from drafting.formats import synthesis as renderers
    from drafting.services.synthesis import synthesis as build

    fmt = _format(request, renderers.RENDERERS, "html")
    services = services_of(request)
    report = await run_in_threadpool(build, services.db, services.bills, request.path_params["bill"])
    if fmt == "pdf":
        html = await run_in_threadpool(renderers.to_html, report)
        body: str | bytes = await run_in_threadpool(cached_pdf, services.bills.pdfs, html)
    else:
        body = await run_in_threadpool(renderers.RENDERERS[fmt], report)
    return _file(body, fmt, f"{report.meta.bill_slug}-synthese")


routes = [
    Route("/api/bills/{bill}/amendments/export", amendments_export, methods=["GET"]),
    Route("/api/bills/{bill}/synthesis", synthesis, methods=["GET"]),
    Route("/api/amendments/{id}/export", amendment_export, methods=["GET"]),
]
