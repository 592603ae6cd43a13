"""From an amendment as published (HTML or Markdown) to sentences of prose whose operands are set apart.

Operands are the texts an instruction quotes: « X » inline, a run of quoted alinéas (each opening with «,
only the last closing), or, as Markdown exports write them, the bare paragraphs after a colon. In a
sentence each operand is replaced by the mark ``¤n¤``, so that the grammar reads the prose alone.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from drafting.domain.amending.cuts import LOCUTION_CUT, cut_inside, locution_joined, rejoin
from drafting.domain.amending.lexicon import (
    ADVERB,
    CLOSE,
    LONE_PART,
    MARK,
    NAMES_WORDS,
    OPEN,
    VERBS,
    WORD_NOUNS,
    WORDS_NOUN,
    instructs,
    quote_depth,
)
from drafting.domain.amending.slips import one_edit
from drafting.domain.amending.typography import fold

_TAG = re.compile(r"<[^>]*>")
_BLOCK = re.compile(r"<\s*(?:br|/p|p|/div|div|/li|li)\b[^>]*>", re.I)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_SPACES = re.compile(r"[ \u00a0\u202f\u2009\u2007\t]+")


# The numbers French texts write out (« sont insérés dix-huit alinéas »), up to « vingt »; figures are read
# as such (`number`)
NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
           "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20}  # fmt: skip
# A number, as a regex alternative: the longest words first (« dix-sept » before « dix »), then figures
COUNT = "|".join(sorted(NUMBERS, key=len, reverse=True)) + r"|\d+"
_COUNTED = re.compile(rf"\b(?<!-)({COUNT}) (?:alinéa|phrase)")


def number(said: str) -> int:
    """The number a count is written as: a word of `NUMBERS` or figures."""
    return int(said) if said.isdigit() else NUMBERS.get(said, 0)


@dataclass(frozen=True, slots=True)
class Operand:
    paragraphs: tuple[str, ...]
    quoted: bool  # written between quotes, which are not part of it
    # its last quote closed with « ; » after it (« « … – La vaccination … » ; »): no amendment's own quote ends
    # so; it is the quotation's end with its item's « ; », given as the text writes it
    ends_item: bool = False
    # words deleted given bare on the instruction's own line, the sentence's final stop taken off them
    # (« Supprimer les mots : de plein droit. »): the stop is theirs only where the text has them with it
    stop_off: bool = False
    # one alinéa given last in the amendment, opening with « and never closed, holding no other quote (« …
    # ainsi rédigé : » then « « III. – … paragraphe. », nothing after it): its closing quote was left out
    open_end: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass(slots=True)
class Sentence:
    """One instruction's prose, operands as ``¤n¤``; `mark` is its part mark (« II. – », « 2° »)."""

    prose: str
    operands: list[Operand] = field(default_factory=list)
    mark: str = ""
    unclosed: bool = False  # a quote opened inside its prose is never closed: where it ends is a guess
    cut: bool = False  # its text's alinéas show a sentence the HTML cut: where they end is a guess
    unpaired: bool = False  # its one quoted alinéa's guillemets do not pair (one left open): its words are a guess
    # its words given bare on its own line (« Remplacer les mots : X par les mots : Y »), where they end not sure
    bare_unsure: bool = False


