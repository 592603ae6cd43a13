"""Amendments written as instructions in legal French: read them, then apply them to an article.

    parse(numero, text) -> Amendment        the located edits (grammar.py, from lexer.py's sentences:
                                            each instruction a form of forms.py, its place read by
                                            locations.py)
    apply(article_text, amendments) -> str  the article as amended (apply.py's `Amending`, which sends
                                            each edit to words.py, phrases.py, alineas.py or insertion.py)

Both refuse rather than guess: an `AmendingError` names the amendment, the sentence and the reason.
`apply` reads the sitting: sub-amendments made on their amendment, identical amendments once, the article
rewritten or deleted whole, conflicts refused before any edit is made (conflicts.py), the edits ordered
(order.py) and made; the rules an edit meets while it is made, across amendments, are sitting.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from drafting.domain.amending.apply import Amending
from drafting.domain.amending.codes import same_code, sole_code
from drafting.domain.amending.conflicts import check_fallen, check_same_anchor, check_same_gap
from drafting.domain.amending.edits import AmendingError, Amendment, Edit, Place
from drafting.domain.amending.grammar import in_enumeration_of_infinitives, parse_amendment
from drafting.domain.amending.markup import clean
from drafting.domain.amending.order import (
    after_whose_words,
    deletions_as_one,
    made_in_order,
    marks_in_order,
    phrases_as_they_stood,
    restored_once,
)
from drafting.domain.amending.pages import instructions
from drafting.domain.amending.quotes import quote_end
from drafting.domain.amending.quoting import with_quotations
from drafting.domain.amending.search import occurrences
from drafting.domain.amending.typography import BLANKS, in_straight_quotes, normal, straight_inner_quotes, visible
from drafting.domain.tree import split_alineas

__all__ = ["AmendingError", "Amendment", "Edit", "Place", "apply", "apply_one", "occurrences", "parse"]


def parse(numero: str, text: str, intro: str = "") -> Amendment:
    """The amendment's edits; « de l'article L. 1 du même code » read of the code the amendment named last in
    a part before, or, none named, of the one the article's introduction `intro` states (`same_code`); its
    source kept as written (as a reader sees it: `visible`)."""
    text = visible(text)
    edits, parent = parse_amendment(numero, same_code(text, intro))
    _words_given(numero, edits)
    return Amendment(numero, tuple(edits), parent, text)


# The texts given whole: the article, alinéas or a phrase rewritten (« Rédiger ainsi … : »), alinéas or a phrase put
_WHOLE_TEXTS = frozenset(["rewrite", "insert_alineas", "append_sentence"])


def _words_given(numero: str, edits: Sequence[Edit]) -> None:
    """A text given whole with no letter nor digit, as a reader sees it (« «  » », « « ** » », « « <br> » », a
    soft hyphen or a zero-width space alone: markup and invisible characters are dropped), or with an alinéa of
    nothing, is refused: it would delete what it names unsaid (« Supprimer » says so), or put nothing. Words put
    may be signs alone (« par le signe : « ; » », « , », « . » after the words named ending the alinéa); empty,
    they are refused where they are put (`apply._made`)."""
    for edit in edits:
        for made in (edit, *(e for reading in edit.readings for e in reading)):
            whole = made.kind in _WHOLE_TEXTS or made.kind == "replace_end" and not made.anchor  # a phrase rewritten
            blank = any(not alinea.strip(BLANKS + '«»"“”') for alinea in made.new)
            if whole and (blank or not any(c.isalnum() for c in "".join(made.new))):
                given = " / ".join(a.strip() for a in made.new).strip()
                reason = f"the text it gives has no words (« {given} »): what it means is not said"
                if not given:
                    reason = "the text it gives is empty: what it means is not said"
                raise AmendingError(numero, made.part, reason, "not_understood")


def _intro(article_text: str) -> str:
    """The article's introduction: its first alinéa, when it opens with no division's mark nor a quotation;
    otherwise the first of its own alinéas stating a code, when they all state that one alone (« I. – Le
    code des transports est ainsi modifié : », no other code said outside its quotations: `sole_code`)."""
    alineas = list(split_alineas(article_text.replace("\n\n", "\n")))
    first = next(iter(alineas), "")
    if re.match(r"[\s«\"“]*(?:[IVXLC]+\s*\.|\d+°|[a-z]\)|art(?:icle)?\.?\s)", first, re.I):
        return sole_code(alineas)
    return first


# An article that stands deleted: nothing, « (Supprimé) », « (Article supprimé par la commission) », the joint
# committee's « (Suppression maintenue) » (its deletion kept), « (Suppression conforme) » (deleted by both chambers)
_STANDS_DELETED = re.compile(
    r"^[\s«»\"“”]*(?:\(\s*(?:(?:article\s+)?supprimée?s?\b[^()]*|suppression\s+(?:maintenue|conforme)\s*)\)[\s«»\"“”.]*)?$",
    re.IGNORECASE,
)


def _bare(numero: str) -> str:
    """An amendment's number without its rectification (« COM-7 rect. », « 89 rectifié bis »), its « n° » nor
    its spaces, in small letters: « AC412 », « AC 412 » and « n° AC412 rect. » are one number (p149-117)."""
    numero = re.sub(r"^n[°o]\s*", "", numero.strip(), flags=re.I)
    numero = re.sub(r"\s+(?:rect(?:ifié)?\.?)(?:\s+(?:bis|ter|quater))?$", "", numero, flags=re.I)
    return re.sub(r"\s+", "", numero).casefold()


def apply(article_text: str, amendments: Sequence[tuple[str, str]]) -> str:
    """`_apply`, whose refusals show the words the user quoted where the parser reads ``¤n¤`` (quoting.py)."""
    try:
        return _apply(article_text, amendments)
    except AmendingError as exc:
        clear = with_quotations(exc, amendments, _intro(article_text))
        if clear is exc:
            raise
        raise clear from exc


def apply_one(text: str, instructions: str, filed_on: Sequence[str] = ()) -> str:
    """One amendment's instructions applied to `text` outside a sitting, as `apply` does: `text` is an article,
    or, `filed_on` naming it (its numbers: « 3 », « COM-7 »), the text of the amendment they sub-amend, which
    instructions naming it (« À l'alinéa 1 de l'amendement n° 3 », « Sous-amendement n° 3 : ») amend. Naming
    another amendment, or any when `filed_on` is empty, they are refused: which text they change is not this."""
    try:
        return _apply(text, [("", instructions)], filed_on=tuple(filed_on), alone=True)
    except AmendingError as exc:
        clear = with_quotations(exc, [("", instructions)], _intro(visible(text)))
        if clear is exc:
            raise
        raise clear from exc


def _filed(amendment: Amendment, filed_on: tuple[str, ...]) -> Amendment:
    """An amendment given alone (`apply_one`): naming the amendment `filed_on` names, an ordinary one on its text."""
    if amendment.parent is None:
        return amendment
    if _bare(amendment.parent) in {_bare(n) for n in filed_on}:
        return replace(amendment, parent=None)
    if filed_on:
        parent = filed_on[0]
        reason = f"it names amendment {amendment.parent}, but this sub-amendment is filed on amendment {parent}"
        raise AmendingError(amendment.numero, "", reason, "conflict")
    reason = (
        f"it names amendment {amendment.parent}: to change that amendment's text, file it as a sub-amendment "
        "of that amendment (an amendment's own heading is left out)"
    )
    raise AmendingError(amendment.numero, "", reason, "not_applicable")


def _apply(
    article_text: str,
    amendments: Sequence[tuple[str, str]],
    filed_on: tuple[str, ...] = (),
    alone: bool = False,
) -> str:
    """The article (alinéas one a line, or separated by blank lines) with every amendment applied,
    alinéas separated by a blank line; "" when the article is deleted.

    Order: sub-amendments are applied to their amendment first; identical amendments (tabled by several
    groups, voted together) count once; the others follow the order of the first alinéa they touch, one
    quoting words that only another amendment's words hold (not found before it) coming after that one
    (`order.after_whose_words`); an edit changing an alinéa another deletes whole, or rewrites in words that do not
    hold those it names, after it, is made before it: it could only have been voted first (`order.made_in_order`).
    An amendment that rewrites or deletes the whole article supersedes the others (once it is adopted
    they fall), so the last such one in the given order decides the article; when one deletes it and
    another rewrites it, which came last is not known and it is refused, unless the rewrite restores it
    (« Rétablir cet article dans la rédaction suivante »), which is said of a deleted article: it comes
    after the deletion, and decides.

    The article and the amendments are read as a reader sees them (`typography.visible`): composed, with no
    invisible format characters, in what is found and in what is put."""
    article_text = visible(article_text)
    amendments = [(numero, visible(text)) for numero, text in amendments]
    intro = _intro(article_text)
    parsed = [parse(numero, text, intro) for numero, text in amendments]
    if alone:  # outside a sitting (`apply_one`)
        parsed = [_filed(a, filed_on) for a in parsed]
    # « l'amendement n° COM-7 » read in any case, « rect. » or not (« COM-7 rect. » in the list)
    named: dict[str, Amendment] = {}
    for a in parsed:
        if named.setdefault(_bare(a.numero), a) is not a:  # one would silently stand for the other
            numero = a.numero
            reason = f"two amendments are numbered {numero}: each has its own number"
            raise AmendingError(numero, "", reason, "conflict")
    by_number = {a.numero: a for a in parsed}
    seen_subs: set[str] = set()
    # each amendment sub-amended, its alinéas numbered as it was tabled: the edits of its sub-amendments
    plans: dict[str, tuple[Amendment, list[tuple[str, Edit]]]] = {}
    for sub in (a for a in parsed if a.parent is not None):
        same = f"{sub.parent}\x00" + "\x00".join(_key(e) for e in sub.edits)
        if same in seen_subs:  # identical sub-amendments (tabled by several groups) count once
            continue
        seen_subs.add(same)
        parent = named.get(_bare(sub.parent or ""))
        if parent is None:
            missing = f"it amends amendment {sub.parent}, which is not among them"
            raise AmendingError(sub.numero, "", missing, "conflict")
        plans.setdefault(parent.numero, (parent, []))[1].extend((sub.numero, edit) for edit in sub.edits)
    for numero, (parent, plan) in plans.items():
        text = made_in_order(plan, partial(Amending, instructions(clean(parent.source)), instructions=True))
        by_number[numero] = parse(numero, "\n".join(text.alineas()))
    main: list[Amendment] = []
    seen: set[str] = set()
    for a in parsed:
        # identical up to typography and capitals: tabled by several groups, typed apart
        edits = "\x00".join(_key(e) for e in by_number[a.numero].edits)
        if a.parent is None and edits not in seen:
            seen.add(edits)
            main.append(by_number[a.numero])
    whole = [a for a in main if _whole(a)]
    if any(_restores(a) for a in whole):
        # « Rétablir cet article » is said of a deleted article (or one deleted at this sitting): it comes
        # after the deletion. Amendments of parts of it may then have been adopted on the text it restores,
        # or before it, on a text that was not there: that is not said
        others = [a.numero for a in main if not _whole(a)]
        if others:
            reason = f"it restores the article; whether amendments {', '.join(others)} apply to that text is not said"
            raise AmendingError([a for a in whole if _restores(a)][-1].numero, "", reason, "conflict")
        if any(_deletes(a) for a in whole):
            whole = [a for a in whole if _restores(a)][-1:]
    numbered = [a for a in main if any(e.by_number for e in a.edits)]
    if numbered and not _STANDS_DELETED.match(article_text):
        # « Rétablir un article 5 dans la rédaction suivante » is filed on the article deleted (« (Supprimé) »):
        # on one that stands, the text it was filed on is not this one
        edit = next(e for e in numbered[-1].edits if e.by_number)
        reason = "it restores an article by its number, and this article is not deleted"
        raise AmendingError(numbered[-1].numero, edit.part, reason, "not_applicable")
    kinds = {e.kind for a in whole for e in a.edits if _article(e) and e.kind in ("rewrite", "delete")}
    if len(kinds) > 1:  # one deletes the article, another rewrites it: which was adopted last is not said
        numbers = ", ".join(a.numero for a in whole)
        raise AmendingError(
            whole[-1].numero, "", f"amendments {numbers} both delete and rewrite the article", "conflict"
        )
    alineas = list(split_alineas(article_text.replace("\n\n", "\n")))
    if whole:
        check_fallen([a for a in main if a is not whole[-1]], alineas, whole[-1])
        main = [whole[-1]]
    check_same_anchor(main)
    ordered = sorted(main, key=_order)
    ordered = check_same_gap(ordered, alineas)
    try:
        return _sitting(ordered, alineas)
    except AmendingError as exc:
        # words not found: those only another amendment's words hold are looked for after it (made first)
        later = after_whose_words(ordered, alineas) if exc.code == "not_found" else ordered
        if [a.numero for a in later] == [a.numero for a in ordered]:
            raise
    return _sitting(later, alineas)


def _sitting(amendments: list[Amendment], alineas: list[str]) -> str:
    """The amendments' edits made in this order (deletions next to each other as one, phrases as they
    stood), the article's text after them."""
    # which alinéas each amendment deletes or rewrites, or changes, is kept only when one may do the first
    overlaps = len(amendments) > 1 and any(e.kind in ("rewrite", "delete") for a in amendments for e in a.edits)
    plan = [(amendment.numero, edit) for amendment in amendments for edit in amendment.edits]
    plan = phrases_as_they_stood(deletions_as_one(plan, alineas))
    plan = marks_in_order(restored_once(plan, alineas), alineas)

    def article() -> Amending:
        made = Amending(alineas)
        made.overlaps = overlaps
        return made

    made = made_in_order(plan, article).alineas()
    if in_straight_quotes(alineas):  # every guillemet there was put: those inside alinéas put written straight
        written: list[str] = []
        for line in made:  # put amid a quotation written straight, the alinéa before leaving it open: its quote
            amid = bool(written) and written[-1][:1] == '"' and not quote_end(written[-1])
            written.append(straight_inner_quotes(line, amid))
        made = written
    _listed_in_article(amendments, made)
    return "\n\n".join(made)


