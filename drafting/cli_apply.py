"""`drafting apply --jsonl`: amendments in legal French applied to articles, one JSON line in, one out.

Each line is answered on its own, in order, and the lines after it are still read: a line that is
not UTF-8, not JSON, or not `{"id", "article_avant", "amendements": [{"numero", "texte"}]}` is
answered `{"id", "error": {"code": "bad_line", "message", "amendement": null}}`, its message naming
the line and what is wrong with it (« line 3: "amendements" must be a list of {"numero", "texte"},
got text »). Lines are read and written as UTF-8 whatever the terminal's locale; blank lines are
skipped (they still count in the line numbers).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from drafting.domain import bounded_json
from drafting.domain.amending.jsonl import apply_line

BAD_LINE = "bad_line"
_SURROGATE = re.compile("[\ud800-\udfff]")
_SHAPE = '{"id", "article_avant", "amendements": [{"numero", "texte"}]}'


def answers(lines: Iterable[bytes]) -> Iterator[tuple[str, bool]]:
    """Each non-blank input line's answer, as one line of JSON, and whether it applied."""
    for number, raw in enumerate(lines, 1):
        if raw.strip():
            answer, applied = _answer(raw, number)
            yield _dumps(answer), applied


def write(out: BinaryIO, line: str) -> None:
    out.write(line.encode("utf-8") + b"\n")
    out.flush()


def _answer(raw: bytes, number: int) -> tuple[dict[str, Any], bool]:
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")  # a byte order mark opens some files
    except UnicodeDecodeError as exc:
        return _bad(None, f"line {number} is not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})")
    try:
        case = bounded_json.loads(text)
    except ValueError as exc:
        return _bad(None, f"line {number} is not JSON: {exc}")
    if not isinstance(case, dict):
        return _bad(None, f"line {number} is {_kind(case)}, not an object {_SHAPE}")
    problem = _problem(case)
    if problem:
        return _bad(case.get("id"), f"line {number}: {problem}")
    return apply_line(text)


def _problem(case: dict[str, Any]) -> str | None:
    """What keeps `case` from being one line's case, or None."""
    before, amendments = case.get("article_avant"), case.get("amendements")
    if "article_avant" not in case:
        return '"article_avant" is missing: the article\'s text before the amendments'
    if not isinstance(before, str):
        return f'"article_avant" must be text, got {_kind(before)}'
    if "amendements" not in case:
        return '"amendements" is missing: a list of {"numero", "texte"}'
    if not isinstance(amendments, list):
        return f'"amendements" must be a list of {{"numero", "texte"}}, got {_kind(amendments)}'
    for place, amendment in enumerate(amendments, 1):
        where = f"amendement {place} of {len(amendments)}"
        if not isinstance(amendment, dict):
            return f'{where} must be {{"numero", "texte"}}, got {_kind(amendment)}'
        numero, texte = amendment.get("numero"), amendment.get("texte")
        if isinstance(numero, bool) or not isinstance(numero, str | int):
            return f'{where}: "numero" must be text or a whole number, got {_kind(numero)}'
        if not isinstance(texte, str):
            return f'{where}: "texte" must be text (the instructions), got {_kind(texte)}'
    for name, value in [("id", case.get("id")), ("article_avant", before), ("amendements", amendments)]:
        surrogate = bounded_json.lone_surrogate(value)
        if surrogate:
            return f'"{name}" holds a lone surrogate (\\u{ord(surrogate):04x}), which is not a character'
    return None


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    names = {str: "text", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _bad(ident: Any, message: str) -> tuple[dict[str, Any], bool]:
    return {"id": ident, "error": {"code": BAD_LINE, "message": message, "amendement": None}}, False


def _dumps(answer: dict[str, Any]) -> str:
    """One line of JSON; an `id` echoed with a lone surrogate is written escaped, as JSON allows."""
    line = json.dumps(answer, ensure_ascii=False)
    return json.dumps(answer) if _SURROGATE.search(line) else line
