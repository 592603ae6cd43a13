# ruff: noqa: E501  (patterns read best one a line)
"""The mark of a division an instruction puts (« insérer un 1° B ainsi rédigé »): the same as the one its text
opens with, or as the division it restores; where it sorts among the marks of its kind, as the shuttle numbers
them (`sorts_between`, which insertion.py asks of the marks the article shows).
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafting.domain.amending.edits import AmendingError, Edit, Place
from drafting.domain.amending.typography import fold

_ADVERB = r"(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)"
# « insérer un 1° B ainsi rédigé », « rétablir un II bis dans la rédaction suivante », « compléter cet article
# par un 3° ainsi rédigé », « il est ajouté un a bis) ainsi rédigé »: the mark of the division put (prose: small
# letters)
_PUTS_MARKED = re.compile(
    rf"\b(?:insérer|ajouter|rétablir|par|(?:il )?(?:est|sont) (?:inséré|ajouté|rétabli)) un "
    rf"(?P<mark>[ivxlc]+(?: {_ADVERB})?(?: [a-z]{{1,3}})?|\d+ ?°(?: ?(?:{_ADVERB}(?: [a-z]{{1,3}})?|[a-z]{{1,3}}))?"
    rf"|[a-z]{{1,2}}\)?(?: {_ADVERB}\)?)?) (?:ainsi rédigée?|rédigée? comme suit|dans (?:la|sa) rédaction suivante|dans le texte suivant)\b"
)
# « insérer un 5° bis et un 5° ter ainsi rédigés » (« des 5° bis et 5° ter »): the marks of the divisions put
_ONE_PUT = rf"(?:[ivxlc]+(?: {_ADVERB})?(?: [a-z]{{1,3}})?|\d+ ?°(?: ?(?:{_ADVERB}(?: [a-z]{{1,3}})?|[a-z]{{1,3}}))?|[a-z]{{1,2}}\)?(?: {_ADVERB}\)?)?)"
_PUTS_SEVERAL = re.compile(
    rf"\b(?:insérer|ajouter|(?:il )?(?:est|sont) (?:inséré|ajouté)s?) (?P<marks>un {_ONE_PUT}(?:, un {_ONE_PUT})* et un {_ONE_PUT}"
    rf"|des {_ONE_PUT}(?:, {_ONE_PUT})* et {_ONE_PUT}) (?:ainsi rédigée?s|rédigée?s comme suit)\b"
)
# The mark a text given opens with, as written (capitals): « II bis. – », « 1° C », « 1° bis », « a bis) »
_GIVEN_MARK = re.compile(
    rf"^[\s«\"“]*(?:(?P<paragraph>[IVXLC]+(?: {_ADVERB})?(?: [A-Z]{{1,3}})?)(?= ?\. ?[-–—])"
    rf"|(?P<item>\d+ ?°(?: ?(?:{_ADVERB}(?: [A-Z]{{1,3}}| [a-z](?= ))?|[A-Z]{{1,3}}))?)(?![\w°'’])"
    rf"|(?P<letter>[a-z]{{1,2}}(?: {_ADVERB})?\)))"
)


def _mark_key(mark: str) -> str:
    """A division's mark as compared: small letters, no spaces nor « ) » (« 1° bis » as « 1°bis », « a) » as « a »)."""
    return re.sub(r"[\s)\u00a0\u202f]", "", mark.lower())


def _given_mark(text: str) -> re.Match[str] | None:
    """The mark a text given opens with (`_GIVEN_MARK`), or None."""
    return _GIVEN_MARK.match(fold(text).replace("\u00a0", " ").replace("\u202f", " "))


