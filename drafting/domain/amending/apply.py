"""Apply located edits to an article's alinéas.

Alinéa N is the N-th alinéa of the text before the sitting, whatever was inserted or deleted before it:
each keeps a slot, with the alinéas inserted before and after it, so numbers never shift. Words are
found with typography folded (« » and ", ’ and ', no-break spaces) and must be found exactly where the
instruction says, once (or as many times as it says): otherwise the edit is refused.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from difflib import SequenceMatcher
from itertools import accumulate, takewhile
from typing import TYPE_CHECKING

from drafting.domain.amending.announcements import (
    ANNOUNCES,
    ENDS_QUOTING,
    count_said,
    counted,
    ends_quoting_phrases,
    quotes_folded,
)
from drafting.domain.amending.article import HEADING, Article, Ctx, Hit, line_before
from drafting.domain.amending.divisions import (
    ARTICLE_HEADING,
    DIVISION_MARKS,
    MARKS,
    ROMAN_ITEM,
    ROMAN_MARK,
    follows,
    heads_of,
    mark_for,
    mark_kind,
    mark_levels,
)
from drafting.domain.amending.edits import EVERY, LAST, AmendingError, Edit
from drafting.domain.amending.items import all_refs, end_item, end_quotation_item, ended_with_stop, item_follows
from drafting.domain.amending.lexer import CLOSE, INTRODUCES, MARK, OPEN, number, quote_depth
from drafting.domain.amending.places import counted_in
from drafting.domain.amending.quotations import (
    AMENDS,
    check_unclosed,
    closes_amid,
    closes_unopened,
    closing_lost,
    dropped_amendment_close,
    goes_on,
    inside_quote,
    kept_number_ending,
    quoted_run,
    requote,
    stop_after,
)
from drafting.domain.amending.quotes import CLOSING, opened, quote_end, quotes_left
from drafting.domain.amending.search import hits_in, words_pattern
from drafting.domain.amending.sitting import check_anchors, check_fresh, find, moved, targets, words_put
from drafting.domain.amending.spans import (
    ABBREVIATED,
    frame,
    one_alinea,
    opens_sentence,
    own_start,
    phrase_spans,
    place_span,
    slot_index,
    slots_named,
    unmatched_closing,
    within_quotes,
    words_within_quotes,
)
from drafting.domain.amending.tombstones import DELETED_STONE, NOTED_DELETED, TOMBSTONE_MARKS, UNCHANGED, tombstones
from drafting.domain.amending.typography import BLANKS, fold, normal

if TYPE_CHECKING:
    from drafting.domain.amending.article import Slot


class Amending(Article):
    """An article under the edits of a sitting: each edit made by its kind (`_APPLY`), the words each
    amendment put tracked (`_made`); an edit said two ways made both ways and the readings compared."""

    def apply(self, edit: Edit, numero: str) -> None:
        if self.deleted:
            raise AmendingError(numero, edit.part, "the article was deleted by an earlier amendment", "conflict")
        ctx = Ctx(numero, edit.part)
        if edit.readings:
            self._readings(edit, ctx)
            return
        if edit.place.sole and len(self.original) != 1:  # « Seconde phrase », no alinéa named: there is one
            reason = f"it names a phrase but not the alinéa it is in, and the article has {len(self.original)} alinéas"
            raise ctx.fail(reason, "not_understood")
        if edit.place.within or edit.place.path:
            edit = replace(edit, place=counted_in(self, edit, ctx))
        named = edit.place.alineas or ()
        words = edit.kind not in ("rewrite", "delete", "insert_alineas") or edit.place.phrase is not None
        if words and len(named) == 1:  # one alinéa named (in several, the words are looked for in the others)
            for n in named:
                i = n - 1 if n > 0 else len(self.original) + n
                if 0 <= i < len(self.original) and UNCHANGED.match(fold(self.original[i])):
                    # a Senate comparative text: « (Non modifié) » stands for words this text does not give
                    reason = f"alinéa {n} reads « {self.original[i].strip()} » here: its words are not in this text"
                    raise ctx.fail(reason, "not_applicable")
        if edit.place.either is not None:
            self._either(edit, ctx)
            return
        _made(self, edit, ctx)

    def _readings(self, edit: Edit, ctx: Ctx) -> None:
        """« Aux alinéas 2 et 3, substituer respectivement aux dates : A et B les dates : C et D »: each pair
        in each alinéa named, as without « respectivement »; failing that, pair k in alinéa k, or each pair
        once in the alinéas named together: those of these that hold must give the same text."""
        first = edit.readings[0]
        held: list[tuple[list[str], Article]] = []
        error: AmendingError | None = None
        for reading in edit.readings:
            state = copy.deepcopy(self)
            try:
                for e in reading:
                    state.apply(e, ctx.numero)
                held.append((state.alineas(), state))
            except AmendingError as exc:
                error = error or exc
                continue
            if reading is first:
                break
        if not held:
            assert error is not None
            raise error
        if any(text != held[0][0] for text, _ in held):
            reason = "which alinéa each pair of words is in is not said, and the readings give different texts"
            raise ctx.fail(reason, "ambiguous")
        self.__dict__.update(held[0][1].__dict__)

    def _either(self, edit: Edit, ctx: Ctx) -> None:
        """« Alinéas 1 et 2, première phrase »: alinéa 1 read whole, or at its first phrase. When both
        readings give the same text (or both are refused) the text meant is said; otherwise refused."""
        texts: list[list[str] | None] = []
        states: list[Article] = []
        errors: list[AmendingError] = []
        for phrase in (None, edit.place.either):
            state = copy.deepcopy(self)
            try:
                _made(state, replace(edit, place=replace(edit.place, phrase=phrase, either=None)), ctx)
                texts.append(state.alineas())
            except AmendingError as exc:
                errors.append(exc)
                texts.append(None)
            states.append(state)
        if texts[0] is None and texts[1] is None:
            raise errors[0]
        if texts[0] != texts[1]:
            n = (edit.place.alineas or (0,))[0]
            reason = f"whether its phrase is alinéa {n}'s too is not said, and the two readings differ"
            raise ctx.fail(reason, "ambiguous")
        self.__dict__.update(states[0].__dict__)


# The edits that put or change words of the alinéas they name (not those that only move quotes or stops
# around the alinéas they insert or delete)
_PUTS_WORDS = frozenset(
    ["replace_words", "delete_words", "insert_words", "append_sentence", "replace_end", "rewrite_start",
     "delete_end", "rewrite"]
)  # fmt: skip


def _made(article: Article, edit: Edit, ctx: Ctx) -> None:
    """Make the edit, keeping track of the words each amendment of the sitting put or changed in the
    alinéas as they stood (`Slot.fresh`): another amendment's words must not be found among them."""
    was = [list(slot.text) for slot in article.slots]
    ctx.anchors = []
    _APPLY[edit.kind](article, edit, ctx)
    if len(article.slots) != len(was):  # the article rewritten whole: the amendments of its parts fall
        return
    anchored: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for hit in ctx.anchors:
        anchored.setdefault((id(hit.slot), hit.line), []).append((hit.start, hit.end, ctx.numero))
    for slot, lines in zip(article.slots, was, strict=True):
        if slot.text == lines:
            continue
        if len(slot.text) != len(lines):  # rewritten as other lines: each is new
            whole = edit.kind in _PUTS_WORDS
            slot.fresh = {j: [(0, len(t), ctx.numero)] for j, t in enumerate(slot.text)} if whole else {}
            slot.anchors = {}
            continue
        for j, (old, new) in enumerate(zip(lines, slot.text, strict=True)):
            if old == new:
                continue
            fresh = slot.fresh.get(j, [])
            anchors = slot.anchors.get(j, []) + anchored.get((id(slot), j), [])
            spans, changed = moved(fresh + anchors, old, new, edit.times == 1 and not edit.place.every)
            spans, slot.anchors[j] = spans[: len(fresh)], spans[len(fresh) :]
            if edit.kind in _PUTS_WORDS:
                spans += [(lo, hi, ctx.numero) for lo, hi in words_put(changed, new, edit)]
            slot.fresh[j] = spans


def _splice(hit: Hit, start: int, end: int, new: str, ctx: Ctx | None = None) -> None:
    """Put `new` for line[start:end]; around a deletion, the two spaces left become one (none before
    a comma or a full stop), and two commas one. The rest of the alinéa is left as written. With `ctx`, an edit that
    leaves a word doubled at its edges (« par par ») is refused: the amendment, read as written,
    does not give the text meant, and which word goes is not ours to guess."""
    line = hit.slot.text[hit.line]
    left, right = line[:start], line[end:]
    if new and new[-1] in "'’":  # « la délivrance d' » joins the next word
        right = right.lstrip()
    if new[:1] in (",", ".") and left[-1:] in BLANKS and not new.startswith(".."):  # « , cinq »: no space before
        # but after an opening « « », which French follows with a space (« les mots : « , chaque mois, » »)
        left = left if left.rstrip(BLANKS)[-1:] == "«" else left.rstrip()
    if not new:
        if left[-1:] and left[-1:] in BLANKS and (
            right[:1] and right[:1] in BLANKS or right[:1] in (",", ".", ")") or _closes_quote(left, right)
        ):
            left = left[:-1]  # the space kept is the one after: a no-break space before « ; » stays one
        elif not left.strip() or _opens_quote(left):
            right = right.lstrip()  # « "Toutefois, la cession » less « Toutefois, »: « "La cession »
        if left.rstrip()[-1:] == "," and right.lstrip()[:1] == ",":  # « , de maire de secteur, » gone: one comma
            right = right.lstrip()[1:]
            gone = line[start:end]
            closing = right.lstrip(BLANKS)[:1] in ("»", '"', "”")
            if _quoted_comma(left) and not closing and _first_word(right)[0] not in _VERBS:
                # the comma opening quoted words joins them to the text: it stays, while words are left quoted;
                # not before a verb (« « , minoré des frais, est affecté » »): it opened the incise gone
                reading = "item"
            elif closing and not _quoted_comma(left):
                reading = "item"  # « « d'aides à la création, dans les conditions …, » »: the quote's last comma stays
            elif _bound(left):
                reading = "incise"  # « Afin, face à …, d'assurer »: no comma stands right after « Afin »
            elif _fronted(left, right):
                reading = "item"  # « Lorsque le maire est empêché, …, le préfet »: the comma before the subject stays
            else:
                reading = "incise" if _incise(gone, right) else _item_or_incise(gone, left, right)
                if ctx is not None and not _incise(gone, right):
                    _check_items_between(gone, left, reading, ctx)
            if reading == "unclear" and ctx is not None:
                reason = "it leaves two words' commas in doubt: whether one stays (a list) is not said"
                raise ctx.fail(reason, "ambiguous")
            if reading == "incise":
                left = left.rstrip()[:-1]  # « en vue, notamment, de » gone its incise: its two commas go with it
            left = left.rstrip() + (" " if right[:1] not in ("", " ") else "")
        elif _incise_after_join(line[start:end], left, right):
            # « et, dans la limite de ses attributions, à tout agent » less « dans la limite …, »: the comma
            # after « et » opened the incise gone, no comma stands right after « et »: « et à tout agent »
            left = left.rstrip()[:-1].rstrip() + (" " if right[:1] not in ("", " ") else "")
        elif (
            _one_comma_of_two(line[start:end], left, right)
            and _incise(line[start:end], right.lstrip().lstrip(","))
            and (not _quoted_comma(left) or _first_word(right)[0] in _VERBS)
        ):
            # « , en outre » named with one of its commas: the other goes too (« établit, en outre, des comptes »)
            if right.lstrip()[:1] == ",":
                right = right.lstrip()[1:]
            else:
                left = left.rstrip()[:-1]
            left = left.rstrip() + (" " if right[:1] not in ("", " ") else "")
        elif _incise_closed_before_and(line[start:end], left, right):
            # « handicap, aux personnes …, notamment les bénéficiaires …, et aux personnes âgées » less
            # « aux personnes …, notamment …, »: the comma before « et » closed the incise gone with them
            left = left.rstrip()[:-1] + " "
            right = right.lstrip()
        elif _comma_after_bound_word(left, right):
            # « des visas, titres » less « visas »: no comma stands right after « des »: « des titres »
            right = right.lstrip(BLANKS)[1:]
            left = left.rstrip(BLANKS) + (" " if right[:1] not in ("", " ") else "")
        elif _comma_left_dangling(line[start:end], left, right):
            # « recours, notamment la zone. Ce » less « notamment la zone »: no comma before a stop
            left = left.rstrip(BLANKS)[:-1].rstrip(BLANKS)
            if right.lstrip(BLANKS)[:1] in ("", ".", '"', "”"):  # French puts no space before these
                right = right.lstrip(BLANKS)
    if ctx is not None and not new and _empty_quotes(left + right) > _empty_quotes(line):
        # « les mots : ", les diplômes" » less « les diplômes » (and its comma): what is quoted is no longer said
        raise ctx.fail("it leaves an empty quotation in the text", "ambiguous")
    if ctx is not None:
        for a, b in ((left, new + right), (left + new, right)) if new else ((left, right),):
            doubled = _doubled(a, b)
            if doubled:
                raise ctx.fail(f"it leaves « {doubled} {doubled} » in the text", "doubled_word")
    if not new:
        left, right = _elided(left, right)
    hit.slot.text[hit.line] = (left + new + right).strip()


# « que » and the conjunctions ending with it, elided before a pronoun or article opening with a vowel
_ELIDES = re.compile(r"(?i)(?<![^\W\d_])((?:lors|puis|quoi)?qu)e[^\S\n]*$")
_ELIDED_BEFORE = re.compile(r"(?i)(?:il|ils|elle|elles|on|un|une|en)(?![^\W\d_])")


def _elided(left: str, right: str) -> tuple[str, str]:
    """`left` with its last word elided when a deletion leaves « que » before « il » (« elle », « on »,
    « un », « en »): « démontre que, malgré …, il » less the incise is « démontre qu'il »."""
    elides = _ELIDES.search(left)
    after = right.lstrip(BLANKS)
    if not elides or not (left[-1:] in BLANKS or right[:1] in BLANKS) or not _ELIDED_BEFORE.match(after):
        return left, right
    return left[: elides.start()] + elides.group(1) + "’", after


# Words after which no comma ever stands, even opening an incise: an article (« des », « aux » …), a
# demonstrative or possessive determiner, a preposition (not « après », « avant », adverbs too: « peu après, »;
# nor « ce », « un », « tout », « leurs », pronouns too: « et ce, », « l'un, », « le tout, », « les leurs, »)
_NO_COMMA_AFTER = frozenset(["le", "la", "les", "des", "du", "au", "aux", "cet", "cette", "ces", "son", "sa", "ses"])
_NO_COMMA_AFTER |= frozenset(["chaque", "de", "à", "pour", "par", "dans", "sur", "sous", "avec", "sans"])
_NO_COMMA_AFTER |= frozenset(["entre", "vers", "chez"])
# A word after which no comma stands (it needs the words after it): « Afin », a relative pronoun, « que »
# and the conjunctions ending with it, « et », « ou », a determiner, a preposition
_BOUND = frozenset(["afin", "qui", "que", "qu", "dont", "lorsque", "puisque", "et", "ou"]) | _NO_COMMA_AFTER


def _bound(left: str) -> bool:
    """Whether the comma ending `left` stands right after a word that needs the words after it (« Afin, »,
    « qui, », « que, », « ou, »): words between it and another comma are an incise, both commas go."""
    before = left.rstrip(BLANKS)[:-1].rstrip(BLANKS)
    last = re.search(r"[^\W\d_]+$", fold(before).lower())
    return bool(last) and last.group(0) in _BOUND  # type: ignore[union-attr]


def _comma_after_bound_word(left: str, right: str) -> bool:
    """Words deleted between a determiner or a preposition and a comma (« des visas de long séjour, titres »
    less « visas de long séjour »): the comma, left right after that word, goes, as none stands there
    (« des titres »). Not when words set as an incise follow it (« pour, le cas échéant, saisir »)."""
    last = re.search(r"(?<![-'’])(?<![^\W\d_])[^\W\d_]+$", fold(left.rstrip(BLANKS)).lower())
    after = right.lstrip(BLANKS)
    if not last or last.group(0) not in _NO_COMMA_AFTER or after[:1] != ",":
        return False
    return not _INCISE.match(fold(after[1:].split(",")[0]).strip(BLANKS))


_EMPTY_QUOTES = re.compile(r'«[^\S\n]*»|“[^\S\n]*”|(?<![^\W_])""(?![^\W_])')


def _empty_quotes(line: str) -> int:
    """How many quotations in `line` quote nothing (« « » », « "" »)."""
    return len(_EMPTY_QUOTES.findall(line))


