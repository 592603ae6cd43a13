"""What each API operation answers, for the OpenAPI document: its success status, content type and
body schema, and the error statuses it really returns. A schemathesis run in the tests
(tests/integration/test_api_fuzz.py) checks the app against it.

Schemas name the fields clients rely on (`required`) and let the others be: a new field is not a
breaking change.
"""

from __future__ import annotations

from typing import Any

from drafting.formats import MEDIA_TYPES

Schema = dict[str, Any]

ERROR: Schema = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "details": {"type": "object"},
                "text": {"type": "string"},
            },
        }
    },
}
_ID = {"type": "integer"}
_INT_OR_NULL = {"type": ["integer", "null"]}
_STR = {"type": "string"}
_STR_OR_NULL = {"type": ["string", "null"]}


def _object(*required: str, **properties: Schema) -> Schema:
    return {"type": "object", "required": list(required), "properties": properties}


def _page(item: Schema) -> Schema:
    return _object("items", "page", "next_page", items={"type": "array", "items": item}, next_page=_INT_OR_NULL)


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


# Shared shapes, published under components.schemas.
SCHEMAS: dict[str, Schema] = {
    "Error": ERROR,
    "Bill": _object("id", "slug", "title", "status", id=_ID, slug=_STR, title=_STR, status=_STR),
    "Amendment": _object("id", "status", "article", "base_version", id=_ID, status=_STR, base_version=_ID),
    "Annotation": _object("id", "article", "quote", "orphaned", id=_ID, orphaned={"type": "boolean"}),
    "Comment": _object("id", "target", "deleted", "hidden", id=_ID, deleted={"type": "boolean"}),
    "Argument": _object("id", "stance", "useful", "hidden", id=_ID, stance=_STR, useful={"type": "integer"}),
    "Tally": _object("agree", "mixed", "disagree"),
    "User": _object(
        "id", "display_name", "role", "official_of", id=_ID, display_name=_STR, role=_STR, official_of={"type": "array"}
    ),
}
_JSON_OBJECT: Schema = {"type": "object"}
_JSON_ARRAY: Schema = {"type": "array"}
# the media types of exported files, without parameters (drafting/formats)
_TEXTS = sorted({media.split(";")[0] for media in MEDIA_TYPES.values()} - {"application/json"})

