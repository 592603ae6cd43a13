"""What stored text may hold: no control characters but the line break and the tab, and a title that
shows at least one character.

A bell (\x07), an escape (\x1b) or a next-line (\x85) in a law's text reaches every export and every
terminal that prints one; a title made only of U+202E (right-to-left override) looks empty yet passes
a `strip()`. Typed fields (an amendment's text, a justification, a comment) are refused with the field
and the character named, so the writer can see what to remove; a pasted or imported document is
cleaned instead (`clean_document`): a carriage return becomes a line break, the rest is dropped.
"""

from __future__ import annotations

import re
import unicodedata

from drafting.domain.errors import InvalidInput

# C0 and C1 controls and DEL, less \t, \n and \r (a browser's form sends its line breaks as \r\n)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BREAKS = re.compile(r"\r\n?|\x85|\u2028|\u2029")


def check_text(field: str, text: str | None) -> None:
    """Refuse `text` (the value of `field`) when it holds a control character other than a line
    break (\\n, \\r) or a tab."""
    if text is None:
        return
    found = _CONTROL.search(text)
    if found:
        char = found.group()
        raise InvalidInput(
            f"{field} holds the control character U+{ord(char):04X} at position {found.start()}; "
            "only line breaks and tabs are allowed",
            field=field,
            character=f"U+{ord(char):04X}",
        )


def clean_document(text: str) -> str:
    """A pasted document's text with line breaks as \\n and other control characters removed."""
    return _CONTROL.sub("", _BREAKS.sub("\n", text))  # \r went with the breaks


def visible(text: str) -> bool:
    """Whether `text` shows something: a letter, digit, punctuation mark or symbol (not only spaces,
    format characters such as U+202E, or controls)."""
    return any(unicodedata.category(char)[0] in "LNPS" for char in text)
