"""The page of one amendment (`/amendments/{id}`): what it changes and why, where it stands, every text
it had (« rect. », « rect. bis ») with the votes and arguments cast on each, its sub-amendments and
its discussion; and the forms its readers, its author and the bill's officials use, each posting to
a route here that calls the same service as the API (deciding posts to `/amendments/{id}/decision`,
in pages_amendments; sub-amending to `/amendments/{id}/subamend`, in pages_subamend).

Every form works without script: a success redirects (303) back to the page; a refusal shows the
page again with the message next to the form and what was typed kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from jinja2 import pass_context
from jinja2.runtime import Context
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from drafting.bootstrap import Services
from drafting.domain import errors
from drafting.domain.amendment import OPEN
from drafting.domain.amendments import amendment_label
from drafting.domain.permissions import Actor
from drafting.domain.tree import Article, BillTree
from drafting.services import amendment_detail, amendment_pages, commands
from drafting.services.memo import rendered
from drafting.services.parliament_import import imported_parts
from drafting.services.participation import Target
from drafting.services.views.amendments import InstructionsPreview
from drafting.web.auth import current_actor
from drafting.web.context import services_of
from drafting.web.forms import fields, see_other
from drafting.web.i18n import language
from drafting.web.pages import phase, tally_of
from drafting.web.pages_amendments import problem as decision_problem
from drafting.web.refusals import explain
from drafting.web.render import render, templates
from drafting.web.requests import form_int, int_param, path_int

ARGUMENTS_PER_PAGE = 20
VOTE_VALUES = ("agree", "mixed", "disagree")
SUB_MODES = ("text", "instructions")  # the sub-amendment form's two modes, as the propose page's
REFUSED = (errors.InvalidInput, errors.Forbidden, errors.Conflict, errors.PayloadTooLarge)
STATUS = {errors.InvalidInput: 422, errors.Forbidden: 403, errors.Conflict: 409, errors.PayloadTooLarge: 413}
# What each form says when the services refuse it (keys of i18n/amendment.py), by kind of refusal.
MESSAGES = {
    "vote": {errors.Conflict: "amendment.error.closed", errors.Forbidden: "amendment.error.forbidden"},
    "argue": {
        errors.InvalidInput: "amendment.error.argument",
        errors.Conflict: "amendment.error.closed",
        errors.Forbidden: "amendment.error.forbidden",
    },
    "edit": {
        errors.StaleEdit: "amendment.error.stale",  # before Conflict, of which it is one
        errors.InvalidInput: "amendment.error.text",
        errors.Conflict: "amendment.error.not_editable",
        errors.Forbidden: "amendment.error.forbidden",
    },
    "withdraw": {
        errors.InvalidInput: "amendment.error.confirm",
        errors.Conflict: "amendment.error.not_editable",
        errors.Forbidden: "amendment.error.forbidden",
    },
    "comment": {
        errors.InvalidInput: "amendment.error.comment",
        errors.Conflict: "amendment.error.comment_hidden",
        errors.Forbidden: "amendment.error.forbidden",
    },
    "subamend": {
        errors.InvalidInput: "amendment.error.sub_text",
        errors.Conflict: "amendment.error.closed",
        errors.Forbidden: "amendment.error.forbidden",
    },
}
FIELDS = {
    "vote": "vote-agree",
    "argue": "argument-body",
    "comment": "comment-body",
    "edit": "edit-text",
    "withdraw": "withdraw-confirm",
}


@dataclass(frozen=True)
class Problem:
    """A refused form: which one, the message key (or the `message` itself, already in the page's
    language), what was typed (shown again), and for pasted instructions why they were refused (the
    sentence where reading stopped, the parser's reason: pages_instructions.refusal)."""

    form: str
    key: str
    values: dict[str, str] = field(default_factory=dict)
    message: str | None = None
    refused: dict[str, Any] | None = None

    @property
    def field(self) -> str:
        if self.form == "subamend" and self.values.get("mode") == "instructions":
            return "sub-instructions"
        return FIELDS.get(self.form, "sub-text")


@dataclass(frozen=True)
class SubForm:
    """The sub-amendment form as the page shows it: its mode (the amendment's text edited, or
    instructions pasted), whether it is open, and in the instructions mode what was pasted with its
    preview or refusal (pages_subamend.py)."""

    mode: str = "text"
    open: bool = False
    instructions: str = ""
    justification: str = ""
    preview: InstructionsPreview | None = None
    refused: dict[str, Any] | None = None


def sub_form_asked(request: Request) -> SubForm:
    """The form a link asked for: `?subamend=instructions` (or `text`) opens it in that mode."""
    asked = request.query_params.get("subamend")
    return SubForm(mode="instructions" if asked == "instructions" else "text", open=asked in SUB_MODES)


@pass_context
def label_in(context: Context, label: str) -> str:
    """« n° 12 rect. » as the reader's language writes the number sign (the suffix is Parliament's)."""
    return label.replace("n° ", "no. ", 1) if context.get("lang") == "en" else label


templates.globals.update(label_in=label_in)


def page_url(amendment_id: int, anchor: str = "") -> str:
    return f"/amendments/{amendment_id}" + (f"#{anchor}" if anchor else "")


def _article(services: Services, bill_id: int, eid: str, head: BillTree, base_version: int) -> dict[str, Any]:
    """The article an amendment is on, named as the current text numbers it (or as its base did,
    when it is gone): `current` says whether a link to it leads anywhere."""
    found = head.find(eid)
    if isinstance(found, Article):
        return {"eid": eid, "num": found.num, "current": True}
    _bill, _version, base = services.bills.tree(bill_id, base_version)
    old = base.find(eid)
    return {"eid": eid, "num": old.num if isinstance(old, Article) else None, "current": False}


def _discussion(services: Services, amendment_id: int) -> list[Any] | None:
    """Its comments; None while it is private (a draft, even withdrawn): nobody discusses it yet."""
    try:
        return list(services.comments.thread("amendment", str(amendment_id))["items"])
    except errors.NotFound:
        return None


def read(services: Services, actor: Actor | None, amendment_id: int, pages: dict[str, int]) -> dict[str, Any]:
    """Everything the page shows (blocking: run it in the thread pool). Others' drafts are a 404."""
    a = services.amendments.get(actor, amendment_id)
    bill, _head_version, head = services.bills.tree(a["bill"])
    bill_id = bill["id"]
    number = a["number"]
    parent = services.amendments.get(actor, a["parent"]) if a["parent"] else None
    if a["kind"] == "insert":
        where = head.find(a["after"]) if a["after"] else None
        target = {"num": a["num"], "after": where.num if isinstance(where, Article) else None, "eid": a["after"]}
    else:
        target = _article(services, bill_id, a["article"], head, a["base_version"])
    texts = [{**t, "current": False} for t in a["texts"]]
    if not a["hidden"] and not (a["parent"] and parent and parent["hidden"]):
        texts.append(
            {
                "revision": a["revision"],
                "label": a["label"],
                "diff": a["diff"],
                "text": a["text"],
                "justification": a["justification"],
                "current": True,
            }
        )
    by_revision = {v["revision"]: v for v in a["votes_by_revision"]}
    target_ref = Target.amendment(amendment_id)
    arguments = {
        stance: services.arguments.listing(
            actor, target_ref, stance=stance, sort="useful", page=pages[stance], per_page=ARGUMENTS_PER_PAGE
        )
        for stance in ("for", "against")
    }
    closing = amendment_pages.closings(services.db, [amendment_id]).get(amendment_id)
    now_phase = phase(bill, datetime.now(UTC))
    official = actor is not None and actor.is_official_of(bill_id)
    own = actor is not None and a["author_id"] is not None and a["author_id"] == actor.id
    stands_in = official and a["parliament_number"] is not None
    imported = imported_parts(a["justification"]) if a["parliament_number"] is not None else None
    # a draft the import could not apply: why, as its history gives it (the parser's words, shown in the
    # page's language), else as the justification wrote it (in French)
    import_step = next((s for s in a["history"] if s["from"] == s["to"]), None) if imported else None
    to_check = None
    if imported and imported.reason and a["status"] == "draft" and a["text"] == a["base_text"]:
        to_check = (import_step["reason"], "") if import_step and import_step["reason"] else (imported.reason, "fr")
    # closed in Parliament though the import could not read it: why, as its justification keeps it (French)
    unread = None
    if imported and imported.reason and a["status"] not in ("draft", "submitted") and a["text"] == a["base_text"]:
        unread = (imported.reason, "fr")
    steps = [{**step, "kind": "step"} for step in a["history"]]
    steps += [{**r, "kind": "rebase"} for r in a["rebases"]]
    steps += [{"kind": "rectified", "revision": t["revision"], "at": t["replaced_at"]} for t in a["texts"]]
    return {
        "a": a,
        "bill": bill,
        "bill_lang": bill["language"],
        "phase": now_phase,
        "parent": parent,
        "target": target,
        "texts": texts,
        "labels": {r: amendment_label(number, r) for r in range(a["revision"] + 1)},
        "labels_next": amendment_label(number, a["revision"] + 1),
        "steps": sorted(steps, key=lambda step: step["at"]),
        "imported": imported,
        "expose_html": rendered(imported.expose) if imported and imported.expose else "",
        "to_check_reason": to_check,  # (reason, "" for the parser's words or "fr" for the French kept)
        "unread_reason": unread,
        "by_revision": by_revision,
        "tally": tally_of(a["tally"]),
        "my_vote": services.votes.mine(actor, bill_id, "amendment").get(amendment_id),
        "arguments": arguments,
        "argument_counts": services.arguments.counts(actor, target_ref),
        "argument_pages": pages,
        "children": amendment_detail.sub_amendments(services.db, actor, amendment_id),
        "collides_with": a["collides_with_refs"],  # named by their number in the bill, linked by id
        "comments": _discussion(services, amendment_id),
        "closing": closing,
        "official": official,
        # an official writes out an amendment imported from Parliament as its author would (visibility.py)
        "author": own or stands_in,
        "stands_in": stands_in and not own,
        "may_contribute": actor is not None and (official or now_phase == "open"),
    }


async def show(
    request: Request, status: int = 200, problem: Problem | None = None, sub: SubForm | None = None
) -> Response:
    """The page; after a form was posted, with its `problem` and the sub-amendment form as it was sent."""
    actor = await current_actor(request)
    amendment_id = path_int(request, "id")
    pages = {"for": int_param(request, "pour", 1) or 1, "against": int_param(request, "contre", 1) or 1}
    context = await run_in_threadpool(read, services_of(request), actor, amendment_id, pages)
    return await render(
        request,
        "amendment.html",
        status,
        problem=problem,
        sub=sub or sub_form_asked(request),
        decision_problem=await decision_problem(request) if int_param(request, "on") == amendment_id else None,
        per_page_arguments=ARGUMENTS_PER_PAGE,
        open_statuses=OPEN,
        **context,
    )


async def amendment_page(request: Request) -> Response:
    return await show(request)


def status_of(exc: errors.DraftingError) -> int:
    return next((s for cls, s in STATUS.items() if isinstance(exc, cls)), 422)


def message_key(form: str, exc: errors.DraftingError) -> str:
    return next((k for cls, k in MESSAGES[form].items() if isinstance(exc, cls)), "amendment.error.invalid")


async def refused_form(
    request: Request, form: str, exc: errors.DraftingError, values: dict[str, str], sub: SubForm | None = None
) -> Response:
    # a reason about a rich text (« 55 links ») is not the form's own message (« write your comment »)
    message = explain(language(request), exc.message) if "field" in exc.details else None
    return await show(request, status_of(exc), Problem(form, message_key(form, exc), values, message), sub)


def signin_first(amendment_id: int) -> Response:
    return see_other(f"/signin?next={quote(page_url(amendment_id), safe='/')}")


# --- readers: vote, argue, comment (sub-amending is pages_subamend.py) -----------------------------


async def vote(request: Request) -> Response:
    actor = await current_actor(request)
    amendment_id = path_int(request, "id")
    if actor is None:
        return signin_first(amendment_id)
    value = (await fields(request)).get("value", "")
    target = Target.amendment(amendment_id)
    votes = services_of(request).votes
    try:
        if value == "retract":
            await run_in_threadpool(votes.retract, actor, target)
        elif value in VOTE_VALUES:
            await run_in_threadpool(votes.cast, actor, target, value)
        else:
            raise errors.InvalidInput(f"a vote is agree, mixed, disagree or retract, got {value!r}")
    except REFUSED as exc:
        return await refused_form(request, "vote", exc, {})
    return see_other(page_url(amendment_id, "votes"))


async def argue(request: Request) -> Response:
    actor = await current_actor(request)
    amendment_id = path_int(request, "id")
    if actor is None:
        return signin_first(amendment_id)
    form = await fields(request)
    stance, body = form.get("stance", ""), form.get("body", "").strip()
    try:
        if stance not in ("for", "against") or not body:
            raise errors.InvalidInput("an argument needs a stance (for or against) and a body")
        target = Target.amendment(amendment_id)
        await run_in_threadpool(services_of(request).arguments.post, actor, target, stance, body)
    except REFUSED as exc:
        return await refused_form(request, "argue", exc, {"body": form.get("body", "")})
    return see_other(page_url(amendment_id, "arguments"))


async def comment(request: Request) -> Response:
    """A comment in the amendment's discussion, or a reply to one (the API's comment thread)."""
    actor = await current_actor(request)
    amendment_id = path_int(request, "id")
    if actor is None:
        return signin_first(amendment_id)
    form = await fields(request)
    body = form.get("body", "").strip()
    reply_to = form_int(form.get("reply_to"))
    comments = services_of(request).comments
    try:
        if not body:
            raise errors.InvalidInput("a comment needs a body")
        await run_in_threadpool(lambda: comments.create(actor, "amendment", str(amendment_id), body, reply_to=reply_to))
    except REFUSED as exc:
        return await refused_form(request, "comment", exc, {"body": form.get("body", "")})
    return see_other(page_url(amendment_id, "comments"))


# --- the author: edit (rectify) and withdraw --------------------------------------------------------


async def edit(request: Request) -> Response:
    actor = await current_actor(request)
    amendment_id = path_int(request, "id")
    if actor is None:
        return signin_first(amendment_id)
    amendments = services_of(request).amendments
    await run_in_threadpool(amendments.check_author, actor, amendment_id, "edit")  # 404 or 403 first
    form = await fields(request)
    values: dict[str, str] = {k: form[k] for k in ("text", "heading", "justification") if k in form}
    try:
        changes = commands.AmendmentChanges(
            text=form.get("text"),
            heading=form.get("heading"),
            justification=form.get("justification", "").strip() or None,  # a blank one is left as it was
            submit=form.get("action") == "submit",
            expected_revision=_revision(form.get("expected_revision")),
            expected_updated_at=_moment(form.get("expected_updated_at")),
        )
        await run_in_threadpool(amendments.edit, actor, amendment_id, changes)
    except REFUSED as exc:
        return await refused_form(request, "edit", exc, values)
    return see_other(page_url(amendment_id))


def _revision(raw: str | None) -> int | None:
    """The form's `expected_revision` (a « rect. » count, from 0); absent: not checked."""
    if not raw:
        return None
    if not raw.isdigit() or len(raw) > 9:
        raise errors.InvalidInput(f"expected_revision is a whole number, got {raw!r}")
    return int(raw)


def _moment(raw: str | None) -> datetime | None:
    """The form's `expected_updated_at`, as the page wrote it; absent: not checked."""
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        raise errors.InvalidInput(f"expected_updated_at is an ISO 8601 date-time, got {raw!r}") from None


async def withdraw(request: Request) -> Response:
    actor = await current_actor(request)
    amendment_id = path_int(request, "id")
    if actor is None:
        return signin_first(amendment_id)
    amendments = services_of(request).amendments
    await run_in_threadpool(amendments.check_author, actor, amendment_id, "withdraw")
    form = await fields(request)
    reason = form.get("reason", "").strip() or None
    try:
        if form.get("confirm") != "1":
            raise errors.InvalidInput("confirm the withdrawal: it cannot be undone")
        await run_in_threadpool(amendments.withdraw, actor, amendment_id, reason)
    except REFUSED as exc:
        return await refused_form(request, "withdraw", exc, {"reason": form.get("reason", "")})
    return see_other(page_url(amendment_id))


routes = [
    Route("/amendments/{id}", amendment_page, methods=["GET"]),
    Route("/amendments/{id}/vote", vote, methods=["POST"]),
    Route("/amendments/{id}/argue", argue, methods=["POST"]),
    Route("/amendments/{id}/comment", comment, methods=["POST"]),
    Route("/amendments/{id}/edit", edit, methods=["POST"]),
    Route("/amendments/{id}/withdraw", withdraw, methods=["POST"]),
]
