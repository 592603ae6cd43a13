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
    assert segments == [["=", "l"], ["-", "es lois et règlements en vigueur"], ["+", "a loi"], ["=", " sont"]]
    added = [s.as_json() for s in readable_diff("essais cliniques.", "essais cliniques et non cliniques.")]
    assert added == [["=", "essais cliniques"], ["+", " et non cliniques"], ["=", "."]]


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
