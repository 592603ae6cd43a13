# ruff: noqa: E501  (the table of forms reads best one form a line)
"""The forms of amending instructions, as a table: each form a pattern over a sentence's prose (its
operands written ``¤n¤``) and the handler that turns a match into edits. What the pattern leaves of the
sentence is its location (« Alinéa 6 », « À la seconde phrase de l'alinéa 9 »), read by `LOCATIONS`.

Patterns are matched on the prose folded (one form of apostrophe) and lowercased. A sentence that no
form matches, or whose location has words `LOCATIONS` does not know, is refused: nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from drafting.domain.amending.edits import (
    BEFORE_LAST,
    EVERY,
    LAST,
    THIS_ARTICLE,
    THROUGH_LAST,
    AmendingError,
    Edit,
    Place,
)
from drafting.domain.amending.lexer import COUNT, INTRODUCES, NUMBERS, WORD_NOUNS, Operand, Sentence, sentences
from drafting.domain.amending.lexer import number as number_of
from drafting.domain.amending.typography import fold

_ORD_WORDS = (
    "premier|première|1er|1re|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|"
    "neuvième|dixième|onzième|douzième|treizième|quatorzième|quinzième|seizième|dix-septième|dix-huitième|"
    "dix-neuvième|vingtième|avant-dernier|avant-dernière|dernier|dernière"
)
ORD = rf"(?:{_ORD_WORDS}|\d+(?:e|ème|ère|re|er)(?!\w))"  # « 21e », « 1ère », « 4ème »


def ordinal(word: str) -> int:
    """1 for « premier », -1 for « dernier », -2 for « avant-dernier », 21 for « 21e »."""
    if word.startswith("avant-derni"):
        return BEFORE_LAST
    if word.startswith("derni"):
        return LAST
    word = word.removesuffix("s") if word.endswith(("ères", "ières", "ndes", "mes")) else word
    digits = re.match(r"(\d+)(?:e|ème|ère|re|er)$", word)
    if digits:
        return int(digits.group(1))
    order = ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
             "neuvième", "dixième", "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième",
             "dix-septième", "dix-huitième", "dix-neuvième", "vingtième"]  # fmt: skip
    aliases = {"première": 1, "1er": 1, "1re": 1, "second": 2, "seconde": 2}
    return aliases.get(word) or order.index(word) + 1


# Building blocks of the forms
WN = rf"(?:les |le |la |l'|aux |au |à la |à l'|des |du |de la |de l'|l'ensemble des )?{WORD_NOUNS}"  # « l'ensemble des mots »
C = r"\s*(?::\s*)*"
TIMES = r"(?: \(?(?:par )?(?P<times>deux|trois|quatre|cinq|six) fois\)?)?"
# « supprimer les deux occurrences du mot : X », « substituer aux deux occurrences des mots : X … »
OCCURRENCES = rf"(?:(?:à )?la (?P<occ>{ORD}) occurrence |(?:les |aux )(?P<times_occ>deux|trois|quatre|cinq|six) occurrences )"
TIMES_AFTER = r"(?: \((?:par )?(?P<times_after>deux|trois|quatre|cinq|six) fois\))?"  # « les mots (trois fois) : »
INS = r"(?:insérer|ajouter|créer|il est inséré|il est ajouté|(?:est|sont) (?:insérée?s?|ajoutée?s?))"
SUBJ = (
    rf"(?:les |l'|le )?(?:(?P<count>{COUNT})s? )?(?:nouveaux? |nouvel )?"
    r"(?:alinéas?|paragraphes?)(?: additionnels?)?(?= suivants?| ainsi| rédigée?s? comme suit|\s*:)|un [ivx]+(?: (?:bis|ter|quater|[a-z]))?|un \d+ ?° ?(?:bis|ter|quater|[a-z])?|"
    r"un [a-z]\)?(?: (?:bis|ter|quater))?(?= ainsi| rédigé)"
)
AINSI = r"(?: ainsi r\w+| suivants?| rédigée?s? comme suit)?"
EACH = r"(?P<each>chaque occurrence |toutes les occurrences )"  # « après chaque occurrence du mot : X »
PHRASES = r"la phrase suivante|les (?:deux |trois )?phrases suivantes|une phrase ainsi rédigée|(?:deux|trois) phrases ainsi rédigées"


def Q(name: str) -> str:
    return rf"¤(?P<{name}>\d+)¤"


def QS(name: str) -> str:
    """One or several operands in a row: the alinéas of a text."""
    return rf"(?P<{name}>¤\d+¤(?: ¤\d+¤)*)"


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
        return op.paragraphs[0]

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
        return NUMBERS.get(said.get("times") or said.get("times_after") or said.get("times_occ") or "", 1)

    def edit(self, kind: str, **fields: object) -> Edit:
        return Edit(kind, self.place, part=self.part, **fields)  # type: ignore[arg-type]


Handler = Callable[[Reading], list[Edit]]


def _replace(r: Reading) -> list[Edit]:
    occ = r.m.groupdict().get("occ")
    return [
        r.edit("replace_words", old=r.words("old"), new=(r.words("new"),), times=r.times(),
               occurrence=ordinal(occ) if occ else 0, quoted=r.quoted("new"))
    ]  # fmt: skip


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
    return [r.edit("delete_words", old=r.words("old"), times=r.times(), occurrence=ordinal(occ) if occ else 0)]


def _insert_near(r: Reading) -> list[Edit]:
    """« Après (la deuxième occurrence de) le mot : X, insérer … »; « après chaque occurrence du mot : X »:
    after every occurrence of X in the place (one at least)."""
    before = r.m.group("where") == "avant"
    occ = r.m.groupdict().get("occ")
    times = r.times()
    if r.m.groupdict().get("each"):
        if times != 1:
            raise AmendingError(r.numero, r.part, "it says « chaque occurrence » and a number of times")
        times = EVERY
    return [
        Edit("insert_words", replace(r.place, before=before), anchor=r.words("anchor"), new=(r.words("new"),),
             times=times, occurrence=ordinal(occ) if occ else 0, quoted=r.quoted("new"), part=r.part)
    ]  # fmt: skip


def _insert_at_edge(r: Reading) -> list[Edit]:
    """« Au début de l'alinéa 3, insérer les mots : … »; « Compléter cet alinéa par les mots : … »."""
    place = r.place if r.place.end else replace(r.place, end="fin")
    if "compl" not in r.m.group(0) and not r.place.end:
        raise AmendingError(r.numero, r.part, "it says which words to insert but not where")
    return [Edit("insert_words", place, new=(r.words("new"),), quoted=r.quoted("new"), part=r.part)]


def _append_sentence(r: Reading) -> list[Edit]:
    new, quoted = r.alineas("new")
    return [r.edit("append_sentence", new=(" ".join(new),), quoted=quoted)]


def _insert_sentences(r: Reading) -> list[Edit]:
    """« Après la deuxième phrase, insérer une phrase ainsi rédigée : … »."""
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