def _listed_in_article(amendments: list[Amendment], made: list[str]) -> None:
    """Items given that read as instructions (« 2° Supprimer le II de l'article L. 781-1 ; ») whose list opens
    in the article (`Edit.listed`) are law text where, once put, that list's opening alinéa is an enumeration of
    infinitives (« … les mesures … visant à : », « … ayant pour objet : », or an item of one ending « : »,
    `in_enumeration_of_infinitives`); under « … est ainsi modifié : », or no list's opening, they are
    instructions: refused."""
    if not any(edit.listed for amendment in amendments for edit in amendment.edits):
        return  # most sittings: no alinéa of the article compared
    keys = [_bare_words(line) for line in made]
    for amendment in amendments:
        for edit in amendment.edits:
            for given in edit.listed:
                at = [i for i, key in enumerate(keys) if key == _bare_words(given)]
                if not at or not all(in_enumeration_of_infinitives(made, i) for i in at):
                    reason = "its text is an instruction of its own (« supprimer les mots : … »), not words of the law: what it puts is not said"  # noqa: E501
                    raise AmendingError(amendment.numero, edit.part, reason)


def _bare_words(text: str) -> str:
    """An alinéa's words as compared once put: no quotes, folded, without spaces, in small letters."""
    return normal(re.sub(r"[«»\"“”]", "", text)).casefold()


