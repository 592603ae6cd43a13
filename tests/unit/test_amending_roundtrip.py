"""Round trip: the instruction we generate for an edit (domain/instructions.py), read back by the parser
(domain/amending) and applied to the article, gives the edited article, on the shared real articles."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting.domain.amending import AmendingError, apply
from drafting.domain.instructions import modify_instruction

CASES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "amendments" / "fr_lafabrique_application"


def _articles() -> list[list[str]]:
    lines = (CASES / "cases.jsonl").read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        alineas = [a.strip() for a in json.loads(line)["article_avant"].split("\n\n") if a.strip()]
        if 2 <= len(alineas) <= 40:
            out.append(alineas)
    return out


ARTICLES = _articles()
WORDS = st.sampled_from(["notamment", "le cas échéant", "chaque année", "au plus tard", "départemental", "public"])


# « II. – », « 2° », « 2° bis », « b) », « Art. L. 5. – », quoted or not
_MARK = re.compile(
    r'[«"“]?\s*(?:Art(?:icle)?\.?\s+(?:[A-Z]{1,2}\.\s*)*\d[\w\-\u2010\u2011]*(?:\s+(?:bis|ter|quater|[A-Z]))?\s*\.?\s*[-–—]|'
    r"[IVX]+(?: (?:bis|ter|[A-Z]+))?\s*\.\s*[-–—]|"
    r"[A-Z]\s*\.\s*[-–—]|\d+\s*°(?: ?(?:bis|ter|quater|[A-Z]{1,3})(?= ))?|[a-z](?: (?:bis|ter))?\))"
)


# what opens an alinéa before its words: its quote, its article heading, its mark (« "Art. L. 1. - I. - »)
_OPENING = (
    r'[«"“]*\s*(?:Art\. (?:[A-Z]+\. )*\d[\w-]*(?: bis| ter)?\.? [-–—] ?)?'
    r"(?:\d+°(?: [a-z]+)?|[IVX]+(?: (?:bis|ter|quater))?(?: [A-Z])?\. [-–—]|[a-z]\))?"
)


# the words of a number written out (« cent cinquante », « quatre-vingt-dix »): quoted whole, as figures are
_NUMBER_WORD = re.compile(
    r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
    r"trente|quarante|cinquante|soixante|cent|cents|mille|millions?|milliards?|et)(?:-[a-z-]+)?",
    re.IGNORECASE,
)


def _kind(alinea: str) -> str:
    body = alinea.lstrip(' «"“')
    kinds = (("article", r"Art(?:icle)?\.?\s"), ("roman", r"[IVX]+\b[^°]"), ("capital", r"[A-Z]\s*\.\s*[-–—]"),
             ("arabic", r"\d+\s*°"), ("letter", r"[a-z](?: (?:bis|ter))?\)"))  # fmt: skip
    return next((k for k, p in kinds if re.match(p, body)), "")


def _siblings_left(alineas: list[str], i: int) -> bool:
    kind = _kind(alineas[i])
    if kind == "article":
        return True
    if not _quoted(alineas[i]):
        return any(not _quoted(a) and _kind(a) == kind for j, a in enumerate(alineas) if j != i)
    block = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(alineas) and _quoted(alineas[j]):
            block.append(alineas[j])
            j += step
    return any(_kind(a) == kind for a in block)


def _quoted(alinea: str) -> bool:
    return alinea[:1] in '«"“'


def _closes(alinea: str) -> bool:
    return alinea.rstrip(" .;")[-1:] in '»"”'


@st.composite
def edited(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """A real article and the same with one change a drafter makes: words replaced, deleted or
    inserted inside an alinéa, an alinéa deleted, rewritten or inserted."""
    article = draw(st.sampled_from(ARTICLES))
    new = list(article)
    i = draw(st.integers(0, len(article) - 1))
    words = new[i].split(" ")
    kind = draw(st.sampled_from(["replace", "delete_words", "insert_words", "delete", "insert", "rewrite"]))
    # a line of a comparative text (« (Supprimé) ») stands for words it does not give: none is edited there
    stands_for = re.search(r"\((?:Supprimé|Non modifié|Alinéa sans modification)\)", new[i])
    if kind in ("replace", "delete_words", "insert_words") and len(words) > 3 and not stands_for:
        at = draw(st.integers(1, len(words) - 2))
        span = draw(st.integers(1, min(3, len(words) - at - 1)))

        def splits_number(k: int) -> bool:  # « 4 » and « 000 » of « 4 000 € »: a drafter quotes the number whole
            if not 0 < k < len(words):
                return False
            in_words = _NUMBER_WORD.fullmatch(words[k - 1]) and _NUMBER_WORD.fullmatch(words[k].rstrip(",.;"))
            return bool(in_words) or words[k - 1][-1:].isdigit() and bool(re.fullmatch(r"\d{3}\W?", words[k]))

        if splits_number(at) or splits_number(at + span):
            return article, article
        # words next to dots (« une modification… (le reste sans changement) » quoted in a bill): the instruction
        # written would give a text ending with « … », refused as cut short (test_amending_forms.py): not drawn
        if any("…" in w or "..." in w for w in words[max(at - 1, 0) : at + span + 1]):
            return article, article
        if kind == "replace":
            word = draw(WORDS)
            # « la », « le », « du », « au » before a word put opening with a vowel or an h elide, or the edit is
            # refused (test_amending_words.py): the edit drawn keeps them whole, which no drafter writes
            article_before = words[at - 1].lower() in ("le", "la", "du", "au") and words[at][:1].isalpha()
            if article_before and word[:1].lower() in "aeiouyhàâéèêîôû":
                return article, article
            # « cet effet » with « notamment » for « effet »: « cet » is « ce » before a consonant (the parser writes
            # it so, test_amending_words.py), which the edit drawn keeps: not drawn
            if words[at - 1].lower() in ("ce", "cet"):
                return article, article
            # a drafter opens a sentence with a capital (the parser gives it one)
            opens = re.search(rf"^{_OPENING}$|[.!?]$", " ".join(words[:at])) or _after_shuttle_mark(words, at)
            words[at : at + span] = [word[:1].upper() + word[1:] if opens else word]
        elif kind == "delete_words":
            # words deleted with the full stop ending their phrase leave it its stop (test_amending_phrases.py):
            # a drafter's instruction for that says more than this edit, so it is not drawn
            if words[at + span - 1].endswith(".") and words[at - 1][-1:].isalnum():
                return article, article
            # words set between two commas, deleted with one of them: the parser may read an incise there and
            # take the other comma too (« identifie, pour chaque projet, la » less « pour chaque projet, »:
            # « identifie la », test_amending_commas.py), which the edit drawn does not: not drawn
            after_span = words[at + span] if at + span < len(words) else ""
            if words[at - 1].endswith(",") and words[at + span - 1].endswith(","):
                return article, article
            if words[at].startswith(",") and after_span.startswith(","):
                return article, article
            # the last items of a list deleted with their « et » right after its comma (« ces biens, droits et
            # obligations » less « droits et obligations »): the parser takes that comma too where one item is
            # surely left, or refuses (test_amending_commas.py), which the edit drawn does not say: not drawn
            if words[at - 1].endswith(",") and {"et", "ou"} & set(words[at : at + span]):
                return article, article
            # « du présent article » less « présent »: « du » before a vowel elides (« de l'article »,
            # test_amending_words.py), which the edit drawn keeps whole: not drawn
            articles = ("le", "la", "du", "au", "ce", "cet")
            if words[at - 1].lower() in articles and after_span[:1].lower() in "aeiouyhàâéèêîôû":
                return article, article
            del words[at : at + span]
            # the words left opening the alinéa after its mark take its capital (the parser gives it)
            # as after a full stop (the parser gives the word a capital where a sentence opens)
            opens = re.search(rf"^{_OPENING}$|[.!?]$", " ".join(words[:at])) or _after_shuttle_mark(words, at)
            if at < len(words) and opens and words[at] == "," and at + 1 < len(words):
                del words[at]  # « "b) Au 1° , après » less « Au 1° »: no sentence opens with a comma (dropped)
            if at < len(words) and opens:
                words[at] = words[at][:1].upper() + words[at][1:]
        else:
            words.insert(at, draw(WORDS))
        new[i] = " ".join(words)
    elif kind == "delete" and len(new) > 1:
        # deleting the alinéa that closes a quotation moves its closing quote (tested in
        # test_amending_quotations.py): a drafter would state both changes, so it is not a single edit here
        if not (i > 0 and _quoted(new[i]) and _closes(new[i]) and _quoted(new[i - 1]) and not _closes(new[i - 1])):
            # a numbered division deleted keeps its number, « 2° (Supprimé) », as the texts adopted do,
            # when divisions of its kind are left at its level (the bill's own, or its quotation)
            mark = _MARK.match(new[i])
            follows = new[i + 1] if i + 1 < len(new) else ""
            if re.match(r'[«"“]?\s*\d+\.\s', new[i]):
                # a division numbered « 2. » under a paragraph keeps its number, « 2. (Supprimé) », where its
                # siblings run from « 1. » (test_amending_places.py), which this edit does not tell: not drawn
                return article, article
            if mark and _kind(new[i]) == "article" and _quoted(follows) and not _MARK.match(follows):
                # a code article's first alinéa deleted and its next one left: what stays of its heading is
                # not said (refused: docs/instructions.md), so it is not drawn here
                return article, article
            before_it = new[i - 1] if i > 0 else ""
            if (
                _kind(before_it) in ("arabic", "letter")
                and _kind(follows) in ("arabic", "letter")
                and not before_it.rstrip(' »"”').endswith((";", ":"))
            ):
                # an item now followed by an item ends with « ; » as its enumeration's items do
                # (test_amending_insertions.py): a drafter would state both changes, so it is not a single edit here
                return article, article
            if mark and _siblings_left(new, i):
                new[i] = f"{mark.group(0).rstrip()} (Supprimé)"
            else:
                del new[i]
    elif kind == "insert":
        at = draw(st.integers(0, len(new)))
        inside = 0 < at < len(new) and _quoted(new[at - 1]) and _quoted(new[at]) and not _closes(new[at - 1])
        # right after the alinéa that introduces a quotation, an alinéa is the quotation's first (test_amending_unseen):
        # the instruction written for it would quote a quote it does not close, so it is not drawn here
        heads = 0 < at < len(new) and not _quoted(new[at - 1]) and new[at - 1].rstrip().endswith(":")
        heads = heads and _quoted(new[at])
        # prose put right after a quotation closes continues it (test_amending_quotations.py): an unquoted alinéa
        # there is not what a drafter's « … » says, so it is not drawn
        if not (at > 0 and _quoted(new[at - 1]) and _closes(new[at - 1])) and not heads:
            new.insert(at, f"{new[at][0] if inside else ''}Le présent alinéa est {draw(WORDS)} inséré.")
    else:
        # a drafter rewriting a quoted alinéa keeps it quoted; the last of its quotation closes it, a number kept
        # for a deleted division there too (« "E. - (Supprimé) », left without its quote: test_amending_quotations.py)
        quote = new[i][0] if _quoted(new[i]) else ""
        kept_last = "(Supprimé)" in new[i] and not (i + 1 < len(new) and _quoted(new[i + 1]))
        closes = quote and (_closes(new[i]) or kept_last)
        new[i] = f"{quote}Cet alinéa est {draw(WORDS)} réécrit.{quote if closes else ''}"
    return article, new


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited())
def test_the_generated_instruction_reads_back_as_the_same_edit(case: tuple[list[str], list[str]]) -> None:
    before, after = case
    if before == after:
        return
    instruction = modify_instruction("\n".join(before), "\n".join(after)).fr
    try:
        applied = apply("\n".join(before), [("1", instruction)])
    except AmendingError as exc:  # refusing is allowed only where the words really are ambiguous,
        # or the edit leaves a word doubled (« Le le cas échéant »), which no drafter means
        doubled = re.search(r"(?<!\w)([^\W\d_]+)\s+\1(?!\w)", "\n".join(after), re.IGNORECASE)
        assert exc.code == "ambiguous" or exc.code == "doubled_word" and doubled, f"{exc.message}\n{instruction}"
        return
    # an alinéa announcing its quotation's count is counted again after an alinéa or a phrase is put in or
    # taken out (« sont insérés deux alinéas » for « trois »): tested in test_amending_insertions.py, set aside here
    counted = [_seen(a) for a in applied.split("\n\n")]
    assert counted == [_seen(a) for a in after], instruction


def _after_shuttle_mark(words: list[str], at: int) -> bool:
    """Whether words[at] opens the alinéa after a shuttle mark (« 6° bis A Les membres »), read as one before a
    capital only (« 1° A la » is « À la »)."""
    prefix = " ".join(words[:at])
    shuttle = re.fullmatch(r'[«"“]*\s*\d+°(?: [a-z]+)? [A-Z]{1,3}', prefix)
    return bool(shuttle) and at < len(words) and words[at][:1].isupper()


def _seen(alinea: str) -> str:
    """An alinéa as compared here: its announced count set aside (above), and no comma before a stop. Words
    deleted up to a stop take the comma before them (« …, est ainsi rédigé : » less « est ainsi rédigé » is
    « … : »): a rule of the parser tested in test_amending_commas.py, where a random edit leaves « …, : »."""
    return _COMMA_BEFORE_STOP.sub(r"\1", _ANNOUNCED.sub("…", alinea))


_ANNOUNCED = re.compile(
    r"(?:(?:(?:[Ii]l )?est|[Ss]ont) \w+ )?(?:[\w-]+|\d+) (?:alinéa|phrase|article)s? ainsi rédigée?s?"
)
_COMMA_BEFORE_STOP = re.compile(r"\s*,(\s*[.;:])")  # « 1° , : » (a comma written apart) too
