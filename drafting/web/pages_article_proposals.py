"""Proposing a new article (« article additionnel ») after an article, first in a division or at the
start of the text, and proposing to delete an article. Both forms post without script, create the
amendment by the API's path (a `Proposal` command to `Amendments.propose`), then land on the
amendment's page; static/js/proposal.js adds the new article's preview while typing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from drafting.bootstrap import Services
from drafting.domain import article_numbers, errors
from drafting.domain.instructions import delete_article_instruction, insert_article_instruction
from drafting.domain.permissions import Actor
from drafting.domain.tree import Article, BillTree, Division, split_alineas
from drafting.services import commands
from drafting.services.views.bills import BillView
from drafting.web.auth import current_actor
from drafting.web.context import services_of
from drafting.web.forms import fields, see_other
from drafting.web.i18n import language, translate
from drafting.web.pages import label, phase
from drafting.web.refusals import explain, refusal_text
from drafting.web.render import here, render, templates
from drafting.web.requests import form_int, json_object

LIMITS = {"num": 80, "heading": 500, "justification": 20_000}  # as the API's NewAmendment
REFUSED = (errors.InvalidInput, errors.Forbidden, errors.Conflict, errors.NotFound, errors.PayloadTooLarge)


@dataclass
class Problems:
    """Why a form was refused: messages tied to their field (by its id), and one for the whole form."""

    fields: dict[str, str] = field(default_factory=dict)
    general: str | None = None
    status: int = 422

    def __bool__(self) -> bool:
        return bool(self.fields or self.general)


@dataclass(frozen=True)
class Place:
    """Where a new article goes: after an article, first in a division, or (neither) first in the text;
    `following` is the article it would come before."""

    after: Article | None
    division: Division | None
    following: Article | None

    def query(self) -> dict[str, str]:
        if self.after:
            return {"after": self.after.eid}
        return {"division": self.division.eid} if self.division else {}


def article_name(lang: str, num: str, inline: bool = False) -> str:
    """« Article 3 bis », or « article 3 bis » inside a French sentence (« l’article 3 bis »)."""
    name = translate(lang, "bills.article", num=num)
    return name[0].lower() + name[1:] if inline and lang == "fr" else name


def division_name(lang: str, division: Division) -> str:
    return label({"kind": division.kind, "num": division.num, "heading": division.heading}, lang)


def locate(tree: BillTree, version: int, after: str | None, division: str | None) -> Place:
    articles = tree.articles()
    if after:
        node = tree.find(after)
        if not isinstance(node, Article):
            raise errors.NotFound(f"version {version} of this bill has no article {after!r}")
        index = articles.index(node)
        return Place(node, None, articles[index + 1] if index + 1 < len(articles) else None)
    if division:
        node = tree.find(division)
        if not isinstance(node, Division):
            raise errors.NotFound(f"version {version} of this bill has no division {division!r}")
        inside = {n.eid for n, ancestors in tree.walk() if any(a.eid == node.eid for a in ancestors)}
        return Place(None, node, next((a for a in articles if a.eid in inside), None))
    return Place(None, None, articles[0] if articles else None)


def suggestion(tree: BillTree, place: Place) -> str:
    if place.after:
        return article_numbers.after(tree, place.after.num)
    return article_numbers.first_in(tree, place.division)


def where_text(lang: str, place: Place) -> str:
    """The sentence saying where the new article would go."""
    if place.after and place.following:
        after, following = (article_name(lang, a.num, inline=True) for a in (place.after, place.following))
        return translate(lang, "proposals.place_between", article=after, next=following)
    if place.after:
        return translate(lang, "proposals.place_after", article=article_name(lang, place.after.num, inline=True))
    if place.division:
        return translate(lang, "proposals.place_first", division=division_name(lang, place.division))
    return translate(lang, "proposals.place_start")


def new_article_preview(tree: BillTree, place: Place, values: dict[str, str]) -> dict[str, Any]:
    """The new article as it would read, its amending instruction, and whether its number is taken."""
    num, alineas = values.get("num", "").strip(), split_alineas(values.get("text", ""))
    taken = tree.article_numbered(num) if num else None
    instruction = None
    if num and alineas:
        after = place.after.num if place.after else None
        found = insert_article_instruction(num, "\n".join(alineas), after_num=after, division=place.division)
        instruction = {"fr": found.fr, "en": found.en}
    heading = values.get("heading", "").strip()
    return {"num": num, "heading": heading, "alineas": alineas, "taken": taken.num if taken else None,
            "instruction": instruction}  # fmt: skip


def may_contribute(actor: Actor, bill: BillView) -> bool:
    return actor.is_official_of(bill["id"]) or phase(bill, datetime.now(UTC)) == "open"


def landing(amendment_id: int) -> str:
    """Where a tabled proposal lands: its own page."""
    return f"/amendments/{amendment_id}"


def signin_redirect(back: str) -> Response:
    return see_other(f"/signin?next={quote(back, safe='/')}")


def too_long(lang: str, values: dict[str, str], ids: dict[str, str]) -> dict[str, str]:
    return {
        ids[name]: translate(lang, "proposals.error.too_long", n=f"{limit:,}".replace(",", "\u202f"))
        for name, limit in LIMITS.items()
        if name in ids and len(values.get(name, "")) > limit
    }


def refusal(lang: str, exc: errors.DraftingError, ids: dict[str, str] | None = None) -> Problems:
    """What the form says when the services refuse a proposal the page found well formed: a reason
    the services tie to a field (`ids`: field name -> element id) is shown next to that field."""
    if isinstance(exc, errors.Forbidden):
        return Problems(general=translate(lang, "proposals.error.closed"), status=403)
    if isinstance(exc, errors.Conflict | errors.NotFound):
        return Problems(general=translate(lang, "proposals.error.moved"), status=409)
    field = exc.details.get("field")
    if ids and isinstance(field, str) and field in ids:
        return Problems(fields={ids[field]: refusal_text(lang, exc)})
    known = explain(lang, exc.message)
    return Problems(general=known or translate(lang, "proposals.error.invalid"))


# --- a new article ------------------------------------------------------------------------------------

NEW_IDS = {"num": "new-num", "heading": "new-heading", "text": "new-text", "justification": "new-justification"}


def _read_new(
    services: Services, actor: Actor, bill_ref: str, after: str | None, division: str | None
) -> dict[str, Any]:
    bill, version, tree = services.bills.tree(bill_ref)
    place = locate(tree, version["number"], after, division)
    return {
        "bill": bill,
        "bill_lang": bill["language"],
        "base_version": version["number"],
        "tree": tree,
        "place": place,
        "suggested": suggestion(tree, place),
        "may_contribute": may_contribute(actor, bill),
    }


async def _new_form(
    request: Request, context: dict[str, Any], values: dict[str, str], problems: Problems, *, preview: bool
) -> Response:
    lang = language(request)
    tree, place = context.pop("tree"), context["place"]
    shown = new_article_preview(tree, place, values) if preview or problems else None
    return await render(
        request,
        "proposal_new_article.html",
        problems.status if problems else 200,
        values={"num": context["suggested"], **values},
        problems=problems,
        preview=shown,
        where=where_text(lang, place),
        hidden=place.query(),
        back=f"/bills/{context['bill']['slug']}/articles/{place.after.eid}" if place.after else None,
        **context,
    )


async def new_article_page(request: Request) -> Response:
    actor = await current_actor(request)
    if actor is None:
        return signin_redirect(here(request))
    params = request.query_params
    after, division = params.get("after") or None, params.get("division") or None
    if params.get("place"):  # the table of contents' chooser names an article or a division
        _bill, _version, tree = await run_in_threadpool(services_of(request).bills.tree, request.path_params["bill"])
        node = tree.find(params["place"])
        if node is None and params["place"] != "start":
            raise errors.NotFound(f"this bill has no article or division {params['place']!r}")
        after, division = (node.eid, None) if isinstance(node, Article) else (None, node.eid if node else None)
    bill_ref = request.path_params["bill"]
    context = await run_in_threadpool(_read_new, services_of(request), actor, bill_ref, after, division)
    return await _new_form(request, context, {}, Problems(), preview=False)


async def new_article(request: Request) -> Response:
    actor = await current_actor(request)
    form = await fields(request)
    after, division = form.get("after") or None, form.get("division") or None
    bill_ref = request.path_params["bill"]
    if actor is None:
        where = {k: v for k, v in (("after", after), ("division", division)) if v}
        return signin_redirect(f"/bills/{quote(bill_ref)}/new-article?{urlencode(where)}".rstrip("?"))
    lang = language(request)
    values = {name: form.get(name, "") for name in NEW_IDS}
    context = await run_in_threadpool(_read_new, services_of(request), actor, bill_ref, after, division)
    if form.get("action") == "preview":
        return await _new_form(request, context, values, Problems(), preview=True)
    tree: BillTree = context["tree"]
    num = values["num"].strip()
    problems = Problems(fields=too_long(lang, values, NEW_IDS))
    if not num:
        problems.fields["new-num"] = translate(lang, "proposals.error.num_missing", example=context["suggested"])
    elif (taken := tree.article_numbered(num)) is not None:
        problems.fields["new-num"] = _num_taken(lang, taken.num, context["suggested"])
        problems.status = 409
    if not split_alineas(values["text"]):
        problems.fields["new-text"] = translate(lang, "proposals.error.text_missing")
    if problems:
        return await _new_form(request, context, values, problems, preview=False)
    proposal = commands.Proposal(
        kind="insert",
        after=after,
        division=division,
        num=num,
        heading=values["heading"].strip() or None,
        text=values["text"],
        justification=values["justification"],
        base_version=form_int(form.get("base_version")),
    )
    try:
        created = await run_in_threadpool(services_of(request).amendments.propose, actor, bill_ref, proposal)
    except REFUSED as exc:  # the number was checked above against the current text; this is rarer
        return await _new_form(request, context, values, refusal(lang, exc, NEW_IDS), preview=False)
    return see_other(landing(created["id"]))


def _num_taken(lang: str, num: str, example: str) -> str:
    return translate(lang, "proposals.error.num_taken", article=article_name(lang, num, inline=True), example=example)


async def new_article_preview_html(request: Request) -> Response:
    """The new article as it would read, as HTML for the page to show while typing (the server
    splits the alinéas and writes the instruction, as it will when the article is proposed)."""
    body = await json_object(request, '{"num": ..., "heading": ..., "text": ..., "after": EID}')
    values = {name: body.get(name) or "" for name in ("num", "heading", "text")}
    if not all(isinstance(v, str) for v in values.values()) or len(values["text"]) > 200_000:
        raise errors.InvalidInput("num, heading and text are strings; text of at most 200,000 characters")
    after, division = body.get("after") or None, body.get("division") or None
    if not all(v is None or isinstance(v, str) for v in (after, division)):
        raise errors.InvalidInput("after and division are element ids")

    def read() -> tuple[str, dict[str, Any]]:
        bill, version, tree = services_of(request).bills.tree(request.path_params["bill"])
        return bill["language"], new_article_preview(tree, locate(tree, version["number"], after, division), values)

    bill_lang, shown = await run_in_threadpool(read)
    page = templates.get_template("proposal_preview.html")
    html = page.render(lang=language(request), bill_lang=bill_lang, preview=shown)
    return JSONResponse({"html": html, "taken": shown["taken"] is not None})


# --- deleting an article ------------------------------------------------------------------------------


def _read_deletion(services: Services, actor: Actor, bill_ref: str, eid: str) -> dict[str, Any]:
    bill, version, tree = services.bills.tree(bill_ref)
    article = tree.find(eid)
    if not isinstance(article, Article):
        raise errors.NotFound(f"version {version['number']} of this bill has no article {eid!r}")
    return {
        "bill": bill,
        "bill_lang": bill["language"],
        "base_version": version["number"],
        "article": {"eid": article.eid, "num": article.num, "heading": article.heading, "alineas": article.alineas},
        "pending": services.amendments.pending_counts(bill["id"]).get(eid, 0),
        "deletions": [  # the same proposal already made: better supported than made twice
            {"id": a["id"], "label": a["label"]}
            for a in services.amendments.listing(actor, bill["id"], article=eid, status="submitted", per_page=200)[
                "items"
            ]
            if a["kind"] == "delete" and a["article"] == eid
        ],
        "instruction": delete_article_instruction(),
        "may_contribute": may_contribute(actor, bill),
    }


async def _deletion_form(request: Request, context: dict[str, Any], justification: str, problems: Problems) -> Response:
    lang = language(request)
    num = context["article"]["num"]
    return await render(
        request,
        "proposal_deletion.html",
        problems.status if problems else 200,
        justification=justification,
        problems=problems,
        article_name=article_name(lang, num),
        article_inline=article_name(lang, num, inline=True),
        **context,
    )


async def deletion_page(request: Request) -> Response:
    actor = await current_actor(request)
    if actor is None:
        return signin_redirect(here(request))
    bill_ref, eid = request.path_params["bill"], request.path_params["eid"]
    context = await run_in_threadpool(_read_deletion, services_of(request), actor, bill_ref, eid)
    return await _deletion_form(request, context, "", Problems())


async def deletion(request: Request) -> Response:
    actor = await current_actor(request)
    if actor is None:
        return signin_redirect(request.url.path)
    bill_ref, eid = request.path_params["bill"], request.path_params["eid"]
    form = await fields(request)
    lang = language(request)
    justification = form.get("justification", "")
    context = await run_in_threadpool(_read_deletion, services_of(request), actor, bill_ref, eid)
    ids = {"justification": "deletion-justification"}
    problems = Problems(fields=too_long(lang, {"justification": justification}, ids))
    if not justification.strip():
        problems.fields["deletion-justification"] = translate(lang, "proposals.error.justification_missing")
    if problems:
        return await _deletion_form(request, context, justification, problems)
    proposal = commands.Proposal(
        kind="delete", article=eid, justification=justification, base_version=form_int(form.get("base_version"))
    )
    try:
        created = await run_in_threadpool(services_of(request).amendments.propose, actor, bill_ref, proposal)
    except REFUSED as exc:
        return await _deletion_form(request, context, justification, refusal(lang, exc, ids))
    return see_other(landing(created["id"]))


routes = [
    Route("/bills/{bill}/new-article", new_article_page, methods=["GET"]),
    Route("/bills/{bill}/new-article", new_article, methods=["POST"]),
    Route("/bills/{bill}/new-article/preview", new_article_preview_html, methods=["POST"]),
    Route("/bills/{bill}/articles/{eid}/deletion", deletion_page, methods=["GET"]),
    Route("/bills/{bill}/articles/{eid}/deletion", deletion, methods=["POST"]),
]
