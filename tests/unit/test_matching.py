"""Matching a newly imported stage to the previous one: stable eids follow the text, not the number."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from drafting.domain.matching import match_tree
from drafting.domain.tree import Article, BillTree, Division, make_eid, split_alineas
from drafting.formats.markdown import parse

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "bills"

A = "Le représentant de l'État dans le département peut ordonner la fermeture provisoire des établissements."
B = "Les délais de procédure qui expirent pendant la période d'urgence sanitaire sont prorogés de deux mois."
B2 = (
    "Les délais de procédure qui expirent pendant la période d'urgence sanitaire sont prorogés de trois mois."
)
C = "Le Gouvernement remet au Parlement un rapport sur l'application de la présente loi avant le 1er juin."
X = "Un fonds de solidarité est créé pour une durée de trois mois au profit des petites entreprises touchées."


def bill(*specs: tuple[str, str], title: str = "Projet de loi") -> BillTree:
    """Articles numbered and id'd as an import would: eids from their own numbers."""
    taken: set[str] = set()
    return BillTree(title, tuple(_art(num, text, None, taken) for num, text in specs))


def _art(num: str, text: str, parent: str | None, taken: set[str]) -> Article:
    return Article(make_eid("article", num, parent, taken), num, None, split_alineas(text))


def titres(*specs: tuple[str, str, list[tuple[str, str]]]) -> BillTree:
    taken: set[str] = set()
    divisions = []
    for num, heading, articles in specs:
        eid = make_eid("titre", num, None, taken)
        children = tuple(_art(n, t, eid, taken) for n, t in articles)
        divisions.append(Division(eid, "titre", num, heading, children))
    return BillTree("Projet de loi", tuple(divisions))


def eids_by_num(tree: BillTree) -> dict[str, str]:
    return {a.num: a.eid for a in tree.articles()}


def test_a_renumbered_article_keeps_the_id_it_was_born_with() -> None:
    previous = bill(("1", A), ("2", B), ("3", C))
    result = match_tree(previous, bill(("1", X), ("2", A), ("3", B2), ("4", C)))
    assert eids_by_num(result.tree) == {"1": "art_1_2", "2": "art_1", "3": "art_2", "4": "art_3"}
    assert result.matched == [("art_1", "2"), ("art_2", "3"), ("art_3", "4")]
    assert result.new_articles == ["art_1_2"]
    assert result.gone == []


def test_a_new_article_never_takes_an_id_the_previous_version_used() -> None:
    previous = bill(("1", A), ("2", B), ("3", C))
    # article 3 is gone and a new, unrelated article 3 arrives: its id must not be the old art_3
    result = match_tree(previous, bill(("1", A), ("2", B), ("3", X)))
    assert result.gone == ["art_3"]
    assert result.new_articles == ["art_3_2"]
    assert eids_by_num(result.tree)["3"] == "art_3_2"


def test_the_incoming_structure_order_and_texts_are_kept() -> None:
    previous = titres(("Ier", "Urgence", [("1", A), ("2", B)]))
    incoming = titres(("Ier", "Urgence", [("1", X), ("1 bis", B2)]), ("II", "Contrôle", [("2", C), ("3", A)]))
    result = match_tree(previous, incoming)
    shape = [(type(n).__name__, n.num, getattr(n, "alineas", None)) for n, _ in result.tree.walk()]
    assert shape == [(type(n).__name__, n.num, getattr(n, "alineas", None)) for n, _ in incoming.walk()]
    eids = [n.eid for n, _ in result.tree.walk()]
    assert len(eids) == len(set(eids))
    assert eids_by_num(result.tree)["3"] == "tit_1__art_1"  # moved to another title, same article


def test_repeated_deleted_articles_are_matched_by_number() -> None:
    previous = bill(("1", A), ("2", "(Supprimé)"), ("3", "(Supprimé)"), ("4", B))
    result = match_tree(previous, bill(("1", A), ("2", "(Supprimé)"), ("3", "(Supprimé)"), ("4", B2)))
    assert eids_by_num(result.tree) == {"1": "art_1", "2": "art_2", "3": "art_3", "4": "art_4"}
    assert result.new_articles == [] and result.gone == []


def test_an_unchanged_article_noted_as_such_matches_the_text_of_the_same_number() -> None:
    previous = bill(("1", A), ("2", B))
    result = match_tree(previous, bill(("1", "(Non modifié)"), ("2", "(Conforme)")))
    assert result.matched == [("art_1", "1"), ("art_2", "2")]