# What follows a mark ending « A » (« 1° A … »): a capitalised article or word of grammar (« A Le premier
# alinéa », « A Au 2° », « A L'article », « A Après », « A Dans ») never follows the word « à », which would open
# the sentence: the « A » is the shuttle's letter; « La » or « Les » before a capital may be a name (« À La
# Réunion ») and is not decided
_SHUTTLE_NEXT = re.compile(
    r"\s+(?:(?:Le|Les|La)\s+(?![A-ZÀ-Ý])|L'(?![A-ZÀ-Ý])|(?:Au|Aux|Un|Une|Des|Du|De|D'|Après|Avant|Dans|En|Sous|Sur|Pour|Par"
    r"|Il|Ils|Elle|Elles|Est|Sont|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Tout|Toute|Tous|Toutes|Chaque|Lorsque|Si|Sauf"
    r"|Jusqu')\b)"
)
# … a word in small letters or a number (« A compter du … », « A titre … », « A défaut », « A l'exception »,
# « A 2025 ») reads as the complement of « à », unaccented: the « A » is not the mark's
_A_NEXT = re.compile(r"\s+(?:[a-zà-ÿ]|\d)")


def _readings(mark: str, after: str = "") -> set[str]:
    """The keys a mark given is read as, `after` the text that follows it. One whose mark ends with « A » (after
    an adverb too, « 2° bis A ») is decided by what follows (`_SHUTTLE_NEXT`, `_A_NEXT`): « 1° A Le premier
    alinéa … » is a 1° A; « 1° A compter du … » a 1° (the word « à » unaccented); anything else (« 1° A Mayotte
    … ») both ways. The one decision every reader of marks makes (`_marks_agree`, `_restored_agree`,
    `given_order`)."""
    readings = {_mark_key(mark)}
    if re.search(rf"\d ?° ?(?:{_ADVERB} )?A$", mark):
        if _SHUTTLE_NEXT.match(after):
            return readings
        if _A_NEXT.match(after):
            return {_mark_key(mark[:-1])}
        readings.add(_mark_key(mark[:-1]))
    return readings


def _read(given: re.Match[str]) -> set[str]:
    """`_readings` of a mark matched by `_GIVEN_MARK` (its group the kind), with the text that follows it."""
    return _readings(given.group(given.lastgroup or ""), given.string[given.end() :])


def _marks_agree(numero: str, part: str, said: str, edits: list[Edit], clause: str = "") -> list[Edit]:
    """« Avant le 1°, insérer un 1° B ainsi rédigé : « 1° C … » »: the division announced is not the one whose
    text is given (which one is meant is not said): refused. So for the division a restoration names
    (« Au 5°, rétablir le c dans la rédaction suivante : « b) … » », `_restored_agree`) and for a division put
    where its mark says it is not (`_in_order`). A text given with no mark of its own is put as given; one
    whose mark ends with « A » (« 1° A compter du … », the word « à » unaccented) is read both ways."""
    if not edits or not edits[0].new:
        return edits
    if edits[0].restores and edits[0].kind == "rewrite":
        _restored_agree(numero, part, edits[0])
    several = _PUTS_SEVERAL.search(said)
    if several is not None:
        return _several_agree(numero, part, several.group("marks"), edits, clause)
    announced = _PUTS_MARKED.search(said)
    if announced is None:
        return edits
    given = _given_mark(edits[0].new[0])
    unseen = _in_order(numero, part, clause, announced.group("mark"), edits[0].place, given)
    if unseen[0]:
        edits = [replace(edits[0], unseen=unseen), *edits[1:]]
    if given is None:
        return edits
    mark = given.group(given.lastgroup or "")
    if _mark_key(announced.group("mark")) not in _read(given):
        reason = f"it announces a {announced.group('mark')} and the text it gives opens with « {mark} »: which one is put is not said"
        raise AmendingError(numero, part, reason)
    return edits