def _comma_left_dangling(gone: str, left: str, right: str) -> bool:
    """Words deleted right after a comma, ending where the phrase or the alinéa does (before « . », « ; »,
    « : », a closing quote, or the alinéa's end): the comma goes with them, as no comma stands before a
    stop (« recours, notamment la zone. » less « notamment la zone »: « recours. »). Words ending with
    their own comma (an item's, « a) les communes, notamment rurales, ») leave the one before them."""
    if left.rstrip(BLANKS)[-1:] != "," or gone.rstrip(BLANKS)[-1:] in (",", ";", ":"):
        return False
    after = right.lstrip(BLANKS)
    if after.startswith(("..", "…")):  # « ...... » stands for a number left blank: a word
        return False
    return after[:1] in ("", ".", ";", ":", "!", "?", "»", "”") or after[:1] == '"' and _closes_quote(left, after)


# Adverbs set between commas as an incise (« en vue, notamment, de »), never an item of a list: deleted,
# they take both commas along, where a list's item leaves one (« Les communes, les régions »)
_INCISE = re.compile(
    r"(?i)(?:notamment|également|toutefois|cependant|néanmoins|en outre|par ailleurs|le cas échéant|"
    r"en particulier|s'il y a lieu|en tant que de besoin|au besoin|en tout état de cause|en revanche|"
    r"par exemple|en principe|à titre exceptionnel|de plus|en effet|en conséquence|si nécessaire|"
    r"au plus tard|au plus tôt)$"
)
# The words that open an item of a list (« les régions », « de l'État », « à Paris »): an adverb set between
# commas before words opening so is no item of theirs (items of one list open alike)
_OPENERS = frozenset(
    ["le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "à", "en", "par", "pour", "dans"]
    + ["sur", "sous", "avec", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"]
)


# Verbs that a subject's apposition or a participle's incise stands before (« Le Haut Conseil, organisme
# indépendant, est placé »): after a list's item a comma is never followed by one
_VERBS = frozenset(["est", "sont", "peut", "peuvent", "doit", "doivent", "a", "ont", "sera", "seront"])
# A preposition opening words set between commas (« , dans un délai d'un mois, ») and a determiner opening the
# words after them (« toute mesure ») open no two items of one list
_PREPOSITIONS = frozenset(["dans", "par", "pour", "sur", "sous", "avec", "sans", "selon", "entre", "après", "avant"])
_PREPOSITIONS |= {"auprès", "à"}
_DETERMINERS = frozenset(["le", "la", "les", "l", "un", "une", "tout", "toute", "tous", "toutes", "chaque"])
_DETERMINERS |= frozenset(["ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"])


def _incise(words: str, after: str) -> bool:
    """Whether `words`, set between commas, are an incise, not an item of a list: an adverb of the short list
    (« notamment », « en outre »); any words before a verb (« Le Haut Conseil, organisme indépendant, est »);
    words opening with a preposition before words opening with a determiner (« par ordonnance, dans un délai
    d'un mois, toute mesure »); or one adverb in « -ment », alone or joined by « ou » (« et ») to other
    words, before words opening with an article or a preposition (« application, successivement, des »)."""
    bare = fold(words).strip(BLANKS + ",")
    if _INCISE.match(bare) or _PRESENT_PARTICIPLE.match(bare):
        return True  # « toute mesure, pouvant entrer en vigueur …, relevant du domaine »: a participle's incise
    following = re.match(r"[^\S\n]*([^\W\d_]+)\b(?!\))", fold(after))  # « a) » is a mark, no verb
    if not following:
        return False
    if following.group(1) in _VERBS:
        return True  # « Le Haut Conseil, organisme indépendant, est placé »: no item of a list precedes a verb
    first = re.match(r"[^\W\d_]+", bare)
    if first and first.group(0) in _PREPOSITIONS and following.group(1) in _DETERMINERS:
        return True  # « prendre par ordonnance, dans un délai …, toute mesure »: items of one list open alike
    # « successivement », or joined to other words by « ou » (« spontanément ou sur demande »)
    adverb = re.fullmatch(r"[a-zà-ÿ]+ment(?: (?:ou|et) [^,;:]+)?", bare)
    return bool(adverb and following.group(1) in _OPENERS | _DETERMINERS)


# How the words after a comma open, for « items of one list open alike »: determiners, « de » (« du », « des »),
# « à » (« au », « aux »), relative pronouns, and each other preposition by itself
_OPENING_CLASSES = {
    **{w: frozenset(["det"]) for w in _DETERMINERS},
    **{w: frozenset(["de"]) for w in ("de", "d", "du")},
    "des": frozenset(["det", "de"]),
    **{w: frozenset(["à"]) for w in ("à", "au", "aux")},
    **{w: frozenset(["rel"]) for w in ("qui", "que", "qu", "dont", "où", "lequel", "laquelle", "lesquels")},
    **{w: frozenset(["rel"]) for w in ("lesquelles", "auquel", "auxquels", "auxquelles", "duquel", "desquels")},
    **{w: frozenset(["pron"]) for w in ("il", "ils", "elle", "elles", "on", "celui", "celle", "ceux", "celles")},
    **{w: frozenset([w]) for w in _PREPOSITIONS | {"en", "outre", "vers", "contre", "chez", "hors", "depuis"}},
}
_LEADING_MARK = re.compile(
    r"[\s«\"“]*(?:[IVXLCDM]+\.?\s*[-–—]\s*(?:\d+\.\s+)?|[A-Z]\.\s*[-–—]\s*|\d+°(?:\s*[a-z]+)?\s+|[a-z]\)\s*|[-–—]\s*)?"
)
# Where the words before a comma start: a comma, « ; » or « : » before a space, or a full stop ending a phrase
_SEGMENT_START = re.compile(r"[,;:](?=\s)|(?<=[a-zà-ÿ)»\"”]{2})\.(?=\s+[A-ZÀ-Ý«\"“])|(?<=[a-zà-ÿ]{2}\.)\s")
# Words after a comma that commonly keep it (« , ainsi que », « , sauf », « , y compris »)
_COMMA_KEEPERS = frozenset(["ainsi", "sauf", "hormis", "y", "voire", "soit", "mais", "excepté", "notamment", "non"])
_ALL_PREPOSITIONS = _PREPOSITIONS | {"en", "outre", "vers", "contre", "chez", "hors", "depuis", "jusqu"}
# The words a complement or a clause put before its phrase's subject opens with (« Avant le 1er octobre, »,
# « Par dérogation à …, », « Afin de …, », « Lorsque …, »)
_FRONTED = _ALL_PREPOSITIONS | {"à", "au", "aux", "afin", "lorsque", "lorsqu", "si", "dès", "sauf", "faute", "malgré"}
_FRONTED |= {"conformément", "nonobstant", "pendant", "durant", "quand", "auprès", "compte", "sans"}


def _first_word(text: str) -> tuple[str, frozenset[str]]:
    """The first word of `text` (a mark « 2° » or « a) » and quotes skipped) and its class: « ref » for a
    reference or number (« L. 3121-14 », « 2019 »), « bare » for a word of no class, « other » for none."""
    text = text[_LEADING_MARK.match(text).end() :]  # type: ignore[union-attr]
    token = text.split(maxsplit=1)[0] if text.strip() else ""
    if re.match(r"(?:[A-Z]\.|[A-Z]+\d|\d)", token):
        return token, frozenset(["ref"])
    word = re.match(r"[^\W\d_]*", fold(token).lower()).group(0)  # type: ignore[union-attr]
    if not word:
        return word, frozenset(["other"])
    return word, _OPENING_CLASSES.get(word, frozenset(["bare"]))


# A past participle followed by the preposition of its complement (« pris après avis », « prévu à l'article »,
# « fixé par décret »): set between commas, an incise, never a bare item of a list (« transport, hébergement »)
_PARTICIPLE_PHRASE = re.compile(
    r"(?i)[^\W\d_]+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues)\s+"
    r"(?:à|au|aux|par|après|avant|en|pour|dans|sur|sous|selon|conformément|avec)\b"
    # « composé de », « chargé de », « issu de », not a noun in « -té » (« comité de », « société de »)
    r"|(?:[^\W\d_]*[^\W\d_t](?:é|ée|és|ées)|issue?s?)\s+(?:de|d'|du|des)\b"
    # « saisi de », « muni de », « assorti de »
    r"|[^\W\d_]{3,}(?:i|ie|is|ies)\s+(?:de|d'|du|des)\b"
)
# A present participle and the infinitive it governs (« pouvant entrer », « devant être »): an incise
_PRESENT_PARTICIPLE = re.compile(r"(?i)[^\W\d_]+ant\s+(?!(?:contre|entre|outre)\b)[^\W\d_]+(?:er|ir|re|oir)\b")


def _participle_phrase(words: str) -> bool:
    return bool(_PARTICIPLE_PHRASE.match(fold(words).strip(BLANKS + ",")))


def _segment(left: str) -> tuple[str, bool]:
    """The words before the comma ending `left`, back to the comma or stop before, and whether they open
    their phrase (nothing but a stop, « ; », « : » or the alinéa's start before them)."""
    head = left.rstrip(BLANKS)[:-1]
    cuts = list(_SEGMENT_START.finditer(head))
    return (head[cuts[-1].end() :] if cuts else head), not cuts or cuts[-1].group(0) != ","


def _first_of_fronted(left: str) -> tuple[str, bool]:
    """The first of the complements put one after the other before the comma ending `left` (« Dans …, à
    compter de … et jusqu'à …, »: « Dans … »), each opening with a preposition or conjunction, and whether
    it opens its phrase."""
    head = left.rstrip(BLANKS)[:-1]
    cuts = list(_SEGMENT_START.finditer(head))
    end = len(head)
    for cut in reversed(cuts):
        segment = head[cut.end() : end]
        if cut.group(0) != "," or _first_word(segment)[0] not in _FRONTED:
            return segment, cut.group(0) != ","
        end = cut.start()
    return head[:end], True


def _fronted(left: str, right: str) -> bool:
    """Whether the comma ending `left` closes a complement or a clause put first in its phrase (« Avant le 1er
    octobre », « Lorsque le maire est empêché ») and the words after the deleted ones open its subject with
    a determiner: that comma stays, whatever the deleted words were. Not after the opening word alone (« Si, »)."""
    segment, phrase_start = _segment(left)
    if len(segment.split()) < 2:  # « Si, après une convocation, ce quorum »: the clause goes on after the incise
        return False
    if not phrase_start and _first_word(segment)[0] in _FRONTED:
        segment, phrase_start = _first_of_fronted(left)
    return phrase_start and _first_word(segment)[0] in _FRONTED and bool({"det", "pron"} & _first_word(right)[1])


def _item_or_incise(words: str, left: str, right: str) -> str:
    """Words between two commas, not known an incise by `_incise`: « item » (one comma stays) when they open
    like the words before their first comma (back to the comma or stop before: they continue a list) or like
    the words after their second comma by a determiner, preposition, pronoun or reference (« , le maire, le
    préfet »; bare words alike too, unless a participle and its complement open them), or when the words
    after commonly keep it (« , ainsi que »). « unclear » when a different preposition opens them and the
    words after (« à Paris, en Corse, dans les communes »: places may be listed so). Else « incise »: no
    list has them, their two commas go (« Ces mesures, qui tiennent compte …, favorisent », « Un décret,
    pris après avis …, précise »), and before « et » (« ou ») no comma stays to join two (« portuaires,
    notamment les dockers, et pour »). A complement put first keeps its comma before that (`_fronted`)."""
    segment = _segment(left)[0]
    gone_word, gone = _first_word(words)
    before_word, before = _first_word(segment)
    after_word, after = _first_word(right)
    if after_word in ("de", "d", "du") and "de" not in gone:
        return "incise"  # « tenir compte, notamment pour …, de »: no comma between a word and its complement
    alike = (gone & before | gone & after) - {"other"} and not _participle_phrase(words)
    if alike and after_word not in _COMMA_KEEPERS and _after_last_join(segment, gone):
        return "unclear"  # « décrit … et précise, le cas échant, les raisons »: an incise, or an item?
    if gone & before - {"other"} and not _participle_phrase(words):
        return "item"
    if after_word in ("et", "ou"):
        return "incise"
    if gone & after - {"other"} and not _participle_phrase(words) or after_word in _COMMA_KEEPERS:
        return "item"  # « transport, hébergement, restauration »: bare words alike, items of a list
    if gone_word in _ALL_PREPOSITIONS and after_word in _ALL_PREPOSITIONS | {"de", "d", "du", "des"}:
        return "unclear" if after_word not in ("de", "d", "du", "des") else "incise"
    return "incise"


def _after_last_join(segment: str, gone: frozenset[str]) -> bool:
    """Whether the words before a comma (`segment`, back to the comma or stop before) end with « et » (« ou »)
    and one bare word, the words deleted opening otherwise (an article, a preposition): when « et » joined
    the last two items of a list (« décrit … et précise »), the deleted words are no item of it, and words
    set between commas after it are an incise (« précise, le cas échéant, les raisons »); but « et » may join
    two words of one item too (« les services centraux et déconcentrés, les collectivités, les associations »),
    and the words deleted are then an item. Which it is, is not said."""
    last = re.search(r"(?<![^\W\d_])(?:et|ou)\s+([^\W\d_]+)\s*$", fold(segment))
    if not last:
        return False
    return _first_word(last.group(1))[1] == {"bare"} and "bare" not in gone


def _incise_closed_before_and(words: str, left: str, right: str) -> bool:
    """Words deleted with the comma after them, between a comma and « et » (« ou »), ending with an incise
    opened by « notamment » (« en particulier », « par exemple »): their last comma closed that incise, not a
    list's item, and no comma is left to stand before « et »."""
    folded = fold(words).strip(BLANKS)
    if folded[-1:] != "," or left.rstrip()[-1:] != "," or not re.match(r"[^\S\n]*(?:et|ou)\s", right):
        return False
    return bool(re.search(r",\s+(?:notamment|en particulier|par exemple)\s[^,;:]*,$", folded))


def _one_comma_of_two(words: str, left: str, right: str) -> bool:
    """Words deleted with the comma before them and followed by another (« établit, en outre, des »), or with
    the comma after them and preceded by another: the incise named with one of its two commas."""
    folded = fold(words).strip(BLANKS)
    before_comma = folded[:1] == "," and folded[-1:] != "," and right.lstrip()[:1] == ","
    after_comma = folded[-1:] == "," and folded[:1] != "," and left.rstrip()[-1:] == ","
    return before_comma or after_comma


def _check_items_between(gone: str, left: str, reading: str, ctx: Ctx) -> None:
    """Bare words deleted between two commas that are the last items of a list with their « et » (« ou »):
    after bare words that follow another comma (« réduire l'empreinte carbone et développer l'adaptation … » of
    « pour réduire les émissions …, développer les puits de carbone, réduire … et développer …, y compris »),
    the items left would be joined by a comma alone: refused; one bare word each after a bare word, read as
    an incise (both commas going: « au Conseil économique, social et environnemental, dans les six mois » less
    « social et environnemental »), whether they were the list's last items (one comma staying) is not said:
    refused."""
    folded = fold(gone).strip(BLANKS)
    joined, alike = _list_join(folded)
    if not joined or alike != {"bare"}:
        return
    segment, phrase_start = _segment(left)
    if not phrase_start and _first_word(segment)[1] == {"bare"}:
        reason = "it deletes the last items of a list with their « et »: what joins the items left is not said"
        raise ctx.fail(reason, "ambiguous")
    items = re.split(r",[^\S\n]+|[^\S\n]+(?:et|ou)[^\S\n]+", folded)
    before = re.search(r"([^\W\d_]+)[^\S\n]*,$", fold(left).rstrip(BLANKS))
    words = [*items, before.group(1) if before else ""]
    bare = all(re.fullmatch(r"[^\W\d_]+", w) and _first_word(w)[1] == {"bare"} for w in words)
    if reading == "incise" and bare and not any(w.lower().endswith("ment") for w in words):
        raise ctx.fail("it leaves two words' commas in doubt: whether one stays (a list) is not said", "ambiguous")


def _incise_after_join(words: str, left: str, right: str) -> bool:
    """Words deleted with the comma after them, right after « et, » (« ou, »): the incise the comma after « et »
    opened, named with its closing comma; that comma goes with it (no comma stands right after « et »)."""
    folded = fold(words).strip(BLANKS)
    return (
        folded[-1:] == ","
        and folded[:1] != ","
        and re.search(r"(?<![^\W\d_])(?:et|ou),$", fold(left).rstrip(BLANKS)) is not None
        and right.lstrip(BLANKS)[:1] not in (",", "")
    )


_NOT_DOUBLED = {"nous", "vous"}  # « nous nous », « vous vous » are French


def _doubled(left: str, right: str) -> str:
    """The word that ends `left` and opens `right` with only spaces between, or ""."""
    a = re.search(r"(?<!\w)([^\W\d_]+)\s+$|(?<!\w)([^\W\d_]+)$", left)
    b = re.match(r"^\s*([^\W\d_]+)(?!\w)", right)
    if not a or not b or not (left[-1:].isspace() or right[:1].isspace()):
        return ""
    word = a.group(1) or a.group(2)
    return word if word.casefold() == b.group(1).casefold() and word.casefold() not in _NOT_DOUBLED else ""


def _closes_quote(left: str, right: str) -> bool:
    """`right` opens with a closing quote, written without a space before it: « ” », or a straight « " »
    that closes one opened in `left` (an odd count there) and is not glued to a word after it (« national."
    ; »), or that ends the alinéa (its stop aside: no quote opens there, so it closes a quotation whose
    opening quote the data lost, « … aptitudes." »). French puts a space before « » », none before these."""
    closes = left.count('"') % 2 == 1 or bool(re.fullmatch(r'"\s*[.;,]?\s*', right))
    return right[:1] == "”" or closes and bool(re.match(r'"(?![^\W_])', right))


def _quoted_comma(left: str) -> bool:
    """`left` ends with a comma opening quoted words (« … sont insérés les mots : ", le cas échéant, dans » up
    to its comma): the comma that joins those words to the text, no incise's, which stays when one goes."""
    before = left.rstrip(BLANKS)
    return before[-1:] == "," and (before[:-1].rstrip(BLANKS)[-1:] == "«" or _opens_quote(before[:-1]))


def _opens_quote(left: str) -> bool:
    """`left` ends with a quote opening a quotation that French writes without a space after it: « “ »,
    or a straight « " » opening one (an odd count in `left`) not glued to a word before it. French puts a
    space after « « », none after these (the mirror of `_closes_quote`)."""
    straight = left[-1:] == '"' and left.count('"') % 2 == 1 and not re.search(r'[^\W_]"$', left)
    return left[-1:] == "“" or straight


def _joined(left: str, new: str, right: str) -> str:
    """Words put between `left` and `right` with the spaces French puts around them."""
    opening = left[-1:] in "'’(«“" or left[-1:] == '"' and left[-2:-1] in ("", " ")
    dots = new.startswith(("..", "…"))  # « ...... » stands for a number left blank: a word, not a stop
    pad_left = "" if not left or left[-1:] in BLANKS or opening or new[:1] in ",.)" and not dots else " "
    closing = _closes_quote(left, right)
    pad_right = "" if not right or right[:1] in BLANKS + ",.;)" or new[-1:] in "'’(" or closing else " "
    return pad_left + new + pad_right


def _stop(new: str, right: str, edit: Edit, ctx: Ctx) -> str:
    """Words ending with a full stop (or an elided « d' »), put where the text goes on. Before the place's
    own punctuation (« . », « ; »), the stop is the text's: one is kept, the text's; so is a « ; » ending them
    before the text's « ; ». Before words in lower case, the
    sentence cannot end there: a stop after words given bare (Markdown, HTML paragraphs) ends the
    instruction's sentence and is dropped; one inside the quotes is refused, as what was meant is not
    written. An abbreviation (« etc. », « L. ») is left alone."""
    if new[-1:] in "'’" and not right.lstrip()[:1].isalpha():
        raise ctx.fail(f"its words end with « {new[-2:]} », which needs a word after it", "not_applicable")
    if new[-1:] in "'’":
        _check_elision(new, right.lstrip(), ctx)  # « jusqu' » before « le 30 juin »: « jusqu'le »
    after = right.lstrip()
    if new.endswith(".") and not new.endswith("..") and after[:1] == "." and not after.startswith("..."):
        return new[:-1].rstrip()  # « … au I. » before the text's own full stop: one full stop
    if new[-1:] in ";," and after[:1] == new[-1]:
        return new[:-1].rstrip()  # « … du code du travail » ; » before the item's own « ; »: one « ; »
    if not new.endswith(".") or new.endswith("..") or ABBREVIATED.search(new) or fold(edit.old).rstrip().endswith("."):
        return new
    if after[:1] in (".", ";", ":", ",") and not after.startswith("..."):
        return new[:-1].rstrip()
    if right[:1].isspace() and after[:1].islower():
        if edit.quoted:
            raise ctx.fail(f"its words end with a full stop where the text goes on (« {after[:20]} »)", "ambiguous")
        return new[:-1].rstrip()
    return new


def _check_elision(left: str, new: str, ctx: Ctx) -> None:
    """Words put after an elided word (« l' », « d' », « jusqu' ») must open with a vowel or an h:
    « l'État » replaced by « département » would read « l'département »; the text meant is not said."""
    elided = re.search(r"(?<![\w])(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]$", left, re.I)
    if elided and new[:1].isalpha() and fold(new[:1]).lower() not in "aeiouyhàâéèêëîïôûùü":
        word = new.split()[0]
        reason = f"« {elided.group()}{word} » cannot be written: the word before « {word} » is elided"
        raise ctx.fail(reason, "not_applicable")


def _replace_words(article: Article, edit: Edit, ctx: Ctx) -> None:
    hits = targets(article, edit, ctx)
    check_anchors(hits, ctx)
    for hit in sorted(hits, key=lambda h: -h.start):
        line = hit.slot.text[hit.line]
        _check_elision(line[: hit.start], edit.new[0], ctx)
        words_within_quotes(line[hit.start : hit.end], edit.new[0], ctx)
        new = _stop(_same_case(edit.new[0], edit.old, line, hit.start), line[hit.end :], edit, ctx)
        gone = line[hit.start : hit.end].rstrip(BLANKS)
        ends = gone[-1:] in (";", ".") and not gone.endswith("..") and not ABBREVIATED.search(gone)
        if ends and new and not line[hit.end :].strip(BLANKS + '»"”') and not re.search(r"[.;:!?…]\s*[»\"”]?$", new):
            # the words replaced ended the alinéa with its stop, the new ones end with none: the stop stays
            new = new.rstrip() + (" ;" if gone.endswith(";") else ".")
        # « , en qualité de X, » replaced by « sur Y, »: the new words do not glue to the next ones
        # (unless the words replaced were glued to the word before by an apostrophe: « L » then « 'État, les »)
        # The word before may end with a sign that ends a word too (« au 3° », « (II) », « » »): words
        # replaced from their comma (« , de huit mois » after « au 3° ») leave it ending the text before.
        glued = line[hit.start : hit.start + 1] in "'’"
        ends_word = line[: hit.start][-1:].isalnum() or line[: hit.start][-1:] in _WORD_ENDS
        new = (" " if ends_word and new[:1].isalnum() and not glued else "") + new
        # nor to the word after them when they end with a word or a stop (« par les mots : » for « par les
        # mots : " » glued to « "aux »)
        ends = new[-1:].isalnum() or new[-1:] in ".,;:!?»”)"
        new += " " if ends and line[hit.end : hit.end + 1].isalnum() else ""
        _splice(hit, hit.start, hit.end, new, ctx)


_WORD_ENDS = "°)]»”%"  # signs a word ends with, before which a new word takes a space


def _same_case(new: str, old: str, line: str, at: int) -> str:
    """`new` with its first letter as the text has the words it replaces when they were found whatever
    their capitals: « le département » quoted for « Le département » puts « La collectivité ». Words
    found as written are replaced as written."""
    found, quoted = line[at : at + 1], fold(old).lstrip(' "')[:1]
    if quoted.islower() and found.isupper():
        return new[:1].upper() + new[1:]
    if quoted.isupper() and found.islower():
        return new[:1].lower() + new[1:]
    if new[:1].islower() and found.isupper() and opens_sentence(line, at):  # it opened the sentence
        return new[:1].upper() + new[1:]
    return new


def _series_item(line: str, start: int, end: int) -> int:
    """Where words deleted as « la même suppression » start, with the word that opens them as it
    opens the next item of their series: « , par la prolongation …, par la démission » loses « par la
    prolongation …, », where the first place, « , la prolongation …, la démission », had no « par »."""
    before = re.search(r"(?<!\w)([^\W\d_]+)[^\S\n]+$", line[:start])
    if before and re.match(rf"[^\S\n]*{re.escape(before.group(1))}(?!\w)", line[end:], re.I):
        return before.start()
    return start


def _check_list_comma(line: str, start: int, end: int, ctx: Ctx) -> None:
    """Words deleted between a comma and « et » (« ou », « ainsi que »), the comma not theirs: « Les communes,
    les départements et les régions » would read « Les communes, et les régions ». Whether the comma goes
    with them (an item of a list) or stays (« Le maire, et lui seul, »; « les communes, notamment rurales,
    ainsi que ») is not said: refused."""
    if fold(line[start:end]).rstrip()[-1:] == ",":
        return  # « B, » of « A, B, et C »: the comma before « et » was the text's
    joined = re.match(r"[^\S\n]*(et(?!\w)|ou(?!\w)|ainsi que(?!\w)|ainsi qu')", fold(line[end:]))
    if line[:start].rstrip()[-1:] == "," and joined:
        word = joined.group(1)
        raise ctx.fail(f"it leaves « , {word} » in the text: whether the comma goes too is not said", "ambiguous")


# Each « et » (« ou ») of words deleted, with an incise opened by the comma after it (« et, à Paris, »)
_JOINS = re.compile(r"[^\S\n](?:et|ou)(?:,[^,;:]*,)?[^\S\n]")


def _list_join(gone: str) -> tuple[re.Match[str] | None, frozenset[str]]:
    """The « et » (« ou ») joining the last items of a list in words deleted, and how those items open: the
    last one whose items open alike (« le Président du Sénat ou le président du Conseil économique, social et
    environnemental »: the « et » inside the last item opens no item), an incise after it skipped (« et, à
    Paris, les conseillers de Paris »). The last one, when none opens alike."""
    joins = list(_JOINS.finditer(gone))
    for joined in reversed(joins):
        alike = _first_word(gone[: joined.start()])[1] & _first_word(gone[joined.end() :])[1] - {"other"}
        if alike:
            return joined, alike
    return (joins[-1], frozenset()) if joins else (None, frozenset())


def _holds_first_bare_item(left: str, segment: str) -> bool:
    """Whether the words before the comma ending `left` (`segment`, after another comma) hold the first of bare
    items deleted after them, not being one: several words opening with a determiner or a preposition (« des
    recours présentés, » of « des recours présentés, instruits et jugés »), bare items opening with none, and
    the words before their own comma not opening like them (« , devant le juge administratif, »: an incise,
    not an item of a list of theirs). No other item of the bare list is left: the comma goes, nothing to join."""
    opens = _first_word(segment)[1] - {"bare", "other"}
    if len(segment.split()) < 2 or not opens:
        return False
    head = left.rstrip(BLANKS)[:-1]
    before, _ = _segment(head[: len(head) - len(segment)])
    return not opens & _first_word(before)[1]


def _list_tail(line: str, start: int, end: int, ctx: Ctx) -> int:
    """Where words deleted start, with the comma before them when they are the last items of a list (« Y et
    Z » of « X, Y et Z », the two opening alike: « de la concurrence, de la consommation et de la répression
    des fraudes les publicités ») and a word follows: the list is cut to its first item, which no comma
    follows. When the words before that comma open like the items and follow another comma, more items may
    be left, and what joins them (their « et ») is not said: refused. Bare words opening alike (participles,
    nouns: « Simplifiant, précisant et adaptant les règles », « les objectifs, moyens et actions envisagés »)
    take the comma when the words before it open their phrase, and are refused after another comma. Items joined
    by commas alone (« de locaux …, d'entrepôts, de hangars … ainsi qu'aux ») take it too, the items left joined
    as they were; refused after words opening like them that follow another comma (an item, or an incise). After
    a complement put first (« Dans ce cas, »), the comma is that complement's: it stays; so is it after an incise
    (`_incise`: « Il informe, dans un délai d'un mois, les départements et les régions du projet »). After an
    incise opened by the comma after « et » (« et, sur les aires …, des revêtements, des aménagements ou des
    dispositifs »), the words before the comma are the list's first item: it goes."""
    gone = fold(line[start:end]).strip(BLANKS)
    left, after = line[:start].rstrip(BLANKS), line[end:].lstrip(BLANKS)
    if left[-1:] != "," or not after[:1].isalnum() or re.search(r"[,;:.«»\"“”()]", gone[:1] + gone[-1:]):
        return start
    if re.search(r"[«»\"“”()]", gone):
        return start
    joined, alike = _list_join(gone)
    if not joined:  # items joined by commas alone (« d'entrepôts, de hangars … »), each opening alike
        items = re.split(r",[^\S\n]+", gone)
        alike = frozenset.intersection(*(_first_word(item)[1] for item in items)) - {"other", "bare"}
        if len(items) < 2:
            return start
    if not alike or _first_word(after)[0] in ("et", "ou"):
        return start
    segment, phrase_start = _segment(left + " ")
    if phrase_start and _first_word(segment)[0] in _FRONTED:
        return start  # « Dans ce cas, le maire et le préfet statuent »: the comma closes a complement put first
    if re.search(r"(?<!\w)(?:et|ou),[^,;:]*,[^,;:]*,$", fold(left)):
        # « et, sur les aires …, des revêtements de surface, des aménagements … ou des dispositifs »: the comma
        # after « et » opens an incise, the one after it closes it: the first item follows, none before it
        return len(left) - 1
    if not phrase_start and _incise(segment, gone):
        return start  # « Il informe, dans un délai d'un mois, les départements et les régions »: the incise's comma
    # Bare words (« précisant et adaptant », « moyens et actions ») say nothing of the words before the comma:
    # the comma is the list's when those open their phrase (« g) Simplifiant, », « présentant les objectifs, »);
    # after another comma, more items may be left (« Adaptant, interrompant, »), or an incise
    if (alike & _first_word(segment)[1] or alike == {"bare"}) and not phrase_start:
        if alike == {"bare"} and _holds_first_bare_item(left, segment):
            return len(left) - 1
        if not joined:  # « Il informe, la veille, les départements, les régions du projet »: an item or an incise
            reason = "it deletes the last items of a list: whether the words before their comma are an item is not said"
            raise ctx.fail(reason, "ambiguous")
        reason = "it deletes the last items of a list with their « et »: what joins the items left is not said"
        raise ctx.fail(reason, "ambiguous")
    return len(left) - 1


_AND_OR = re.compile(r"(?<![^\W\d_])(?:et|ou)(?![^\W\d_])")


def _check_list_join(line: str, start: int, end: int, ctx: Ctx) -> None:
    """The last item of a list deleted with its « et » (« ou »), the items before it joined by commas: « des
    mineurs et majeurs protégés et des personnes … » of « des personnes …, des mineurs … et des personnes … »
    (the item before it and the one before that opening like it: a determiner, a preposition), « et actions »
    of « les objectifs, moyens et actions » (one bare word each); or one bare word deleted with the « et » after
    it and the comma before it (« liquider et » of « engager, liquider et mandater »): the items left would be
    joined by a comma alone; what joins them is not said: refused. Not when another « et » (« ou ») follows
    (« de Saint-Pierre-et-Miquelon et de président et de membre »: the list goes on with its own)."""
    gone = fold(line[start:end]).strip(BLANKS)
    left, after = line[:start].rstrip(BLANKS), line[end:].lstrip(BLANKS)
    reason = "it deletes the last items of a list with their « et »: what joins the items left is not said"
    leading = re.match(r"(?:et|ou)\s+(?=\w)", gone)
    if leading and left[-1:] not in (",", "") and _first_word(after)[0] not in ("et", "ou"):
        item = gone[leading.end() :]
        segment, phrase_start = _segment(left + ",")
        if not phrase_start:
            opens = _first_word(item)[1] & _first_word(segment)[1]
            if opens == {"bare"} and len(item.split()) == 1 and len(segment.split()) == 1:
                raise ctx.fail(reason, "ambiguous")  # « les objectifs, moyens et actions »
            head = left[: len(left) - len(segment)].rstrip(BLANKS)
            if opens - {"other", "bare"} & _first_word(_segment(head)[0])[1]:
                raise ctx.fail(reason, "ambiguous")
    trailing = re.fullmatch(r"([^\W\d_]+)\s+(?:et|ou)", gone)
    if trailing and left[-1:] == "," and after[:1].isalnum():
        item = re.split(r"[,;:.]", after)[0]  # the item after: the list's last, no « et » (« ou ») in it
        if _first_word(gone)[1] == _first_word(after)[1] == {"bare"} and not _AND_OR.search(fold(item)):
            raise ctx.fail(reason, "ambiguous")


def _delete_words(article: Article, edit: Edit, ctx: Ctx) -> None:
    hits = targets(article, edit, ctx)
    check_anchors(hits, ctx)
    for hit in sorted(hits, key=lambda h: -h.start):
        line = hit.slot.text[hit.line]
        if edit.repeated and not edit.place.end:
            hit = Hit(hit.slot, hit.line, _series_item(line, hit.start, hit.end), hit.end)
        hit = Hit(hit.slot, hit.line, _list_tail(line, hit.start, hit.end, ctx), hit.end)
        _check_list_comma(line, hit.start, hit.end, ctx)  # after: the last items taken with their comma leave none
        _check_list_join(line, hit.start, hit.end, ctx)
        gone = line[hit.start : hit.end]
        words_within_quotes(gone, "", ctx)
        before = line[: hit.start].rstrip(BLANKS)
        kept = before[-1:].isalnum() or before[-1:] == ","  # « recours, notamment la zone. »: « recours. »
        if gone.endswith(".") and not gone.endswith("..") and kept and not ABBREVIATED.search(gone):
            # « … devant le Parlement au plus tard le dernier jour. » losing its last words: the phrase keeps its stop
            hit = Hit(hit.slot, hit.line, hit.start, hit.end - 1)
        _splice(hit, hit.start, hit.end, "", ctx)
        if opens_sentence(line, hit.start):
            # the alinéa (after its mark: « VIII. – ») or the phrase now opens with the next word: its capital
            tidy = hit.slot.text[hit.line]
            k = len(line[: hit.start].rstrip(BLANKS))
            k += len(tidy[k:]) - len(tidy[k:].lstrip(BLANKS))
            if tidy[k : k + 1] == ",":  # « Toutefois, dans les » less « Toutefois »: no sentence opens with a comma
                space = line[len(line[: hit.start].rstrip(BLANKS)) : hit.start]  # the spaces before the word gone
                head = tidy[:k].rstrip(BLANKS) + space
                tidy, k = head + tidy[k + 1 :].lstrip(BLANKS), len(head)
            hit.slot.text[hit.line] = tidy[:k] + tidy[k : k + 1].upper() + tidy[k + 1 :]


def _anchors(article: Article, edit: Edit, ctx: Ctx) -> list[Hit]:
    """Where words are inserted next to: the anchor where the place says. Found several times where one
    says once, the occurrences the new words already follow (« biologie médicale » for « médicale »
    after « biologie ») are not meant, as the text would say them twice: when one is left, it is that one."""
    try:
        hits = find(article, edit.place, edit.anchor, ctx, edit.times, edit.occurrence)
        if edit.times == EVERY and not edit.place.before:  # « dans l'ensemble »: not where they already follow
            words = words_pattern(edit.new[0].strip(" ,"))
            fresh = []
            for h in hits:
                line = fold(h.slot.text[h.line])
                if not words.match(line, h.end + len(line[h.end :]) - len(line[h.end :].lstrip())):
                    fresh.append(h)
            if not fresh:  # inserted again, they would be said twice
                new = edit.new[0].strip(" ,")
                raise ctx.fail(f"« {new} » already follows every « {edit.anchor} »", "not_applicable")
            hits = fresh
        ctx.anchors += hits
        return hits
    except AmendingError as error:
        if error.code != "ambiguous" or edit.times != 1 or edit.occurrence:
            raise
        words = words_pattern(edit.new[0].strip(" ,"))
        left: list[Hit] = []
        for hits in hits_in(article, edit.place, words_pattern(edit.anchor), ctx):
            fresh = []
            for hit in hits:
                line = fold(hit.slot.text[hit.line])
                if edit.place.before:
                    said = any(m.end() == len(line[: hit.start].rstrip()) for m in words.finditer(line, 0, hit.start))
                else:
                    said = bool(words.match(line, hit.end + len(line[hit.end :]) - len(line[hit.end :].lstrip())))
                if not said:
                    fresh.append(hit)
            if len(fresh) != 1:
                raise error from None
            left += fresh
        ctx.anchors += left
        return check_fresh(article, left, ctx)


def _insert_words(article: Article, edit: Edit, ctx: Ctx) -> None:
    if edit.anchor:
        hits = _anchors(article, edit, ctx)
        for hit in sorted(hits, key=lambda h: -h.start):
            line = hit.slot.text[hit.line]
            at = hit.start if edit.place.before else hit.end
            if not edit.place.before and (
                _next_term(line[:at], edit.new[0], line[at:])
                or line[at:].lstrip(BLANKS)[:1] == "," and _infinitives(line[:at], edit.new[0], line[at:])
            ):
                # « soit de B, » after « …, soit de A » and its comma; « partager, » after « consommer » and its
                at += line[at:].index(",") + 1
            elif not edit.place.before and (joining := _item_or_complement(line[:at], edit.new[0], line[at:])):
                if joining == ",":
                    said = "whether they are an item after it is not said"
                    raise ctx.fail(f"it puts words ending with a comma before a list's comma: {said}", "ambiguous")
                raise ctx.fail(
                    f"it puts words ending with a comma before « {joining} »: whether they are an item"
                    " and where its comma goes is not said",
                    "ambiguous",
                )
            elif not edit.place.before and _comma_on_comma(edit.new[0], line[at:]):
                # « financier » then « immobilier, » before « , social »: an item after the comma (« financier,
                # immobilier, social ») or words completing the ones before (« peuvent échanger communiquer, »
                # is no French), the two commas merged: not said, unless a rule above places them
                said = "whether they are an item after it is not said"
                raise ctx.fail(f"it puts words ending with a comma before another comma: {said}", "ambiguous")
            _check_elision(line[:at], edit.new[0], ctx)
            new = _stop(edit.new[0], line[at:], edit, ctx)
            if edit.place.before and opens_sentence(line, at):
                # put before the words opening the alinéa or a phrase: they open the sentence, as « au début »
                new, line = _opening(new, line, at)
                hit.slot.text[hit.line] = line
            if _in_list(edit.anchor, new, line[at:]) and not edit.place.before:
                new += ","
            end = at
            if new[-1:] in ",;" and line[at:].lstrip()[:1] == new[-1]:  # « …, » before « , »: one comma
                end = at + line[at:].index(new[-1]) + 1
            _splice(hit, at, end, _joined(line[:at], new, line[end:]), ctx)
        return
    for slot in one_alinea(article, edit.place, ctx):
        line = slot.text[-1] if edit.place.end == "fin" else slot.text[0]
        lo, hi = place_span(line, edit.place, ctx)
        if edit.place.end == "fin":
            # before the place's stop; a quote there closes quoted words (« 2012" ; »), which stay before
            # the new ones: the alinéa's own quotes are outside the place already
            while hi > lo and line[hi - 1] in BLANKS + ".;:":
                hi -= 1
            if line[hi - 1 : hi] == "," and _is_item(line[lo:]):
                hi -= 1  # « - de recenser … de chaque commune, »: an item's comma, as its « ; », stays last
            inner = line[lo:hi].rstrip(BLANKS + '»"”')
            if hi > lo and line[hi - 1] in '»"”' and inner.endswith(".") and not ABBREVIATED.search(inner):
                # quoted words that end their sentence (« … décret en Conseil d'État. » ;): words put after
                # them could not follow a full stop; they complete the quoted sentence, before its stop
                if any(q in edit.new[0] for q in OPEN + CLOSE + '"'):  # words that quote instruct: where, not said
                    reason = "the alinéa ends with a quoted sentence; whether the words go inside it is not said"
                    raise ctx.fail(reason, "ambiguous")
                hi = lo + len(inner) - 1
            elif hi > lo and line[hi - 1] in '»"”' and inner.endswith(";"):
                # the phrases the alinéa announces, ending an item inside their quote (« … : « X ; » »,
                # « … : « X ; ». »): the words complete the last phrase, before its « ; »; quoted words
                # (« les mots : « X ; » ») keep what they have
                quoting = ends_quoting_phrases(line, lo)
                if quoting is not None and quoting.group("semi"):
                    if any(q in edit.new[0] for q in OPEN + CLOSE + '"'):
                        reason = "the alinéa ends with a quoted sentence; whether the words go inside it is not said"
                        raise ctx.fail(reason, "ambiguous")
                    hi = quoting.start("semi")
            at = hi
            new = _stop(edit.new[0], line[at:], edit, ctx)
        else:
            at = lo
            if not _is_mark(edit.new[0]):  # words go after the alinéa's own mark (« 2° », « Art. L. 1. – »)
                at = own_start(line, lo)
            new, line = _opening(edit.new[0], line, at)
        hit = Hit(slot, len(slot.text) - 1 if edit.place.end == "fin" else 0, at, at)
        slot.text[hit.line] = line
        _splice(hit, at, at, _joined(line[:at], new, line[at:]))
        if edit.place.end != "fin" and _is_mark(edit.new[0]):
            _end_before(article, slot.text)


def _end_before(article: Article, lines: list[str]) -> None:
    """An alinéa made an item by the mark put at its start (« insérer la mention : « 2° » »): the item
    before it, or the quotation that ends that item, now has an item after it and ends as such do."""
    refs = all_refs(article)
    at = next((n for n, (ls, j) in enumerate(refs) if ls is lines and j == 0), None)
    if not at:
        return
    ls, j = refs[at - 1]
    if quote_end(ls[j]):
        end_quotation_item(article, ls, j)
    else:
        end_item(article, ls, j)


_REFERENCE = r"(?:[A-Z]{1,2}\.\s*(?:[A-Z]\.\s*)?)?\d+[\w-]*(?:\s+(?:bis|ter|quater|[A-Z]))?"


# Words before « soit » the verb (« quelle que soit », « qu'il soit », « ne soit », « ce soit »)
_VERB_SUBJECTS = frozenset(["que", "qu", "il", "elle", "on", "ce", "ne", "n", "en", "y"])
# Words repeated at the head of each term of an alternative or a negation (« soit A, soit B », « ni A, ni B »)
_CORRELATIVES = frozenset(["soit", "ni", "tantôt"])


def _next_term(left: str, new: str, right: str) -> bool:
    """Words ending with their own comma (not opening with one) put after words a comma follows, opening with
    the correlative word that opens the term those words end (« soit de B, » after « …, soit de A » in « …,
    soit de A, soit de ces deux ensembles »), are a term of the same series put after that one: they go
    after its comma (« soit de A, soit de B, soit de ces … »). The series' first term follows no comma (« elles
    intègrent soit un procédé …, soit un système »): the correlative word found in the words back to the comma
    before opens it when the term after the comma opens with it too. Other words ending with a comma (a
    complement, « dans sa forme standard, ») are put where said, the comma leaving one."""
    new = new.strip()
    if new[-1:] != "," or new[:1] == "," or right.lstrip(BLANKS)[:1] != ",":
        return False
    term = re.split(r"[,;:.]", left)[-1]  # the term the anchor ends, back to the comma or stop before it
    word = _first_word(term.strip(BLANKS))[0]
    if word in _CORRELATIVES and _first_word(new)[0] == word:
        return True
    word = _first_word(new)[0]
    after = _first_word(right.lstrip(BLANKS)[1:].strip(BLANKS))[0]
    # « soit » inside the term, opening it: not the verb (« quelle que soit », « qu'il soit », « ne soit »)
    opened = [
        m for m in re.finditer(rf"(?<!\w)(?:(\w+)\W+)?(?<!\w){word}(?!\w)", fold(term).lower())
        if m.group(1) not in _VERB_SUBJECTS
    ]
    return word in _CORRELATIVES and after == word and bool(opened)


# Verbs an infinitive completes (« faire partager », « pouvoir stocker »): no list's item after them
_GOVERNING = frozenset(["faire", "laisser", "voir", "entendre", "sentir", "envoyer", "pouvoir", "devoir", "savoir"])
_GOVERNING |= frozenset(["vouloir", "aller", "venir", "oser", "sembler", "paraitre", "falloir"])
_INFINITIVE = r"[a-zà-ÿ]{2,}(?:er|ir|re|oir)"


def _infinitives(left: str, new: str, right: str) -> bool:
    """One infinitive ending with its own comma (« partager, ») put after a bare infinitive that opens its
    phrase or follows a comma (« Produire, consommer ») before the list's « , » (« et », « ou ») and another bare
    infinitive (« , stocker »): two infinitives do not follow one another (unless a verb governs the second:
    « faire partager »), so the new one is an item of the list, never words completing the one before."""
    word = re.fullmatch(rf"({_INFINITIVE}),", fold(new).strip().lower())
    before = re.search(rf"(?:^|[,;:«\"“]|\d°|[a-z]\))[^\S\n]*({_INFINITIVE})$", fold(left).lower())
    after = re.match(rf"[^\S\n]*(?:,|et|ou)[^\S\n]+({_INFINITIVE})(?!\w)", fold(right).lower())
    return bool(word and before and after) and before.group(1) not in _GOVERNING  # type: ignore[union-attr]


def _item_or_complement(left: str, new: str, right: str) -> str:
    """Words ending with their own comma put after words a comma (or « et », « ou ») follows, opening like the
    words after that comma (« et », « ou ») open (« les centres …, » before « , les fondations »; « de
    prévention, » before « , de contrôle »; « la Polynésie française, » before « et toute autre
    collectivité »): an item of the list after that comma (« recherche, les centres …, les fondations ») or
    words completing the term before (« recherche les plus actifs, »), not said; before « et », no comma would
    stand between the item before and them. Whatever the term before opens with (the list's first item follows
    no comma: « partagé avec les régions, les collectivités »). The comma, « et » or « ou » when refused, else ""."""
    new = new.strip()
    joined = re.match(r"[^\S\n]*(?:,|(?:et|ou)(?!\w))", fold(right))
    if new[-1:] != "," or new[:1] == "," or not joined or joined.group().strip() != "," and left.rstrip()[-1:] == ",":
        return ""  # after a comma (« les communes, » then « les départements, » before « et »): an item, as written
    after = right[joined.end() :].strip(BLANKS)
    alike = _first_word(new)[1] & _first_word(after)[1] - {"other", "bare"}
    return joined.group().strip(BLANKS) if alike or _infinitives(left, new, right) else ""


def _comma_on_comma(new: str, right: str) -> bool:
    """One bare word ending with its own comma (« immobilier, », « communiquer, ») put right before a comma of the
    text: an item after that comma, or a word completing the one before, not said. Words opening with « et »,
    « ou », a preposition or an article (« ou de récupération, », « par canalisation, », « et le froid, »), or an
    adverb in « -ment » (« localement, ») complete the words before: their comma and the text's are one."""
    word = re.fullmatch(r"([^\W\d_]+),", fold(new).strip())
    if not word or right.lstrip(BLANKS)[:1] != ",":
        return False
    return _first_word(word.group(1))[1] == {"bare"} and not word.group(1).lower().endswith("ment")


def _in_list(anchor: str, new: str, right: str) -> bool:
    """A reference put after « X, » in front of the next reference of a list (« L. 4221-9, » then
    « L. 4221-14-1 ») is an item of that list: it takes the comma that separates it from the next one.
    Two references side by side are never meant; other words are left as written."""
    return (
        fold(anchor).rstrip().endswith(",")
        and re.fullmatch(_REFERENCE, fold(new).strip()) is not None
        and re.match(rf"\s+{_REFERENCE}(?!\w)", fold(right)) is not None
    )


# Words that open a sentence and take a small letter once other words come before them; any other
# word (« État », « Paris », « Art. ») keeps its capital.
_COMMON_OPENERS = frozenset(
    re.findall(
        r"\w+",
        "le la les l un une des du de d ce cet cette ces il elle ils elles on en dans à au aux pour par sur sous si "
        "lorsque lorsqu quand tout toute tous toutes chaque son sa ses leur leurs nul nulle aucun aucune sauf sans "
        "avant après dès depuis entre pendant selon lors cela ceci celui celle ceux celles afin jusqu jusque "
        "nonobstant durant outre hormis excepté "
        # adverbs linking a sentence to the one before (« Toutefois, … » becomes « Par exception, toutefois, … »)
        "toutefois cependant néanmoins ainsi enfin également pourtant désormais dorénavant "
        # verbs opening a sentence whose subject follows (« Sont précisés par décret … », « Demeurent … »)
        "est sont peut peuvent doit doivent a ont sera seront demeure demeurent reste restent",
    )
)


def _is_item(line: str) -> bool:
    """An item of an enumeration: numbered or lettered (« 1° », « a) ») or opened by a dash (« – de … »)."""
    return mark_kind(line) in ("arabic", "letter") or bool(re.match(r'[\s«"“]*[-–—]\s', line))


def _is_mark(words: str) -> bool:
    """A division mark or an article's heading (« 2° », « II. – », « Art. L. 1. – »)."""
    words = words.strip()
    return bool(MARK.match(words) or ROMAN_ITEM.match(words)) or bool(re.search(r"[–—-]$", words))


def _opening(new: str, line: str, at: int) -> tuple[str, str]:
    """Words put at the start of an alinéa or phrase open its sentence: theirs takes the capital, and the
    word that opened it a small letter when it is an article, a pronoun or a preposition. A division
    mark or heading (« 2° », « II. – », « Art. L. 1. – ») or a whole phrase (ending with a full stop)
    changes nothing."""
    if _is_mark(new) or re.search(r"[.:!?]$", new.strip()):
        return new, line
    word = re.match(r"(\w+)", line[at:])
    # an item opening with a verb in the infinitive (« 5° Ordonner … ») takes a small letter too
    mark = line[:at].strip(BLANKS + '«"“')
    infinitive = (
        bool(word)
        and bool(mark)
        and _is_mark(mark)
        and bool(re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:er|ir|re|oir)", word.group(1) if word else ""))
    )
    common = word is not None and word.group(1).lower() in _COMMON_OPENERS and not _article_of_a_name(line, at)
    if word and word.group(1)[:1].isupper() and (common or infinitive):
        line = line[:at] + line[at].lower() + line[at + 1 :]
    return new[:1].upper() + new[1:], line


# names whose article is theirs, written with its capital inside a sentence too (« à La Réunion »): an
# overseas region, communes and firms that laws name; « le Gouvernement », « l'État » are not such names
_NAMES_WITH_ARTICLE = re.compile(
    r"(?:La Réunion|La Poste|La Française des jeux|Le Havre|Le Mans|La Rochelle|La Roche-sur-Yon|Le Puy-en-Velay"
    r"|Les Sables-d'Olonne|Le Lamentin|Le Tampon|Le Port|Le Gosier|Les Abymes|Le Moule|Le Robert|Le François"
    r"|Le Marin|La Trinité|Le Vauclin|La Possession|Le Mont-Saint-Michel)(?![\w-])"
)


def _article_of_a_name(line: str, at: int) -> bool:
    """Whether the article opening the words at `at` is part of a name (« La Réunion »): one of those
    names, or words the same alinéa writes with their capital article inside a sentence (« … à La Foo »)."""
    if _NAMES_WITH_ARTICLE.match(fold(line), at):
        return True
    name = re.match(r"(?:Le|La|Les) [A-ZÀ-Ý][\w-]+", line[at:])
    if name is None:
        return False
    return bool(re.search(rf"[a-zà-ÿ,] {re.escape(name.group(0))}(?![\w-])", line[at + 1 :]))


def _append_sentence(article: Article, edit: Edit, ctx: Ctx) -> None:
    for slot in one_alinea(article, edit.place, ctx):
        line = slot.text[0]
        lo, hi = place_span(line, edit.place, ctx)
        at = lo if edit.place.end == "début" else hi  # before the phrase named, or after it (inside quotes)
        quoting = ENDS_QUOTING.search(quotes_folded(line), lo, hi) if edit.place.end != "début" and at == hi else None
        if quoting and quoting.group("semi") and ends_quoting_phrases(line, lo, hi) is None:
            quoting = None  # words quoted ending « ; » (« les mots : « X ; » »): not phrases, as before
        head, new = line[:at].rstrip(BLANKS), _phrase_stopped(edit.new[0].rstrip(), line[:at])
        if quoting:
            at = _append_to_quoted(slot, line, quoting, edit, ctx)
            line = slot.text[0]
            if quoting.group("semi"):
                # the quoted phrases end an item (« … carbone ; » »): the last now ends with a full stop, the
                # new one, last of them, with the item's « ; » (« … carbone. Cette comptabilisation … ; » »)
                if not new.endswith(".") or new.endswith(".."):
                    reason = "the alinéa ends with a quotation; whether the phrase goes inside it is not said"
                    raise ctx.fail(reason, "ambiguous")
                cut = at - len(quoting.group("semi"))
                space = line[cut : at - 1] or " "
                slot.text[0] = line[:cut] + ". " + new[:-1].rstrip() + space + ";" + line[at:]
                continue
        elif at == hi and head.endswith(";") and new.endswith(".") and not new.endswith(".."):
            # an item ending « ; » completed by a phrase: the phrase before now ends with a full stop, and the
            # new one, last of the item, with its « ; » (« … second tour. Leur mandat est prorogé ; »)
            if _ends_quoting_words(head[:-1]):
                # « … sont insérés les mots : « , y compris bénévoles, » ; »: a stop after those words would be
                # invented, and whether the phrase goes inside the quotation is not said
                raise ctx.fail("the alinéa ends with quoted words; where the phrase goes is not said", "ambiguous")
            cut = len(head[:-1].rstrip(BLANKS))
            space = line[cut : len(head) - 1] or " "
            slot.text[0] = line[:cut] + ". " + new[:-1].rstrip() + space + ";" + line[at:]
            continue
        _splice(Hit(slot, 0, at, at), at, at, _joined(line[:at], new, line[at:]))


def _ends_quoting_words(text: str) -> bool:
    """Whether `text` ends with a quotation of words that end no phrase (« les mots : « , y compris
    bénévoles, » »), not with a phrase's stop inside or after its closing quote."""
    folded = quotes_folded(text).rstrip(BLANKS)
    quoted = re.search(r'"([^"]*)"$', folded)
    return quoted is not None and not re.search(r"[.!?…]\s*$", quoted.group(1))


def _phrase_stopped(new: str, before: str) -> str:
    """A phrase put after the alinéa's phrases ended by a stop, given without one of its own (« … le 13
    janvier 2012 ». , the full stop after the amendment's quote being the instruction's): a phrase is a
    sentence, it ends with a full stop as they do. After an alinéa ending otherwise (a heading, « : »), the
    phrase is put as given."""
    ended = re.search(r"[.;!?…]$", before.rstrip(BLANKS + '»"”'))
    if ended and re.search(r"[^\s.;:!?…][»\"”]?$", new) and not re.search(r"[.;:!?…]\s*[»\"”]$", new):
        return new + "."
    return new


def _append_to_quoted(slot: Slot, line: str, quoting: re.Match[str], edit: Edit, ctx: Ctx) -> int:
    """A phrase completing an alinéa that ends with the phrases it quotes (« c) L'article L. 1 est complété
    par une phrase ainsi rédigée : « X. » ; »): after « » ; » no phrase can follow. When the alinéa
    announces those phrases by their count, the new one joins them, inside the quotes, and the count is
    said again (« deux phrases ainsi rédigées »); otherwise where it goes is not said: refused."""
    announced = ANNOUNCES.search(fold(line[: quoting.start("quote")]).rstrip() + " ")
    was = len(phrase_spans(quoting.group("inner")))  # « L. 1522-5. » ends a phrase, « L. » does not
    if announced is None or announced.group("noun") != "phrase" or number(announced.group("count")) != was:
        reason = "the alinéa ends with a quotation; whether the phrase goes inside it is not said"
        raise ctx.fail(reason, "ambiguous")
    now = was + len(phrase_spans(edit.new[0].strip()))
    if count_said(now, announced.group("count")) is None:
        raise ctx.fail("the alinéa ends with a quotation; whether the phrase goes inside it is not said", "ambiguous")
    said = counted(announced, now).removesuffix(announced.group("colon"))
    slot.text[0] = line[: announced.start()] + said + line[announced.start("colon") :]
    shift = len(slot.text[0]) - len(line)
    return quoting.end("inner") + shift


def _replace_end(article: Article, edit: Edit, ctx: Ctx, new: str | None = None) -> None:
    if new is None and len(edit.new) > 1:
        # a new end of several alinéas (« Après le mot : dont / rédiger ainsi la fin de cet alinéa :
        # « – trois … ; » « – un … ; » …): whether the first goes on after the anchor or opens an alinéa,
        # and what comes before the others, is not said
        raise ctx.fail("it gives several alinéas for the end of an alinéa", "ambiguous")
    text = " ".join(edit.new) if new is None else new
    if edit.anchor:
        hits = find(article, edit.place, edit.anchor, ctx, 1, edit.occurrence)
        ctx.anchors += hits if edit.keep_anchor else []
    else:
        hits = [Hit(s, 0, 0, 0) for s in one_alinea(article, edit.place, ctx)]
    for hit in hits:
        line = hit.slot.text[hit.line]
        lo, hi = place_span(line, edit.place, ctx)
        if edit.place.anchored:  # the end of the phrase the anchor is in
            hi = next(end for begin, end in phrase_spans(line) if begin <= hit.start < end)
        if edit.place.to_alinea_end:  # « À la première phrase …, après X, … la fin de l'alinéa »: the alinéa's
            hi = frame(line)[1]
        start = hit.end if edit.keep_anchor and edit.anchor else (hit.start if edit.anchor else lo)
        own = frame(line)[0]
        if not edit.anchor and own < start and normal(text[: own_start(text, 0)]) == normal(line[own:start]):
            start = own  # a first phrase rewritten with the alinéa's mark (« I. – La … »): the mark is not doubled
        closing = re.match(rf'[{BLANKS}]*[»"”]', line[start:hi])
        if closing and text[:1] not in '»"”' and _inside_quoted_words(line[:start]):
            start += closing.end()  # the words named end where quoted words end: their quote stays
        tail = line[start:hi]
        kept = _quote_kept(line[own:start], tail) if not text else None
        if kept is not None:  # deleted from inside quoted words: their closing quote and the stops stay
            _splice(hit, start, start + kept, "")
            continue
        if not text and _closes_later(line[own:start], tail):
            # « … les mots : « jusqu'au 31 décembre 2019 et 150 » sont remplacés … », the end deleted after
            # « 2019 »: the alinéa's end goes past the quote closing those words; whether it goes with the words
            # after it (the quotation left open) or the quoted words end there is not said
            reason = "it deletes the end of the alinéa from inside quoted words that close before it"
            raise ctx.fail(reason, "ambiguous")
        closed = _closes_quotation(line[:start], tail, text)
        stop = tail.rstrip(BLANKS + '»"”')[-1:]
        # words deleted to the end keep its stop; new words keep it when they end with none of their own
        # (« … au dimanche 21 juin 2020 ». : the full stop after the quote is the instruction's); after the
        # quote the new end closes (« … six mois." ; »), the stop there is the alinéa's own
        ended = closed == text and bool(re.search(r"[.;:!?…]\s*[»\"”]?\s*$", text))
        if closed != text:  # the stop after the quote only (« … crise sanitaire." » has none)
            after = re.search(r'[»"”][\s\u00a0\u202f]*([.;:]?)[\s\u00a0\u202f]*$', tail)
            stop = after.group(1) if after else ""
        text = closed
        stop = stop if stop in ".;:" and (new is not None or not ended) else ""
        if stop in (";", ":") and text:  # with the space French puts before it, as the text had it
            space = re.search(rf"([{BLANKS}]*)[;:][{BLANKS}»\"”]*$", tail)
            stop = ((space.group(1) if space else "") or " ") + stop
        if not text and stop in (";", ":"):  # French puts a space before « ; » and « : »
            _splice(hit, start, hi, (" " if line[:start][-1:] != " " else "") + stop)
            continue
        _splice(hit, start, hi, _joined(line[:start], text + stop, line[hi:]) if text + stop else "")


_DELETED_ITEMS = re.compile(
    r"^(?P<quote>[«\"“]?\s*)(?:(?P<a>\d+)\s*°\s*(?P<sep>et|à)\s*(?P<b>\d+)\s*°|"
    rf"(?P<la>[a-z])\s*(?P<lsep>et|à)\s*(?P<lb>[a-z])\s*\))\s*{NOTED_DELETED}\s*\.?$"
)


def _restore_one(article: Article, edit: Edit, ctx: Ctx) -> bool:
    """« À l'alinéa 2, rétablir le 1° … » where alinéa 2 reads « 1° et 2° (Supprimé) » (« 1° à 3° », « a et
    b) »): the 1° is put back in its place, the others stay recorded as deleted (« 2° (Supprimé) »)."""
    slot = article.slots[slot_index(article, (edit.place.alineas or (0,))[0], ctx)]
    m = _DELETED_ITEMS.match(fold(" ".join(slot.text)).strip())
    if m is None or len(slot.text) != 1:
        return False
    if m["a"]:
        a, b = int(m["a"]), int(m["b"])
        marks = [f"{n}°" for n in (range(a, b + 1) if m["sep"] == "à" else (a, b))]
    else:
        a, b = ord(m["la"]), ord(m["lb"])
        marks = [f"{chr(n)})" for n in (range(a, b + 1) if m["lsep"] == "à" else (a, b))]
    named = edit.place.item.replace(" ", "")
    if named not in marks:
        return False
    quote = slot.text[0][: len(m["quote"])]
    at = marks.index(named)
    new = requote(edit.new, slot.text[0], True)
    stones = [f"{quote}{k} (Supprimé)" for k in marks]
    slot.text = stones[:at] + new + stones[at + 1 :]
    return True


def _inside_quoted_words(before: str) -> bool:
    return before.count('"') % 2 == 1 or before.count("«") > before.count("»")


_QUOTE_KEPT = re.compile(rf'(?:[.!?](?=[{BLANKS}]*[»"”]))?[{BLANKS}]*(?P<quote>[»"”])[{BLANKS}.;:]*$')


def _quote_kept(before: str, tail: str) -> int | None:
    """The end of an alinéa deleted from inside words it quotes (« … complétée par les mots : « jusqu'au 31
    décembre 2019 et 150 … 2020 ». », after « 2019 »): the words quoted end where the deletion ends, their
    closing quote (with the stop a quoted phrase ends with inside it) and the alinéa's stop stay. Where in
    `tail` they begin; None when `before` (the alinéa's own words) opens no quote that `tail` closes at its end."""
    m = _QUOTE_KEPT.search(tail)
    if m is None:
        return None
    gone = tail[: m.start()]
    if m["quote"] == '"':  # straight quotes do not say which opens and which closes: none may be deleted
        return m.start() if before.count('"') % 2 == 1 and '"' not in gone else None
    # the quote kept is the one closing the words opened before: none closes them amid the words deleted
    depths = accumulate(1 if c in OPEN else -1 for c in gone if c in OPEN + CLOSE)
    return m.start() if quote_depth(before) > 0 and min(depths, default=0) >= 0 and quote_depth(gone) == 0 else None


def _closes_later(before: str, tail: str) -> bool:
    """Whether `tail` closes words quoted in `before` (the alinéa's own words up to it) and goes on after them."""
    if before.count('"') % 2 == 1:
        return '"' in tail
    depths = accumulate(1 if c in OPEN else -1 for c in tail if c in OPEN + CLOSE)
    return quote_depth(before) > 0 and min(depths, default=0) < 0


def _closes_quotation(before: str, tail: str, text: str) -> str:
    """A new end put inside words the alinéa quotes (« … complété par les mots : ", par les agents …
    convention". », rewritten after « agents »): the quote the old end closed, the new one closes too."""
    opened = _inside_quoted_words(before)
    close = re.search(r'([»"”])[\s.;:]*$', tail)
    if not text or not opened or not close or re.search(r'[»"”]\s*[.;:]?\s*$', text):
        return text
    body = re.sub(r"\s*[.;:]$", "", text.rstrip())
    # quoted phrases (« … crise sanitaire." ; ») end with their stop inside the quote: the new end keeps its
    # own, or takes theirs; quoted words with none (« … convention". ») take none
    inner = re.search(r"([.!?])[\s\u00a0\u202f]*[»\"”][\s.;:]*$", tail)
    if inner:
        own = re.search(r"[.!?]$", text.rstrip())
        body = text.rstrip() if own else body + inner.group(1)
    return body + ("\u00a0»" if close.group(1) == "»" else close.group(1))


def _rewrite_start(article: Article, edit: Edit, ctx: Ctx) -> None:
    """« Rédiger ainsi le début de l'alinéa 8 : « X Y Z… (le reste sans changement) » »: the new start
    ends with words the old text has; the longest run of its last words (two at least, or one word of
    five letters or more) found in the place, once, is where the rest begins. Found twice, or not at
    all, is refused: where the start ends is not said."""
    new = edit.new[0]
    if edit.anchor:
        _rewrite_upto(article, edit, ctx)
        return
    words = new.split()[-_TAIL_WORDS:]  # a run of its last words that long, found once, is found: no need of more
    for slot in one_alinea(article, edit.place, ctx):
        line = slot.text[0]
        lo, hi = place_span(line, edit.place, ctx)
        found, at = _longest_tail_found(words, fold(line), lo, hi)
        last = re.sub(r"\W+$", "", words[-1]) if words else ""
        if found < 2 and len(last) >= 5 and last.isalpha():
            # « Lorsque plusieurs référendums sont organisés… » for « … seraient organisés le même jour »:
            # one word, not a small one, found once, also marks where the rest begins
            found, at = 1, list(words_pattern(last).finditer(fold(line), lo, hi))
        if found < 1 or not at:
            reason = "the new start does not end with words the text has, so where the rest begins is not said"
            raise ctx.fail(reason, "not_found")
        if len(at) > 1:
            raise ctx.fail(f"the last words of the new start, « {' '.join(words[-found:])} », occur twice", "ambiguous")
        first = next((end for begin, end in phrase_spans(line) if begin <= lo < end or lo < begin), hi)
        if at[0].end() > first:  # a start is the start of a phrase: words found further on are not its end
            raise ctx.fail("the new start ends with words found only past the first phrase", "not_found")
        _check_earlier_end(new, line, lo, at[0], ctx)
        own = own_start(line, max(lo, frame(line)[0]))
        if lo < own < at[0].start() and not normal(new[: own_start(new, 0)]):
            lo = own  # « II. – Les fournisseurs … » given a new start without its mark: the mark stays
        _splice(Hit(slot, 0, lo, at[0].end()), lo, at[0].end(), new)


def _rewrite_upto(article: Article, edit: Edit, ctx: Ctx) -> None:
    """« Rédiger ainsi le début de l'alinéa 1 jusqu'aux mots : X : … »: from the start of the alinéa (after
    its own mark, unless the new start gives one) to the end of X, found once there."""
    new = edit.new[0]
    for hit in find(article, edit.place, edit.anchor, ctx):
        line = hit.slot.text[hit.line]
        lo = place_span(line, edit.place, ctx)[0]
        own = own_start(line, max(lo, frame(line)[0]))
        if lo < own <= hit.start and not normal(new[: own_start(new, 0)]):
            lo = own  # the mark stays
        _splice(hit, lo, hit.end, new)


def _check_code_article_for_own(first: str, new: tuple[str, ...], ctx: Ctx) -> None:
    """An alinéa of the bill's own (« III. – En application … ») rewritten as a code article (« "Art. L.
    5713-1-2. – Il est institué … », its quote the amendment's): a code article stands only in a quotation
    that an alinéa introduces, and whether it joins the one before (its quote, its count) or another, is not
    said: refused. Not when the alinéa replaced is itself such an article, its quote lost in the data."""
    own = not opened(first) and not ARTICLE_HEADING.match(fold(first).lstrip())
    if own and new and ARTICLE_HEADING.match(fold(new[0]).lstrip()):
        raise ctx.fail("it rewrites an alinéa of the bill's own as a code article, in no quotation", "ambiguous")


def _changed_words(new: str, old: str) -> int:
    """How many words differ between two texts (put or taken out), as a word diff counts them."""
    a, b = re.findall(r"\w+", fold(new).casefold()), re.findall(r"\w+", fold(old).casefold())
    same = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return len(a) + len(b) - 2 * same


def _check_earlier_end(new: str, line: str, lo: int, run: re.Match[str], ctx: Ctx) -> None:
    """The new start's last word found earlier than the run of last words that marks where the rest
    begins (« Dans les mêmes conditions, le Premier ministre » on « Dans les mêmes conditions, le
    ministre chargé de la santé peut … prescrites par le Premier ministre en application … »): when
    ending there changes fewer words than ending at the run (which here deletes seventeen), the start
    may as well end there; where the rest begins is not said: refused."""
    last = re.findall(r"\w+", new)[-1:]
    if not last:
        return
    cost = _changed_words(new, line[lo : run.end()])
    for m in words_pattern(last[0]).finditer(fold(line), lo, run.start()):
        if _changed_words(new, line[lo : m.end()]) < cost:
            said = f"the new start may as well end at the earlier « {last[0]} »; where the rest begins is not said"
            raise ctx.fail(said, "ambiguous")


_TAIL_WORDS = 40


def _longest_tail_found(words: list[str], folded: str, lo: int, hi: int) -> tuple[int, list[re.Match[str]]]:
    """The most last words (two at least; 0 if not even two) found in `folded[lo:hi]`, and where.
    A longer run of last words is found at fewer places, so the longest is searched by halves."""

    def hits(k: int) -> list[re.Match[str]]:
        return list(words_pattern(" ".join(words[-k:])).finditer(folded, lo, hi))

    found, missing = 1, len(words) + 1
    while missing - found > 1:
        k = (found + missing) // 2
        found, missing = (k, missing) if k >= 2 and hits(k) else (found, k)
    return (found, hits(found)) if found >= 2 else (0, [])


def _delete_end(article: Article, edit: Edit, ctx: Ctx) -> None:
    _replace_end(article, edit, ctx, new="")


def _closed_at_end(lines: list[str], ctx: Ctx) -> list[str]:
    """A whole article given with its last quotation (the alinéas opening with a quote after the one that
    introduces it, « … ainsi rédigé : ») left open at its end: nothing comes after the article's text, the
    quotation ends with it and is closed there. A quote closing it once amid those alinéas, the next ones
    going on with its quote and none closing, is misplaced (no quotation stands without an alinéa
    introducing it, and this one is not closed where it ends): it is dropped. Closed several times amid
    them, or a quote inside them left open, where it ends is not said: refused."""
    if not lines or not opened(lines[-1]):
        return lines
    start = len(lines) - 1
    while start > 0 and opened(lines[start - 1]):
        start -= 1
    if start == 0 or opened(lines[start - 1]) or not INTRODUCES.search(fold(lines[start - 1]).strip()):
        return lines
    run, depth, closed = lines[start:], 1, []
    for j, line in enumerate(run):
        depth += quotes_left(line)
        if depth <= 0:
            closed.append(j)
            depth = 1  # the alinéa after it opens with the quotation's quote: it goes on, or begins another
    if closed[-1:] == [len(run) - 1]:
        return lines  # closed at its end
    if depth != 1 or len(closed) > 1:  # closed several times amid it, or a quote inside left open
        raise ctx.fail("its text opens a quotation that it never closes", "not_understood")
    out = list(lines)
    for j in closed:
        line = out[start + j].rstrip()
        stop = CLOSING.search(line)
        if stop is None:  # closed amid the alinéa's words: not a misplaced end
            raise ctx.fail("its text opens a quotation that it never closes", "not_understood")
        mark = stop.group(0).strip(BLANKS + '»"”')
        out[start + j] = line[: stop.start()] + (f" {mark}" if mark == ";" else mark)
    out[-1] = out[-1].rstrip() + {"«": " »", "“": "”", '"': '"'}[run[0][0]]
    return out


def _rewrite(article: Article, edit: Edit, ctx: Ctx) -> None:
    if edit.place.alineas is None:
        article.__init__(ended_with_stop(_closed_at_end(list(edit.new), ctx)))  # type: ignore[misc]
        return
    if edit.place.item and len(edit.place.alineas) == 1 and _restore_one(article, edit, ctx):
        return
    slots = slots_named(article, edit.place, ctx)
    held = [article.slots.index(s) for s in slots]
    if held != list(range(held[0], held[-1] + 1)):  # « Alinéas 48 et 60 / Rédiger ainsi ces alinéas : » one text
        if len({fold(article.original[i]) for i in held}) > 1:  # each rewritten so, or both made one: not said
            raise ctx.fail("it rewrites as one text alinéas that are apart", "ambiguous")
        for n in edit.place.alineas or ():  # the same alinéa twice: each rewritten so, as a substitution in each
            _rewrite(article, replace(edit, place=replace(edit.place, alineas=(n,))), ctx)
        return
    _check_whole_quotation(article, slots, ctx)
    _check_items_left(article, held[0], held[-1], edit.new, ctx)
    first = (slots[0].text or [article.original[0]])[0]
    _check_code_article_for_own(first, edit.new, ctx)
    last = (slots[-1].text or [""])[-1] or first
    following = article.original[held[-1] + 1] if held[-1] + 1 < len(article.original) else ""
    if kept_number_ending(last, following) and not re.search(rf"{NOTED_DELETED}\.?$", edit.new[-1].rstrip()):
        # its quotation ended there, with no closing quote (as texts write it): the text put back closes it
        last = last.rstrip() + {"«": " »", "“": "”", '"': '"'}[last[0]]
    edit = replace(edit, new=check_unclosed(edit.new, first, ctx))
    at = article.slots.index(slots[0])
    around = article.original[at - 1] if at else "", article.original[at + 1] if at + 1 < len(article.original) else ""
    if not opened(first) and all(around) and opened(around[0]) and not quote_end(around[0]) and opened(around[1]):
        first = f"« {first}"  # « (Alinéa supprimé) » amid a quotation (a comparative text) is the quotation's
    # a quoted alinéa rewritten stays in its quotation, whether the amendment quoted the new text or not
    slots[0].text = ended_with_stop(requote(edit.new, first, True, last))
    if opened(first) and not any(quote_end(article.original[i]) for i in held[:-1]):
        slots[0].text = goes_on(slots[0].text, not quote_end(last) and opened(following))
    closing = quote_end(last)
    tombstone = bool(slots[0].text) and re.search(rf"{NOTED_DELETED}\.?$", slots[0].text[-1].rstrip())
    if closing and slots[0].text and opened(slots[0].text[0]) and not quote_end(slots[0].text[-1]) and not tombstone:
        # the quotation it closed, it still closes (« « Art. L. 6. – (Supprimé) » ends one without, as texts write it)
        slots[0].text[-1] = slots[0].text[-1].rstrip() + closing
    lost = "" if opened(last) else last[unmatched_closing(last) :].strip()
    if lost and slots[0].text and not CLOSING.search(slots[0].text[-1]) and not tombstone:
        # the last alinéa of a quotation whose opening quote is on its first alinéa, or lost in the data
        # (« … aptitudes." »): its closing quote is the quotation's, which the new text still closes
        slots[0].text[-1] = slots[0].text[-1].rstrip() + (f" {lost}" if lost[0] == "»" else lost)
    for slot in slots[1:]:
        slot.text = []
    if slots[0].text:
        end_item(article, slots[0].text, len(slots[0].text) - 1, (first, last))
        if not opened(slots[0].text[0]):  # an item rewritten, ending with the quotation it introduces
            end_quotation_item(article, slots[0].text, len(slots[0].text) - 1)


def _check_roman_deleted(article: Article, slots: list[Slot], ctx: Ctx) -> None:
    """A roman item (« iii) ») deleted by its alinéa, the lettered item holding it left: what stays of it
    (« iii) (Supprimé) », or nothing, « iv) » then following « ii) ») is not read, as when it is named
    (« Supprimer le iii) du b) »). Deleted with its lettered item, that one keeps its letter alone."""
    gone = {article.slots.index(slot) for slot in slots}
    original = article.original
    if not any(i < len(original) and DIVISION_MARKS[4].match(fold(original[i]).strip()) for i in gone):
        return  # no alinéa gone opens with a small roman numeral (quoted ones are not the article's)
    kinds = mark_levels(heads_of(article))
    for i in sorted(gone):
        if i >= len(kinds) or kinds[i] != 4:
            continue
        above = next((k for k in range(i - 1, -1, -1) if kinds[k] not in (4, None)), None)
        if above is None or kinds[above] != 3 or above not in gone:
            raise ctx.fail("deleting items numbered « i) », « ii) » … is not read", "not_understood")
        # deleted with its lettered item, the roman items left after it would hang on nothing (« b et i)
        # (Supprimé) » then « ii) »): all of them go with it, or what is meant is not said
        below = takewhile(lambda k: kinds[k] in (4, None), range(above + 1, len(kinds)))
        if any(kinds[k] == 4 and k not in gone for k in below):
            reason = f"it deletes alinéa {above + 1}, which introduces the items after it, and leaves them"
            raise ctx.fail(reason, "ambiguous")


def _delete(article: Article, edit: Edit, ctx: Ctx) -> None:
    if edit.place.alineas is None:
        article.deleted = True
        return
    if edit.place.phrase is not None:
        for slot in one_alinea(article, edit.place, ctx):
            line = slot.text[0]
            lo, hi = place_span(line, edit.place, ctx)
            within_quotes(line, lo, hi, ctx)
            if not line[own_start(line, frame(line)[0]) : lo].strip(BLANKS) and hi >= frame(line)[1]:
                # every phrase gone, its mark too: the alinéa is deleted (« 2° (Supprimé) » where it is due)
                _delete(article, replace(edit, place=replace(edit.place, phrase=None, phrases=1)), ctx)
                continue
            stop = line[: frame(line)[1]].rstrip()[-1:] if hi >= frame(line)[1] else ""
            _splice(Hit(slot, 0, lo, hi), lo, hi, "")
            if stop in (";", ":"):  # the last phrase gone, the alinéa still ends as an item does
                left = slot.text[0]
                end = frame(left)[1]
                if left[:end].rstrip().endswith("."):
                    cut = len(left[:end].rstrip()) - 1
                    slot.text[0] = left[:cut].rstrip() + f" {stop}" + left[end:]
        return
    slots = slots_named(article, edit.place, ctx)
    if all(slot in article.stones for slot in slots):  # deleted already at this sitting, its number kept: the same
        return
    _check_roman_deleted(article, slots, ctx)
    _check_whole_quotation(article, slots, ctx)
    _check_quotation_gone(article, slots, ctx)
    first, last = article.slots.index(slots[0]), article.slots.index(slots[-1])
    original, before = article.original, article.original[first - 1] if first else ""
    whole_quotation = all(opened(original[n]) for n in range(first, last + 1)) and bool(quote_end(original[last]))
    whole_quotation = whole_quotation and not _each_own(article, last)  # « "X." », « "Y." »: Y is of it too
    announced = bool(before) and not opened(before) and before.rstrip().endswith(":")
    introduces = bool(slots[-1].text) and slots[-1].text[-1].rstrip().endswith(":")
    runs: list[list[Slot]] = []
    levels = mark_levels(heads_of(article)) if len(slots) > 1 else []  # one alinéa deleted is one run: not counted
    for slot in slots:  # the alinéas deleted, in runs of alinéas next to each other
        i = article.slots.index(slot)
        # a division above the run's first (« II. – » after « 3° ») is no item of it: it keeps its own number
        top = levels[article.slots.index(runs[-1][0])] if runs else None
        rises = top is not None and (level := levels[i]) is not None and level < top
        if runs and i == article.slots.index(runs[-1][-1]) + 1 and not rises:
            runs[-1].append(slot)
        else:
            runs.append([slot])
    kept = {id(run[0]): [] if article.instructions else tombstones([t for s in run for t in s.text]) for run in runs}
    # the quote each run's last alinéa closed its quotation with (« Alinéas 29 et 32 », both closing one)
    closings = {id(run[0]): _run_closing(run) for run in runs}
    for slot in slots:
        slot.text = []
    for run in runs:  # a number is kept for the divisions left after it; the last of its kind goes whole
        stones = kept[id(run[0])]
        if stones and _siblings(article, run[0], stones[0]):
            _check_heading_gone(article, run, stones[0], ctx)
            run[0].text = stones
            article.stones.append(run[0])
            if TOMBSTONE_MARKS["article"].match(stones[0].lstrip(BLANKS + '«"“')):
                article.headings[article.slots.index(run[0])] = ctx
        else:
            kept[id(run[0])] = []
            # and so do those of its kind deleted before it in this sitting (« a) » then « b) »: both go)
            kind = mark_kind(stones[0]) if stones else ""
            for slot in [s for s in article.stones if kind and s.text and mark_kind(s.text[0]) == kind]:
                if not _siblings(article, slot, slot.text[0]):
                    slot.text = []
                    article.stones.remove(slot)
    after_run = next((t for s in article.slots[last + 1 :] for t in (*s.before, *s.text, *s.after)), "")
    if after_run and not opened(after_run):
        head = original[last].rstrip()
        if head.endswith(":") and mark_kind(after_run) in ("arabic", "letter") and not opened(original[last]):
            # « I. – Le code est ainsi modifié : » gone, its « 1° … » left with nothing to hang on
            reason = f"it deletes alinéa {last + 1}, which introduces the items after it, and leaves them"
            raise ctx.fail(reason, "ambiguous")
        stones = kept.get(id(runs[-1][0])) or []
        paragraph = bool(stones) and mark_kind(stones[0]) in ("roman", "capital")  # an item's prose is the one above's
        if paragraph and not mark_kind(after_run) and not HEADING.match(fold(after_run).lower()):
            # « II. – (Supprimé) » kept before an alinéa of that II left: what it belongs to now is not said
            reason = f"it deletes the first alinéa of a division and leaves the alinéa after it (alinéa {last + 2})"
            raise ctx.fail(reason, "ambiguous")
    for run in runs:
        _check_items_left(article, article.slots.index(run[0]), article.slots.index(run[-1]), (), ctx)
    if whole_quotation and announced and not any(kept.values()):
        # the whole quotation gone, nothing of it left, its announcing alinéa left alone (« … est complété par
        # un alinéa ainsi rédigé : » with nothing after it): whether that alinéa goes too is not said
        reason = f"it deletes the quotation that alinéa {first} introduces, and leaves that alinéa"
        raise ctx.fail(reason, "ambiguous")
    refs = all_refs(article)
    following = next((lines[j] for lines, j in refs if lines is slots[-1].after), None)
    if following is None:
        after = article.slots.index(slots[-1]) + 1
        following = next((t for s in article.slots[after:] for t in (*s.before, *s.text, *s.after)), "")
    if introduces and re.match(r"\(\s*alinéa sans modification\s*\)", fold(following).strip(BLANKS + '«"“'), re.I):
        # « 3° Après …, il est inséré un alinéa ainsi rédigé : » then « (Alinéa sans modification) », a comparative
        # text's line standing for the quotation: whether it goes with the 3° is not said
        reason = "it deletes an alinéa whose quotation a comparative text's line stands for, and leaves that line"
        raise ctx.fail(reason, "ambiguous")
    lines, k = line_before(article, article.slots.index(slots[0]))
    if introduces and opened(following) and not (k is not None and lines[k].rstrip().endswith(":")):
        # « IV. – L'article L. 1 est ainsi rédigé : » deleted after an alinéa that quotes nothing: a division
        # goes whole, its quotation with it (« IV. – (Supprimé) » stays when others of its kind do). After a
        # quotation, it may as well join that one (drafters merge quotations so): refused, as is a bare alinéa
        division = mark_kind(article.original[article.slots.index(slots[-1])])
        merges = k is not None and opened(lines[k])
        quotation = _quotation_after(article, slots[-1]) if division and not merges else None
        if quotation is None:
            reason = "it deletes the alinéa that introduces the quotation after it, and leaves the quotation"
            raise ctx.fail(reason, "ambiguous")
        for slot in quotation:
            slot.text = []
    for run in runs:
        # « "III. – (Supprimé) » ends it, as texts write it; « II. – (Supprimé) », the bill's own, does not
        if closings[id(run[0])] and not any(opened(t) for t in kept.get(id(run[0])) or []):
            _close_before(article, run, closings[id(run[0])], ctx)
    _check_items_gone(article, first, ctx)


# The heading of a division above code articles (« Section 6 », « Chapitre II »), not an article's
_DIVISION_HEADING = re.compile(r"(?:livre|titre|chapitre|section|sous-section|paragraphe)\s+\w+\s*$")


def _check_heading_gone(article: Article, run: list[Slot], stone: str, ctx: Ctx) -> None:
    """A run deleted that holds the heading of a division (« « Section 6 », its title) and a division under
    it whose number is kept (« « Art. L. 446-23. – (Supprimé) »): the number left would stand under the
    heading before (section 5), and how the division gone is recorded (its heading kept with « (Division et
    intitulé supprimés) », or the article's number gone with it) is not said: refused."""
    was = [article.original[article.slots.index(slot)] for slot in run]
    mark = fold(stone).lstrip(BLANKS + '"').split("(")[0].strip()
    at = next((k for k, line in enumerate(was) if fold(line).lstrip(BLANKS + '"').startswith(mark)), len(was))
    if any(_DIVISION_HEADING.match(fold(line).lstrip(BLANKS + '"').strip().lower()) for line in was[:at]):
        reason = "it deletes a division's heading and what it holds, whose number would stand under the heading before"
        raise ctx.fail(reason, "ambiguous")


def _run_closing(run: list[Slot]) -> str:
    """The quote a run of alinéas deleted closed a quotation with: its last alinéa's, or, when that one is
    the bill's own (« Alinéas 4 et 5 », « « Troisième. » » then « II. – … »), its last quoted alinéa's."""
    last = run[-1].text[-1] if run[-1].text else ""
    if not last or quote_end(last) or opened(last):
        return quote_end(last) if last else ""
    quoted = next((s.text[-1] for s in reversed(run) if s.text and opened(s.text[-1])), "")
    return quote_end(quoted) if quoted else ""


def _close_before(article: Article, run: list[Slot], closing: str, ctx: Ctx) -> None:
    """The quotation a run of deleted alinéas closed now ends at the alinéa before that run (« Alinéas 13
    et 64 », 64 closing it: at 63, not at 12; « Alinéas 29 et 32 », each closing one: at 28 and at 31)."""
    lines, k = line_before(article, article.slots.index(run[0]))
    if k is not None and opened(lines[k]) and not quote_end(lines[k]):
        item = mark_kind(lines[k]) in ("arabic", "letter") and lines[k].rstrip().endswith(";")
        if item:  # the item before is now its enumeration's last: it ends with a full stop, as the last does
            lines[k] = lines[k].rstrip()[:-1].rstrip() + "."
        if not re.search(r"[.!?]$", lines[k].rstrip()):
            reason = "the alinéa it deletes closed a quotation, and how the one before closes it is not said"
            raise ctx.fail(reason, "ambiguous")
        lines[k] = lines[k].rstrip() + closing


def _check_items_gone(article: Article, first: int, ctx: Ctx) -> None:
    """Every item an alinéa introduces deleted (« I. – Le code est ainsi modifié : » then « 1° » to « 3° »),
    none of their number kept (none of their kind is left under it), that alinéa left: it now introduces
    nothing, and whether it goes with them (« I. – (Supprimé) », as naming it would say) is not said. So in a
    quotation (« « Peuvent faire l'objet … les opérations : » then « « 1° … », « « 2° … », both deleted)."""
    original = article.original
    kind = mark_kind(original[first])
    quoted = opened(original[first])
    if kind not in ("arabic", "letter"):
        return
    lines, k = line_before(article, first)
    if k is None or opened(lines[k]) != quoted or not lines[k].rstrip().endswith(":"):
        return  # the items went after another item, or with the alinéa introducing them
    following = next((t for s in article.slots[first:] for t in (*s.before, *s.text, *s.after)), "")
    left = _stone_kind(following) if opened(following) == quoted else ""
    below = left in _LEVELS and _LEVELS.index(left) > _LEVELS.index(kind)
    if following and opened(following) and not quoted or left == kind or below:
        return  # an item of theirs is left (or its number kept), or a quotation: it introduces that
    at = next((n for n, s in enumerate(article.slots) if s.text is lines), None)
    reason = "it deletes every item that the alinéa before them introduces, and leaves that alinéa"  # one put
    if at is not None:
        reason = f"it deletes every item that alinéa {at + 1} introduces, and leaves that alinéa"
    raise ctx.fail(reason, "ambiguous")


# a number kept for several divisions deleted in a row (« a et b) », « II à IV. – »): the first names the kind
_JOINED = re.compile(r"^([\s«\"“]*(?:[a-z]|[IVX]+))\s+(?:et|à)\s+(?:[a-z]|[IVX]+)(?=\s*[).])")


def _stone_kind(text: str) -> str:
    """The kind of mark an alinéa opens with, a number kept for several divisions too."""
    return mark_kind(_JOINED.sub(r"\1", text, count=1))


def _check_items_left(article: Article, first: int, last: int, new: tuple[str, ...], ctx: Ctx) -> None:
    """Alinéas `first` to `last` deleted or replaced by `new`, from the one that introduces items (« I. –
    Le code est ainsi modifié : ») into them, leaving the items after them (« 6° … »): what those
    belong to is not said, unless the new text introduces items itself (ends with « : ») or holds items
    of their kind, which they go on from."""
    original = article.original
    if last + 1 >= len(original) or opened(original[last + 1]):
        return
    kind = mark_kind(original[last + 1])
    if kind not in ("arabic", "letter"):
        return
    for j in range(last, first - 1, -1):  # the alinéa that introduces the enumeration the item left is in
        k = mark_kind(original[j])
        if opened(original[j]) or k in _LEVELS and _LEVELS.index(k) >= _LEVELS.index(kind):
            continue  # a quotation, an item of that enumeration or of one below it
        if not original[j].rstrip().endswith(":"):
            return
        break
    else:
        return  # it is before the alinéas taken: they were items only
    if not any(mark_kind(t) == kind and not opened(t) for t in original[j + 1 : last + 1]):
        return  # the introducing alinéa alone, rewritten (« Rétablir ainsi l'alinéa 14 »): its items all stay
    own = [a for a in new if not opened(a)]
    if own and (own[-1].rstrip().endswith(":") or any(mark_kind(a) == kind for a in own)):
        return
    reason = f"it takes alinéa {j + 1}, which introduces the items after it, and leaves some of them"
    raise ctx.fail(reason, "ambiguous")


def _check_whole_quotation(article: Article, slots: list[Slot], ctx: Ctx) -> None:
    """Alinéas deleted or rewritten from one that introduces a quotation into that quotation, but not to
    its end (« Supprimer les alinéas 19 à 22 », the quotation of 19 running to 37): what becomes of the
    rest of it is not said. (The introducing alinéa alone is read in `_delete`.)"""
    first, last = article.slots.index(slots[0]), article.slots.index(slots[-1])
    after = last + 1
    if first == last or after >= len(article.original) or not opened(article.original[after]):
        return
    i = after - 1
    while i >= 0 and opened(article.original[i]) and (not quote_end(article.original[i]) or _each_own(article, i)):
        i -= 1
    opener = article.original[i] if i >= 0 else ""
    if first <= i < last and not opened(opener) and opener.rstrip().endswith(":"):
        reason = f"it takes alinéa {i + 1}, which introduces a quotation, and only part of that quotation"
        raise ctx.fail(reason, "ambiguous")


def _check_quotation_gone(article: Article, slots: list[Slot], ctx: Ctx) -> None:
    """A quotation deleted whole, the alinéa introducing it left standing (« 1° L'article L. 1 est ainsi
    rédigé : » with nothing after it): whether that alinéa goes too is not said. So too when the quotation
    held code articles only: their numbers are kept (« « Art. L. 1. – (Supprimé) ») for the others of the
    quotation to stand, and none is left; kept alone, they would have the item insert or rewrite an article
    as « (Supprimé) »."""
    original, gone = article.original, {article.slots.index(slot) for slot in slots}
    for i in sorted(gone):
        if i == 0 or i - 1 in gone or not opened(original[i]) or opened(original[i - 1]):
            continue
        before = article.slots[i - 1]
        intro = before.text[-1] if before.text and before not in article.stones else ""
        if not intro.rstrip().endswith(":") or opened(intro) or before.after or article.slots[i].before:
            continue  # the introducing alinéa gone already, or rewritten, or text put after it
        count = quoted_run(original, i)
        if count is not None and all(j in gone for j in range(i, i + count)):
            reason = f"it deletes the quotation that alinéa {i} introduces, and leaves that alinéa"
            raise ctx.fail(reason, "ambiguous")


def _each_own(article: Article, i: int) -> bool:
    """Alinéa `i` closes its own straight quote and the next opens one: one quotation written so (`_each_closed`)."""
    lines = article.original
    return lines[i][:1] == '"' and i + 1 < len(lines) and lines[i + 1][:1] == '"'


def _quotation_after(article: Article, slot: Slot) -> list[Slot] | None:
    """The alinéas of the quotation that the bill's own alinéa `slot` introduces, as they stood (None
    when it is quoted itself, or when what follows was changed or never closes: then what goes is not said)."""
    i = article.slots.index(slot)
    count = quoted_run(article.original, i + 1)
    if opened(article.original[i]) or slot.after or count is None:
        return None
    quoted = article.slots[i + 1 : i + 1 + count]
    originals = article.original[i + 1 : i + 1 + count]
    as_stood = all(not s.before and not s.after and s.text == [text] for s, text in zip(quoted, originals, strict=True))
    return quoted if as_stood else None


_LEVELS = ["roman", "capital", "arabic", "letter"]  # outermost first


def _siblings(article: Article, slot: Slot, stone: str) -> bool:
    """Whether divisions of the kind of `stone` are left at its level, whose numbers it keeps: the bill's
    own alinéas, or those of the quotation the deleted ones were in. An article heading always is."""
    kind = _stone_kind(stone)  # « a et b) » is of the letters
    if not kind:
        return True
    # the numbers kept in this sitting are no divisions left: the one left last decides, whatever the order
    stoned = {id(s.text) for s in article.stones}
    refs = [lines[j] if id(lines) not in stoned else lines[j][:1] for lines, j in all_refs(article)]
    at = len([t for s in article.slots[: article.slots.index(slot)] for t in (*s.before, *s.text, *s.after)])
    at += len(article.head) + len(slot.before)
    if not opened(stone):  # the bill's own: in the same division above it (the a) and b) of one 3°)
        own = [t for t in refs if not opened(t)]
        mine = len([t for t in refs[:at] if not opened(t)])
        outer = {k for k in _LEVELS[: _LEVELS.index(kind)]} if kind in _LEVELS else set()
        before = list(takewhile(lambda t: mark_kind(t) not in outer, reversed(own[:mine])))
        after = list(takewhile(lambda t: mark_kind(t) not in outer, own[mine:]))
        return any(mark_kind(t) == kind for t in before + after)
    before = list(takewhile(opened, reversed(refs[:at])))
    after = list(takewhile(opened, refs[at:]))
    return any(mark_kind(t) == kind for t in before + after)


def _insert_alineas(article: Article, edit: Edit, ctx: Ctx) -> None:
    after = edit.place.after
    assert after is not None
    if after == 0:
        like = article.slots[0].text[0] if article.slots and article.slots[0].text else ""
        numbered = any(ROMAN_MARK.match(t) for s in article.slots for t in (*s.before, *s.text, *s.after))
        placeholder = re.match(r"(?:\.\.\.|…)\s*\.?\s*[-–—]\s*", edit.new[0] if edit.new else "")
        if placeholder and not numbered and not edit.place.inside:
            # « Avant l'alinéa 1, insérer un paragraphe ainsi rédigé : … – » in a text not divided: its I
            edit = replace(edit, new=(f"I. – {edit.new[0][placeholder.end() :]}", *edit.new[1:]))
        article.head += requote(edit.new, like, edit.quoted and inside_quote(article, 0))
        first = next((s for s in article.slots if s.text), None)
        i_a = re.match(r"I\s+A\s*\.\s*[-–—]", edit.new[0] if edit.new else "")
        if i_a and first and not ROMAN_MARK.match(first.text[0]):
            first.text[0] = f"I. – {first.text[0]}"  # a text gaining an I A before it becomes its I
        mark_i = re.match(r"I\s*\.\s*[-–—]", edit.new[0] if edit.new else "")
        if mark_i and first and not numbered:
            first.text[0] = f"II. – {first.text[0]}"  # a text not divided gaining an I before it becomes its II
        return
    if edit.restores or edit.place.after is not None:
        edit = _restoring(article, edit, ctx, said=edit.restores)
        after = edit.place.after
        assert after is not None
    i = slot_index(article, after, ctx)
    slot = article.slots[i]
    lines, k = line_before(article, i + 1)
    before = lines[k] if k is not None else ""
    if edit.quoted and not edit.place.inside and closes_unopened(before):
        # « Art. L. 612‑3‑1. – … bacheliers." » after « … ainsi rédigé : », its opening quote lost: whether it is
        # a quotation that the alinéas put continue, or the bill's own text after which they stand, is not said
        reason = "the alinéa before closes a quotation it never opens; whether the alinéas put continue it is not said"
        raise ctx.fail(reason, "ambiguous")
    _check_roman_placeholder(article, i, edit.new, ctx)
    lost = not edit.place.inside and closing_lost(before, _texts_after(article, i))
    extends = (
        edit.quoted
        and not edit.place.inside
        and (bool(quote_end(before)) or lost)
        and _extends(article, before, edit, ctx)
    )
    first = next((s for s in article.slots if s.text), None)
    mark_ii = bool(re.match(r"II\s*\.\s*[-–—]", edit.new[0] if edit.new else ""))
    numbered = any(ROMAN_MARK.match(t) for s in article.slots for t in (*s.before, *s.text, *s.after))
    placeholder = re.match(r"(?:\.\.\.|…)\s*\.?\s*[-–—]\s*", edit.new[0] if edit.new else "")
    if placeholder and not extends and not numbered and after == LAST and first:
        # « Compléter cet article par un paragraphe ainsi rédigé : … – » in a text not divided: its II
        edit = replace(edit, new=(f"II. – {edit.new[0][placeholder.end() :]}", *edit.new[1:]))
        mark_ii = True
    if mark_ii and not extends and first and not ROMAN_MARK.match(first.text[0]):
        first.text[0] = f"I. – {first.text[0]}"  # a text gaining a II becomes its I
    like = (slot.text or [article.original[i]])[-1]
    edit = replace(edit, new=check_unclosed(edit.new, like, ctx))
    following = article.original[i + 1] if i + 1 < len(article.original) else ""
    after_it = next(iter(_texts_after(article, i)), "")
    stray = edit.quoted and not edit.place.inside and closes_amid(before, after_it)
    head = edit.quoted and not extends and opened(following) and not opened(like) and like.rstrip().endswith(":")
    if edit.place.inside and opened(like):  # completing a text the article quotes: inside its quotation
        new = requote(edit.new, like, edit.quoted, last="")
    elif head and after > 0 and slot.text == [article.original[i]]:
        # right after the alinéa that introduces a quotation: the quotation's first alinéa, its quote taken
        new = requote(edit.new, following, True, last="")
    elif stray:  # the quotation goes on after the alinéa before, its closing quote misplaced: they are inside it
        new = dropped_amendment_close(requote(edit.new, before, True, last=after_it))
    elif extends:  # the alinéas continue the quotation the alinéa before closed: they now close it
        new = requote(edit.new, before, True)
        if lost and new:  # its closing quote lost in the data, the quotation now ends with them, closed
            new[-1] = new[-1].rstrip() + {"«": " »", "“": "”", '"': '"'}[before[0]]
    else:
        # inside a quotation, alinéas are the quotation's, quoted by the amendment or given bare
        inside = inside_quote(article, i + 1)
        new = requote(edit.new, like, inside)
        text = "".join(new)
        balanced = quote_depth(text) == 0
        last_inner = new[-1][1:] if new else ""  # a quote opened in the last alinéa and closed there is its own
        own = quote_depth(last_inner) == 0
        if inside and new and opened(new[0]) and quote_end(new[-1]) and balanced and not own and not quote_end(before):
            # « « VI. – … » » put between two alinéas of a quotation that goes on after them: the quote
            # closing them is the amendment's, not the quotation's (which the alinéa after continues)
            closed = quote_end(new[-1])
            stop = closed.strip(BLANKS + '»"”')  # its « ; » or « . », which stays
            new[-1] = new[-1].rstrip()[: -len(closed)].rstrip() + (f" {stop}" if stop == ";" else stop)
        if inside and not quote_end(before):  # given closed as at the quotation's end (« « … » »): it goes on
            new = dropped_amendment_close(new)
    closing = "" if stray else quote_end(before)  # a quote misplaced amid its quotation stays where it is
    # quoted alinéas that close their own quotation, right after one that closes its: no quotation stands
    # without an alinéa introducing it, so they go on with the one before (« « Un décret précise … » »)
    own_quotation = bool(new) and opened(new[0]) and bool(quote_end(new[-1])) and opened(before)
    if own_quotation and not extends and closing.strip(BLANKS + '»"”') != ";" and stop_after(new[-1]) == ";":
        # « « b bis) … ; » ; » after « « b) … ; » »: given as the end of an item's quotation, after one that
        # ends none; whether it goes on with that quotation, losing its « ; », or stands alone is not said
        reason = "the alinéas put end an item's quotation after one that ends none; where they go is not said"
        raise ctx.fail(reason, "ambiguous")
    if k is not None and own_quotation and _each_own_run(article, i, before, new):
        # a run of straight-quoted alinéas each closing its own quote (`_each_closed`): the one put keeps its
        # quotes too, those before keep theirs; only a stop after the last one's quote (« ; ») moves to it
        stop = closing.strip(BLANKS + '"')
        if stop:
            lines[k] = lines[k].rstrip()[: -len(stop)].rstrip()
            if quote_end(new[-1]).strip(BLANKS + '"') != stop:  # put with the quotation's end already (`extends`)
                new[-1] = new[-1].rstrip() + (" " if stop == ";" else "") + stop
    elif k is not None and closing and new and opened(new[-1]) and (extends or not quote_end(new[-1]) or own_quotation):
        # alinéas added at the end of a quotation, opening with its quote: the quotation now closes after them
        lines[k] = lines[k][: len(lines[k].rstrip()) - len(closing)].rstrip()
        if own_quotation and not extends:
            new[-1] = new[-1][: len(new[-1].rstrip()) - len(quote_end(new[-1]))].rstrip()
        new[-1] = new[-1] if extends else new[-1].rstrip() + closing
    new = ended_with_stop(new)
    _check_orphan(article, i, before, new, ctx)
    restored = k is not None and bool(new) and _restores(lines[k], new[0])
    if restored and k is not None:
        lines[k : k + 1] = []  # « II. – (Supprimé) » is restored by the II that completes the text
    elif after == LAST and new and not opened(new[0]):
        # « II. – (Supprimé) » between the I and the III: the II completing the article restores it in its place
        stone = next(((ls, j) for ls, j in all_refs(article) if not opened(ls[j]) and _restores(ls[j], new[0])), None)
        if stone is not None:
            stone[0][stone[1] : stone[1] + 1] = new
            return
    article.slots[i].after += new
    if k is not None and not restored and not quote_end(lines[k]):
        end_item(article, lines, k)
    elif k is not None and not restored and new and not opened(new[0]):  # an item put after a quoting item
        end_quotation_item(article, lines, k)
    if new:
        end_item(article, article.slots[i].after, len(article.slots[i].after) - 1)
        added = article.slots[i].after
        if not opened(new[0]):  # an item put, ending with its own quotation, before another
            end_quotation_item(article, added, len(added) - 1)


def _mark_key(line: str) -> tuple[str, str] | None:
    """The mark an alinéa opens with, written as `mark_for` writes it, with the quote it may open with (« « 2° »
    is a quotation's, another level than the bill's « 2° »), and its kind (a key of `MARKS`)."""
    text = fold(line).strip()
    for kind, pattern in MARKS.items():
        m = pattern.match(text)
        if m:
            quote = text[:1] if text[:1] in OPEN + '"' else ""
            return quote + mark_for(kind, m.group(1), m.group(2) or ""), kind
    return None


def _restoring(article: Article, edit: Edit, ctx: Ctx, said: bool = True) -> Edit:
    """« Après l'alinéa 3, rétablir un 2° bis ainsi rédigé »: a division the text no longer shows, put after the
    alinéa named. Shown deleted (« 2° bis (Supprimé) ») as that alinéa or right after it, it is restored in its
    place; shown anywhere else, standing, or in a run deleted (« 1° à 3° (Supprimé) »), what « rétablir un »
    restores is not said. Put with « insérer » (not `said`) next to its own note « 2° bis (Supprimé) », it
    takes that note's place too (two « 2° bis » are never meant); anywhere else it is put as said."""
    mark = _mark_key(edit.new[0]) if edit.new else None
    if mark is None or edit.place.after is None or edit.place.after < 1:
        return edit
    refs = all_refs(article)
    i = slot_index(article, edit.place.after, ctx)
    lines, k = line_before(article, i + 1)
    at = next((n for n, (ls, j) in enumerate(refs) if ls is lines and j == k), None)
    enumeration = _enumeration(refs, at, mark[1])
    texts = {n: refs[n][0][refs[n][1]] for n in enumeration}
    shown = [n for n, text in texts.items() if _mark_key(text) == mark]
    runs = [
        n for n, text in texts.items()
        if DELETED_STONE.search(text) and (key := _mark_key(text)) is not None and key[1] == mark[1]
        and re.search(r"\s(?:à|et)\s", fold(text).split("(")[0])
    ]  # fmt: skip
    if not shown and not runs:
        return edit
    if at is not None and len(shown) == 1 and not runs and DELETED_STONE.search(refs[shown[0]][0][refs[shown[0]][1]]):
        following = article.slots[i + 1].text if i + 1 < len(article.slots) else None
        if shown[0] == at or shown[0] == at + 1 and refs[shown[0]][0] is following:
            stone, j = refs[shown[0]]
            del stone[j]  # the division put where it stood deleted, its note gone
            return edit
    if not said:
        return edit
    division = mark[0].lstrip(OPEN + '"')
    reason = f"it restores a « {division} » that the article shows elsewhere"
    raise ctx.fail(reason, "ambiguous")


def _enumeration(refs: list[tuple[list[str], int]], at: int | None, kind: str) -> range:
    """The alinéas (indexes in `refs`) of the enumeration a division of `kind` (a key of `MARKS`) put after
    alinéa `at` belongs to: from the division above it that holds `at` (the
    nearest mark of an outer kind at or before it) to the next such mark; the whole article when none is
    above. « b) » put after an alinéa of the 2° bis is the 2° bis's: a « b) » of the 1° is another one."""
    heads = [("" if opened(ls[j]) else fold(ls[j]).strip()) for ls, j in refs]
    kinds = mark_levels(heads)
    level = {"–": 0, "°": 2, ")": 3}[kind]  # its level among `DIVISION_MARKS`
    outer = [n for n, k in enumerate(kinds) if k is not None and k < level]
    if at is None or not outer:
        return range(len(refs))
    first = max((n for n in outer if n <= at), default=-1)
    last = min((n for n in outer if n > at), default=len(refs))
    return range(first + 1, last)


def _each_own_run(article: Article, i: int, before: str, new: list[str]) -> bool:
    """Alinéas put after alinéa `i` (now `before`), each closing its own straight quote, where `i` is in a run
    of such alinéas, two at least, as they stood (« "Le médiateur … ." », « "La fourniture … ." »)."""
    lines = article.original
    straight = before[:1] == '"' and quote_end(before).lstrip()[:1] == '"' and lines[i][:1] == '"'
    own = all(a[:1] == '"' and quote_end(a).lstrip()[:1] == '"' for a in new)
    run = _each_own(article, i) or i > 0 and _each_own(article, i - 1) and bool(quote_end(lines[i - 1]))
    return straight and own and run


def _check_roman_placeholder(article: Article, i: int, new: tuple[str, ...], ctx: Ctx) -> None:
    """« …) » put after alinéa `i` next to a roman item on one side only (after the last, « ix) », before
    « c) »; or before the first): whether it is the next roman item (« x) ») or a lettered one (« b bis) »)
    is not said. Between two roman items it is theirs (« ii bis) »), numbered in `placeholders_numbered`."""
    if not new or not re.match(r"[«\"“]?\s*(?:\.\.\.|…)\s*\)", new[0]):
        return
    kinds = mark_levels(heads_of(article))
    roman_before = kinds[i] == 4
    roman_after = i + 1 < len(kinds) and kinds[i + 1] == 4
    if roman_before != roman_after:
        reason = "it puts « …) » next to a roman item; whether it is a letter or a roman numeral is not said"
        raise ctx.fail(reason, "ambiguous")


def _check_orphan(article: Article, i: int, before: str, new: list[str], ctx: Ctx) -> None:
    """An alinéa with no mark put between two items of the bill's enumeration, the one before ending
    « ; » (« 5° Le sixième alinéa est supprimé ; », then « 6° … »): it is no item, and the item before
    does not introduce it; whose it is is not said (often an amendment counting another amendment's
    alinéas, a sub-amendment that does not say so)."""
    if not new or opened(new[0]) or mark_kind(new[0]) or re.match(r"\.\.\.|…", new[0]):
        return
    kind = mark_kind(before)
    if kind not in ("arabic", "letter") or opened(before) or not before.rstrip().endswith(";"):
        return
    following = next((t for s in article.slots[i + 1 :] for t in (*s.before, *s.text, *s.after)), "")
    if following and not opened(following) and item_follows(following, kind):
        reason = "it puts an alinéa with no mark between two items, and which one it belongs to is not said"
        raise ctx.fail(reason, "ambiguous")


def _texts_after(article: Article, i: int) -> list[str]:
    """The alinéas now after slot `i`, what was put after it first."""
    return [t for s in article.slots[i + 1 :] for t in (*s.before, *s.text, *s.after)]


# A roman division opening an alinéa, after an article's heading too (« "Art. L. 6223-8. - I. - … »)
_ROMAN_OPENING = re.compile(r"[«\"“\s]*(?:Art\.[^–—]*?\s[-–—]\s*)?([IVX]+)\s*\.?\s*[-–—]")


def _names_own_division(article: Article, new: tuple[str, ...]) -> bool:
    """Whether alinéas name a division « le présent II » that the bill's own alinéas open (« II. – L'article
    20-1 … ») and no quoted one does: they speak of the bill's II, so they are the bill's own."""
    named = {m for a in new for m in re.findall(r"\bpr[ée]sente? ([IVX]+)\b", fold(a))}
    if not named:
        return False
    texts = [t for s in article.slots for t in (*s.before, *s.text, *s.after)] + article.head
    marks = [(_ROMAN_OPENING.match(t), opened(t)) for t in texts]
    marks += [(_ROMAN_OPENING.match(t), True) for t in new]  # a division they open themselves is theirs
    own = {m.group(1) for m, quoted in marks if m and not quoted}
    quoted = {m.group(1) for m, is_quoted in marks if m and is_quoted}
    return bool(named & own - quoted)


def _extends(article: Article, before: str, edit: Edit, ctx: Ctx) -> bool:
    """Whether quoted alinéas put right after an alinéa that closes a quotation continue it: the amendment's
    quotes are kept when the alinéa is itself a quotation. Prose does (« Les logiciels libres sont utilisés
    en priorité. » after a quoted code article); an alinéa that amends (« … est ainsi rédigé : ») is the
    bill's own. A division mark decides by its kind: numbered like the quoted alinéas (« 5° » after a
    quoted « 4° »), it continues them; like the bill's own (« III. – » after « II. – »), it does not; a
    roman one that neither numbers is the bill's (« II. – » makes its text the I). A mark of both, or of
    neither, is refused: where the alinéa goes is not said. Given ending « » ; » after one that ends so
    (`Edit.ends_item`), they take the quotation's end with its item's stop: they continue it."""
    new = edit.new
    if not new or opened(new[0]) or not opened(before) or any(AMENDS.search(fold(a)) for a in new):
        return False
    if edit.ends_item and quote_end(before).endswith(";"):
        return True
    if _names_own_division(article, new):
        return False
    kind = mark_kind(new[0])
    if not kind:
        return True
    texts = [t for s in article.slots for t in (*s.before, *s.text, *s.after)] + article.head
    quoted = {mark_kind(t) for t in texts if opened(t)}
    own = {mark_kind(t) for t in texts if not opened(t)}
    if kind in own and kind not in quoted:
        return False
    order = [lines[j] for lines, j in all_refs(article)]
    at = max((i for i, t in enumerate(order) if t is before), default=len(order) - 1)
    inside = list(takewhile(opened, reversed(order[: at + 1])))
    quoted_last = next((t for t in inside if mark_kind(t) == kind), "")
    placeholder = bool(re.match(r"(?:\.\.\.|…)", new[0]))
    reason = "it adds a division after a quotation, and whether it belongs to the quotation is not said"
    if kind in quoted and kind not in own:
        # numbered next in the quotation (or « …° » in one that numbers so), it continues it; a roman one
        # that is not (« II. – » after a quoted « II. – ») is the bill's, and makes its text the I; « … – »
        # may be either (a paragraph of the bill, or of the quoted article)
        if follows(new[0], quoted_last) or placeholder and kind != "roman":
            return True
        if kind == "roman" and not placeholder:
            return False
        raise ctx.fail(reason, "ambiguous")
    # numbered like both: the one whose last mark it comes next after (« 4° quater » after a quoted « 4° ter »,
    # where the bill's own last is « 2° ter »)
    own_last = next((t for t in reversed(order[: at + 1]) if not opened(t) and mark_kind(t) == kind), "")
    continues, own_next = follows(new[0], quoted_last), follows(new[0], own_last)
    if continues != own_next and not placeholder:
        return continues
    raise ctx.fail(reason, "ambiguous")


_DELETED_MARK = re.compile(
    rf"^([«\"“]?\s*(?:[IVX]+\s*\.|\d+°(?:\s*[a-z]+)?|[a-z]\)))\s*[-–—]?\s*{NOTED_DELETED}\.?$", re.I
)


def _restores(line: str, new: str) -> bool:
    """Whether `new` opens with the mark of the division `line` records as deleted (« II. – (Supprimé) »)."""
    m = _DELETED_MARK.match(fold(line).strip())
    if not m:
        return False
    mark = re.sub(r"\s+", "", m.group(1))
    head = re.sub(r"\s+", "", fold(new))
    return head.startswith(mark) and not head[len(mark) : len(mark) + 1].isalnum()


_APPLY = {
    "replace_words": _replace_words,
    "delete_words": _delete_words,
    "insert_words": _insert_words,
    "append_sentence": _append_sentence,
    "replace_end": _replace_end,
    "rewrite_start": _rewrite_start,
    "delete_end": _delete_end,
    "rewrite": _rewrite,
    "delete": _delete,
    "insert_alineas": _insert_alineas,
}
