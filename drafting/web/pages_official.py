"""The official's queue: pending amendments by article (in the text's order) and by support, those
that change the same passage grouped as a discussion commune; accept (as proposed or with an edited
text, the new version labelled), reject with a reason; open and close the consultation.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from drafting.bootstrap import Services
from drafting.domain import errors
from drafting.domain.permissions import Actor, require_official
from drafting.services.views.amendments import ShownAmendment
from drafting.web.auth import current_actor
from drafting.web.context import services_of
from drafting.web.forms import fields, see_other
from drafting.web.i18n import language, translate
from drafting.web.pages_amendments import article_names, decorate, problem, signin_redirect
from drafting.web.render import here, render
from drafting.web.requests import int_param

START = "start"  # the queue's place for new articles placed first in a division or in the text
QUEUE_LIMIT = 1_000  # pending amendments shown at once; a national consultation's queue pages by article


async def queue_page(request: Request) -> Response:
    services = services_of(request)
    actor = await current_actor(request)
    if actor is None:
        return signin_redirect(request, here(request))
    article = request.query_params.get("article") or None
    decided = int_param(request, "decided")

    def read() -> dict[str, Any]:
        bill, version, tree = services.bills.tree(request.path_params["bill"])
        require_official(actor, bill["id"])
        order = [a.eid for a in tree.articles()]
        counts = services.amendments.pending_counts(bill["id"])
        overview = ([START] if counts.get("") else []) + [eid for eid in order if counts.get(eid)]
        # one article at a time: a national consultation's whole queue is megabytes of redlines
        chosen = article or (overview[0] if overview else None)
        pending = services.amendments.listing(
            actor, bill["id"], article=None if chosen == START else chosen, status="submitted", sort="support",
            per_page=QUEUE_LIMIT,
        )  # fmt: skip
        if chosen == START:  # new articles placed first in a division or in the text follow no article
            pending["items"] = [a for a in pending["items"] if a["kind"] == "insert" and not a["after"]]
        items = decorate(services, pending["items"]) if chosen else []
        # the drafts an import from Parliament flagged for a human: the officials' to write out (visibility.py)
        drafts = services.amendments.listing(actor, bill["id"], status="draft", per_page=QUEUE_LIMIT)["items"]
        to_check = decorate(services, [a for a in drafts if a["parliament_number"] is not None])
        groups = services.amendments.discussions(bill["id"])["groups"]
        joint = {i: n for n, g in enumerate(groups) for i in g["amendments"]}
        by_article: dict[str, list[ShownAmendment]] = {}
        for a in items:
            place = (a["after"] or START) if a["kind"] == "insert" else a["article"]
            by_article.setdefault(place, []).append(a)
        sections = []
        next_one: ShownAmendment | None = None
        for eid in sorted(by_article, key=lambda e: order.index(e) if e in order else len(order)):
            found = by_article[eid]
            discussions: dict[int, list[ShownAmendment]] = {}
            alone = []
            for a in found:  # already by support, the most supported first
                if a["id"] in joint:
                    discussions.setdefault(joint[a["id"]], []).append(a)
                else:
                    alone.append(a)
            sections.append(
                {"eid": eid, "discussions": list(discussions.values()), "alone": alone, "count": len(found)}
            )
            if next_one is None:  # the first card the page shows, after a decision the way on
                next_one = next((a for group in [*discussions.values(), alone] for a in group), None)
        return {
            "bill": bill,
            "bill_lang": bill["language"],
            "version": version["number"],
            "label": version["label"],
            "articles": {
                START: translate(language(request), "proposals.queue_start"),
                **article_names(tree.articles(), language(request)),
            },
            "sections": sections,
            "to_check": to_check,
            "overview": [{"eid": eid, "count": counts["" if eid == START else eid]} for eid in overview],
            "chosen": chosen,
            "total": sum(counts.values()),
            "truncated": pending["next_page"] is not None,
            "decided": just_decided(services, actor, bill["id"], decided) if decided else None,
            "next_one": next_one,
        }

    context = await run_in_threadpool(read)
    return await render(
        request,
        "amend_queue.html",
        filter_article=article,
        request_problem=await problem(request),
        request_on=int_param(request, "on"),
        **context,
    )


def just_decided(services: Services, actor: Actor, bill_id: int, amendment_id: int) -> dict[str, Any] | None:
    """The amendment a decision posted from the queue closed (the address names it: `decided`), as the
    status message says it; its outcome is read from the database, never from the address. None when it
    is still pending (the decision was refused: the card says why) or not this bill's."""
    try:
        found = services.amendments.get(actor, amendment_id)
    except errors.NotFound:
        return None
    if found["bill"] != bill_id or found["status"] not in ("accepted", "rejected"):
        return None
    version = next((h.get("version") for h in reversed(found["history"]) if h.get("version")), None)
    return {"status": found["status"], "label": found["label"], "version": version}


async def consultation(request: Request) -> Response:
    """Open or close the consultation (the bill's status), then back to the queue."""
    services = services_of(request)
    actor = await current_actor(request)
    bill_ref = request.path_params["bill"]
    back = f"/bills/{bill_ref}/queue"
    if actor is None:
        return signin_redirect(request, back)
    form = await fields(request)
    status = form.get("status")
    if status not in ("open", "closed"):
        raise errors.InvalidInput(f"status must be open or closed, got {status!r}")
    await run_in_threadpool(lambda: services.bills.update(actor, bill_ref, status=status))
    return see_other(back + "#consultation")


routes = [
    Route("/bills/{bill}/queue", queue_page, methods=["GET"]),
    Route("/bills/{bill}/consultation", consultation, methods=["POST"]),
]