def test_notes_are_not_matched_by_number_when_the_texts_show_a_renumbering() -> None:
    # every article found by its text changed number: number 2 now names another article
    previous = bill(("1", A), ("2", "(Supprimé)"), ("3", B), ("4", C))
    result = match_tree(previous, bill(("1", B), ("2", X), ("3", C), ("4", A)))
    assert ("art_2", "2") not in result.matched
    assert result.gone == ["art_2"]


def test_a_same_numbered_article_needs_less_similarity_than_a_renumbered_one() -> None:
    # word similarity 0.55 to B: enough under the same number (0.5), not elsewhere (0.6)
    half = (
        "Les délais de procédure qui expirent pendant la période d'urgence sont suspendus"
        " jusqu'à la fin de l'état d'urgence."
    )
    assert match_tree(bill(("2", B)), bill(("2", half))).matched == [("art_2", "2")]
    elsewhere = match_tree(bill(("2", B)), bill(("7", half)))
    assert elsewhere.matched == [] and elsewhere.gone == ["art_2"]


def test_a_nearly_identical_text_wins_over_a_same_numbered_rival() -> None:
    rival = "Les délais de procédure qui expirent pendant la période sont suspendus par ordonnance."
    result = match_tree(bill(("2", B)), bill(("2", rival), ("5", B2)))
    assert result.matched == [("art_2", "5")]


def test_identical_texts_prefer_the_same_number() -> None:
    previous = bill(("1", A), ("2", A))
    result = match_tree(previous, bill(("2", A), ("1", A)))
    assert eids_by_num(result.tree) == {"1": "art_1", "2": "art_2"}


def test_a_committee_text_printing_only_its_changes_matches_the_full_text() -> None:
    partial = f"I. – (Alinéa sans modification)\n1° (Non modifié)\n2° {B} {C}\nII. – (Non modifié)"
    full = f"I. – Le code de la santé publique est ainsi modifié :\n1° {A}\n2° {B} {C}\nII. – {X}"
    result = match_tree(bill(("3 bis", partial)), bill(("1", X), ("12", full)))
    assert result.matched == [("art_3bis", "12")]


def test_typography_alone_does_not_hide_an_identical_text() -> None:
    typeset = A.replace("'", "\u2019").replace(" peut", "\u00a0peut")
    assert match_tree(bill(("4", A)), bill(("1er", typeset))).matched == [("art_4", "1er")]


def test_divisions_keep_their_ids_by_heading_when_renumbered() -> None:
    previous = titres(("Ier", "Dispositions électorales", [("1", A)]), ("II", "État d'urgence", [("2", B)]))
    incoming = titres(("Ier", "État d'urgence", [("1", B)]), ("II", "Dispositions électorales", [("2", A)]))
    tree = match_tree(previous, incoming).tree
    assert [(d.num, d.eid) for d in tree.children] == [("Ier", "tit_2"), ("II", "tit_1")]
    assert [a.eid for a in tree.articles()] == ["tit_2__art_2", "tit_1__art_1"]


def test_a_division_without_heading_is_matched_by_number_and_a_new_one_gets_a_fresh_id() -> None:
    previous = titres(("Ier", "", [("1", A)]))
    incoming = titres(("Ier", "", [("1", A)]), ("II", "Nouveau titre", [("2", X)]))
    tree = match_tree(previous, incoming).tree
    assert [d.eid for d in tree.children] == ["tit_1", "tit_2"]
    assert [a.eid for a in tree.articles()] == ["tit_1__art_1", "tit_2__art_2"]


sentences = st.sampled_from([A, B, C, X, "(Supprimé)", "(Non modifié)"])


@st.composite
def bills(draw: st.DrawFn) -> BillTree:
    texts = draw(st.lists(sentences, max_size=8))
    return bill(*((str(i + 1), t) for i, t in enumerate(texts)))


@given(bills())
def test_matching_a_version_with_itself_changes_nothing(tree: BillTree) -> None:
    result = match_tree(tree, tree)
    assert result.tree == tree
    assert result.new_articles == [] and result.gone == []