def _replace_end(r: Reading) -> list[Edit]:
    r = _end_of(r)
    new, quoted = r.alineas("new")
    keep = not r.m.group("from").startswith(("à partir", "à compter"))
    occ = r.m.groupdict().get("occ")
    return [
        r.edit(
            "replace_end",
            occurrence=ordinal(occ) if occ else 0,
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
# « (…) », « […] », « (...) » in a text given: words left out
_LEFT_OUT = re.compile(r"[(\[]\s*(?:…|\.{3})\s*[)\]]")
# « Rédiger ainsi le début de cet alinéa : X Y Z… »: the dots alone, ending a new start, say the rest follows
_TRAILING_DOTS = re.compile(r"(?<=\w)\s*(?:\.{3,}|…)\s*[»\"”]?\s*$")
# « … un rapport sur… »: dots glued to the last word of any other text given: it is cut short
_CUT_SHORT = re.compile(r"(?<=\w)(?:\.{3,}|…)\s*[»\"”]?\s*$")


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
    if any(re.search(r"\(\s*le reste [sd]ans changement\s*\)", p, re.I) for p in new):
        # a whole text given in part (a table's first rows): what the rest becomes is not said
        raise AmendingError(r.numero, r.part, "its text says « (le reste sans changement) » of a passage it rewrites whole")
    if r.place.phrase is not None:
        return [r.edit("replace_end", anchor="", new=new, quoted=quoted, keep_anchor=False)]
    return [r.edit("rewrite", new=new, quoted=quoted)]


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
    ends_item = r.operands[int(re.findall(r"\d+", r.m.group("new"))[-1])].ends_item and quoted
    edit = Edit("insert_alineas", replace(place, alineas=None), new=new, quoted=quoted, part=r.part, ends_item=ends_item)
    return [edit]


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


# The forms, most specific first. `loc` groups hold a location inside the form (« Compléter cet alinéa
# par … »); the rest of the sentence around the match is location too.
FORMS: list[tuple[str, str, Handler]] = [
    ("replace words next to others", rf"(?P<where>après|avant) (?:l'|le |les |la )?{WN}{C}{Q('anchor')}\s*,?\s*(?:remplacer|substituer) {WN}{C}{Q('old')}\s*,?\s*?(?:par )?{WN}{C}{Q('new')}", _replace_near),
    ("delete words next to others", rf"(?P<where>après|avant) (?:l'|le |les |la )?{WN}{C}{Q('anchor')}\s*,?\s*supprimer {WN}{C}{Q('old')}", _delete_near),
    ("replace words", rf"(?:remplacer|substituer){TIMES} {OCCURRENCES}?{WN}{TIMES_AFTER}{C}{Q('old')}\s*,?\s*?(?:par )?{WN}{C}{Q('new')}", _replace),
    ("replace words (passive)", rf"{OCCURRENCES}?{WN}{C}{Q('old')}\s*,?\s*(?:est|sont) remplacée?s?{TIMES}(?:\s*,?\s*(?P<loc>à chaque occurrence|partout où (?:il|ils|elle|elles) (?:apparaît|apparaissent|figurent?))\s*,?)? par {WN}{C}{Q('new')}", _replace),
    ("insert words near others", rf"(?P<where>après|avant) (?:la (?P<occ>{ORD}) occurrence |{EACH}|l'|le |les |la )?"
     rf"{WN}{C}{Q('anchor')}\s*,?\s*{INS}{TIMES} {WN}(?: suivants?)?{C}{Q('new')}", _insert_near),
    # « Insérer après le mot : X les mots : Y »: the verb first
    ("insert words near others", rf"{INS}{TIMES},? (?P<where>après|avant) (?:la (?P<occ>{ORD}) occurrence |{EACH}|l'|le |les |la )?"
     rf"{WN}{C}{Q('anchor')}\s*,?\s*{WN}(?: suivants?)?{C}{Q('new')}", _insert_near),
    # as NGOs and citizens write them: the noun, or the colon, left out (« remplacer « X » par « Y » »,
    # « après les mots « X », ajouter « Y » »)
    ("replace words (informal)", rf"(?:remplacer|substituer){TIMES} (?:{WN}{C})?{Q('old')}\s*,?\s*par (?:{WN}{C})?{Q('new')}", _replace),
    ("insert words near others (informal)", rf"(?P<where>après|avant) (?:{EACH}|l'|le |les |la )?(?:{WN}{C})?{Q('anchor')}\s*,?\s*{INS}{TIMES} (?:{WN}(?: suivants?)?{C})?{Q('new')}", _insert_near),
    ("delete words", rf"supprimer{TIMES} {OCCURRENCES}?{WN}{C}{Q('old')}", _delete_words),
    ("delete words (passive)", rf"{OCCURRENCES}?{WN}{C}{Q('old')}\s*,?\s*(?:est|sont) supprimée?s?{TIMES}", _delete_words),
    ("append sentences", rf"compléter (?P<loc>.*?) ?par (?:(?:une|deux|trois|\d+) phrases?(?: ainsi r\w+| suivantes?)|la phrase suivante|les phrases suivantes){C}{QS('new')}", _append_sentence),
    ("append sentences (passive)", rf"(?P<loc>.*?) (?:est|sont) complétée?s? par (?:une|deux|trois|\d+) phrases? ainsi r\w+{C}{QS('new')}", _append_sentence),
    ("insert alinéas at the end", rf"compléter (?P<loc>.*?) ?par (?:{SUBJ}){AINSI}{C}{QS('new')}", _insert_alineas),
    ("insert alinéas at the end (passive)", rf"(?P<loc>.*?) (?:est|sont) complétée?s? par (?:{SUBJ}){AINSI}{C}{QS('new')}", _insert_alineas),
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
    ("restore as an insertion", rf"rétablir un (?:[ivx]+(?: (?:bis|ter|quater|[a-z]))?|\d+ ?° ?(?:bis|ter|quater|[a-z])?|[a-z]\)?(?: (?:bis|ter|quater)\)?)?)"
     rf"(?: ainsi r\w+| rédigée?s? comme suit| dans (?:la|sa) rédaction suivante| dans le texte suivant){C}{QS('new')}", _restore_inserted),
    # « Rétablir un article 40 quater dans la rédaction suivante » (« l'article 40 quater »): the article the
    # amendment is filed on
    ("restore", rf"rétablir (?:un |l'|le )article (?:\d+|premier)(?:\s[a-z]+)?\s(?:dans (?:la|sa) rédaction suivante|ainsi rédigé){C}{QS('new')}", _restore_numbered),
    ("restore", rf"rétablir (?P<loc>.*?) dans (?:(?:la|sa) rédaction suivante|le texte suivant){C}{QS('new')}", _restore),
    ("restore", rf"rétablir (?:ainsi|comme suit) (?P<loc>.*?){C}{QS('new')}", _restore),
    ("rewrite (passive)", rf"(?P<loc>.*?) (?:est|sont) ainsi rédigée?s?{C}{QS('new')}", _rewrite),
    ("delete", r"(?:^|(?<=[,:] ))supprimer (?P<loc>.+?)$", _delete),
    ("delete (passive)", r"^(?P<loc>.+?) (?:est|sont) supprimée?s?$", _delete),
]  # fmt: skip
_FORMS = [(name, re.compile(pattern), handler) for name, pattern, handler in FORMS]
_REPEAT = re.compile(
    r"procéder (?:à|aux|au) (?:la |les )?mêmes? (?P<noun>suppressions?|substitutions?|insertions?|modifications?|remplacements?)"
)
# The edits a repeat names by its noun, when the part it repeats makes others too (« modification »: all)
_REPEATED_KINDS = {"suppr": ("delete",), "subst": ("replace", "rewrite"), "rempl": ("replace", "rewrite"),
                   "inser": ("insert", "append")}  # fmt: skip


def _mark_kind(mark: str, seen: dict[str, str]) -> str:
    """« II. – » roman, « B. – » a capital, « 3° » a number, « b) » a letter, « (2) » other. A single V, X, L or
    C is a capital after the capital before it (« B. – » then « C. – »), otherwise roman when roman marks
    came before it."""
    roman = re.match(r"([IVXLC]+)\b", mark)
    if roman and len(roman.group(1)) == 1 and roman.group(1) != "I":
        before = seen.get("capital", "")[:1]
        if "roman" not in seen or before and ord(before) + 1 == ord(mark[0]):
            return "capital"
        return "roman"
    if roman:
        return "roman"
    return "capital" if mark[:1].isupper() else "number" if "°" in mark else "letter" if mark[:1].isalpha() else "other"


# « IV », « II bis », « I A » (a division put before the I), « 2° », « 2° bis », « a) », « b bis », « ii) » (under « b) »)
DIVISION = r"(?:[ivx]+\)(?= du (?:[a-z]\)? du |\d))|[ivx]+(?: (?:bis|ter|quater|quinquies|sexies|a{1,2}|[b-d])(?![\w']))?|\d+ ?°(?: ?(?:bis|ter|quater|quinquies|sexies|a{1,2}|[b-d])(?![\w')]))?|[a-z](?: (?:bis|ter|quater|quinquies|sexies)(?![\w']))?\)?(?= du \d)|[a-z](?= du [ivx]+(?![\w']))|[a-z] (?:bis|ter|quater|quinquies|sexies)\)(?![\w']))"
# in a code article, a letter named bare before it: « le b de l'article L. 211-3-2 »
CODE_DIVISION = rf"{DIVISION}|[a-z]\)?(?= de l'article)"
RESULTING = (
    r"(?:tel qu'il résulte|tel qu'il est rédigé (?:à|par)|tel que rédigé (?:à|par)|dans (?:sa|la) rédaction "
    r"(?:résultant|issue))"
)
ARTICLE_REF = r"(?:(?:l|r|d|lo|l\. ?o|a)\.? ?)?\d[\w-]*(?: (?:bis|ter|quater|quinquies|sexies|septies|octies|[a-z]))?"
# The members of a run of divisions (« 3° et 4° », « 1° bis à 3° », « a à c », « a), b) et c) »)
_RUN_NUMBER = r"\d+ ?°(?: ?(?:bis|ter|quater|quinquies|sexies)(?![\w')]))?"
_RUN_LETTER = r"[a-z]\)?"
# « le b) », « le b », « le b bis » named alone (« i », « v », « x » alone are paragraphs, « le V »)
_BARE_LETTER = r"[a-z](?: (?:bis|ter|quater|quinquies|sexies))?\)|[a-hj-uwyz](?: (?:bis|ter|quater|quinquies|sexies))?(?![\w'])"
# Locations: each phrase a pattern and what it sets; fillers between them are ignored, any other word refused.
_N = r"(\d+)"
LOCATIONS: list[tuple[str, str]] = [
    ("alinéas", r"alinéas? (\d+(?:(?:,| et| à|, et) \d+)*)"),
    ("ordinal range", rf"({ORD}) (?:à|et) ({ORD}) alinéas"),
    ("ordinal alinéa", rf"({ORD}) alinéa"),
    # « Supprimer les deux derniers alinéas du II », « les trois premiers alinéas »: that many from an edge
    ("counted alinéas", rf"(?:les |des |aux )?({COUNT}) (premiers|derniers) alinéas"),
    ("this alinéa", r"(?:cet|ce même|ce|même|ces|ces mêmes|mêmes|ledit|audit|dudit|lesdits|auxdits|desdits) alinéas?"),
    # « Alinéas 24 et 25 / Remplacer ces deux alinéas … »: those named before, as many as it says
    (
        "these counted alinéas",
        rf"(?:ces|ces mêmes|lesdits|auxdits|desdits) ({COUNT}) alinéas",
    ),
    # « Alinéa 3 / Après le mot : X, rédiger comme suit la fin de l'alinéa »: the one named before
    ("this alinéa", r"(?<=de )l'alinéa(?! ?\d)(?= *(?:[:,;.]|$))"),
    # « du texte proposé par le I de cet article pour l'article L. 423-14 du code … », « du même texte »
    (
        "proposed text",
        rf"(?:le |du |au |dans le )?texte proposé (?:par (?:le |la |l')?[ivx\d°a-z) ]+?(?: (?:de cet|du présent) article)? )?pour l'article ({ARTICLE_REF})(?: (?:du|de la|de l'|des|de) (?:code|loi|ordonnance)[^,;:]*)?",
    ),
    # « au premier alinéa de l'article L. 3131-20 du code …, tel qu'il résulte de l'alinéa 11 »: the article
    # quoted in this one (the Assemblée's way), which that alinéa must open; « tel qu'il résulte du I (du 3°)
    # du présent article »: a division of this one, which must hold it; said of this article, nothing to check
    (
        "quoted article",
        rf"(?:de |à |dans )?l'article ({ARTICLE_REF})(?: (?:du|de la|de l'|des|de) (?:code|loi|ordonnance)[^,;:]*?)?\s*,?\s*"
        rf"{RESULTING} ?(?:de |des |par |à |du |au )?(?:(?:l'|les )?alinéas? (\d+)(?: à (\d+))?|({DIVISION}(?: (?:du|de l'|au) "
        rf"{DIVISION})*)(?: (?:de cet|du présent) article)?|(l'article \w+ de la présente loi|(?:cet|le présent|présent) article))",
    ),
    # « au 2° du II de l'article L. 100-1 A du code de l'énergie »: with nothing said of where it results from,
    # the code article quoted here, when this article quotes it once (an article added or rewritten whole)
    (
        "quoted article",
        r"(?:de |à |dans )?l'article ((?:l|r|d|lo|l\. ?o)\.? ?\d[\w-]*(?: (?:bis|ter|quater|quinquies|sexies|[a-z]))?)"
        r"(?: (?:du|de la|de l'|des|de) (?:code|loi|ordonnance)[^,;:]*?)?(?=\s*(?:[,;:]|$))",
    ),
    ("same text", r"(?:le |du |au |dans le )?même texte|(?:ce|ce même|ledit|dudit|audit) texte"),
    # « le 2° du I de l'article L. 100-1 A », « le b de l'article L. 211-3-2 », « le II du texte proposé pour
    # l'article L. 114-3-3 »: a division of the code article quoted in this one (located there by the article
    # or text named next)
    (
        "code division",
        rf"(?:le |la |l'|du |au |dans le )?((?:{CODE_DIVISION})(?: (?:du|de l'|au) (?:{CODE_DIVISION}))*)"
        r"(?= (?:de |à |dans )?l'article (?:(?:l|r|d|lo|l\. ?o)\.? ?)?\d| du texte proposé )",
    ),
    # « les 2° et 3° du II de l'article L. 132-4 », « aux 3° et 4° de l'article L. 3131-15 »: a run of divisions
    # of the code article quoted in this one, read as the code division is
    (
        "code division",
        rf"(?:les |des |aux |dans les )((?:{_RUN_NUMBER}(?:, {_RUN_NUMBER})* (?:et|à) {_RUN_NUMBER}|"
        rf"{_RUN_LETTER}(?:, {_RUN_LETTER})* (?:et|à) {_RUN_LETTER})(?: (?:du|de l'|au) (?:{CODE_DIVISION}))*)"
        r"(?= (?:de |à |dans )?l'article (?:(?:l|r|d|lo|l\. ?o)\.? ?)?\d| du texte proposé )",
    ),
    # « le IV de cet article », « du second alinéa du I de cet article », « le a) du 2° du I de cet article »
    (
        "division",
        rf"(?:le |du |au |dans le )?({DIVISION}(?: (?:du|de l'|au) {DIVISION})*) (?:de cet|du présent) article",
    ),
    # « Alinéa 5 / Rétablir ce paragraphe »: the alinéas named, which must be a whole « III. – » division
    ("this division", r"(?:ce|ce même|ledit|audit|dudit) paragraphe"),
    # « À l'alinéa 25 (III bis) »: a paragraph's number checked so too
    ("item check", r"\((\d+°(?: [a-z]+)?|[a-z]\)|[ivx]+(?: (?:bis|ter|quater|quinquies|sexies|septies|[a-z]{1,2}))?)\)"),
    # « rétablir le 4° de l'alinéa 8 »: the alinéa named next must open with that mark
    ("item check", r"(?:le |du |au )(\d+ ?°(?: (?:bis|ter|quater))?|[a-z]\))(?= (?:de l' ?|du |de cet )alinéa)"),
    # « Supprimer les 3° et 4° du I », « les a à c du 2° »: a run of divisions of one kind, the article's own
    (
        "division run",
        rf"(?:les |des |aux |dans les )((?:{_RUN_NUMBER}(?:, {_RUN_NUMBER})* (?:et|à) {_RUN_NUMBER}|"
        rf"{_RUN_LETTER}(?:, {_RUN_LETTER})* (?:et|à) {_RUN_LETTER})(?: (?:du|de l'|au) {DIVISION})*)"
        r"(?: (?:de cet|du présent) article)?(?=\s*(?:[,;:]|$))",
    ),
    # « Au 1° du I, … », « Après le I, insérer … »: a division named alone, the article's own; « Supprimer le
    # b) » (« le b »): a lettered item named bare, the one in the article (or, none of its own, in a quotation)
    (
        "bare division",
        rf"(?:le |la |l'|du |au |dans le )((?:{DIVISION}|{_BARE_LETTER})(?: (?:du|de l'|au) {DIVISION})*)"
        r"(?=\s*(?:[,;:]|$))",
    ),
    ("phrases", rf"(deux|trois) ({ORD})s? phrases"),
    # « de la deuxième à la dernière phrase », « deuxième à quatrième phrases »: a run of phrases
    ("phrase range", rf"(?:de la )?({ORD}) à (?:la )?({ORD}) phrases?"),
    ("phrase", rf"({ORD})s? phrases?"),
    ("these phrases", r"(?:ces|ces mêmes|lesdites|desdites|auxdites) phrases"),
    ("this phrase", r"(?:cette|même|cette même|la) phrase"),
    ("start", r"(?:le |au |du )?début"),
    ("end", r"(?:la |à la |de la )?fin"),
    ("article", r"(?:cet|le présent|du présent|ce même|même) article|l'article unique"),
    # « dans l'ensemble de l'article », « partout où il apparaît »: every occurrence of the words
    (
        "everywhere",
        r"(?:dans |à )?(?:l'ensemble (?:de cet article|du présent article|de l'article|du texte|du projet de loi|"
        r"de la proposition de loi)|(?:chaque|toutes les) occurrences?|partout où (?:il|ils|elle|elles) (?:apparaît|apparaissent|figurent?))",
    ),
    ("times", r"\((?:par )?(deux|trois|quatre|cinq|six) fois\)"),  # « Alinéa 4 (deux fois) : »
    ("elsewhere", r"(?:dans |à )?l'intitulé (?:du projet|de la proposition) de loi(?: organique)?"),
    ("amendment", r"cet amendement"),  # in a sub-amendment: its last alinéa is where it is completed
    ("after", r"(après|avant)(?= (?:l'|le |cet |ce |les |la ))"),
    (
        "filler",
        r"(?:en conséquence|par (?:coordination|cohérence|conséquent)|(?:est|sont) ainsi modifiée?s?|modifier (?:ainsi|comme suit)|a|des|de|du|la|les|le|l'|aux|au|à|dans|et|ainsi|"
        r"comme suit|il est|ci-après|,|;|\.|:)",
    ),
]
# each phrase whole: not the « le » that ends « article », which would leave « artic » unknown
_LOCATION = re.compile(
    "|".join(f"(?:(?<!\\w)|(?=\\W))(?P<g{i}>{p})(?:(?<=['(),;.:])|(?=\\W|$))" for i, (_, p) in enumerate(LOCATIONS))
)


# Bounds on what is read, far above real amendments (16 sentences, 522 characters of prose at most in the
# shared data, operands set apart), so that hostile text costs linear time: every form is matched on each
# sentence's prose, and some forms hold lazy runs that grow with it.
MAX_SENTENCES = 300
MAX_PROSE = 2_000


def parse_amendment(numero: str, text: str) -> tuple[list[Edit], str | None]:
    """The edits an amendment's instructions make, and the number of the amendment it amends when it is a
    sub-amendment (« Alinéa 3 de l'amendement n° 426 »), whose alinéas are then those of that amendment."""
    context = Place()
    edits: list[Edit] = []
    parent = None
    last: list[Edit] = []  # what « procéder à la même … » repeats: the previous sentence's edits, or part's
    opened: dict[int, int] = {}  # for each level of part marks (« I. – », « 1° »), where its current part began
    kinds: dict[str, str] = {}  # the kinds of marks, outermost first as they first appear, and the last of each
    read = sentences(text)
    if len(read) > MAX_SENTENCES:  # real amendments have a few dozen at most; each is matched against every form
        raise AmendingError(
            numero, "", f"it has {len(read)} sentences of instructions; at most {MAX_SENTENCES} are read"
        )
    for sentence in read:
        if len(sentence.prose) > MAX_PROSE:  # the forms are matched on the prose: bounded, they stay fast
            reason = f"a sentence of {len(sentence.prose)} characters is not an instruction (at most {MAX_PROSE})"
            raise AmendingError(numero, sentence.prose[:80] + "…", reason)
        if sentence.unclosed:
            raise AmendingError(numero, sentence.prose, "a quotation opened in it is never closed")
        if sentence.cut:
            raise AmendingError(
                numero, sentence.prose, "its text is cut in the middle of a sentence: where its alinéas end is a guess"
            )
        if sentence.mark:  # a part begins: the one it closes, at its level, is the previous part, all of it
            kind = _mark_kind(sentence.mark, kinds)
            kinds[kind] = sentence.mark
            level = list(kinds).index(kind)
            closed = [e for e in edits[opened.get(level, len(edits)) :] if not e.repeated]
            last = closed or last
            opened = {n: at for n, at in opened.items() if n < level} | {level: len(edits)}
        prose = fold(sentence.prose).lower().strip().rstrip(".;, ")
        prose = re.sub(r"\boccurence", "occurrence", prose)  # as amendments often spell it
        # « Pour compenser la perte de recettes résultant du I, compléter cet article par … » (the « gage »):
        # why, not where
        prose = re.sub(r"^pour compenser (?:la|les) (?:pertes?|charges?|diminutions?) de [^,¤]*,\s*", "", prose)
        # « del'alinéa 9 », « Avantl'alinéa 1 »: a space lost
        prose = re.sub(r"\b(de|à|avant|après)l'(?=alinéa|article)", r"\1 l'", prose)
        # « Alinéa 3 de l'amendement n° 426 », « Amendement n° 89 rectifié, alinéa 3 »
        # « Sous-amendement n° 12 à l'amendement n° 7 »: the amendment it amends is the one after « à »
        prose = re.sub(r"^sous-amendement(?: n° ?\w[\w-]*)?\s*(?=(?:à|de) l'amendement n°)", "", prose)
        sub = re.search(
            r"(?:\s*,?\s*(?:de|du|à|dans) l'|^(?:sous-)?)amendement n° ?(\w[\w-]*)(?: (?:rectifié|rect\.?)(?: bis| ter)?)?", prose
        )
        if sub:
            if parent not in (None, sub.group(1)):
                raise AmendingError(numero, sentence.prose, "it amends two amendments")
            parent, prose = sub.group(1), prose[: sub.start()] + prose[sub.end() :]
        # « par les mots et une phrase ainsi rédigés : X »: the words are the text, phrase or not
        prose = re.sub(rf"\b({WN}) et (?:une|deux|trois) phrases? ainsi rédigée?s?", r"\1", prose)
        repeat = _REPEAT.search(prose)
        if repeat:
            if not last:
                raise AmendingError(numero, sentence.prose, "it repeats a change that no earlier part makes")
            # « la même suppression » after a part that also replaces: its deletions
            wanted = _REPEATED_KINDS.get(repeat.group("noun")[:5], ("",))  # « modification »: any
            same = [e for e in last if e.kind.startswith(wanted)]
            if not same:  # « la même suppression » after a part that deletes nothing: which change is meant?
                reason = f"it repeats a {repeat.group('noun')} that the part before does not make"
                raise AmendingError(numero, sentence.prose, reason)
            edits += _repeat(numero, sentence, _REPEAT.sub(" ", prose), context, same)
            continue
        said: list[Edit] = []
        paired = _respectively(numero, sentence, prose, context)
        if paired is not None:
            last = said = [r for e in paired for r in (e.readings[0] if e.readings else (e,))]  # repeated as read first
            edits += paired
            named = next((e.place for e in paired if e.place.alineas), None)
            if named is not None:
                context = _context_of(named)
            continue
        start = len(edits)
        for i, clause in enumerate(_clauses(prose)):
            found = _form(numero, sentence, clause, context)
            if found is None:
                if i:
                    raise AmendingError(numero, sentence.prose, "this form of instruction is not known")
                if _GAGE.match(clause):  # « II. – La perte de recettes … est compensée … », no verb of amending
                    reason = "it states no instruction: it says how a loss of revenue is made up, not what the article becomes"
                    raise AmendingError(numero, sentence.prose, reason)
                context = _location(numero, sentence.prose, clause, context)
                continue
            said += found
            last = said  # « Remplacer X par Y et Z par W », then « procéder aux mêmes remplacements »: both
            edits += found
            named = next((e.place for e in found if e.place.alineas), None)
            if named is not None:
                context = _context_of(named)
        edits[start:] = _occurrences_first(edits[start:])
    if not edits:
        raise AmendingError(numero, "", "no instruction found in it")
    for edit in (r for e in edits for r in (e, *(x for reading in e.readings for x in reading))):
        if any(_LEFT_OUT.search(t) for t in edit.new):
            # « Rédiger ainsi le début de cet alinéa : Les contrôles sont menés (…) de façon aléatoire… »: a text
            # given with words left out, which it does not give (a number left blank, « n° … du … », is read)
            raise AmendingError(numero, edit.part, "its text holds « (…) », words left out that it does not give")
        if edit.kind != "rewrite_start" and edit.new and _CUT_SHORT.search(edit.new[-1]):
            # « Après l'alinéa 3, insérer un alinéa ainsi rédigé : « IV. – Le Gouvernement remet au Parlement un
            # rapport sur… » »: the text stops short (a new start's dots, « X Y Z… », are read above)
            raise AmendingError(numero, edit.part, "its text ends with « … », cut short: the rest is not given")
    if parent is not None:  # read from the prose in small letters: the number as the text writes it (« COM-7 »)
        written = re.search(rf"(?<![\w-]){re.escape(parent)}(?![\w-])", text, re.I)
        parent = written.group(0) if written else parent
    return edits, parent


# A gage stated bare: how a cost is met, not what the article becomes (« La perte de recettes résultant pour
# l'État du I est compensée, à due concurrence, par … »)
_GAGE = re.compile(r"^(?:la|les) (?:pertes?|charges?|diminutions?) de (?:recettes|ressources)\b.*\b(?:est|sont) compensée?s?\b")


def _context_of(named: Place) -> Place:
    """What « cet alinéa », « cette phrase » and the places after an instruction inherit from the place it named."""
    return Place(
        named.alineas, named.phrase, within=named.within, path=named.path, sole=named.sole, worded=named.worded
    )


def _occurrences_first(said: list[Edit]) -> list[Edit]:
    """« Supprimer les mots : X et la seconde occurrence du mot : Y »: one instruction names occurrences in
    the text as it stands before it, not once its other words are changed: words changed at a named occurrence
    (or after, before one) are changed first."""
    if len(said) < 2 or any(e.kind not in _WORDS_EDITS for e in said):
        return said
    return sorted(said, key=lambda e: not e.occurrence)


_VERB = r"(?:remplacer|substituer|supprimer|insérer|ajouter|compléter|rédiger)"
# « …, et substituer aux mots : Z les mots : W »; « … par les mots : Y et deux fois les mots : Z par … »
_PLACE_FIRST = r"(?:(?:à|au|aux|dans) [^¤]*?,? )?"  # « et aux alinéas 3, 4, 7 et 13, remplacer … »
_COUNT = r"(?:(?:deux|trois|quatre|cinq|six) fois )?"
_COUNT_AFTER = r"(?: \((?:par )?(?:deux|trois|quatre|cinq|six) fois\))?"
# « … et, après le mot : X, insérer … »: a place that quotes its anchor
_ANCHOR_FIRST = rf"(?:après|avant) (?:la {ORD} occurrence |chaque occurrence |toutes les occurrences |l'|le |les |la )?{WN}{C}¤\d+¤\s*,?\s*"
_JOINED_VERB = re.compile(rf"\s*,?\s+et,?\s+(?=(?:{_ANCHOR_FIRST}|{_PLACE_FIRST}){_VERB}\b)")
_JOINED_WORDS = re.compile(rf"\s*,?\s+et (?={_PLACE_FIRST}{_COUNT}{WN}{_COUNT_AFTER}{C}¤\d+¤\s*,?\s*(?:par|{WN}))")
_PASSIVE_VERB = r"(?:est|sont) (?:supprimée?s?|remplacée?s?|insérée?s?|ajoutée?s?)\b"
_PASSIVE = re.compile(rf"\b{_PASSIVE_VERB}")
# « … et les mots : A, B et C sont supprimés »: a part whose words are a series ending with « et »
_SERIES_AFTER = rf"(?:\s*,\s+(?:{WN}{C})?¤\d+¤)*(?:\s*,?\s+et (?:{WN}{C})?¤\d+¤)?"
_JOINED_PASSIVE = re.compile(
    rf"\s*,?\s+et,?\s+(?=(?:{_ANCHOR_FIRST})?{WN}{C}¤\d+¤{_SERIES_AFTER}\s*,?\s*{_PASSIVE_VERB})"
)
_OCCURRENCES_BARE = re.sub(r"\(\?P<\w+>", "(?:", OCCURRENCES)  # the same, its groups unnamed
_UNDERSTOOD = re.compile(rf"((?:à|au|aux|dans) [^¤]*?),? ({_COUNT}{WN}.*)$")
_TIMES_FIRST = re.compile(r"^(deux|trois|quatre|cinq|six) fois ")


def _series_deleted(prose: str) -> str | None:
    """« À l'alinéa 21, les mots : « A », « B » et « C » sont supprimés »: the Sénat's form of « supprimer
    les mots : A, B et C », given as that (each deleted); None for any other sentence."""
    named = rf"(?:{_OCCURRENCES_BARE}{WN}{C}|(?:{WN}{C})?)"
    listed = re.fullmatch(rf"(.*?)({WN}{C}¤\d+¤(?:\s*,\s+{named}¤\d+¤)*\s*,?\s+et {named}¤\d+¤)\s*,?\s*sont supprimée?s", prose)
    if listed and not _PASSIVE.search(listed.group(1)) and re.fullmatch(r"(?:[^¤]*,)?\s*", listed.group(1)):
        return listed.group(1) + "supprimer " + listed.group(2)
    return None


def _clauses(prose: str) -> list[str]:
    """The instructions one sentence joins with « et »: a second verb, or, after « remplacer » or
    « substituer », words and their replacement (the verb understood), each maybe after its own place
    (« … et aux alinéas 3 et 4 le mot (cinq fois) : X par le mot : Y »), or passive ones as bills write
    them (« les mots : X sont supprimés et les mots : Y sont remplacés par … »). One clause when nothing is joined."""
    listed = _series_deleted(prose)
    if listed is None:
        passive = _JOINED_PASSIVE.split(prose)
        if len(passive) > 1 and all("¤" in p and _PASSIVE.search(p) for p in passive):
            # « les mots : A, B et C sont supprimés et le mot : D est remplacé par … »: a part deleting a
            # series is read as one alone is (each deleted), the others as they are
            return [c for p in passive for c in (_clauses(p) if _series_deleted(p) is not None else [p])]
    else:
        prose = listed
    verb = re.search(r"(?:^|[,:] )(remplacer|substituer)\b", prose)
    parts = _JOINED_VERB.split(prose)
    deleted = re.search(rf"(?:^|[,:] )supprimer {_OCCURRENCES_BARE}?{WN}{C}¤\d+¤", prose)
    if deleted and len(parts) == 1:  # « supprimer les mots : X et les mots : Y », « … : X et Y »
        # « … et la seconde occurrence du mot : Y »: a named occurrence keeps its words
        named = rf"(?:{_OCCURRENCES_BARE}{WN}{C}|(?:{WN}{C})?)"
        # « … : A, B et C » (« « A », « B » et « C » » given as one paragraph): each of a series ending with « et »
        series = rf"\s*,\s+(?={named}¤\d+¤(?:\s*,\s+{named}¤\d+¤)*\s*,?\s+et {named}¤\d+¤\s*$)"
        parts = re.split(rf"\s*,?\s+et (?={named}¤\d+¤\s*$|{named}¤\d+¤\s*,?\s+et )|{series}", prose)
        parts = parts[:1] + [
            "supprimer " + p if re.match(_OCCURRENCES_BARE, p) else "supprimer les mots : " + re.sub(rf"^{WN}{C}", "", p)
            for p in parts[1:]
        ]
    elif verb and len(parts) == 1:
        first, *rest = _JOINED_WORDS.split(prose)
        parts = [first]
        for words in rest:
            place = _UNDERSTOOD.match(words)
            where, words = (place.group(1) + ", ", place.group(2)) if place else ("", words)
            parts.append(where + verb.group(1) + " " + _TIMES_FIRST.sub(r"(\1 fois) ", words))
    if len(parts) > 1 and not all("¤" in p for p in parts):
        return [prose]  # « et » inside a place (« aux alinéas 2 et 3 »): one clause
    return parts


_REPEAT_ANCHOR = re.compile(
    rf"(?P<where>après|avant) (?:la (?P<occ>{ORD}) occurrence |l'|le |les |la )?{WN}{C}{Q('anchor')}\s*,?"
)


def _repeat(numero: str, sentence: Sentence, prose: str, context: Place, last: list[Edit]) -> list[Edit]:
    """« Procéder à la même insertion aux alinéas 10 et 11 »: the previous part's edits, each in every
    alinéa named, where this sentence says (its phrase, start or end; none of the previous part's
    place carries over). « Au même alinéa, après le mot : X, procéder à la même insertion »: the same
    words inserted after X."""
    anchor = _REPEAT_ANCHOR.search(prose)
    if anchor:
        if any(e.kind != "insert_words" or not e.anchor for e in last):
            raise AmendingError(numero, sentence.prose, "it names other words for a change that is not an insertion")
        prose = prose[: anchor.start()] + " " + prose[anchor.end() :]
    if "¤" in prose:
        raise AmendingError(numero, sentence.prose, "it quotes words that no instruction in it uses")
    place = _location(numero, sentence.prose, prose, context)
    if place.elsewhere:
        return []
    if not place.alineas or place.after is not None:
        raise AmendingError(numero, sentence.prose, "it repeats a change without saying in which alinéa")
    out: list[Edit] = []
    either = dict(place.loose)
    for alinea, phrase in place.each or [(a, place.phrase) for a in place.alineas]:
        at = Place(
            (alinea,),
            phrase,
            place.end,
            either=either.get(alinea),
            item=place.item,
            phrases=place.phrases,
            within=place.within,
            path=place.path,
            sole=place.sole,
            worded=place.worded,
        )
        for e in last:
            edit = replace(e, place=replace(at, before=e.place.before), part=sentence.prose, repeated=True)
            if anchor:
                occ = anchor.group("occ")
                edit = replace(
                    edit,
                    anchor=sentence.operands[int(anchor.group("anchor"))].text,
                    place=replace(edit.place, before=anchor.group("where") == "avant"),
                    occurrence=ordinal(occ) if occ else 0,
                    times=1,
                )
            if edit not in out:  # the same edit in two phrases of one alinéa is one edit in another
                out.append(edit)
    return out


_WORDS_EDITS = ("replace_words", "delete_words", "insert_words")

# « les mots : « A » et « B » sont remplacés respectivement par les mots : « C » et « D » », « substituer
# respectivement aux dates : « A » et « B » les dates : « C » et « D » »: lists of two or more, each
# operand maybe with its own noun (« les mots : A et le mot : B »)
_LIST = rf"¤\d+¤(?:\s*,\s*(?:{WN}{C})?¤\d+¤)*\s*,?\s+et\s+(?:{WN}{C})?¤\d+¤"
_OLD = rf"(?:{_LIST}|¤\d+¤)"  # one old text, as many new ones as alinéas named: a new text for each alinéa
_RESPECTIVELY = [
    re.compile(rf"(?:remplacer|substituer),? respectivement,? {WN}{C}(?P<old>{_OLD})\s*,?\s*(?:par )?{WN}{C}(?P<new>{_LIST})"),
    re.compile(rf"(?:remplacer|substituer) {WN}{C}(?P<old>{_OLD})\s*,?\s*respectivement,?\s*(?:par )?{WN}{C}(?P<new>{_LIST})"),
    re.compile(rf"{WN}{C}(?P<old>{_OLD})\s*,?\s*(?:sont|est),? (?:respectivement,? remplacée?s?|remplacée?s?,? respectivement,?) par {WN}{C}(?P<new>{_LIST})"),
]  # fmt: skip


def _respectively(numero: str, sentence: Sentence, prose: str, context: Place) -> list[Edit] | None:
    """« respectivement »: the words listed replaced by those listed after, pair by pair in their order,
    each pair where the place says, as without « respectivement » (in each alinéa named). With several
    alinéas named, the other readings are kept for the text to decide (`Edit.readings`). One old text and
    as many new ones as alinéas named: a new one in each alinéa, in order. Other counts are refused.
    None when the sentence says no « respectivement »."""
    if "respectivement" not in prose:
        return None
    m = next((m for pattern in _RESPECTIVELY if (m := pattern.search(prose))), None)
    if m is None:
        return None
    old, new = re.findall(r"¤(\d+)¤", m.group("old")), re.findall(r"¤(\d+)¤", m.group("new"))
    rest = f"{prose[: m.start()]} {prose[m.end() :]}".strip(" ,")

    def pair(a: str, b: str) -> list[Edit]:
        clause = f"remplacer les mots : ¤{a}¤ par les mots : ¤{b}¤"
        return _form(numero, sentence, f"{rest}, {clause}" if rest else clause, context) or []

    if len(old) == 1:
        return _respectively_by_alinea(numero, sentence, [pair(old[0], b) for b in new])
    if len(old) != len(new):
        n, count = len(old), len(new)
        raise AmendingError(numero, sentence.prose, f"it replaces respectively {n} words by {count}")
    found = [pair(a, b) for a, b in zip(old, new, strict=True)]
    alineas = found[0][0].place.alineas if found[0] else None
    if not alineas or len(alineas) < 2 or any(len(f) != 1 or f[0].place.alineas != alineas for f in found):
        return [e for f in found for e in f]
    each = tuple(f[0] for f in found)
    readings = [each]
    if len(alineas) == len(each):  # pair k in alinéa k
        readings.append(tuple(replace(e, place=replace(e.place, alineas=(n,))) for e, n in zip(each, alineas, strict=True)))
    readings.append(tuple(replace(e, place=replace(e.place, whole=True)) for e in each))  # each once in them all
    return [replace(each[0], old="", new=(), readings=tuple(readings))]


def _respectively_by_alinea(numero: str, sentence: Sentence, found: list[list[Edit]]) -> list[Edit]:
    """« Aux alinéas 41 et 43, les mots : A sont remplacés respectivement par les mots : B et C »: A by B
    in the first alinéa named, by C in the second; refused unless as many alinéas are named as new texts."""
    alineas = found[0][0].place.alineas if found and found[0] else None
    if not alineas or len(alineas) != len(found) or any(len(f) != 1 for f in found):
        reason = f"it replaces respectively one text by {len(found)} but does not name as many alinéas"
        raise AmendingError(numero, sentence.prose, reason)
    return [replace(f[0], place=replace(f[0].place, alineas=(n,))) for f, n in zip(found, alineas, strict=True)]


def _form(numero: str, sentence: Sentence, prose: str, context: Place) -> list[Edit] | None:
    for _name, pattern, handler in _FORMS:
        m = pattern.search(prose)
        if m is None:
            continue
        loc = m.groupdict().get("loc") or ""
        rest = f"{prose[: m.start()]} {loc} {prose[m.end() :]}"
        if "¤" in rest:
            raise AmendingError(numero, sentence.prose, "it quotes words that no instruction in it uses")
        joined = _JOINED.split(rest)
        if len(joined) > 1:  # « à la fin des alinéas 5 et 6 et à l'alinéa 7 »: the edit at each place
            places = [_location(numero, sentence.prose, text, context) for text in joined]
            if any(not p.alineas or p.after is not None or p.each for p in places):
                raise AmendingError(numero, sentence.prose, "of the places it joins, one is not alinéas")
            return [e for p in places for e in handler(Reading(m, p, sentence.operands, sentence.prose, numero))]
        place = _location(numero, sentence.prose, rest, context)
        if place.elsewhere:
            return []
        edits = handler(Reading(m, place, sentence.operands, sentence.prose, numero))
        if place.every:
            # « à chaque occurrence » with alinéas named: each one there; « dans l'ensemble de l'article » is the article's
            whole = place.alineas is not None and "ensemble" in rest
            if whole or any(e.kind not in _WORDS_EDITS or e.times not in (1, EVERY) for e in edits):
                raise AmendingError(
                    numero, sentence.prose, "« dans l'ensemble » is read for words of the whole article"
                )
            edits = [replace(e, times=EVERY) for e in edits]
        if place.times != 1:  # « Alinéa 4 (deux fois) : / Après le mot : X insérer … »: each of that many
            if any(e.kind not in _WORDS_EDITS or e.times != 1 or e.occurrence for e in edits):
                raise AmendingError(
                    numero, sentence.prose, "« (deux fois) » is read for words changed where they occur"
                )
            edits = [replace(e, times=place.times, place=replace(e.place, times=1)) for e in edits]
        if place.anchored and any(e.kind not in ("replace_end", "delete_end") or not e.anchor for e in edits):
            raise AmendingError(numero, sentence.prose, "it says « la phrase » but no phrase was named before")
        if place.each:  # the same edit in each alinéa, at its own phrase
            either = dict(place.loose)
            return [
                replace(e, place=replace(e.place, alineas=(a,), phrase=p, each=(), loose=(), either=either.get(a)))
                for a, p in place.each
                for e in edits
            ]
        return edits
    if "¤" in prose or re.search(r"\b(?:remplacer|supprimer|insérer|rédiger|compléter|substituer|ajouter)\b", prose):
        raise AmendingError(numero, sentence.prose, "this form of instruction is not known")
    return None


# Two places joined: « à la fin de l'alinéa 5 et à l'alinéa 7 », « aux alinéas 2 et 3 et au dernier alinéa »
_JOINED = re.compile(r"\s*,?\s+et (?=(?:à|au|aux|dans) )")
_EACH = re.compile(
    rf"^\s*alinéas ((?:\d+|(?:{ORD})s?(?: et (?:{ORD})s?)? phrases?)(?:\s*,?\s*(?:et )?(?:\d+|(?:{ORD})s?(?: et (?:{ORD})s?)? phrases?))+)\s*$"
)


def _each(text: str) -> tuple[tuple[tuple[int, int | None], ...], tuple[tuple[int, int], ...]]:
    """« alinéas 2, 3, deuxième phrase, et 4 »: (2, None), (3, 2), (4, None). A phrase in the singular
    (« deuxième et dernière phrases ») is in the alinéa before it; in the plural (« premières phrases »)
    in each alinéa since the last phrase named. A phrase in the singular that ends the list after
    several alinéas (« alinéas 1 et 2, première phrase ») may as well be each one's: those read whole
    are given too, with that phrase (`Place.loose`), and both readings must agree."""
    m = _EACH.match(text.replace(",", " , "))
    if not m or "phrase" not in m.group(1):
        return (), ()
    out: list[tuple[int, int | None]] = []
    pending: list[int] = []
    specs = 0
    loose: list[tuple[int, int]] = []
    tokens = re.findall(rf"(\d+)|((?:{ORD})s?(?: et (?:{ORD})s?)?) phrases?", m.group(1))
    for k, (number, phrases) in enumerate(tokens):
        if number:
            pending.append(int(number))
            continue
        if not pending:
            return (), ()
        words = phrases.split(" et ")
        specs += 1
        every = all(w.endswith("s") and not w.startswith(("trois", "six", "seize")) for w in words)
        within = pending if every else pending[-1:]
        if not every and k == len(tokens) - 1 and len(words) == 1:  # it ends the list: each one's, or the last's?
            loose += [(a, ordinal(words[0])) for a in pending if a not in within]
        out += [(a, None) for a in pending if a not in within]
        out += [(a, ordinal(w)) for a in within for w in words]
        pending = []
    out += [(a, None) for a in pending]
    plural_once = specs == 1 and not [a for a, p in out if p is None]
    return ((), ()) if plural_once else (tuple(out), tuple(loose))


_PAIR = rf"alinéa \d+\s*,\s*(?:{ORD}) phrase"
_PAIRS = re.compile(
    rf"^\s*(?:en conséquence\s*,?\s*)?(?:à l'|à |aux? )?{_PAIR}(?:\s*,?\s*(?:et )?(?:à l'|à |aux? )?{_PAIR})+\s*,?\s*$"
)
_PHRASES_OF = re.compile(
    rf"^\s*(?:(?:à|aux?|dans) )?(?:les )?({ORD}) et ({ORD}) phrases (?:de l' ?|du )alinéa (\d+)\s*,?\s*$"
)
# « Alinéa 2, troisième et quatrième phrases »: the same, the alinéa named first
_ALINEA_PHRASES = re.compile(rf"^\s*alinéa (\d+)\s*,\s*({ORD}) et ({ORD}) phrases\s*,?\s*$")


def _location(numero: str, part: str, text: str, context: Place) -> Place:
    """The place a location phrase names. « Cet alinéa » is the one named last in the amendment."""
    both = _PHRASES_OF.match(text)
    named_first = _ALINEA_PHRASES.match(text)
    if both or named_first:  # « aux première et deuxième phrases de l'alinéa 9 »: the same edit in each phrase
        one, two, n = both.groups() if both else (*named_first.groups()[1:], named_first.group(1))  # type: ignore[union-attr]
        return Place((int(n), int(n)), each=((int(n), ordinal(one)), (int(n), ordinal(two))))
    pairs = _PAIRS.match(text)
    if pairs:  # « alinéa 3, première phrase, alinéa 7, deuxième phrase et alinéa 9, seconde phrase »
        found = [(int(a), ordinal(o)) for a, o in re.findall(rf"alinéa (\d+)\s*,\s*({ORD}) phrase", text)]
        return Place(tuple(a for a, _ in found), each=tuple(found))
    each, loose = _each(text)
    if each:
        return Place(tuple(a for a, _ in each), each=each, loose=loose)
    alineas: list[int] = []
    phrase: int | None = None
    phrases = 1
    end: str | None = None
    after: str | None = None
    item = ""
    article = this = division = anchored = every = bare = numbered = said_alinea = sole = worded = False
    counted = 0
    times = 1
    within = ""
    held: tuple[int, ...] = ()
    resulting: tuple[str, ...] = ()
    path: tuple[str, ...] = ()
    under: tuple[int, ...] = ()
    pos = 0
    if not text.strip(" ,;.:"):
        return context
    for m in _LOCATION.finditer(text):
        gap = text[pos : m.start()].strip()
        if gap:
            raise AmendingError(numero, part, f"the words « {gap} » do not name a place in this article")
        pos = m.end()
        name = LOCATIONS[int(m.lastgroup[1:])][0] if m.lastgroup else ""
        g = [x for x in m.groups() if x is not None][1:]
        if name == "ordinal range":
            a, b = ordinal(g[0]), ordinal(g[1])
            worded = True
            if " et " in m.group(0):
                alineas += [a, b]
            elif a > 0 and b > 0:
                alineas += list(range(a, b + 1))
            else:
                raise AmendingError(numero, part, "a range of alinéas counted from the end is not read")
        elif name == "alinéas":
            numbered = True
            for a, b in re.findall(r"(\d+)(?: à (\d+))?", g[0]):
                alineas += list(range(int(a), int(b) + 1)) if b else [int(a)]
        elif name == "ordinal alinéa":
            alineas.append(ordinal(g[0]))
            worded = True
        elif name == "counted alinéas":
            many = number_of(g[0])
            if many < 1:
                raise AmendingError(numero, part, f"the words « {m.group(0)} » do not name a place in this article")
            alineas += list(range(1, many + 1)) if g[1] == "premiers" else list(range(-many, 0))
            worded = True
        elif name == "this alinéa":
            this = said_alinea = True
        elif name == "these counted alinéas":
            this, said_alinea, counted = True, True, number_of(g[0])
        elif name in ("division", "bare division", "division run"):
            bare = name == "bare division"
            path = tuple(re.split(r" (?:du|de l'|au) ", g[0]))
            # named alone under an alinéa named before (« Alinéa 3 / Supprimer le 2° »): it must be there
            under = tuple(context.alineas or ()) if name != "division" else ()
        elif name == "proposed text":
            within = g[0]
        elif name == "quoted article":
            within = g[0]
            if g[1:] and g[1].isdigit():
                held = tuple(int(n) for n in g[1:3])
            elif g[1:] and g[1].endswith(("article", "présente loi")):
                resulting = THIS_ARTICLE  # « tel qu'il résulte du présent article »: this one, all of it
            elif g[1:]:  # « tel qu'il résulte du 3° du présent article »: that division of this one
                resulting = tuple(re.split(r" (?:du|de l'|au) ", g[1]))
        elif name == "code division":
            path = tuple(re.split(r" (?:du|de l'|au) ", g[0]))
        elif name == "same text":
            if not context.within:
                raise AmendingError(numero, part, "it says « le même texte » but no text proposed was named before")
            within = context.within
        elif name == "this division":
            this = division = True
        elif name == "item check":
            item = g[0]
        elif name == "phrase range":
            if phrase is not None:
                raise AmendingError(numero, part, "two phrases named at once are not read")
            first, last = ordinal(g[0]), ordinal(g[1])
            if first < 1 or last != LAST and last <= first:
                raise AmendingError(numero, part, "a run of phrases is read from a phrase to a later one or the last")
            phrase, phrases = first, (THROUGH_LAST if last == LAST else last - first + 1)
        elif name == "phrases":
            if phrase is not None:
                raise AmendingError(numero, part, "two phrases named at once are not read")
            count = NUMBERS[g[0]]
            first = ordinal(g[1])
            if first not in (1, LAST):
                raise AmendingError(numero, part, "a run of phrases is read from the first or the last one")
            phrase, phrases = (1 if first == 1 else -count), count
        elif name == "phrase":
            if phrase is not None:
                raise AmendingError(numero, part, "two phrases named at once are not read")
            phrase = ordinal(g[0])
        elif name == "these phrases":  # « Alinéa 2, troisième et quatrième phrases / Supprimer ces phrases »
            if context.phrase is not None and context.phrases != 1 and context.alineas:
                # « Alinéa 3, deuxième à dernière phrase / Supprimer ces phrases »
                alineas, phrase, phrases, this = list(context.alineas), context.phrase, context.phrases, True
                continue
            named = sorted(p for _, p in context.each if p is not None)
            alinea = {a for a, _ in context.each}
            if len(alinea) == 1 and len(named) == 2 and named[0] == LAST and named[1] >= 1:
                # « troisième et dernière phrases »: the last must come right after (`phrases` 0)
                alineas, phrase, phrases, this = list(alinea), named[1], 0, True
                continue
            if len(alinea) != 1 or not named or named != list(range(named[0], named[0] + len(named))) or named[0] < 1:
                raise AmendingError(numero, part, "it says « ces phrases » but no run of phrases was named before")
            alineas, phrase, phrases = list(alinea), named[0], len(named)
            this = True
        elif name == "this phrase":
            if phrase is not None:  # « À la deuxième phrase de l'alinéa 22, …, la fin de cette phrase »: that one
                continue
            if context.phrase is None and m.group(0) == "la phrase":
                anchored = True  # « Après le mot : X, supprimer la fin de la phrase »: the phrase X is in
                continue
            if context.phrase is None:
                raise AmendingError(numero, part, f"it says « {m.group(0)} » but no phrase was named before")
            phrase = context.phrase
            this = True
        elif name in ("start", "end"):
            end = "début" if name == "start" else "fin"
        elif name == "article":
            article = True
        elif name == "elsewhere":
            return Place(elsewhere=True)
        elif name == "everywhere":
            every = True
        elif name == "times":
            times = NUMBERS[g[0]]
        elif name == "amendment":
            alineas.append(LAST)
        elif name == "after":
            after = g[0]
    gap = text[pos:].strip()
    if gap:
        raise AmendingError(numero, part, f"the words « {gap} » do not name a place in this article")
    if bare and numbered and alineas and len(path) == 1 and not item:
        # « À l'alinéa 2, rétablir le 1° »: the alinéa named, which must open with that mark
        item, path, under = path[0], (), ()
    nowhere = not (within or path or context.within or context.path or every or said_alinea or division)
    if phrase is not None and not alineas and context.alineas is None and nowhere:
        # « Seconde phrase », « Après la première phrase », no alinéa named: the article's only one
        alineas, sole = [1], True
    if this and not alineas:
        if context.alineas is None:
            said = "ce paragraphe" if division else "cet alinéa"
            raise AmendingError(numero, part, f"it says « {said} » but no alinéa was named before")
        alineas, sole, worded = list(context.alineas), context.sole, context.worded
        within, path = within or context.within, path or context.path
        if phrase is None and "phrase" in text:
            raise AmendingError(numero, part, "it says « cette phrase » but no phrase was named before")
    if counted and counted != len(alineas):  # « À l'alinéa 3, remplacer ces deux alinéas »
        raise AmendingError(numero, part, f"it says {counted} alinéas and names {len(alineas)} alinéa(s)")
    if not alineas and not article and after is None and (phrase is not None or end or anchored) and context.alineas:
        # « Alinéa 2 / 1° Deuxième phrase / … », « Alinéa 1 / Au début, insérer … »: in the alinéa named before
        alineas, within, path = list(context.alineas), within or context.within, path or context.path
        sole, worded = context.sole, context.worded
    # « au deuxième alinéa » alone: « Alinéa 2 » (numerals), « de cet article » or a text named say whose count
    worded = worded and not numbered and not article and not within and not path and not context.within
    if after is not None and phrase is not None:  # « Après la deuxième phrase »: a place for phrases
        alineas = alineas or list(context.alineas or ())
        if len(alineas) != 1:
            raise AmendingError(numero, part, "it names a phrase but not one alinéa it is in")
        side: Literal["début", "fin"] = "fin" if after == "après" else "début"
        return Place(
            (alineas[0],), phrase, side, within=within, held=held, resulting=resulting, path=path, sole=sole, worded=worded
        )
    if after is not None and path and not alineas:  # « Après le I », « Avant le 2° du II »
        at = LAST if after == "après" else 0
        return Place(after=at, within=within, held=held, resulting=resulting, path=path, under=under)
    if after is not None:
        if len(alineas) != 1:
            raise AmendingError(numero, part, f"« {after} » must name one alinéa")
        at = alineas[0] if after == "après" else alineas[0] - 1
        return Place(
            after=at if alineas[0] > 0 or after == "après" else alineas[0] - 1,
            within=within,
            held=held,
            resulting=resulting,
            path=path,
            worded=worded,
        )
    if division and (phrase is not None or end or after is not None):
        raise AmendingError(numero, part, "it names a part of a paragraph")
    return Place(
        tuple(alineas) or None,
        phrase,
        end,  # type: ignore[arg-type]
        item=item,
        phrases=phrases,
        division=division,
        within=within,
        held=held,
        resulting=resulting,
        path=path,
        under=under,
        anchored=anchored,
        every=every,
        times=times,
        sole=sole,
        worded=worded,
    )
