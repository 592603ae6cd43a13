"""Words replaced, deleted or inserted (`replace_words`, `delete_words`, `insert_words`), with the capitals,
spaces and punctuation the words around them call for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafting.domain.amending.announcements import ends_quoting_phrases
from drafting.domain.amending.article import Hit
from drafting.domain.amending.divisions import ARTICLE_HEADING, ROMAN_ITEM, item_in_lower_case, mark_kind
from drafting.domain.amending.edits import EVERY, AmendingError, Edit
from drafting.domain.amending.elision import elided, unelided, written_whole
from drafting.domain.amending.items import all_refs, end_item, end_quotation_item
from drafting.domain.amending.lexicon import CLOSE, MARK, OPEN
from drafting.domain.amending.lists import (
    check_correlative,
    check_incise_closed,
    check_list_comma,
    check_list_join,
    comma_on_comma,
    in_list,
    infinitives,
    item_or_complement,
    list_tail,
    next_term,
    series_item,
)
from drafting.domain.amending.quotes import quote_end
from drafting.domain.amending.seams import check_elision, elision_unsure, joined_with_spaces, splice, stopped
from drafting.domain.amending.search import hits_in, words_pattern
from drafting.domain.amending.signs import insert_next_to, put_next_to
from drafting.domain.amending.sitting import check_anchors, check_fresh, find, targets
from drafting.domain.amending.spans import (
    ABBREVIATED,
    one_alinea,
    opens_sentence,
    own_start,
    place_span,
    words_within_quotes,
)
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Article, Ctx, Slot


def replace_words(article: Article, edit: Edit, ctx: Ctx) -> None:
    hits = targets(article, edit, ctx)
    check_anchors(hits, ctx)
    for hit in sorted(hits, key=lambda h: -h.start):
        if edit.sign:  # « supprimer la virgule après les mots : X »: only the sign changes (signs.py)
            put_next_to(hit, edit, ctx)
            continue
        line = hit.slot.text[hit.line]
        left, old = line[: hit.start], line[hit.start : hit.end]
        start, lead = unelided(left, old, edit.new[0]) or written_whole(left, edit.new[0], old) or (hit.start, "")
        check_elision(line[:start] + lead, edit.new[0], ctx)
        # « À la seconde phrase », « seconde » replaced by « avant-dernière »: « À l'avant-dernière phrase »
        # (not before a number: « du 11 octobre » is the date's)
        whole = elided(line[:start], edit.new[0]) if line[hit.start : hit.start + 1].isalpha() else None
        if whole is False:
            raise elision_unsure(line[:start].split()[-1], edit.new[0], ctx)
        if whole:
            start, lead = whole
        words_within_quotes(line[hit.start : hit.end], edit.new[0], ctx)
        new = stopped(_same_case(edit.new[0], edit.old, line, hit.start), line[hit.end :], edit, ctx)
        gone = line[hit.start : hit.end].rstrip(BLANKS)
        ends = gone[-1:] in (";", ".") and not gone.endswith("..") and not ABBREVIATED.search(gone)
        # the sign alone replaced (« Remplacer le point-virgule par les mots : « , et » »): the amendment
        # took that stop off, it is not put back (p149-102)
        ends = ends and len(gone.strip(BLANKS)) > 1
        if ends and new and not line[hit.end :].strip(BLANKS + '»"”') and not re.search(r"[.,;:!?…]\s*[»\"”]?$", new):
            # the words replaced ended the alinéa with its stop, the new ones end with none: the stop stays;
            # ending with a comma (« le signe : « . » par le signe : « , » »), that is its end now (p129-032)
            new = new.rstrip() + (" ;" if gone.endswith(";") else ".")
        # « , en qualité de X, » replaced by « sur Y, »: the new words do not glue to the next ones
        # (unless the words replaced were glued to the word before by an apostrophe: « L » then « 'État, les »)
        # The word before may end with a sign that ends a word too (« au 3° », « (II) », « » »): words
        # replaced from their comma (« , de huit mois » after « au 3° ») leave it ending the text before.
        glued = line[hit.start : hit.start + 1] in "'’"
        ends_word = line[: hit.start][-1:].isalnum() or line[: hit.start][-1:] in _WORD_ENDS
        new = (" " if ends_word and new[:1].isalnum() and not glued else "") + lead + new
        # nor to the word after them when they end with a word or a stop (« par les mots : » for « par les
        # mots : " » glued to « "aux »)
        ends = new[-1:].isalnum() or bool(new) and new[-1] in ".,;:!?»”)"
        new += " " if ends and line[hit.end : hit.end + 1].isalnum() else ""
        splice(hit, start, hit.end, new, ctx)


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


def delete_words(article: Article, edit: Edit, ctx: Ctx) -> None:
    hits = targets(article, edit, ctx)
    check_anchors(hits, ctx)
    for hit in sorted(hits, key=lambda h: -h.start):
        if edit.sign:  # « supprimer la virgule après les mots : X »: only the sign goes (signs.py)
            put_next_to(hit, edit, ctx)
            continue
        line = hit.slot.text[hit.line]
        if edit.repeated and not edit.place.end:
            hit = Hit(hit.slot, hit.line, series_item(line, hit.start, hit.end), hit.end)
        tail = list_tail(line, hit.start, hit.end, ctx)
        taken, hit = tail != hit.start, Hit(hit.slot, hit.line, tail, hit.end)
        check_list_comma(line, hit.start, hit.end, ctx)  # after: the last items taken with their comma leave none
        check_list_join(line, hit.start, hit.end, ctx, taken)
        check_incise_closed(line, hit.start, hit.end, ctx)
        check_correlative(line, hit.start, hit.end, ctx)
        gone = line[hit.start : hit.end]
        words_within_quotes(gone, "", ctx)
        before = line[: hit.start].rstrip(BLANKS)
        kept = before[-1:].isalnum() or before[-1:] == ","  # « recours, notamment la zone. »: « recours. »
        if gone.endswith(".") and not gone.endswith("..") and kept and not ABBREVIATED.search(gone):
            # « … devant le Parlement au plus tard le dernier jour. » losing its last words: the phrase keeps its stop
            hit = Hit(hit.slot, hit.line, hit.start, hit.end - 1)
        splice(hit, hit.start, hit.end, "", ctx)
        if opens_sentence(line, hit.start) and not _fragment(article, line, hit.start):
            if hit.line == 0 and item_in_lower_case(article, article.slots.index(hit.slot), line, hit.start):
                continue  # « « 2° et qu'il … » less « et »: « « 2° qu'il … », as the list's « « 1° que … »
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


def insert_words(article: Article, edit: Edit, ctx: Ctx) -> None:
    if edit.anchor:
        hits = _anchors(article, edit, ctx)
        for hit in sorted(hits, key=lambda h: -h.start):
            if edit.sign:  # « Après le mot : X, insérer une virgule »: right next to X (signs.py)
                insert_next_to(hit, edit, ctx)
                continue
            line = hit.slot.text[hit.line]
            at = hit.start if edit.place.before else hit.end
            if not edit.place.before and (
                next_term(line[:at], edit.new[0], line[at:])
                or line[at:].lstrip(BLANKS)[:1] == "," and infinitives(line[:at], edit.new[0], line[at:])
            ):
                # « soit de B, » after « …, soit de A » and its comma; « partager, » after « consommer » and its
                at += line[at:].index(",") + 1
            elif not edit.place.before and (joining := item_or_complement(line[:at], edit.new[0], line[at:])):
                if joining == ",":
                    said = "whether they are an item after it is not said"
                    raise ctx.fail(f"it puts words ending with a comma before a list's comma: {said}", "ambiguous")
                raise ctx.fail(
                    f"it puts words ending with a comma before « {joining} »: whether they are an item"
                    " and where its comma goes is not said",
                    "ambiguous",
                )
            elif not edit.place.before and comma_on_comma(edit.new[0], line[at:]):
                # « financier » then « immobilier, » before « , social »: an item after the comma (« financier,
                # immobilier, social ») or words completing the ones before (« peuvent échanger communiquer, »
                # is no French), the two commas merged: not said, unless a rule above places them
                said = "whether they are an item after it is not said"
                raise ctx.fail(f"it puts words ending with a comma before another comma: {said}", "ambiguous")
            check_elision(line[:at], edit.new[0], ctx)
            new = stopped(edit.new[0], line[at:], edit, ctx)
            if edit.place.before and opens_sentence(line, at) and not _fragment(article, line, at):
                # put before the words opening the alinéa or a phrase: they open the sentence, as « au début »
                new, line = _opening(new, line, at)
                hit.slot.text[hit.line] = line
            if in_list(edit.anchor, new, line[at:]) and not edit.place.before:
                new += ","
            end = at
            if new and new[-1] in ",;" and line[at:].lstrip()[:1] == new[-1]:  # « …, » before « , »: one comma
                end = at + line[at:].index(new[-1]) + 1
            splice(hit, at, end, joined_with_spaces(line[:at], new, line[end:]), ctx)
        return
    for slot in one_alinea(article, edit.place, ctx):
        line = slot.text[-1] if edit.place.end == "fin" else slot.text[0]
        lo, hi = place_span(line, edit.place, ctx)
        if edit.place.end == "fin":
            hi = min(hi, _phrases_put_after(slot, line, article.original[article.slots.index(slot)], ctx.numero))
            # before the place's stop; a quote there closes quoted words (« 2012" ; »), which stay before
            # the new ones: the alinéa's own quotes are outside the place already
            while hi > lo and line[hi - 1] in BLANKS + ".;:":
                hi -= 1
            semi = re.match(r"[^\S\n]*;", line[hi:])
            if semi and fold(edit.new[0]).strip(BLANKS) in ("et", "ou"):
                hi += semi.end()  # the lone joiner of an enumeration's last two items goes after its « ; »: « ; et »
            if line[hi - 1 : hi] == "," and _is_item(line[lo:]):
                hi -= 1  # « - de recenser … de chaque commune, »: an item's comma, as its « ; », stays last
            inner = line[lo:hi].rstrip(BLANKS + '»"”')
            closed = _stop_after_stopped_quote(line, hi, edit.new[0])
            if closed is not None:  # « ; » after a quotation ending with a stop or a comma: after its quote
                hi = closed
            elif hi > lo and line[hi - 1] in '»"”' and inner.endswith(".") and not ABBREVIATED.search(inner):
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
            elif (
                hi > lo
                and line[hi - 1] in '»"”'
                and _quoted_after_colon(line[lo : hi - 1], line[hi - 1])
                and not any(q in edit.new[0] for q in OPEN + CLOSE + '"')
            ):
                # an instruction ending with the words it quotes (« … complété par les mots : "et des
                # établissements" ; »): words with no quote of their own may complete the quoted words, inside
                # the quotation, or the instruction, after it: which is not said (p119-028)
                reason = "the alinéa ends with words it quotes; whether the words go inside the quotation is not said"  # noqa: E501
                raise ctx.fail(reason, "ambiguous")
            at = hi
            new = stopped(edit.new[0], line[at:], edit, ctx)
        else:
            # words go after the alinéa's own mark (« 2° », « Art. L. 1. – »); a mark, by its kind
            at = _mark_start(line, lo, edit.new[0], ctx) if _is_mark(edit.new[0]) else own_start(line, lo)
            new, line = (edit.new[0], line) if _fragment(article, line, at) else _opening(edit.new[0], line, at)
        hit = Hit(slot, len(slot.text) - 1 if edit.place.end == "fin" else 0, at, at)
        slot.text[hit.line] = line
        splice(hit, at, at, joined_with_spaces(line[:at], new, line[at:]))
        if edit.place.end != "fin" and _is_mark(edit.new[0]):
            _end_before(article, slot.text)


def _phrases_put_after(slot: Slot, line: str, stood: str, numero: str) -> int:
    """Where the alinéa's last line ended as it `stood`, when another amendment of the sitting put phrases
    after its stop (« Compléter l'alinéa 11 par une phrase »): words completing the alinéa complete it as it
    stood, before its stop, whichever was given first (« … au présent II, accompagné d'une étude d'impact. Il
    est transmis … », p129-066), as places are those of the text before the sitting; else its length (a last
    phrase rewritten is no phrase put after the alinéa's end: the words before it ended it as it stood)."""
    spans = slot.fresh.get(len(slot.text) - 1, [])
    put = [lo for lo, hi, other in spans if other != numero and lo < hi and not line[hi:].strip(BLANKS)]
    if not put:
        return len(line)
    cut = min(put)
    before, words = line[:cut].rstrip(BLANKS), line[cut:].strip(BLANKS)
    tail = " ".join(fold(before).split())[-40:]
    ended = " ".join(fold(stood).split()).rstrip(BLANKS + '»"”').endswith(tail)
    if ended and before[-1:] in (".", "!", "?") and words[:1].isupper() and words[-1:] in (".", "!", "?"):
        return len(before)
    return len(line)


def _stop_after_stopped_quote(line: str, hi: int, new: str) -> int | None:
    """Where a lone « ; » completing the alinéa `line` goes when the alinéa ends (nothing after `hi` but its stop
    and quotes) with a quote whose words end with a full stop or a comma (« … par les mots : « , notamment de
    gestion, » », « … : « en Conseil d'État. » », a quoted code alinéa « « … signe. » »): no « ; » follows them
    inside the quotation, so it goes after the quote (the end of the line); so does a full stop after a comma.
    None otherwise: quoted words ending with a word, or an abbreviation's point (« etc. »), leave where it goes
    unsaid, as before."""
    tail = line.rstrip(BLANKS)
    sign = new.strip(BLANKS)
    if sign not in (";", ".") or tail[-1:] not in '»"”' or line[hi : len(tail)].strip(BLANKS + '.»"”'):
        return None
    inner = tail[:-1].rstrip(BLANKS)
    ends = (".", ",", "!", "?", "…") if sign == ";" else (",",)  # a full stop after one: the text's own, as before
    if inner[-1:] not in ends or ABBREVIATED.search(inner):
        return None
    return len(tail)


def _quoted_after_colon(text: str, close: str) -> bool:
    """Whether the quotation `close` ends, at the end of `text`, opens right after a colon (« les mots : « X »,
    « ainsi rédigée : "X" »): words an instruction quotes, not a name the law's text quotes (« dénommé « X » »)."""
    opener = {"»": "«", "”": "“"}.get(close, '"')
    at = text.rfind(opener)
    return at >= 0 and re.search(r":[^\S\n]*$", text[:at]) is not None


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
        "est sont peut peuvent doit doivent a ont sera seront demeure demeurent reste restent "
        # numbers in words, never a name (« Neuf membres » after « Au moins »: « Au moins neuf membres », p112-047)
        "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente "
        "quarante cinquante soixante cent mille",
    )
)