def clean(source: str) -> list[str]:
    """The paragraphs of an amendment given as HTML or Markdown: tags, entities, emphasis and
    Markdown escapes removed, runs of spaces (no-break ones too) made one space."""
    text = source.replace("\r\n", "\n").replace("\ufeff", "")
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    if "<" in text and _TAG.search(text):
        # « n<sup>o</sup> 2005-722 » is « n° »
        text = _NUMERO_SUP.sub(r"\1°", text)
        # « 1<sup>er</sup>janvier », « titre I<sup>er</sup>du livre »: the superscript ends a word
        text = re.sub(r"(<\s*/\s*sup\s*>)(?=\w)", r"\1 ", text, flags=re.I)
        # « Le <i>b</i>est complété », « 244 <i>quater</i>B », « comité <i>ad hoc</i>peut »: italics that
        # hold a whole word end it; « chapitre I<sup>er</sup><i>bis</i> »: an adverb of number in italics
        # begins one
        if "</" in text:
            text = _ITALIC_GLUED.sub(_space_after_italics, _ADVERB_GLUED.sub(r"\1 \2", text))
            text = LOCUTION_CUT.sub(locution_joined, text)
        # in HTML a line break is a space; paragraphs are <p> and <br>
        text = _TAG.sub("", _BLOCK.sub("\n", text.replace("\n", " ") if _BLOCK.search(text) else text))
    text = html.unescape(text)
    paragraphs: list[str] = []
    for line in text.split("\n"):
        # Markdown emphasis (« 283 _quater_ », « 1° *bis* ») and escapes; legal texts have no underscore or
        # asterisk of their own; pandoc's superscript « 1^er^ » is « 1er »
        # (« IV _bis_. – »: the emphasis closing before a stop leaves no space)
        line = re.sub(r"_(?=[.,;:)])", "", line)
        line = _ESCAPE.sub(r"\1", line.replace("_", " ").replace("**", ""))
        if "*" in line:
            line = _EMPHASIS.sub(r"\1", line)
        if "^" in line:
            line = _SUPERSCRIPT.sub(r"\1", line)
        line = _GLUED_MARK.sub(r"\1 ", _GLUED_ADVERB.sub(r"\1 \2", _SPACES.sub(" ", line).strip()))
        line = _GLUED_DASH.sub(r"\1 ", _ODD_DASH.sub("–", line))
        if not line:
            continue
        # « alone in its paragraph opens the next one, and » alone closes the one before
        lone = re.fullmatch(r"[«\"“]", paragraphs[-1]) or re.fullmatch(r"[»\"”]\s*[.;,]?", line) if paragraphs else None
        if lone:
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
    return rejoin(paragraphs) if len(paragraphs) > 1 else paragraphs


# « <i>a)</i>une personne », « 1°quater »: an item's mark glued to its first word, as HTML italics leave it
# marks that show nothing and only come from copying: soft hyphens, joiners, direction marks and embeddings
_INVISIBLE = re.compile("[\u00ad\u200c-\u200f\u202a-\u202e\u2066-\u2069]")
_NUMERO_SUP = re.compile(r"\b([nN])\s*<\s*sup\s*>\s*[oO]\s*<\s*/\s*sup\s*>")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_SUPERSCRIPT = re.compile(r"(?<=\w)\^(\w+)\^")
# « <i>« a</i>bis<i>)</i>Après »: a lettered item's letter glued to its adverb once the tags are gone
_GLUED_ADVERB = re.compile(r"^([«\"“]?\s*[a-z])(bis|ter|quater|quinquies)(?=\s*\))")
# « 1°L'article », « …°L'article » (a placeholder for the number): the mark ends before the word
_GLUED_MARK = re.compile(r"^([«\"“]?\s*(?:[a-z](?:\s+(?:bis|ter|quater))?\)|(?:\d+|\.\.\.|…)\s*°))(?=[^\W\d_])")
# a hyphen of another kind standing as a dash (« I. ‑ Alinéa 9 », « … ‑ Au VII », the Senate's non-breaking
# hyphen U+2011): the dash that marks a part, a paragraph or a heading
_ODD_DASH = re.compile(r"(?<=[ .…°])[\u2010\u2011\u2012\u2212](?= )")
# an italic span glued to the word after it, once its tags are gone
_ITALIC_GLUED = re.compile(r"<\s*(?P<tag>i|em)\b[^>]*>(?P<words>[^<]*)<\s*/\s*(?P=tag)\s*>(?=\w)", re.I)
# an adverb of number in italics glued to the number, letter or superscript before it (« I<sup>er</sup><i>bis</i> »,
# « 2°<i>bis</i> », « 6<i>ter</i> »), unless a letter in lower case goes on after it (then it is inside a word)
_ADVERB_GLUED = re.compile(
    rf"([\w°]|(?i:<\s*/\s*sup\s*>))((?i:<\s*(?:i|em)\b[^>]*>)\s*{ADVERB}\s*(?i:<\s*/\s*(?:i|em)\s*>))(?![a-zà-ÿœæ])"
)
# what the Senate sets in italics as words of their own: an item's letter (« b », « a bis », « « a »), an
# adverb of number (« quater »), a locution (« ad hoc », « a priori »)
_ITEM_LETTER = re.compile(rf"(?P<quote>[«\"“]\s*)?[a-z](?:\s+{ADVERB})?")
_ITALIC_WORDS = re.compile(rf"{ADVERB}|[^\W\d_]+(?:[\s'’-][^\W\d_]+)*\s[^\W\d_]+")


