"""Quotation marks at the edges of an alinéa: whether it opens with one, the quote (and stop) that
closes it, how many it leaves open; the quotations among some alinéas (`quotation_spans`); a quote opening
or closing where words are spliced (`opens_quote`, `closes_quote`). The lowest layer: every module that
reads quoted alinéas asks these.
"""

from __future__ import annotations

import re

from drafting.domain.amending.lexicon import OPEN, quote_depth
from drafting.domain.amending.typography import fold


def quotes_left(line: str) -> int:
    """The quotes an alinéa of a quotation opens less those it closes, the one opening it aside (its quotation's)."""
    inner = line[1:]
    if line[:1] == '"':
        return -(inner.count('"') % 2)
    return quote_depth(inner)


CLOSING = re.compile(r"\s*[»\"”]\s*[.;,]?\s*$")


def opened(line: str) -> bool:
    """Whether the alinéa opens with a quote (an empty one opens nothing: "" is in every string)."""
    return line[:1] != "" and line[:1] in OPEN + '"'


def quote_end(line: str) -> str:
    """The quote (and stop) closing a quoted alinéa, or "" when it does not close a quotation."""
    m = CLOSING.search(line)
    return m.group(0).rstrip() if m and opened(line) else ""


# « (Alinéa sans modification) » alone: a comparative text's alinéa kept, its words (and mark, quote) not given
_KEPT_ALINEA = re.compile(r"\(\s*alinéa sans modification\s*\)\s*\.?", re.I)


def kept_line(line: str) -> bool:
    """Whether an alinéa is a comparative text's bare « (Alinéa sans modification) »: one kept, not given."""
    return _KEPT_ALINEA.fullmatch(fold(line).strip()) is not None


def kept_run(lines: list[str], after: int, hi: int) -> int:
    """The last of the bare « (Alinéa sans modification) » lines right after alinéa `after` (0-based, not
    past `hi`); `after` itself when none follows."""
    j = after
    while j + 1 <= hi and kept_line(lines[j + 1]):
        j += 1
    return j


def quotation_last(lines: list[str], first: int, hi: int) -> int:
    """The last alinéa (0-based, not past `hi`) of the quotation alinéa `first` opens: the quoted alinéas
    after it up to the one that closes it. A comparative text's bare « (Alinéa sans modification) » lines
    inside it, the quotation still open (its last quoted alinéa not closed), are its alinéas given so (their
    quote left out): they do not end it, and a run of them at its end is its last (the quotation ended with
    one of them, as nothing after them is quoted)."""
    j = first
    while j < hi and not quote_end(lines[j]):
        if opened(lines[j + 1]):
            j += 1
        elif opened(lines[j]) and kept_line(lines[j + 1]):
            j = kept_run(lines, j, hi)
            if j < hi and opened(lines[j + 1]):
                j += 1
            else:
                break
        else:
            break
    return j


def quotation_spans(original: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """The quotations among alinéas `lo` to `hi`: each one's first and last alinéa (0-based)."""
    out: list[tuple[int, int]] = []
    i = lo
    while i <= hi:
        if not opened(original[i]):
            i += 1
            continue
        j = quotation_last(original, i, hi)  # bare « (Alinéa sans modification) » lines inside it too
        out.append((i, j))
        i = j + 1
    return out


def closes_quote(left: str, right: str) -> bool:
    """`right` opens with a closing quote, written without a space before it: « ” », or a straight « " »
    that closes one opened in `left` (an odd count there) and is not glued to a word after it (« national."
    ; »), or that ends the alinéa (its stop aside: no quote opens there, so it closes a quotation whose
    opening quote the data lost, « … aptitudes." »). French puts a space before « » », none before these."""
    closes = left.count('"') % 2 == 1 or bool(re.fullmatch(r'"\s*[.;,]?\s*', right))
    return right[:1] == "”" or closes and bool(re.match(r'"(?![^\W_])', right))


def opens_quote(left: str) -> bool:
    """`left` ends with a quote opening a quotation that French writes without a space after it: « “ »,
    or a straight « " » opening one (an odd count in `left`) not glued to a word before it. French puts a
    space after « « », none after these (the mirror of `closes_quote`)."""
    straight = left[-1:] == '"' and left.count('"') % 2 == 1 and not re.search(r'[^\W_]"$', left)
    return left[-1:] == "“" or straight
