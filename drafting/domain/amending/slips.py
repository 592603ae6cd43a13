"""Slips of the pen a reader reads through: a word one letter off the one meant (« Suprimer » for
« supprimer », « hypthèses » in a phrase quoted whole), read as it only where exactly one word (one
phrase) is that close, and none is exact. Only letters slip: a figure (a digit) names an article, a
date or an amount, and one figure off names another (« L. 114-3-5 » is not « L. 114-3-6 »).
"""

from __future__ import annotations


def one_edit(word: str, meant: str) -> bool:
    """Whether `word` is `meant` but for one letter inserted, left out, changed, or two swapped (letters
    only: a figure never slips)."""
    if abs(len(word) - len(meant)) > 1 or word == meant:
        return False
    lo = next((i for i, (a, b) in enumerate(zip(word, meant, strict=False)) if a != b), min(len(word), len(meant)))
    if len(word) == len(meant):
        if word[lo + 1 :] == meant[lo + 1 :]:
            return _letters(word[lo], meant[lo])
        swapped = word[lo + 1 : lo + 2] + word[lo : lo + 1] == meant[lo : lo + 2]
        return swapped and word[lo + 2 :] == meant[lo + 2 :] and _letters(word[lo : lo + 2])
    longer, shorter = (word, meant) if len(word) > len(meant) else (meant, word)
    return longer[lo + 1 :] == shorter[lo:] and _letters(longer[lo])


def _letters(*chars: str) -> bool:
    """Whether the characters a slip touches are all letters (not figures, signs or spaces)."""
    return all(c.isalpha() for c in "".join(chars))