def _space_after_italics(match: re.Match[str]) -> str:
    """The italic span, with a space after it when it holds a whole word that the HTML glued to the next:
    « Le <i>b</i>est » is « Le b est » (an item's letter, after a space), « <i>a)</i>Les » is « a) Les »; but
    an italic part of a word stays in it (« Ré<i>dig</i>er », « <i>Réd</i>iger », « <i>I</i>nsérer »), and
    a letter opening its paragraph may be a drop capital (« <i>s</i>ociété »)."""
    words = html.unescape(match.group("words")).replace("\u00a0", " ")
    window = match.string[max(0, match.start() - 80) : match.start()]
    before = html.unescape(_TAG.sub("", _BLOCK.sub("\n", window)))[-1:]  # what the span follows, tags gone
    if not words or words[-1].isspace():
        spaced = False
    elif words.endswith(")"):  # no word goes on after an item's closing parenthesis
        spaced = True
    elif (letter := _ITEM_LETTER.fullmatch(words)) is not None:
        spaced = bool(letter.group("quote")) or before in (" ", "\u00a0", "\u202f", "\t", "«", '"', "“")
    else:
        spaced = bool(_ITALIC_WORDS.fullmatch(words)) and not before.isalpha()
    return match.group(0) + " " if spaced else match.group(0)


# « <i>Art. L. 222-10.</i>– Les … »: a heading's dash glued to its full stop once the tags are gone
_GLUED_DASH = re.compile(
    r"^([«\"“]?\s*(?:Art(?:icle)?\.?\s+(?:[A-Z]{1,2}\.\s*)*\d[\w\-\u2010\u2011]*|[IVXLC]+(?:\s+(?:bis|ter|quater))?)\.)(?=[–—])"
)


def sentences(source: str) -> list[Sentence]:
    """Split the amendment into sentences, each a verb or a location heading (« Alinéa 6 »)."""
    paragraphs = clean(source)
    out: list[Sentence] = []
    i, alone = 0, ""
    while i < len(paragraphs):
        para = paragraphs[i]
        if LONE_PART.fullmatch(para) and i + 1 < len(paragraphs) and instructs(paragraphs[i + 1]):
            alone, i = para, i + 1  # « I » / « Alinéa 4 »: the part mark of the instruction that follows
            continue
        mark = MARK.match(para)
        starts = bool(mark or alone) or not out or para[:1].isupper() and not _continues(out[-1].prose)
        if starts:
            out.append(Sentence("", [], mark.group("mark") if mark else alone))
            if mark:
                para = para[mark.end() :]
        alone = ""
        i = _read(paragraphs, i, para, out[-1])
    for sentence in out:
        sentence.cut = any(cut_inside(operand.paragraphs) for operand in sentence.operands)
    return [s for s in out if s.prose.strip() or s.operands]


# « Rédiger ainsi cet article », « … insérer un alinéa rédigé comme suit » with the colon left out: the text follows
_AWAITS = re.compile(r"(?:^rédiger (?:ainsi|comme suit) [^.;:¤]*|ainsi rédigée?s?|rédigée?s? comme suit|suivante?s?)$")


# « Alinéas 11 à 15 : » heading the instruction that follows it, not quoting it
_HEADING = re.compile(r"(?i)^alinéas?\s+\d[\d\s,]*(?:(?:à|et)\s+\d+\s*)?:$")


# What a sentence that quotes after its colon names: words, a text « ainsi rédigé », a verb's object
_QUOTES = re.compile(
    r"\b(?:remplacer|substituer|insérer|ajouter|compléter|rédiger|rédigée?s?|supprimer|rétablir|par|"
    r"suivante?s?|insérée?s?|ajoutée?s?|remplacée?s?)\b"
)


