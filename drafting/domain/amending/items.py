"""How the items of an enumeration end: « ; » before the next item, a full stop at the last, « » ; »
after the quotation an item introduces, and the bill's own alinéas with a stop. Read for the alinéas an
edit puts and for the article's text once composed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafting.domain.amending.divisions import mark_kind
from drafting.domain.amending.quotes import opened, quote_end
from drafting.domain.amending.tombstones import NOTED_DELETED, UNCHANGED
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Article


def ended_with_stop(new: list[str], beside: tuple[str, ...] = (), following: str | None = None) -> list[str]:
    """The bill's own alinéas end with a stop: one given ending with words it quotes and none after them
    (« … par les mots : « les deux dernières phrases » ». , the amendment's full stop outside its quotes),
    or with a word and none (« « L'article L.O. 148 du même code est abrogé ». »), takes it. A mark or a
    note in brackets (« II. – (Supprimé) ») is left as it is, and so is the text an alinéa given before it
    introduces (« … une ligne ainsi rédigée : » then a table's row): that text's, not the bill's own. A dashed
    item put next to dashed items (`beside`: the alinéas around the place) that all end with a word, no stop and
    no « ; » (« – pour exercer le droit … d'information »), is a list whose items end so: kept as written. An
    item put before an item of its enumeration or of the one above (`following`: « a) Les logiciels … » put
    between « 2° … ; » and « 3° … ») is not the list's last: no full stop (`end_item` reads its « ; »)."""
    if not new or opened(new[-1]):
        return new
    if _in_unstopped_dashes(new[-1], beside):
        return new
    if following is not None and _item_before_item(new[-1], beside, following):
        return new
    last = new[-1].rstrip()
    introduced = len(new) > 1 and new[-2].rstrip().endswith(":")
    if re.search(r"[^\s.;:!?…]\s*[»\"”]$", last) or re.search(r"[^\W_]$", last) and not introduced:
        new = [*new[:-1], last + "."]
    return new


def _item_before_item(last: str, beside: tuple[str, ...], following: str) -> bool:
    """Whether `last`, an item ending with a word, is put before an item that follows it in its enumeration,
    after an alinéa that ends with no full stop (items that end with one, each, are a list whose items end so)."""
    kind = item_kind(last)
    if kind not in ("arabic", "letter", "dash") or not re.search(r"[^\W_]$", last.rstrip()):
        return False
    if opened(following) != opened(last) or not item_follows(following, kind):
        return False
    return not (beside and beside[0].rstrip().endswith(".") and not beside[0].rstrip().endswith(".."))


def _in_unstopped_dashes(last: str, beside: tuple[str, ...]) -> bool:
    """Whether `last`, a dashed item ending with a word, stands next to dashed items that end with a word too."""
    if item_kind(last) != "dash" or not re.search(r"[^\W_]$", last.rstrip()):
        return False
    dashed = [t.rstrip() for t in beside if item_kind(t) == "dash"]
    return bool(dashed) and all(re.search(r"[^\W_]$", t) for t in dashed)


def items_end(out: list[str], origins: list[int | None], original: list[str]) -> list[str]:
    """Items of an enumeration end with « ; » before the next one (an item introducing a quotation, at
    the quotation's end: « » ; »), where the text's other items of that kind show it: an alinéa changed or
    put, or now followed by another than before (the alinéa between them deleted), that ends with a full
    stop or none (« 2° … est ainsi rédigé : » then « « … présidence. » », « … les mots : « X » »)."""
    ending = {
        (mark_kind(a), opened(a)) for a in original if mark_kind(a) and a.rstrip(BLANKS + '»"”').endswith(";")
    }
    out = list(out)
    for i in range(len(out) - 1):
        here, after, was = out[i], out[i + 1], origins[i]
        if was is not None and here == original[was] and origins[i + 1] == was + 1:
            continue  # as it stood, and followed by what followed it
        if was is not None and here != original[was]:
            continue  # changed by an amendment: its end is the amendment's (`end_item` reads the new items)
        kind, quoted = mark_kind(here), opened(here)
        if kind in ("arabic", "letter"):  # the item itself
            if was is None:
                continue  # an item put: `end_item` reads its neighbours
            if (kind, quoted) not in ending or opened(after) != quoted or not item_follows(after, kind):
                continue
            if was + 1 < len(original) and mark_kind(original[was + 1]) == kind and opened(original[was + 1]) == quoted:
                continue  # the next of its enumeration followed it already: not the list's last, as it stood
            if quoted and quote_end(here):
                continue  # it closes its quotation: what follows is not of its enumeration
        elif quoted and quote_end(here):  # the end of the quotation an item introduces
            at = next((j for j in range(i, -1, -1) if not opened(out[j])), None)
            head = out[at] if at is not None else ""
            kind = mark_kind(head)
            if kind not in ("arabic", "letter") or (kind, False) not in ending:
                continue
            if at is not None and not _enumeration_ends_so(out, at, kind):
                continue  # none of its enumeration's items ends with « ; »: it stands as the amendment writes it
            if opened(after) or not item_follows(after, kind):
                continue
            if _closed_unstopped_before(original, origins[i + 1]):
                continue  # the quotation closed so before the same next item: its end moved, as it stood
        else:
            continue
        body = here.rstrip()
        if body.endswith((";", ":", "..", "…")) or body.rstrip(BLANKS + '»"”').endswith((";", ":")):
            continue
        if re.search(rf"{NOTED_DELETED}\.?$", body) or UNCHANGED.match(fold(body)):
            continue  # a number kept for a division deleted, a comparative text's line: as written
        # « … présidence. » . » keeps the stop inside its quote; « … les mots : « X » » and « … ; » alike
        out[i] = re.sub(r"\s*\.$", "", body) + " ;"
    return out


def _enumeration_ends_so(out: list[str], at: int, kind: str) -> bool:
    """Whether another item of the enumeration of the item `out[at]` ends with « ; » (or its quotation with « » ; »):
    the items of its kind next to it, those under them and the quotations they introduce aside, up to an alinéa of
    another level (« I A. – … ainsi modifié : »). An enumeration put whole (« 1° L'article L. 221-9 est ainsi
    rétabli : » / « « … d'énergie. » » / « 2° Il est ajouté … ») whose items show none is as its amendment writes
    it (p148-071); the items of another enumeration of the text (the I's « 1° … » ; ») do not say how this one ends."""
    within = {"arabic": ("arabic", "letter", "dash"), "letter": ("letter", "dash")}[kind]
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(out) and (opened(out[k]) or item_kind(out[k]) in within):
            line = out[k].rstrip()
            if not opened(line) and mark_kind(line) == kind and line.rstrip(BLANKS + '»"”').endswith(";"):
                return True
            closing = quote_end(line) if opened(line) else ""
            following = out[k + 1] if k + 1 < len(out) else ""
            stopped = closing.strip(BLANKS + '»"”') == ";"
            if closing and stopped and not opened(following) and mark_kind(following) == kind:
                return True  # the quotation another item introduced, closed « » ; » before the next item
            k += step
    return False


def _closed_unstopped_before(original: list[str], following: int | None) -> bool:
    """Whether, before the sitting, the alinéa right before the original alinéa `following` closed a quotation
    with no stop after its quote nor « ; » inside it (« … par décret. » » then « 2° … »): alinéas put at the end of
    that quotation move its closing quote, not the item's ending, which no one wrote a « ; » for."""
    if not following:
        return False
    last = original[following - 1]
    closing = quote_end(last)
    return bool(closing) and opened(last) and not closing.strip(BLANKS + '»"”') and not last.rstrip(
        BLANKS + '»"”'
    ).endswith((";", ":"))


def all_refs(article: Article) -> list[tuple[list[str], int]]:
    """Every alinéa as it now stands, in order: the list that holds it and its index there."""
    lists = [article.head] + [lines for s in article.slots for lines in (s.before, s.text, s.after)]
    return [(lines, j) for lines in lists for j in range(len(lines))]


def item_kind(text: str) -> str:
    """The kind of an item's mark (`mark_kind`), or « dash » for an item opening with a dash (« – les mots … ; »,
    « « – la stratégie … ; »), whose enumeration ends as the others do."""
    return mark_kind(text) or ("dash" if re.match(r"[-–—]\s", text.lstrip(BLANKS + '«"“')) else "")


def end_item(article: Article, lines: list[str], k: int, was: tuple[str, str] = ("", "")) -> None:
    """Items of an enumeration (« 1° », « a) », « – ») end with « ; », the last with a full stop: an item ending
    with a full stop (or none) that now has an item of its enumeration after it ends with « ; », as the others do
    (an item next to it says so, or the alinéas it rewrites, `was` (first, last), an item and its
    quotation, ended so)."""
    text = lines[k]
    kind = item_kind(text)
    # or with words it quotes (« 4° … la fin de l'alinéa est ainsi rédigée : « … installations. » »)
    quoting = not opened(text) and bool(re.search(r"[»”]\s*\.?$", text.rstrip()))
    stop = text.rstrip().endswith(".") and not text.rstrip().endswith("..")  # an alinéa ends with no abbreviation
    # or with no stop at all, as a quoted item put amid others often is given (« « 5° bis … national ». »)
    bare = not quoting and bool(re.search(r"\w$", text.rstrip()))
    # words it quotes that end with the item's « ; » (« … compensation carbone ; » », then « 3° … » as it
    # stood): ended already, as `items_end` reads it
    ended = quoting and text.rstrip(BLANKS + '»"”.').endswith(";")
    if kind not in ("arabic", "letter", "dash") or not (stop or quoting or bare) or ended:
        return
    refs = all_refs(article)
    at = next((n for n, (ls, j) in enumerate(refs) if ls is lines and j == k), None)
    if at is None or at + 1 >= len(refs):
        return
    nearby = [refs[n][0][refs[n][1]] for n in (at - 1, at + 1) if 0 <= n < len(refs)]
    following = refs[at + 1][0][refs[at + 1][1]]
    ends_items = any(item_kind(t) == kind and t.rstrip(BLANKS + '»"”').endswith(";") for t in nearby)
    ends_items = ends_items or item_kind(was[0]) == kind and was[1].rstrip(BLANKS + '»"”').endswith(";")
    order = [ls[j] for ls, j in refs]
    if not ends_items and at and opened(order[at - 1]) and order[at - 1].rstrip().endswith(";"):
        # after the quotation an item of its kind introduces, closed « » ; » (« 1° Le I est complété par
        # un alinéa ainsi rédigé : » then « « À compter … » ; »): that item ended so
        head = next((n for n in range(at - 1, -1, -1) if not opened(order[n])), None)
        ends_items = head is not None and item_kind(order[head]) == kind
    if item_kind(following) != kind and _run_ended_with_stop(article, refs[at + 1], kind):
        return  # the item now last of its run before the outer item ends it as the run's last did
    if item_follows(following, kind) and ends_items:
        lines[k] = (text.rstrip() if (quoting or bare) and not stop else text.rstrip()[:-1].rstrip()) + " ;"


def _run_ended_with_stop(article: Article, following: tuple[list[str], int], kind: str) -> bool:
    """Whether the run of items of `kind` ended, in the text before the sitting, with a full stop before the
    outer item now following (« c) … secret du vote. » then « 6° … »): the item put last of that run (« d) »)
    ends with its full stop as the run's last did, not with the « ; » of an item followed by one of its kind."""
    lines, j = following
    n = next((n for n, s in enumerate(article.slots) if s.text is lines and j == 0), None)
    if not n:
        return False
    last = article.original[n - 1].rstrip()
    return item_kind(last) == kind and last.endswith(".") and not last.endswith("..")


def item_follows(following: str, kind: str) -> bool:
    """Whether `following` is an item after one of `kind` in its enumeration: of its kind, or of the
    enumeration above it (« 3° » after the « c) » of a 2°), or « … » that takes the kind around it."""
    other = item_kind(following) or (kind if re.match(r"\.\.\.|…", following) else "")
    return other == kind or (kind, other) == ("letter", "arabic")


def end_quotation_item(article: Article, lines: list[str], k: int) -> None:
    """An item whose text ends with the quotation it introduces (« 4° … est ainsi rédigé : » … « « …
    installations. » ») and is now followed by an item of its enumeration, or of the one above (« 5° … »),
    ends « » ; », as items followed by another do (the adopted texts write it so; one 2013 text forgot
    it once); a quotation whose last alinéa ends with « ; » inside its quote (« … fournisseur ; » », « … ; ” »)
    ends the item already, as `items_end` and `end_item` read it. `lines[k]` closes the quotation."""
    closing = quote_end(lines[k])
    if not closing or closing.endswith(";"):
        return
    if lines[k].rstrip().rstrip(BLANKS + '»"”').endswith(";"):
        return  # its last alinéa ends with its own « ; » (« … fournisseur ; » »): the item is ended so
    refs = all_refs(article)
    at = next((n for n, (ls, j) in enumerate(refs) if ls is lines and j == k), None)
    if at is None or at + 1 >= len(refs):
        return
    order = [ls[j] for ls, j in refs]
    head = next((n for n in range(at, -1, -1) if not opened(order[n])), None)
    kind = mark_kind(order[head]) if head is not None else ""
    following = order[at + 1]
    if kind in ("arabic", "letter") and not opened(following) and item_follows(following, kind):
        lines[k] = re.sub(r"\s*\.$", "", lines[k].rstrip()) + " ;"
