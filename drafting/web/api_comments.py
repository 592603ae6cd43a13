"""Annotation and comment routes: passages annotated by quote, threads on articles, amendments and
annotations, comment edits and deletions."""

from __future__ import annotations

from pydantic import Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from drafting.domain.errors import InvalidInput
from drafting.services import commands
from drafting.web.auth import current_actor
from drafting.web.context import services_of
from drafting.web.requests import Body, Id, int_param, parse, path_int


class Quote(Body):
    exact: str = Field(min_length=1, max_length=5_000)
    prefix: str = Field(default="", max_length=1_000)
    suffix: str = Field(default="", max_length=1_000)

    def command(self) -> commands.Quote:
        return commands.Quote(exact=self.exact, prefix=self.prefix, suffix=self.suffix)


class NewAnnotation(Body):
    article: str = Field(max_length=200)
    version: Id | None = None
    quote: Quote
    body: str = Field(max_length=20_000)

    def command(self) -> commands.NewAnnotation:
        return commands.NewAnnotation(
            article=self.article, version=self.version, quote=self.quote.command(), body=self.body
        )


class NewComment(Body):
    body: str = Field(max_length=20_000)
    reply_to: Id | None = None


class CommentEdit(Body):
    body: str = Field(max_length=20_000)


async def create_annotation(request: Request) -> Response:
    actor = await current_actor(request)
    body = await parse(request, NewAnnotation)
    bill = request.path_params["bill"]
    result = await run_in_threadpool(services_of(request).annotations.create, actor, bill, body.command())
    return JSONResponse(result, status_code=201, headers={"Location": f"/api/annotations/{result['id']}"})


async def list_annotations(request: Request) -> Response:
    bill = request.path_params["bill"]
    article = request.query_params.get("article") or None
    version = int_param(request, "version")
    page = int_param(request, "page", 1) or 1
    result = await run_in_threadpool(
        lambda: services_of(request).annotations.listing(bill, article=article, version=version, page=page)
    )
    return JSONResponse(result)


async def get_annotation(request: Request) -> Response:
    annotation_id = path_int(request, "id")
    return JSONResponse(await run_in_threadpool(services_of(request).annotations.get, annotation_id))


def _target(request: Request) -> tuple[str, str, str | None]:
    path = request.url.path
    if "/articles/" in path:
        return "article", request.path_params["eid"], request.path_params["bill"]
    kind = "amendment" if path.startswith("/api/amendments/") else "annotation"
    return kind, str(path_int(request, "id")), None


async def thread(request: Request) -> Response:
    kind, target, bill = _target(request)
    page = int_param(request, "page", 1) or 1
    comments = services_of(request).comments
    result = await run_in_threadpool(lambda: comments.thread(kind, target, bill_ref=bill, page=page))
    return JSONResponse(result)


async def comment(request: Request) -> Response:
    actor = await current_actor(request)
    body = await parse(request, NewComment)
    kind, target, bill = _target(request)
    result = await run_in_threadpool(
        lambda: services_of(request).comments.create(
            actor, kind, target, body.body, bill_ref=bill, reply_to=body.reply_to
        )
    )
    return JSONResponse(result, status_code=201)


async def edit_comment(request: Request) -> Response:
    actor = await current_actor(request)
    comment_id = path_int(request, "id")
    await run_in_threadpool(services_of(request).comments.check_author, actor, comment_id)
    body = await parse(request, CommentEdit)
    return JSONResponse(await run_in_threadpool(services_of(request).comments.edit, actor, comment_id, body.body))


async def delete_comment(request: Request) -> Response:
    actor = await current_actor(request)
    comment_id = path_int(request, "id")
    return JSONResponse(await run_in_threadpool(services_of(request).comments.delete, actor, comment_id))


async def comment_history(request: Request) -> Response:
    comment_id = path_int(request, "id")
    return JSONResponse(await run_in_threadpool(services_of(request).comments.history, comment_id))


async def opendata(request: Request) -> Response:
    """Everything public about a bill: JSON, or CSV files in a zip."""
    fmt = request.query_params.get("format", "json")
    bill = request.path_params["bill"]
    base = f"{request.url.scheme}://{request.url.netloc}"
    service = services_of(request).opendata
    if fmt == "json":
        return JSONResponse(await run_in_threadpool(service.tables, bill, base))
    if fmt != "csv":
        raise InvalidInput(f"format must be json or csv, got {fmt!r}")
    body = await run_in_threadpool(service.as_zip, bill, base)
    disposition = f'attachment; filename="bill-{bill}-opendata.zip"'
    return Response(body, media_type="application/zip", headers={"Content-Disposition": disposition})


routes = [
    Route("/api/bills/{bill}/opendata", opendata, methods=["GET"]),
    Route("/api/bills/{bill}/annotations", create_annotation, methods=["POST"]),
    Route("/api/bills/{bill}/annotations", list_annotations, methods=["GET"]),
    Route("/api/annotations/{id}", get_annotation, methods=["GET"]),
    Route("/api/bills/{bill}/articles/{eid}/comments", thread, methods=["GET"]),
    Route("/api/bills/{bill}/articles/{eid}/comments", comment, methods=["POST"]),
    Route("/api/amendments/{id}/comments", thread, methods=["GET"]),
    Route("/api/amendments/{id}/comments", comment, methods=["POST"]),
    Route("/api/annotations/{id}/comments", thread, methods=["GET"]),
    Route("/api/annotations/{id}/comments", comment, methods=["POST"]),
    Route("/api/comments/{id}", edit_comment, methods=["PATCH"]),
    Route("/api/comments/{id}", delete_comment, methods=["DELETE"]),
    Route("/api/comments/{id}/history", comment_history, methods=["GET"]),
]
