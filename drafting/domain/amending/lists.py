"""Lists inside a phrase (« A, B et C »): which words are an item of a series, what deleting one takes
with it (its comma, the « et » before the last), and whether words put next to a list join it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafting.domain.amending.incises import (
    FRONTED,
    ends_with_verb,
    first_of_fronted,
    first_word,
    holds_verb,
    incise,
    joining_word,
    last_segment,
    list_join,
    participle_after,
    past_mark,
    set_apart_participle,
)
from drafting.domain.amending.typography import BLANKS, fold

if TYPE_CHECKING:
    from drafting.domain.amending.article import Ctx


def series_item(line: str, start: int, end: int) -> int:
    """Where words deleted as « la même suppression » start, with the word that opens them as it
    opens the next item of their series: « , par la prolongation …, par la démission » loses « par la
    prolongation …, », where the first place, « , la prolongation …, la démission », had no « par »."""
    before = re.search(r"(?<!\w)([^\W\d_]+)[^\S\n]+$", line[:start])
    if before and re.match(rf"[^\S\n]*{re.escape(before.group(1))}(?!\w)", line[end:], re.I):
        return before.start()
    return start


def check_list_comma(line: str, start: int, end: int, ctx: Ctx) -> None:
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


def _holds_first_bare_item(left: str, segment: str) -> bool:
    """Whether the words before the comma ending `left` (`segment`, after another comma) hold the first of bare
    items deleted after them, not being one: several words opening with a determiner or a preposition (« des
    recours présentés, » of « des recours présentés, instruits et jugés »), bare items opening with none, and
    the words before their own comma not opening like them (« , devant le juge administratif, »: an incise,
    not an item of a list of theirs). No other item of the bare list is left: the comma goes, nothing to join."""
    opens = first_word(segment)[1] - {"bare", "other"}
    if len(segment.split()) < 2 or not opens:
        return False
    head = left.rstrip(BLANKS)[:-1]
    before, _ = last_segment(head[: len(head) - len(segment)])
    return not opens & first_word(before)[1]


def list_tail(line: str, start: int, end: int, ctx: Ctx) -> int:
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
    (`incise`: « Il informe, dans un délai d'un mois, les départements et les régions du projet »). After an
    incise opened by the comma after « et » (« et, sur les aires …, des revêtements, des aménagements ou des
    dispositifs »), the words before the comma are the list's first item: it goes."""
    gone = fold(line[start:end]).strip(BLANKS)
    left, after = line[:start].rstrip(BLANKS), line[end:].lstrip(BLANKS)
    if left[-1:] != "," or not after[:1].isalnum() or re.search(r"[,;:.«»\"“”()]", gone[:1] + gone[-1:]):
        return start
    if re.search(r"[«»\"“”()]", gone):
        return start
    joined, alike = list_join(gone)
    if not joined:  # items joined by commas alone (« d'entrepôts, de hangars … »), each opening alike
        items = re.split(r",[^\S\n]+", gone)
        alike = frozenset.intersection(*(first_word(item)[1] for item in items)) - {"other", "bare"}
        if len(items) < 2:
            return start
    if not alike or first_word(after)[0] in ("et", "ou"):
        return start
    segment, phrase_start = last_segment(left + " ")
    if phrase_start and first_word(segment)[0] in FRONTED:
        return start  # « Dans ce cas, le maire et le préfet statuent »: the comma closes a complement put first
    if re.search(r"(?<!\w)(?:et|ou),[^,;:]*,[^,;:]*,$", fold(left)):
        # « et, sur les aires …, des revêtements de surface, des aménagements … ou des dispositifs »: the comma
        # after « et » opens an incise, the one after it closes it: the first item follows, none before it
        return len(left) - 1
    if not phrase_start and incise(segment, gone):
        return start  # « Il informe, dans un délai d'un mois, les départements et les régions »: the incise's comma
    # Bare words (« précisant et adaptant », « moyens et actions ») say nothing of the words before the comma:
    # the comma is the list's when those open their phrase (« g) Simplifiant, », « présentant les objectifs, »);
    # after another comma, more items may be left (« Adaptant, interrompant, »), or an incise
    if (alike & first_word(segment)[1] or alike == {"bare"}) and not phrase_start:
        if alike == {"bare"} and _holds_first_bare_item(left, segment):
            return len(left) - 1
        if not joined:  # « Il informe, la veille, les départements, les régions du projet »: an item or an incise
            reason = "it deletes the last items of a list: whether the words before their comma are an item is not said"
            raise ctx.fail(reason, "ambiguous")
        joining = joining_word(gone)
        reason = f"it deletes the last items of a list with their « {joining} »: what joins the items left is not said"
        raise ctx.fail(reason, "ambiguous")
    words = past_mark(segment).split()
    # « créer des filiales, acquérir ou céder des participations » less « acquérir ou céder »: the item before ends
    # with its own complement, the words after are the complement of the bare items gone, left to nothing
    own = len(words) > 1 and first_word(words[-2])[1] & {"det", "de"}
    if alike == {"bare"} and own and first_word(after)[1] & {"det", "de"}:
        reason = "it deletes the words of a list's last item and leaves their complement: what is meant is not said"
        raise ctx.fail(reason, "ambiguous")
    return len(left) - 1


