"""Comparing two versions of a bill: articles and divisions paired by eid, never by number."""

from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from drafting.domain.compare import compare, summary
from drafting.domain.textdiff import typography_key
from drafting.domain.tree import Article, BillTree, Division, split_alineas


def art(eid: str, num: str, text: str, heading: str | None = None) -> Article:
    return Article(eid, num, heading, split_alineas(text))


def bill(*nodes: Article | Division) -> BillTree:
    return BillTree("Projet de loi", tuple(nodes))


def titre(eid: str, num: str, heading: str, *children: Article | Division) -> Division:
    return Division(eid, "titre", num, heading, tuple(children))


def flat(n: int) -> list[Article]:
    return [art(f"art_{i}", str(i), f"Texte de l'article {i}.") for i in range(1, n + 1)]


texts = st.text(alphabet="abc de\n«»\u00a0", max_size=40)


@st.composite
def trees(draw: st.DrawFn) -> BillTree:
    sizes = draw(st.lists(st.integers(0, 4), max_size=4))
    divisions, k = [], 0
    for d, size in enumerate(sizes):
        children = []
        for _ in range(size):
            k += 1
            children.append(art(f"art_{k}", str(k), draw(texts), draw(st.none() | st.just("Titre"))))
        divisions.append(titre(f"tit_{d}", str(d), draw(st.sampled_from(["A", "B"])), *children))
    return bill(*divisions)


@given(trees())
def test_a_tree_compared_with_itself_has_no_change(tree: BillTree) -> None:
    result = compare(tree, tree)
    assert result.empty
    assert result.as_json()["summary"]["unchanged"] == len(tree.articles())


@given(trees(), trees(), st.booleans())
def test_the_summary_alone_counts_what_the_full_comparison_counts(old: BillTree, new: BillTree, fold: bool) -> None:
    # what a stage import reports, computed without diffing the modified articles
    assert summary(old, new, ignore_typography=fold) == compare(old, new, ignore_typography=fold).as_json()["summary"]


@given(texts, texts)
def test_the_diff_of_a_modified_article_rebuilds_both_texts(old: str, new: str) -> None:
    result = compare(bill(art("art_1", "1", old)), bill(art("art_1", "1", new)))
    a, b = "\n".join(split_alineas(old)), "\n".join(split_alineas(new))
    if a == b:
        assert not result.articles.modified
        return
    (change,) = result.articles.modified
    assert "".join(s.text for s in change.diff if s.op != "+") == a
    assert "".join(s.text for s in change.diff if s.op != "-") == b


@given(texts, texts)
def test_ignoring_typography_diffs_the_folded_texts(old: str, new: str) -> None:
    result = compare(bill(art("art_1", "1", old)), bill(art("art_1", "1", new)), ignore_typography=True)
    a, b = (typography_key("\n".join(split_alineas(t))) for t in (old, new))
    assert bool(result.articles.modified) == (a != b)
    for change in result.articles.modified:
        assert "".join(s.text for s in change.diff if s.op != "+") == a
        assert "".join(s.text for s in change.diff if s.op != "-") == b


def test_articles_are_paired_by_eid_so_a_renumbered_article_is_not_added_and_removed() -> None:
    old = bill(*flat(3))
    new = bill(
        art("art_new", "1", "Un article inséré."), *[replace(a, num=str(int(a.num) + 1)) for a in flat(3)]
    )
    result = compare(old, new).as_json()
    assert result["articles"]["added"] == [{"eid": "art_new", "num": "1", "heading": None}]
    assert result["articles"]["removed"] == []
    assert result["articles"]["renumbered"] == [
        {"eid": "art_1", "from": "1", "to": "2"},
        {"eid": "art_2", "from": "2", "to": "3"},
        {"eid": "art_3", "from": "3", "to": "4"},
    ]
    # an insertion moves nothing: the others kept their order
    assert result["articles"]["moved"] == []
    assert result["summary"] == {
        "added": 1,
        "removed": 0,
        "moved": 0,
        "renumbered": 3,
        "modified": 0,
        "unchanged": 0,
    }


def test_only_the_article_that_really_moved_is_flagged() -> None:
    a = flat(6)
    new = bill(a[0], a[2], a[3], a[4], a[1], a[5])
    moved = compare(bill(*a), new).articles.moved
    assert [m.eid for m in moved] == ["art_2"]


def test_an_article_moved_to_another_division_names_both_parents() -> None:
    a = flat(3)
    old = bill(titre("tit_1", "Ier", "Un", a[0], a[1]), titre("tit_2", "II", "Deux", a[2]))
    new = bill(titre("tit_1", "Ier", "Un", a[0]), titre("tit_2", "II", "Deux", a[1], a[2]))
    assert compare(old, new).as_json()["articles"]["moved"] == [
        {"eid": "art_2", "num": "2", "from_parent": "tit_1", "to_parent": "tit_2"}
    ]


