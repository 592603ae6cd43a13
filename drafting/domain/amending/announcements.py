"""Alinéas that announce what their quotation holds (« il est inséré un alinéa ainsi rédigé : », « sont
ajoutées deux phrases ainsi rédigées : »): recounted, and the items they list renamed, when the sitting
adds or takes alinéas or phrases of that quotation.
"""

from __future__ import annotations

import re
from functools import partial

from drafting.domain.amending.divisions import ARTICLE_HEADING
from drafting.domain.amending.lexer import COUNT, NUMBERS, number
from drafting.domain.amending.lexicon import instructs
from drafting.domain.amending.quotations import quoted_run
from drafting.domain.amending.quotes import opened
from drafting.domain.amending.spans import phrase_spans
from drafting.domain.amending.typography import BLANKS, fold

# « il est inséré un alinéa ainsi rédigé : », « sont ajoutées deux phrases ainsi rédigées : », « est
# complété par trois alinéas rédigés comme suit : »: an alinéa announcing how much its quotation holds
ANNOUNCES = re.compile(
    r"(?<![\w'-])(?P<verb>(?:(?:[Ii]l )?[Ee]st|[Ss]ont) (?P<participle>inséré|ajouté)e?s? )?(?P<article>les )?"
    rf"(?P<count>{COUNT}) (?P<noun>alinéa|phrase|article)s? "
    r"(?P<how>ainsi rédigée?s?|rédigée?s? comme suit|suivante?s?)(?P<colon>\s*:\s*)$"
)
_WORDS = {n: word for word, n in NUMBERS.items() if word != "une"}
# a phrase named with its place, said rewritten (« La dernière phrase du troisième alinéa est ainsi rédigée : »,
# « L'avant-dernière phrase du 2° est rédigée comme suit : »), its participle agreeing with it (not « La première
# phrase et le 2° sont ainsi rédigés : »); or announced with no count (« … complété par la phrase suivante : »)
_PHRASE_SAID = re.compile(
    r"\bphrases?\b(?:[^:;«»\"]*?\s"
    r"(?:est (?:ainsi rédigée|rédigée comme suit)|sont (?:ainsi rédigées|rédigées comme suit))"
    r"|(?: (?:est|sont))? (?:ainsi rédigée?s?|rédigée?s? comme suit|suivantes?))\s*:\s*$"
)


def announces_phrases(line: str) -> bool:
    """Whether the alinéa (folded) announces the phrases its quotation holds: counted (`ANNOUNCES`: « Sont
    ajoutées trois phrases ainsi rédigées : », « Les deux premières phrases du 2° sont remplacées par une phrase
    ainsi rédigée : ») or a phrase named with its place (« La dernière phrase du troisième alinéa est ainsi
    rédigée : »). Phrases are words of one alinéa: its quotation is that alinéa's."""
    tail = len(line) - 200 if len(line) > 200 else 0
    counted = ANNOUNCES.search(line, tail)
    return counted is not None and counted.group("noun") == "phrase" or _PHRASE_SAID.search(line, tail) is not None


def count_said(now: int, like: str, feminine: bool = False) -> str | None:
    """`now` written as the count `like` was: in figures if it was (« 12 »), else in words (« onze », « une »
    phrase); None when no word says it (above « vingt »), for the count to be left as it stands."""
    if like.isdigit():
        return str(now) if now > 0 else None
    return "une" if now == 1 and feminine else _WORDS.get(now)


def _was(line: str, i: int, origins: list[int | None] | None, original: list[str]) -> int | None:
    """The alinéa a line was before the sitting: itself, or one changed elsewhere by an amendment (a
    reference), found by its origin, or as the one alinéa that read the same."""
    j = origins[i] if origins else None
    if j is None and original.count(line) == 1:
        j = original.index(line)
    return j


