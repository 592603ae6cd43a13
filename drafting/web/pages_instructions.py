"""The propose page's second mode (`?mode=instructions`): an amendment pasted as instructions in
legal French, previewed and tabled as the API's kind "instructions" is. A refusal is told in plain
words, naming the sentence where reading stopped; the parser's reason follows as a detail, in French on
the French pages (drafting.web.i18n.parser_reasons).
"""

from __future__ import annotations

from typing import Any

from drafting.bootstrap import Services
from drafting.domain import amending, errors
from drafting.services import amendment_instructions
from drafting.services.parliament_import import without_operands
from drafting.services.views.amendments import InstructionsPreview
from drafting.web.i18n import translate
from drafting.web.i18n.parser_reasons import shown

# the parser's refusal codes that have their own plain explanation (docs/instructions.md, "Refusals")
EXPLAINED = {
    "not_understood", "not_found", "ambiguous", "no_such_alinea", "no_such_division", "no_such_phrase",
    "doubled_word", "conflict",
}  # fmt: skip


def refusal(lang: str, exc: errors.DraftingError) -> dict[str, Any]:
    """Why the instructions were refused, for the page: a plain message, the sentence where reading
    stopped (if the parser names one) and the parser's reason, in the page's language when the table
    has it (`detail_lang` says which)."""
    if isinstance(exc, amending.AmendingError):
        why = exc.code if exc.code in EXPLAINED else "other"
        part = without_operands(exc.part) or None
        detail, detail_lang = shown(lang, exc.reason)
    else:
        why = "unchanged" if exc.details.get("reason") == "unchanged" else "other"
        part = None
        detail, detail_lang = shown(lang, exc.message)
    message = translate(lang, f"parliament.why.{why}")
    return {"message": message, "part": part, "detail": detail, "detail_lang": detail_lang}


def preview(
    services: Services, bill_ref: str | int, eid: str, base: int | None, instructions: str, lang: str
) -> tuple[InstructionsPreview | None, dict[str, Any] | None]:
    """(the preview, None), or (None, the refusal); (None, None) while nothing is pasted. Blocking."""
    if not instructions.strip():
        return None, None
    try:
        return amendment_instructions.preview(services.db, bill_ref, eid, base, instructions), None
    except errors.InvalidInput as exc:  # AmendingError is one
        return None, refusal(lang, exc)
