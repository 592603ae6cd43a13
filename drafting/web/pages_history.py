"""Pages on the text's history: two versions compared (side by side, or as one redline), the text as
it stood at a date, the footprint of an article (who put each passage there), the exports of every
version with their file names, and `/me` (the reader's contributions and where they stand).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from drafting import formats
from drafting.domain import errors
from drafting.domain.tree import Article
from drafting.services import amendment_pages
from drafting.services.views.footprints import FootprintSpan
from drafting.web.auth import current_actor
from drafting.web.context import services_of
from drafting.web.formatting import PARIS
from drafting.web.i18n import CATALOG, language, translate
from drafting.web.pages_amendments import article_names, signin_redirect
from drafting.web.render import here, render
from drafting.web.requests import int_param


def export_name(slug: str, number: int, fmt: str) -> str:
    """`republique-numerique-v2.md`: the name the export is saved under (the API's header says the same)."""
    return formats.file_name(f"{slug}-v{number}", fmt)


def pieces(text: str, spans: list[FootprintSpan]) -> list[dict[str, Any]]:
    """The article's text cut where its origin changes, each piece with its origin (None in a gap)."""
    out: list[dict[str, Any]] = []
    at = 0
    for span in sorted(spans, key=lambda s: s["start"]):
        if span["start"] > at:
            out.append({"text": text[at : span["start"]], "origin": None})
        out.append({"text": text[span["start"] : span["end"]], "origin": span["origin"]})
        at = max(at, span["end"])
    if at < len(text):
        out.append({"text": text[at:], "origin": None})
    return out


async def compare_page(request: Request) -> Response:
    services = services_of(request)
    view = "redline" if request.query_params.get("view") == "redline" else "side"
    typography = request.query_params.get("ignore_typography") == "1"

    def read() -> dict[str, Any]:
        bill, _version, tree = services.bills.tree(request.path_params["bill"])
        versions = services.bills.versions(bill["id"])
        new = int_param(request, "to", bill["head_version"]) or bill["head_version"]
        old = int_param(request, "from", max(1, new - 1)) or 1
        comparison = services.bills.compare(bill["id"], old, new, ignore_typography=typography)
        return {
            "bill": bill,
            "bill_lang": bill["language"],
            "versions": versions,
            "old": old,
            "new": new,
            "comparison": comparison,
            "articles": article_names(tree.articles(), language(request)),
        }

    context = await run_in_threadpool(read)
    return await render(request, "history_compare.html", view=view, typography=typography, **context)


def end_of_day(day: date) -> datetime:
    """The text "at" a date is the one in force at the end of that day in Paris."""
    return datetime.combine(day, time(23, 59, 59), PARIS).astimezone(UTC)


async def at_date_page(request: Request) -> Response:
    services = services_of(request)
    raw = request.query_params.get("date") or ""
    try:
        day = date.fromisoformat(raw) if raw else datetime.now(PARIS).date()
    except ValueError:
        raise errors.InvalidInput(f"date must be written 2026-12-02, got {raw[:40]!r}") from None

    def read() -> dict[str, Any]:
        bill, version, tree = services.bills.tree_at(request.path_params["bill"], end_of_day(day))
        return {
            "bill": bill,
            "bill_lang": bill["language"],
            "version": version,
            "articles": [
                {"eid": a.eid, "num": a.num, "heading": a.heading, "alineas": list(a.alineas)} for a in tree.articles()
            ],
        }

    try:
        context = await run_in_threadpool(read)
    except errors.NotFound:
        bill = await run_in_threadpool(services.bills.detail, request.path_params["bill"])
        context = {"bill": bill, "bill_lang": bill.get("language", "fr"), "version": None, "articles": []}
    return await render(request, "history_at.html", day=day.isoformat(), **context)


async def footprint_page(request: Request) -> Response:
    services = services_of(request)
    number = int_param(request, "version")
    eid = request.path_params["eid"]

    def read() -> dict[str, Any]:
        bill, _version, tree = services.bills.tree(request.path_params["bill"], number)
        article = tree.find(eid)
        if not isinstance(article, Article):
            raise errors.NotFound(f"this version of the bill has no article {eid!r}")
        found = services.bills.footprint(bill["id"], number, eid)
        amendment_ids = [
            int(str(s["origin"]["ref"]))
            for s in found["spans"]
            if s["origin"]["kind"] == "amendment" and str(s["origin"]["ref"] or "").isdigit()
        ]
        closings = amendment_pages.closings(services.db, amendment_ids)
        return {
            "pieces": pieces(found["text"], found["spans"]),
            "bill": bill,
            "bill_lang": bill["language"],
            "article": {"eid": eid, "num": article.num, "heading": article.heading},
            "footprint": found,
            "closings": {str(k): v for k, v in closings.items()},
        }

    context = await run_in_threadpool(read)
    return await render(request, "history_footprint.html", **context)


async def exports_page(request: Request) -> Response:
    services = services_of(request)

    def read() -> dict[str, Any]:
        bill = services.bills.detail(request.path_params["bill"])
        return {"bill": bill, "bill_lang": bill.get("language", "fr"), "versions": services.bills.versions(bill["id"])}

    context = await run_in_threadpool(read)
    lang = language(request)
    prefix = "history.format."
    names = {key[len(prefix) :]: translate(lang, key) for key in CATALOG if key.startswith(prefix)}
    return await render(
        request,
        "history_exports.html",
        formats=list(formats.EXPORTERS),
        format_names=names,
        export_name=export_name,
        **context,
    )


async def me_page(request: Request) -> Response:
    services = services_of(request)
    actor = await current_actor(request)
    if actor is None:
        return signin_redirect(request, here(request))
    found = await run_in_threadpool(amendment_pages.contributions, services.db, actor.id)
    return await render(request, "history_me.html", 200, **found)


routes = [
    Route("/bills/{bill}/compare", compare_page, methods=["GET"]),
    Route("/bills/{bill}/at", at_date_page, methods=["GET"]),
    Route("/bills/{bill}/articles/{eid}/footprint", footprint_page, methods=["GET"]),
    Route("/bills/{bill}/exports", exports_page, methods=["GET"]),
    Route("/me", me_page, methods=["GET"]),
]