def announcements_recounted(
    original: list[str], lines: list[str], origins: list[int | None] | None = None, instructions: bool = False
) -> list[str]:
    """The bill's alinéas that announce what their quotation holds (« il est inséré un alinéa ainsi
    rédigé : », « est insérée une phrase ainsi rédigée : »), left as they stood while alinéas or phrases
    were put in or taken out of that quotation, count them again (« sont insérés deux alinéas ainsi
    rédigés : »), as the texts adopted do. Only a count that was right before the sitting is changed, and
    only in a quotation of one level (of one alinéa, for phrases). In an amendment's own text
    (`instructions`), its quotation's alinéas may open with the article's quote after its own (« « … »):
    they are its alinéas all the same, counted as such."""
    out = list(lines)
    for i, line in enumerate(lines):
        inline = _recounted_inline(line, i, origins, original) if "phrase" in line and not opened(line) else None
        if inline is not None:
            out[i] = inline
            continue
        if not line.rstrip().endswith(":") or opened(line) or not re.search("alinéa|phrase|article", line):
            continue  # most alinéas announce nothing: the pattern is looked for at the end of those that may
        tail = len(line) - 200 if len(line) > 200 else 0
        m = ANNOUNCES.search(fold(line), tail)  # « quatre\u00a0alinéas »: folded, same length
        j = _was(line, i, origins, original)
        both = _ANNOUNCES_BOTH.search(fold(line), tail)
        if both is not None and j is not None:
            out[i] = _recounted_both(line, both, original, j, lines, i)
            continue
        if m is None or j is None:
            continue
        before = ANNOUNCES.search(fold(original[j]), max(0, len(original[j]) - 200))
        if before is None or before.group("count") != m.group("count") or before.group("noun") != m.group("noun"):
            continue  # announced otherwise before the sitting, or its count rewritten by the amendment itself
        count = {"phrase": _quoted_phrases, "article": _quoted_articles}.get(m.group("noun"), quoted_run)
        if instructions and count is quoted_run and _bare_run(original, j + 1) == number(m.group("count")):
            # a Sénat amendment's alinéas given bare (« Insérer deux alinéas ainsi rédigés : » then « vii bis) … »,
            # « vii ter) … »), one struck by a sub-amendment (p11-c7c-senat): the bare alinéas to its end
            count = _bare_run
        elif instructions and count is quoted_run:
            count = partial(quoted_run, nested=True)
        was, now = count(original, j + 1), count(lines, i + 1)
        if count is quoted_run and was == 1 and number(m.group("count")) > 1:
            # « complété par deux alinéas ainsi rédigés : » then two alinéas each in its own « … »: both announced
            was, now = _each_quoted(original, j + 1), _each_quoted(lines, i + 1)
        if was != number(m.group("count")) or now is None or now == was or count_said(now, m.group("count")) is None:
            continue
        out[i] = line[: m.start()] + counted(m, now)
    return out


def _bare_run(lines: list[str], start: int) -> int | None:
    """How many alinéas from `start` to the amendment's end, when there are some and none opens a quote nor
    reads as an instruction (a part, a place, a verb of the forms): the text an amendment gives bare; else None."""
    run = lines[start:]
    if not run or any(opened(line) or line[:1] in '"“' or instructs(line) for line in run):
        return None
    return len(run)


def _each_quoted(lines: list[str], start: int) -> int:
    """How many alinéas from `start` each open and close a quotation of their own (« « X. » », « « Y. » »), as
    bills write the alinéas one announcement puts (p140-048). An amendment's alinéa put at the end of one of
    them takes its closing quote (« « X. » », « « Y. », « « Z. » »): the quotations that follow one another are
    counted whole, however many alinéas each holds."""
    end = start
    while end < len(lines) and opened(lines[end]):
        held = quoted_run(lines, end)
        if held is None:
            break
        end += held
    return end - start