def _several_agree(numero: str, part: str, said: str, edits: list[Edit], clause: str) -> list[Edit]:
    """« Après le 5°, insérer un 5° bis et un 5° ter ainsi rédigés : « 5° bis … » « 5° ter … » »: each alinéa given
    opens with the division named in its turn (`forms._insert_divisions` gave one alinéa each), the marks named
    of one kind in their order, the first and the last where their marks go (`_in_order`, its check of the
    enumeration made for the whole run they span). A text with no mark, or another, is refused: which text is
    whose is not said."""
    named = re.split(r",\s*(?:un )?|\s+et\s+(?:un )?", said.removeprefix("des ").removeprefix("un "))
    if edits[0].kind != "insert_alineas":
        return edits
    if len(named) != len(edits[0].new):
        raise AmendingError(numero, part, f"it announces {len(named)} alinéa(s) and quotes {len(edits[0].new)}")
    givens: list[re.Match[str]] = []
    for mark, text in zip(named, edits[0].new, strict=True):
        given = _given_mark(text)
        if given is None:
            reason = f"it puts the {' et '.join(named)} and the text it gives opens with no mark: which text is whose is not said"
            raise AmendingError(numero, part, reason)
        if _mark_key(mark) not in _read(given):
            reason = f"it announces a {mark} and the text it gives opens with « {given.group(given.lastgroup or '')} »: which one is put is not said"
            raise AmendingError(numero, part, reason)
        givens.append(given)
    keyed = [_order_key(m, g.lastgroup or "") for m, g in zip(named, givens, strict=True)]
    keys = [k for k in keyed if k is not None]
    if len(keys) != len(keyed) or len({k[0] for k in keys}) != 1 or keys != sorted(set(keys)):
        reason = f"it puts the {' et '.join(named)}, not named in the order of their marks: where each goes is not said"
        raise AmendingError(numero, part, reason)
    first = _in_order(numero, part, clause, named[0], edits[0].place, givens[0])
    last = _in_order(numero, part, clause, named[-1], edits[0].place, givens[-1])
    unseen = last if last[3] == "after" else first  # the run from the division named to the farthest put
    return [replace(edits[0], unseen=unseen), *edits[1:]] if unseen[0] else edits


def _restored_agree(numero: str, part: str, edit: Edit) -> None:
    """« Rétablir le c dans la rédaction suivante : « b) … » »: the division named restored and the mark its text
    opens with differ (which is restored is not said): refused. « Rétablir les b et c … : « b) … » « c) … » »:
    the text opens with the first named and each named opens one of its alinéas, in that order."""
    if not edit.place.path:
        return
    named = [_mark_key(n) for n in re.split(r",\s*|\s+et\s+", edit.place.path[0])]
    given = _given_mark(edit.new[0])
    if given is None and len(named) > 1:
        # « Au 5°, rétablir les b et c dans la rédaction suivante : « Des règles … ; » « Toute forme … ; » »: the
        # marks are not given, and which text is whose is said only by their order: a légiste writes them
        said = " et ".join(re.split(r",\s*|\s+et\s+", edit.place.path[0]))
        reason = f"it restores the {said} and the text it gives opens with no mark: which text is whose is not said"
        raise AmendingError(numero, part, reason)
    if given is None:
        return
    kind = given.lastgroup or ""
    mark = given.group(kind)
    opened = [
        _read(g) for g in (_given_mark(a) for a in edit.new) if g is not None and g.lastgroup == kind
    ]
    at = 0
    for readings in opened:
        if at < len(named) and named[at] in readings:
            at += 1
    if named[0] not in _read(given) or at < len(named):
        said = " et ".join(re.split(r",\s*|\s+et\s+", edit.place.path[0]))
        reason = f"it restores the {said} and the text it gives opens with « {mark} »: which one is restored is not said"
        raise AmendingError(numero, part, reason)


_ADVERBS = ("", "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies")
# A mark as prose names it (small letters): an item « 1° bis a » (its number, adverb, capitals), a paragraph
# « ii bis a » (numerals i, v, x only: « c », « l » are letters), a letter « a bis », « aa » (the Sénat's « aa) »,
# put before the « a) »: its second letter read as a capital is)
_ORDERED = (
    ("item", re.compile(rf"(\d+) ?°(?: ?({_ADVERB}))?(?: ?([a-z]{{1,3}}))?")),
    ("paragraph", re.compile(rf"([ivx]+)(?: ({_ADVERB}))?(?: ([a-z]{{1,3}}))?")),
    ("letter", re.compile(rf"([a-z])(?!(?<=[ivx])[ivx]+\b)([a-z]{{1,2}})?\)?(?: ({_ADVERB})\)?)?")),
)
_ROMAN = {"i": 1, "v": 5, "x": 10}


