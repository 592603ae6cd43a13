"""A small process-wide memo for pure functions of two texts (diffs, edits, instructions).

Amendments are listed and compared far more often than they change; the key is the pair of texts'
SHA-256, so the cache holds no text and stays small.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from drafting.domain.rebase import Edit, edits_of

T = TypeVar("T")

_SIZE = 4096
_items: OrderedDict[tuple[str, str, str], Any] = OrderedDict()
_lock = threading.Lock()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def memo(name: str, a: str, b: str, compute: Callable[[str, str], T]) -> T:
    key = (name, _digest(a), _digest(b))
    with _lock:
        if key in _items:
            _items.move_to_end(key)
            found: T = _items[key]
            return found
    value = compute(a, b)
    with _lock:
        _items[key] = value
        while len(_items) > _SIZE:
            _items.popitem(last=False)
    return value


def rendered(markdown: str) -> str:
    """Markdown rendered and sanitised once per distinct text: a page of 50 arguments re-rendered on
    every request cost half the listing's time."""
    from drafting.domain.richtext import render_markdown

    return memo("markdown", markdown, "", lambda text, _: render_markdown(text))


def edits(before: str, after: str) -> tuple[Edit, ...]:
    """`edits_of(before, after)`, once per pair of texts: a new version's footprints and the rebase of
    the pending amendments on it need the same diff of each changed article (a stage has hundreds)."""
    return memo("edits", before, after, edits_of)
