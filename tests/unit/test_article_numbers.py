"""The number suggested for a new article: bis, ter... after an article; A, B... first in a division."""

from __future__ import annotations

from drafting.domain import article_numbers
from drafting.domain.tree import Article, BillTree, Division


def art(num: str) -> Article:
    return Article(eid=f"art_{num.replace(' ', '')}", num=num, alineas=("Texte.",))


TREE = BillTree(
    "Projet",
    (
        Division("chp_1", "chapitre", "Ier", None, (art("1er"), art("1er bis"), art("2"))),
        Division("chp_2", "chapitre", "II", None, (art("3"), art("3 bis"))),
        Division("chp_3", "chapitre", "III", None, ()),
    ),
)


def test_after_an_article_comes_the_first_free_latin_suffix() -> None:
    assert article_numbers.after(TREE, "2") == "2 bis"
    assert article_numbers.after(TREE, "1er") == "1er ter"  # 1er bis is taken
    assert article_numbers.after(TREE, "1er bis") == "1er ter"
    assert article_numbers.after(TREE, "3 quater") == "3 quinquies"


def test_first_in_a_division_comes_before_its_first_article_or_after_the_one_before() -> None:
    chapters = [n for n in TREE.children if isinstance(n, Division)]
    assert article_numbers.first_in(TREE, chapters[0]) == "1er A"
    assert article_numbers.first_in(TREE, chapters[1]) == "3 A"
    assert article_numbers.first_in(TREE, chapters[2]) == "3 ter"  # empty: after the article before it
    assert article_numbers.first_in(TREE, None) == "1er A"
    assert article_numbers.first_in(BillTree("Vide"), None) == "1er"