_AND_OR = re.compile(r"(?<![^\W\d_])(?:et|ou)(?![^\W\d_])")


def _left_joined(segment: str, item: str) -> bool:
    """Whether the words before those deleted, back to their comma, are no item the comma joins to the list
    left: they hold an « et » (« ou ») of their own joining two items that open with the word the item deleted
    opens with (« au », « aux » as « à »: « aux bibliothèques et aux centres de documentation » before « et à
    l'accès aux ressources numériques »), or a reference each (« L. 446-5 et L. 446-7 » of « aux articles
    L. 446-4, L. 446-5 et L. 446-7 et L. 446-14 » less « et L. 446-14 »: the items left are still joined by it;
    not « du code de la construction
    et de l'habitation » before « et du code de l'action sociale », nor « de sécurité et des conditions de
    travail » before « et la commission », an item's own « et »), or the verb of their phrase (`holds_verb`:
    « de la recherche et de l'innovation sont prises en compte par les autres schémas … en matière de
    formation » before « , d'innovation et de développement économique »: the list's first item follows no
    comma)."""
    if holds_verb(segment):
        return True
    parts = re.split(r"(?<![^\W\d_])(?:et|ou)[^\S\n]+", fold(segment))
    if len(parts) < 2:
        return False
    words = [first_word(words) for words in (parts[-2], parts[-1], fold(item))]
    if all(opens == {"ref"} for _, opens in words):
        return True
    if _joined_inside_last(parts[-1], words[2]):
        return True
    if _bare_list_closed(parts, words[2][1]):
        return True
    same = {_CONTRACTED.get(word.lower(), word.lower()) for word, _ in words}
    return len(same) == 1 and not words[0][1] & {"other", "bare"}


# « au », « aux »: « à » and the article (« aux centres … et à l'accès »: the items open with « à » alike)
_CONTRACTED = {"au": "à", "aux": "à"}


def _joined_inside_last(last: str, deleted: tuple[str, frozenset[str]]) -> bool:
    """Whether the word opening the item deleted (a determiner, « de », « à ») opens words inside the last item
    of the list before it, past that item's first word, the « et » (« ou ») joining that item standing before
    them (« à l'affectation et la carrière des enseignants-chercheurs » before « et des enseignants »): the
    item deleted joins those words, a complement of the last item; the list keeps its « et »."""
    word, opens = deleted
    if not opens & {"det", "de", "à"}:
        return False
    rest = past_mark(last).strip(BLANKS).split(maxsplit=1)[1:]
    return bool(rest) and re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", rest[0].lower()) is not None


def _bare_list_closed(parts: list[str], deleted: frozenset[str]) -> bool:
    """Whether the words after the comma open with one bare word joined by their own « et » (« ou ») to another
    (« scientifique, culturel et professionnel de son choix … afin de prévoir … et de la recherche » before
    « et de faciliter … »): the comma's list of bare words ends there, with its « et »; the words deleted,
    opening with a preposition or a determiner, are no item of it. Not when the words before the comma open
    like the words deleted (`last_item`: the bare words are inside that item)."""
    if not deleted - {"bare", "other"} or len(parts[0].split()) != 1:
        return False
    return first_word(parts[0])[1] == first_word(parts[1])[1] == {"bare"}


