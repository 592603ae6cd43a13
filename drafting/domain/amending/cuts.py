"""The cuts the published HTML makes where no alinéa can end, rejoined: a word of the instruction cut in two
(« insé » / « rer »), a letter alone (« I » / « l est ajouté »), an ordinal, « ainsi » / « rédigé », a stop or a
colon alone, a heading cut from its dash, a reference cut at its hyphen, a sentence cut after a word that cannot
end it, words named inline cut at their quotes, an alinéa quoted in straight quotes cut at its operands, an
italic locution alone in its paragraph. Anything else stays as it is: where it is not sure, a cut stays a cut.
"""

from __future__ import annotations

import html
import re

from drafting.domain.amending.lexicon import (
    ADVERB,
    CLOSE,
    LONE_PART,
    MARK,
    NAMES_WORDS,
    OPEN,
    TIMES,
    WORD_NOUNS,
    WORDS_NOUN,
    instructs,
    quote_depth,
)
from drafting.domain.amending.typography import fold

# The words an instruction's prose is made of: a published HTML that cuts one of them across paragraphs
# (« <p>insé</p><p>rer</p> », « <p>I</p><p>nsérer</p> », « <p>A</p><p>près le mot :</p> ») cut the
# instruction, never a text, since no alinéa opens in the middle of a word
_VOCABULARY = frozenset({
    "insérer", "remplacer", "rédiger", "supprimer", "compléter", "substituer", "ajouter", "rétablir", "procéder",
    "après", "avant", "ainsi", "rédigé", "rédigée", "rédigés", "rédigées", "alinéa", "alinéas", "phrase",
    "phrases", "suivant", "suivante", "suivants", "suivantes", "article", "articles", "paragraphe", "paragraphes",
    "mots", "référence", "références",
    # the ordinals that name alinéas and phrases (« À la prem » / « ière phrase », real amendment 142 of 2013)
    "premier", "première", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
    "neuvième", "dixième", "dernier", "dernière",
})  # fmt: skip
# the ends of those words that are words themselves (« a » / « près », « ain » / « si », « rem » / « placer »)
_WORD_ENDINGS = frozenset({"près", "si", "placer", "primer", "établir", "jouter"})
# the demonstratives an instruction names its place with (« cet alinéa », « cette phrase », « ces mots »): « ce »
# is a word itself, so a cut after it (« Rédiger ainsi ce » / « t alinéa : », « cet » / « te phrase ») is read by
# the whole it makes, « ce t », « cet te » being no French; a letter « c » before « et » only when alone (« c » /
# « et » may be an item's letter and a conjunction), before « es », « ette » always (« Supprimer c » / « es alinéas »)
_DEMONSTRATIVES = frozenset({"cet", "cette", "ces"})
# « Après les mots : », « remplacer le signe (deux fois) : »: the next paragraph is the words named
_NAMES_WORDS_COLON = re.compile(rf"(?i)\b(?:les |le |la |l'){WORD_NOUNS}{TIMES}\s*:$")
# a paragraph's last word and the next one's first, which a cut may have made of one word
_LAST_WORD = re.compile(r"(?:^|(?<=[\s']))([^\W\d_]+)$")
# the same, after the hyphen of a compound too (« l'avant-dern » / « ière phrase »: the ordinal is cut, not
# « avant »), for the words of an instruction only
_LAST_PART = re.compile(r"(?:^|(?<=[\s'\-]))([^\W\d_]+)$")
_FIRST_WORD = re.compile(r"^([^\W\d_]+)(?=$|[\s,;:.])")
# « Rédiger ainsi cette » / « phrase : »: an instruction's prose (no colon yet) cut after an article
_CUT_AFTER_ARTICLE = re.compile(r"^[^:]* (?:cette|cet|ce|ces|la|le|les|un|une)$", re.I)
# « <i>Art. L. 718-6</p><p>.</p></i>– Le conseil »: a heading whose stop and dash were cut from its text
_CUT_HEADING = re.compile(r"^[«\"“]?\s*Art(?:icle)?\.?\s+(?:[A-Z]{1,2}\.\s*)*\d[\w\-\u2010\u2011]*\.$")


