"""Amendment pages: proposing one (with the server's redline and instruction while typing), the
bill's amendments filtered by article, status and author, and officials' decisions posted from them.
The amendments of one article, for the article page's slot, come from `article_amendments`.

Every form posts without script and redirects (303); static/js/amend.js only adds the live preview.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any
from urllib.parse import quote, urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from drafting.bootstrap import Services
from drafting.domain import errors
from drafting.domain.amendment import STATUSES
from drafting.domain.permissions import Actor
from drafting.domain.tree import Article
from drafting.services import amendment_drafts, amendment_instructions, amendment_pages, commands
from drafting.services.amendment_proposals import normalized
from drafting.services.memo import rendered
from drafting.services.parliament_import import imported_parts, parliament_head
from drafting.services.views.amendments import AmendmentListItem, DraftPreview, ShownAmendment
from drafting.web import outdated, pages_instructions
from drafting.web.auth import current_actor
from drafting.web.context import services_of
from drafting.web.forms import fields, safe_next, see_other
from drafting.web.i18n import language, translate
from drafting.web.ratelimit import RateLimits, client_address, too_many
from drafting.web.refusals import refusal_text
from drafting.web.render import here, render, templates
from drafting.web.requests import form_int, int_param, json_object, path_int

PER_PAGE = 20
SLOT_SIZE = 10  # amendments of each kind on the article page; the list has the rest
ERRORS = {  # what a form says when the services refuse it
    errors.InvalidInput: "amend.error.invalid",
    errors.Forbidden: "amend.error.forbidden",
    errors.Conflict: "amend.error.conflict",
    errors.NotFound: "amend.error.not_found",
    errors.PayloadTooLarge: "amend.error.invalid",
}
MOVED = "amend.error.text_moved"  # a Conflict whose details say the text moved under the amendment


def redline_paragraphs(segments: list[list[str]], *, whole: bool = False) -> list[dict[str, Any]]:
    """A redline cut into alinéas, those without a change folded into one `elided` count each run
    (unless `whole`): a one-word amendment to a long article reads as that alinéa, not the article."""
    paragraphs: list[list[list[str]]] = [[]]
    for op, text in segments:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if i:
                paragraphs.append([])
            if line:
                paragraphs[-1].append([op, line])
    out: list[dict[str, Any]] = []
    for pieces in paragraphs:
        if whole or any(op != "=" for op, _ in pieces):
            out.append({"pieces": pieces})
        elif out and "elided" in out[-1]:
            out[-1]["elided"] += 1
        else:
            out.append({"elided": 1})
    return out


templates.globals.update(redline_paragraphs=redline_paragraphs)


def error_key(exc: errors.DraftingError) -> str:
    return next((key for cls, key in ERRORS.items() if isinstance(exc, cls)), "amend.error.invalid")


FIELD_IDS = {"text": "proposed", "justification": "justification", "instructions": "instructions"}


def field_refusal(lang: str, exc: errors.DraftingError, default: str) -> dict[str, Any]:
    """The propose form's refusal: the summary naming the field (« Exposé des motifs : … »), the field's
    id, and the message shown next to it; a refusal naming no field is about the `default` one."""
    field = exc.details.get("field")
    field = field if isinstance(field, str) and field in FIELD_IDS else default
    return {
        "error": refusal_text(lang, exc, field),
        "error_field": FIELD_IDS[field],
        "field_error": refusal_text(lang, exc),
    }


def signin_redirect(request: Request, back: str) -> Response:
    return see_other(f"/signin?next={quote(back, safe='/')}")


def article_names(tree_articles: list[Article], lang: str) -> dict[str, str]:
    return {a.eid: translate(lang, "bills.article", num=a.num) for a in tree_articles}


def decorate(services: Services, items: list[AmendmentListItem]) -> list[ShownAmendment]:
    """Amendments as the pages show them: each closed one with why it was closed, each imported from
    Parliament with its number, authors and outcome there."""
    closed = [a["id"] for a in items if a["status"] not in ("submitted", "draft")]
    closings = amendment_pages.closings(services.db, closed)
    shown: list[ShownAmendment] = []
    for a in items:
        parts = imported_parts(a["justification"])
        expose_html = rendered(parts.expose) if parts and parts.expose else ""
        head = parliament_head(a["justification"])
        shown.append({**a, "closing": closings.get(a["id"]), "parliament": head, "imported": parts,
                      "expose_html": expose_html})  # fmt: skip
    return shown


def article_amendments(services: Services, bill_id: int, eid: str, actor: Actor | None) -> dict[str, Any]:
    """The article page's slot: its pending amendments (most supported first) and its decided ones,
    each with its redline, instruction and, once closed, the reason (blocking: thread pool)."""
    pending = services.amendments.listing(
        None, bill_id, article=eid, status="submitted", sort="support", per_page=SLOT_SIZE
    )
    closed = []
    for status in ("accepted", "rejected", "fallen", "withdrawn"):
        closed += services.amendments.listing(None, bill_id, article=eid, status=status, per_page=SLOT_SIZE)["items"]
    closed = sorted(closed, key=lambda a: a["id"], reverse=True)[:SLOT_SIZE]
    spans = services.bills.footprint(bill_id, None, eid)["spans"]
    return {
        "footprint": [s for s in spans if s["origin"]["kind"] != "import"],
        "eid": eid,
        "official": actor is not None and actor.is_official_of(bill_id),
        "pending": decorate(services, pending["items"]),
        "more_pending": pending["next_page"] is not None,
        "pending_total": services.amendments.pending_counts(bill_id).get(eid, 0),
        "decided": decorate(services, closed),
    }


async def problem(request: Request) -> str | None:
    """The message a refused decision left in the address (only known keys: never text from the URL).
    When the text moved under the amendment, what stands in the way is read again (which passages,
    the amendments accepted since) and said with the way out."""
    key = request.query_params.get("problem", "")
    lang = language(request)
    if key == MOVED:
        on, actor = int_param(request, "on"), await current_actor(request)
        try:  # an address anyone may type: nothing more than the plain line unless the official may see it
            found = await run_in_threadpool(services_of(request).decisions.obstacle, actor, on) if on else None
            details = dict(found) if found else None
        except errors.DraftingError:
            details = None
        return outdated.describe(lang, details, deciding=True) if details else translate(lang, MOVED)
    return translate(lang, key) if key in ERRORS.values() or key == "amend.error.reason" else None


# --- proposing --------------------------------------------------------------------------------------


async def _propose_form(
    request: Request,
    status: int = 200,
    *,
    text: str | None = None,
    justification: str = "",
    error: str | None = None,
    mode: str = "text",
    instructions: str = "",
    preview: DraftPreview | None = None,
    refused: dict[str, Any] | None = None,
    base: int | None = None,
    error_field: str | None = None,
    field_error: str | None = None,
    duplicate: dict[str, Any] | None = None,
) -> Response:
    """The propose page in one of its two modes: editing the text, or pasting instructions (whose
    `preview` or `refused` the caller computed). A form sent back (`base`, the version it was written
    against) whose article was deleted since is shown again on that version, what was written kept,
    saying the article is gone."""
    services = services_of(request)
    bill_ref, eid = request.path_params["bill"], request.path_params["eid"]

    def read() -> dict[str, Any]:
        bill, version, tree = services.bills.tree(bill_ref)
        article = tree.find(eid)
        gone = not isinstance(article, Article) and base is not None and base < version["number"]
        if gone:
            bill, version, tree = services.bills.tree(bill_ref, base)
            article = tree.find(eid)
        if not isinstance(article, Article):
            raise errors.NotFound(f"version {version['number']} of this bill has no article {eid!r}")
        proposed = article.text if text is None else text
        shown = preview
        if mode == "text" and text is not None and text != article.text:
            try:
                shown = amendment_drafts.preview(services.db, bill["id"], eid, version["number"], proposed)
            except errors.InvalidInput:
                shown = None
        return {
            "bill": bill,
            "bill_lang": bill["language"],
            "article": {"eid": article.eid, "num": article.num, "heading": article.heading, "text": article.text},
            "base_version": version["number"],
            "proposed": proposed,
            "preview": shown,
            "gone": gone,
        }

    context = await run_in_threadpool(read)
    if context.pop("gone"):  # whatever else went wrong, this is what the writer must know
        error = translate(language(request), "amend.error.article_gone", n=context["base_version"])
    return await render(
        request,
        "amend_propose.html",
        status,
        justification=justification,
        error=error,
        error_field=error_field,
        field_error=field_error,
        mode=mode,
        instructions=instructions,
        refused=refused,
        duplicate=duplicate,
        **context,
    )


async def propose_page(request: Request) -> Response:
    if await current_actor(request) is None:
        return signin_redirect(request, here(request))
    mode = "instructions" if request.query_params.get("mode") == "instructions" else "text"
    return await _propose_form(request, mode=mode)


async def propose(request: Request) -> Response:
    actor = await current_actor(request)
    if actor is None:
        return signin_redirect(request, request.url.path)
    form = await fields(request)
    bill_ref, eid = request.path_params["bill"], request.path_params["eid"]
    text, justification = form.get("text", ""), form.get("justification", "")
    if form.get("mode") == "instructions":
        return await _propose_instructions(request, actor, form)
    base = form_int(form.get("base_version"))
    if form.get("action") == "preview":
        return await _propose_form(request, text=text, justification=justification, base=base)
    proposal = commands.Proposal(
        kind="modify",
        article=eid,
        base_version=base,
        text=text,
        justification=justification,
    )
    try:
        created = await run_in_threadpool(services_of(request).amendments.propose, actor, bill_ref, proposal)
    except (errors.InvalidInput, errors.Forbidden, errors.Conflict, errors.PayloadTooLarge) as exc:
        lang = language(request)
        if "passages" in exc.details:  # written on an older version whose words were rewritten since
            message = outdated.describe(lang, exc.details, deciding=False)
            return await _propose_form(request, 409, text=text, justification=justification, error=message)
        if "duplicate_of" in exc.details:  # sent again (Back, then « Déposer »): the one already there
            message, twin = translate(lang, "amend.error.duplicate"), _twin(exc)
            return await _propose_form(request, 409, text=text, justification=justification, error=message,
                                       duplicate=twin, base=base)  # fmt: skip
        if isinstance(exc, errors.InvalidInput | errors.PayloadTooLarge):  # what was wrong, next to its field
            shown = field_refusal(lang, exc, "text")
            return await _propose_form(request, 422, text=text, justification=justification, base=base, **shown)
        message = translate(lang, error_key(exc))
        return await _propose_form(request, 422, text=text, justification=justification, error=message, base=base)
    return see_other(f"/bills/{bill_ref}/articles/{eid}#amendment-{created['id']}")


def _twin(exc: errors.DraftingError) -> dict[str, Any]:
    """The amendment already filed that a duplicate names (`duplicate_of`: its id and label)."""
    twin = exc.details["duplicate_of"]
    assert isinstance(twin, dict)
    return twin


async def _propose_instructions(request: Request, actor: Actor, form: dict[str, str]) -> Response:
    """The paste mode's form: its preview without script, or the amendment created as the API's kind
    "instructions" is (the same service path); a refusal says where reading stopped."""
    bill_ref, eid = request.path_params["bill"], request.path_params["eid"]
    instructions, justification = form.get("instructions", ""), form.get("justification", "")
    base = form_int(form.get("base_version"))
    lang = language(request)

    def again(status: int = 200, **shown: Any) -> Coroutine[Any, Any, Response]:
        return _propose_form(
            request,
            status,
            mode="instructions",
            instructions=instructions,
            justification=justification,
            base=base,
            **shown,
        )

    if form.get("action") == "preview":
        shown, refused = await run_in_threadpool(
            pages_instructions.preview, services_of(request), bill_ref, eid, base, instructions, lang
        )
        return await again(preview=shown, refused=refused)
    proposal = commands.Proposal(
        kind="instructions", article=eid, base_version=base, instructions=instructions, justification=justification
    )
    try:
        created = await run_in_threadpool(services_of(request).amendments.propose, actor, bill_ref, proposal)
    except errors.InvalidInput as exc:  # AmendingError among them: the preview box says why, too
        if exc.details.get("field") == "justification":
            return await again(422, **field_refusal(lang, exc, "instructions"))
        refused = pages_instructions.refusal(lang, exc)
        return await again(422, error=refused["message"], refused=refused)
    except errors.PayloadTooLarge as exc:
        return await again(422, **field_refusal(lang, exc, "instructions"))
    except (errors.Forbidden, errors.Conflict) as exc:
        if "passages" in exc.details:  # the instructions read on an older version no longer apply
            return await again(409, error=outdated.describe(lang, exc.details, deciding=False))
        if "duplicate_of" in exc.details:
            return await again(409, error=translate(lang, "amend.error.duplicate"), duplicate=_twin(exc))
        return await again(422, error=translate(lang, error_key(exc)))
    return see_other(f"/bills/{bill_ref}/articles/{eid}#amendment-{created['id']}")


async def preview(request: Request) -> Response:
    """The redline, instruction and collisions of a text being written, as HTML for the page to show
    (the server diffs; the browser sends the whole text and never counts offsets). Signed in, it counts as a
    write (`ratelimit.WriteThrottle`); signed out, per address, before its body is read."""
    if await current_actor(request) is None:
        limits: RateLimits = request.app.state.rate_limits
        if wait := await run_in_threadpool(limits.anonymous_preview, client_address(request)):
            return too_many(wait, "too many previews from this address")
    body = await json_object(request, '{"text": ..., "base_version": N}')
    if "instructions" in body:
        return await _preview_instructions(request, body)
    text, base = body.get("text"), body.get("base_version")
    if not isinstance(text, str) or len(text) > 200_000 or "\x00" in text:
        raise errors.InvalidInput("text must be a string of at most 200,000 characters")
    _check_base(base)
    bill_ref, eid = request.path_params["bill"], request.path_params["eid"]
    result = await run_in_threadpool(amendment_drafts.preview, services_of(request).db, bill_ref, eid, base, text)
    lang = language(request)
    html = templates.get_template("amend_preview.html").render(lang=lang, preview=result, bill_ref=bill_ref)
    return JSONResponse(
        {
            "html": html,
            "changed": result["changed"],
            "collisions": result["collisions"],
            "instruction": result["instruction"],
        }
    )


def _check_base(base: Any) -> None:
    if base is not None and (not isinstance(base, int) or isinstance(base, bool) or base < 1):
        raise errors.InvalidInput(f"base_version must be a version number, got {base!r}")


async def _preview_instructions(request: Request, body: dict[str, Any]) -> Response:
    """The paste mode's live preview: the redline and resulting text, or the refusal in plain words
    (a refusal is what the preview shows, not an error of the request: 200)."""
    instructions, base = body.get("instructions"), body.get("base_version")
    limit = amendment_instructions.MAX_INSTRUCTIONS
    if not isinstance(instructions, str) or len(instructions) > limit or "\x00" in instructions:
        raise errors.InvalidInput(f"instructions must be a string of at most {limit:,} characters")
    _check_base(base)
    bill_ref, eid = request.path_params["bill"], request.path_params["eid"]
    lang = language(request)
    result, refused = await run_in_threadpool(
        pages_instructions.preview, services_of(request), bill_ref, eid, base, instructions, lang
    )
    page = templates.get_template("amend_preview.html")
    html = page.render(lang=lang, preview=result, refused=refused, bill_ref=bill_ref, mode="instructions")
    return JSONResponse(
        {
            "html": html,
            "changed": bool(result and result["changed"]),
            "collisions": result["collisions"] if result else [],
            "instruction": result["instruction"] if result else None,
            "refused": refused,
        }
    )


# --- the bill's amendments ----------------------------------------------------------------------------


async def listing_page(request: Request) -> Response:
    """Filtered by article, status and author ("mine" for the signed-in reader's); newest first, or
    by support; officials of the bill decide pending ones from here."""
    services = services_of(request)
    actor = await current_actor(request)
    params = request.query_params
    page = int_param(request, "page", 1) or 1
    sort = params.get("sort") or "date"
    status = params.get("status") or None
    article = params.get("article") or None
    mine = params.get("mine") == "1"
    if mine and actor is None:
        return signin_redirect(request, here(request))
    if status is not None and status not in STATUSES:
        raise errors.InvalidInput(f"status must be one of {', '.join(STATUSES)}, got {status!r}")
    author = actor.id if mine and actor else int_param(request, "author")

    def read() -> dict[str, Any]:
        bill, _version, tree = services.bills.tree(request.path_params["bill"])
        listing = services.amendments.listing(
            actor, bill["id"], article=article, status=status, author=author, sort=sort, page=page, per_page=PER_PAGE
        )
        return {
            "bill": bill,
            "bill_lang": bill["language"],
            "articles": article_names(tree.articles(), language(request)),
            "items": decorate(services, listing["items"]),
            "next_page": listing["next_page"],
            "official": actor is not None and actor.is_official_of(bill["id"]),
        }

    context = await run_in_threadpool(read)
    filters = {"article": article or "", "status": status or "", "sort": sort, "mine": "1" if mine else ""}
    if author and not mine:
        filters["author"] = str(author)
    shown = {k: v for k, v in filters.items() if v and not (k == "sort" and v == "date")}
    return await render(
        request,
        "amend_list.html",
        page=page,
        per_page=PER_PAGE,
        filters=filters,
        query=lambda **changes: urlencode({**shown, **changes}),
        statuses=STATUSES,
        request_problem=await problem(request),
        request_on=int_param(request, "on"),
        **context,
    )


# --- decisions ------------------------------------------------------------------------------------------


async def decide(request: Request) -> Response:
    actor: Actor | None = await current_actor(request)
    amendment_id = path_int(request, "id")
    form = await fields(request)
    back = safe_next(form.get("next"), "/")
    if actor is None:
        return signin_redirect(request, back)
    decision = form.get("decision", "")
    text = form.get("text") or None
    if text is not None:  # the queue's form holds the proposed text: only a changed one is an edit
        proposed = (await run_in_threadpool(services_of(request).amendments.get, actor, amendment_id))["text"]
        text = None if normalized(text) == proposed else text
    label = (form.get("label") or "").strip() or None
    try:
        await run_in_threadpool(
            lambda: services_of(request).decisions.decide(
                actor, amendment_id, decision=decision, reason=form.get("reason", ""), text=text, label=label
            )
        )
    except (errors.InvalidInput, errors.Conflict) as exc:
        key = "amend.error.reason" if "reason" in exc.message else error_key(exc)
        if "passages" in exc.details:
            key = MOVED
        path = back.partition("#")[0]
        sep = "&" if "?" in path else "?"
        return see_other(f"{path}{sep}{urlencode({'problem': key, 'on': amendment_id})}#amendment-{amendment_id}")
    path = back.partition("#")[0]
    return see_other(f"{path}#amendment-{amendment_id}")


routes = [
    Route("/bills/{bill}/articles/{eid}/amend", propose_page, methods=["GET"]),
    Route("/bills/{bill}/articles/{eid}/amend", propose, methods=["POST"]),
    Route("/bills/{bill}/articles/{eid}/amend/preview", preview, methods=["POST"]),
    Route("/bills/{bill}/amendments", listing_page, methods=["GET"]),
    Route("/amendments/{id}/decision", decide, methods=["POST"]),
]
