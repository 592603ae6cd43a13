# ruff: noqa: E501  (the table of forms reads best one form a line)
"""The forms of amending instructions, as a table: each form a pattern over a sentence's prose (its
operands written ``¤n¤``) and the handler that turns a match into edits (`FORMS`), with the building
blocks of their patterns and `Reading`, what a handler reads. What the pattern leaves of the sentence
is its location (« Alinéa 6 », « À la seconde phrase de l'alinéa 9 »), read by locations.py.

Patterns are matched on the prose folded (one form of apostrophe) and lowercased.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from drafting.domain.amending.edits import EVERY, LAST, AmendingError, Edit, Place
from drafting.domain.amending.lexer import COUNT, NUMBERS, Operand
from drafting.domain.amending.lexer import number as number_of
from drafting.domain.amending.lexicon import OPEN, VERBS, WORD_NOUNS, quote_depth
from drafting.domain.amending.locations import ORD, occurrence
from drafting.domain.amending.quoted import INTRODUCES
from drafting.domain.amending.signs import A_SIGN, NEW_SIGN, THE_SIGN, delete_sign, insert_sign, replace_sign
from drafting.domain.amending.slips import one_edit
from drafting.domain.amending.typography import fold

# Building blocks of the forms
WN = rf"(?:les |le |la |l'|aux |au |à la |à l'|des |du |de la |de l'|l'ensemble des )?{WORD_NOUNS}"  # « l'ensemble des mots »
C = r"\s*(?::\s*)*"
# « supprimer deux fois les mots », « par deux fois », « (deux fois) », « supprimer, deux fois, les mots »
TIMES = r"(?:(?: |\s*,\s*)\(?(?:par )?(?P<times>deux|trois|quatre|cinq|six) fois\)?,?)?"
# « supprimer les deux occurrences du mot : X », « substituer aux deux occurrences des mots : X … »
OCCURRENCES = rf"(?:(?:à )?la (?P<occ>{ORD}) occurrence |(?:les |aux )(?P<times_occ>deux|trois|quatre|cinq|six) occurrences )"
TIMES_AFTER = r"(?: \((?:par )?(?P<times_after>deux|trois|quatre|cinq|six) fois\))?"  # « les mots (trois fois) : »
# the count said after the words themselves, before what follows (« remplacer les mots : X, deux fois, par … »,
# « après le mot : X (deux fois), insérer … »)
TIMES_MID = r"(?:\s*,?\s*\(?(?:par )?(?P<times_mid>deux|trois|quatre|cinq|six) fois\)?)?"
# « après le mot : X, à chaque occurrence, insérer … »: after every X
EACH_AFTER = r"(?:\s*,?\s*(?P<each_after>à chaque occurrence|partout où (?:il|ils|elle|elles) (?:apparaît|apparaissent|figurent|figure)))?"
INS = r"(?:insérer|ajouter|créer|il est inséré|il est ajouté|(?:est|sont) (?:insérée?s?|ajoutée?s?))"
SUBJ = (
    rf"(?:les |l'|le )?(?:(?P<count>{COUNT})s? )?(?:nouveaux? |nouvel )?"
    r"(?:alinéas?|paragraphes?)(?: additionnels?)?(?= suivants?| ainsi| rédigée?s? comme suit|\s*:)|un [ivx]+(?: (?:bis|ter|quater))?(?: [a-z]{1,3})?|"
    # « un 1° A », « un 1° AA » (put before the 1° A), « un 1° bis A »; « un II bis A » (between the II and the
    # II bis); « un aa » (the Sénat's « aa) », put before the « a) »), « un i bis » (« i bis) » in prose)
    r"un \d+ ?° ?(?:(?:bis|ter|quater)(?: [a-z]{1,3})?|[a-z]{1,3})?|"
    r"un [a-z]{1,2}\)?(?: (?:bis|ter|quater)\)?)?(?= ainsi| rédigé)"
)
AINSI = r"(?: ainsi r\w+| suivants?| rédigée?s? comme suit)?"
# A division's mark as an insertion announces it (« 5° bis », « II bis », « a bis », « aa »); several joined by
# « et » (« un 5° bis et un 5° ter », « des 5° bis et 5° ter », « un 1°, un 2° et un 3° »)
_PUT_MARK = r"(?:[ivx]+(?: (?:bis|ter|quater|quinquies|sexies))?(?: [a-z]{1,3})?|\d+ ?° ?(?:(?:bis|ter|quater|quinquies|sexies)(?: [a-z]{1,3})?|[a-z]{1,3})?|[a-z]{1,2}\)?(?: (?:bis|ter|quater|quinquies|sexies)\)?)?)"
SEVERAL_MARKS = rf"un {_PUT_MARK}(?:, un {_PUT_MARK})* et un {_PUT_MARK}|des {_PUT_MARK}(?:, {_PUT_MARK})* et {_PUT_MARK}"
# « à chaque occurrence », « partout où il figure » said inside a form that replaces words
EVERYWHERE = r"à chaque occurrence|partout où (?:il|ils|elle|elles) (?:apparaît|apparaissent|figurent|figure)"
EACH = r"(?P<each>chaque occurrence |toutes les occurrences )"  # « après chaque occurrence du mot : X »
PHRASES = r"la phrase suivante|les (?:deux |trois )?phrases suivantes|une phrase ainsi rédigée|(?:deux|trois) phrases ainsi rédigées"


def Q(name: str) -> str:
    return rf"¤(?P<{name}>\d+)¤"


def QS(name: str) -> str:
    """One or several operands in a row: the alinéas of a text."""
    return rf"(?P<{name}>¤\d+¤(?: ¤\d+¤)*)"


# A count in parentheses ending bare words (« d'un mois / par les mots : / de deux mois (deux fois) »)
_BARE_COUNT = re.compile(r"[^\S\n]*\((?:par )?(?P<n>deux|trois|quatre|cinq|six) fois\)[^\S\n]*\.?$")


@dataclass
class Reading:
    """What a handler needs: the match, the sentence's place, its operands, the amendment."""

    m: re.Match[str]
    place: Place
    operands: list[Operand]
    part: str
    numero: str

    def words(self, group: str) -> str:
        op = self.operands[int(self.m.group(group))]
        if len(op.paragraphs) != 1:
            raise AmendingError(self.numero, self.part, "the quoted words run over several alinéas")
        count = None if op.quoted else _BARE_COUNT.search(op.paragraphs[0])
        said = op.paragraphs[0][: count.start()] if count else op.paragraphs[0]
        if group != "new" and not said.strip(' \u00a0\u202f«»"“”'):  # « après les mots : «  » »: no anchor is not none
            raise AmendingError(self.numero, self.part, "the quoted words are empty", "not_understood")
        return said

    def _bare_counts(self) -> list[str]:
        """The counts ending bare words given as a paragraph of their own (« de deux mois (deux fois) », Senate
        Markdown): the count in parentheses is never part of the words, but says how many times they change."""
        counts = []
        for name, value in self.m.groupdict().items():
            if not value or f"¤(?P<{name}>" not in self.m.re.pattern:
                continue
            op = self.operands[int(value)]
            count = None if op.quoted or len(op.paragraphs) != 1 else _BARE_COUNT.search(op.paragraphs[0])
            if count:
                counts.append(count.group("n"))
        return counts

    def quoted(self, group: str) -> bool:
        """Whether the operand was written between quotes (rather than as a bare paragraph)."""
        return self.operands[int(self.m.group(group))].quoted

    def alineas(self, group: str) -> tuple[tuple[str, ...], bool]:
        ops = [self.operands[int(n)] for n in re.findall(r"\d+", self.m.group(group))]
        return tuple(p for op in ops for p in op.paragraphs), all(op.quoted for op in ops)

    def written(self, group: str) -> tuple[str, ...] | None:
        """The alinéas of bare text followed by the quotation one of them introduces (« …° L'article 1 est
        complété par un alinéa ainsi rédigé : » then « « Il décide. » »): as written, the quotation's
        quotes kept (« Il décide. »), since they are its own. None when the operands are not so mixed."""
        ops = [self.operands[int(n)] for n in re.findall(r"\d+", self.m.group(group))]
        if len(ops) < 2 or ops[0].quoted or not all(op.quoted for op in ops[1:]):
            return None
        out = list(ops[0].paragraphs)
        for op in ops[1:]:
            if not INTRODUCES.search(fold(out[-1]).strip()):
                return None
            out += [f"« {p}" for p in op.paragraphs]
            out[-1] += " »"
        return tuple(out)

    def times(self) -> int:
        said = self.m.groupdict()
        counts = [c for c in (said.get(g) for g in ("times", "times_after", "times_mid", "times_occ")) if c]
        counts += self._bare_counts()
        if len(counts) > 1:  # « supprimer deux fois les mots (trois fois) »: which is meant is not said
            raise AmendingError(self.numero, self.part, "it says how many times twice")
        return NUMBERS.get(counts[0] if counts else "", 1)

    def edit(self, kind: str, **fields: object) -> Edit:
        return Edit(kind, self.place, part=self.part, **fields)  # type: ignore[arg-type]


