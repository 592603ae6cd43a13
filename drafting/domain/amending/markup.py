"""An amendment as published (HTML or Markdown) made paragraphs of plain text: tags, entities, emphasis and
escapes removed, runs of spaces made one, words the markup glued spaced, the HTML's cuts rejoined (cuts.py).
"""

from __future__ import annotations

import html
import re

from drafting.domain.amending.cuts import LOCUTION_CUT, locution_joined, rejoin
from drafting.domain.amending.lexicon import ADVERB, quote_depth

# Markup is a real HTML tag only: a known element's name right after « < » or « </ », then attributes written as
# such (name=value) and « > », or a comment. « si a < b et c > d », « x <2 », « <État> » are the user's words: text
_NAMES = (
    r"p|br|div|span|i|em|b|strong|u|s|sup|sub|a|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|caption|col|colgroup|"
    r"h[1-6]|hr|font|blockquote|pre|code|small|big|strike|del|ins|center|section|article|header|footer|nav|main|"
    r"html|head|body|meta|link|title|style|script|img|label|abbr|cite|q|dl|dt|dd|mark|figure|figcaption|o:p"
)
_ATTRIBUTES = r"""(?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))*\s*/?"""
_TAG = re.compile(rf"<!--.*?-->|</?(?:{_NAMES})(?![\w:-]){_ATTRIBUTES}>", re.I | re.S)
_BLOCK = re.compile(rf"</?(?:br|p|div|li)(?![\w:-]){_ATTRIBUTES}>", re.I)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_SPACES = re.compile(r"[ \u00a0\u202f\u2009\u2007\t]+")


def clean(source: str) -> list[str]:
    """The paragraphs of an amendment given as HTML or Markdown: tags, entities, emphasis and
    Markdown escapes removed, runs of spaces (no-break ones too) made one space."""
    text = source.replace("\r\n", "\n").replace("\ufeff", "")
    if not text.isascii():
        # a PDF's typographic ligatures (« ﬁ » U+FB01) are the letters they join: Unicode's compatibility forms
        text = _INVISIBLE.sub("", text)
        if _LIGATURE.search(text):
            text = text.translate(_LIGATURES)
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
        # a Markdown heading (« ### Alinéa 7 »): its text, as the place it names heads the instruction after it;
        # kept a `Heading`, as a page's headings (its title, its article, « Exposé des motifs ») are read so
        heading = _MD_HEADING.match(line) is not None
        line = _MD_HEADING.sub("", line)
        line = _ESCAPE.sub(r"\1", line.replace("_", " ").replace("**", ""))
        if "*" in line:
            line = _EMPHASIS.sub(r"\1", line)
        if "^" in line:
            line = _SUPERSCRIPT.sub(r"\1", line)
        line = _GLUED_MARK.sub(r"\1 ", _GLUED_ADVERB.sub(r"\1 \2", _SPACES.sub(" ", line).strip()))
        line = _GLUED_DASH.sub(r"\1 ", _ODD_DASH.sub("–", line))
        if "\u2018" in line:
            line = _SINGLE_QUOTED.sub(_single_quoted, line)
        if not line:
            continue
        # « alone in its paragraph opens the next one, and » alone closes the one before
        lone = re.fullmatch(r"[«\"“]", paragraphs[-1]) or re.fullmatch(r"[»\"”]\s*[.;,]?", line) if paragraphs else None
        if lone:
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(Heading(line) if heading else line)
    return rejoin(paragraphs) if len(paragraphs) > 1 else paragraphs


_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})  # fmt: skip
_LIGATURE = re.compile("[\ufb00-\ufb06]")  # str.translate with a dict looks up every character: only when one is there
# Word's single quotes as an operand's marks (« remplacer le mot ‘faculté’ par … »): ‘ opening a word, and the
# first ’ after it that no letter follows, the apostrophes inside (« l’état d’urgence ») glued to letters on both sides
_SINGLE_QUOTED = re.compile(
    r"(?<![^\s:(])\u2018(?=\S)([^\u2018\u2019]*(?:\u2019(?=[^\W\d_])[^\u2018\u2019]*)*?)(?<=\S)\u2019(?![^\W\d_])"
)


def _single_quoted(match: re.Match[str]) -> str:
    """The words in Word's single quotes as an operand's (“X”), where no quotation holds them (a text's own)."""
    return match.group() if quote_depth(match.string[: match.start()]) else f"“{match.group(1)}”"


class Heading(str):
    """A paragraph that was a Markdown heading (« ## Article 4 », « ##Exposé des motifs »), its hashes gone."""

    __slots__ = ()


# a Markdown heading's hashes (« ### Alinéa 7 »), up to three spaces before them as CommonMark allows, or glued
# to its first letter as pasted drafts write them (« #Inscrire le citoyen … », « ##Article 4 », « ##À l'article 1 »)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|(?=[^\W\d_]))")
# marks that show nothing and only come from copying: soft hyphens, joiners, direction marks and embeddings
_INVISIBLE = re.compile("[\u00ad\u200c-\u200f\u202a-\u202e\u2066-\u2069]")
_NUMERO_SUP = re.compile(r"\b([nN])\s*<\s*sup\s*>\s*[oO]\s*<\s*/\s*sup\s*>")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_SUPERSCRIPT = re.compile(r"(?<=\w)\^(\w+)\^")
# « <i>« a</i>bis<i>)</i>Après »: a lettered item's letter glued to its adverb once the tags are gone
_GLUED_ADVERB = re.compile(r"^([«\"“]?\s*[a-z])(bis|ter|quater|quinquies)(?=\s*\))")
# « 1°L'article », « …°L'article » (a placeholder for the number), « <i>a)</i>une personne », « 1°quater »: an
# item's mark glued to its first word, as HTML italics leave it; the mark ends before the word
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
