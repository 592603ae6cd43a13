"""An « article additionnel » as Parliament tables it: where the new article goes and its text.

The usual form is « Après l'article 3, insérer un article additionnel ainsi rédigé : « … » », or, as the
Senate publishes it, the place and the order in two alinéas (« Après l'article 3 » / « Insérer un article
additionnel ainsi rédigé : »); « Avant l'article 3 » likewise. The text is what follows, read as the parser
reads « Rédiger ainsi cet article : » (the outer quotes of each alinéa dropped, quotations within kept).
Any other form is not read here (None): the caller leaves it to a human. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafting.domain.amending import apply
from drafting.domain.amending.markup import clean

_APOSTROPHE = r"['’]\s*"
_PLACE = rf"(?P<where>après|avant) l{_APOSTROPHE}article (?P<num>\d+\w*(?: [a-z]+)*?)(?: \(nouveau\))?"
_ORDER = r"(?:insérer|il est inséré) un article (?:additionnel )?ainsi rédigé\s*:"
_IN_ONE = re.compile(rf"{_PLACE}\s*,\s*{_ORDER}", re.I)  # « Après l'article 3, insérer … : »
_PLACE_ALONE = re.compile(rf"{_PLACE}\s*[,.]?", re.I)  # « Après l'article 3 »
_ORDER_ALONE = re.compile(_ORDER, re.I)  # « Insérer un article additionnel ainsi rédigé : »
# the text is read as a rewrite of a stand-in: the parser needs an article to rewrite
REWRITE = "Rédiger ainsi cet article :"
_STAND_IN = "Article à rédiger."


@dataclass(frozen=True, slots=True)
class AdditionalArticle:
    """A new article: `before` the article numbered `article` (« Avant l'article 3 »), else after it; its
    `text`, alinéas joined by a blank line as `apply` gives them."""

    before: bool
    article: str  # as written: « 3 », « 2 bis », « 1er »
    text: str


def additional_article(instructions: str, numero: str = "") -> AdditionalArticle | None:
    """The new article `instructions` (HTML or text, as tabled) insert, when they are the usual form; None
    otherwise. Its text read as the parser reads a rewrite: `AmendingError` (naming amendment `numero`)
    when that cannot be read, as `apply` raises it (its part opening with `REWRITE`, where `tabled_order`
    gives what was tabled)."""
    paragraphs = clean(instructions)
    place, body = _head(paragraphs)
    if place is None or not body:
        return None
    text = apply(_STAND_IN, [(numero, "\n\n".join([REWRITE, *body]))])
    if not text.strip() or text == _STAND_IN:
        return None
    return AdditionalArticle(place.group("where").lower() == "avant", place.group("num"), text)


def tabled_order(instructions: str) -> str | None:
    """The alinéa or two placing the new article, as tabled (« Après l'article 3, insérer un article
    additionnel ainsi rédigé : »), when `instructions` are the usual form; None otherwise."""
    paragraphs = clean(instructions)
    place, body = _head(paragraphs)
    return " ".join(p.strip() for p in paragraphs[: len(paragraphs) - len(body)]) if place and body else None


def _head(paragraphs: list[str]) -> tuple[re.Match[str] | None, list[str]]:
    """The place named and the alinéas after the order, in one alinéa or two."""
    if paragraphs:
        one = _IN_ONE.fullmatch(paragraphs[0].strip())
        if one:
            return one, paragraphs[1:]
    if len(paragraphs) >= 2:
        place = _PLACE_ALONE.fullmatch(paragraphs[0].strip())
        if place and _ORDER_ALONE.fullmatch(paragraphs[1].strip()):
            return place, paragraphs[2:]
    return None, []