def last_item(left: str, item: str) -> tuple[str, bool]:
    """The words before an item deleted with its « et » (« ou »), back to their comma (`last_segment`), and
    whether they open their phrase; when they are a bare list closed by its own « et » (`_bare_list_closed`:
    « technique et industrielle ») and the words before their comma open like the item deleted (« de diffusion
    de la culture scientifique, » before « et de documentation … »), those words too: the bare words qualify a
    word of that item (« de diffusion de la culture scientifique, technique et industrielle »), an item of the
    list of « de » the comma before it belongs to (« de formation, de recherche, de diffusion … »). Not when
    those words hold an « et » (« ou ») opening words unlike the item deleted, a preposition or a determiner
    (« d'école … de l'université et avec celles de dirigeant exécutif de tout établissement public à caractère
    scientifique, » before « culturel et professionnel ou de l'une de ses composantes »: `_member_opened`): that
    « et » opens a member of its own, the comma before it belongs to the list it closed, not the item's."""
    segment, phrase_start = last_segment(left + ",")
    parts = re.split(r"(?<![^\W\d_])(?:et|ou)[^\S\n]+", fold(segment))
    opens = first_word(fold(item))[1] - {"bare", "other"}
    if phrase_start or len(parts) < 2 or not _bare_list_closed(parts, opens):
        return segment, phrase_start
    head = left[: len(left) - len(segment)].rstrip(BLANKS)
    before, start = last_segment(head)
    if not opens & first_word(before)[1] or _member_opened(before, opens):
        return segment, phrase_start
    return left[len(head) - 1 - len(before) :], start


def _member_opened(words: str, opens: frozenset[str]) -> bool:
    """Whether `words` hold an « et » (« ou ») followed by a preposition or a determiner that none of `opens`
    (the classes of the item deleted) is (« et avec celles de … »)."""
    for joined in re.finditer(r"(?<![^\W\d_])(?:et|ou)[^\S\n]+(?=\S)", fold(words)):
        classes = first_word(words[joined.end() :])[1] - {"bare", "other"}
        if classes and not classes & opens:
            return True
    return False


def _pair_between_commas(head: str, after: str) -> bool:
    """Whether one bare word and the one deleted with its « et » (« ou ») stand between two commas after words
    opening otherwise (not bare), the words after the second comma completing those before the first (« de »)
    or their verb: « des évolutions, positives ou négatives, du bilan », « Les actes, signés et datés, sont »:
    two words set apart, no list of three (« les objectifs, moyens et actions envisagés »), the words before
    the first comma no item of theirs."""
    if after[:1] != ",":
        return False
    word, opens = first_word(after[1:].strip(BLANKS))
    if not (opens & {"de"} or word in _VERBS_AFTER or participle_after(after[1:])):
        return False
    return first_word(last_segment(head)[0])[1] != {"bare"}


# Verbs after an incise (« Les actes, signés et datés, sont »)
_VERBS_AFTER = frozenset(["est", "sont", "peut", "peuvent", "doit", "doivent", "ont", "sera", "seront"])