def test_removed_articles_are_listed_and_the_rest_unchanged() -> None:
    a = flat(4)
    result = compare(bill(*a), bill(a[0], a[2], a[3]))
    assert [r.eid for r in result.articles.removed] == ["art_2"]
    assert result.articles.unchanged == 3
    assert not result.articles.moved


def test_a_heading_change_alone_makes_an_article_modified() -> None:
    old = bill(art("art_1", "1", "Texte.", "Ancien titre"))
    new = bill(art("art_1", "1", "Texte.", "Nouveau titre"))
    (change,) = compare(old, new).as_json()["articles"]["modified"]
    assert change == {
        "eid": "art_1",
        "num": "1",
        "heading_from": "Ancien titre",
        "heading_to": "Nouveau titre",
        "diff": [["=", "Texte."]],
    }


def test_a_modified_article_carries_a_readable_diff() -> None:
    old = bill(art("art_1", "1er", "Le délai est de quinze jours."))
    new = bill(art("art_1", "1er", "Le délai est de trente jours."))
    (change,) = compare(old, new).as_json()["articles"]["modified"]
    # whole words struck and inserted, never "quinz~~e~~ jours" keeping the shared letter
    assert change["diff"] == [["=", "Le délai est de "], ["-", "quinze"], ["+", "trente"], ["=", " jours."]]


def test_typography_only_changes_are_ignored_on_request() -> None:
    old = bill(art("art_1", "1er", "Vu l'article L. 3131-1 et « le code ».", "A propos"))
    typeset = "Vu l\u2019article L.\u00a03131\u20111 et «\u00a0le code\u00a0»."
    new = bill(art("art_1", "1\u00a0er", typeset, "À propos"))
    assert compare(old, new, ignore_typography=True).empty
    strict = compare(old, new)
    assert len(strict.articles.modified) == 1 and len(strict.articles.renumbered) == 1


def test_a_real_change_among_typography_is_diffed_on_folded_texts() -> None:
    old = bill(art("art_1", "1", "Le\u00a0délai de quinze jours."))
    new = bill(art("art_1", "1", "Le délai de trente jours."))
    (change,) = compare(old, new, ignore_typography=True).articles.modified
    assert all("\u00a0" not in s.text for s in change.diff)
    assert [s.text for s in change.diff if s.op == "="][0] == "Le délai de "


def test_divisions_added_removed_renamed_and_renumbered() -> None:
    a = flat(2)
    old = bill(titre("tit_1", "Ier", "Dispositions électorales", a[0]), titre("tit_2", "II", "Urgence", a[1]))
    new = bill(
        titre("tit_2", "Ier", "L'état d'urgence sanitaire", a[1]),
        titre("tit_3", "II", "Contrôle parlementaire"),
    )
    divisions = compare(old, new).as_json()["divisions"]
    assert divisions == {
        "added": [{"eid": "tit_3", "kind": "titre", "num": "II", "heading": "Contrôle parlementaire"}],
        "removed": [{"eid": "tit_1", "kind": "titre", "num": "Ier", "heading": "Dispositions électorales"}],
        "renamed": [{"eid": "tit_2", "num": "Ier", "from": "Urgence", "to": "L'état d'urgence sanitaire"}],
        "renumbered": [{"eid": "tit_2", "from": "II", "to": "Ier"}],
        "unchanged": 0,
    }


def test_a_division_number_in_capitals_is_only_typography() -> None:
    old, new = bill(titre("tit_1", "Ier", "Un")), bill(titre("tit_1", "IER", "Un"))
    assert compare(old, new, ignore_typography=True).empty
    assert len(compare(old, new).divisions.renumbered) == 1


def test_the_json_form_is_serialisable() -> None:
    a = flat(3)
    new = bill(art("art_1", "1", "Changé."), a[2], art("art_9", "9", "Nouveau."))
    data = compare(bill(*a), new).as_json()
    assert json.loads(json.dumps(data)) == data
    assert set(data) == {"articles", "divisions", "summary"}
    assert set(data["articles"]) == {"added", "removed", "moved", "renumbered", "modified"}


def test_comparing_two_large_trees_finds_the_few_changes() -> None:
    # how long it takes: bench/bench_timed_checks.py
    body = " ".join(["Le représentant de l'État dans le département peut prendre toute mesure."] * 8)
    old = [art(f"art_{i}", str(i), f"{body} {i}") for i in range(2000)]
    new = list(old)
    for i in range(0, 2000, 200):
        new[i] = art(f"art_{i}", str(i), f"{body} {i} modifié")
    old_tree = bill(*(titre(f"tit_{t}", str(t), "T", *old[t * 100 : t * 100 + 100]) for t in range(20)))
    new_tree = bill(*(titre(f"tit_{t}", str(t), "T", *new[t * 100 : t * 100 + 100]) for t in range(20)))
    result = compare(old_tree, new_tree, ignore_typography=True)
    assert len(result.articles.modified) == 10 and result.articles.unchanged == 1990