_MODIFIED = re.compile(r"\b(?:est ainsi modifiée?s?|modifier (?:ainsi|comme suit) .*)\s*:$")


def _heading(prose: str) -> bool:
    """Whether a sentence ending with a colon heads the instructions that follow rather than quoting:
    « Alinéas 11 à 15 : », « Alinéa 4, deux premières phrases : », « En conséquence, au premier alinéa : »,
    « L'alinéa 3 est ainsi modifié : ». It names no words and no verb that takes a text."""
    head = fold(prose).lower()
    if _HEADING.match(fold(prose)) or _MODIFIED.search(head):
        return True
    return not WORDS_NOUN.search(head) and not _QUOTES.search(head) and "¤" not in head


def _awaits(prose: str) -> bool:
    return bool(_AWAITS.search(fold(prose).strip().lower()))


def _continues(prose: str) -> bool:
    """Whether a sentence awaits its end: it stops on a colon or a comma, or on the words that an
    « Après les mots : X » or a « Remplacer les mots : X » must follow with what to do."""
    tail = prose.rstrip()
    if tail.endswith((":", ",")) or _awaits(tail):
        return True
    # « Après les mots : X », « En conséquence, au premier alinéa : Remplacer le mot : X »
    awaiting = re.search(r"(?i)(?:^|[,:] )(?:après|avant|remplacer|substituer)\b[^¤]*¤\d+¤$", fold(tail))
    return bool(awaiting) and tail.count("¤") == 2


def _read(paragraphs: list[str], i: int, para: str, sentence: Sentence) -> int:
    """Add paragraph `i` (its text `para`) to `sentence` with the operands it quotes, reading on into
    the next paragraphs for quotes left open or bare operands after a colon. Returns the next index."""
    prose, j = [], 0
    # the place alone on its paragraph, the instruction in the next (« <p>Au II,</p><p>remplacer les mots : … »)
    placed = sentence.prose.endswith(",") and "¤" not in sentence.prose and para[:1].islower()
    if not sentence.prose or sentence.prose.endswith(":") and _heading(sentence.prose) or placed:
        bare = _inline_bare(para, paragraphs[i + 1] if i + 1 < len(paragraphs) else "")
        if bare is not None:
            said, words, stop_off = bare
            sentence.prose = f"{sentence.prose} {said}".strip()
            sentence.bare_unsure = words is None
            for text in words or ():
                sentence.operands.append(Operand((text,), False, stop_off=stop_off and len(words or ()) == 1))
                sentence.prose = sentence.prose.replace("¤?¤", f"¤{len(sentence.operands) - 1}¤", 1)
            return i + 1
    awaited = sentence.prose.endswith(":") or _awaits(sentence.prose)
    if para[:1] in OPEN + '"' and awaited and not _goes_on(paragraphs, i, para):
        start = i
        i, body = _block(paragraphs, i)
        sentence.unpaired |= i == start + 1 and _unpaired_amid(paragraphs[start])
        # the quote and « ; » ending the last alinéa were taken for the amendment's own
        ends_item = bool(re.search(r"[»\u201d]\s*;$", paragraphs[i - 1])) and not body[-1].endswith(";")
        open_end = i == start + 1 == len(paragraphs) and _open_alone(paragraphs[start])
        sentence.operands.append(Operand(tuple(body), True, ends_item, open_end=open_end))
        sentence.prose = f"{sentence.prose} ¤{len(sentence.operands) - 1}¤"
        return i
    while j < len(para):
        c = para[j]
        if c in OPEN or c == '"' and _opens(para, j):
            inline = j > 0
            opening = c
            body, i, para, j = _quote(paragraphs, i, para, j)
            sentence.unclosed |= inline and not para
            if opening == "«" and para:
                body = _nested_inline(body)
            sentence.operands.append(Operand(tuple(body), True))
            prose.append(f" ¤{len(sentence.operands) - 1}¤ ")
            continue
        prose.append(c)
        j += 1
    text = re.sub(r"\s+", " ", "".join(prose)).strip()
    sentence.prose = f"{sentence.prose} {text}".strip()
    i += 1
    # « par le mot » / « , cinq », « supprimer le signe » / « , »: words named, the colon left out
    named = i < len(paragraphs) and NAMES_WORDS.search(fold(sentence.prose)) and not instructs(paragraphs[i])
    if (
        not (sentence.prose.endswith(":") or _awaits(sentence.prose) or named)
        or i >= len(paragraphs)
        or paragraphs[i][:1] in OPEN + '"'
        or _heading(sentence.prose)
        and instructs(paragraphs[i])
    ):
        return i
    return _bare(paragraphs, i, sentence)