def check_list_join(line: str, start: int, end: int, ctx: Ctx, taken: bool = False) -> None:
    """The last item of a list deleted with its « et » (« ou »), the items before it joined by commas: « des
    mineurs et majeurs protégés et des personnes … » of « des personnes …, des mineurs … et des personnes … »
    (the item before it and the one before that opening like it: a determiner, a preposition), « et actions »
    of « les objectifs, moyens et actions » (one bare word each); or one bare word deleted with the « et » after
    it and the comma before it (« liquider et » of « engager, liquider et mandater »): the items left would be
    joined by a comma alone; what joins them is not said: refused. Not when another « et » (« ou ») follows
    (« de Saint-Pierre-et-Miquelon et de président et de membre »: the list goes on with its own), nor when the
    words before, back to their comma, are no item it joins to the list (`_left_joined`), the comma before them
    is no list's (`_list_comma`: « ainsi que, le cas échéant, les pôles … et les réseaux … »), or one bare word
    and the one deleted stand between commas (`_pair_between_commas`: « des évolutions, positives ou négatives,
    du bilan »). The reason names the word deleted (« et », « ou »)."""
    gone = fold(line[start:end]).strip(BLANKS)
    left, after = line[:start].rstrip(BLANKS), line[end:].lstrip(BLANKS)
    joining = joining_word(gone)
    reason = f"it deletes the last items of a list with their « {joining} »: what joins the items left is not said"
    leading = re.match(r"(?:et|ou)\s+(?=\w)", gone)
    if leading and left[-1:] not in (",", "") and not _list_goes_on(left, after, gone[leading.end() :]):
        item = gone[leading.end() :]
        segment, phrase_start = last_item(left, item)
        if not phrase_start and not _left_joined(segment, item):
            opens = first_word(item)[1] & first_word(segment)[1]
            head = left[: len(left) - len(segment)].rstrip(BLANKS)
            if opens == {"bare"} and len(item.split()) == 1 and len(segment.split()) == 1:
                if not _pair_between_commas(head, after):
                    raise ctx.fail(reason, "ambiguous")  # « les objectifs, moyens et actions »
            elif opens - {"other", "bare"} & first_word(last_segment(head)[0])[1] and _list_comma(head, segment):
                raise ctx.fail(reason, "ambiguous")
    trailing = re.fullmatch(r"([^\W\d_]+)\s+(?:et|ou)", gone)
    if trailing and left[-1:] == "," and after[:1].isalnum():
        item = re.split(r"[,;:.]", after)[0]  # the item after: the list's last, no « et » (« ou ») in it
        if first_word(gone)[1] == first_word(after)[1] == {"bare"} and not _AND_OR.search(fold(item)):
            raise ctx.fail(reason, "ambiguous")
    if not taken and _joined_by_commas_left(gone, left, after):
        raise ctx.fail(reason, "ambiguous")


def check_incise_closed(line: str, start: int, end: int, ctx: Ctx) -> None:
    """Words deleted from the comma before them, the phrase going on after them (« …, notamment la nature des
    combustibles, ainsi que le plafond … sont définis » less « , ainsi que le plafond … »), right after an
    incise opened by « notamment » (« en particulier », « par exemple »): that comma closed the incise too,
    which would be left open before the words after. Whether a comma stays to close it is not said: refused."""
    gone = fold(line[start:end]).strip(BLANKS)
    left, after = line[:start].rstrip(BLANKS), line[end:].lstrip(BLANKS)
    if gone[:1] == "," and gone[-1:] == "," and left[-1:] not in (",", "") and after[:1].isalnum():
        _check_outer_incise(left, ctx)
    if gone[:1] != "," or gone[-1:] == "," or left[-1:] in (",", "") or not after[:1].isalnum():
        return
    if first_word(after)[0] in ("et", "ou", "ainsi"):
        return  # « en particulier des entreprises, des collectivités et des associations »: the incise's list goes on
    segment, phrase_start = last_segment(left + ",")
    opened = re.match(r"(?:notamment|en particulier|par exemple)(?!\w)", fold(segment).strip(BLANKS))
    if opened and not phrase_start:
        said = "whether one stays to close it is not said"
        raise ctx.fail(f"it deletes the comma that closed an incise (« notamment … »): {said}", "ambiguous")


def _check_outer_incise(left: str, ctx: Ctx) -> None:
    """An incise deleted with both its commas (« , pris après avis du Conseil national …, ») right after words
    opening with a preposition set after a verb or its participle by a comma (« sont accréditées, par arrêté
    conjoint des ministres …, pris après avis …, à délivrer »): the incise's closing comma closed those words
    too, which would be left open before the words after. Whether a comma stays to close them is not said:
    refused. Not when the comma before those words follows other words (« pris après avis …, à délivrer, dans
    leurs domaines de compétences, seules »: the amendment names the commas it deletes)."""
    segment, phrase_start = last_segment(left + ",")
    if phrase_start or first_word(segment)[0] not in FRONTED - {"à", "au", "aux"}:
        return
    head = left[: len(left) - len(segment)].rstrip(BLANKS)[:-1]
    if ends_with_verb(head.rstrip(BLANKS)):
        reason = "it deletes the comma that closed an incise around its words: whether one stays is not said"
        raise ctx.fail(reason, "ambiguous")


