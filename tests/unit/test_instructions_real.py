"""Property: on the shared real articles, every generated instruction names an alinéa that exists and
quotes the words it changes, or follows, so that they are found once in that alinéa (or says where)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting import formats
from drafting.domain.instructions import _FR, modify_instruction

STAGES = Path(__file__).resolve().parents[3] / "shared/data/bills/fr_loi-2019-1147_energie-climat"
# a quote ends where the sentence goes on (« », » or the verb), so quoted guillemets stay inside it
QUOTE = re.compile(r"(?:le mot|les mots|le signe|les signes)(?: de ponctuation)? : «\u00a0(.*?)\u00a0»(?=,\s|\s*$)")
# the verb right after a closing quote: the same words inside a quote are the alinéa's, not ours
VERB = re.compile(r"(?:(?<=» )|(?<=», ))(?:est|sont) (?:remplacée?s?|supprimée?s?|insérée?s?|complétée?s?)\b")
NAMED = re.compile(r"\b(?:[Aa]u|[Dd]u|[Ll]e|[Aa]près le|[Aa]vant le) ([\w-]+) alinéa\b")
WORDS = ("notamment", "au plus", "public", "et", "énergétique")
SIGNS = (",", ";", ".", " :")


@cache
def articles() -> list[tuple[str, ...]]:
    # the shared data is required, as for every test that reads real texts (tests/conftest.py)
    assert STAGES.is_dir(), f"tests need the shared data at {STAGES}"
    tree = formats.importer("markdown")((STAGES / "00_texte-du-projet-de-loi.md").read_text())
    found = [a.alineas for a in tree.articles() if a.alineas and len(a.text) < 6_000]
    return [lines for lines in found if any("«" not in x and "»" not in x for x in lines)]


def edited(lines: tuple[str, ...], data: st.DataObject) -> tuple[int, str]:
    """One random edit of one alinéa: words replaced, deleted or inserted, or punctuation changed."""
    # alinéas that quote other texts (« ... ») are left out: their quotes inside ours blur where ours end
    plain = [i for i, line in enumerate(lines) if "«" not in line and "»" not in line]
    index = data.draw(st.sampled_from(plain))
    line = lines[index]
    tokens = [m.span() for m in re.finditer(r"\S+", line)]
    first = data.draw(st.integers(0, len(tokens) - 1))
    last = data.draw(st.integers(first, min(first + 3, len(tokens) - 1)))
    start, end = tokens[first][0], tokens[last][1]
    how = data.draw(st.sampled_from(["replace", "delete", "insert", "sign"]))
    if how == "replace":
        new = line[:start] + data.draw(st.sampled_from(WORDS)) + line[end:]
    elif how == "delete":
        new = (line[:start] + line[end:]).replace("  ", " ").strip()
    elif how == "insert":
        new = line[:end] + " " + data.draw(st.sampled_from(WORDS)) + line[end:]
    else:
        new = line[:end] + data.draw(st.sampled_from(SIGNS)) + line[end:]
    return index, new


def check(sentence: str, old: tuple[str, ...]) -> None:
    if sentence[:3] in {f"{n}° " for n in range(1, 10)} or re.match(r"\d+° ", sentence):
        sentence = sentence.split(" ", 1)[1]
    named = NAMED.findall(re.sub("«\u00a0.*?\u00a0»", "«»", sentence))  # not words quoted
    assert len(named) <= 1, sentence
    if named:
        word = named[0]
        index = len(old) - 1 if word == "dernier" else _FR.index(word)
        assert index < len(old), f"{sentence!r} names an alinéa the article ({len(old)}) does not have"
        line = old[index]
    else:
        assert len(old) == 1 or sentence.startswith(("Cet article", "Avant le premier")), sentence
        line = old[0]
    if "ainsi rédigé" in sentence or " est complété par " in sentence or "au début d" in sentence.lower():
        return  # whole alinéas, or words added at its end or start: the place is said, nothing quoted
    verb = VERB.search(sentence)
    head = sentence[: verb.start()] if verb else sentence
    quotes = QUOTE.findall(head)
    assert quotes, f"{sentence!r} quotes nothing of the alinéa"
    if sentence.lower().startswith(("à la fin", "at the end")):
        assert line.rstrip().endswith(quotes[-1]), (sentence, line)
        return
    located = quotes[:1] if len(quotes) == 2 else quotes  # after the words X, the sign Y: Y right after X
    for quoted in located:
        assert line.count(quoted) == 1, f"{sentence!r}: « {quoted} » occurs {line.count(quoted)} times in {line!r}"
    if len(quotes) == 2:
        assert re.search(re.escape(quotes[0]) + r"\s*" + re.escape(quotes[1]), line), (sentence, line)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_instructions_name_existing_alineas_and_quote_unique_words(data: st.DataObject) -> None:
    lines = data.draw(st.sampled_from(articles()))
    index, new = edited(lines, data)
    proposed = lines[:index] + ((new,) if new else ()) + lines[index + 1 :]
    if proposed == lines:
        return
    fr = modify_instruction("\n".join(lines), "\n".join(proposed)).fr
    if "\n«" in fr or fr.startswith("Cet article est ainsi rédigé"):
        return  # the article or an alinéa given whole
    for sentence in fr.split("\n"):
        check(sentence, lines)