# Words given bare on the instruction's own line, as some amendments write them: « [place, ]Remplacer les mots
# (le mot) : X par les mots (le mot) : Y », « [place, ]les mots : X sont remplacés par les mots : Y »,
# « [place, ]Supprimer les mots : X », « [place, ]les mots : X sont supprimés » (`_inline_bare`)
_NOUN = r"(?:les\s+mots|le\s+mot)\s*:"
_BARE_ACTIVE = re.compile(rf"(?i)^(?P<head>(?:[^:«»“”\"¤]*?,\s+)?(?P<verb>[^\W\d_]+)\s+{_NOUN})\s+(?P<rest>\S.*)$")
_BARE_PASSIVE = re.compile(rf"(?i)^(?P<head>[^:«»“”\"¤]*?,\s+{_NOUN})\s+(?P<rest>\S.*)$")
_BY = re.compile(rf"(?i)\s(?P<by>(?:(?:sont\s+remplacés|est\s+remplacé)\s+)?par\s+{_NOUN})\s+")
_DELETED = re.compile(r"(?i)\s(?P<by>sont\s+supprimés|est\s+supprimé)\s*\.?$")
# what no words given bare may hold, lest another instruction or operand run in them: a colon, a noun naming
# words, a verb of the forms (or one letter off) after « et », « , », « ; » or « puis », a passive one
_INSTRUCTION_IN = re.compile(
    r"(?i)[:¤]|\b(?:les\s+mots|le\s+mot)\b|\b(?:sont|est)\s+(?:remplacée?s?|supprimée?s?|insérée?s?|ajoutée?s?|"
    r"complétée?s?|rédigée?s?|rétablie?s?)\b"
)
_STOPPED = re.compile(r"(?<!\.)\.$")  # a full stop ending words (not « … »)
_ITEM_END = re.compile(r"\s*;$")  # the « ; » ending an item of the amendment
# an abbreviation's stop (« etc. », « L. », « art. »), which the sentence's final one merges with
ABBREVIATED_END = re.compile(r"(?:^|[\s(])(?:etc|art|al|n°|[A-Za-z])\.$")
_JOINED_WORD = re.compile(r"(?i)(?:\bet|\bpuis|[,;])\s+([^\W\d_]{4,})\b")


def _verb(word: str) -> str:
    """The verb of the forms `word` is, or one letter off exactly one (« Remplacr »), or ""."""
    word = fold(word).lower()
    near = [v for v in VERBS if word == v or one_edit(word, v)]
    return near[0] if len(near) == 1 else ""