@given(bills(), bills())
def test_ids_stay_unique_and_new_ones_never_reuse_a_previous_id(
    previous: BillTree, incoming: BillTree
) -> None:
    result = match_tree(previous, incoming)
    eids = [a.eid for a in result.tree.articles()]
    assert len(eids) == len(set(eids))
    assert not set(result.new_articles) & {a.eid for a in previous.articles()}
    assert len(result.matched) + len(result.new_articles) == len(incoming.articles())
    assert len(result.matched) + len(result.gone) == len(previous.articles())


def test_two_hundred_renumbered_articles_are_matched() -> None:
    # how long it takes: bench/bench_timed_checks.py
    vocabulary = "délai mesure décret ordonnance code article santé urgence État préfet commune contrat"
    words = vocabulary.split(" ")
    texts = [" ".join(words[(i * k) % len(words)] for k in range(1, 40)) + f" {i}." for i in range(200)]
    previous = bill(*((str(i + 1), t) for i, t in enumerate(texts)))
    incoming = bill(("1", X), *((str(i + 2), t + " Modifié.") for i, t in enumerate(texts)))
    result = match_tree(previous, incoming)
    assert len(result.matched) == 200 and result.new_articles == ["art_1_2"]


# --- real stages of real laws --------------------------------------------------------------------


@cache
def stage(law: str, number: str) -> BillTree:
    (path,) = (DATA / law).glob(f"{number}_*.md")
    return parse(path.read_text(encoding="utf-8"))


COVID = "fr_loi-2020-290_urgence-covid19"
ENERGIE = "fr_loi-2019-1147_energie-climat"


def renumbering(law: str, old: str, new: str) -> dict[str, str]:
    """Previous number -> incoming number of every matched article (numbers with plain spaces)."""
    previous = {a.eid: a.num.replace("\u00a0", " ") for a in stage(law, old).articles()}
    return {
        previous[eid]: num.replace("\u00a0", " ")
        for eid, num in match_tree(stage(law, old), stage(law, new)).matched
    }


def counts(law: str, old: str, new: str) -> tuple[int, int, int]:
    result = match_tree(stage(law, old), stage(law, new))
    return len(result.matched), len(result.new_articles), len(result.gone)


def test_the_promulgated_covid_law_keeps_the_ids_of_the_assembly_text() -> None:
    # checked by eye: Assembly 7 ter (expatriates' health cover) is law article 13, 9 (mandates) is 15,
    # 11 bis is 18, 6 ter is 8; 5 (the state of health emergency) is law 2, rewritten by the joint committee
    moved = renumbering(COVID, "04", "06")
    assert moved == {"5": "2", "6 ter": "8", "7": "11", "7 ter": "13", "9": "15", "11 bis": "18", "2": "20"}
    # `(Conforme)` article 4 is not law article 4: the law renumbered everything
    assert counts(COVID, "04", "06") == (7, 15, 17)
    law = match_tree(stage(COVID, "04"), stage(COVID, "06")).tree
    # the electoral title moved from I to III and kept its id; so did the state of emergency, from II to I
    assert [d.eid for d in law.children] == ["tit_2", "tit_3", "tit_1", "tit_4"]


def test_the_promulgated_covid_law_follows_the_joint_committee_text() -> None:
    moved = renumbering(COVID, "05", "06")
    assert moved["11 ter"] == "19" and moved["11 quater"] == "20" and moved["11 quinquies"] == "21"
    assert moved["7 B"] == "10" and moved["5"] == "2"
    assert counts(COVID, "05", "06") == (7, 15, 9)
    # the new electoral title III bis of the joint committee is the law's title III
    law = match_tree(stage(COVID, "05"), stage(COVID, "06")).tree
    assert law.children[2].eid == "tit_iiibis"


def test_the_energy_law_matches_the_joint_committee_text_that_printed_only_its_changes() -> None:
    moved = renumbering(ENERGIE, "05", "07")
    assert moved["1er"] == "1er" and moved["1er bis A"] == "2" and moved["2"] == "10" and moved["14"] == "69"
    assert counts(ENERGIE, "05", "07") == (32, 37, 38)
    # renumbering keeps the order: every match lands after the previous one
    law_order = [a.num.replace("\u00a0", " ") for a in stage(ENERGIE, "07").articles()]
    assert [law_order.index(n) for n in moved.values()] == sorted(law_order.index(n) for n in moved.values())


def test_the_energy_law_from_the_senate_text_and_from_its_final_text() -> None:
    assert counts(ENERGIE, "04", "07") == (40, 29, 38)
    final = renumbering(ENERGIE, "06", "07")
    assert len(final) == 69 and all(old == new for old, new in final.items())
