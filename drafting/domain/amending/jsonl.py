"""One line of `drafting apply --jsonl`: {"id", "article_avant", "amendements": [{"numero", "texte"}]} in,
{"id", "text"} or {"id", "error": {"code", "message", "amendement"}} out."""

from __future__ import annotations

import json
from typing import Any

from drafting.domain.amending import AmendingError, apply


def apply_line(line: str) -> tuple[dict[str, Any], bool]:
    """The answer for one input line, and whether it applied."""
    try:
        case = json.loads(line)
        ident = case.get("id") if isinstance(case, dict) else None
        before = case["article_avant"]
        pairs = [(str(a["numero"]), str(a["texte"])) for a in case["amendements"]]
        if not isinstance(before, str):
            raise TypeError("article_avant is not a string")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        error = {"code": "bad_line", "message": f"expected id, article_avant, amendements: {exc}", "amendement": None}
        return {"id": locals().get("ident"), "error": error}, False
    try:
        return {"id": ident, "text": apply(before, pairs)}, True
    except AmendingError as exc:
        return {"id": ident, "error": {"code": exc.code, "message": exc.message, "amendement": exc.numero}}, False