def _list_comma(head: str, item: str) -> bool:
    """Whether the comma ending `head` (`item` standing after it) may join two items of a list: not when the
    words before it open their phrase with a complement put first before a subject (« Dans ce cas, le maire »,
    « Lorsque …, le préfet »; « Pour l'enseignement de la médecine, de la pharmacie » is a list), or are surely
    an incise before `item` (« Le cas échéant, », « notamment »: `incise`, not from the preposition opening
    them, « après avis du comité … sur l'obligation, la coordination » may end with a list's first item), nor
    when it stands right after « et » (« ou »), opening an incise (« ou, à Mayotte et à Saint-Pierre, »), or
    after words opening with « et » (« ou »), which end a list of their own (« en Martinique, et à Mayotte, »).
    Complements put first one after another close with that comma too (« À titre expérimental, pour une durée de
    six ans, des modalités »: `first_of_fronted`), and words ending with a relative pronoun and its verb, the
    subject after it (« dans lesquelles est assurée, au sein de … », `_subject_after`), end no item of a list."""
    segment, phrase_start = last_segment(head)
    first, opening = segment, phrase_start
    if not phrase_start and first_word(segment)[0] in FRONTED and len(segment.split()) > 1:
        first, opening = first_of_fronted(head)  # « À titre expérimental, pour une durée de six ans, »
    fronted = opening and first_word(first)[0] in FRONTED and {"det", "pron"} & first_word(item)[1]
    if fronted or incise(segment, item, sure=True):  # « Pour l'enseignement de la médecine, de la pharmacie »
        return False
    if not phrase_start and set_apart_participle(segment, item):
        return False  # « Les mandats, échus depuis le 15 mars …, des présidents »: a participle's incise, no item
    if first_word(segment)[0] in ("et", "ou"):  # « En Guyane et en Martinique, et à Mayotte, le préfet et le maire »
        return False  # the words before the comma end a list of their own: the comma closes it
    if (ends_with_verb(segment) or _subject_after(segment)) and first_word(item)[1] - {"bare", "other"}:
        return False  # « sont fixés, pour chaque université concernée et pour chacune des filières, par arrêté »
    return not re.search(r"(?<![^\W\d_])(?:et|ou),$", fold(head))  # « ou, à Mayotte et à … »: an incise opens


# A relative pronoun right before its clause's verb, alone or with its past participle, ending words: the subject
# comes after the verb (« les conditions dans lesquelles est assurée, au sein de …, la représentation »)
_SUBJECT_AFTER = re.compile(
    r"(?<![^\W\d_])(?:que|qu|dont|où|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|duquel|desquels)"
    r"[^\S\n]+(?:est|sont|sera|seront)(?:[^\S\n]+[^\W\d_]{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ise|ises|it|ite|its|ites))?$"
)


def _subject_after(words: str) -> bool:
    """Whether words end with a relative pronoun and its clause's verb, the subject not yet said (« dans
    lesquelles est assurée »): words that cannot end an item of a list; the comma after them opens words set
    apart before that subject."""
    return _SUBJECT_AFTER.search(fold(words).strip(BLANKS).lower()) is not None


def _comma_list_item(head: str, item: str, opens: frozenset[str], after: str) -> bool:
    """Whether `item`, the words between the comma ending `head` and an « et » (« ou ») deleted with the words
    after it that open otherwise, is surely an item of a list the comma joins, whatever those words open with:
    one bare word after a bare word (« médicales, odontologiques, pharmaceutiques » before « et de
    maïeutique »; not the two set between commas, `_pair_between_commas`: « des évolutions, positives ou
    négatives, du bilan »), or « à » and a determiner before one noun (« au », « aux »: nothing else the words
    deleted might join), after words holding « à » too, the words deleted opening with a determiner (not
    « de », « des »), joined to that noun under its « à » (« relatives au recrutement, à l'affectation » before
    « et la carrière »). Either way, the « et » gone, the items left would be joined by a comma alone."""
    before = re.findall(r"[^\W\d_]+", fold(head))
    if len(item.split()) == 1 and first_word(item)[1] == {"bare"}:
        bare = bool(before) and first_word(before[-1])[1] == {"bare"}
        return bare and not _pair_between_commas(head, after)
    word, classes = first_word(item)
    if opens != {"det"} or classes != {"à"} or len(re.findall(r"[^\W\d_]+", fold(item))) > 3:
        return False
    rest = past_mark(item).strip(BLANKS).split(maxsplit=1)[1:]
    contracted = word in ("au", "aux")
    if not (contracted or rest and first_word(rest[0])[1] & {"det"}):
        return False
    segment = last_segment(head + ",")[0]
    return any(first_word(w)[1] & classes for w in re.findall(r"[^\W\d_]+", fold(segment)))


