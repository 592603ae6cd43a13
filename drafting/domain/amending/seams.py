"""Punctuation at the seams of spliced text: `splice` puts words in a line and mends the commas, spaces,
elisions and stops around them, refusing where the text would read two ways (an incise, the items of a
list: `incises` reads which); `stopped` and `joined_with_spaces` give the words put their stop and spaces.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafting.domain.amending.edits import Edit
from drafting.domain.amending.elision import article_left_whole, elided, elides, unelided, written_whole
from drafting.domain.amending.incises import (
    FINITE_VERBS,
    bound,
    check_items_between,
    closes_one_before,
    comma_after_bound_word,
    comma_left_dangling,
    first_word,
    fronted,
    incise,
    incise_after_join,
    incise_closed_before_and,
    item_before_verb,
    item_or_incise,
    one_comma_of_two,
    participle_incise,
)
from drafting.domain.amending.quotes import closes_quote, opens_quote
from drafting.domain.amending.spans import ABBREVIATED
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Ctx, Hit
    from drafting.domain.amending.edits import AmendingError


def _space_before_stop(line: str) -> str:
    """The space the alinéa writes before « ; » and « : » (a no-break one in the published texts, an ordinary
    one in the 2013 law's straight-quoted ones); a no-break space where it writes none."""
    found = re.search(rf"([{BLANKS}])[;:!?]", line)
    return found.group(1) if found else "\u00a0"


def splice(hit: Hit, start: int, end: int, new: str, ctx: Ctx | None = None) -> None:
    """Put `new` for line[start:end]; around a deletion, the two spaces left become one (none before
    a comma or a full stop), and two commas one. The rest of the alinéa is left as written. With `ctx`, an edit that
    leaves a word doubled at its edges (« par par ») is refused: the amendment, read as written,
    does not give the text meant, and which word goes is not ours to guess."""
    line = hit.slot.text[hit.line]
    left, right = line[:start], line[end:]
    if elided_end(new):  # « la délivrance d' » joins the next word
        right = right.lstrip()
    if new[:1] in (";", ":", "!", "?") and left[-1:].isalnum():  # « . » replaced by « ; »: French puts a space before
        left += _space_before_stop(line)
    if new[:1] in (",", ".") and left[-1:] in BLANKS and not new.startswith(".."):  # « , cinq »: no space before
        # but after an opening « « », which French follows with a space (« les mots : « , chaque mois, » »)
        left = left if left.rstrip(BLANKS)[-1:] == "«" else left.rstrip()
    if not new:
        if left[-1:] and left[-1:] in BLANKS and (
            right[:1] and right[:1] in BLANKS or right[:1] in (",", ".", ")") or closes_quote(left, right)
        ):
            left = left[:-1]  # the space kept is the one after: a no-break space before « ; » stays one
        elif not left.strip() or opens_quote(left):
            right = right.lstrip()  # « "Toutefois, la cession » less « Toutefois, »: « "La cession »
        if left.rstrip()[-1:] == "," and right.lstrip()[:1] == ",":  # « , de maire de secteur, » gone: one comma
            right = right.lstrip()[1:]
            gone = line[start:end]
            closing = right.lstrip(BLANKS)[:1] in ("»", '"', "”")
            if _quoted_comma(left) and not closing and first_word(right)[0] not in FINITE_VERBS:
                # the comma opening quoted words joins them to the text: it stays, while words are left quoted;
                # not before a verb (« « , minoré des frais, est affecté » »): it opened the incise gone
                reading = "item"
            elif closing and not _quoted_comma(left):
                reading = "item"  # « « d'aides à la création, dans les conditions …, » »: the quote's last comma stays
            elif bound(left):
                reading = "incise"  # « Afin, face à …, d'assurer »: no comma stands right after « Afin »
            elif fronted(left, right):
                reading = "item"  # « Lorsque le maire est empêché, …, le préfet »: the comma before the subject stays
            else:
                reading = "incise" if incise(gone, right) else item_or_incise(gone, left, right)
                if ctx is not None and not incise(gone, right):
                    check_items_between(gone, left, reading, ctx)
            if reading == "unclear" and ctx is not None:
                reason = "it leaves two words' commas in doubt: whether one stays (a list) is not said"
                raise ctx.fail(reason, "ambiguous")
            if reading == "incise":
                left = left.rstrip()[:-1]  # « en vue, notamment, de » gone its incise: its two commas go with it
            left = left.rstrip() + (" " if right[:1] not in ("", " ") else "")
        elif incise_after_join(line[start:end], left, right):
            # « et, dans la limite de ses attributions, à tout agent » less « dans la limite …, »: the comma
            # after « et » opened the incise gone, no comma stands right after « et »: « et à tout agent »
            left = left.rstrip()[:-1].rstrip() + (" " if right[:1] not in ("", " ") else "")
        elif (
            one_comma_of_two(line[start:end], left, right)
            and closes_one_before(line[start:end], left, right) != "closes"
            and (incise(line[start:end], right.lstrip().lstrip(",")) or participle_incise(line[start:end], left, right))
            and (not _quoted_comma(left) or first_word(right)[0] in FINITE_VERBS)
        ):
            # « , en outre » named with one of its commas: the other goes too (« établit, en outre, des comptes »)
            if ctx is not None and item_before_verb(line[start:end], left, right):
                reason = "whether the words deleted are a list's last item, the comma after them staying, is not said"
                if fold(line[start:end]).strip(BLANKS)[:1] != ",":  # named with the comma after them (p124-080)
                    reason = "whether the words deleted are a list's last item, the comma before them staying, is not said"  # noqa: E501
                raise ctx.fail(reason, "ambiguous")
            if ctx is not None and closes_one_before(line[start:end], left, right) == "unclear":
                reason = "whether the comma before the words deleted, closing others too, stays is not said"
                raise ctx.fail(reason, "ambiguous")
            if right.lstrip()[:1] == ",":
                right = right.lstrip()[1:]
            else:
                left = left.rstrip()[:-1]
            left = left.rstrip() + (" " if right[:1] not in ("", " ") else "")
        elif incise_closed_before_and(line[start:end], left, right):
            # « handicap, aux personnes …, notamment les bénéficiaires …, et aux personnes âgées » less
            # « aux personnes …, notamment …, »: the comma before « et » closed the incise gone with them
            left = left.rstrip()[:-1] + " "
            right = right.lstrip()
        elif comma_after_bound_word(left, right):
            # « des visas, titres » less « visas »: no comma stands right after « des »: « des titres »
            right = right.lstrip(BLANKS)[1:]
            left = left.rstrip(BLANKS) + (" " if right[:1] not in ("", " ") else "")
        elif comma_left_dangling(line[start:end], left, right):
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
        if ctx is not None:
            left, right = _article_at_seam(left, right, line[start:end].strip(BLANKS), ctx)
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


# Adjectives set between the article and its noun (ordinals, « présent », « même », « autre »): the word after
# them is the noun, so the article before them is the noun's, elided before it as French writes it
_BEFORE_NOUN = re.compile(
    r"(?:premi(?:er|ère)|second|seconde|[a-z-]+ième|(?:avant-)?derni(?:er|ère)|présente?|même|autre|seule?)s?"
)


def _article_at_seam(left: str, right: str, gone: str, ctx: Ctx) -> tuple[str, str]:
    """A deletion leaving an article before another word elides it as a replacement does (`elided`): « du
    présent article » less « présent » is « de l'article », « au premier alinéa » less « premier » « à
    l'alinéa », « cet autre organe » less « autre » « ce organe »; and an elided word left before a word that
    takes no elision is written whole (`unelided`, `written_whole`: « l'avant-dernier paragraphe » less
    « avant-dernier » is « le paragraphe ») or refused (`check_elision`): where not sure, refused. The article
    before words deleted is elided only when every one is an adjective before the noun (`_BEFORE_NOUN`: « au même
    premier alinéa » less « même premier » is « à l'alinéa »)."""
    after = right.lstrip(BLANKS)
    if not after[:1].isalpha() or "\n" in right[: len(right) - len(after)]:
        return left, right
    if left[-1:] in ("'", "’"):  # « l'avant-dernier alinéa » less « avant-dernier »: « l'alinéa », no space
        fix = unelided(left, gone, after) or written_whole(left, after, gone)
        if fix:
            return left[: fix[0]] + fix[1], after
        check_elision(left, after, ctx)
        return left, after
    head = left.rstrip(BLANKS)
    if head == left and right == after:
        return left, right
    if not all(_BEFORE_NOUN.fullmatch(word) for word in fold(gone).lower().split()):
        # « Le maire informe » less « maire »: « informe » may be no noun, left as said; but an article left
        # whole before a vowel (« la nouvelle expérience » less « nouvelle ») is no French: refused
        said = article_left_whole(head + " ", after)
        if said:
            raise elision_unsure(said, after, ctx)
        return left, right
    whole = elided(head + " ", after)
    if whole is False:
        raise elision_unsure(head.split()[-1], after, ctx)
    if whole:
        return head[: whole[0]] + whole[1], after
    return left, right


def elision_unsure(said: str, put: str, ctx: Ctx) -> AmendingError:
    """The refusal for a word `said` before words `put` whose elision the closed lists do not settle (an h in
    neither, « ce » before a pronoun's word): the one wording, for words replaced or deleted."""
    word = put.split()[0]
    return ctx.fail(f"whether « {said} » is elided before « {word} » is not sure, or how", "ambiguous")


_EMPTY_QUOTES = re.compile(r'«[^\S\n]*»|“[^\S\n]*”|(?<![^\W_])""(?![^\W_])')


def _empty_quotes(line: str) -> int:
    """How many quotations in `line` quote nothing (« « » », « "" »)."""
    return len(_EMPTY_QUOTES.findall(line))


_NOT_DOUBLED = {"nous", "vous"}  # « nous nous », « vous vous » are French


def _doubled(left: str, right: str) -> str:
    """The word that ends `left` and opens `right` with only spaces between, or ""."""
    a = re.search(r"(?<!\w)([^\W\d_]+)\s+$|(?<!\w)([^\W\d_]+)$", left)
    b = re.match(r"^\s*([^\W\d_]+)(?!\w)", right)
    if not a or not b or not (left[-1:].isspace() or right[:1].isspace()):
        return ""
    word = a.group(1) or a.group(2)
    return word if word.casefold() == b.group(1).casefold() and word.casefold() not in _NOT_DOUBLED else ""




def _quoted_comma(left: str) -> bool:
    """`left` ends with a comma opening quoted words (« … sont insérés les mots : ", le cas échéant, dans » up
    to its comma): the comma that joins those words to the text, no incise's, which stays when one goes."""
    before = left.rstrip(BLANKS)
    return before[-1:] == "," and (before[:-1].rstrip(BLANKS)[-1:] == "«" or opens_quote(before[:-1]))




_ELIDED = re.compile(r"(?<![\w])(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]$", re.I)


def elided_end(new: str) -> bool:
    """Whether words put end with an elided word's apostrophe (« d' », « jusqu’ »), which joins the next word,
    rather than with the ’ closing a ‘ they opened (« dits ‘de retour’ »: Word's single quotes inside the
    quotation, its text's), after which a space goes: a ’ is that quote when a ‘ before it is left open (each
    ’ that no letter follows closing one) and the word before it is none that elides."""
    if not new or new[-1] not in "'’":
        return False
    if new[-1] == "’" and not _ELIDED.search(new):
        return new.count("‘") <= len(re.findall(r"’(?!\w)", new[:-1]))
    return True


def joined_with_spaces(left: str, new: str, right: str) -> str:
    """Words put between `left` and `right` with the spaces French puts around them."""
    opening = left[-1:] in "'’(«“" or left[-1:] == '"' and left[-2:-1] in ("", " ")
    dots = new.startswith(("..", "…"))  # « ...... » stands for a number left blank: a word, not a stop
    pad_left = "" if not left or left[-1:] in BLANKS or opening or new[:1] in ",.)" and not dots else " "
    closing = closes_quote(left, right)
    glued = new[-1:] == "(" or elided_end(new)
    pad_right = "" if not right or right[:1] in BLANKS + ",.;)" or glued or closing else " "
    return pad_left + new + pad_right


def stopped(new: str, right: str, edit: Edit, ctx: Ctx) -> str:
    """Words ending with a full stop (or an elided « d' »), put where the text goes on. Before the place's
    own punctuation (« . », « ; »), the stop is the text's: one is kept, the text's; so is a « ; » ending them
    before the text's « ; ». Before words in lower case, the
    sentence cannot end there: a stop after words given bare (Markdown, HTML paragraphs) ends the
    instruction's sentence and is dropped; one inside the quotes is refused, as what was meant is not
    written. An abbreviation (« etc. », « L. ») is left alone."""
    kept = _stopped(new, right, edit, ctx)
    if new and not kept:  # « insérer les mots : « . » » before the text's own full stop: nothing put
        raise ctx.fail(f"the words it puts (« {new} ») are only the stop the text has there", "not_applicable")
    return kept


def _stopped(new: str, right: str, edit: Edit, ctx: Ctx) -> str:
    if not new:
        return new
    if elided_end(new) and not right.lstrip()[:1].isalpha():
        raise ctx.fail(f"its words end with « {new[-2:]} », which needs a word after it", "not_applicable")
    if elided_end(new):
        check_elision(new, right.lstrip(), ctx)  # « jusqu' » before « le 30 juin »: « jusqu'le »
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


def check_elision(left: str, new: str, ctx: Ctx) -> None:
    """Words put after an elided word (« l' », « d' », « jusqu' ») must open with a vowel or a mute h, not
    « onze », « huit » (`elides`): « l'État » replaced by « département » would read « l'département »; the
    text meant is not said. An h that no list says mute or aspirated leaves it not sure: refused too."""
    elided = re.search(r"(?<![\w])(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]$", left, re.I)
    if elided and new[:1].isalpha() and (goes := elides(new)) is not True:
        word = new.split()[0]
        if goes is None:  # an h neither list says mute nor aspirated (« l'hxxx » or « le hxxx »)
            reason = f"whether the word before « {word} » is elided is not sure"
            raise ctx.fail(reason, "ambiguous")
        reason = f"« {elided.group()}{word} » cannot be written: the word before « {word} » is elided"
        raise ctx.fail(reason, "not_applicable")