def _key(edit: Edit) -> str:
    """An edit up to typography and capitals."""
    words = (edit.old, edit.anchor, *edit.new)
    # quoted or given bare (HTML « », Senate Markdown): the same words
    bare = replace(edit, old="", anchor="", new=(), part="", quoted=True)
    return repr(bare) + "\x00".join(normal(w.strip('«»"“” ')).casefold() for w in words)


def _article(edit: Edit) -> bool:
    """Whether the edit's place is the whole article (not a division « le IV », nor a text it quotes)."""
    p = edit.place
    return p.alineas is None and p.after is None and not (p.path or p.within or p.every or p.elsewhere)


def _whole(amendment: Amendment) -> bool:
    return any(_article(e) and e.kind in ("rewrite", "delete") for e in amendment.edits)


def _restores(amendment: Amendment) -> bool:
    return any(_article(e) and e.kind == "rewrite" and e.restores for e in amendment.edits)


def _deletes(amendment: Amendment) -> bool:
    return any(_article(e) and e.kind == "delete" for e in amendment.edits)


def _order(amendment: Amendment) -> int:
    touched = [n for e in amendment.edits for n in (e.place.alineas or ()) if n > 0]
    touched += [e.place.after for e in amendment.edits if e.place.after is not None and e.place.after >= 0]
    return min(touched, default=10**6)