def _order_key(mark: str, kind: str = "") -> tuple[str, tuple[int, ...]] | None:
    """Where a mark stands among those of its kind, as the shuttle numbers them (« 1° AA », « 1° A », « 1° B »,
    « 1° », « 1° bis A », « 1° bis », « 1° ter »: capitals put before the mark they follow, a longer run of them
    before its start, « 1° AA » before « 1° A », « 1° BA » after « 1° A »; « aa » before « a »); None for a mark
    of no sure kind (« i », « v », « x », a letter or a numeral, unless `kind` says which) or order."""
    kinds = [(k, m) for k, pattern in _ORDERED if (m := pattern.fullmatch(mark.strip())) is not None]
    if kind:
        kinds = [(k, m) for k, m in kinds if k == kind]
    if len(kinds) != 1:
        return None
    kind, m = kinds[0]
    if kind == "item":
        number = int(m.group(1))
    elif kind == "paragraph":
        values = [_ROMAN[c] for c in m.group(1)]
        number = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    else:
        number = ord(m.group(1))
    capitals, adverb = (m.group(2), m.group(3)) if kind == "letter" else (m.group(3), m.group(2))
    end = 27  # after any capital: the mark with none comes after those with some
    return kind, (number, _ADVERBS.index(adverb or ""), *(ord(c) - 96 for c in capitals or ""), end)


def _kind_written(part: str, mark: str, lead: str) -> str:
    """The kind of a mark of no sure shape (« i », « v bis », « x »: a letter or a roman numeral) as the
    instruction writes it after `lead` (« après le », « un »): in capitals a paragraph (« Après le I »), in small
    letters a letter (« après le i »); "" when it is not found so, once."""
    if not re.fullmatch(rf"[ivx](?: {_ADVERB})?\)?", mark):
        return ""
    bare = re.escape(mark.rstrip(")")).replace(r"\ ", r"\s")
    found = re.findall(rf"\b{lead}\s({bare})\)?(?=[\s,)]|$)", fold(part), re.IGNORECASE)
    if len(set(found)) != 1:
        return ""
    return "paragraph" if found[0][0].isupper() else "letter"


