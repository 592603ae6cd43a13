"""Annotation anchors: finding a browser's quote, and following it through new revisions of the article."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from drafting.domain import textdiff
from drafting.domain.anchors import (
    CONTEXT,
    FUZZY_THRESHOLD,
    MAX_QUOTE,
    Anchor,
    anchor,
    reanchor,
    reanchor_many,
    utf16_offsets,
)
from drafting.domain.errors import InvalidInput

PHRASE = "le représentant de l'État"
AL1 = "Dans chaque département, le représentant de l'État peut ordonner la fermeture provisoire des établissements."
AL2 = "En cas d'urgence, le représentant de l'État dans la région informe sans délai le maire de la commune."
AL3 = "Pour l'application du présent article à Paris, le représentant de l'État est le préfet de police."
ARTICLE = "\n".join([AL1, AL2, AL3])


def second() -> Anchor:
    """The annotation on the second of the three occurrences of PHRASE."""
    return anchor(ARTICLE, PHRASE, prefix="En cas d'urgence, ", suffix=" dans la région")


def occurrences(text: str, phrase: str = PHRASE) -> list[int]:
    out, at = [], text.find(phrase)
    while at >= 0:
        out.append(at)
        at = text.find(phrase, at + 1)
    return out


# --- anchor: the server finds the quote ---


def test_anchor_picks_the_occurrence_whose_context_matches() -> None:
    assert len(occurrences(ARTICLE)) == 3
    a = second()
    assert a.start == occurrences(ARTICLE)[1] and a.end == a.start + len(PHRASE)
    assert a.exact == PHRASE == ARTICLE[a.start : a.end]
    assert a.prefix == ARTICLE[a.start - CONTEXT : a.start] and len(a.prefix) == CONTEXT
    assert a.suffix == ARTICLE[a.end : a.end + CONTEXT]
    # the suffix alone is enough, and so is a prefix reaching back into the previous alinéa
    assert anchor(ARTICLE, PHRASE, suffix=" est le préfet").start == occurrences(ARTICLE)[2]
    assert anchor(ARTICLE, PHRASE, prefix="établissements.\nEn cas d'urgence, ") == a
    # without context, the first occurrence
    assert anchor(ARTICLE, PHRASE).start == occurrences(ARTICLE)[0]


def test_anchor_prefix_and_suffix_are_cut_at_the_text_ends() -> None:
    a = anchor(ARTICLE, "Dans chaque")
    assert (a.start, a.prefix) == (0, "")
    b = anchor(ARTICLE, "de police.")
    assert (b.end, b.suffix) == (len(ARTICLE), "")


def test_anchor_refuses_a_quote_not_in_the_text() -> None:
    with pytest.raises(InvalidInput, match="the quoted passage is not in the article"):
        anchor(ARTICLE, "le représentant du Gouvernement")
    with pytest.raises(InvalidInput, match="empty"):
        anchor(ARTICLE, "")
    with pytest.raises(InvalidInput, match=str(MAX_QUOTE)):
        anchor("x" * (MAX_QUOTE + 10), "x" * (MAX_QUOTE + 1))
    assert anchor("x" * MAX_QUOTE, "x" * MAX_QUOTE).end == MAX_QUOTE


def test_anchor_tolerates_a_selection_that_lost_its_no_break_spaces() -> None:
    text = "Le délai est de deux mois\u00a0; il court à compter de la notification\u202f»."
    a = anchor(text, "deux mois ; il court", suffix=" à compter")
    assert a.exact == "deux mois\u00a0; il court" == text[a.start : a.end]
    with pytest.raises(InvalidInput):
        anchor(text, "deux mois ; il expire")


def test_offsets_are_code_points_and_utf16_is_a_conversion() -> None:
    text = "𝔸rticle 1\u00a0: les données 😀 sont « ouvertes »."
    a = anchor(text, "😀 sont « ouvertes »")
    assert (a.start, a.end) == (text.index("😀"), len(text) - 1)
    assert a.end - a.start == len("😀 sont « ouvertes »") == 19
    start16, end16 = utf16_offsets(text, a.start, a.end)
    encoded = text.encode("utf-16-le")
    assert (start16, end16) == (a.start + 1, a.end + 2)  # one surrogate pair before (𝔸), one inside (😀)
    assert encoded[2 * start16 : 2 * end16].decode("utf-16-le") == a.exact
    assert utf16_offsets(text, 0, 0) == (0, 0)
    with pytest.raises(InvalidInput):
        utf16_offsets(text, 3, len(text) + 1)


def test_selectors_round_trip_and_are_checked() -> None:
    a = second()
    quote, position = a.as_selectors()
    assert quote == {"type": "TextQuoteSelector", "exact": PHRASE, "prefix": a.prefix, "suffix": a.suffix}
    assert position == {"type": "TextPositionSelector", "start": a.start, "end": a.end}
    assert Anchor.from_selectors([position, quote]) == a
    with pytest.raises(InvalidInput):
        Anchor.from_selectors([quote])
    with pytest.raises(InvalidInput):
        Anchor.from_selectors([quote, {**position, "end": a.end + 1}])
    with pytest.raises(InvalidInput):
        Anchor.from_selectors([quote, {**position, "start": "3"}])


# --- reanchor: following the text ---


def test_unchanged_text_keeps_the_anchor() -> None:
    a = second()
    assert reanchor(a, ARTICLE, ARTICLE).anchor == a
    result = reanchor(a, ARTICLE, ARTICLE + "\nUn quatrième alinéa.")
    assert (result.status, result.method, result.anchor) == ("located", "position", a)


def test_insertion_before_shifts_the_position() -> None:
    a = second()
    new = ARTICLE.replace("la fermeture", "la fermeture immédiate et")
    result = reanchor(a, ARTICLE, new)
    assert (result.status, result.method) == ("located", "position")
    assert result.anchor.start == a.start + len(" immédiate et")
    assert result.anchor.exact == PHRASE == new[result.anchor.start : result.anchor.end]
    assert result.anchor.suffix == a.suffix and result.anchor.prefix == a.prefix


@pytest.mark.parametrize(
    "edit",
    [
        "before",
        "after",
        "fourth occurrence inserted earlier",
        "first occurrence deleted",
        "third occurrence rewritten",
        "touching the quote",
    ],
)
def test_stays_on_the_second_occurrence(edit: str) -> None:
    a = second()
    al2 = AL2
    if edit == "before":
        new = ARTICLE.replace("provisoire ", "")
    elif edit == "after":
        new = ARTICLE.replace("préfet de police", "préfet de police de Paris")
    elif edit == "fourth occurrence inserted earlier":
        new = "\n".join([f"Le maire informe {PHRASE} de toute mesure prise.", AL1, AL2, AL3])
    elif edit == "first occurrence deleted":
        new = "\n".join([AL1.replace(f"{PHRASE} ", ""), AL2, AL3])
    elif edit == "third occurrence rewritten":
        new = "\n".join([AL1, AL2, AL3.replace(PHRASE, "le préfet de police")])
    else:
        al2 = AL2.replace("En cas d'urgence, ", "En cas d'urgence avérée, ").replace(" dans", ", dans")
        new = "\n".join([AL1, al2, AL3])
    result = reanchor(a, ARTICLE, new)
    assert (result.status, result.method) == ("located", "position")
    assert result.anchor.exact == PHRASE
    expected = new.index(al2) + al2.index(PHRASE)
    assert result.anchor.start == expected


@pytest.mark.parametrize(
    "al2",
    [
        None,  # the whole alinéa deleted
        AL2.replace(PHRASE, "le préfet de région"),
        AL2.replace(f"{PHRASE} ", ""),
        AL2.replace(PHRASE, "la préfecture compétente"),
    ],
)
def test_deleted_second_occurrence_is_orphaned_not_moved(al2: str | None) -> None:
    a = second()
    new = "\n".join(al for al in (AL1, al2, AL3) if al is not None)
    result = reanchor(a, ARTICLE, new)
    assert (result.status, result.method, result.similarity) == ("orphaned", None, 0.0)
    assert result.anchor == a  # the original quote, to show apart
    assert not result.located


def test_second_occurrence_deleted_with_the_others_close_by() -> None:
    old = f"Sont informés {PHRASE}, le maire, {PHRASE} et {PHRASE} en mer."
    a = anchor(old, PHRASE, prefix="le maire, ", suffix=" et ")
    new = old.replace(f"le maire, {PHRASE} et", "le maire et")
    assert reanchor(a, old, new).status == "orphaned"


def test_typo_fixed_inside_the_quote_is_found_fuzzily() -> None:
    old = ARTICLE.replace(PHRASE + " dans", "le représantant de l'Etat dans")
    a = anchor(old, "le représantant de l'Etat", suffix=" dans la région")
    result = reanchor(a, old, ARTICLE)
    assert (result.status, result.method) == ("located", "fuzzy")
    assert result.anchor.exact == PHRASE
    assert result.anchor.start == occurrences(ARTICLE)[1]
    assert FUZZY_THRESHOLD <= result.similarity < 1.0


def test_word_changed_inside_a_longer_quote() -> None:
    quote = "informe sans délai le maire de la commune"
    a = anchor(ARTICLE, quote)
    new = ARTICLE.replace("sans délai", "sans tarder")
    result = reanchor(a, ARTICLE, new)
    assert (result.status, result.method) == ("located", "fuzzy")
    assert result.anchor.exact == "informe sans tarder le maire de la commune"
    assert result.anchor.start == a.start
    # the same change judged against a stricter threshold orphans it
    assert reanchor(a, ARTICLE, new, fuzzy_threshold=0.9).status == "orphaned"


def test_quote_entirely_rewritten_is_orphaned() -> None:
    quote = "peut ordonner la fermeture provisoire des établissements"
    a = anchor(ARTICLE, quote)
    new = ARTICLE.replace(quote, "fixe par arrêté la liste des lieux concernés")
    assert textdiff.similarity(quote, "fixe par arrêté la liste des lieux concernés") < FUZZY_THRESHOLD
    assert reanchor(a, ARTICLE, new).status == "orphaned"


def test_non_bmp_and_no_break_spaces_count_one_each() -> None:
    old = "Art. 1\u00a0: 𝔸 les données 😀 sont « ouvertes\u202f» par défaut."
    a = anchor(old, "sont « ouvertes\u202f»")
    assert a.start == old.index("sont") and a.end - a.start == 17
    new = "😀😀 " + old.replace("𝔸", "𝔸𝔸")
    result = reanchor(a, old, new)
    assert (result.method, result.anchor.start) == ("position", a.start + 4)
    fixed = reanchor(a, old, new.replace("ouvertes", "ouverts"))
    assert (fixed.method, fixed.anchor.exact) == ("fuzzy", "sont « ouverts\u202f»")
    assert fixed.anchor.start == new.index("sont")


def test_stale_offsets_are_found_again_by_quote_and_context() -> None:
    a = second()
    moved = Anchor(a.start + 3, a.end + 3, a.exact, a.prefix, a.suffix)  # offsets from another revision
    result = reanchor(moved, ARTICLE, ARTICLE)
    assert result.anchor == a
    gone = Anchor(a.start, a.start + 24, "le ministre de l'Intérieur"[:24], a.prefix, a.suffix)
    assert reanchor(gone, ARTICLE, ARTICLE).status == "orphaned"


def test_reanchor_many_matches_one_by_one() -> None:
    anchors = [
        anchor(ARTICLE, PHRASE),
        second(),
        anchor(ARTICLE, PHRASE, suffix=" est"),
        anchor(ARTICLE, "fermeture provisoire"),
        anchor(ARTICLE, "informe sans délai le maire"),
        anchor(ARTICLE, "Paris"),
    ]
    new = "\n".join(
        [AL1.replace("provisoire", "temporaire"), AL2.replace("sans délai", "sans délais"), AL3 + " Voilà."]
    )
    many = reanchor_many(anchors, ARTICLE, new)
    assert many == [reanchor(a, ARTICLE, new) for a in anchors]
    assert [r.method for r in many] == ["position", "position", "position", None, "fuzzy", "position"]
    assert reanchor_many([], ARTICLE, new) == []


# --- property: an edit elsewhere never disturbs an anchor ---

_ALPHABETS = ["ab", "ab \n", "abc 𝔸\u00a0😀", PHRASE + "\n"]


@st.composite
def edit_outside(draw: st.DrawFn) -> tuple[str, int, int, str]:
    alphabet = draw(st.sampled_from([*_ALPHABETS, None]))
    chars = st.characters() if alphabet is None else st.sampled_from(list(alphabet))
    text = draw(st.text(chars, min_size=1, max_size=120))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    if draw(st.booleans()):
        a = draw(st.integers(0, start))
        b = draw(st.integers(a, start))
    else:
        a = draw(st.integers(end, len(text)))
        b = draw(st.integers(a, len(text)))
    new = text[:a] + draw(st.text(chars, max_size=30)) + text[b:]
    return text, start, end, new


@settings(max_examples=400, deadline=None)
@given(edit_outside())
@example(("aaaaaabbbabba", 10, 11, "bbba"))  # the diff slides the deletion of "aaaaaabbb" across the quote
@example((f"{PHRASE} et {PHRASE}", 29, 54, f"{PHRASE} et {PHRASE} et {PHRASE}"))
def test_an_edit_outside_the_quote_keeps_it_by_position(case: tuple[str, int, int, str]) -> None:
    text, start, end, new = case
    a = Anchor(start, end, text[start:end], text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT])
    result = reanchor(a, text, new)
    assert (result.status, result.method) == ("located", "position")
    assert result.anchor.exact == a.exact == new[result.anchor.start : result.anchor.end]


# --- textdiff.match, the bitap search anchors use ---


def test_match_finds_near_the_expected_place_only() -> None:
    text = "x" * 300 + PHRASE + "y" * 300 + "le représantant" + "z" * 300
    at = text.index(PHRASE)
    assert textdiff.match(text, PHRASE, at, threshold=0.4, distance=200) == at
    assert textdiff.match(text, PHRASE, at + 50, threshold=0.4, distance=200) == at
    assert textdiff.match(text, PHRASE, at + 120, threshold=0.4, distance=200) is None  # 120 > 0.4 * 200
    typo = text.index("le représantant")
    assert textdiff.match(text, "le représentant", typo - 10, threshold=0.4, distance=200) == typo
    assert textdiff.match(text, "le représentant", typo - 10, threshold=0.05, distance=200) is None
    with pytest.raises(ValueError):
        textdiff.match(text, "x" * (textdiff.MATCH_MAX_BITS + 1), 0, threshold=0.4, distance=200)


# --- rule 3(c): the exact diff, whole words ---

DELAY = "Le délai de recours est de un an à compter de la notification."


@pytest.mark.parametrize("fuzzy", [True, False])
def test_a_quote_whose_every_word_was_replaced_is_orphaned_and_keeps_its_quote(fuzzy: bool) -> None:
    a = anchor(DELAY, "un an")
    result = reanchor(a, DELAY, DELAY.replace("un an", "deux ans"), fuzzy=fuzzy)
    assert result.status == "orphaned" and result.anchor.exact == "un an"


def test_the_fuzzy_threshold_is_measured_on_whole_words() -> None:
    # « un an » -> « deux ans » scores 0.8 on the partial span « ux an », not on « deux ans »
    old, new = DELAY.replace("de un an", "d'un an"), DELAY.replace("de un an", "d'deux ans")
    result = reanchor(anchor(old, "un an"), old, new)
    assert result.status == "orphaned", result


def test_an_accepted_amendment_carries_a_partly_changed_quote_along_its_exact_diff() -> None:
    a = anchor(DELAY, "délai de recours est de un an")
    result = reanchor(a, DELAY, DELAY.replace("un an", "deux ans"), fuzzy=False)
    assert (result.status, result.method) == ("located", "diff")
    assert result.anchor.exact == "délai de recours est de deux ans"
    rewritten = DELAY.replace("délai de recours est de un an", "voie de droit ouverte pendant deux ans")
    assert reanchor(a, DELAY, rewritten, fuzzy=False).status == "orphaned"
