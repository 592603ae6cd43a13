"""Markdown / plain-text import and export, on real French bills at every stage and small hand-written
examples in French and English."""

from __future__ import annotations

import json
import re
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from drafting.domain.errors import InvalidInput
from drafting.domain.tree import Article, BillTree, Division
from drafting.formats import ExportMeta, akn
from drafting.formats.demo import demo_source
from drafting.formats.markdown import parse, to_markdown, to_text

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
COVID = SHARED / "bills" / "fr_loi-2020-290_urgence-covid19"
ENERGY = SHARED / "bills" / "fr_loi-2019-1147_energie-climat"
NUMERIQUE = SHARED / "participation" / "fr_republique-numerique_2015" / "bill_v0_consultation_30_articles.md"
ALL_TEXTS = [*sorted(COVID.glob("*.md")), *sorted(ENERGY.glob("*.md")), NUMERIQUE]
ESR = SHARED / "bills" / "fr_loi-2013-660_esr_lawfactory" / "articles_by_step.json"
# Every Akoma Ntoso file of the shared data; the only one the importer refuses is the older-draft
# amendment (tests/unit/test_akn_format.py says why).
AKN_FILES = sorted((SHARED / "akn").rglob("*.xml"))
AKN_REFUSED = {"00189156-em.akn.xml"}
META = ExportMeta(
    bill_id=1,
    bill_slug="demo",
    version=2,
    label="Texte adopté",
    created_at=datetime(2020, 3, 22, tzinfo=UTC),
    author="lead",
    content_hash="0" * 64,
)


def _ids(paths: list[Path]) -> list[str]:
    return [f"{p.parent.name[:16]}/{p.name[:2]}" for p in paths]


def _load(path: Path) -> tuple[str, BillTree]:
    source = path.read_text(encoding="utf-8")
    return source, parse(source)


def _article(tree: BillTree, num: str) -> Article:
    # nums keep the no-break space the files put before `bis`, `A`...
    found = [a for a in tree.articles() if a.num.replace("\u00a0", " ") == num]
    assert len(found) == 1, f"expected one article {num!r}, found {len(found)}"
    return found[0]


def _shape(tree: BillTree) -> list[tuple[int, str, str, str | None]]:
    return [(len(ancestors), node.kind, node.num, node.heading) for node, ancestors in tree.walk()]


# --- real texts ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL_TEXTS, ids=_ids(ALL_TEXTS))
def test_every_article_heading_of_a_real_stage_becomes_one_article(path: Path) -> None:
    source, tree = _load(path)
    headings = re.findall(r"^#+\s*Article\b", source, flags=re.MULTILINE)
    assert len(tree.articles()) == len(headings) > 0
    assert tree.title


@pytest.mark.parametrize("path", ALL_TEXTS, ids=_ids(ALL_TEXTS))
def test_every_eid_of_a_real_stage_is_unique(path: Path) -> None:
    _, tree = _load(path)
    eids = [node.eid for node, _ in tree.walk()]
    assert len(eids) == len(set(eids))


@pytest.mark.parametrize("path", ALL_TEXTS, ids=_ids(ALL_TEXTS))
def test_alineas_are_source_lines_kept_verbatim(path: Path) -> None:
    source, tree = _load(path)
    lines = set(source.splitlines())
    for article in tree.articles():
        for alinea in article.alineas:
            assert alinea in lines or f"## {alinea}" in lines or alinea.startswith("("), alinea
            assert not re.fullmatch(r"[.\s]+", alinea)


def _esr_stages() -> dict[str, str]:
    """The 2013 law at each of its 7 stages, as Markdown: the data holds articles, not files."""
    data = json.loads(ESR.read_text(encoding="utf-8"))
    stages: dict[str, list[tuple[int, str, list[str]]]] = {}
    for key, article in data["articles"].items():
        for step in article["steps"]:
            if step["status"] != "sup":
                stages.setdefault(step["id_step"], []).append((step["order"], key, step["text"]))
    sources = {}
    for stage, articles in sorted(stages.items()):
        blocks = [f"# {data['law_title']}"]
        for _, key, lines in sorted(articles, key=lambda item: item[0]):
            blocks += [f"## Article {key.replace('_', ' ')}", *(line for line in lines if line.strip())]
        sources[stage] = "\n\n".join(blocks) + "\n"
    return sources


