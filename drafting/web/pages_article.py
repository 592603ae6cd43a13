"""An article's page: its numbered alinéas with the annotated passages marked and their notes, its
neighbours, its votes, all its arguments (paged per side), its discussion; and the form posts that
let people vote, argue and comment without script (each answered by a redirect back to the page).

Annotating needs a selection, so it is done by static/js/annotate.js through the API; the other
forms are enhanced by static/js/article.js.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from drafting.bootstrap import Services
from drafting.domain import errors
from drafting.domain.permissions import Actor
from drafting.domain.tree import Article
from drafting.services.participation import Target
from drafting.web.auth import current_actor
from drafting.web.context import services_of
from drafting.web.forms import fields as form_fields
from drafting.web.highlight import pieces
from drafting.web.pages import phase, tally_of
from drafting.web.pages_amendments import article_amendments
from drafting.web.render import render
from drafting.web.requests import form_int, int_param

ARGUMENTS_PER_PAGE = 10
VOTE_VALUES = ("agree", "mixed", "disagree")


def _read(
    services: Services, actor: Actor | None, bill_ref: str, eid: str, number: int | None, pages: dict[str, int]
) -> dict[str, Any]:
    bill, version, tree = services.bills.tree(bill_ref, number)
    located = tree.locate(eid)
    if located is None or not isinstance(located[0], Article):
        raise errors.NotFound(f"version {version['number']} of this bill has no article {eid!r}")
    article: Article = located[0]
    ancestors = located[1]
    eids = [a.eid for a in tree.articles()]
    index = eids.index(eid)
    neighbours = {
        "previous": tree.locate(eids[index - 1])[0] if index > 0 else None,  # type: ignore[index]
        "next": tree.locate(eids[index + 1])[0] if index + 1 < len(eids) else None,  # type: ignore[index]
    }
    current = version["number"] == bill["head_version"]
    context: dict[str, Any] = {
        "bill": bill,
        "version": version,
        "current": current,
        "article": {"eid": article.eid, "kind": "article", "num": article.num, "heading": article.heading},
        "path": [{"eid": a.eid, "kind": a.kind, "num": a.num, "heading": a.heading} for a in ancestors],
        "neighbours": {
            k: ({"eid": n.eid, "kind": "article", "num": n.num, "heading": n.heading} if n else None)
            for k, n in neighbours.items()
        },
        "position": index + 1,
        "count": len(eids),
        "bill_lang": bill["language"],
    }
    if not current:
        context["alineas"] = pieces(article.alineas, [])
        return context
    annotations = services.annotations.listing(bill["id"], article=eid, version=None, page=1, per_page=200)["items"]
    shown = [a for a in annotations if not a["orphaned"]]
    spans = [(a["position"]["start"], a["position"]["end"], a["id"]) for a in shown if not a["hidden"]]
    target = Target.article(bill["id"], eid)
    arguments = {
        stance: services.arguments.listing(
            actor, target, stance=stance, sort="useful", page=pages[stance], per_page=ARGUMENTS_PER_PAGE
        )
        for stance in ("for", "against")
    }
    context.update(
        alineas=pieces(article.alineas, spans),
        annotations=shown,
        orphaned=[a for a in annotations if a["orphaned"]],
        tally=tally_of(services.votes.tallies(bill["id"], "article").get(eid)),
        my_vote=services.votes.mine(actor, bill["id"], "article").get(eid),
        arguments=arguments,
        argument_counts=services.arguments.counts(actor, target),  # this article's, not the bill's summary
        argument_pages=pages,
        comments=services.comments.thread("article", eid, bill_ref=bill["id"])["items"],
        amendments=article_amendments(services, bill["id"], eid, actor),  # ui-b's slot
    )
    return context


async def article_page(request: Request) -> Response:
    services = services_of(request)
    actor = await current_actor(request)
    pages = {"for": int_param(request, "pour", 1) or 1, "against": int_param(request, "contre", 1) or 1}
    context = await run_in_threadpool(
        _read,
        services,
        actor,
        request.path_params["bill"],
        request.path_params["eid"],
        int_param(request, "version"),
        pages,
    )
    status = phase(context["bill"], datetime.now(UTC))
    return await render(
        request,
        "article.html",
        phase=status,
        may_contribute=status == "open",
        per_page_arguments=ARGUMENTS_PER_PAGE,
        **context,
    )


# --- the forms, without script ------------------------------------------------------------------


def _back(request: Request, anchor: str) -> Response:
    path = f"/bills/{quote(request.path_params['bill'])}/articles/{quote(request.path_params['eid'])}"
    return RedirectResponse(f"{path}#{anchor}", status_code=303)


async def _signed_in(request: Request) -> Actor:
    actor = await current_actor(request)
    if actor is None:
        raise errors.Unauthenticated("sign in to take part")
    return actor


async def vote(request: Request) -> Response:
    actor = await _signed_in(request)
    value = (await form_fields(request)).get("value", "")
    target = Target.article(request.path_params["bill"], request.path_params["eid"])
    votes = services_of(request).votes
    if value == "retract":
        await run_in_threadpool(votes.retract, actor, target)
    elif value in VOTE_VALUES:
        await run_in_threadpool(votes.cast, actor, target, value)
    else:
        raise errors.InvalidInput(f"a vote is agree, mixed or disagree, got {value!r}")
    return _back(request, "votes")


async def argue(request: Request) -> Response:
    actor = await _signed_in(request)
    fields = await form_fields(request)
    stance, body = fields.get("stance", ""), fields.get("body", "").strip()
    if stance not in ("for", "against") or not body:
        raise errors.InvalidInput("an argument needs a stance (for or against) and a body")
    target = Target.article(request.path_params["bill"], request.path_params["eid"])
    await run_in_threadpool(services_of(request).arguments.post, actor, target, stance, body)
    return _back(request, "arguments")


async def comment(request: Request) -> Response:
    actor = await _signed_in(request)
    fields = await form_fields(request)
    body = fields.get("body", "").strip()
    if not body:
        raise errors.InvalidInput("a comment needs a body")
    reply_to = form_int(fields.get("reply_to"))
    comments = services_of(request).comments
    bill, eid = request.path_params["bill"], request.path_params["eid"]
    await run_in_threadpool(lambda: comments.create(actor, "article", eid, body, bill_ref=bill, reply_to=reply_to))
    return _back(request, "comments")


routes = [
    Route("/bills/{bill}/articles/{eid}", article_page, methods=["GET"]),
    Route("/bills/{bill}/articles/{eid}/vote", vote, methods=["POST"]),
    Route("/bills/{bill}/articles/{eid}/argue", argue, methods=["POST"]),
    Route("/bills/{bill}/articles/{eid}/comment", comment, methods=["POST"]),
]
