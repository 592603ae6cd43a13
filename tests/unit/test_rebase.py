"""Strict rebase: an amendment carries over only where the words it was written against are unchanged."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.domain.errors import InvalidInput
from drafting.domain.rebase import (
    Edit,
    PositionMap,
    apply_edits,
    edits_of,
    overlaps,
    rebase,
    rebase_with,
)

BASE = "Le délai est de six mois."
TWO = "Le délai est de six mois. Il court à compter de la notification."


def test_changed_words_do_not_rebase() -> None:
    a = "Le délai est de un an."
    current = "Le délai est de trois mois."  # B: "six mois" -> "trois mois", accepted
    result = rebase(BASE, a, current)
    assert not result.clean
    assert result.text is None
    [conflict] = result.conflicts
    assert conflict.base_text == "six mois"
    assert conflict.proposed_text == "un an"
    assert conflict.current_text == "trois mois"
    assert BASE[conflict.start : conflict.end] == "six mois"


def test_other_sentence_rebases_cleanly() -> None:
    a = TWO.replace("notification", "publication")
    current = TWO.replace("six mois", "trois mois")
    result = rebase(TWO, a, current)
    assert result.clean and not result.conflicts
    assert result.text == "Le délai est de trois mois. Il court à compter de la publication."
    assert apply_edits(current, result.new_edits) == result.text


def test_a_change_inside_the_same_word_conflicts() -> None:
    # the character diffs "six"->"sept" and "six"->"dix" are disjoint; the words are not
    assert not rebase(BASE, BASE.replace("six", "sept"), BASE.replace("six", "dix")).clean
    assert overlaps(BASE, BASE.replace("six", "sept"), BASE.replace("six", "dix"))


def test_edits_are_whole_words() -> None:
    assert edits_of(BASE, BASE.replace("six", "sept")) == (Edit(16, 19, "sept"),)
    assert edits_of(BASE, "Le délai est de six mois renouvelable.") == (Edit(24, 24, " renouvelable"),)
    assert edits_of(BASE, BASE.replace("délai", "délais")) == (Edit(3, 8, "délais"),)
    assert edits_of(BASE, BASE) == ()


def test_insertions_at_the_same_point_conflict() -> None:
    a = BASE.replace("mois", "mois pleins")
    b = BASE.replace("mois", "mois calendaires")
    assert overlaps(BASE, a, b)
    result = rebase(BASE, a, b)
    assert not result.clean
    assert result.conflicts[0].current_text == " calendaires"


def test_insertion_inside_a_replaced_passage_conflicts() -> None:
    a = BASE.replace("six mois", "six longs mois")
    b = BASE.replace("six mois", "un an")
    assert overlaps(BASE, a, b) and overlaps(BASE, b, a)
    assert not rebase(BASE, a, b).clean


def test_touching_changes_commute() -> None:
    a = BASE.replace("six", "sept")  # replaces "six"
    b = BASE.replace("six mois", "six mois entiers")  # inserts after "mois"
    assert not overlaps(BASE, a, b)
    ab = rebase(BASE, b, a).text
    ba = rebase(BASE, a, b).text
    assert ab == ba == "Le délai est de sept mois entiers."


def test_a_deleted_passage_makes_the_amendment_fall() -> None:
    result = rebase(TWO, TWO.replace("notification", "publication"), "Le délai est de six mois.")
    assert not result.clean
    assert result.conflicts[0].base_text == "notification"


def test_one_map_serves_many_amendments() -> None:
    current = TWO.replace("six", "trois")
    positions = PositionMap.between(TWO, current)
    texts = [rebase_with(positions, TWO.replace(w, w.upper())).text for w in ("délai", "court", "six")]
    assert texts == [
        current.replace("délai", "DÉLAI"),
        current.replace("court", "COURT"),
        None,
    ]


def test_position_map_sides() -> None:
    positions = PositionMap.between("ab cd ef", "ab XY cd ef")  # "XY " inserted at 3
    assert positions.changes == (Edit(3, 3, "XY "),)
    assert positions.left(3) == 3 and positions.right(3) == 6
    assert positions.left(5) == positions.right(5) == 8
    positions = PositionMap.between("ab cd ef", "ab ef")  # "cd " deleted
    assert positions.left(4) == 3 and positions.right(4) == 3  # inside: the edges of what replaced it
    assert positions.left(7) == positions.right(7) == 4


def test_apply_edits_refuses_overlaps() -> None:
    with pytest.raises(InvalidInput):
        apply_edits("abcdef", [Edit(2, 4, "x"), Edit(3, 5, "y")])


# --- properties -------------------------------------------------------------------------------

WORDS = st.text(alphabet="abcdéèçmnopqrstu", min_size=1, max_size=8)
SENTENCES = st.lists(st.lists(WORDS, min_size=2, max_size=6), min_size=2, max_size=5)


def _text(sentences: list[list[str]]) -> str:
    return " ".join(" ".join(words).capitalize() + "." for words in sentences)


@given(SENTENCES, st.data())
def test_rebase_onto_base_gives_proposed(sentences: list[list[str]], data: st.DataObject) -> None:
    base = _text(sentences)
    proposed = data.draw(st.text(alphabet="abc dé.\n", max_size=40).map(lambda t: base[:10] + t + base[20:]))
    result = rebase(base, proposed, base)
    assert result.clean and result.text == proposed
    assert apply_edits(base, edits_of(base, proposed)) == proposed


@given(SENTENCES, st.data())
def test_amendments_on_different_sentences_commute(sentences: list[list[str]], data: st.DataObject) -> None:
    i, j = data.draw(st.lists(st.integers(0, len(sentences) - 1), min_size=2, max_size=2, unique=True))

    def amend(k: int) -> str:
        words = list(sentences[k])
        w = data.draw(st.integers(0, len(words) - 1))
        action = data.draw(st.sampled_from(["replace", "delete", "insert"]))
        new = data.draw(WORDS)
        if action == "replace":
            words[w] = new
        elif action == "delete" and len(words) > 1:
            del words[w]
        else:
            words.insert(w, new)
        return _text([words if n == k else s for n, s in enumerate(sentences)])

    base, a, b = _text(sentences), amend(i), amend(j)
    assert not overlaps(base, a, b)
    then_b = rebase(base, b, a)
    then_a = rebase(base, a, b)
    assert then_b.clean and then_a.clean
    assert then_b.text == then_a.text
