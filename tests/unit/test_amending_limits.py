# ruff: noqa: E501  (French instructions read best whole)
"""What an instruction's numbers and texts cost: a number said (« alinéas 1 à 10000000 », « les 10000000
premiers alinéas ») never sizes a list, a loop or a string before the text it names is known to hold as many;
hostile or empty texts are refused with a reason, never another exception nor a silent deletion."""

from __future__ import annotations

import re
import time

import pytest

from drafting.domain.amending import AmendingError, apply
from drafting.domain.amending.markup import clean

THREE = "Un mot.\n\nUn autre mot.\n\nUn dernier mot."
HUGE = 10**12  # spelled out, any of these runs would take hours and exhaust memory


@pytest.mark.parametrize(
    "instruction, reason",
    [
        (f"Alinéas 1 à {HUGE}, supprimer ces alinéas.", f"the article has no alinéa {HUGE} (it has 3 alinéas)"),
        (f"Supprimer les alinéas 1 à {HUGE}.", f"the article has no alinéa {HUGE} (it has 3 alinéas)"),
        (f"Supprimer les alinéas 1, 2 à {HUGE}.", f"the article has no alinéa {HUGE} (it has 3 alinéas)"),
        (f"Supprimer les {HUGE} premiers alinéas.", f"the article has no alinéa {HUGE} (it has 3 alinéas)"),
        (f"Supprimer les {HUGE} derniers alinéas.", f"the article has no alinéa {HUGE} from its end (it has 3 alinéas)"),
        (f"Supprimer les 1er à {HUGE}e alinéas.", f"the article has no alinéa {HUGE} (it has 3 alinéas)"),
        (f"Rédiger ainsi les {HUGE} premiers alinéas : « Un. »", f"the article has no alinéa {HUGE} (it has 3 alinéas)"),
        (f"Alinéas 1 à {HUGE} : supprimer ces deux alinéas.", f"the article has no alinéa {HUGE} (it has 3 alinéas)"),
        (f"Après l'alinéa 1, insérer {HUGE} alinéas ainsi rédigés : « a » « b »", f"it announces {HUGE} alinéa(s) and quotes 2"),
        (f"Supprimer la {HUGE}e phrase de l'alinéa 1.", f"it names phrase {HUGE} of an alinéa that has 1"),
        (f"Supprimer les 1° à {HUGE}°.", "no alinéa of the article opens with the mark « 1° »"),
        (f"Alinéa 1, remplacer la {HUGE}e occurrence du mot : « mot » par le mot : « x ».", f"does not occur {HUGE} times"),
        (f"I. – Alinéa 1, supprimer le mot : « mot ».\nII. – Procéder à la même suppression aux alinéas 2 à {HUGE}.", f"the article has no alinéa {HUGE} (it has 3 alinéas)"),
    ],
)
def test_a_number_said_is_checked_against_the_text_before_any_run_is_spelled_out(instruction: str, reason: str) -> None:
    started = time.perf_counter()
    with pytest.raises(AmendingError, match=re.escape(reason)):
        apply(THREE, [("1", instruction)])
    assert time.perf_counter() - started < 1


def test_a_run_shorter_than_any_text_is_still_each_alinea_named() -> None:
    # the bound is far above real texts: « alinéas 1 à 5 » names alinéa 4 first, as before
    with pytest.raises(AmendingError, match=re.escape("the article has no alinéa 4 (it has 3 alinéas)")):
        apply(THREE, [("1", "Supprimer les alinéas 1 à 5.")])
    assert apply(THREE, [("1", "Supprimer les alinéas 2 à 3.")]) == "Un mot."


def test_repeats_are_bounded_in_each_sentence_and_in_all() -> None:
    started = time.perf_counter()
    with pytest.raises(AmendingError, match="it repeats a change in 9999 alinéas; at most 2000 changes are read"):
        apply(THREE, [("1", "I. – Alinéa 1, supprimer le mot : « mot ».\nII. – Procéder à la même suppression aux alinéas 2 à 10000.")])
    many = "\n".join(["I. – Alinéa 1, supprimer le mot : « mot »."] + ["II. – Procéder à la même suppression aux alinéas 2 à 1500."] * 200)
    with pytest.raises(AmendingError, match="it makes 2999 changes; at most 2000 are read"):
        apply(THREE, [("1", many)])
    assert time.perf_counter() - started < 1


def test_a_run_of_deleted_items_kept_as_one_number_is_not_spelled_out_past_any_text() -> None:
    article = f"Le code est ainsi modifié :\n\n1° à {HUGE}° (Supprimé)\n\n6° Fin."
    started = time.perf_counter()
    with pytest.raises(AmendingError):
        apply(article, [("1", "À l'alinéa 2, rétablir le 1° dans la rédaction suivante : « 1° Un ; »")])
    assert time.perf_counter() - started < 1
    article = "Le code est ainsi modifié :\n\n1° à 3° (Supprimé)\n\n6° Fin."
    out = apply(article, [("1", "À l'alinéa 2, rétablir le 1° dans la rédaction suivante : « 1° Un ; »")])
    assert out.split("\n\n")[1:4] == ["1° Un ;", "2° (Supprimé)", "3° (Supprimé)"]


