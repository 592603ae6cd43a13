"""Operands quoted: words « X » inline (quotes nested counted, straight ones not nesting), and runs of quoted
alinéas after a colon (each opening with a quote, only the last closing), the quotations an alinéa of them
introduces (`INTRODUCES`) keeping their own quotes.
"""

from __future__ import annotations

import re

from drafting.domain.amending.lexicon import CLOSE, OPEN, WORD_NOUNS, instructs, quote_depth
from drafting.domain.amending.typography import fold

# « « A », « B » et « C » »: quoted words, separated by commas and a last « et », and nothing else
_QUOTED = r"[«\u201c][^«»\u201c\u201d]*[»\u201d]"
_QUOTED_LIST = re.compile(rf"{_QUOTED}(?:\s*,\s*{_QUOTED})+\s*,?\s+et\s+{_QUOTED}\s*[.;]?")


# what goes on after words quoted inline: « et », « puis », « par » (« « X » par les mots : »), or the noun of the
# words put in their place (« substituer aux mots : » / « « X » les mots : « Y » », p115-079)
# or the count of the words' occurrences (« « Y » (deux fois) », read as « … par le mot : « Y » (deux fois) »)
_GOES_ON = re.compile(
    rf"\s*[,;]?\s*(?:(?:et|puis|par)\b|(?:les |le |la |l'){WORD_NOUNS}\s*(?::|[«\u201c])"
    r"|\((?:par )?(?:deux|trois|quatre|cinq|six) fois\))"
)


def _goes_on(paragraphs: list[str], i: int, para: str) -> bool:
    """Whether the quote opening paragraph `i` closes inside it and the instruction goes on after it
    (« « Y » et aux mots : », « « la », et après le mot : », « « X » par les mots : »): words quoted inline,
    not quoted alinéas. Straight quotes do not nest (« "5° … après les mots : " port " … »): a quoted
    alinéa, as before; so is one whose quotes are amiss (« « 1° … rédigée : »le mandat … « . »). A paragraph
    that is only a list of quoted words (« « A », « B » et « C » ») is words quoted inline too."""
    if para[:1] not in OPEN:
        return False
    if _QUOTED_LIST.fullmatch(para.strip()):
        return True
    _, j, rest, k = _quote(paragraphs, i, para, 0)
    return j == i and bool(_GOES_ON.match(fold(rest[k:]).lower())) if rest else False


def _run_end(paragraphs: list[str], i: int) -> int | None:
    """The paragraph that closes the run of quoted alinéas opening at `i`, or the first that instructs. A
    quotation an alinéa of the run introduces, given one quote only (« « 1° … ainsi rédigé : » then « « 5° Au
    titre. » ; »), closes itself, not the run, when a quoted alinéa follows it (« « 2° L'article … »): the run
    goes on (« Rédiger ainsi cet article : » then the I, its items and their quotations, and the II)."""
    inner = False  # inside a quotation that an alinéa of the run introduces, given one quote only
    for j in range(i + 1, len(paragraphs)):
        paragraph = paragraphs[j]
        if instructs(paragraph):
            return j
        rest = paragraph[1:] if paragraph[:1] in OPEN else paragraph
        balance = quote_depth(rest)
        following = paragraphs[j + 1] if j + 1 < len(paragraphs) else ""
        if inner and balance == -1 and following[:1] in OPEN and not instructs(following):
            inner = False  # its own quote closed, the run goes on
            continue
        # « «a) … le mot : « quatre » … « cinq » ; » closes the words it quotes, not the run, a quoted alinéa
        # after it; straight quotes do not nest, and « « 2° … » » is a quotation's alinéa quoted again: as
        # written, they end it
        words = balance >= 0 and rest.lstrip()[:1] not in OPEN + '"' and paragraph.rstrip(" .,;")[-1:] != '"'
        words = words and following[:1] in OPEN and not instructs(following)
        if _closed(paragraph) and not words:
            return j
        if not inner and INTRODUCES.search(fold(rest).strip()):
            inner = True
    return None