def _shared_tree(source: str) -> BillTree:
    """`md:<path>`, `akn:<path>` or `esr:<stage>`: one tree of the shared data, read by its importer."""
    kind, _, name = source.partition(":")
    if kind == "esr":
        return parse(_esr_stages()[name])
    text = Path(name).read_text(encoding="utf-8")
    return akn.parse(text) if kind == "akn" else parse(text)


SHARED_TREES = [
    *(f"md:{path}" for path in ALL_TEXTS),
    *(f"akn:{path}" for path in AKN_FILES if path.name not in AKN_REFUSED),
    *(f"esr:{stage}" for stage in sorted(_esr_stages())),
]


def _source_id(source: str) -> str:
    kind, _, name = source.partition(":")
    return f"{kind}:{Path(name).name[:32]}"


def _full_shape(tree: BillTree) -> list[tuple[object, ...]]:
    """What a round trip must keep, node by node: depth, kind, eid, number, heading, alinéas."""
    return [
        (len(ancestors), node.kind, node.eid, node.num, node.heading, getattr(node, "alineas", None))
        for node, ancestors in tree.walk()
    ]


def test_round_trip_covers_every_shared_bill_and_akn_example() -> None:
    assert len(ALL_TEXTS) == 16 and len(_esr_stages()) == 7
    assert len(AKN_FILES) == 7 and {path.name for path in AKN_FILES} >= AKN_REFUSED
    for path in AKN_FILES:
        if path.name in AKN_REFUSED:
            with pytest.raises(InvalidInput):
                akn.parse(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("source", SHARED_TREES, ids=_source_id)
def test_markdown_export_reads_back_to_the_same_tree(source: str, language: str) -> None:
    """Markdown is the format that imports back to the same tree: every shared bill, every Akoma
    Ntoso example, in both languages (`Article` or `Sec.` headings)."""
    tree = _shared_tree(source)
    back = parse(to_markdown(tree, replace(META, language=language)))
    assert back.title == tree.title
    assert _full_shape(back) == _full_shape(tree)
    assert back == tree


@pytest.mark.parametrize("source", [s for s in SHARED_TREES if s.startswith("akn:")], ids=_source_id)
def test_text_export_of_an_akn_example_reads_back_to_the_same_tree(source: str) -> None:
    # (Plain text cannot round-trip every text: a quoted `Art. L. 812-5. - ...` alinéa of the 2013
    # law reads as a heading there. Markdown headings start with `#`, so Markdown always can.)
    tree = _shared_tree(source)
    assert parse(to_text(tree, META)) == tree


@pytest.mark.parametrize("path", ALL_TEXTS, ids=_ids(ALL_TEXTS))
def test_text_export_reads_back_to_the_same_tree(path: Path) -> None:
    _, tree = _load(path)
    text = to_text(tree, META)
    assert "#" not in "".join(line[:1] for line in text.splitlines())
    assert parse(text) == tree


def test_covid_bill_opens_with_the_electoral_titre_holding_article_1er() -> None:
    _, tree = _load(COVID / "00_texte-du-projet-de-loi.md")
    assert tree.title == "Projet de loi d’urgence pour faire face à l’épidémie de covid‑19"
    first = tree.children[0]
    assert isinstance(first, Division)
    assert (first.kind, first.num, first.heading, first.eid) == (
        "titre",
        "Ier",
        "Dispositions électorales",
        "tit_1",
    )
    article = first.children[0]
    assert isinstance(article, Article)
    assert (article.num, article.eid) == ("1er", "tit_1__art_1")
    assert article.alineas[0].startswith("I.\u00a0–\u00a0Le second tour")
    assert [(d.num, len(d.children)) for d in tree.children if isinstance(d, Division)] == [
        ("Ier", 3),
        ("II", 3),
        ("III", 5),
    ]


def test_letter_and_latin_suffixes_stay_in_article_numbers() -> None:
    _, tree = _load(COVID / "02_texte-adopte-par-le-senat-en-premiere-lecture.md")
    assert _article(tree, "7 A").eid == "tit_3__art_7a"
    assert _article(tree, "5 bis A").eid == "tit_2__art_5bisa"
    _, energy = _load(ENERGY / "04_texte-adopte-par-le-senat-en-premiere-lecture.md")
    assert _article(energy, "6 bis BA").alineas
    assert _article(energy, "4 bis AA").alineas


def test_nouveau_marker_is_dropped_from_the_number() -> None:
    _, tree = _load(COVID / "01_texte-adopte-par-la-commission-du-senat-en-premiere-lecture.md")
    assert _article(tree, "1er bis").eid == "tit_1__art_1erbis"
    assert not any("nouveau" in a.num for a in tree.articles())


def test_energy_climate_law_nests_articles_in_chapitres() -> None:
    _, tree = _load(ENERGY / "07_texte-promulgue.md")
    chapitres = [node for node in tree.children if isinstance(node, Division)]
    assert [c.kind for c in chapitres] == ["chapitre"] * 8
    assert [c.num for c in chapitres] == ["Ier", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    assert chapitres[0].heading == "Objectifs de la politique énergétique"
    assert all(isinstance(child, Article) for c in chapitres for child in c.children)
    assert _article(tree, "69").eid == "chp_8__art_69"


def test_deleted_articles_carry_the_supprime_text() -> None:
    _, tree = _load(COVID / "04_texte-adopte-par-l-assemblee-nationale-en-premiere-lecture.md")
    assert _article(tree, "1er bis").alineas == ("(Supprimé)",)
    assert _article(tree, "13").alineas == ("(Supprimé)",)
    assert _article(tree, "4").alineas == ("(Conforme)",)
    # `## Article 1er septies (nouveau)(Supprimé)`: the marker on the heading line is the text too
    _, energy = _load(ENERGY / "02_texte-adopte-par-l-assemblee-nationale-en-premiere-lecture.md")
    assert _article(energy, "1er septies").alineas == ("(Supprimé)",)


def test_joint_committee_stage_keeps_origin_markers_and_skips_elisions() -> None:
    _, tree = _load(ENERGY / "05_texte-adopte-en-commission-mixte-paritaire.md")
    assert _article(tree, "1er").alineas[0] == "(Texte de la commission mixte paritaire)"
    assert _article(tree, "4 quater").alineas == ("(Suppression maintenue)",)
    _, covid = _load(COVID / "05_texte-adopte-en-commission-mixte-paritaire.md")
    titre_2 = covid.children[1]
    assert isinstance(titre_2, Division)
    assert titre_2.heading == "L’ÉTAT D’URGENCE SANITAIRE"
    assert [c.num for c in titre_2.children] == ["5", "5\u00a0bis", "6\u00a0ter"]


def test_no_break_spaces_and_hyphens_are_preserved() -> None:
    source, tree = _load(COVID / "00_texte-du-projet-de-loi.md")
    text = "\n".join(a.text for a in tree.articles())
    assert text.count("\u2011") == sum(
        line.count("\u2011") for line in source.splitlines() if not line.startswith("#")
    )
    assert "\u00a0" in text
    _, energy = _load(ENERGY / "02_texte-adopte-par-l-assemblee-nationale-en-premiere-lecture.md")
    assert "1er\u00a0bis\u00a0A" in [a.num for a in energy.articles()]


def test_republique_numerique_bill_has_30_articles_in_headed_sections() -> None:
    _, tree = _load(NUMERIQUE)
    assert tree.title.startswith("Projet de loi pour une République numérique")
    sections = list(tree.children)
    assert all(isinstance(s, Division) and s.kind == "section" and s.heading for s in sections)
    articles = tree.articles()
    assert [a.num for a in articles] == [str(n) for n in range(1, 31)]
    first = sections[0]
    assert isinstance(first, Division)
    assert (first.num, first.heading) == ("1", "Ouverture des données publiques")
    assert articles[0].heading is not None and articles[0].heading.startswith(
        "Open data par défaut (obligation"
    )
    assert articles[0].alineas[0].startswith("I. Les deuxième")
    # the italic provenance line is a preamble, not text of the bill
    assert not any("Derived from" in a.text for a in articles)


def test_demo_bill_is_the_republique_numerique_consultation_text() -> None:
    title, markdown = demo_source()
    assert markdown == NUMERIQUE.read_text(encoding="utf-8")
    tree = parse(markdown)
    assert title == tree.title
    assert len(tree.articles()) == 30


def test_largest_stage_parses_well_under_100_ms() -> None:
    source = (ENERGY / "06_texte-definitif-etabli-au-senat.md").read_text(encoding="utf-8")
    best = min(_timed(source) for _ in range(3))
    assert best < 0.1


def _timed(source: str) -> float:
    start = time.perf_counter()
    parse(source)
    return time.perf_counter() - start


# --- headings, hand-written --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "num", "heading"),
    [
        ("Article 1er", "1er", None),
        ("Article 2 bis", "2 bis", None),
        ("Article 14 A", "14 A", None),
        ("Article 3 bis A (nouveau)", "3 bis A", None),
        ("ARTICLE 4 quinquies", "4 quinquies", None),
        ("Art. 3", "3", None),
        ("Article L. 111-1", "L. 111-1", None),
        ("Article additionnel après l'article 43 bis", "additionnel après l'article 43 bis", None),
        (
            "Article 1 — Open data par défaut (obligation de diffuser)",
            "1",
            "Open data par défaut (obligation de diffuser)",
        ),
        ("Article 5 – Titre", "5", "Titre"),
        ("Article 6 - Titre", "6", "Titre"),
        ("Sec. 2.", "2", None),
        ("SEC. 2. SHORT TITLE.", "2", "SHORT TITLE."),
        # ordinals and insertions of Spanish, Portuguese, Italian, EU and Belgian texts
        ("Article 1º", "1º", None),
        ("Article 2ª — Título", "2ª", "Título"),
        ("Art. 3.º", "3.º", None),
        ("Article 4°", "4°", None),
        ("Art. 1º-A", "1º-A", None),
        ("Art. 5-bis.", "5-bis", None),
        ("Article 6bis", "6bis", None),
        ("Article 10a", "10a", None),
        ("Article 2/1", "2/1", None),
        ("Article único", "único", None),
        ("Article R.* 122-1", "R.* 122-1", None),
        ("Article LO135-1", "LO135-1", None),
    ],
)
def test_article_heading_forms(line: str, num: str, heading: str | None) -> None:
    for source in (f"## {line}\n\nTexte.\n", f"{line}\nTexte.\n"):
        (article,) = parse(source).articles()
        assert (article.num, article.heading, article.alineas) == (num, heading, ("Texte.",))


@pytest.mark.parametrize("separator", [" - ", " – ", " — ", ": ", ". "])
def test_division_heading_on_the_same_line(separator: str) -> None:
    tree = parse(f"## Section 1{separator}Ouverture des données publiques\n\n### Article 1\n\nTexte.\n")
    assert _shape(tree) == [(0, "section", "1", "Ouverture des données publiques"), (1, "article", "1", None)]


def test_divisions_nest_by_rank_and_equal_rank_closes_the_open_ones() -> None:
    source = """# Code

## LIVRE Ier
## PARTIE 1
## TITRE PRÉLIMINAIRE
## Dispositions générales
## CHAPITRE Ier
## Section 1
## Sous-section 1
## Paragraphe 1
## Article 1er
Un.
## Chapitre II
## Article 2
Deux.
## TITRE II
## Article 3
Trois.
"""
    assert _shape(parse(source)) == [
        (0, "livre", "Ier", None),
        (1, "partie", "1", None),
        (2, "titre", "PRÉLIMINAIRE", "Dispositions générales"),
        (3, "chapitre", "Ier", None),
        (4, "section", "1", None),
        (5, "sous-section", "1", None),
        (6, "paragraphe", "1", None),
        (7, "article", "1er", None),
        (3, "chapitre", "II", None),
        (4, "article", "2", None),
        (2, "titre", "II", None),
        (3, "article", "3", None),
    ]
    eids = [n.eid for n, _ in parse(source).walk()]
    assert eids[-1] == "lvr_1__prt_1__tit_2__art_3"


def test_markdown_alineas_are_paragraphs_with_item_markers_kept() -> None:
    source = "# Loi\n\n## Article 1er\n\nI. – Premier\nalinéa.\n\n1° *Un* ;\n\na) deux.\n"
    (article,) = parse(source).articles()
    assert article.alineas == ("I. – Premier alinéa.", "1° *Un* ;", "a) deux.")


def test_plain_text_without_hashes_reads_each_line_as_an_alinea() -> None:
    source = """Projet de loi relatif à la démonstration
Exposé sommaire, qui n'est pas du texte.

TITRE Ier
DISPOSITIONS GÉNÉRALES

Chapitre Ier

Article 1er
I. – Le code est ainsi modifié :
1° Le premier alinéa est supprimé ;
. . . . . . . . .
2° Le second est complété.

Article 2
(Supprimé)
"""
    tree = parse(source)
    assert tree.title == "Projet de loi relatif à la démonstration"
    assert _shape(tree) == [
        (0, "titre", "Ier", "DISPOSITIONS GÉNÉRALES"),
        (1, "chapitre", "Ier", None),
        (2, "article", "1er", None),
        (2, "article", "2", None),
    ]
    first, second = tree.articles()
    assert first.alineas == (
        "I. – Le code est ainsi modifié :",
        "1° Le premier alinéa est supprimé ;",
        "2° Le second est complété.",
    )
    assert second.alineas == ("(Supprimé)",)


def test_english_bill_with_parts_chapters_and_sections() -> None:
    source = """Example Act

Part I
Chapter 2. General provisions
Sec. 2. SHORT TITLE.
This Act may be cited as the Example Act.
Section 3. Short title.
(a) In general.
Subchapter A—Definitions
Section 4
Definitions.
Part II: Final provisions
Sec. 5.
Done.
"""
    tree = parse(source)
    assert tree.title == "Example Act"
    assert _shape(tree) == [
        (0, "part", "I", None),
        (1, "chapter", "2", "General provisions"),
        (2, "article", "2", "SHORT TITLE."),
        (2, "article", "3", "Short title."),
        (2, "subchapter", "A", "Definitions"),
        (3, "article", "4", None),
        (0, "part", "II", "Final provisions"),
        (1, "article", "5", None),
    ]
    assert tree.articles()[0].eid == "part_1__chp_2__art_2"
    english = replace(META, language="en")
    assert "Sec. 2 — SHORT TITLE." in to_markdown(tree, english)
    assert parse(to_markdown(tree, english)) == tree
    assert parse(to_text(tree, english)) == tree


def test_section_is_a_division_when_the_text_has_articles() -> None:
    tree = parse("## Chapter 1\n\n## Section 3\n\n## Article 7\n\nText.\n")
    assert _shape(tree) == [(0, "chapter", "1", None), (1, "section", "3", None), (2, "article", "7", None)]


def test_a_heading_after_an_article_is_its_title_unless_in_parentheses() -> None:
    tree = parse("## Article 1er\n\n### Objet\n\nTexte.\n\n## Article 2\n\n## (Non modifié)\n")
    first, second = tree.articles()
    assert (first.heading, first.alineas) == ("Objet", ("Texte.",))
    assert (second.heading, second.alineas) == (None, ("(Non modifié)",))


@pytest.mark.parametrize(
    "source", ["", "   \n\n", "# Un titre\n\nDu texte sans article.\n", "## TITRE Ier\n\n## Chapitre 2\n"]
)
def test_text_without_articles_is_refused_with_a_clear_message(source: str) -> None:
    with pytest.raises(InvalidInput, match="Article 1er"):
        parse(source)


def test_exports_start_with_the_title_and_label_divisions() -> None:
    _, tree = _load(COVID / "00_texte-du-projet-de-loi.md")
    markdown = to_markdown(tree, META)
    assert markdown.startswith("# Projet de loi d’urgence")
    assert "\n## TITRE Ier — Dispositions électorales\n" in markdown
    assert "\n### Article 1er\n" in markdown
    text = to_text(tree, META)
    assert "\n\nTITRE Ier\nDispositions électorales\n\nArticle 1er\n\nI.\u00a0–\u00a0Le second tour" in text


def test_bold_article_lines_are_headings() -> None:
    tree = parse("Loi\n\n**TITRE Ier**\n\n**Article 1er**\n\nTexte en **gras**.\n")
    assert _shape(tree) == [(0, "titre", "Ier", None), (1, "article", "1er", None)]
    assert tree.articles()[0].alineas == ("Texte en **gras**.",)


@pytest.mark.parametrize(
    "line", ["Article 1st", "Article 1ab", "Article 1 a", "Section one", "Article —", "Article 1º Texte"]
)
def test_lines_that_are_not_headings_stay_text(line: str) -> None:
    (article,) = parse(f"## Article 1er\n\n{line}\n").articles()
    assert article.alineas == (line,)
    (article,) = parse(f"Article 1er\n{line}\n").articles()
    assert article.alineas == (line,)


def test_unnumbered_divisions_have_a_dash_and_a_heading() -> None:
    source = "# Act\n\n## Division — Final provisions\n\n### Sec. 8 — Short title\n\nText.\n"
    tree = parse(source)
    assert _shape(tree) == [(0, "division", "", "Final provisions"), (1, "article", "8", "Short title")]
    assert tree.children[0].eid == "dvs_x"
    plain = parse("Act\nPart — General\nSec. 1.\nText.\n")
    assert _shape(plain) == [(0, "part", "", "General"), (1, "article", "1", None)]


def test_a_bare_keyword_is_a_heading_only_in_markdown() -> None:
    tree = parse("# Loi\n\n## Division\n\n### Article 1er\n\nTexte.\n")
    assert _shape(tree) == [(0, "division", "", None), (1, "article", "1er", None)]
    # in plain text a line with one word is text (here: an alinéa)
    (article,) = parse("Loi\nArticle 1er\nSection\n").articles()
    assert article.alineas == ("Section",)


def test_unnumbered_nodes_round_trip() -> None:
    tree = BillTree(
        title="An Act",
        children=(
            Division(
                eid="dvs_x",
                kind="division",
                num="",
                heading="Retention of data",
                children=(Article(eid="dvs_x__art_1", num="1", heading="Powers", alineas=("One.",)),),
            ),
            Division(
                eid="dvs_x_2",
                kind="division",
                num="",
                children=(Article(eid="dvs_x_2__art_x", num="", alineas=("Two.",)),),
            ),
            Division(
                eid="part_1",
                kind="part",
                num="1",
                heading="General",
                children=(Article(eid="part_1__art_1o", num="1º", heading="Ordinal", alineas=("Three.",)),),
            ),
        ),
    )
    for language in ("fr", "en"):
        markdown = to_markdown(tree, replace(META, language=language))
        assert "\n## Division — Retention of data\n" in markdown and "\n## Division\n" in markdown
        assert parse(markdown) == tree