def rejoin(paragraphs: list[str]) -> list[str]:
    """The paragraphs of an amendment whose HTML cut its words or sentences where no alinéa can end:
    inside a word of the instruction (« I » / « nsérer une phrase », « alinéa a » / « insi rédigé ») or
    after an article (« Rédiger ainsi cette » / « phrase : »), before
    a stop or a colon standing alone (« ainsi rédigée » / « : », « … d'administration » / « . »), or
    between an article's heading and its dash (« « Art. L. 718-6. » / « – Le conseil … »). Anything else
    stays as it is: a fragment that joins into no word of the instruction may be a word quoted bare."""
    out, glued, listed = [paragraphs[0]], False, False
    going_on: dict[int, bool] = {}  # `_named_goes_on`'s answers from each paragraph on, read once
    for k, paragraph in enumerate(paragraphs[1:], 2):
        previous = out[-1]
        if glued:  # the figures after a reference's hyphen
            out[-1], glued = previous + paragraph, False
        elif listed:  # the item after a lone « et » of a list « respectivement » names
            out[-1], listed = f"{previous} {paragraph}", False
        elif _listed_apart(out, paragraph, paragraphs[k] if k < len(paragraphs) else None):
            out[-1], listed = f"{previous} {paragraph}", True
        elif paragraph in _HYPHENS and _cut_reference(previous, paragraphs[k] if k < len(paragraphs) else ""):
            out[-1], glued = previous + paragraph, True
        elif paragraph in (".", ":") and _stop_of(out):
            out[-1] = previous + ("" if paragraph == "." else " ") + paragraph
        elif paragraph[:1] in "–—-" and _CUT_HEADING.match(fold(previous)):
            out[-1] = f"{previous} {paragraph}"
        elif _cut_word(previous, paragraph) or _cut_fragment(previous, paragraph):
            out[-1] = previous + paragraph
        elif _hyphenated(previous, paragraph):
            out[-1] = previous[:-1] + paragraph  # « insé- » / « rer l'alinéa suivant : »: a word of the instruction
        elif _LINE_END_HYPHEN.search(previous) and paragraph[:1].islower():
            out.append(paragraph)  # « … chaque fac- » / « ture. » »: the PDF's hyphenation or the author's?
        elif any(cut(previous, paragraph) for cut in (_after_article, _straight_cut, _cut_formula, _words_cut)):
            out[-1] = f"{previous} {paragraph}"
        elif (
            _one_text_cut(out, paragraph)
            or _one_alinea_cut(out, paragraph)
            or _cut_sentence(out, paragraph)
            or _named_goes_on(previous, paragraphs, k - 1, going_on)
        ):
            out[-1] = previous + ("" if previous.endswith(("'", "’")) else " ") + paragraph
        elif paragraph in (")", "°") and _MARK_BODY.fullmatch(previous):
            out[-1] = previous + paragraph  # « ... » / « ) », « 2 » / « ° »: a mark's sign cut from it
        else:
            out.append(paragraph)
    return _placed(out)


# the hyphens of a reference's number (« L. 952-6 »), which a paragraph cut alone holds no other way
_HYPHENS = ("-", "\u2010", "\u2011")
_REFERENCE_END = re.compile(r"(?:\b[LRDA]\.\s*|\barticles?\s+)\d+$")
_REFERENCE_GOES_ON = re.compile(r"\d+(?![\d°])")


def _cut_reference(previous: str, after: str) -> bool:
    """Whether a hyphen alone in its paragraph cuts a reference's number (« … l'article L. 952 » / « - » /
    « 6 » sont supprimés ; », real amendment 7 of 2013): a code's article or an article before it, figures
    after it (not an item's mark « 4° »)."""
    return bool(_REFERENCE_END.search(previous) and _REFERENCE_GOES_ON.match(after))


# an item's mark before its sign: placeholder dots, a letter or a number (with its adverb)
_MARK_BODY = re.compile(rf"[«\"“]?\s*(?:\.\.\.|…|[a-z]|\d+)(?:\s+{ADVERB})?")
# a placeholder alone in its paragraph (« ...) », « …° », « … – »): the mark of the drafters' « next number »
_PLACEHOLDER = re.compile(r"[«\"“]?\s*(?:\.\.\.|…)\s*(?:°|\)|[-–—])")


# « Remplacer respectivement les mentions : », « par les mentions : »: a list « respectivement » pairs, and
# what introduces the second one (« par les mentions : », « les mentions : »)
_SECOND_LIST = re.compile(r"(?:par )?(?:les|aux) [^\W\d_]+ ?:")