def _open_alone(paragraph: str) -> bool:
    """An alinéa opening with « whose only quote is that one, ending a sentence (« « III. – … paragraphe. »,
    « « 3° Aux règles … ; »): left open, it has no other quote that could close it or be closed."""
    text = paragraph.strip()
    others = re.search(r'[«»“”"]', text[1:])
    # « « III. – … 2020. En conséquence, supprimer le II. »: a later sentence written as an instruction may be
    # the amendment's, after the text it left open: where the text ends is not said
    told = _INSTRUCTION_AFTER.search(fold(text))
    return text[:1] == "«" and others is None and bool(re.search(r"[.;]$", text)) and told is None


# A sentence, after the first, opening as an amending instruction does: « En conséquence », « Alinéa 5 », a verb
# of the forms in the infinitive, or a place then that verb (« Au II, supprimer … », « Après l'alinéa 3, insérer »)
_VERBS = (
    r"(?:supprimer|insérer|inserer|remplacer|compléter|completer|rédiger|rediger|rétablir|retablir|ajouter"
    r"|substituer|procéder|proceder|abroger|modifier)"
)
# … the verb governing what amendments name (« ainsi », words with their colon or quote, an alinéa, a phrase, an
# article, a division by its mark, the start or end of one, after a place or not): « Supprimer un soutien … est
# puni », « Rédiger les factures … relève », an infinitive as a sentence's subject, is a sentence of law (p99-051)
_NAMED = (
    r"(?:ainsi\b|comme suit\b|[«\"“]"
    r"|(?:(?:à |aux |au |du |des |de la |de l'|après |apres |avant |dans |par )?"
    r"(?:les |le |la |l'|un |une |ces |ce |cet |cette )?"
    r"(?:\w+(?:ier|ière|ième|ond|onde)s? (?:et \w+ )?)?"
    r"(?:(?:alinéas?|phrases?|articles?|paragraphes?|fin|début)\b|(?:\d+ ?°|[ivxlc]+\b|[a-z]\))"
    rf"|(?:les |le |la |l')?{WORD_NOUNS}\s*(?::|[«\"“]))))"
)
# … maybe after a place set off by commas or an adverb (« Supprimer, au II, les mots », « Supprimer également le II »)
_BETWEEN = r"(?:\s*,[^,.;]{1,80},|\s+(?:en conséquence|également|egalement|aussi|de même|ensuite|enfin|donc)\b,?|,)?"
_INSTRUCTION_AFTER = re.compile(
    rf"[.;:]\s+(?:en conséquence\b|alinéas? \d|(?:procéder|proceder|abroger|modifier)\b|{_VERBS}\b{_BETWEEN}\s*{_NAMED}"
    rf"|(?:à|a|au|aux|après|apres|avant|dans)\b[^.;]{{0,120}}?,\s*{_VERBS}\b)",
    re.IGNORECASE,
)


def _block(paragraphs: list[str], i: int) -> tuple[int, list[str]]:
    """Quoted alinéas after a colon: each opens with a quote, the last closes (« … » or "…");
    their first and last quote marks go, any other belongs to the text."""
    k = i + 1
    if not _closed(paragraphs[i]):
        # the closing quote ends the run, unless an instruction comes first: then only the
        # alinéas that open with a quote are quoted
        end = _run_end(paragraphs, i)
        if end is not None and _closed(paragraphs[end]) and not instructs(paragraphs[end]):
            k = end + 1
        else:
            while k < len(paragraphs) and paragraphs[k][:1] in OPEN + '"':
                k += 1
    if not _closed(paragraphs[k - 1]):
        # never closed: the alinéas continue a quotation of the text, their quotes are its own
        return k, [p.strip() for p in paragraphs[i:k]]
    # a quote opens each alinéa (only the first one, with straight quotes « " … / … / … " »)
    body, going_on = _nested(paragraphs[i:k], [p[1:].strip() if p[:1] in OPEN + '"' else p for p in paragraphs[i:k]])
    if paragraphs[i][:1] == '"' and sum(p.count('"') for p in paragraphs[i:k]) % 2:
        # straight quotes do not nest: an odd count leaves the amendment's closing one out, the last closing the
        # words the alinéa quotes last (« "2° Au 2°, les mots : "X" sont remplacés par les mots : "Y" ; »)
        pass
    elif paragraphs[i][0] == '"' or _left_open(body, going_on) < 0:
        # the last closing quote is the amendment's own, with any full stop of its sentence
        body[-1] = re.sub(r'[»\u201d"]\s*[.,;]?$', "", body[-1]).strip()
    elif quote_depth(body[-1].lstrip("«“ ")) < 0:
        # the last closing quote ends a quotation of alinéas, the text's (the amendment's own left out: « … du
        # présent code. ». »): the full stop after it is the amendment's sentence's, no alinéa of a law ending
        # so after its quotation's own stop; after words quoted (« … par les mots : « de la Collectivité ». »,
        # « « , notamment … L. 3131-12 ». ») it is the alinéa's own
        body[-1] = re.sub(r"([.!?…]\s*[»\u201d])\s*\.$", r"\1", body[-1])
    return k, body