Handler = Callable[[Reading], list[Edit]]


def _replace(r: Reading) -> list[Edit]:
    occ = r.m.groupdict().get("occ")
    edit = r.edit("replace_words", old=r.words("old"), new=(r.words("new"),), times=r.times(),
                  occurrence=occurrence(r.numero, r.part, occ), quoted=r.quoted("new"))  # fmt: skip
    old, new = _stray_close(r, "old"), _stray_close(r, "new")
    if old and new and old[1] == new[1]:
        # « Remplacer les mots : X » par les mots : Y » », both given bare, each ending with a quote it never
        # opens: the quote is common to both, kept where the text has X followed by it; where it has X alone,
        # a slip left from copying (p12-com-COM-141): X replaced by Y
        return [replace(edit, readings=((edit,), (replace(edit, old=old[0], new=(new[0],)),)))]
    return [edit]


def _stray_close(r: Reading, group: str) -> tuple[str, str] | None:
    """Words given bare (not between quotes) that end with a closing quote they never open: the words
    before it, and that quote."""
    if r.quoted(group):
        return None
    words = r.words(group).rstrip()
    if words[-1:] not in ("»", "”") or quote_depth(words) >= 0 or not words[:-1].strip():
        return None
    return words[:-1].rstrip(), words[-1]


def _replace_near(r: Reading) -> list[Edit]:
    """« Après le mot : « Guyane », substituer au mot : « et » le mot : « ou » »: the « et » next after it."""
    place = replace(r.place, before=r.m.group("where") == "avant")
    return [
        Edit("replace_words", place, old=r.words("old"), new=(r.words("new"),), anchor=r.words("anchor"), part=r.part)
    ]


def _delete_near(r: Reading) -> list[Edit]:
    place = replace(r.place, before=r.m.group("where") == "avant")
    return [Edit("delete_words", place, old=r.words("old"), anchor=r.words("anchor"), part=r.part)]