def _recounted_inline(line: str, i: int, origins: list[int | None] | None, original: list[str]) -> str | None:
    """An alinéa ending with the phrases it announces (« Sont ajoutées deux phrases ainsi rédigées : « X. Y. » »)
    that now quotes more or fewer: the announcement said again (« Est ajoutée une phrase ainsi rédigée »), as
    for alinéas, when its count was right before the sitting; None when there is nothing to say again."""
    quoting = ends_quoting_phrases(line)
    j = _was(line, i, origins, original)
    was_quoting = ends_quoting_phrases(original[j]) if quoting is not None and j is not None else None
    if quoting is None or j is None or was_quoting is None:
        return None
    m = ANNOUNCES.search(fold(line[: quoting.start("quote")]).rstrip() + " ")
    before = ANNOUNCES.search(fold(original[j][: was_quoting.start("quote")]).rstrip() + " ")
    if m is None or before is None or before.group("count") != m.group("count"):
        return None  # announced otherwise before the sitting, or its count rewritten by the amendment itself
    was = len(phrase_spans(original[j][was_quoting.start("quote") :]))
    now = len(phrase_spans(line[quoting.start("quote") :]))
    if was != number(m.group("count")) or now == was or count_said(now, m.group("count"), True) is None:
        return None
    return line[: m.start()] + counted(m, now) + line[quoting.start("quote") :]


# « est complété par cinq phrases et cinq alinéas ainsi rédigés : »: phrases completing the alinéa the code
# article ends with (the quotation's first alinéa), then alinéas of their own (the rest of it)
_ANNOUNCES_BOTH = re.compile(
    rf"(?<![\w'-])(?P<phrases>{COUNT}) (?P<pnoun>phrases?) et "
    rf"(?P<alineas>{COUNT}) (?P<anoun>alinéas?) "
    r"(?P<how>ainsi rédigés|rédigés comme suit|suivants)\s*:\s*$"
)


def _phrases_and_alineas(lines: list[str], start: int) -> tuple[int, int] | None:
    """The phrases of the quotation's first alinéa and the alinéas after it, for `_ANNOUNCES_BOTH`."""
    run = quoted_run(lines, start)
    return None if run is None else (len(phrase_spans(lines[start])), run - 1)


def _recounted_both(line: str, m: re.Match[str], original: list[str], j: int, lines: list[str], i: int) -> str:
    """« cinq phrases et cinq alinéas ainsi rédigés : » counted again, both counts, when both were right
    before the sitting and both are still some (the words before stay plural: two things are announced)."""
    before = _ANNOUNCES_BOTH.search(fold(original[j]), max(0, len(original[j]) - 200))
    if before is None or before.group(0) != m.group(0):
        return line  # announced otherwise before the sitting, or its counts rewritten by the amendment itself
    was, now = _phrases_and_alineas(original, j + 1), _phrases_and_alineas(lines, i + 1)
    said = (number(m.group("phrases")), number(m.group("alineas")))
    if was != said or now is None or now == was:
        return line
    phrases_said, alineas_said = count_said(now[0], m.group("phrases"), True), count_said(now[1], m.group("alineas"))
    if phrases_said is None or alineas_said is None:
        return line
    phrases = f"{phrases_said} phrase{'s' if now[0] > 1 else ''}"
    alineas = f"{alineas_said} alinéa{'s' if now[1] > 1 else ''}"
    return f"{line[: m.start()]}{phrases} et {alineas} {line[m.start('how') :]}"


def _subject(verb: str, plural: bool) -> str:
    """« il est » / « sont » (« est » alone stays so), with the capital of the sentence's first word."""
    subject = "sont" if plural else "il est" if verb.lower().startswith(("il ", "sont")) else "est"
    return subject[:1].upper() + subject[1:] if verb[:1].isupper() else subject