def _unpaired_amid(paragraph: str) -> bool:
    """Whether one alinéa quoted whole, ending with a guillemet, opens one more than it closes and, read with
    its own closing one forgotten (« « 2° … les mots : « au service … durable. » », read so), nests a quote in
    another: « « 1° bis … le mot : « délai est remplacé par le mot : « terme » ; » » leaves « délai » open
    or quotes « terme » in it; which words it quotes is not said. An alinéa going on with a quotation
    (« « « 3° … ; ») and quotes nested as the text writes them in a quotation that pairs stay read."""
    if paragraph[:1] != "«" or not re.search(r"»\s*[.,;]?\s*$", paragraph):
        return False
    if paragraph.count("«") != paragraph.count("»") + 1:
        return False
    depth = deepest = 0
    for c in re.findall("[«»]", paragraph[1:]):
        depth += 1 if c == "«" else -1
        deepest = max(deepest, depth)
    return deepest > 1


def _left_open(body: list[str], going_on: list[bool]) -> int:
    """How many quotes the alinéas leave open (below zero: closed more than opened), counting the quotes of
    the kind that closes the last (« » or “ ”: a text quoted “ ” in an amendment quoting « » closes none of
    the amendment's). The quote opening an alinéa that goes on with a quotation opened before it and left open
    (« « Les modalités … » » after « « V. – … », or after « « Art. L. 1. – … ainsi rédigé : ») is that
    quotation's again, not a new one: « … » » closes it and the amendment's."""
    last = re.search(r"([»\u201d])\s*[.,;]?$", body[-1]) if body else None
    opening, closing = ("«", "»") if last is None or last.group(1) == "»" else ("\u201c", "\u201d")
    depth = 0
    for text, again in zip(body, going_on, strict=True):
        inner = text[1:] if (again or depth > 0) and text[:1] in OPEN else text
        depth += inner.count(opening) - inner.count(closing)
    return depth


# An alinéa that introduces a quotation (« … est ainsi rédigé : », « … les alinéas suivants : »)
# « … ainsi rédigé : », « … est complété par les mots : »: the alinéa after it is the text it introduces
# « suivants » quotes only after a piece of text or a mark (« les alinéas suivants : », « l'article suivant : »,
# « les 9° et 10° suivants : »), not named with « des » or « aux »: « les garanties suivantes : », « sous réserve
# des dispositions suivantes : », « l'objet des adaptations suivantes : » open a list
_TEXT_UNITS = (
    r"(?:alinéas?|phrases?|membres? de phrase|articles?|paragraphes?|dispositions?|rédaction|textes?|sections?|"
    r"sous-sections?|chapitres?|titres?|livres?|parties?|divisions?|subdivisions?|intitulés?|lignes?|colonnes?|"
    rf"tableaux?|définitions?|annexes?|{WORD_NOUNS}|\d+\s*°|[IVXLC]+|[a-z]\))(?:\s+(?:bis|ter|quater|[A-Z]))?"
)
INTRODUCES = re.compile(
    rf"(?:ainsi rédigée?s?|(?:la|sa) rédaction suivante|(?<![\w-])(?<!\bdes )(?<!\baux ){_TEXT_UNITS} suivante?s?|"
    rf"comme suit|\b(?:les|le|la|l') ?{WORD_NOUNS})\s*:$"
)