def _delete_words(r: Reading) -> list[Edit]:
    occ = r.m.groupdict().get("occ")
    edit = r.edit("delete_words", old=r.words("old"), times=r.times(), occurrence=occurrence(r.numero, r.part, occ))
    old = _stray_close(r, "old")
    if old:
        # « Supprimer les mots : X » », given bare, ending with a quote it never opens: where the text has X
        # followed by it, the quote ends a quotation and stays (X alone goes); where it has X alone, a slip
        # left from copying, as when words replaced and their replacement both end with one: X deleted
        kept = replace(edit, kind="replace_words", new=(old[1],), quoted=False)
        return [replace(edit, readings=((kept,), (replace(edit, old=old[0]),)))]
    if r.operands[int(r.m.group("old"))].stop_off:
        # « Supprimer les mots : de plein droit. » on its own line: the sentence's stop is the instruction's;
        # the words' only where the text has them with it, wherever they are found (« … tous les dix ans. »)
        return [replace(edit, readings=((replace(edit, old=edit.old + "."),), (edit,)), last_holds=True)]
    return [edit]


def _insert_near(r: Reading) -> list[Edit]:
    """« Après (la deuxième occurrence de) le mot : X, insérer … »; « après chaque occurrence du mot : X »:
    after every occurrence of X in the place (one at least)."""
    before = r.m.group("where") == "avant"
    occ = r.m.groupdict().get("occ")
    times = r.times()
    if r.m.groupdict().get("each") or r.m.groupdict().get("each_after"):
        if times != 1:
            raise AmendingError(r.numero, r.part, "it says « chaque occurrence » and a number of times")
        times = EVERY
    return [
        Edit("insert_words", replace(r.place, before=before), anchor=r.words("anchor"), new=(r.words("new"),),
             times=times, occurrence=occurrence(r.numero, r.part, occ), quoted=r.quoted("new"), part=r.part)
    ]  # fmt: skip


_THIS_ARTICLE = re.compile(r"\b(?:cet|(?:le|du) présent|ce même) article\b")


def _insert_at_edge(r: Reading) -> list[Edit]:
    """« Au début de l'alinéa 3, insérer les mots : … »; « Compléter cet alinéa par les mots : … »."""
    place = r.place if r.place.end else replace(r.place, end="fin")
    p = r.place
    unnamed = p.alineas is None and p.phrase is None and p.after is None and not (p.path or p.within or p.every)
    if unnamed and _THIS_ARTICLE.search(fold(r.part).lower()):
        # « À la fin de cet article, ajouter les mots : X », « Compléter cet article par les mots : X »: its last
        # alinéa (« Au début de cet article »: its first), `apply`; « Compléter par les mots : X », « Au début,
        # insérer … » name no alinéa (the article's only one)
        place = replace(place, article_edge=True)
    if "compl" not in r.m.group(0) and not r.place.end:
        raise AmendingError(r.numero, r.part, "it says which words to insert but not where")
    return [Edit("insert_words", place, new=(r.words("new"),), quoted=r.quoted("new"), part=r.part)]


def _complete_phrase_named(r: Reading) -> list[Edit]:
    """« Compléter la phrase : « X » par les mots : « Y » »: the phrase named by its words, Y at its end."""
    place = replace(r.place, end="fin", phrase_words=r.words("named"))
    return [Edit("insert_words", place, new=(r.words("new"),), quoted=r.quoted("new"), part=r.part)]


def _delete_phrase_named(r: Reading) -> list[Edit]:
    """« Supprimer la phrase : « X » »: the phrase named by its words, deleted as « la deuxième phrase » is."""
    return [Edit("delete", replace(r.place, phrase_words=r.words("named")), part=r.part)]


def _rewrite_phrase_named(r: Reading) -> list[Edit]:
    """« Remplacer la phrase : « X » par la phrase : « Y » »: the phrase named by its words, rewritten as
    « Rédiger ainsi la deuxième phrase » rewrites it."""
    new, quoted = r.alineas("new")
    if len(new) != 1:
        raise AmendingError(r.numero, r.part, "it gives several alinéas for a phrase")
    place = replace(r.place, phrase_words=r.words("named"))
    return [Edit("replace_end", place, anchor="", new=new, quoted=quoted, keep_anchor=False, part=r.part)]


def _append_sentence(r: Reading) -> list[Edit]:
    new, quoted = r.alineas("new")
    return [r.edit("append_sentence", new=(" ".join(new),), quoted=quoted)]


def _insert_sentences(r: Reading) -> list[Edit]:
    """« Après la deuxième phrase, insérer une phrase ainsi rédigée : … ». « À la fin de l'alinéa 2, ajouter la
    phrase suivante : … » (p111-099) completes the alinéa as « Compléter l'alinéa 2 par la phrase suivante » does;
    « Au début de l'alinéa 2, insérer une phrase … » puts it before the first, as « Avant la première phrase »."""
    if r.place.phrase is None and r.place.end == "fin":  # the place's end: read where « Compléter » is
        new, quoted = r.alineas("new")
        return [Edit("append_sentence", replace(r.place, end=None), new=(" ".join(new),), quoted=quoted, part=r.part)]
    if r.place.phrase is None and r.place.end == "début" and r.place.alineas:
        r = replace(r, place=replace(r.place, phrase=1))
    if r.place.phrase is None or r.place.end is None or not r.place.alineas:
        raise AmendingError(r.numero, r.part, "it inserts a phrase without saying after (or before) which one")
    new, quoted = r.alineas("new")
    return [r.edit("append_sentence", new=(" ".join(new),), quoted=quoted)]


# « la fin de l'alinéa », « … de cet alinéa », « … de l'alinéa 6 »: the end of the alinéa, not of a phrase
_ALINEA_END = re.compile(r"^\s*(?:de l'|de cet |du même |de ce même )alinéa(?: \d+)?\s*$")


