"""An official's import of the amendments tabled in Parliament: a NosDéputés / NosSénateurs JSON
file uploaded from a form (multipart), run through the service `drafting import-amendments` uses,
then the report: how many were applied, which are flagged « À vérifier » and why (the parser's
reasons in French on the French page: drafting.web.i18n.parser_reasons).

Who first: a reader who is not an official of the bill is refused before the upload is read.
"""

from __future__ import annotations

from jinja2 import pass_context
from jinja2.runtime import Context
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Message

from drafting.domain import bounded_json, errors
from drafting.domain.permissions import Actor
from drafting.services.parliament_import import TO_CHECK, ParliamentReport, ending_key, import_amendments, sort_key
from drafting.web.auth import current_actor
from drafting.web.context import services_of
from drafting.web.i18n import language, translate
from drafting.web.i18n.parser_reasons import in_french, shown
from drafting.web.pages_amendments import signin_redirect
from drafting.web.render import render, templates
from drafting.web.requests import read_body

MAX_FILE = 5 * 1024 * 1024  # bytes: the 2013 law's 391 Senate floor amendments weigh 0.9 MB
_ENVELOPE = 64 * 1024  # the multipart boundaries and headers around the file


@pass_context
def _imported_reason(context: Context, reason: str) -> tuple[str, str]:
    """Why an import kept an amendment as a draft, as its history gives it (the parser's English), in the
    page's language, and that language."""
    return shown(str(context.get("lang", "fr")), reason)


@pass_context
def _parliament_sort(context: Context, sort: str) -> str:
    """Parliament's outcome as NosSénateurs/NosDéputés write it (« Tombe ») as a label in the page's
    language (« Tombé », "Fell"); one not known is shown as written."""
    key = sort_key(sort)
    return translate(str(context.get("lang", "fr")), f"parliament.sort.{key}") if key else sort


@pass_context
def _parliament_ending(context: Context, reason: str | None) -> str | None:
    """The reason an import closed an amendment with Parliament's outcome (« Rejeté au Parlement »), in the
    page's language; None for a reason of any other kind (an official's, the system's)."""
    key = ending_key(reason)
    return translate(str(context.get("lang", "fr")), f"parliament.ending.{key}") if key else None


# amendment cards mark the imported drafts to check; its page's history says why
templates.globals.update(to_check=TO_CHECK, imported_reason=_imported_reason, parliament_sort=_parliament_sort,
                         parliament_ending=_parliament_ending)  # fmt: skip


async def _official(request: Request) -> Actor | Response:
    """The signed-in official of the bill, or where to send anyone else (sign-in; 403 or 404 raised)."""
    actor = await current_actor(request)
    if actor is None:
        return signin_redirect(request, f"/bills/{request.path_params['bill']}/amendments/import")
    await run_in_threadpool(services_of(request).bills.check_official, actor, request.path_params["bill"])
    return actor


async def _page(
    request: Request,
    status: int = 200,
    *,
    error: str | None = None,
    error_detail: str | None = None,
    report: ParliamentReport | None = None,
    source: str = "",
) -> Response:
    bill, _version, _tree = await run_in_threadpool(services_of(request).bills.tree, request.path_params["bill"])
    lang = language(request)
    # (number, why, the language why is in), as the report lists them
    made = report.made if report else {}
    # (number in Parliament, why, the language why is in, (id, number in the bill) or None)
    flagged = [(n, *shown(lang, why), made.get(n)) for n, why in report.flagged.items()] if report else []
    applied = [(number, made.get(number)) for number in report.applied] if report else []
    skipped = [(number, *shown(lang, why)) for number, why in report.skipped.items()] if report else []
    # (number in Parliament, the status it came in with, (id, number in the bill))
    ended = [(number, status, made.get(number)) for number, status in report.ended.items()] if report else []
    return await render(
        request,
        "amend_import.html",
        status,
        bill=bill,
        bill_lang=bill["language"],
        mb=MAX_FILE // (1024 * 1024),
        error=error,
        error_detail=error_detail,
        report=report,
        flagged=flagged,
        applied=applied,
        skipped=skipped,
        ended=ended,
        source=source,
    )


async def import_page(request: Request) -> Response:
    actor = await _official(request)
    return actor if isinstance(actor, Response) else await _page(request)


async def import_upload(request: Request) -> Response:
    actor = await _official(request)
    if isinstance(actor, Response):
        return actor
    lang = language(request)
    mb = MAX_FILE // (1024 * 1024)
    try:
        name, content = await _uploaded(request)
    except errors.PayloadTooLarge:
        return await _page(request, 413, error=translate(lang, "parliament.error.too_large", mb=mb))
    if content is None:
        return await _page(request, 422, error=translate(lang, "parliament.error.no_file"))
    try:
        listing = bounded_json.loads(content)
    except ValueError:  # not JSON, not UTF-8, or too deep
        return await _page(request, 422, error=translate(lang, "parliament.error.not_json"))
    bill_ref = request.path_params["bill"]
    try:
        db = services_of(request).db
        report = await run_in_threadpool(import_amendments, db, actor, bill_ref, listing, in_french)
    except errors.InvalidInput as exc:  # what is wrong, in the service's words (the item, the field)
        error = translate(lang, "parliament.error.not_listing")
        return await _page(request, 422, error=error, error_detail=exc.message)
    return await _page(request, report=report, source=name)


async def _uploaded(request: Request) -> tuple[str, bytes | None]:
    """The uploaded file's name and bytes (None when no file was chosen), the body read within the limit."""
    raw = await read_body(request, MAX_FILE + _ENVELOPE)
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": raw, "more_body": False}

    try:
        form = await Request(request.scope, replay).form(max_files=1, max_fields=4)
    except HTTPException:  # a body that is not the form's multipart
        return "", None
    try:
        upload = form.get("listing")
        if not isinstance(upload, UploadFile) or not upload.filename:
            return "", None
        content = await upload.read()
    finally:
        await form.close()  # the spooled file
    if len(content) > MAX_FILE:
        raise errors.PayloadTooLarge(f"the file has {len(content)} bytes; at most {MAX_FILE}")
    return upload.filename, content if content else None


routes = [
    Route("/bills/{bill}/amendments/import", import_page, methods=["GET"]),
    Route("/bills/{bill}/amendments/import", import_upload, methods=["POST"]),
]
