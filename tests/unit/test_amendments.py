"""Applying amendments to a bill: modify, insert, delete, sub-amendments and collision groups."""

from __future__ import annotations

import pytest

from drafting.domain.amendments import Change, apply_change, apply_sub_amendment, collision_groups
from drafting.domain.errors import Conflict, InvalidInput
from drafting.domain.tree import Article, BillTree, Division, split_alineas

TEXT = "Le délai est de six mois.\nIl court à compter de la notification."


def art(eid: str, num: str, text: str) -> Article:
    return Article(eid, num, None, split_alineas(text))


def bill() -> BillTree:
    return BillTree(
        "Projet de loi",
        (
            art("art_1", "1", "Article premier."),
            Division(
                "chp_1",
                "chapitre",
                "Ier",
                "Dispositions",
                (art("art_2", "2", TEXT), art("art_3", "3", "Trois.")),
            ),
        ),
    )


def text_of(tree: BillTree, eid: str) -> str:
    node = tree.find(eid)
    assert isinstance(node, Article)
    return node.text


def test_modify_against_the_current_text() -> None:
    tree = apply_change(bill(), Change.modify("art_2", TEXT, TEXT.replace("six mois", "un an")))
    assert text_of(tree, "art_2") == "Le délai est de un an.\nIl court à compter de la notification."
    assert text_of(bill(), "art_2") == TEXT  # trees are immutable


def test_modify_rebases_onto_a_moved_text() -> None:
    moved = apply_change(bill(), Change.modify("art_2", TEXT, TEXT.replace("six", "trois")))
    tree = apply_change(moved, Change.modify("art_2", TEXT, TEXT.replace("notification", "publication")))
    assert text_of(tree, "art_2") == "Le délai est de trois mois.\nIl court à compter de la publication."


def test_modify_of_changed_words_conflicts() -> None:
    moved = apply_change(bill(), Change.modify("art_2", TEXT, TEXT.replace("six", "trois")))
    with pytest.raises(Conflict) as caught:
        apply_change(moved, Change.modify("art_2", TEXT, TEXT.replace("six mois", "un an")))
    assert "article art_2 has changed" in caught.value.message
    assert "“six mois”" in caught.value.message and "“trois mois”" in caught.value.message
    # an official may still impose the text
    forced = apply_change(moved, Change.modify("art_2", TEXT, "Nouveau."), current_base_check=False)
    assert text_of(forced, "art_2") == "Nouveau."


def test_gone_targets_conflict() -> None:
    tree = apply_change(bill(), Change.delete("art_3"))
    assert tree.find("art_3") is None and [a.eid for a in tree.articles()] == ["art_1", "art_2"]
    with pytest.raises(Conflict, match="article art_3 no longer exists in the current text"):
        apply_change(tree, Change.modify("art_3", "Trois.", "Quatre."))
    with pytest.raises(Conflict, match="art_3 no longer exists"):
        apply_change(tree, Change.delete("art_3"))
    with pytest.raises(Conflict, match="article art_3 no longer exists"):
        apply_change(tree, Change.insert("art_3bis", "3 bis", "Texte.", after_eid="art_3"))


def test_insert_after_an_article_at_the_start_of_a_division_or_of_the_bill() -> None:
    tree = apply_change(
        bill(), Change.insert("art_2bis", "2 bis", "Deux bis.\nSecond alinéa.", after_eid="art_2")
    )
    assert [a.eid for a in tree.articles()] == ["art_1", "art_2", "art_2bis", "art_3"]
    assert tree.find("art_2bis") == Article("art_2bis", "2 bis", None, ("Deux bis.", "Second alinéa."))
    tree = apply_change(tree, Change.insert("art_1A", "1 A", "Début.", parent_eid="chp_1"))
    assert [a.eid for a in tree.articles()] == ["art_1", "art_1A", "art_2", "art_2bis", "art_3"]
    tree = apply_change(tree, Change.insert("art_0", "préliminaire", "Tout début."))
    assert tree.children[0].eid == "art_0"
    with pytest.raises(Conflict, match="already exists"):
        apply_change(tree, Change.insert("art_0", "0", "Encore."))
    with pytest.raises(Conflict, match="division chp_9 no longer exists"):
        apply_change(tree, Change.insert("art_9", "9", "Texte.", parent_eid="chp_9"))


def test_invalid_changes() -> None:
    with pytest.raises(InvalidInput):
        Change.insert("art_9", " ", "Texte.")
    with pytest.raises(InvalidInput):
        Change("insert", "art_9", num="9", after_eid="art_1", parent_eid="chp_1")
    with pytest.raises(InvalidInput):
        apply_change(bill(), Change.modify("chp_1", "", "Texte."))


def test_sub_amendment() -> None:
    parent = TEXT.replace("six mois", "un an")
    # written against the parent's proposed text as it is
    assert apply_sub_amendment(parent, parent, parent.replace("un an", "deux ans")) == (
        TEXT.replace("six mois", "deux ans")
    )
    # the parent was edited since, elsewhere: rebased
    edited = parent.replace("notification", "publication")
    assert apply_sub_amendment(edited, parent, parent.replace("un an", "deux ans")) == (
        "Le délai est de deux ans.\nIl court à compter de la publication."
    )
    with pytest.raises(Conflict):
        apply_sub_amendment(parent.replace("un an", "trois ans"), parent, parent.replace("un an", "deux ans"))


def test_collision_groups() -> None:
    base = "Le délai est de six mois. Il court à compter de la notification. Le décret fixe les modalités."
    items = [
        (1, base, base.replace("six mois", "un an")),
        (2, base, base.replace("notification", "publication")),
        (3, base, base.replace("six", "trois")),
        (4, base, base.replace("notification", "signification")),
        (5, base, base.replace("décret", "arrêté")),
        (6, base, base.replace("délai", "terme")),
        (7, "Autre base.", "Autre texte."),
    ]
    assert collision_groups(items) == [[1, 3], [2, 4]]
    assert collision_groups([]) == []