def _inline_bare(para: str, following: str) -> tuple[str, list[str] | None, bool] | None:
    """An instruction giving its words bare on its own line (« Remplacer les mots : établir un dialogue par les
    mots : dialoguer », « À l'alinéa 9, les mots : X » sont remplacés par les mots : Y » », « Supprimer les
    mots : , en formation restreinte …, » »): its prose with ``¤?¤`` for each operand, and the operands; the
    operands None when the form is this one but where the words end is not sure. Read only when: the words
    replaced run from the colon to the sentence's only « par les mots : » (« par le mot : »), the new ones to
    the paragraph's end, which ends the sentence (no paragraph in lower case going on with it); no operand
    opens with a quote (then it is quoted, read as such); none holds a colon, a noun naming words, a verb of
    the forms after « et », « , » or « puis », a passive verb of the forms, a straight quote (it opens as well
    as it closes), or guillemets that do not pair, but for one closing quote at its end (a slip, or the end
    of a quotation, which the forms decide). The words replaced may hold « par »: they end at the sentence's
    only « par les mots : ». The sentence's final full stop is the instruction's, not the words': the new words
    lose it unless the words replaced end with one too (« les mots : 2021. par les mots : 2022. »); words
    deleted given last keep it only where the text has them with it (the third item True: the forms decide).
    So is the « ; » ending an item of the amendment (« 1° Au II, remplacer les mots : X par les mots : Y ; »),
    unless the words replaced end with one too.
    Otherwise None: not this form."""
    active = _BARE_ACTIVE.match(para)
    verb = _verb(active.group("verb")) if active else ""
    if verb in ("remplacer", "supprimer"):
        head, rest = active.group("head"), active.group("rest")  # type: ignore[union-attr]
    elif (passive := _BARE_PASSIVE.match(para)) is not None and not active:
        head, rest = passive.group("head"), passive.group("rest")
        verb = ""
    else:
        return None
    if rest[:1] in OPEN + '"' or "¤" in para:
        return None
    by = list(_BY.finditer(rest))
    deleted = _DELETED.search(rest)
    if verb == "remplacer" or not verb and by and not deleted:
        if len(by) != 1 or verb and by[0].group("by").lower().startswith(("sont", "est")):
            return f"{head} {rest}", None, False
        old, new = rest[: by[0].start()].strip(), rest[by[0].end() :].strip()
        said, words = f"{head} ¤?¤ {by[0].group('by')} ¤?¤", [old, new]
    elif verb == "supprimer" or not verb and deleted and not by:
        if by:
            return f"{head} {rest}", None, False
        old = rest[: deleted.start()].strip() if deleted and not verb else rest.strip()
        said, words = f"{head} ¤?¤" + (f" {deleted.group('by')}" if deleted and not verb else ""), [old]
    else:
        return None
    if words[-1][:1] in OPEN + '"':
        return None  # « par les mots : « Y » »: Y quoted, the words replaced bare: not this form
    stop_off = False
    ends_sentence = not (deleted and not verb)  # the last words run to the sentence's end (not « … sont supprimés. »)
    if ends_sentence and _ITEM_END.search(words[-1]) and not (len(words) == 2 and _ITEM_END.search(words[0])):
        # « 1° Au II, remplacer les mots : X par les mots : Y ; »: the « ; » ends the amendment's item, not the words
        words[-1] = _ITEM_END.sub("", words[-1])
    if ends_sentence and _STOPPED.search(words[-1]) and not ABBREVIATED_END.search(words[-1]):
        # the sentence's final stop: the instruction's, not the words'
        if len(words) == 2 and not _STOPPED.search(words[0]):
            words[-1] = words[-1][:-1].rstrip()
        elif len(words) == 1:
            words[-1], stop_off = words[-1][:-1].rstrip(), True
    following_on = bool(following) and not (following[:1].isupper() or MARK.match(following) or instructs(following))
    unsure = following_on
    for text in words:
        inner = text[:-1] if text[-1:] in CLOSE and quote_depth(text) < 0 else text
        if not inner.strip() or '"' in text or _INSTRUCTION_IN.search(text) or not _pairs(inner):
            unsure = True
        if any(_verb(w) for w in _JOINED_WORD.findall(text)):
            unsure = True
    return (f"{head} {rest}", None, False) if unsure else (said, words, stop_off)


def _pairs(text: str) -> bool:
    """Whether the guillemets of `text` pair, none closing before it opens."""
    depth = 0
    for c in text:
        depth += 1 if c in OPEN else -1 if c in CLOSE else 0
        if depth < 0:
            return False
    return depth == 0