def _joined_by_commas_left(gone: str, left: str, after: str) -> bool:
    """Whether words deleted take away the « et » (« ou ») that joined a list's last items, opening alike (a
    determiner, « de », « à », a preposition: not bare words, which other rules read), and leave items joined by
    commas alone before it, a comma of the same phrase joining them: « et des associations » of « des
    entreprises, des collectivités …, des établissements … et des associations »; « le froid et » of « le
    chauffage, le froid et l'eau chaude »; « , de l'odontologie et de la maïeutique » of « de la médecine, de la
    pharmacie, de l'odontologie et de la maïeutique ». The items the « et » joined open alike (the words after
    an « et » of the item left: « le comité d'hygiène, de sécurité et des conditions de travail et la
    commission »). Not when the comma closes a complement put first or an incise (`_list_comma`), nor when
    the list goes on with its own « et » (« ou ») after the words deleted."""
    leading = re.match(r"(?:(et|ou)|,[^\S\n]*(?=[^\W\d_]))[^\S\n]*", gone)
    gone_item = gone[leading.end() :] if leading else gone
    if _list_goes_on(left, after, gone[leading.end() :] if leading else gone):
        return False
    trailing = re.search(r"[^\S\n]+(?:et|ou)$", gone)
    if leading and left[-1:] not in (",", ""):  # « et X » or « , Y et Z » after the last item left
        if leading.group(1):
            opens = first_word(gone[leading.end() :])[1]
        else:
            joined, opens = list_join(gone[leading.end() :])
            if not joined:
                return False
        item, phrase_start = last_item(left, gone[leading.end() :])
        if phrase_start or not _list_comma(left[: len(left) - len(item)].rstrip(BLANKS), item):
            return False
        if _left_joined(item, gone[leading.end() :]):
            return False
        head = left[: len(left) - len(item)].rstrip(BLANKS)
        if not _AND_OR.search(fold(item)) and _comma_list_item(head, item, opens, after):
            return True  # « médicales, odontologiques, pharmaceutiques et de maïeutique »
        item = re.split(r"(?<![^\W\d_])(?:et|ou)[^\S\n]+", item)[-1]  # the words the « et » deleted joined
    elif trailing and not leading and left[-1:] == "," and after[:1].isalnum():  # « X et » after a comma
        opens = first_word(gone)[1]
        item = re.split(r"[,;:.]", after)[0]  # the item after, now the list's last
        joins = [m.start() for m in _AND_OR.finditer(fold(item))]
        clause = next((at for at in joins if not _list_goes_on(left, after[at:], gone[: trailing.start()])), None)
        if clause is not None:  # « A, X et B et un conseil … sont désignés »: the list ends before that « et »
            item = item[:clause]
        else:
            following = re.finditer(r"(?<![^\W\d_])(?:et|ou)\s+(.*)", fold(item))
            if any(first_word(m.group(1))[1] & opens - {"other", "bare"} for m in following):
                return False  # « A, X et B et C »: the list goes on with its own « et »
        if not _list_comma(left, item):
            return False
    else:
        return False
    if _places(opens, gone_item) and _places(first_word(item)[1], item):
        return True  # « à Mayotte, en Nouvelle-Calédonie, en Polynésie française et dans les îles Wallis et Futuna »
    return bool(opens & first_word(item)[1] - {"other", "bare"})