def _end_of(r: Reading) -> Reading:
    """The end named after « la fin »: « de l'alinéa » with a phrase named before (« À la première phrase de
    l'alinéa 6, après le mot : X, rédiger ainsi la fin de l'alinéa ») runs to the end of the alinéa; the
    phrase only says where X is found. « la fin de la phrase », « de cette phrase », or « la fin » alone:
    the phrase's end."""
    said = r.m.groupdict().get("loc") or r.m.string[r.m.end() :]  # « supprimer la fin » leaves it after the match
    if r.place.phrase is not None and _ALINEA_END.match(said.rstrip(" .;")):
        return replace(r, place=replace(r.place, to_alinea_end=True))
    return r


def phrase_before_kept(r: Reading, place: Place, context: Place) -> Place:
    """« Alinéa 3, première phrase / Après le mot : X / rédiger ainsi la fin de cet alinéa »: the phrase named
    before (the heading) says where X is found, the end runs to the end of the alinéa, as when the phrase is
    named in the same sentence (`_end_of`); only for the end of « cet alinéa » (« de l'alinéa »), the one named
    before."""
    if "anchor" not in r.m.groupdict() or "from" not in r.m.groupdict() or "loc" not in r.m.groupdict():
        return place
    loc = r.m.group("loc") or r.m.string[r.m.end() :]  # « supprimer la fin » leaves it after the match
    if place.phrase is not None or context.phrase is None or context.end is not None or context.each:
        return place
    if place.alineas is None or place.alineas != context.alineas or not _ALINEA_END.match(loc.rstrip(" .;")):
        return place
    return replace(place, phrase=context.phrase)


def _replace_end(r: Reading) -> list[Edit]:
    r = _end_of(r)
    new, quoted = r.alineas("new")
    keep = not r.m.group("from").startswith(("à partir", "à compter"))
    occ = r.m.groupdict().get("occ")
    return [
        r.edit(
            "replace_end",
            occurrence=occurrence(r.numero, r.part, occ),
            anchor=r.words("anchor"),
            new=new,
            quoted=quoted,
            keep_anchor=keep,
        )
    ]


def _rewrite_upto(r: Reading) -> list[Edit]:
    """« Rédiger ainsi le début de l'alinéa 1 jusqu'aux mots : « est prorogé » : « … » »: the start, up to
    and including the words named, replaced by the text given."""
    new, quoted = r.alineas("new")
    if len(new) != 1:
        raise AmendingError(r.numero, r.part, "it gives several alinéas for the start of an alinéa")
    return [r.edit("rewrite_start", anchor=r.words("anchor"), new=new, quoted=quoted)]


def _delete_end(r: Reading) -> list[Edit]:
    r = _end_of(r)
    keep = not r.m.group("from").startswith(("à partir", "à compter"))
    return [r.edit("delete_end", anchor=r.words("anchor"), keep_anchor=keep)]


# « … (le reste sans changement) », maybe followed by the quote and stop that close the amendment's text
# (« dans changement » as one amendment misspells it); the stop may also come before that quote, closing
# the amendment's sentence (« « X Y Z… (le reste sans changement). » », a quotation's alinéa given with its quote)
_UNCHANGED_REST = re.compile(
    r"\s*(?:\.\.\.|…)?\s*\(\s*le reste [sd]ans changement\s*\)\s*\.?\s*[»\"”]?\s*\.?\s*$", re.I
)
# « Rédiger ainsi le début de cet alinéa : X Y Z… »: the dots alone, ending a new start, say the rest follows
_TRAILING_DOTS = re.compile(r"(?<=\w)\s*(?:\.{3,}|…)\s*[»\"”]?\s*$")


_REST_SAID = re.compile(r"\(\s*le reste [sd]ans changement\s*\)", re.I)


def _quoted_by_the_text(alinea: str, at: int) -> bool:
    """Whether « (le reste sans changement) » at `at` stands in a quotation the alinéa given opens after its own
    words introducing it, and closes (« 3° Le début de l'avant-dernier alinéa est ainsi rédigé : « Les statuts …
    (le reste sans changement). » », p147-052): the text's own words about the alinéa it rewrites, not the
    amendment's. In an alinéa opening with its quote (a quotation's line), whose it is stays unsaid."""
    before = alinea[:at]
    if quote_depth(before) != 1 or quote_depth(alinea) != 0:
        return False
    opened = max(before.rfind(c) for c in OPEN)
    head = fold(before[:opened]).strip()
    return bool(head) and quote_depth(head) == 0 and bool(INTRODUCES.search(head))


def _rewrite(r: Reading) -> list[Edit]:
    new, quoted = r.alineas("new")
    count = r.m.groupdict().get("count")  # « Remplacer ces alinéas par quatre alinéas ainsi rédigés » gives four
    announced = number_of(count) if count else len(new)
    if announced not in (len(new), _own(new)) and "paragraphe" not in r.m.group(0):
        raise AmendingError(r.numero, r.part, f"it announces {count} alinéa(s) and quotes {len(new)}")
    rest = _UNCHANGED_REST.search(new[-1]) if new else None
    if r.place.end == "début" and len(new) == 1 and not rest:
        rest = _TRAILING_DOTS.search(new[0])
    if r.place.end == "début" and r.place.after is None and len(new) == 1 and rest:
        # « Rédiger ainsi le début de l'alinéa 8 : « X Y Z… (le reste sans changement) » », or « X Y Z… » alone
        return [r.edit("rewrite_start", new=(new[0][: rest.start()].rstrip(),), quoted=quoted)]
    if r.place.end or r.place.after is not None:
        raise AmendingError(
            r.numero, r.part, "rewriting the start of a passage is read only up to « (le reste sans changement) »"
        )
    if any(not _quoted_by_the_text(p, m.start()) for p in new for m in _REST_SAID.finditer(p)):
        # a whole text given in part (a table's first rows): what the rest becomes is not said
        raise AmendingError(r.numero, r.part, "its text says « (le reste sans changement) » of a passage it rewrites whole")
    if r.place.phrase is not None:
        return [r.edit("replace_end", anchor="", new=new, quoted=quoted, keep_anchor=False)]
    open_end = quoted and r.operands[int(re.findall(r"\d+", r.m.group("new"))[-1])].open_end
    return [r.edit("rewrite", new=new, quoted=quoted, open_end=open_end)]