def _in_order(
    numero: str, part: str, clause: str, put: str, place: Place, given: re.Match[str] | None = None
) -> tuple[str, str, str, str, str]:
    """« Après le 1° A, insérer un 1° AA » (a 1° AA comes before the 1° A), « Après le 1° A, insérer un 1° bis A »
    (the 1° stands between them), « Avant le 2°, insérer un 1° A » (the 1° stands between them): a division put
    next to one of its kind where its mark does not go, as the shuttle numbers them: where it goes is not said
    (its place or its mark is a slip): refused. Only what the marks say for sure: after X, the division put comes
    after X; before X, it comes before X. Any mark of the kind sorting between the two (« 1° » for « Avant le 2°,
    insérer un 1° A », a X for « Après le IX, insérer un X bis », a 2° for « Après le 1°, insérer un 2° bis »)
    counts where the article shows it in the enumeration: the two order keys are returned (with the reason) for
    `insertion` to check (« Avant le 2°, insérer un 1° bis A » with no 1° bis: put). A mark of no sure kind (« i », « v bis ») is read as the text given says (« I bis. – »
    a paragraph, « i bis) » a letter) or, that silent, as the instruction writes it (« le I » a paragraph, « le i »
    a letter); the two must be of one kind."""
    if not place.path:
        return ("", "", "", "", "")
    direction = set(re.findall(r"\b(après|avant) (?:le|l') ", clause))
    if len(direction) != 1:
        return ("", "", "", "", "")
    after = direction.pop() == "après"
    named = place.path[0]
    put_kind = given.lastgroup or "" if given is not None else ""
    put_kind = put_kind or _kind_written(part, put, "un")
    named_said = _kind_written(part, named, "(?:après|avant)\\s(?:le|l')")
    named_kind = named_said or put_kind
    if _order_key(named) is None and _order_key(put) is None and (not named_said or named_said != put_kind):
        return ("", "", "", "", "")  # both of no sure shape: each kind must be said, and the same
    anchor, new = _order_key(named, named_kind), _order_key(put, put_kind)
    if anchor is None or new is None or anchor[0] != new[0] or anchor[1] == new[1]:
        return ("", "", "", "", "")
    x, y = anchor[1], new[1]
    where = "after" if after else "before"
    reason = f"it puts a {put} {where} the {named}, where its mark does not go: which is meant is not said"
    if y < x if after else y > x:
        raise AmendingError(numero, part, reason)
    # any mark of the kind sorting between the two, shown in the enumeration (« Après le IX, insérer un X bis »
    # with a X, « Après le 1°, insérer un 2° bis » with a 2°), is checked in `insertion`
    low, high = (x, y) if after else (y, x)
    spans = f"{_keyed(low)}-{_keyed(high)}"
    return (spans, {"item": "°", "paragraph": "–", "letter": ")"}[new[0]], put, where, named)


def _keyed(key: tuple[int, ...]) -> str:
    """An order key (`_order_key`) written as `unseen` carries it: « 10.1.27 »."""
    return ".".join(str(n) for n in key)


def sorts_between(mark: str, kind: str, spans: str) -> bool:
    """Whether a mark shown in the article (« X », « 1° bis A », « a bis », as `divisions.MARKS` reads its
    number and adverb; `kind` a key of `MARKS`) sorts strictly between the two order keys `spans` carries
    (`_in_order`); False for a mark of no sure order."""
    key = _order_key(mark.lower(), {"°": "item", "–": "paragraph", ")": "letter"}[kind])
    low, high = (tuple(int(n) for n in side.split(".")) for side in spans.split("-"))
    return key is not None and low < key[1] < high


def given_order(text: str) -> tuple[str, tuple[int, ...]] | None:
    """Where the mark a text given opens with (« V ter. – », « 1° bis », « a bis) ») sorts among those of its
    kind, as the shuttle numbers them (`_order_key`): its kind and key; None for a text with no mark, or one
    read two ways (`_readings`: « 1° A Mayotte … »; « 1° A Le premier alinéa … » is a 1° A, « 1° A compter du
    … » a 1°, the word « à » unaccented)."""
    given = _given_mark(text)
    if given is None:
        return None
    readings = _read(given)
    if len(readings) > 1:
        return None
    mark = given.group(given.lastgroup or "")
    if _mark_key(mark) not in readings:  # « 1° A compter du … »: a 1°
        mark = mark[:-1]
    return _order_key(" ".join(mark.lower().split()), given.lastgroup or "")


def given_orders(text: str) -> tuple[str, tuple[tuple[int, ...], ...]] | None:
    """`given_order` under each reading of the mark a text given opens with (`_readings`): its kind and the keys
    it may sort at, one for a mark read one way, two for one read both ways (« 1° A Mayotte … »: a 1° A or a
    1°); None for a text with no mark, or a mark of no sure order."""
    given = _given_mark(text)
    if given is None:
        return None
    kind = given.lastgroup or ""
    mark = given.group(kind)
    keys: list[tuple[int, ...]] = []
    for reading in sorted(_read(given)):
        written = mark if _mark_key(mark) == reading else mark[:-1]
        key = _order_key(" ".join(written.lower().split()), kind)
        if key is None:
            return None
        keys.append(key[1])
    return kind, tuple(sorted(keys))
