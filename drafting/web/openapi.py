"""The OpenAPI 3 document at /api/openapi.json, built from one table of operations.

A test checks that every API route of the app is in this table, so it cannot drift.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from drafting import __version__
from drafting.storage.models import MAX_INT
from drafting.web.api_accounts import PasswordChange, SignIn, SignUp
from drafting.web.api_amendments import (
    AmendmentChanges,
    Decision,
    NewAmendment,
    ParliamentListing,
    Preview,
    Withdrawal,
)
from drafting.web.api_bills import BillChanges, NewBill, NewStage
from drafting.web.api_comments import CommentEdit, NewAnnotation, NewComment
from drafting.web.api_participation import ModerationRequest, NewArgument, NewReport, NewVote
from drafting.web.openapi_responses import SCHEMAS, responses

_Q = {"in": "query", "required": False, "schema": {"type": "string"}}

# (method, path, summary, request body model, query parameters, auth)
OPERATIONS: list[tuple[str, str, str, type[BaseModel] | None, list[str], str]] = [
    ("get", "/api/bills", "List bills (paginated)", None, ["page", "per_page"], "none"),
    ("post", "/api/bills", "Create a bill from Markdown, text or Akoma Ntoso", NewBill, [], "official"),
    ("get", "/api/bills/{bill}", "A bill: metadata, status, head version and tree", None, [], "none"),
    (
        "patch",
        "/api/bills/{bill}",
        "Change a bill's title, status or consultation period (opens_at, closes_at)",
        BillChanges,
        [],
        "official of the bill",
    ),
    ("get", "/api/bills/{bill}/versions", "The versions of a bill", None, [], "none"),
    (
        "post",
        "/api/bills/{bill}/versions",
        "Import a later stage as the next version",
        NewStage,
        [],
        "official",
    ),
    (
        "get",
        "/api/bills/{bill}/versions/{n}",
        "One version with its tree and article texts",
        None,
        [],
        "none",
    ),
    ("get", "/api/bills/{bill}/versions/{n}/export", "Export a version", None, ["format"], "none"),
    (
        "get",
        "/api/bills/{bill}/compare",
        "Compare two versions (JSON, or the tableau comparatif with format=html|docx|odt|pdf)",
        None,
        ["from", "to", "ignore_typography", "format"],
        "none",
    ),
    ("get", "/api/bills/{bill}/articles/{eid}", "One article", None, ["version", "at"], "none"),
    (
        "get",
        "/api/bills/{bill}/live",
        "Websocket (upgrade): the bill's events live, missed ones replayed after `after`, presence;"
        " protocol in docs/realtime.md",
        None,
        ["after"],
        "none (a session cookie, if any, identifies the reader; cross-site Origins are refused)",
    ),
    ("post", "/api/bills/{bill}/amendments", "Propose an amendment", NewAmendment, [], "signed in"),
    (
        "post",
        "/api/bills/{bill}/amendments/import",
        "Import amendments tabled in Parliament (a NosDéputés / NosSénateurs export): those read are"
        " submitted, the others kept as drafts flagged « À vérifier »; answers the report",
        ParliamentListing,
        [],
        "official of the bill",
    ),
    (
        "get",
        "/api/bills/{bill}/amendments/export",
        "The liasse d'amendements as html, pdf, docx, csv or akn",
        None,
        ["format", "status", "article"],
        "none",
    ),
    ("get", "/api/amendments/{id}/export", "One amendment as Akoma Ntoso", None, ["format"], "none"),
    ("get", "/api/bills/{bill}/synthesis", "The consultation's synthesis (html, pdf)", None, ["format"], "none"),
    (
        "get",
        "/api/bills/{bill}/amendments",
        "List amendments",
        None,
        ["article", "status", "author", "sort", "page", "per_page"],
        "none",
    ),
    ("post", "/api/bills/{bill}/preview", "Apply pending amendments without committing", Preview, [], "none"),
    ("get", "/api/bills/{bill}/discussions", "Overlapping pending amendments (discussion commune)", None, [], "none"),
    ("get", "/api/bills/{bill}/versions/{n}/footprint", "Who put each span of a version there", None, [], "none"),
    ("get", "/api/bills/{bill}/articles/{eid}/footprint", "Footprint of one article", None, ["version"], "none"),
    ("get", "/api/bills/{bill}/text", "The text in force at a moment", None, ["at", "format"], "none"),
    ("get", "/api/amendments/{id}", "One amendment with its history and rebases", None, [], "none"),
    ("patch", "/api/amendments/{id}", "Edit one's own amendment", AmendmentChanges, [], "author"),
    ("post", "/api/amendments/{id}/withdraw", "Withdraw one's own amendment", Withdrawal, [], "author"),
    ("post", "/api/amendments/{id}/decision", "Accept or reject", Decision, [], "official of the bill"),
    ("get", "/api/amendments/{id}/comments", "An amendment's comment thread", None, ["page"], "none"),
    ("post", "/api/amendments/{id}/comments", "Comment on an amendment", NewComment, [], "signed in"),
    ("post", "/api/bills/{bill}/annotations", "Annotate a passage (quote + context)", NewAnnotation, [], "signed in"),
    (
        "get",
        "/api/bills/{bill}/annotations",
        "Annotations as anchored now (?version=N: those written on version N or before)",
        None,
        ["article", "version", "page"],
        "none",
    ),
    ("get", "/api/annotations/{id}", "One annotation (orphaned, quote, position, version)", None, [], "none"),
    ("get", "/api/annotations/{id}/comments", "An annotation's comment thread", None, ["page"], "none"),
    ("post", "/api/annotations/{id}/comments", "Reply to an annotation", NewComment, [], "signed in"),
    ("get", "/api/bills/{bill}/articles/{eid}/comments", "An article's comment thread", None, ["page"], "none"),
    ("post", "/api/bills/{bill}/articles/{eid}/comments", "Comment on an article", NewComment, [], "signed in"),
    (
        "patch",
        "/api/comments/{id}",
        "Edit one's comment (within 15 minutes, not while hidden; citizens while the consultation is open)",
        CommentEdit,
        [],
        "author",
    ),
    ("delete", "/api/comments/{id}", "Delete one's comment (a tombstone stays)", None, [], "author"),
    (
        "get",
        "/api/bills/{bill}/opendata",
        "All public data of a bill (json, or csv in a zip)",
        None,
        ["format"],
        "none",
    ),
    ("get", "/api/comments/{id}/history", "Earlier bodies of an edited comment", None, [], "none"),
    ("post", "/api/bills/{bill}/articles/{eid}/votes", "Vote on an article (or change it)", NewVote, [], "signed in"),
    ("delete", "/api/bills/{bill}/articles/{eid}/votes", "Remove one's vote on an article", None, [], "signed in"),
    ("post", "/api/amendments/{id}/votes", "Vote on an amendment, or change one's vote", NewVote, [], "signed in"),
    ("delete", "/api/amendments/{id}/votes", "Remove one's vote on an amendment", None, [], "signed in"),
    ("get", "/api/bills/{bill}/tallies", "Vote tallies of articles or amendments", None, ["type"], "none"),
    (
        "post",
        "/api/bills/{bill}/articles/{eid}/arguments",
        "Argue for or against an article",
        NewArgument,
        [],
        "signed in",
    ),
    (
        "get",
        "/api/bills/{bill}/articles/{eid}/arguments",
        "Arguments on an article",
        None,
        ["stance", "sort", "page", "per_page"],
        "none",
    ),
    ("post", "/api/amendments/{id}/arguments", "Argue for or against an amendment", NewArgument, [], "signed in"),
    (
        "get",
        "/api/amendments/{id}/arguments",
        "Arguments on an amendment",
        None,
        ["stance", "sort", "page", "per_page"],
        "none",
    ),
    ("post", "/api/arguments/{id}/useful", "Mark an argument useful", None, [], "signed in"),
    ("delete", "/api/arguments/{id}/useful", "Take back one's useful mark", None, [], "signed in"),
    ("post", "/api/reports", "Report a contribution to the moderators", NewReport, [], "signed in"),
    (
        "get",
        "/api/bills/{bill}/reports",
        "Open reports on a bill's contributions",
        None,
        ["page", "per_page"],
        "moderator or official of the bill",
    ),
    (
        "post",
        "/api/moderation",
        "Hide or restore a contribution",
        ModerationRequest,
        [],
        "moderator or official of the bill",
    ),
    (
        "get",
        "/api/bills/{bill}/moderation-log",
        "Every hide and restore on a bill",
        None,
        ["page", "per_page"],
        "moderator or official of the bill",
    ),
    ("post", "/api/users", "Sign up (and sign in)", SignUp, [], "none"),
    ("post", "/api/session", "Sign in", SignIn, [], "none"),
    ("delete", "/api/session", "Sign out", None, [], "session"),
    ("get", "/api/me", "The signed-in user", None, [], "session"),
    (
        "post",
        "/api/me/password",
        "Change one's password (the current one given); one's other sessions end",
        PasswordChange,
        [],
        "session",
    ),
    ("get", "/api/openapi.json", "This document", None, [], "none"),
]


def _operation(
    method: str, path: str, summary: str, model: type[BaseModel] | None, query: list[str], auth: str
) -> dict[str, Any]:
    params = [{"name": p, "in": "path", "required": True, "schema": _path_schema(p)} for p in _path_params(path)]
    params += [{"name": q, **_Q} for q in query]
    op: dict[str, Any] = {
        "summary": summary,
        "description": f"Authorisation: {auth}.",
        "parameters": params,
        "responses": responses(method, path),
    }
    if model is not None:
        op["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": _request_schema(model)}},
        }
    return op


_COMPONENTS: dict[str, Any] = dict(SCHEMAS)


def _request_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema, its nested models moved to components.schemas so that every
    reference resolves from the document's root."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    _COMPONENTS.update(schema.pop("$defs", {}))
    return schema


def _path_schema(name: str) -> dict[str, Any]:
    # ids and version numbers are whole numbers the database can hold; bills go by id or slug
    return {"type": "integer", "minimum": 1, "maximum": MAX_INT} if name in {"id", "n"} else {"type": "string"}


def _path_params(path: str) -> list[str]:
    return [part[1:-1] for part in path.split("/") if part.startswith("{")]


def document() -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {}
    for method, path, summary, model, query, auth in OPERATIONS:
        paths.setdefault(path, {})[method] = _operation(method, path, summary, model, query, auth)
    return {
        "openapi": "3.1.0",
        "info": {"title": "drafting API", "version": __version__},
        "paths": paths,
        "components": {
            "schemas": _COMPONENTS,
            "securitySchemes": {"session": {"type": "apiKey", "in": "cookie", "name": "drafting_session"}},
        },
    }


async def openapi(request: Request) -> Response:
    return JSONResponse(document())
