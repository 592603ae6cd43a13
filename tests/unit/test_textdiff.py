"""The diff wrapper: exact for local changes, correct and bounded for unrelated texts."""

from __future__ import annotations

import random
import string

from hypothesis import given
from hypothesis import strategies as st

from drafting.domain import textdiff


def _sides(segments: list[textdiff.Segment]) -> tuple[str, str]:
    old = "".join(s.text for s in segments if s.op != "+")
    new = "".join(s.text for s in segments if s.op != "-")
    return old, new


def _random_text(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(string.ascii_lowercase + "  \n") for _ in range(size))


def test_a_proposal_unrelated_to_a_long_article_still_gives_a_correct_diff() -> None:
    # Two unrelated 20 KB texts: a plain character diff would run for minutes; the bounded one
    # must still describe exactly how to go from one to the other.
    rng = random.Random(7)
    a, b = _random_text(rng, 20_000), _random_text(rng, 20_000)
    assert _sides(textdiff.diff(a, b)) == (a, b)


def test_a_one_word_change_in_a_long_article_is_shown_as_that_word() -> None:
    rng = random.Random(8)
    words = ["le", "la", "les", "de", "du", "des", "un", "une", "article", "alinéa", "code", "loi", "décret"]
    article = "\n".join(" ".join(rng.choices(words, k=30)) + "." for _ in range(150))
    changed = article.replace("décret", "arrêté", 1)
    changes = [s.as_json() for s in textdiff.diff(article, changed) if s.op != "="]
    assert changes == [["-", "décret"], ["+", "arrêté"]]


@given(st.text(max_size=300), st.text(max_size=300))
def test_every_diff_rebuilds_both_texts(a: str, b: str) -> None:
    assert _sides(textdiff.diff(a, b)) == (a, b)


def test_readable_diff_shows_whole_words() -> None:
    from drafting.domain.textdiff import readable_diff

    segments = [s.as_json() for s in readable_diff("les lois et règlements en vigueur sont", "la loi sont")]
    assert segments == [["-", "les lois et règlements en vigueur"], ["+", "la loi"], ["=", " sont"]]
    added = [s.as_json() for s in readable_diff("essais cliniques.", "essais cliniques et non cliniques.")]
    assert added == [["=", "essais cliniques"], ["+", " et non cliniques"], ["=", "."]]


def test_readable_diff_never_cuts_a_word_at_a_replaced_block_s_edges() -> None:
    from drafting.domain.textdiff import readable_diff

    # letters a replaced block shares at its edges stay in it: not "tout~~ au long d~~e la vie"
    life = readable_diff("Une formation tout au long de la vie est due.", "Une formation toute la vie est due.")
    assert [s.as_json() for s in life] == [
        ["=", "Une formation "],
        ["-", "tout au long de"],
        ["+", "toute"],
        ["=", " la vie est due."],
    ]
    # not "a~~u service de~~<ins>vec</ins>"
    society = readable_diff("Il agit au service de la société.", "Il agit avec la société.")
    assert [s.as_json() for s in society if s.op != "="] == [["-", "au service de"], ["+", "avec"]]
    # whole words shared at the edges of a replaced block still stay outside it
    months = readable_diff("dans un délai de trois mois à compter", "dans un délai de six mois à compter")
    assert [s.as_json() for s in months if s.op != "="] == [["-", "trois"], ["+", "six"]]


@given(st.text(max_size=120), st.text(max_size=120))
def test_readable_diff_never_splits_a_word_between_kept_and_changed(a: str, b: str) -> None:
    import re

    from drafting.domain.textdiff import readable_diff

    segments = readable_diff(a, b)
    assert _sides(segments) == (a, b)
    for hidden in ("+", "-"):  # each side as read: what is kept, and what it loses or gains
        side = [s for s in segments if s.op != hidden]
        for before, after in zip(side, side[1:], strict=False):
            if (before.op == "=") != (after.op == "="):
                assert not re.match(r"\w\w", before.text[-1:] + after.text[:1]), (before, after)


def test_readable_diff_rebuilds_both_texts() -> None:
    from drafting.domain.textdiff import readable_diff

    a, b = "Le ministre peut associer les régions, six mois après.", "Le ministre associe les communes un an après."
    segments = readable_diff(a, b)
    assert "".join(s.text for s in segments if s.op != "+") == a
    assert "".join(s.text for s in segments if s.op != "-") == b


@given(st.text(max_size=40), st.text(max_size=10), st.text(max_size=10), st.text(max_size=40))
def test_one_stretch_rebuilds_both_texts_around_the_one_change(head: str, gone: str, put: str, tail: str) -> None:
    # the amendment parser's tracking of the words each amendment put: an edit made at one place
    segments = textdiff.one_stretch(head + gone + tail, head + put + tail)
    assert _sides(segments) == (head + gone + tail, head + put + tail)
    assert [s.op for s in segments if s.op != "="] in ([], ["-"], ["+"], ["-", "+"])
    changed = [s for s in segments if s.op != "="]
    assert sum(len(s.text) for s in changed) <= len(gone) + len(put)
