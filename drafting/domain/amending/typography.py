"""Typography that carries no meaning in a legal text: quotes, apostrophes, dashes, spaces.

`fold` maps each character to one character, so that a match found in the folded text is at the same
place in the original; `normal` also collapses spaces, for comparing whole texts.
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans(
    {
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " ",
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
        "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u2026": ".",
        "\u200b": " ", "\u2060": " ", "\ufeff": " "  # zero-width spaces, BOM: unseen
    }
)  # fmt: skip
_SPACES = re.compile(r"\s+")
# The spaces real texts hold, as written: a no-break space before « ; » and « : » and inside « », a narrow one
BLANKS = " \u00a0\u202f\u2009\u2007\t"
LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
_DOTS = re.compile(r"\.\s*\.\s*\.")


# str.translate looks every character up in a dict; a regex finds the few that change twenty times faster
_FOLDED = {chr(code): into for code, into in _FOLD.items()}
_TO_FOLD = re.compile("[" + "".join(map(re.escape, _FOLDED)) + "]")


def fold(text: str) -> str:
    """The same text, same length, with one form of each quote, apostrophe, dash and space."""
    return _TO_FOLD.sub(lambda m: _FOLDED[m.group()], text)


def normal(text: str) -> str:
    """Folded, without spaces: two texts equal here differ only in typography (« L. 4352 » and
    « L.4352 », « 1er novembre » with a no-break space or none); « ... » is « … », « œ » is « oe »."""
    return _DOTS.sub(".", _SPACES.sub("", fold(text))).translate(LIGATURES)



_GUILLEMETS = re.compile(rf"«[{BLANKS}]*|[{BLANKS}]*»|[“”]")


def straight_quotes(text: str) -> str:
    """`text` with its quotes written as a text in straight quotes writes them: « X » and “X” as "X", the
    spaces French puts inside guillemets dropped (« la mention « salarié » » put in a text that writes
    "salarié": the mention "salarié", not " salarié ")."""
    return _GUILLEMETS.sub('"', text)


def in_straight_quotes(lines: list[str]) -> bool:
    """Whether a text writes its quotes straight (") and never as guillemets or curly quotes."""
    return any('"' in line for line in lines) and not any(c in line for line in lines for c in "«»“”")


def straight_inner_quotes(line: str, amid: bool = False) -> str:
    """An alinéa put whole written as a text in straight quotes writes the quotes inside it (« le mot
    « six » est remplacé »: the mot "six"), its own quotes kept as they are: the quote opening it (after a
    straight one: « "« Il décide. » », a phrase quoted in a quotation) and the one matching it, a quote closing
    one opened before the alinéa, one it leaves open (a quotation's). `amid` a quotation written straight that
    the alinéa before leaves open, the quote opening the alinéa is that quotation's: written straight too,
    and the one matching it, without the guillemets' inner spaces (« « Il remet … » put there: "Il remet …)."""
    marks = list(_GUILLEMETS.finditer(line))
    own: set[int] = set()
    stack: list[int] = []
    first = amid and bool(marks) and "«" in marks[0].group() and not line[: marks[0].start()].strip(BLANKS)
    for k, m in enumerate(marks):
        if "«" in m.group() or m.group() == "“":
            stack.append(k)
        elif stack:
            opened = stack.pop()
            if first and opened == 0:  # the quotation's quote opening the alinéa, and its match: written straight
                continue
            if not line[: marks[opened].start()].strip(BLANKS + '"'):  # the alinéa's own opening quote, and its match
                own.update((opened, k))
        else:
            own.add(k)  # closes a quote opened before the alinéa
    own.update(k for k in stack if not (first and k == 0))  # left open: a quotation going on after the alinéa
    out, at = [], 0
    for k, m in enumerate(marks):
        out.append(line[at : m.start()])
        out.append(m.group() if k in own else '"')
        at = m.end()
    return "".join(out) + line[at:]


def visible(text: str) -> str:
    """The text as a reader sees it: composed (NFC: « É » typed as E and U+0301, as copying on macOS gives
    it, is « É »), and without the format characters that show nothing (Unicode's category Cf: soft hyphens,
    zero-width spaces and joiners, direction marks and embeddings, the BOM): an amendment quoting « État »
    finds it, and no invisible character is put in the law. `apply` reads the article and every amendment so."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text)
    hidden = {c for c in set(text) if c > "\x7f" and unicodedata.category(c) == "Cf"}
    return text.translate({ord(c): None for c in hidden}) if hidden else text