def counted(m: re.Match[str], now: int) -> str:
    """The announcement `m` (of `ANNOUNCES`) said again for `now` alinéas, phrases or articles."""
    feminine, plural = m.group("noun") == "phrase", now > 1
    ending = ("e" if feminine else "") + ("s" if plural else "")
    verb = ""
    if m.group("verb"):  # « il est inséré un », « sont insérés deux »: the verb agrees
        subject = _subject(m.group("verb"), plural)
        if feminine and not plural:  # « Est ajoutée une phrase », not « Il est ajoutée »
            subject = "Est" if subject[:1].isupper() else "est"
        verb = f"{subject} {m.group('participle')}{ending} "
    written = count_said(now, m.group("count"), feminine) or str(now)  # `announcements_recounted` checked it is said
    how = re.sub(r"rédigée?s?", "rédigé" + ending, m.group("how"))
    how = re.sub(r"suivante?s?", "suivant" + ending, how)
    if m.group("article"):  # « les trois alinéas suivants », « l'alinéa suivant »
        written = "les " + written if plural else "l'"
    space = "" if written == "l'" else " "
    return f"{verb}{written}{space}{m.group('noun')}{'s' if plural else ''} {how}{m.group('colon')}"


_ITEM_ADVERBS = r"(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies|[A-Z]{1,3})"
_ITEM_MARK = rf"\d+ ?°(?: {_ITEM_ADVERBS})?"
# « il est inséré un 2° bis ainsi rédigé : », « sont insérés des 2° bis et 2° ter ainsi rédigés : »
_ANNOUNCES_ITEMS = re.compile(
    rf"(?<![\w'])(?P<verb>(?:(?:[Ii]l )?est|[Ss]ont) (?P<participle>inséré|ajouté)s? )?(?:un|des) "
    rf"(?P<marks>{_ITEM_MARK}(?:(?:, | et | à ){_ITEM_MARK})*) "
    r"(?P<how>ainsi rédigés?|rédigés? comme suit)(?P<colon>\s*:\s*)$"
)
_QUOTED_ITEM = re.compile(rf'"\s*({_ITEM_MARK})(?=\s)')


def _quoted_items(lines: list[str], start: int) -> list[str] | None:
    """The marks of the items « 2° bis » … that the quotation opening at `start` holds (folded)."""
    run = quoted_run(lines, start)
    if run is None:
        return None
    found = (_QUOTED_ITEM.match(fold(line)) for line in lines[start : start + run])
    return [m.group(1) for m in found if m]


def renamed(original: list[str], lines: list[str], origins: list[int | None] | None = None) -> list[str]:
    """An alinéa that announces the one item it inserts (« il est inséré un 2° bis ainsi rédigé : »), left
    as it stood while another item was put in its quotation (a « 2° ter »), names them (« sont insérés
    des 2° bis et 2° ter ainsi rédigés : », « des 2° bis à 2° quater »), as the texts adopted do; only
    when that item was, before the sitting, the one its quotation held. Items named in a list (« des 4° bis
    et 4° ter ») are names, not a count: left as written."""
    out = list(lines)
    for i, line in enumerate(lines):
        if not line.rstrip().endswith(":") or opened(line) or "°" not in line:
            continue
        m = _ANNOUNCES_ITEMS.search(fold(line), max(0, len(line) - 200))
        j = _was(line, i, origins, original)
        if m is None or j is None:
            continue
        before = _ANNOUNCES_ITEMS.search(fold(original[j]), max(0, len(original[j]) - 200))
        if before is None or before.group("marks") != m.group("marks"):
            continue
        said = re.split(r", | et | à ", m.group("marks"))
        was, now = _quoted_items(original, j + 1), _quoted_items(lines, i + 1)
        if was != said or len(said) != 1 or not now or now == was:  # « des 4° bis et 4° ter » names them: left
            continue
        plural = len(now) > 1
        ending = "s" if plural else ""
        verb = ""
        if m.group("verb"):
            verb = f"{_subject(m.group('verb'), plural)} {m.group('participle')}{ending} "
        marks = now[0] if not plural else f"{now[0]} et {now[1]}" if len(now) == 2 else f"{now[0]} à {now[-1]}"
        how = re.sub(r"rédigés?", "rédigé" + ending, m.group("how"))
        out[i] = f"{line[: m.start()]}{verb}{'des' if plural else 'un'} {marks} {how}{line[m.start('colon') :]}"
    return out