def _restore(r: Reading) -> list[Edit]:
    return [replace(e, restores=True) for e in _rewrite(r)]


def _restore_numbered(r: Reading) -> list[Edit]:
    """« Rétablir un article 40 quater dans la rédaction suivante »: said of the article deleted that the
    amendment is filed on (its number is not checked; that it stands deleted is, by apply)."""
    return [replace(e, by_number=True) for e in _restore(r)]


def _restore_inserted(r: Reading) -> list[Edit]:
    """« Après l'alinéa 3, rétablir un 2° bis ainsi rédigé »: a division the text no longer shows, put after
    the alinéa named as « insérer » puts it (`apply._restoring` checks the text does not show it elsewhere)."""
    return [replace(e, restores=True) for e in _insert_alineas(r)]


def _rewrite_phrase(r: Reading) -> list[Edit]:
    """« Substituer à la dernière phrase de l'alinéa 4 la phrase suivante : … »."""
    if r.place.phrase is None:
        raise AmendingError(r.numero, r.part, "it gives phrases for a passage that is not a phrase")
    return _rewrite(r)


def _insert_alineas(r: Reading) -> list[Edit]:
    new, quoted = r.alineas("new")
    written = r.written("new")
    if written:
        new, quoted = written, False
    count = r.m.groupdict().get("count")
    announced = number_of(count) if count else len(new)
    if announced not in (len(new), _own(new)) and "paragraphe" not in r.m.group(0):
        raise AmendingError(r.numero, r.part, f"it announces {count} alinéa(s) and quotes {len(new)}")
    place = r.place
    if "compl" in r.m.group(0):
        place = replace(place, after=LAST if place.alineas is None else place.alineas[-1])
    elif place.after is None:
        if place.end == "début" and place.alineas is None:
            place = replace(place, after=0)
        elif place.end == "fin" and place.alineas is None:
            place = replace(place, after=LAST)
        elif place == Place() and re.match(r"il est ajouté (?!un [ivx\d]|un [a-z]\)?(?: |$))", r.m.group(0)):
            # « Il est ajouté un alinéa ainsi rédigé : », no place named: the Sénat's passive of « Compléter cet
            # article par un alinéa … », at its end (« il est inséré » with none says no place: refused)
            place = replace(place, after=LAST)
        else:
            raise AmendingError(r.numero, r.part, "it says what alinéas to insert but not after which one")
    operand = r.operands[int(re.findall(r"\d+", r.m.group("new"))[-1])]
    ends_item, open_end = operand.ends_item and quoted, operand.open_end and quoted
    edit = Edit(
        "insert_alineas", replace(place, alineas=None), new=new, quoted=quoted, part=r.part, ends_item=ends_item,
        open_end=open_end,
    )
    return [edit]


def _insert_divisions(r: Reading) -> list[Edit]:
    """« Après le 5°, insérer un 5° bis et un 5° ter ainsi rédigés : « 5° bis … » « 5° ter … » »: as many alinéas
    as divisions named, one each, in order (that each opens with its mark, `marks._marks_agree` checks)."""
    named = len(re.split(r",\s*|\s+et\s+", r.m.group("marks")))
    new, _ = r.alineas("new")
    if len(new) != named:
        raise AmendingError(r.numero, r.part, f"it announces {named} alinéa(s) and quotes {len(new)}")
    return _insert_alineas(r)


def _own(alineas: tuple[str, ...]) -> int:
    """The alinéas counted when drafters announce « un alinéa » for one that introduces a quotation
    (« …° L'article L. 1 est complété par un alinéa ainsi rédigé : » and the quoted alinéa): the
    quotation's alinéas are that alinéa's."""
    own, inside = 0, False
    for text in alineas:
        if inside and text[:1] in '«"“':
            inside = not re.search(r"[»\"”]\s*[.;,]?\s*$", text)
            continue
        own += 1
        inside = bool(INTRODUCES.search(fold(text).strip()))
    return own


def _delete(r: Reading) -> list[Edit]:
    # a phrase of a division or a text proposed is counted in it (`apply._counted_in`)
    named = r.place.alineas is not None or r.place.path or r.place.within
    if r.place.end or r.place.phrase is not None and not named:
        raise AmendingError(r.numero, r.part, "it deletes part of a passage without saying which words")
    return [r.edit("delete")]


# The verbs the forms open with, and a slip of the pen in one (« Suprimer ces alinéas », « Suprrimer … »):
# a word opening an instruction (the sentence's first, or after « , » or « : ») that is not one of them but
# one edit from exactly one (a letter put in, left out, changed, or two swapped) is read as that verb
_OPENING_WORD = re.compile(r"(?:^|(?<=[,:] ))(\w{4,})\b")
# and one opening the next instruction after words quoted (an operand, ``¤N¤``) and « et », « puis » or « ; »
# (« … par les mots : « Y » et suprimer les mots : « Z » »): words quoted end an instruction, so the word after
# the join opens one; a past participle (« complété », « rétabli », one letter off the verb too) is no verb
# opening an instruction, left as written
_JOINED_WORD = re.compile(r"(?<=¤)(\s*,?\s*(?:et|puis|;)\s+)(\w{4,})\b")
_PARTICIPLE = re.compile(r"(?:é|i)(?:e|s|es)?$")