def _nested(paragraphs: list[str], body: list[str]) -> tuple[list[str], list[bool]]:
    """Quoted alinéas that introduce a text (« …, il est inséré un chapitre ainsi rédigé : ») are followed
    by that text's alinéas, quotations themselves: when the amendment gives them one quote only (« « … »
    is the rule, « … » common), that quote is theirs and stays, until an alinéa closes it. One given with
    no quote at all amid them (« Afin de … deux fois. » » after « « 7° … ») is theirs all the same: it
    takes the quotation's quote. One given « "Les concours … (p150-038) has the text's own straight quote after
    the amendment's «, which goes. Also says which alinéas go on with a quotation opened before them."""
    going_on = [False] * len(body)
    if paragraphs[0][:1] == '"':
        return body, going_on
    out, inner, opening = list(body), False, ""
    for m, paragraph in enumerate(paragraphs):
        if inner:
            # « "Les concours … »: a straight quote after the amendment's « is the text's own (texts that write
            # their quotations straight), the « the amendment's, which goes as the outer quotes do
            if body[m][:1] not in OPEN + '"':
                out[m] = paragraph.strip()
            if opening and out[m][:1] not in OPEN:
                out[m] = f"« {out[m]}" if opening == "«" else opening + out[m]
            going_on[m] = bool(opening)
            opening = opening or (out[m][:1] if out[m][:1] in OPEN else "")
            text = out[m][1:]
            inner = quote_depth(text) >= 0
        elif INTRODUCES.search(fold(body[m])):
            inner, opening = True, ""
    return out, going_on


def _nested_inline(body: list[str]) -> list[str]:
    """The alinéas of a quote read across paragraphs (« « a bis) … il est inséré un 9° ainsi rédigé : »
    then « « 9° … » ; », as Senate HTML opens every alinéa with «), when one of them introduces a text:
    the alinéas after it are that text's, and their one quote is theirs and stays (as `_nested` reads
    a block); the quote that closed the run is then the last one's own."""
    out, inner = list(body), False
    for m, paragraph in enumerate(body):
        if inner and paragraph[:1] in OPEN + '"':
            return body  # quoted twice (« « … » », « "…" »): the quotes are already the text's
        if inner:
            out[m] = f"« {paragraph}"
            inner = quote_depth(paragraph) >= 0
        elif m + 1 < len(body) and INTRODUCES.search(fold(paragraph)):
            inner = True
    if inner:
        out[-1] += " »"
    return out


def _closed(paragraph: str) -> bool:
    return bool(re.search(r'[»\u201d"]\s*[.,;]?$', paragraph)) and len(paragraph) > 1


def _opens(para: str, j: int) -> bool:
    """A straight quote opens at the start of a word and has its closing one after it."""
    return (j == 0 or not para[j - 1].isalnum()) and '"' in para[j + 1 :]


def _quote(paragraphs: list[str], i: int, para: str, j: int) -> tuple[list[str], int, str, int]:
    """The quoted text opening at `para[j]`, across paragraphs when each quoted alinéa opens with «
    and only the last closes; a quote inside it (« « Art. 1er. – … » ») nests."""
    straight = para[j] == '"'
    body: list[str] = []
    depth, k, start = 1, j + 1, j + 1
    while True:
        while k < len(para):
            c = para[k]
            if straight and c == '"':
                depth = 0
            elif not straight and c in OPEN:
                depth += 1
            elif not straight and c in CLOSE:
                depth -= 1
            k += 1
            if depth == 0:
                body.append(para[start : k - 1].strip())
                return body, i, para, k
        body.append(para[start:].strip())
        if i + 1 >= len(paragraphs) or paragraphs[i + 1][:1] not in (OPEN + '"' if not straight else '"'):
            # never closed: the whole rest was quoted
            return body, i, "", 0
        i += 1
        para, k, start = paragraphs[i], 1, 1