def _listed_apart(out: list[str], paragraph: str, following: str | None) -> bool:
    """Whether `paragraph` is a lone « et » between two items of a list « respectivement » names, each item in
    its own paragraph (the Sénat's HTML: « Remplacer respectivement les mentions : » / « b) » / « et » /
    « c) » / « par les mentions : » / « a) » / « et » / « b) »): one list, « b) et c) », as when given on one
    line. Only right after the paragraph that introduces the list (the instruction saying « respectivement »,
    or the second list's « par les mentions : » after it), its items short and no instruction."""
    if fold(paragraph).strip() != "et" or following is None or len(out) < 2:
        return False
    intro = fold(out[-2]).strip()
    if not intro.endswith(":"):
        return False
    second = len(out) >= 4 and bool(_SECOND_LIST.fullmatch(intro)) and "respectivement" in fold(out[-4])
    said = "respectivement" in intro or second
    items = (out[-1], following)
    return said and all(len(i) <= 40 and not i.rstrip().endswith(":") and not instructs(i) for i in items)


def _placed(paragraphs: list[str]) -> list[str]:
    """A placeholder alone in its paragraph opens the alinéa after it (« …° » / « Il est ajouté … », « ...) » /
    « À l'article … »): a mark is no alinéa by itself. Not before a paragraph that opens an alinéa of its
    own (a quote, a mark, a heading, an instruction), nor at the end."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out and _PLACEHOLDER.fullmatch(out[-1]) and not _opens_alinea(paragraph):
            out[-1] = f"{out[-1]} {paragraph}"
        else:
            out.append(paragraph)
    return out


def _opens_alinea(paragraph: str) -> bool:
    """Whether `paragraph` opens an alinéa of its own: a quote, a dash, a mark, a heading, an instruction."""
    return (
        paragraph[:1] in OPEN + '"–—-'
        or bool(MARK.match(paragraph) or _ITEM.match(paragraph) or LONE_PART.fullmatch(paragraph))
        or bool(_DIVISION_HEADING.match(paragraph) or _PLACEHOLDER.match(paragraph))
        or instructs(paragraph)
    )


def _stop_of(out: list[str]) -> bool:
    """Whether a full stop or a colon alone in its paragraph ends the one before (« ainsi rédigée » / « : »,
    « … du conseil d'administration » / « . »): not when it may be a mark quoted as such, after a sentence
    that names words or signs (« supprimer le signe » / « . »), or after the words it names (« Après les
    mots : » / « X » / « . »: the sentence's stop or theirs?); nor after a stop, colon or quote already."""
    previous = fold(out[-1])
    if previous[-1:] in '.,:;"' or NAMES_WORDS.search(previous) or WORDS_NOUN.search(previous.lower()):
        return False
    return len(out) < 2 or not _NAMES_WORDS_COLON.search(fold(out[-2]))


# « … à Mayotte, en » / « Nouvelle-Calédonie, … »: a paragraph of several words ending on a word that
# cannot end a sentence (a preposition, an article, a conjunction, an elided word)
_OPEN_ENDING = re.compile(
    r"\S\s+(?:à|au|aux|de|du|des|en|dans|par|pour|sur|sous|avec|sans|entre|vers|chez|et|ou|le|la|les|"
    r"[ldjnsc]'|qu'|jusqu'|lorsqu'|puisqu')$"
)
_LIST_ENDING = re.compile(r"[;,:]\s*(?:et|ou)$")
# an item's mark with its adverb (« a bis) »), which MARK leaves
_ITEM = re.compile(rf"[a-z]{{1,2}}(?:\s+{ADVERB})?\)")
# words named bare before the paragraph: « Remplacer les mots : de la », « supprimer les mots » / « de la »
_NAMES_BARE = re.compile(rf"(?i){WORD_NOUNS}{TIMES}\s*(?::[^«»\"]*)?$")
# a heading opens its own alinéa, even after a cut (« Section 3 », « Chapitre II », « TITRE Ier »)
_DIVISION_HEADING = re.compile(r"(?:TITRE|Titre|LIVRE|Livre|PARTIE|Partie|CHAPITRE|Chapitre|SECTION|Section|"
                               r"Sous-section|SOUS-SECTION|Paragraphe|PARAGRAPHE|ARTICLE|Article|Art\.)\b")  # fmt: skip


def _cut_sentence(out: list[str], paragraph: str) -> bool:
    """Whether the HTML cut a sentence after a word that cannot end it (« … à Mayotte, en » / « Nouvelle-
    Calédonie, en Polynésie … »; « … prévues à l' » / « article 38 »): no alinéa ends without a stop on a
    preposition, an article or a conjunction. Not when the paragraph after opens an alinéa of its own (an
    item's or part's mark, a quote, a dash, a heading, an instruction), nor after « ; et », « , ou » (which may
    end a list's last item but one), nor when the words may be quoted bare (after « les mots : »). Inside a
    quote, though, the paragraph that closes it, given with no quote of its own, goes on with its text (« « …
    française, ou » / « de la Nouvelle-Calédonie. » », « « , à Mayotte, en » / « Guyane, » »): those words are
    quoted, not bare, and an alinéa of a quotation opens with its quote, so after « , ou » one going on in
    lower case is joined (« « 2° bis …, ou » / « « 2° ter … » stay two)."""
    # the last words are enough (the longest ending is « puisqu' »): most paragraphs end on a stop
    if not paragraph[:1].isalpha() or not _OPEN_ENDING.search(ending := fold(out[-1][-16:])):
        return False
    closes = _closes_left_open(out[-1], paragraph)
    if _LIST_ENDING.search(ending) and not (closes and paragraph[:1].islower()):
        return False  # « … ; et » may end the last item but one of a list
    if MARK.match(paragraph) or _ITEM.match(paragraph) or _DIVISION_HEADING.match(paragraph) or instructs(paragraph):
        return False
    if closes or _deleted_bare(out, paragraph):
        return True
    return not _NAMES_BARE.search(fold(out[-1])) and not (len(out) > 1 and _NAMES_BARE.search(fold(out[-2])))


# words an alinéa names, quoted straight and left with no stop: « … les mots : "X" », « … la référence : "X" »
_NAMED_STRAIGHT = re.compile(rf'(?i)\b{WORD_NOUNS}{TIMES}\s*:\s*"[^"]*"$')


def _after_article(previous: str, paragraph: str) -> bool:
    """« Rédiger ainsi cette » / « phrase : »: an instruction's prose cut after an article."""
    return paragraph[:1].islower() and bool(_CUT_AFTER_ARTICLE.search(previous)) and instructs(previous)


def _straight_cut(previous: str, paragraph: str) -> bool:
    """Whether the HTML cut an alinéa quoted in straight quotes at its operands (« "2° - Au 2°, les mots :
    "X" » / « sont remplacés par les mots : » / « "Y" ; », Senate committee amendments COM-39 and COM-40 of
    2013): `previous` opens a straight quote it leaves open (their count is odd: they do not nest), so the
    alinéa goes on, and it ends where no alinéa can, on words it names (« les mots : "X" ») before a
    paragraph going on in lower case (the verb they await; no alinéa opens so but an item's mark), or on
    the colon that names them (« par les mots : ») before a paragraph opening with a straight quote (those
    words: in a straight quotation only the first alinéa opens with one)."""
    if previous[:1] != '"' or previous.count('"') % 2 == 0 or instructs(paragraph):
        return False
    if paragraph[:1].islower():
        return not (MARK.match(paragraph) or _ITEM.match(paragraph)) and bool(_NAMED_STRAIGHT.search(fold(previous)))
    return paragraph[:1] == '"' and paragraph.count('"') >= 2 and bool(_NAMES_WORDS_COLON.search(fold(previous)))


# « Supprimer les mots : », « supprimer le mot (deux fois) : »: a deletion names its words last, nothing after them
_DELETES_WORDS = re.compile(rf"(?i)\bsupprimer (?:les |le |la |l'){WORD_NOUNS}{TIMES}\s*:$")


# « Supprimer les mots : », « Compléter cet alinéa par une phrase ainsi rédigée : »: what follows is one text
_NAMES_ONE_TEXT = re.compile(
    rf"(?i)(?:\b(?:les |le |la |l'){WORD_NOUNS}{TIMES}|\bune phrase (?:ainsi rédigée|rédigée comme suit)|"
    r"\bla phrase suivante)\s*:$"
)


def _one_text_cut(out: list[str], paragraph: str) -> bool:
    """Whether `paragraph`, in lower case, goes on with the one text the instruction names (words, or one
    phrase) that the HTML cut anywhere (« Supprimer les mots : » / « « Il ne peut » / « y être recouru … » »,
    « … par une phrase ainsi rédigée : » / « « Il est mis fin de plein droit » / « à l'état … » », « Supprimer
    les mots : » / « … où il » / « reçoit application »): words or a phrase hold no alinéa, so the cut is no
    alinéa's end. Quoted, the paragraph closes the quote the one before left open; bare, it neither instructs
    nor quotes (`_deleted_bare`)."""
    if len(out) < 2 or not paragraph[:1].islower() or not _NAMES_ONE_TEXT.search(fold(out[-2]).rstrip()):
        return False
    if out[-1][:1] in OPEN:
        return _closes_left_open(out[-1], paragraph)
    return _deleted_bare(out, paragraph)


def _one_alinea_cut(out: list[str], paragraph: str) -> bool:
    """Whether `paragraph` goes on with the one alinéa quoted that the instruction names (« Après l'alinéa 5,
    insérer l'alinéa suivant : » / « « 3° Des dispositifs … des eaux » / « pluviales. » », « Rédiger ainsi
    l'alinéa 5 : »): a line in lower case, no item's mark, opening no quote and closing the one left open (an
    alinéa of a quotation opens with its quote), cut by a PDF's line or the HTML: one alinéa, not two."""
    if len(out) < 2 or not paragraph[:1].islower() or MARK.match(paragraph) or _ITEM.match(paragraph):
        return False
    if not _NAMES_ONE_ALINEA.search(fold(out[-2]).rstrip()):
        return False
    return out[-1][:1] in OPEN and _closes_left_open(out[-1], paragraph)


# « insérer l'alinéa suivant : », « … un alinéa ainsi rédigé : », « Rédiger ainsi l'alinéa 5 : » (one alinéa)
_NAMES_ONE_ALINEA = re.compile(
    r"(?i)(?:\b(?:l'alinéa suivant|un alinéa (?:ainsi rédigé|rédigé comme suit))|"
    r"(?:^|, )rédiger ainsi (?:l'alinéa \d+|cet alinéa))\s*:$"
)


def _named_goes_on(previous: str, paragraphs: list[str], start: int, known: dict[int, bool]) -> bool:
    """Whether words named inline with their quote left open (« … supprimer les mots : « ou, pour les procédés
    de » / « production d'énergies … » / « présente … L. 111-17 ». ») go on in the paragraphs from `start`, cut
    by a PDF's lines or the HTML: each in lower case, no item's mark, no instruction, opening no quote, up to the
    one that closes theirs. Words named hold no alinéa; joined wrongly, they are not found and refused. The
    answer from each paragraph on is the same whatever came before: kept in `known`, each paragraph is read
    once (asked again at each of them, a long run of lines cost the square of its length)."""
    if not _WORDS_LEFT_OPEN.search(previous):
        return False
    read: list[int] = []
    answer = False
    for j in range(start, len(paragraphs)):
        if j in known:
            answer = known[j]
            break
        read.append(j)
        paragraph = paragraphs[j]
        if not paragraph[:1].islower() or any(c in paragraph for c in OPEN):
            break
        if MARK.match(paragraph) or _ITEM.match(paragraph) or _LINE_END_HYPHEN.search(paragraph):
            break
        if any(c in paragraph for c in CLOSE):
            answer = True  # it closes their quote (« dans le bassin d'emploi concerné ». »): their end, no instruction
            break
        if instructs(paragraph):
            break
    known.update(dict.fromkeys(read, answer))
    return answer


def _deleted_bare(out: list[str], paragraph: str) -> bool:
    """Whether words given bare to delete (« Supprimer les mots : » / « et à l'organisation de la ») go on in
    `paragraph` (« campagne électorale »): a deletion takes one text and nothing after it, so a paragraph in
    lower case that neither instructs (« et insérer … ») nor names or quotes words (« : », a quote) can only be
    the rest of its words. Words wrongly joined would not be found in the alinéa: the deletion is refused then."""
    if len(out) < 2 or not paragraph[:1].islower() or any(c in paragraph for c in ':"' + OPEN + CLOSE):
        return False
    if instructs(re.sub(r"^(?:et|puis|ou|ainsi que),?\s+", "", paragraph)):
        return False
    return out[-1][:1] not in OPEN + '"' and bool(_DELETES_WORDS.search(fold(out[-2]).rstrip()))


def _closes_left_open(previous: str, paragraph: str) -> bool:
    """Whether `previous` opens with a quote (« or “) it leaves open and `paragraph`, opening none, closes
    it: both are one quoted text."""
    if previous[:1] not in OPEN or paragraph.rstrip(" .;,")[-1:] not in CLOSE or any(c in paragraph for c in OPEN):
        return False
    left_open = quote_depth(previous)
    return left_open > 0 and sum(paragraph.count(c) for c in CLOSE) == left_open


def _cut_word(previous: str, paragraph: str) -> bool:
    """Whether `previous` ends with the start of a word of the instruction that `paragraph` goes on with
    (« insé » / « rer les mots : »): neither part may be a word of it alone, and the second goes on in
    lower case, as no paragraph of an amendment opens."""
    first = _FIRST_WORD.match(paragraph)
    last = _LAST_PART.search(fold(previous)) if first and paragraph[0].islower() else None
    if not first or not last:
        return False
    head, tail = last.group(1), first.group(1).lower()
    if (head + tail).lower() in _DEMONSTRATIVES:
        # « c » / « et » may be an item's letter and a conjunction; « c » / « es alinéas » is no French but « ces »
        return len(head) > 1 or head == previous or (head + tail).lower() != "cet"
    if (head + tail).lower() not in _VOCABULARY or head.lower() in _VOCABULARY or tail in _VOCABULARY:
        return False
    # « … il y a » / « près de … » may be two words a cut parted: such an ending joins only a fragment alone
    return tail not in _WORD_ENDINGS or head == previous


# a hyphen ending a line after a letter (« fac- », « insé- »): a PDF's hyphenation of a word, or a compound's own
_LINE_END_HYPHEN = re.compile(r"[^\W\d_][-\u2010]$")


def _hyphenated(previous: str, paragraph: str) -> bool:
    """Whether a PDF line hyphenated a word of the instruction's prose (« Après l'alinéa 4, insé- » / « rer
    l'alinéa suivant : »): the two parts make a word of its vocabulary, which no compound is. Inside words
    quoted, a hyphen at a line's end may be the PDF's or the author's (« fac- » / « ture », « porte- » /
    « parole »): those are not joined, and the text is refused as cut (`cut_inside`)."""
    if not _LINE_END_HYPHEN.search(previous) or not paragraph[:1].islower() or quote_depth(previous) > 0:
        return False
    return _cut_word(previous[:-1], paragraph)


# a letter in lower case opening a paragraph, before more words: unless it is one of the French words of one
# letter, it is the end of a word the HTML cut (« I » / « l est ajouté », « troisièm » / « e à »); two letters
# may already be a word, French or not (« comité » / « ad hoc »), and « x » a variable
_FRAGMENT = re.compile(r"([b-wzçéèêëîïöùûüœæ]) (?=\w)")


def _cut_fragment(previous: str, paragraph: str) -> bool:
    """Whether `paragraph` opens with the end of a word cut from `previous`'s last one, as no alinéa opens:
    a letter in lower case that is no French word (not « a », « à », « y »), then more words (« I » / « l est
    ajouté un article », « Les troisièm » / « e à sixième alinéas »), or only the colon or stop that ends the
    sentence, after a word of three letters or more (« … est ainsi rédigé » / « e : », real amendment 141 of
    2013: no item's mark, « e) », is so). Not when the previous paragraph names words bare (« Supprimer la
    lettre » / « s de … »: the letter may be the words named)."""
    last = _LAST_WORD.search(previous)
    if not last or not (_FRAGMENT.match(paragraph) or _FRAGMENT_STOP.fullmatch(paragraph) and len(last.group(1)) > 2):
        return False
    if _ITEM_LETTER.match(fold(paragraph)):  # « prévus au » / « b du 2° »: an item named, a word of its own
        return False
    return not _NAMES_BARE.search(fold(previous))


# a letter naming an item (« b du 2° », « c bis de l'article », « a du I »), not the end of a word cut: it is
# followed by the division it belongs to, which the end of a word (« troisièm » / « e alinéa ») is not
_ITEM_LETTER = re.compile(
    r"[a-z](?:\s+(?:bis|ter|quater))?\s+(?:du|de\s+la|de\s+l'|des|au|aux)\s*(?:\d+\s*°|[IVX]+\b|article|même|présent)"
)


# « e : », « s. »: a letter in lower case (no French word) and the sign ending its sentence, nothing else
_FRAGMENT_STOP = re.compile(r"[b-wzçéèêëîïöùûüœæ] ?[:.;]")


# words named with their quote opened and nothing after it (« … après le mot : « »), or their quote still open
_WORDS_OPENED = re.compile(rf"(?i)\b{WORD_NOUNS}{TIMES}\s*:\s*[«\u201c]$")
_WORDS_LEFT_OPEN = re.compile(rf"(?i)\b{WORD_NOUNS}{TIMES}\s*:\s*[«\u201c][^«»\u201c\u201d]*$")


def _words_cut(previous: str, paragraph: str) -> bool:
    """Whether the HTML cut words an instruction names inline at their quotes (« … après le mot : « » /
    « président » / « », sont insérés les mots : « » / « ou son représentant » ; », real amendment 142 of
    2013): words named are quoted inline, so an opening quote ends no paragraph after them, and no paragraph
    opens with a closing quote but to close their quote left open."""
    if _WORDS_OPENED.search(previous):
        return not instructs(paragraph)
    return paragraph[:1] in CLOSE and bool(_WORDS_LEFT_OPEN.search(previous))


def _cut_formula(previous: str, paragraph: str) -> bool:
    """Whether the HTML cut « ainsi rédigé » or « ainsi modifié », the formulas that introduce a text or items
    (« 3° La dernière phrase du 1° est ainsi » / « rédigée : », real amendment 141 of 2013): « ainsi » ends no
    sentence without a stop, and no alinéa opens in lower case with « rédigé »."""
    return bool(re.search(r"\bainsi$", previous)) and bool(re.match(r"(?:rédigé|modifié)", paragraph))


# « … nommer un comité</p><p><i>ad hoc</i></p><p>pour réaliser … »: an italic locution alone in its paragraph
# between a paragraph ending on a letter and one going on in lower case
LOCUTION_CUT = re.compile(
    r"(?<=[^\W\d_])(?P<close>\s*</p>\s*<p\b[^>]*>\s*)(?P<span><(?P<tag>i|em)\b[^>]*>(?P<words>[^<]+)</(?P=tag)>)"
    r"(?P<open>\s*</p>\s*<p\b[^>]*>\s*)(?=[a-zà-ÿœæ])",
    re.I,
)


def locution_joined(match: re.Match[str]) -> str:
    """The italic locution and the paragraphs around it made one (real amendment 9 of 2013: « … un comité » /
    « <i>ad hoc</i> » / « pour réaliser … »): a locution of several words in italics (« ad hoc », « a posteriori »)
    is whole words, so the HTML cut the sentence at word edges, and a sentence going on, with no stop before it,
    is one alinéa. A span of one word, or not in lower case, stays as it is (it may be an item's letter)."""
    words = html.unescape(match.group("words")).replace("\u00a0", " ").strip()
    if not words[:1].islower() or MARK.match(words) or not _LOCUTION.fullmatch(words):
        return match.group(0)
    first, *_, last = words.split()
    if len(first) < 2 and first not in ("a", "à") or len(last) < 2:
        return match.group(0)  # « é ad hoc »: a word's end, cut with the italics
    return f" {match.group('span')} "


# a locution of several words in lower case (« ad hoc », « a priori », « de facto »)
_LOCUTION = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)+")


def cut_inside(paragraphs: tuple[str, ...]) -> bool:
    """Whether a text's alinéas show a sentence the HTML cut: one opens in lower case (not an item's mark)
    after one that ends on a letter or a figure, without a stop or any sign (« … devant le Parlement » /
    « dans un délai … », real amendments 9 and 113 of 2013). No alinéa of a law ends so before one that goes
    on in lower case; the rest of the cut sentence (« . » / « Il est accompagné … ») may be read as an alinéa
    of its own, so that which alinéas the text holds is a guess."""
    return any(
        after[:1].islower()
        and (before[-1:].isalnum() or bool(_LINE_END_HYPHEN.search(before)))
        and not (MARK.match(after) or _ITEM.match(after))
        for before, after in zip(paragraphs, paragraphs[1:], strict=False)
    )
