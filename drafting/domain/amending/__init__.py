"""Amendments written as instructions in legal French: read them, then apply them to an article.

    parse(numero, text) -> Amendment        the located edits (grammar.py, from lexer.py's sentences)
    apply(article_text, amendments) -> str  the article as amended (apply.py)

Both refuse rather than guess: an `AmendingError` names the amendment, the sentence and the reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from drafting.domain.amending.apply import Article
from drafting.domain.amending.edits import AmendingError, Amendment, Edit, Place
from drafting.domain.amending.grammar import parse_amendment
from drafting.domain.amending.lexer import clean
from drafting.domain.tree import split_alineas

__all__ = ["AmendingError", "Amendment", "Edit", "Place", "apply", "apply_edits", "parse"]


def parse(numero: str, text: str) -> Amendment:
    edits, parent = parse_amendment(numero, text)
    return Amendment(numero, tuple(edits), parent, text)


def apply_edits(alineas: Sequence[str], edits: Sequence[Edit], numero: str) -> list[str]:
    article = Article(list(alineas))
    for edit in edits:
        article.apply(edit, numero)
    return article.alineas()


def apply(article_text: str, amendments: Sequence[tuple[str, str]]) -> str:
    """The article (alinéas one a line, or separated by blank lines) with every amendment applied,
    alinéas separated by a blank line; "" when the article is deleted. Sub-amendments are applied to
    their amendment first; whole-article rewrites and deletions come before the others, which then
    follow the order of the alinéas they touch."""
    parsed = [parse(numero, text) for numero, text in amendments]
    by_number = {a.numero: a for a in parsed}
    for sub in (a for a in parsed if a.parent is not None):
        parent = by_number.get(sub.parent or "")
        if parent is None:
            raise AmendingError(
                sub.numero, "", f"it amends amendment {sub.parent}, which is not among them", "conflict"
            )
        amended = apply_edits(clean(parent.source), sub.edits, sub.numero)
        by_number[parent.numero] = parse(parent.numero, "\n".join(amended))
    main = [by_number[a.numero] for a in parsed if a.parent is None]
    article = Article(list(split_alineas(article_text.replace("\n\n", "\n"))))
    for amendment in sorted(main, key=_order):
        for edit in amendment.edits:
            article.apply(edit, amendment.numero)
    return "\n\n".join(article.alineas())


def _order(amendment: Amendment) -> tuple[int, int]:
    whole = any(e.place.alineas is None and e.kind in ("rewrite", "delete") for e in amendment.edits)
    touched = [n for e in amendment.edits for n in (e.place.alineas or ()) if n > 0]
    touched += [e.place.after for e in amendment.edits if e.place.after is not None and e.place.after >= 0]
    return (0 if whole else 1, min(touched, default=10**6))