@pytest.mark.parametrize("given", ["\u00ad", "\u202e", "\u200b", "", "**"])
def test_an_article_rewritten_as_nothing_then_an_alinea_of_it_is_refused_not_an_index_error(given: str) -> None:
    # the rewrite's text, empty once what shows nothing is gone, was read as a quoted alinéa (« ''[:1] in "«" »)
    instructions = f"Rédiger ainsi cet article : « {given} »\nRédiger ainsi l'alinéa 1 : « x »"
    with pytest.raises(AmendingError, match="the text it gives is empty"):
        apply(THREE, [("1", instructions)])


@pytest.mark.parametrize(
    "instruction",
    [
        "Rédiger ainsi cet article : «  »",
        "Rédiger ainsi cet article : « ** »",
        "Rédiger ainsi cet article : « <p></p> »",
        "Rédiger ainsi cet article : « \u00ad »",
        "Rédiger ainsi cet article : « \u202e »",
        "Rédiger ainsi cet article : « \u200b »",
        "Rédiger ainsi l'alinéa 1 : « <br> »",
        "Rédiger ainsi l'alinéa 1 : « »",
        "Rédiger ainsi l'alinéa 1 : « \u200b »",
        "Rédiger ainsi l'alinéa 1 : « . »",
        "Rédiger ainsi la première phrase de l'alinéa 2 : « ; »",
        "Après l'alinéa 1, insérer un alinéa ainsi rédigé : « \u200b »",
        "Compléter l'alinéa 1 par une phrase ainsi rédigée : « \u2060 »",
        "Alinéa 1, remplacer le mot : « mot » par le mot : « \u200b ».",
        "Compléter l'alinéa 1 par les mots : « \u00ad »",
        "Alinéa 1, après le mot : «  », insérer le mot : « x ».",
        "Alinéa 1, après le mot : « \u200b », rédiger ainsi la fin de l'alinéa : « x ».",
        "Supprimer la phrase : « ** ».",
    ],
)
def test_a_text_given_with_no_words_is_refused_never_a_silent_deletion(instruction: str) -> None:
    with pytest.raises(AmendingError, match="empty|has no words|no words"):
        apply(THREE, [("1", instruction)])


def test_signs_alone_are_still_words_put_and_invisible_characters_inside_words_are_dropped() -> None:
    assert apply(THREE, [("1", "Alinéa 1, remplacer le mot : « mot » par le signe : « ; ».")]).startswith("Un ;")
    end = "Alinéa 1, après le mot : « Un », rédiger ainsi la fin de cet alinéa : « . »"
    assert apply(THREE, [("1", end)]).startswith("Un.\n\n")
    # a soft hyphen, a zero-width space inside a word given: the law gets the word a reader sees
    out = apply(THREE, [("1", "Rédiger ainsi l'alinéa 1 : « L'É\u00adtat dé\u200bcide. »")])
    assert out.split("\n\n")[0] == "L'État décide."


def test_decomposed_accents_are_read_as_the_reader_sees_them() -> None:
    # « É » typed as E and U+0301 (copying on macOS), in the amendment or in the article: composed (NFC), so
    # the words are found where a reader sees them, and the law gets them composed
    article = "Le préfet décide.\n\nIl publie."
    said = "Alinéa 1, remplacer le mot : « pre\u0301fet » par les mots : « représentant de l'E\u0301tat »"
    assert apply(article, [("1", said)]).split("\n\n")[0] == "Le représentant de l'État décide."
    out = apply("Le préfet de l'E\u0301tat de\u0301cide.", [("1", "Remplacer les mots : « l'État » par les mots : « la région ».")])
    assert out == "Le préfet de la région décide."


def test_only_real_html_tags_are_markup_the_user_s_angle_brackets_are_words() -> None:
    # « < » then a space, a digit or words that are no tag: the words written, not a tag to strip (« si a d »)
    said = "Alinéa 1, remplacer le mot : « Un » par les mots : « si a < b et c > d »."
    assert apply("Un.\n\nDeux.", [("1", said)]).split("\n\n")[0] == "Si a < b et c > d."
    assert clean("a <2 et b> 3 ; « <État> » ; X < p et q > r") == ["a <2 et b> 3 ; « <État> » ; X < p et q > r"]
    # real tags, with attributes, closing, self-closing, in capitals, Word's « o:p », comments: markup
    html = '<P ALIGN=center>Un <b class="x">gras</b><br/>deux</P><o:p></o:p><!-- note -->'
    assert clean(html) == ["Un gras", "deux"]
    assert clean("<p>Supprimer le mot : « x &lt; y ».</p>") == ["Supprimer le mot : « x < y »."]


# Hostile instructions whose sentences grow paragraph after paragraph (a Markdown table, lines ending with a
# comma, lines « Rédiger ainsi l'alinéa »): each paragraph's sentence was asked whether it awaits a text by
# folding and searching all of it, so reading cost the square of the input (98,000 characters of a table:
# 40 s). Nothing here is timed: what is counted is the characters the lexer folds and the paragraphs it reads.
TABLE = "| a | b |\n|---|---|\n"


