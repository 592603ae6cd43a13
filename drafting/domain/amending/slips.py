"""Slips of the pen a reader reads through: a word one letter off the one meant (« Suprimer » for
« supprimer », « hypthèses » in a phrase quoted whole), read as it only where exactly one word (one
phrase) is that close, and none is exact.
"""

from __future__ import annotations


def one_edit(word: str, meant: str) -> bool:
    """Whether `word` is `meant` but for one letter inserted, left out, changed, or two swapped."""
    if abs(len(word) - len(meant)) > 1 or word == meant:
        return False
    lo = next((i for i, (a, b) in enumerate(zip(word, meant, strict=False)) if a != b), min(len(word), len(meant)))
    if len(word) == len(meant):
        swapped = word[lo + 1 : lo + 2] + word[lo : lo + 1] == meant[lo : lo + 2]
        return word[lo + 1 :] == meant[lo + 1 :] or swapped and word[lo + 2 :] == meant[lo + 2 :]
    longer, shorter = (word, meant) if len(word) > len(meant) else (meant, word)
    return longer[lo + 1 :] == shorter[lo:]