# « « A », « B » et « C » »: quoted words, separated by commas and a last « et », and nothing else
_QUOTED = r"[«\u201c][^«»\u201c\u201d]*[»\u201d]"
_QUOTED_LIST = re.compile(rf"{_QUOTED}(?:\s*,\s*{_QUOTED})+\s*,?\s+et\s+{_QUOTED}\s*[.;]?")


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
    return j == i and bool(re.match(r"\s*[,;]?\s*(?:et|puis|par)\b", fold(rest[k:]).lower())) if rest else False


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
_INSTRUCTION_AFTER = re.compile(
    rf"[.;:]\s+(?:en conséquence\b|alinéas? \d|{_VERBS}\b"
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
    if paragraphs[i][0] == '"' and sum(p.count('"') for p in paragraphs[i:k]) % 2:
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
    takes the quotation's quote. Also says which alinéas go on with a quotation opened before them."""
    going_on = [False] * len(body)
    if paragraphs[0][:1] == '"':
        return body, going_on
    out, inner, opening = list(body), False, ""
    for m, paragraph in enumerate(paragraphs):
        if inner:
            if body[m][:1] not in OPEN:
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


def _bare(paragraphs: list[str], i: int, sentence: Sentence) -> int:
    """Unquoted operands after a colon: one paragraph of words, or the alinéas of a text up to the next
    instruction (as many as the sentence counts, when it does)."""
    head = fold(sentence.prose).lower()
    if WORDS_NOUN.search(head):
        body = [paragraphs[i]]
    else:
        counted = _COUNTED.findall(head)
        wanted = number(counted[-1]) if counted and "phrase" not in head[-30:] else 0
        if counted and counted[-1].isdigit():
            wanted = int(counted[-1])
        whole = "cet article" in head[-40:]
        k = i + 1
        while k < len(paragraphs) and (k - i < wanted if wanted else not _ends_bare(paragraphs, k, whole)):
            k += 1
        body = _bare_quotations(paragraphs[i:k])
    sentence.operands.append(Operand(tuple(body), False))
    sentence.prose = f"{sentence.prose} ¤{len(sentence.operands) - 1}¤"
    return i + len(body)


def _balance(paragraph: str) -> int:
    """The quotes a paragraph opens less those it closes, the one opening it aside (its quotation's)."""
    inner = paragraph[1:] if paragraph[:1] in OPEN else paragraph
    return quote_depth(inner)


def _bare_quotations(body: list[str]) -> list[str]:
    """A text given bare, its quotations too (Senate committee amendments: « Le II de l'article L. 1 est ainsi
    rédigé : », « La langue … », « 1° Par … ; », … « … du diplôme. » »): after an alinéa that introduces a
    quotation, the alinéas up to the one that closes it with a quote none of them opened are that quotation,
    and each opens with its quote, as the text quoted writes them. A quotation never closed, or holding
    another, or closed by two quotes, is left as written: where it ends is not said."""
    out, intro = list(body), None  # the last alinéa introducing a quotation, none of the alinéas after it quoting
    for j, paragraph in enumerate(body):
        introduces = bool(INTRODUCES.search(fold(paragraph).strip()))
        balance = _balance(paragraph) if intro is not None else 0
        if balance:  # the first alinéa after it that opens or closes a quote: it closes the quotation, or not
            closing = re.search(r"([»\u201d])\s*[.,;]?\s*$", paragraph) if balance == -1 and not introduces else None
            if closing and intro is not None:
                opening = {"»": "« ", "\u201d": "\u201c"}[closing.group(1)]
                for k in range(intro + 1, j + 1):
                    if body[k][:1] not in OPEN:
                        out[k] = opening + body[k]
            intro = None
        if introduces:
            intro = j
    return out


def _ends_bare(paragraphs: list[str], k: int, whole: bool) -> bool:
    """Whether paragraph `k` ends a bare text: it instructs, and for a whole article it also bears a part
    mark (« II. – »): a rewritten article may itself open with « Après … » and have items that instruct;
    or it is a part's mark alone before a paragraph that instructs (« II » / « Alinéa 5 »)."""
    paragraph = paragraphs[k]
    if LONE_PART.fullmatch(paragraph) and k + 1 < len(paragraphs) and instructs(paragraphs[k + 1]):
        return True
    if whole:  # the article's own items (« 1° À la seconde phrase, … ») are its text: a part « II. – » ends it
        mark = MARK.match(paragraph)
        return mark is not None and not re.match(r"\d|[a-z]\)|\(", mark.group("mark")) and instructs(paragraph)
    return instructs(paragraph)