def _is_item(line: str) -> bool:
    """An item of an enumeration: numbered or lettered (« 1° », « a) ») or opened by a dash (« – de … »)."""
    return mark_kind(line) in ("arabic", "letter") or bool(re.match(r'[\s«"“]*[-–—]\s', line))


def _is_mark(words: str) -> bool:
    """A division mark or an article's heading (« 2° », « II. – », « Art. L. 1. – »)."""
    words = words.strip()
    return bool(MARK.match(words) or ROMAN_ITEM.match(words)) or bool(re.search(r"[–—-]$", words))


# the kinds of division marks from the outermost (« I. – » holds « A. – », which holds « 1° », then « a) »)
_KIND_RANK = {"roman": 0, "capital": 1, "arabic": 2, "letter": 3}


def _mark_start(line: str, lo: int, new: str, ctx: Ctx) -> int:
    """Where a mark put at the start of an alinéa goes (« Au début …, insérer la mention : « I. – » »): after
    the code article's heading it opens with (« « Art. L. 447-1. – I. – Il est … »: the article's text starts
    after its heading); before a division mark of a kind it holds (« I. – » before « 1° »: « I. – 1° … »),
    after one of a kind that holds it (« 1° » after « II. – »: « II. – 1° … »). Before or after a mark of
    its own kind (« II. – » at the start of « III. – … »), or of a kind not known, is not said: refused."""
    if ARTICLE_HEADING.match(fold(new.strip(BLANKS))):
        return lo  # a heading put before the alinéa's words: the start itself
    head = fold(line[lo : lo + 120])
    heading = ARTICLE_HEADING.match(head)
    at = lo + (heading.end() if heading else 0)
    own = own_start(line, at)
    if own == at:
        return at
    ours, theirs = mark_kind(new), mark_kind(line[at:own])
    if ours in _KIND_RANK and theirs in _KIND_RANK and ours != theirs:
        return at if _KIND_RANK[ours] < _KIND_RANK[theirs] else own
    said, mark = line[at:own].strip(BLANKS), new.strip(BLANKS)
    reason = f"the alinéa opens with the mark « {said} »: whether « {mark} » goes before or after it is not said"
    raise ctx.fail(reason, "ambiguous")


def _fragment(article: Article, line: str, at: int) -> bool:
    """Whether `at` opens an amendment's words quoted in mid-sentence, not a sentence: a sub-amendment edits
    its amendment (`Article.instructions`), whose alinéa opening with a small letter (« « deux » », bare
    « octobre ») is the operand of an instruction (« par le mot : »), a piece of a sentence of the law;
    words put or deleted at its start give no capital. Its instruction lines, and text it gives opening
    with a capital, open sentences as alinéas do."""
    if not article.instructions or line[:at].strip(BLANKS + '«"“'):
        return False
    return line[at:].lstrip(BLANKS + '«"“')[:1].islower()


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
