"""The propose page's second mode (`?mode=instructions`): an amendment pasted as instructions in
legal French, previewed and tabled as the API's kind "instructions" is; and the same on an amendment's
page for a sub-amendment (`?subamend=instructions`, pages_subamend.py), read on the amendment's text. A
refusal is told in plain words, naming the sentence where reading stopped; the parser's reason follows
as a detail, in French on the French pages (drafting.web.i18n.parser_reasons).
"""

from __future__ import annotations

from typing import Any

from drafting.bootstrap import Services
from drafting.domain import amending, errors
from drafting.domain.permissions import Actor
from drafting.services import amendment_instructions
from drafting.services.parliament_import import without_operands
from drafting.services.views.amendments import InstructionsPreview
from drafting.web.i18n import CATALOG, translate
from drafting.web.i18n.parser_reasons import shown

# the parser's refusal codes that have their own plain explanation (docs/instructions.md, "Refusals")
EXPLAINED = {
    "not_understood", "not_found", "ambiguous", "no_such_alinea", "no_such_division", "no_such_phrase",
    "doubled_word", "conflict",
}  # fmt: skip
# how the parser begins the reason of a sub-amendment naming an amendment other than the one it is filed on
NAMES_ANOTHER = "it names amendment "


def refusal(lang: str, exc: errors.DraftingError, *, on_amendment: bool = False) -> dict[str, Any]:
    """Why the instructions were refused, for the page: a plain message, the sentence where reading
    stopped (if the parser names one) and the parser's reason, in the page's language when the table
    has it (`detail_lang` says which). `on_amendment`: they were a sub-amendment, read on an
    amendment's text, and the message speaks of that text where the article's would mislead."""
    if isinstance(exc, amending.AmendingError):
        why = exc.code if exc.code in EXPLAINED else "other"
        if on_amendment and why == "conflict" and exc.reason.startswith(NAMES_ANOTHER):
            why = "names_another"  # the parser's "conflict" here is a wrong amendment named, not two instructions
        part = without_operands(exc.part) or None
        detail, detail_lang = shown(lang, exc.reason)
    else:
        reason = exc.details.get("reason")
        why = reason if isinstance(reason, str) and reason in ("unchanged", "strikes_all") else "other"
        part = None
        detail, detail_lang = shown(lang, exc.message)
    keys = [*([f"amendment.sub_why.{why}"] if on_amendment else []), f"parliament.why.{why}", "parliament.why.other"]
    message = translate(lang, next(key for key in keys if key in CATALOG))
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


def sub_amendment_preview(
    services: Services, actor: Actor | None, parent_id: int, instructions: str, lang: str
) -> tuple[InstructionsPreview | None, dict[str, Any] | None]:
    """As `preview`, for instructions pasted as a sub-amendment of amendment `parent_id`. Blocking."""
    if not instructions.strip():
        return None, None
    try:
        return amendment_instructions.sub_amendment_preview(services.db, actor, parent_id, instructions), None
    except errors.InvalidInput as exc:
        return None, refusal(lang, exc, on_amendment=True)