# Prepositions before a place's name (« à Mayotte », « en Polynésie française », « dans les îles Wallis et Futuna »)
_PLACE_OPENERS = frozenset(["à", "en", "dans"])


def _places(opens: frozenset[str], words: str) -> bool:
    """Whether words open with a preposition of place (« à », « en », « dans ») and name a place (a capital
    among their first three words after it): items of one list of places, however each opens."""
    if not opens & _PLACE_OPENERS:
        return False
    return any(word[:1].isupper() for word in past_mark(words).split()[1:4])


def _list_goes_on(left: str, after: str, item: str) -> bool:
    """Whether the words after those deleted go on with an « et » (« ou ») of the list the deleted words took an
    item of (« de Saint-Pierre-et-Miquelon et de président et de membre »): they open with « et » (« ou »), and
    that word joins no two clauses. It does when the words after it open unlike the item deleted (classes
    both, unlike: « un » after « du ») and hold the verb of a clause of their own, the phrase before the words
    deleted holding its own verb (« il est mis fin au mandat des membres du conseil d'administration, du
    conseil scientifique et du conseil des études … et un conseil d'administration, un conseil académique et
    un président sont désignés »): the list's items left lose their « et ». Not a subject's list before its
    verb (« Les formations de médecine, de pharmacie, d'odontologie et de maïeutique et les formations
    paramédicales sont soumises »: that « et » joins two items of the subject)."""
    joined = re.match(r"(?:et|ou)[^\S\n]+(?=\S)", fold(after))
    if not joined:
        return False
    rest = after[joined.end() :]
    opens = first_word(rest)[1] - {"other", "bare"}
    deleted = first_word(fold(item))[1] - {"other", "bare"}
    if not opens or not deleted or opens & deleted:
        return True
    end = _PHRASE_END.search(rest)
    starts = [m.end() for m in _PHRASE_END.finditer(left)]
    phrase = left[starts[-1] if starts else 0 :]
    clause_before = any(holds_verb(words) for words in phrase.split(","))
    return not (clause_before and holds_verb(rest[: end.start() if end else len(rest)]))


_REFERENCE = r"(?:[A-Z]{1,2}\.\s*(?:[A-Z]\.\s*)?)?\d+[\w-]*(?:\s+(?:bis|ter|quater|[A-Z]))?"


# Words before « soit » the verb (« quelle que soit », « qu'il soit », « ne soit », « ce soit »)
_VERB_SUBJECTS = frozenset(["que", "qu", "il", "elle", "on", "ce", "ne", "n", "en", "y"])
# Words repeated at the head of each term of an alternative or a negation (« soit A, soit B », « ni A, ni B »)
_CORRELATIVES = frozenset(["soit", "ni", "tantôt"])


# The word opening each term of a correlative pair (« soit A, soit B », « ni A ni B », « tantôt A, tantôt B »,
# « d'une part A, d'autre part B »); « soit » the verb aside (`_VERB_SUBJECTS`)
_BRANCH = re.compile(r"(?<![^\W\d_'])(?:soit|ni|tantôt|d'une part|d'autre part)(?![^\W\d_])", re.I)
_PAIRS = {"soit": "soit … soit", "ni": "ni … ni", "tantôt": "tantôt … tantôt"}
# Where a phrase ends: « ; », « : », a full stop after a word (not « L. »)
_PHRASE_END = re.compile(r"[;:](?=\s|$)|(?<=[^\W\d_]{2})\.(?=\s|$|[\"”»])|(?<=[)»\"”])\.(?=\s|$)")


def _branches(text: str) -> list[tuple[str, str]]:
    """The correlative words of `text` (its pair, the word as written), not « soit » the verb."""
    folded = fold(text)
    found = []
    for m in _BRANCH.finditer(folded):
        word = m.group().lower()
        before = re.search(r"([^\W\d_]+)[^\w]*$", folded[: m.start()])
        if word == "soit" and before and before.group(1).lower() in _VERB_SUBJECTS:
            continue  # « quelle que soit », « qu'il soit »
        found.append((_PAIRS.get(word, "d'une part … d'autre part"), text[m.start() : m.end()]))
    return found