# and the participles of the passive forms after « est » / « sont » (« le mot : X est remplaçé par … »): a word
# there that is none of them but one edit from the forms of exactly one verb is read as that verb's
PARTICIPLES = ("remplacé", "supprimé", "inséré", "ajouté", "complété", "rédigé")
_FORMS_OF = {p + end: p for p in PARTICIPLES for end in ("", "e", "s", "es")}
_PASSIVE_WORD = re.compile(r"(\b(?:est|sont) (?:ainsi )?)(\w{5,})\b")


def verbs_spelt(prose: str) -> str:
    """The prose (folded, lowercased) with a verb misspelt by one letter, opening an instruction (at the start,
    or after words quoted and « et », « puis », « ; ») or as the participle of a passive one, spelt right."""
    prose = _OPENING_WORD.sub(lambda m: _spelt(m.group(1)), prose)
    prose = _JOINED_WORD.sub(lambda m: m.group(1) + _joined_spelt(m.group(2)), prose)
    return _PASSIVE_WORD.sub(lambda m: m.group(1) + _participle(m.group(2)), prose)


def _joined_spelt(word: str) -> str:
    return word if _PARTICIPLE.search(word) else _spelt(word)


@lru_cache(maxsize=4096)
def _participle(word: str) -> str:
    if word in _FORMS_OF:
        return word
    near = [form for form in _FORMS_OF if one_edit(word, form)]
    return near[0] if len({_FORMS_OF[form] for form in near}) == 1 else word


@lru_cache(maxsize=4096)  # the same few words open every instruction: each compared with the verbs once
def _spelt(word: str) -> str:
    if word in VERBS:
        return word
    near = [v for v in VERBS if one_edit(word, v)]
    return near[0] if len(near) == 1 else word


# words a sign named stands next to (« après les mots : X »), and what replaces it: words or a sign named
NEAR = rf"(?P<where>après|avant) (?:l'|le |les |la )?{WN}{C}{Q('anchor')}"
SIGN_BY = rf"(?:{WN}{C}{Q('new')}|{NEW_SIGN})"