def _folded_by_the_lexer(monkeypatch: pytest.MonkeyPatch, source: str) -> int:
    """How many characters the lexer folds to read `source` (every question it asks of a sentence's prose)."""
    from drafting.domain.amending import lexer
    from drafting.domain.amending.typography import fold

    folded = [0]

    def counting(text: str) -> str:
        folded[0] += len(text)
        return fold(text)

    monkeypatch.setattr(lexer, "fold", counting)
    lexer.sentences(source)
    return folded[0]


@pytest.mark.parametrize(
    "line",
    ["a,\n", "mot\n", "Rédiger ainsi l'alinéa\n", "Remplacer les mots :\n", "« a » :\n", "Un alinéa rédigé comme suit\n"],
)
def test_a_sentence_growing_paragraph_after_paragraph_is_read_in_linear_time(monkeypatch: pytest.MonkeyPatch, line: str) -> None:
    # twenty sentences of about 750 characters, then twenty of twice as many (under the limit, all read):
    # reading them costs twice as much, not four times
    def source(size: int) -> str:
        return (line * (size // len(line)) + "Supprimer l'alinéa 1.\n") * 20

    short, long = _folded_by_the_lexer(monkeypatch, source(750)), _folded_by_the_lexer(monkeypatch, source(1500))
    assert long < 2.5 * short


def test_a_sentence_past_its_length_is_refused_without_reading_the_paragraphs_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from drafting.domain.amending import lexer

    read: list[int] = []
    reading = lexer._read

    def counting(paragraphs: list[str], i: int, para: str, sentence: lexer.Sentence) -> int:
        read.append(i)
        return reading(paragraphs, i, para, sentence)

    monkeypatch.setattr(lexer, "_read", counting)
    for size in (10_000, 98_000):  # under the 100,000 characters of instructions a request may hold
        read.clear()
        with pytest.raises(AmendingError, match=r"a sentence of 20\d\d characters is not an instruction \(at most 2000\)"):
            apply(THREE, [("1", (TABLE * size)[:size])])
        assert len(read) < 250  # the first 2,000 characters or so: never the 9,800 paragraphs of the table


def test_sentences_past_their_number_are_refused_without_reading_the_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    from drafting.domain.amending import lexer

    read: list[int] = []
    reading = lexer._read
    monkeypatch.setattr(lexer, "_read", lambda paragraphs, i, para, sentence: read.append(i) or reading(paragraphs, i, para, sentence))
    with pytest.raises(AmendingError, match=re.escape("it has 301 sentences of instructions; at most 300 are read")):
        apply(THREE, [("1", "Alinéa 1\nSupprimer cet alinéa.\n" * 5000)])
    assert len(read) <= 602


def test_a_sentence_is_cut_short_only_past_the_length_the_grammar_refuses() -> None:
    # « alinéa 1er » is read « alinéa 1 »: a sentence of 2,100 characters so written is 1,300 once read, under
    # the limit: read whole and applied, as before; longer, it is refused for its length as read
    said = "Supprimer les alinéas 1er" + ", 1er" * 415 + "."
    assert len(said) > 2_000
    assert apply(THREE, [("1", said)]) == "Un autre mot.\n\nUn dernier mot."
    with pytest.raises(AmendingError, match=re.escape("a sentence of 2469 characters is not an instruction")):
        apply(THREE, [("1", "Supprimer les alinéas 1er" + ", 1er" * 815 + ".")])


def test_rejoining_the_html_s_cuts_never_copies_the_paragraphs_left_at_each_one() -> None:
    # each paragraph handed the rest of the amendment as a copy (`cuts._named_goes_on`): 49,000 short lines
    # copied 49,000 times over (2.8 s of the 98,000 characters' 4 s)
    from drafting.domain.amending.cuts import rejoin

    class Counted(list[str]):
        copied = 0

        def __getitem__(self, at):  # type: ignore[no-untyped-def]
            got = super().__getitem__(at)
            if isinstance(at, slice):
                Counted.copied += len(got)
            return got

    lines = Counted(["mot"] * 5_000)
    assert rejoin(lines) == ["mot"] * 5_000
    assert Counted.copied < 2 * len(lines)


def test_words_left_open_over_many_lines_are_read_once_not_from_each_line_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # « Supprimer les mots : « a » then 1,000 lines in lower case, the quote closed at the end: whether the words
    # go on was asked from each line, reading all the lines after it (2,000 characters: 10 s)
    from drafting.domain.amending import cuts

    asked = [0]
    instructs = cuts.instructs
    monkeypatch.setattr(cuts, "instructs", lambda paragraph: asked.__setitem__(0, asked[0] + 1) or instructs(paragraph))
    lines = ["Supprimer les mots : « a", *["b"] * 1_000, "b »"]
    assert cuts.rejoin(lines) == ["Supprimer les mots : « a " + "b " * 1_000 + "b »"]
    assert asked[0] < 3 * len(lines)