def check_correlative(line: str, start: int, end: int, ctx: Ctx) -> None:
    """Words deleted that take one term of a correlative pair with the word opening it (« , soit à l'amiable …
    » of « elle est dissoute soit par le constat …, soit à l'amiable … »; « ni », « tantôt », « d'une part …
    d'autre part ») and leave the other term's word alone in the phrase: « dissoute soit par le constat … ».
    Whether that word goes too, or what stands for it, is not said: refused. Not when two terms are left
    (« soit A, soit B, soit C » less « , soit C »), nor when all go."""
    head = [m.end() for m in _PHRASE_END.finditer(line[:start])]
    tail = _PHRASE_END.search(line, end)
    phrase_start, phrase_end = (head[-1] if head else 0), (tail.start() if tail else len(line))
    gone = _branches(line[start:end])
    if not gone or not re.sub(r"[\W_]+", "", _BRANCH.sub("", fold(line[start:end]))):
        return  # « d'une part » alone (an incise, p38-011): no term goes
    before = _branches(line[phrase_start:phrase_end])
    left = _branches(line[phrase_start:start] + " " + line[end:phrase_end])
    for pair, _ in gone:
        kept = [word for name, word in left if name == pair]
        if len(kept) == 1 and sum(name == pair for name, _ in before) >= 2:
            word = kept[0]
            reason = f"it deletes a term of « {pair} » and leaves « {word} » alone: what becomes of it is not said"
            raise ctx.fail(reason, "ambiguous")


def next_term(left: str, new: str, right: str) -> bool:
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
    word = first_word(term.strip(BLANKS))[0]
    if word in _CORRELATIVES and first_word(new)[0] == word:
        return True
    word = first_word(new)[0]
    after = first_word(right.lstrip(BLANKS)[1:].strip(BLANKS))[0]
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


def infinitives(left: str, new: str, right: str) -> bool:
    """One infinitive ending with its own comma (« partager, ») put after a bare infinitive that opens its
    phrase or follows a comma (« Produire, consommer ») before the list's « , » (« et », « ou ») and another bare
    infinitive (« , stocker »): two infinitives do not follow one another (unless a verb governs the second:
    « faire partager »), so the new one is an item of the list, never words completing the one before."""
    word = re.fullmatch(rf"({_INFINITIVE}),", fold(new).strip().lower())
    before = re.search(rf"(?:^|[,;:«\"“]|\d°|[a-z]\))[^\S\n]*({_INFINITIVE})$", fold(left).lower())
    after = re.match(rf"[^\S\n]*(?:,|et|ou)[^\S\n]+({_INFINITIVE})(?!\w)", fold(right).lower())
    return bool(word and before and after) and before.group(1) not in _GOVERNING  # type: ignore[union-attr]


def item_or_complement(left: str, new: str, right: str) -> str:
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
    alike = first_word(new)[1] & first_word(after)[1] - {"other", "bare"}
    return joined.group().strip(BLANKS) if alike or infinitives(left, new, right) else ""


def comma_on_comma(new: str, right: str) -> bool:
    """One bare word ending with its own comma (« immobilier, », « communiquer, ») put right before a comma of the
    text: an item after that comma, or a word completing the one before, not said. Words opening with « et »,
    « ou », a preposition or an article (« ou de récupération, », « par canalisation, », « et le froid, »), or an
    adverb in « -ment » (« localement, ») complete the words before: their comma and the text's are one."""
    word = re.fullmatch(r"([^\W\d_]+),", fold(new).strip())
    if not word or right.lstrip(BLANKS)[:1] != ",":
        return False
    return first_word(word.group(1))[1] == {"bare"} and not word.group(1).lower().endswith("ment")


def in_list(anchor: str, new: str, right: str) -> bool:
    """A reference put after « X, » in front of the next reference of a list (« L. 4221-9, » then
    « L. 4221-14-1 ») is an item of that list: it takes the comma that separates it from the next one.
    Two references side by side are never meant; other words are left as written."""
    return (
        fold(anchor).rstrip().endswith(",")
        and re.fullmatch(_REFERENCE, fold(new).strip()) is not None
        and re.match(rf"\s+{_REFERENCE}(?!\w)", fold(right)) is not None
    )