# The forms, most specific first. `loc` groups hold a location inside the form (« Compléter cet alinéa
# par … »); the rest of the sentence around the match is location too.
FORMS: list[tuple[str, str, Handler]] = [
    # a sign named by its noun (« la virgule », signs.py), next to words named or where the place holds it once
    ("delete a sign named next to words", rf"{NEAR}\s*,?\s*supprimer {THE_SIGN}$", delete_sign),
    ("delete a sign named next to words", rf"supprimer {THE_SIGN},? {NEAR}$", delete_sign),
    ("delete a sign named next to words (passive)", rf"{NEAR}\s*,?\s*{THE_SIGN} est supprimée?s?$", delete_sign),
    ("delete a sign named next to words (passive)", rf"{THE_SIGN},? {NEAR},? est supprimée?s?$", delete_sign),
    ("insert a sign named next to words", rf"{NEAR}\s*,?\s*{INS} {A_SIGN}$", insert_sign),
    ("insert a sign named next to words", rf"{INS} {A_SIGN},? {NEAR}$", insert_sign),
    ("replace a sign named next to words", rf"{NEAR}\s*,?\s*remplacer {THE_SIGN} par {SIGN_BY}$", replace_sign),
    ("replace a sign named next to words", rf"remplacer {THE_SIGN},? {NEAR},? par {SIGN_BY}$", replace_sign),
    ("replace a sign named", rf"remplacer {THE_SIGN} par {SIGN_BY}$", replace_sign),
    ("delete a sign named", rf"supprimer {THE_SIGN}$", delete_sign),
    ("insert a sign and words next to others", rf"{NEAR}\s*,?\s*{INS} {A_SIGN} et {WN}{C}{Q('new')}$", insert_sign),
    ("replace words next to others", rf"(?P<where>après|avant) (?:l'|le |les |la )?{WN}{C}{Q('anchor')}\s*,?\s*(?:remplacer|substituer) {WN}{C}{Q('old')}\s*,?\s*?(?:par )?{WN}{C}{Q('new')}", _replace_near),
    ("delete words next to others", rf"(?P<where>après|avant) (?:l'|le |les |la )?{WN}{C}{Q('anchor')}\s*,?\s*supprimer {WN}{C}{Q('old')}", _delete_near),
    # « remplacer, partout où il figure, le mot : X par … » (« à chaque occurrence »): every X of the place named;
    # its commas left out alike (« remplacer partout où ils figurent les mots : X par … », p97-026)
    ("replace words", rf"(?:remplacer|substituer){TIMES}(?:\s*,?\s*(?P<loc>{EVERYWHERE})\s*,?)? {OCCURRENCES}?{WN}{TIMES_AFTER}{C}{Q('old')}{TIMES_MID}\s*,?\s*?(?:par )?{WN}{C}{Q('new')}", _replace),
    ("replace words (passive)", rf"{OCCURRENCES}?{WN}{C}{Q('old')}\s*,?\s*(?:est|sont) remplacée?s?{TIMES}(?:\s*,?\s*(?P<loc>{EVERYWHERE})\s*,?)? par {WN}{C}{Q('new')}", _replace),
    ("insert words near others", rf"(?P<where>après|avant) (?:la (?P<occ>{ORD}) occurrence |{EACH}|l'|le |les |la )?"
     rf"{WN}{C}{Q('anchor')}{TIMES_MID}{EACH_AFTER}\s*,?\s*{INS}{TIMES} {WN}(?: suivants?)?{C}{Q('new')}", _insert_near),
    # « Insérer après le mot : X les mots : Y »: the verb first
    ("insert words near others", rf"{INS}{TIMES},? (?P<where>après|avant) (?:la (?P<occ>{ORD}) occurrence |{EACH}|l'|le |les |la )?"
     rf"{WN}{C}{Q('anchor')}\s*,?\s*{WN}(?: suivants?)?{C}{Q('new')}", _insert_near),
    # as NGOs and citizens write them: the noun, or the colon, left out (« remplacer « X » par « Y » »,
    # « après les mots « X », ajouter « Y » »)
    ("replace words (informal)", rf"(?:remplacer|substituer){TIMES} (?:{WN}{C})?{Q('old')}\s*,?\s*par (?:{WN}{C})?{Q('new')}", _replace),
    ("insert words near others (informal)", rf"(?P<where>après|avant) (?:{EACH}|l'|le |les |la )?(?:{WN}{C})?{Q('anchor')}\s*,?\s*{INS}{TIMES} (?:{WN}(?: suivants?)?{C})?{Q('new')}", _insert_near),
    # « supprimer, à chaque occurrence, le mot : X », as « remplacer, partout où il figure, … » (p101-050)
    ("delete words", rf"supprimer{TIMES}(?:\s*,?\s*(?P<loc>{EVERYWHERE})\s*,?)? {OCCURRENCES}?{WN}{TIMES_AFTER}{C}{Q('old')}", _delete_words),
    ("delete words (passive)", rf"{OCCURRENCES}?{WN}{C}{Q('old')}\s*,?\s*(?:est|sont) supprimée?s?{TIMES}", _delete_words),
    ("append sentences", rf"compléter (?P<loc>.*?) ?par (?:(?:une|deux|trois|\d+) phrases?(?: ainsi r\w+| suivantes?)|la phrase suivante|les phrases suivantes){C}{QS('new')}", _append_sentence),
    ("append sentences (passive)", rf"(?P<loc>.*?) (?:est|sont) complétée?s? par (?:une|deux|trois|\d+) phrases? ainsi r\w+{C}{QS('new')}", _append_sentence),
    ("insert alinéas at the end", rf"compléter (?P<loc>.*?) ?par (?:{SUBJ}){AINSI}{C}{QS('new')}", _insert_alineas),
    ("insert alinéas at the end (passive)", rf"(?P<loc>.*?) (?:est|sont) complétée?s? par (?:{SUBJ}){AINSI}{C}{QS('new')}", _insert_alineas),
    # a phrase named by its words, the alinéa it is in named after it or not (« … » de l'alinéa 3 par …)
    ("words at the end of a phrase named by its words", rf"compléter la phrase{C}{Q('named')}\s*,?\s*(?:(?P<loc>[^¤:]*?),? )?(?:par|des|du|de la|de l') {WN}(?: suivants?)?{C}{Q('new')}", _complete_phrase_named),
    ("delete a phrase named by its words", rf"supprimer la phrase{C}{Q('named')}", _delete_phrase_named),
    ("delete a phrase named by its words (passive)", rf"la phrase{C}{Q('named')}\s*,?\s*(?:(?P<loc>[^¤:]*?),? )?est supprimée$", _delete_phrase_named),
    ("replace a phrase named by its words", rf"remplacer la phrase{C}{Q('named')}\s*,?\s*(?:(?P<loc>[^¤:]*?),? )?par (?:{PHRASES}|la phrase){C}{QS('new')}", _rewrite_phrase_named),
    ("replace a phrase named by its words (passive)", rf"la phrase{C}{Q('named')}\s*,?\s*(?:(?P<loc>[^¤:]*?),? )?est remplacée par (?:{PHRASES}|la phrase){C}{QS('new')}", _rewrite_phrase_named),
    ("words at the end", rf"compléter (?P<loc>.*?) ?(?:par|des|du|de la|de l') {WN}(?: suivants?)?{C}{Q('new')}", _insert_at_edge),
    ("words at the end (passive)", rf"(?P<loc>.*?) (?:est|sont) complétée?s? par {WN}{C}{Q('new')}", _insert_at_edge),
    ("words at an edge", rf"{INS} {WN}{C}{Q('new')}", _insert_at_edge),
    ("rewrite the start up to words", rf"rédiger (?:ainsi|comme suit) le début (?P<loc>.*?) ?jusqu'{WN}(?: inclus)?{C}{Q('anchor')}\s*(?:inclus)?{C}{QS('new')}", _rewrite_upto),
    ("rewrite the start up to words (passive)", rf"le début (?P<loc>.*?) ?jusqu'{WN}{C}{Q('anchor')}\s*,?\s*(?:inclus,?\s*)?est (?:ainsi rédigé|rédigé comme suit){C}{QS('new')}", _rewrite_upto),
    ("rewrite the end", rf"(?P<from>après|à partir d[eu]s?|à compter d[eu]s?) (?:la (?P<occ>{ORD}) occurrence )?{WN}{C}{Q('anchor')}\s*,?\s*rédiger (?:ainsi|comme suit) la fin (?P<loc>.*?){C}{QS('new')}", _replace_end),
    ("rewrite the end (passive)", rf"(?P<from>après|à partir d[eu]s?|à compter d[eu]s?) (?:la (?P<occ>{ORD}) occurrence )?{WN}{C}{Q('anchor')}\s*,?\s*la fin (?P<loc>.*?) est (?:ainsi rédigée|rédigée comme suit){C}{QS('new')}", _replace_end),
    ("delete the end (passive)", rf"(?P<from>après|à partir d[eu]s?|à compter d[eu]s?) {WN}{C}{Q('anchor')}\s*,?\s*la fin (?P<loc>.*?) est supprimée", _delete_end),
    ("delete the end", rf"(?P<from>après|à partir d[eu]s?|à compter d[eu]s?) {WN}{C}{Q('anchor')}\s*,?\s*supprimer la fin\b(?P<loc>.*?)", _delete_end),
    ("insert sentences", rf"{INS} (?:(?:une|deux|trois|\d+) phrases? ainsi r\w+|la phrase suivante|les (?:deux |trois )?phrases suivantes){C}{QS('new')}", _insert_sentences),
    # « Après le 5°, insérer un 5° bis et un 5° ter ainsi rédigés » (« des 5° bis et 5° ter »): one alinéa each
    ("insert divisions named", rf"{INS} (?:(?P<loc>(?:après|avant) [^,:¤]*?) )?(?P<marks>{SEVERAL_MARKS}) (?:ainsi rédigée?s|rédigée?s comme suit){C}{QS('new')}", _insert_divisions),
    # « Insérer après l'alinéa 9 un alinéa ainsi rédigé : » names its place between the verb and the alinéa
    ("insert alinéas", rf"{INS} (?:(?P<loc>(?:après|avant) [^,:¤]*?) )?(?:{SUBJ}){AINSI}{C}{QS('new')}", _insert_alineas),
    ("rewrite", rf"rédiger(?: ainsi| comme suit)? (?P<loc>.*?) ?(?:ainsi|comme suit)?{C}{QS('new')}", _rewrite),
    ("substitute phrases", rf"substituer (?P<loc>.*?) (?:{PHRASES}){C}{QS('new')}", _rewrite_phrase),
    ("replace phrases (passive)", rf"(?P<loc>.*?) (?:est|sont) remplacée?s? par (?:{PHRASES}){C}{QS('new')}", _rewrite_phrase),
    ("replace phrases", rf"remplacer (?P<loc>.*?) par (?:{PHRASES}){C}{QS('new')}", _rewrite_phrase),
    ("substitute alinéas", rf"substituer (?P<loc>.*?) (?:{SUBJ}){AINSI}{C}{QS('new')}", _rewrite),
    ("rewrite as alinéas", rf"remplacer (?P<loc>.*?) par (?:{SUBJ}){AINSI}{C}{QS('new')}", _rewrite),
    # « Après l'alinéa 3, rétablir un 2° bis ainsi rédigé » (« un a bis) »): « un », a division the text no
    # longer shows
    ("restore as an insertion", rf"rétablir un (?:[ivx]+(?: (?:bis|ter|quater|[a-z]{{1,3}}))?|\d+ ?° ?(?:(?:bis|ter|quater)(?: [a-z]{{1,3}})?|[a-z]{{1,3}})?|[a-z]\)?(?: (?:bis|ter|quater)\)?)?)"
     rf"(?: ainsi r\w+| rédigée?s? comme suit| dans (?:la|sa) rédaction suivante| dans le texte suivant){C}{QS('new')}", _restore_inserted),
    # « Rétablir un article 40 quater dans la rédaction suivante » (« l'article 40 quater »): the article the
    # amendment is filed on
    ("restore", rf"rétablir (?:un |l'|le )article (?:\d+|premier)(?:\s[a-z]+)?\s(?:dans (?:la|sa) rédaction suivante|ainsi rédigé){C}{QS('new')}", _restore_numbered),
    ("restore", rf"rétablir (?P<loc>.*?) dans (?:(?:la|sa) rédaction suivante|le texte suivant){C}{QS('new')}", _restore),
    ("restore", rf"rétablir (?:ainsi|comme suit) (?P<loc>.*?){C}{QS('new')}", _restore),
    # « Au 5°, rétablir le c ainsi rédigé » (« rédigé comme suit »): the division named, as « dans la rédaction
    # suivante » says
    ("restore", rf"rétablir (?P<loc>(?:le |la |les |l')[^:¤]*?) (?:ainsi rédigée?s?|rédigée?s? comme suit){C}{QS('new')}", _restore),
    ("rewrite (passive)", rf"(?P<loc>.*?) (?:est|sont) ainsi rédigée?s?{C}{QS('new')}", _rewrite),
    ("delete", r"(?:^|(?<=[,:] ))supprimer (?P<loc>.+?)$", _delete),
    ("delete (passive)", r"^(?P<loc>.+?) (?:est|sont) supprimée?s?$", _delete),
]  # fmt: skip


def _no_stray_close(handler: Handler) -> Handler:
    """The handler, refusing words given that close a quote they never open (« par les mots : un nombre égal »
    with « » » after it, p71-087) unless the words they replace close it too: put into the law, that quote
    would close nothing, and whether it is a slip or a quotation's end is not said."""

    def read(r: Reading) -> list[Edit]:
        edits = handler(r)
        for e in edits:
            if e.kind in ("replace_words", "insert_words") and any(
                quote_depth(n) < min(0, quote_depth(e.old)) for n in e.new
            ):
                reason = "the words it puts close a quote they never open, which the words replaced do not"
                raise AmendingError(r.numero, r.part, reason, "ambiguous")
        return edits

    return read


COMPILED_FORMS = [(name, re.compile(pattern), _no_stray_close(handler)) for name, pattern, handler in FORMS]
