"""Footprints: each passage of an article attributed to the import or amendment that put it there."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.domain.errors import InvalidInput
from drafting.domain.footprint import Origin, Span, advance, footprint

IMPORT = Origin("import", ref="projet de loi", author=None, decision=None)
A1 = Origin("amendment", ref=1, author="Alice", decision="accepted")
A2 = Origin("amendment", ref="COM-2", author="Bob", decision="accepted")
A3 = Origin("amendment", ref=3, author="Carol", decision="accepted with changes")

V0 = "Le délai est de six mois."
V1 = "Le délai est de six mois renouvelables."
V2 = "Le délai raisonnable est de six mois renouvelables."
V3 = "Le délai raisonnable est de un an renouvelables."


def attributed(text: str, spans: list[Span]) -> list[tuple[str, Origin]]:
    # which side of an inserted word its space goes is the diff's choice: compare the words
    return [(text[s.start : s.end].strip(), s.origin) for s in spans]


def test_three_amendments() -> None:
    spans = footprint([(IMPORT, "", V0), (A1, V0, V1), (A2, V1, V2), (A3, V2, V3)])
    assert attributed(V3, spans) == [
        ("Le délai", IMPORT),
        ("raisonnable", A2),
        ("est de", IMPORT),
        ("un an", A3),
        ("renouvelables", A1),
        (".", IMPORT),
    ]


def test_advance_matches_replaying_history() -> None:
    spans = footprint([(IMPORT, "", V0), (A1, V0, V1)])
    assert advance(advance(spans, V1, V2, A2), V2, V3, A3) == footprint(
        [(IMPORT, "", V0), (A1, V0, V1), (A2, V1, V2), (A3, V2, V3)]
    )


def test_deletions_and_merging() -> None:
    spans = footprint([(IMPORT, "", V0), (A1, V0, V1), (A2, V1, V0)])
    assert spans == [Span(0, len(V0), IMPORT)]  # A1's words are gone, the import's spans merge again
    assert footprint([]) == []
    assert footprint([(IMPORT, V0, V0)]) == [Span(0, len(V0), IMPORT)]


def test_broken_inputs() -> None:
    with pytest.raises(InvalidInput):
        footprint([(IMPORT, "", V0), (A1, V1, V2)])
    with pytest.raises(InvalidInput):
        advance([Span(0, 3, IMPORT)], V0, V1, A1)


def test_json_round_trip() -> None:
    span = Span(3, 8, A2)
    assert Span.from_json(span.as_json()) == span


@given(st.lists(st.text(alphabet="ab c.\n", max_size=20), min_size=1, max_size=6))
def test_spans_cover_the_text(texts: list[str]) -> None:
    chain, before = [], ""
    for n, text in enumerate(texts):
        chain.append((Origin("amendment", ref=n), before, text))
        before = text
    spans = footprint(chain)
    assert sum(s.end - s.start for s in spans) == len(texts[-1])
    assert all(a.end == b.start and a.origin != b.origin for a, b in zip(spans, spans[1:], strict=False))
    assert not spans or (spans[0].start == 0 and spans[-1].end == len(texts[-1]))


def test_credits_give_inserted_words_to_whoever_wrote_them() -> None:
    from drafting.domain.footprint import Origin, Span, advance

    imported, parent, sub = Origin("import"), Origin("amendment", 1, "A"), Origin("amendment", 2, "B")
    before = "Le délai est de six mois."
    after = "Le délai est de deux ans au plus."
    # the amendment proposed « un an au plus »; its sub-amendment made « un an » « deux ans »
    credits = [Span(0, 16, parent), Span(16, 24, sub), Span(24, len(after), parent)]
    spans = advance([Span(0, len(before), imported)], before, after, parent, credits=credits)
    by_text = {after[s.start : s.end]: s.origin for s in spans}
    assert by_text["deux ans"] == sub and by_text[" au plus"] == parent and by_text["Le délai est de "] == imported
