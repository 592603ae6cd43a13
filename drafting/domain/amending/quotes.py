"""Quotation marks at the edges of an alinéa: whether it opens with one, the quote (and stop) that
closes it, how many it leaves open. The lowest layer: every module that reads quoted alinéas asks these.
"""

from __future__ import annotations

import re

from drafting.domain.amending.lexer import OPEN, quote_depth


def quotes_left(line: str) -> int:
    """The quotes an alinéa of a quotation opens less those it closes, the one opening it aside (its quotation's)."""
    inner = line[1:]
    if line[:1] == '"':
        return -(inner.count('"') % 2)
    return quote_depth(inner)


CLOSING = re.compile(r"\s*[»\"”]\s*[.;,]?\s*$")


def opened(line: str) -> bool:
    return line[:1] in OPEN + '"'


def quote_end(line: str) -> str:
    """The quote (and stop) closing a quoted alinéa, or "" when it does not close a quotation."""
    m = CLOSING.search(line)
    return m.group(0).rstrip() if m and opened(line) else ""
