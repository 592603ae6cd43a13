"""Strict rebase: an amendment carries over only where the words it was written against are unchanged."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.domain.amendments import edits_collide
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
    positions = PositionMap.between("ab cd ef", "ab XY cd ef")  # " XY" inserted at 2 (the space before it)
    assert positions.changes == (Edit(2, 2, " XY"),)
    assert positions.left(2) == 2 and positions.right(2) == 5
    assert positions.left(5) == positions.right(5) == 8
    positions = PositionMap.between("ab cd ef", "ab ef")  # " cd" deleted
    assert positions.left(4) == 2 and positions.right(4) == 2  # inside: the edges of what replaced it
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


# --- an insertion leans on the word it is written against ------------------------------------

DELAI = "Le délai de recours est fixé à six mois à compter de la notification."
ALINEAS = "Le délai est de six mois\n\n30 jours suffisent en cas d’urgence.\n\nIl court à compter de la notification."


def test_insertion_after_a_deleted_word_collides() -> None:
    accepted = DELAI.replace(" à compter de la notification", "")
    pending = DELAI.replace("notification", "notification écrite")  # once: « fixé à six mois écrite. »
    result = rebase(DELAI, pending, accepted)
    assert not result.clean and result.text is None
    [conflict] = result.conflicts
    assert (conflict.base_text, conflict.proposed_text, conflict.current_text) == (
        "notification",
        "notification écrite",
        "",
    )
    assert overlaps(DELAI, pending, accepted) and overlaps(DELAI, accepted, pending)


def test_insertion_after_a_replaced_word_collides_either_way_round() -> None:
    accepted = DELAI.replace("six mois", "un an")
    pending = DELAI.replace("six mois", "six mois calendaires")  # once: « un an calendaires »
    result = rebase(DELAI, pending, accepted)
    assert not result.clean
    [conflict] = result.conflicts
    assert (conflict.base_text, conflict.proposed_text, conflict.current_text) == (
        "mois",
        "mois calendaires",
        "un an",
    )
    assert not rebase(DELAI, accepted, pending).clean  # the insertion accepted first
    assert overlaps(DELAI, pending, accepted) and overlaps(DELAI, accepted, pending)


def test_insertions_in_the_same_gap_collide_whichever_side_of_the_space() -> None:
    comma, word = DELAI.replace("mois", "mois,"), DELAI.replace("mois", "mois calendaires")
    # the diff gives « , » before the space and « calendaires » after it: one gap all the same, where
    # « mois, calendaires » or « mois calendaires, » may come out, and nobody said which
    assert not rebase(DELAI, word, comma).clean and not rebase(DELAI, comma, word).clean


@pytest.mark.parametrize(
    ("base", "accepted", "pending", "expected"),
    [
        # the change starts right after the insertion: the word before it is still there
        (
            DELAI,
            DELAI.replace("à compter de la notification", "dès la publication"),
            DELAI.replace("six mois", "six mois calendaires"),
            "Le délai de recours est fixé à six mois calendaires dès la publication.",
        ),
        # one unchanged word (« mois ») between the change and the insertion
        (
            DELAI,
            DELAI.replace("six", "trois"),
            DELAI.replace("six mois", "six mois calendaires"),
            "Le délai de recours est fixé à trois mois calendaires à compter de la notification.",
        ),
        # a sentence added at the end of an alinéa leans on its final sign, not on the words before it
        (
            DELAI,
            DELAI.replace("la notification", "sa publication"),
            DELAI + " Il est renouvelable une fois.",
            "Le délai de recours est fixé à six mois à compter de sa publication. Il est renouvelable une fois.",
        ),
        # at the start of an alinéa the insertion leans on the word after it, not on the alinéa before
        (
            ALINEAS,
            ALINEAS.replace("six mois", "un an"),
            ALINEAS.replace("30 jours", "Toutefois, 30 jours"),
            ALINEAS.replace("six mois", "un an").replace("30 jours", "Toutefois, 30 jours"),
        ),
        # a whole alinéa inserted leans on no word: the last word of the one before may change
        (
            ALINEAS,
            ALINEAS.replace("six mois", "un an"),
            ALINEAS.replace("mois\n\n", "mois\n\nCe délai est franc.\n\n"),
            ALINEAS.replace("six mois\n\n", "un an\n\nCe délai est franc.\n\n"),
        ),
        # deletions side by side: each deletes words still there, and adds none
        (
            DELAI.replace("notification", "notification écrite"),
            DELAI.replace(" à compter de la notification", " écrite"),
            DELAI.replace("notification", "notification écrite").replace(" écrite", ""),
            "Le délai de recours est fixé à six mois.",
        ),
    ],
)
def test_independent_edits_still_rebase_cleanly(base: str, accepted: str, pending: str, expected: str) -> None:
    result = rebase(base, pending, accepted)
    assert result.clean and result.text == expected
    assert rebase(base, accepted, pending).text == expected
    assert not overlaps(base, accepted, pending)


def test_insertion_at_an_alineas_edges_leans_on_its_only_neighbour() -> None:
    # at the start: the word after it
    start = ALINEAS.replace("30 jours", "Toutefois, 30 jours")
    assert not rebase(ALINEAS, start, ALINEAS.replace("30 jours", "Quinze jours")).clean
    # at the end, with no final sign: the word before it
    end = ALINEAS.replace("six mois\n", "six mois calendaires\n")
    assert not rebase(ALINEAS, end, ALINEAS.replace("six mois", "un an")).clean
    assert rebase(ALINEAS, end, ALINEAS.replace("30 jours", "Quinze jours")).clean


# --- properties of insertions ------------------------------------------------------------------

MARK = "XQ"  # not made of WORDS' letters: found once


def _alinea_tokens(text: str) -> list[list[str]]:
    return [re.findall(r"\w+|[^\w\s]", alinea) for alinea in text.split("\n\n")]


def _neighbour(text: str) -> str:
    """The word or sign MARK follows in its alinéa, or the one after it when it opens the alinéa."""
    [tokens] = [t for t in _alinea_tokens(text) if MARK in t]
    at = tokens.index(MARK)
    return tokens[at - 1] if at else tokens[at + 1]


@given(st.lists(SENTENCES, min_size=1, max_size=3), st.data())
def test_a_clean_rebase_keeps_an_insertions_neighbour(alineas: list[list[list[str]]], data: st.DataObject) -> None:
    """Wherever an accepted change of words falls, a pending insertion that still rebases cleanly
    stands next to the same word (or sign) as in the text it was written against."""
    texts = [_text(a) for a in alineas]
    base = "\n\n".join(texts)

    def changed(action: str, new: str) -> str:
        k = data.draw(st.integers(0, len(texts) - 1))
        words = texts[k].split(" ")
        w = data.draw(st.integers(0, len(words) - (action != "insert")))
        if action == "replace":
            n = data.draw(st.integers(1, len(words) - w))
            words[w : w + n] = [new]
        elif action == "delete":
            words[w : w + data.draw(st.integers(1, len(words) - w))] = []
        else:
            words.insert(w, new)
        return "\n\n".join(" ".join(words) if i == k else t for i, t in enumerate(texts))

    accepted = changed(data.draw(st.sampled_from(["replace", "delete", "insert"])), data.draw(WORDS))
    pending = changed("insert", MARK)
    result = rebase(base, pending, accepted)
    if result.clean:
        assert result.text is not None
        assert _neighbour(result.text) == _neighbour(pending)


@given(SENTENCES, st.data())
def test_overlaps_is_symmetric_and_agrees_with_edits_collide(sentences: list[list[str]], data: st.DataObject) -> None:
    base = _text(sentences)
    words = base.split(" ")

    def amend() -> str:
        changed = list(words)
        for _ in range(data.draw(st.integers(1, 3))):
            w = data.draw(st.integers(0, len(changed)))
            if data.draw(st.booleans()) or w == len(changed):
                changed.insert(w, data.draw(WORDS))
            else:
                changed[w] = data.draw(WORDS)
        return " ".join(changed)

    a, b = amend(), amend()
    found = overlaps(base, a, b)
    assert found == overlaps(base, b, a)
    assert found == edits_collide(edits_of(base, a), edits_of(base, b))
    if not found:
        assert rebase(base, a, b).clean and rebase(base, b, a).clean