# (method, path) -> (success status, {content type: schema}); JSON object when absent.
SUCCESS: dict[tuple[str, str], tuple[int, dict[str, Schema]]] = {
    ("get", "/api/bills"): (200, {"application/json": _page(_ref("Bill"))}),
    ("post", "/api/bills"): (201, {"application/json": _ref("Bill")}),
    ("get", "/api/bills/{bill}"): (200, {"application/json": _ref("Bill")}),
    ("patch", "/api/bills/{bill}"): (200, {"application/json": _ref("Bill")}),
    ("get", "/api/bills/{bill}/versions"): (200, {"application/json": _JSON_ARRAY}),
    ("post", "/api/bills/{bill}/versions"): (201, {"application/json": _JSON_OBJECT}),
    ("get", "/api/bills/{bill}/versions/{n}/export"): (200, {t: _STR for t in _TEXTS}),
    ("get", "/api/bills/{bill}/amendments/export"): (200, {t: _STR for t in _TEXTS}),
    ("get", "/api/bills/{bill}/synthesis"): (200, {t: _STR for t in _TEXTS}),
    ("get", "/api/amendments/{id}/export"): (200, {t: _STR for t in _TEXTS}),
    ("get", "/api/bills/{bill}/compare"): (200, {"application/json": _JSON_OBJECT, **{t: _STR for t in _TEXTS}}),
    ("get", "/api/bills/{bill}/text"): (200, {"application/json": _JSON_OBJECT, **{t: _STR for t in _TEXTS}}),
    ("post", "/api/bills/{bill}/amendments"): (201, {"application/json": _ref("Amendment")}),
    ("post", "/api/bills/{bill}/amendments/import"): (
        200,
        {
            "application/json": _object(
                "applied",
                "flagged",
                "skipped",
                applied={"type": "array", "items": _STR},
                flagged={"type": "object", "additionalProperties": _STR},
                skipped={"type": "object", "additionalProperties": _STR},
            )
        },
    ),
    ("get", "/api/bills/{bill}/amendments"): (200, {"application/json": _page(_ref("Amendment"))}),
    ("get", "/api/amendments/{id}"): (200, {"application/json": _ref("Amendment")}),
    ("patch", "/api/amendments/{id}"): (200, {"application/json": _ref("Amendment")}),
    ("post", "/api/amendments/{id}/withdraw"): (200, {"application/json": _ref("Amendment")}),
    ("post", "/api/amendments/{id}/comments"): (201, {"application/json": _ref("Comment")}),
    ("get", "/api/amendments/{id}/comments"): (200, {"application/json": _page(_ref("Comment"))}),
    ("post", "/api/bills/{bill}/annotations"): (201, {"application/json": _ref("Annotation")}),
    ("get", "/api/annotations/{id}"): (200, {"application/json": _ref("Annotation")}),
    ("post", "/api/annotations/{id}/comments"): (201, {"application/json": _ref("Comment")}),
    ("get", "/api/annotations/{id}/comments"): (200, {"application/json": _page(_ref("Comment"))}),
    ("post", "/api/bills/{bill}/articles/{eid}/comments"): (201, {"application/json": _ref("Comment")}),
    ("get", "/api/bills/{bill}/articles/{eid}/comments"): (200, {"application/json": _page(_ref("Comment"))}),
    ("patch", "/api/comments/{id}"): (200, {"application/json": _ref("Comment")}),
    ("delete", "/api/comments/{id}"): (200, {"application/json": _ref("Comment")}),
    ("get", "/api/comments/{id}/history"): (200, {"application/json": _JSON_ARRAY}),
    ("get", "/api/bills/{bill}/opendata"): (200, {"application/json": _JSON_OBJECT, "application/zip": _STR}),
    ("post", "/api/bills/{bill}/articles/{eid}/votes"): (200, {"application/json": _object("tally", "mine")}),
    ("delete", "/api/bills/{bill}/articles/{eid}/votes"): (200, {"application/json": _object("tally", "mine")}),
    ("post", "/api/amendments/{id}/votes"): (200, {"application/json": _object("tally", "mine")}),
    ("delete", "/api/amendments/{id}/votes"): (200, {"application/json": _object("tally", "mine")}),
    ("get", "/api/bills/{bill}/tallies"): (200, {"application/json": _object("type", "tallies", "mine")}),
    ("post", "/api/bills/{bill}/articles/{eid}/arguments"): (201, {"application/json": _ref("Argument")}),
    ("get", "/api/bills/{bill}/articles/{eid}/arguments"): (200, {"application/json": _page(_ref("Argument"))}),
    ("post", "/api/amendments/{id}/arguments"): (201, {"application/json": _ref("Argument")}),
    ("get", "/api/amendments/{id}/arguments"): (200, {"application/json": _page(_ref("Argument"))}),
    ("post", "/api/arguments/{id}/useful"): (200, {"application/json": _object("useful", "marked_useful")}),
    ("delete", "/api/arguments/{id}/useful"): (200, {"application/json": _object("useful", "marked_useful")}),
    ("post", "/api/reports"): (201, {"application/json": _JSON_OBJECT}),
    ("post", "/api/users"): (201, {"application/json": _ref("User")}),
    ("post", "/api/session"): (200, {"application/json": _ref("User")}),
    ("delete", "/api/session"): (204, {}),
    ("get", "/api/me"): (200, {"application/json": _ref("User")}),
    ("get", "/api/bills/{bill}/live"): (101, {}),
}

# Error statuses by kind of operation (docs/api.md, "Errors").
_READ = [404, 422]
_WRITE = [400, 401, 403, 404, 409, 413, 422, 429]
ERRORS: dict[tuple[str, str], list[int]] = {
    ("get", "/api/bills"): [422],
    ("get", "/api/bills/{bill}/reports"): [401, 403, 404, 422],
    ("get", "/api/bills/{bill}/moderation-log"): [401, 403, 404, 422],
    ("post", "/api/bills/{bill}/preview"): [400, 403, 404, 409, 413, 422],
    ("post", "/api/users"): [400, 403, 409, 413, 422, 429],
    ("post", "/api/session"): [400, 401, 403, 413, 422, 429],
    ("delete", "/api/session"): [403],
    ("get", "/api/me"): [401],
    ("get", "/api/openapi.json"): [],
    ("get", "/api/bills/{bill}/live"): [400, 404, 426],
}


def responses(method: str, path: str) -> dict[str, Any]:
    status, content = SUCCESS.get((method, path), (200, {"application/json": _JSON_OBJECT}))
    success: dict[str, Any] = {"description": "OK" if status < 300 else "Switching protocols"}
    if content:
        success["content"] = {kind: {"schema": schema} for kind, schema in content.items()}
    errors = ERRORS.get((method, path), _READ if method == "get" else _WRITE)
    answers = {str(status): success}
    for code in errors:
        answers[str(code)] = {"description": "Error", "content": {"application/json": {"schema": _ref("Error")}}}
    return answers
