"""Sub-amending from an amendment's page (« Sous-amender », `/amendments/{id}`), in the propose page's
two modes: the amendment's proposed text, edited; or, `?subamend=instructions`, instructions in legal
French pasted (« Alinéa 2 de l'amendement n° 12 : remplacer les mots … », or just « Alinéa 2 : … »),
read on that text. Both file the API's sub-amendment (`parent`; kind "instructions" for the second).

The instructions are previewed as the propose page's are (the redline of the amendment's text, the
regenerated instruction and the text they give): by static/js/amendment.js while typing, through
`/amendments/{id}/subamend/preview`, and without script by « Prévisualiser ». A refusal shows the page
again, the form open with what was pasted and, next to it, why in the page's language; never a 500.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from drafting.domain import errors
from drafting.services import amendment_instructions, commands
from drafting.web import pages_instructions
from drafting.web.auth import current_actor
from drafting.web.context import services_of
from drafting.web.forms import fields, see_other
from drafting.web.i18n import language, translate
from drafting.web.pages_amendment import (
    REFUSED,
    Problem,
    SubForm,
    message_key,
    page_url,
    refused_form,
    show,
    signin_first,
    status_of,
)
from drafting.web.render import templates
from drafting.web.requests import json_object, path_int


async def sub_amend(request: Request) -> Response:
    """A sub-amendment: the parent's proposed text, edited, or (`mode=instructions`) instructions
    that change it; `action=preview` shows what they give without filing them."""
    actor = await current_actor(request)
    amendment_id = path_int(request, "id")
    if actor is None:
        return signin_first(amendment_id)
    form = await fields(request)
    justification = form.get("justification", "")
    services = services_of(request)
    if form.get("mode") == "instructions":
        return await _instructions(request, form)
    text = form.get("text", "")
    try:
        bill_id = (await run_in_threadpool(services.amendments.get, actor, amendment_id))["bill"]
        proposal = commands.Proposal(kind="modify", parent=amendment_id, text=text, justification=justification)
        created = await run_in_threadpool(services.amendments.propose, actor, bill_id, proposal)
    except REFUSED as exc:
        values = {"text": text, "justification": justification}
        return await refused_form(request, "subamend", exc, values, SubForm(open=True))
    return see_other(page_url(created["id"]))


async def _instructions(request: Request, form: dict[str, str]) -> Response:
    """The instructions mode: previewed, or filed as the API's kind "instructions" with `parent`."""
    actor = await current_actor(request)
    amendment_id = path_int(request, "id")
    services = services_of(request)
    lang = language(request)
    instructions, justification = form.get("instructions", ""), form.get("justification", "")
    if form.get("action") == "preview":
        shown, refused = await run_in_threadpool(
            pages_instructions.sub_amendment_preview, services, actor, amendment_id, instructions, lang
        )
        return await show(request, sub=SubForm("instructions", True, instructions, justification, shown, refused))
    sub = SubForm("instructions", True, instructions, justification)
    values = {"mode": "instructions"}
    if not instructions.strip():  # the field is required; a blank one sent anyway is told so plainly
        said = translate(lang, "parliament.why.empty")
        return await show(request, 422, Problem("subamend", "amendment.error.sub_text", values, said), sub)
    try:
        bill_id = (await run_in_threadpool(services.amendments.get, actor, amendment_id))["bill"]
        proposal = commands.Proposal(
            kind="instructions", parent=amendment_id, instructions=instructions, justification=justification
        )
        created = await run_in_threadpool(services.amendments.propose, actor, bill_id, proposal)
    except errors.InvalidInput as exc:  # AmendingError among them: said in plain words, where and why
        refused = pages_instructions.refusal(lang, exc, on_amendment=True)
        problem = Problem("subamend", "amendment.error.sub_text", values, refused["message"], refused)
        return await show(request, 422, problem, sub)
    except REFUSED as exc:  # closed, hidden, forbidden meanwhile: the page's own words for them
        return await show(request, status_of(exc), Problem("subamend", message_key("subamend", exc), values), sub)
    return see_other(page_url(created["id"]))


async def preview(request: Request) -> Response:
    """The instructions mode's live preview: the redline of the amendment's text and the text they
    give, or the refusal in plain words (a refusal is what the preview shows: 200), as HTML the
    server escaped."""
    body = await json_object(request, '{"instructions": "..."}')
    instructions = body.get("instructions")
    limit = amendment_instructions.MAX_INSTRUCTIONS
    if not isinstance(instructions, str) or len(instructions) > limit or "\x00" in instructions:
        raise errors.InvalidInput(f"instructions must be a string of at most {limit:,} characters")
    actor = await current_actor(request)
    amendment_id = path_int(request, "id")
    lang = language(request)
    shown, refused = await run_in_threadpool(
        pages_instructions.sub_amendment_preview, services_of(request), actor, amendment_id, instructions, lang
    )
    page = templates.get_template("amend_preview.html")
    html = page.render(lang=lang, preview=shown, refused=refused, heading_level=4)
    return JSONResponse({"html": html, "changed": shown is not None, "refused": refused})


routes = [
    Route("/amendments/{id}/subamend", sub_amend, methods=["POST"]),
    Route("/amendments/{id}/subamend/preview", preview, methods=["POST"]),
]
