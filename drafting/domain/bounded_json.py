"""JSON from strangers, read within bounds: a body nested 1,000 deep or a number of 5,000 digits is
refused with a `JsonRefused` (a ValueError that says what was wrong), never a RecursionError or the
interpreter's integer limit escaping as a server error.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from typing import Any

MAX_DEPTH = 64  # our own bodies nest 3 deep at most
MAX_NUMBER_CHARS = 40  # beyond any id, count or coordinate we store; far below Python's 4,300 digits


class JsonRefused(ValueError):
    """JSON that is well formed but too deep or with too long a number to be read."""


def _number(text: str, convert: type[int] | type[float]) -> int | float:
    if len(text) > MAX_NUMBER_CHARS:
        raise JsonRefused(f"a number has {len(text)} characters; at most {MAX_NUMBER_CHARS} are read")
    return convert(text)


def _int(text: str) -> int | float:
    return _number(text, int)


def _float(text: str) -> int | float:
    value = _number(text, float)
    if not math.isfinite(value):  # 1e999: JSON has no infinity, and we would write one back
        raise JsonRefused(f"the number {text} is too large")
    return value


def _constant(name: str) -> float:
    raise JsonRefused(f"{name} is not a JSON number")


def loads(text: str | bytes) -> Any:
    """`json.loads` with bounded depth and number length; raises ValueError (json.JSONDecodeError,
    UnicodeDecodeError or JsonRefused) on anything else than bounded JSON."""
    try:
        value = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except RecursionError:  # the C decoder stops near the interpreter's recursion limit
        raise JsonRefused(f"the JSON is nested more than {MAX_DEPTH} levels deep") from None
    _check_depth(value)
    return value


def _check_depth(value: Any) -> None:
    """Refuse nesting beyond MAX_DEPTH, walking with a list rather than recursion."""
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        if children and depth >= MAX_DEPTH:
            raise JsonRefused(f"the JSON is nested more than {MAX_DEPTH} levels deep")
        pending.extend((child, depth + 1) for child in children)


_SURROGATE = re.compile("[\ud800-\udfff]")


def strings(value: object) -> Iterator[str]:
    """Every string in a JSON value, keys included."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            pending.extend([*item.keys(), *item.values()])
        elif isinstance(item, list):
            pending.extend(item)


def lone_surrogate(value: object) -> str | None:
    """The first lone surrogate (« \\ud800 », which JSON can carry and no text can hold) in a JSON value."""
    return next((found.group() for text in strings(value) if (found := _SURROGATE.search(text))), None)