def _quoted_articles(lines: list[str], start: int) -> int | None:
    """How many code articles (alinéas opening « « Art. L. 1. – ») the quotation opening at `start` holds."""
    run = quoted_run(lines, start)
    if run is None:
        return None
    return sum(1 for line in lines[start : start + run] if ARTICLE_HEADING.match(fold(line).lstrip(BLANKS + '«"“')))


def _quoted_phrases(lines: list[str], start: int) -> int | None:
    """How many phrases the quotation of one alinéa opening at `start` holds."""
    return len(phrase_spans(lines[start])) if quoted_run(lines, start) == 1 else None


# an alinéa that ends with the phrases it quotes: « … est complété par une phrase ainsi rédigée : « X. » ; »,
# or, an item's phrases, with the item's « ; » inside the quote: « … : « X ; » », « … : « X ; ». »
ENDS_QUOTING = re.compile(
    r'(?P<quote>")(?P<inner>[^"]*?(?:[.!?]|(?P<semi>[^\S\n]*;)))[^\S\n]*"[^\S\n]*[;.]?[^\S\n]*$'
)  # folded by `quotes_folded`


def quotes_folded(line: str) -> str:
    """The line folded, but for the curly quotes “ ” a quotation holds (« normes “bâtiment basse
    consommation” »), which are not its edges: as apostrophes (same length)."""
    return fold(line.replace("“", "‘").replace("”", "’"))


def ends_quoting_phrases(line: str, lo: int = 0, hi: int | None = None) -> re.Match[str] | None:
    """The quotation ending the alinéa when it is the phrases the alinéa announces just before it (« sont
    ajoutées deux phrases ainsi rédigées : « X. Y ; » »), or None: words quoted otherwise (« les mots :
    « X ; » ») are not phrases the alinéa adds."""
    quoting = ENDS_QUOTING.search(quotes_folded(line), lo, len(line) if hi is None else hi)
    if quoting is None:
        return None
    announced = ANNOUNCES.search(fold(line[: quoting.start("quote")]).rstrip() + " ")
    return quoting if announced is not None and announced.group("noun") == "phrase" else None


def _named_by_rank(said: str) -> bool:
    """Whether an announcement (folded, up to its « : ») names its phrases without a count (« La première phrase
    du troisième alinéa est ainsi rédigée : », « … complétée par la phrase suivante : »): a rank or a place,
    which no number of phrases can be said again in."""
    tail = len(said) - 200 if len(said) > 200 else 0
    counted = ANNOUNCES.search(said, tail)
    return _PHRASE_SAID.search(said, tail) is not None and not (counted and counted.group("noun") == "phrase")


def phrases_miscounted(original: list[str], lines: list[str], origins: list[int | None] | None = None) -> int | None:
    """The line whose quotation of phrases this sitting made hold more or fewer phrases than before while its
    alinéa names them by rank (`_named_by_rank`: « La première phrase … est ainsi rédigée : » then « « X. » »,
    or « … : « X. » » ending the alinéa): that alinéa would rewrite one phrase with two, or with none, and it
    cannot be counted again (counts are, `announcements_recounted`); None when there is none."""
    for i, line in enumerate(lines):
        if "phrase" not in line or opened(line):
            continue
        j = _was(line, i, origins, original)
        if j is None:
            continue
        quoting, was_quoting = ENDS_QUOTING.search(quotes_folded(line)), ENDS_QUOTING.search(quotes_folded(original[j]))
        if quoting is not None and _named_by_rank(fold(line[: quoting.start("quote")]).rstrip() + " "):
            before = original[j][: was_quoting.start("quote")] if was_quoting is not None else ""
            if was_quoting is not None and _named_by_rank(fold(before).rstrip() + " "):
                said, now = phrase_spans(original[j][len(before) :]), phrase_spans(line[quoting.start("quote") :])
                if len(now) != len(said):
                    return i
            continue
        if not line.rstrip().endswith(":") or not _named_by_rank(fold(line)) or not _named_by_rank(fold(original[j])):
            continue
        had, has = _quoted_phrases(original, j + 1), _quoted_phrases(lines, i + 1)
        if had is not None and has is not None and has != had:
            return i + 1
    return None
