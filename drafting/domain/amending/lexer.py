"""From an amendment's paragraphs (markup.py cleans them) to sentences of prose whose operands are set apart.

Operands are the texts an instruction quotes: « X » inline, a run of quoted alinéas (each opening with «,
only the last closing: quoted.py), or, as Markdown exports write them, the bare paragraphs after a colon
(bare.py). In a sentence each operand is replaced by the mark ``¤n¤``, so that the grammar reads the prose alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafting.domain.amending.bare import _bare_quotations, _ends_bare, _inline_bare
from drafting.domain.amending.cuts import cut_inside
from drafting.domain.amending.lexicon import LONE_PART, MARK, NAMES_WORDS, OPEN, WORDS_NOUN, instructs
from drafting.domain.amending.markup import clean
from drafting.domain.amending.pages import instructions
from drafting.domain.amending.quoted import (
    _block,
    _goes_on,
    _nested_inline,
    _open_alone,
    _opens,
    _quote,
    _unpaired_amid,
)
from drafting.domain.amending.typography import fold

# The numbers French texts write out (« sont insérés dix-huit alinéas »), up to « vingt »; figures are read
# as such (`number`)
NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
           "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20}  # fmt: skip
# The ordinal words the places count with (`locations.ORD` reads them and their compounds of tens: « vingt
# et unième », « soixante-dix-septième », « trentième »)
UNIT_ORDS = ["deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième"]
TEEN_ORDS = ["dixième", "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième",
             "dix-septième", "dix-huitième", "dix-neuvième"]  # fmt: skip
TENS_ORDS = ["vingtième", "trentième", "quarantième", "cinquantième", "soixantième"]
ORDINAL_WORDS = ["premier", "première", "unième", *UNIT_ORDS, *TEEN_ORDS, *TENS_ORDS, "dernier", "dernière"]
# A number, as a regex alternative: the longest words first (« dix-sept » before « dix »), then figures
COUNT = "|".join(sorted(NUMBERS, key=len, reverse=True)) + r"|\d+"
_COUNTED = re.compile(rf"\b(?<!-)({COUNT}) (?:alinéa|phrase)")

# Bounds on what is read, far above real amendments (16 sentences, 522 characters of prose at most in the
# shared data, operands set apart), so that hostile text costs linear time: every form is matched on each
# sentence's prose, and some forms hold lazy runs that grow with it. The grammar refuses past them
# (`grammar.parse_amendment`); `sentences` stops reading once they are passed, as nothing after is read.
MAX_SENTENCES = 300
MAX_PROSE = 2_000


def number(said: str) -> int:
    """The number a count is written as: a word of `NUMBERS` or figures."""
    return int(said) if said.isdigit() else NUMBERS.get(said, 0)


@dataclass(frozen=True, slots=True)
class Operand:
    paragraphs: tuple[str, ...]
    quoted: bool  # written between quotes, which are not part of it
    # its last quote closed with « ; » after it (« « … – La vaccination … » ; »): no amendment's own quote ends
    # so; it is the quotation's end with its item's « ; », given as the text writes it
    ends_item: bool = False
    # words deleted given bare on the instruction's own line, the sentence's final stop taken off them
    # (« Supprimer les mots : de plein droit. »): the stop is theirs only where the text has them with it
    stop_off: bool = False
    # one alinéa given last in the amendment, opening with « and never closed, holding no other quote (« …
    # ainsi rédigé : » then « « III. – … paragraphe. », nothing after it): its closing quote was left out
    open_end: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass(slots=True)
class Sentence:
    """One instruction's prose, operands as ``¤n¤``; `mark` is its part mark (« II. – », « 2° »)."""

    prose: str
    operands: list[Operand] = field(default_factory=list)
    mark: str = ""
    unclosed: bool = False  # a quote opened inside its prose is never closed: where it ends is a guess
    cut: bool = False  # its text's alinéas show a sentence the HTML cut: where they end is a guess
    unpaired: bool = False  # its one quoted alinéa's guillemets do not pair (one left open): its words are a guess
    # its words given bare on its own line (« Remplacer les mots : X par les mots : Y »), where they end not sure
    bare_unsure: bool = False


def sentences(source: str) -> list[Sentence]:
    """Split the amendment into sentences, each a verb or a location heading (« Alinéa 6 »)."""
    # an amendment pasted whole from the chamber's site: its header and justification are no instructions
    paragraphs = instructions(clean(source))
    out: list[Sentence] = []
    i, alone, kept = 0, "", 0  # `kept`: the sentences before the last one that the grammar reads (not empty)
    while i < len(paragraphs):
        para = paragraphs[i]
        if LONE_PART.fullmatch(para) and i + 1 < len(paragraphs) and instructs(paragraphs[i + 1]):
            alone, i = para, i + 1  # « I » / « Alinéa 4 »: the part mark of the instruction that follows
            continue
        mark = MARK.match(para)
        starts = bool(mark or alone) or not out or para[:1].isupper() and not _continues(out[-1].prose)
        if starts:
            kept += bool(out and (out[-1].prose.strip() or out[-1].operands))
            if kept > MAX_SENTENCES:  # refused for their number (`grammar`): the rest would be read for nothing
                break
            out.append(Sentence("", [], mark.group("mark") if mark else alone))
            if mark:
                para = para[mark.end() :]
        alone = ""
        i = _read(paragraphs, i, para, out[-1])
        if len(out[-1].prose) > MAX_PROSE and len(_as_read(out[-1].prose)) > MAX_PROSE:
            # refused for its length (`grammar`), and it only grows: reading on would cost the square of it
            break
    for sentence in out:
        sentence.cut = any(cut_inside(operand.paragraphs) for operand in sentence.operands)
        sentence.prose = _as_read(sentence.prose)
    return [s for s in out if s.prose.strip() or s.operands]


def _as_read(prose: str) -> str:
    """A sentence's prose as the grammar reads it: its words typed unaccented accented, « alinéa 1er » as
    « alinéa 1 » (`_said_as_read`). Never longer than `prose`."""
    return _said_as_read(_UNACCENTED.sub(_accented, prose))


# The words naming places typed without their accents (« Alinea 4 », « A l'alinea 1 », « apres », « douzieme »),
# as a keyboard without them writes: the prose only, its operands set apart (``¤n¤``) are matched as written.
# The ordinals are every one the places read accented (`ORDINAL_WORDS`, each word of a compound on its own:
# « vingt et unieme », « soixante-dix-septieme »), their « è » typed « e »
_PLAIN_ORDS = {word.replace("è", "e"): word for word in ORDINAL_WORDS if "è" in word}
_UNACCENTED = re.compile(
    r"\b(?:(?P<alinea>[Aa])linea(?P<s>s?)|(?P<apres>[Aa])pres|(?P<ord>"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(_PLAIN_ORDS, key=len, reverse=True))
    + r")(?P<os>s?))\b|^(?P<a>A)(?= l['’]alin[ée]a| la (?:premi|derni|deuxi))"
)


def _accented(match: re.Match[str]) -> str:
    if match.group("alinea"):
        return match.group("alinea") + "linéa" + match.group("s")
    if match.group("apres"):
        return match.group("apres") + "près"
    if match.group("ord"):
        said = match.group("ord")
        return said[0] + _PLAIN_ORDS[said.lower()][1:] + match.group("os")
    return "À"


# « alinéa 1er » is alinéa 1, as « article 1er » is article 1: in a number or a list of numbers after « alinéa(s) »
# (« À l'alinéa 1er », « aux alinéas 1er et 3 », « des alinéas 1er à 4 »)
_ALINEA_NUMBERS = re.compile(r"(?<![-\w])([Aa]linéas? )(\d+(?:er)?(?:(?:,| et| à|, et| ou) \d+(?:er)?)*)\b(?![°\w-])")
# « Réécrire l'alinéa 2 comme suit », « Réécrire ainsi la fin de cette phrase »: a citizen's « Rédiger »
_REWRITE = re.compile(r"\b([Rr])[ée][ée]crire\b")
# « Il est proposé de réécrire l'alinéa 3 comme suit », « Nous proposons de supprimer … »: a citizen's proposal
# opening the sentence before an instruction's infinitive is that instruction (p143-020); so the sitting record's
# retelling of an amendment (« Par amendement n° 1, M. Cabanel, au nom de la commission, propose de rédiger
# ainsi … », « Par amendement n° 3 rectifié, MM. X et Y proposent d'insérer … », p53-001)
_RETOLD = (
    r"Par amendement n[°o] ?[A-Z]{0,4}-?\d+(?: rect(?:ifié|\.)?(?: bis| ter)?)?\s*,\s+"
    r"(?:MM?\.|Mmes?|Mlles?|Le Gouvernement)[^:;«»\"“”¤]{0,200}?\bpropose(?:nt)?"
)
_PROPOSED = re.compile(
    rf"^(?:[Ii]l est proposé|[Nn]ous proposons|[Jj]e propose|{_RETOLD}) "
    r"(?:d(?:e |['’])|de, (?=[^,;:«»\"“”¤]{1,80}, ))"
    r"(?=(?:[^,;:«»\"“”¤]{1,80}, )?(?:rédiger|r[ée][ée]crire|supprimer|compléter|remplacer|insérer|substituer|"
    r"ajouter|rétablir)\b)"
)

# « Par amendement n° 12, Mme Martin, au nom de …, propose, à l'alinéa 6, de supprimer … » (p149-085): the place
# said between commas after « propose », before the infinitive, opens the instruction (« À l'alinéa 6, supprimer »)
_PROPOSED_AT = re.compile(
    rf"^{_RETOLD}\s*,\s+(?P<place>(?:[àÀ] |au |aux |après |avant |dans )[^;«»\"“”]{{1,120}}?)\s*,\s+"
    r"d(?:e |['’])(?=(?:rédiger|r[ée][ée]crire|supprimer|compléter|remplacer|insérer|substituer|ajouter|rétablir)\b)"
)


# « supprimer les mots « X » la première fois qu'ils apparaissent » (« remplacer le mot : X, la dernière fois qu'il
# figure, par … », p144-038): the occurrence said after the words, as « la première occurrence des mots : X »
_TIME_IT_APPEARS = re.compile(
    r"\b(?P<verb>[Ss]upprimer|[Rr]emplacer) (?P<noun>les mots|le mot)\s*:?\s*(?P<words>¤\d+¤)\s*,?\s*"
    r"la (?P<ord>première|deuxième|seconde|troisième|dernière) fois qu['’](?:ils?|elles?) "
    r"(?:apparaissent|apparaît|apparait|figurent|figure)\b"
    # the place said with it (« la première fois qu'il apparaît à l'alinéa 6, par … », p149-114)
    r"(?P<place> (?:à l['’]|au |aux |dans (?:l['’]|le |la |les ))[^,;:«»\"“”¤]{1,60}?(?=\s*,))?\s*,?\s*"
)


def _occurrence_said(m: re.Match[str]) -> str:
    noun = "des mots" if m.group("noun") == "les mots" else "du mot"
    said = f"{m.group('verb')} la {m.group('ord')} occurrence {noun} : {m.group('words')}"
    said += " " if m.group(0)[-1:].isspace() or m.group(0).endswith(",") else ""  # « … ¤1¤ par », not « ¤1¤par »
    place = (m.group("place") or "").strip()
    if not place:
        return said
    # the place before the instruction it holds, as the forms read it: « À l'alinéa 6, remplacer … »
    head = place[:1].upper() + place[1:] if m.group("verb")[:1].isupper() else place
    return f"{head}, {said[:1].lower()}{said[1:]}"


def _said_as_read(prose: str) -> str:
    """The prose with « alinéa 1er » as « alinéa 1 » and « réécrire » as « rédiger », as the forms read them, and
    « Il est proposé de » / « Nous proposons de » before an instruction's infinitive left out; an occurrence
    said after the words (« la première fois qu'ils apparaissent ») said before them, as the forms read it."""
    prose = _TIME_IT_APPEARS.sub(_occurrence_said, prose)
    at = _PROPOSED_AT.match(prose)
    if at is not None:  # « Par amendement n° 12, …, propose, à l'alinéa 6, de supprimer »: « À l'alinéa 6, supprimer »
        place = at.group("place")
        prose = f"{place[:1].upper()}{place[1:]}, {prose[at.end() :]}"
    proposed = None if at is not None else _PROPOSED.match(prose)
    if proposed is not None:  # « Il est proposé de, à l'alinéa 12, remplacer »: « À l'alinéa 12, remplacer »
        prose = prose[proposed.end() :]
        prose = prose[:1].upper() + prose[1:] if proposed.group(0).endswith(", ") else prose
    prose = _ALINEA_NUMBERS.sub(lambda m: m.group(1) + re.sub(r"\b1er\b", "1", m.group(2)), prose)
    return _REWRITE.sub(lambda m: m.group(1) + "édiger", prose)


# « Rédiger ainsi cet article », « … insérer un alinéa rédigé comme suit » with the colon left out: the text follows.
# `_awaits` asks it of each paragraph's sentence as it grows: its prose's end is read (`_AWAITS_END`, `_TAIL`
# characters), and its start (`_AWAITS_START`) only when the words after it hold no stop, colon or operand
_AWAITS_START = re.compile(r"(?:rédiger|r[ée][ée]crire) (?:ainsi|comme suit) ")
_AWAITS_END = re.compile(r"(?:ainsi rédigée?s?|rédigée?s? comme suit|suivante?s?)$")
_TAIL = 64  # characters: more than any end the sentences are asked for (`_AWAITS_END`, `NAMES_WORDS`) and one


# « Alinéas 11 à 15 : » heading the instruction that follows it, not quoting it
_HEADING = re.compile(r"(?i)^alinéas?\s+\d[\d\s,]*(?:(?:à|et)\s+\d+\s*)?:$")


# What a sentence that quotes after its colon names: words, a text « ainsi rédigé », a verb's object
_QUOTES = re.compile(
    r"\b(?:remplacer|substituer|insérer|ajouter|compléter|rédiger|r[ée][ée]crire|rédigée?s?|supprimer|rétablir|par|"
    r"suivante?s?|insérée?s?|ajoutée?s?|remplacée?s?)\b"
)


# « … est ainsi modifié : », « Modifier ainsi l'alinéa 3 : », its words up to the colon (the prose is one line:
# whether it ends with that colon is asked once, not after each « modifier » again)
_MODIFIED = re.compile(r"\best ainsi modifiée?s?\s*:$")
_MODIFY = re.compile(r"\bmodifier (?:ainsi|comme suit) ")


def _heading(prose: str) -> bool:
    """Whether a sentence ending with a colon heads the instructions that follow rather than quoting:
    « Alinéas 11 à 15 : », « Alinéa 4, deux premières phrases : », « En conséquence, au premier alinéa : »,
    « L'alinéa 3 est ainsi modifié : ». It names no words and no verb that takes a text."""
    head = fold(prose).lower()
    modify = head.endswith(":") and _MODIFY.search(head, 0, len(head) - 1)
    if _HEADING.match(fold(prose)) or _MODIFIED.search(head) or modify:
        return True
    return not WORDS_NOUN.search(head) and not _QUOTES.search(head) and "¤" not in head


def _awaits(prose: str) -> bool:
    """Whether the sentence awaits a text after it, the colon left out (« Rédiger ainsi cet article »). Asked
    of every paragraph's sentence as it grows, it reads a few characters at each end of it (folded, each
    character is one), and the words between only after « Rédiger ainsi », looking for a stop in them."""
    head, end = fold(prose[:_TAIL]), fold(prose[-_TAIL:])
    if not head.strip() or not end.strip():  # blanks alone at an end (never, the prose being stripped): all of it
        head = end = fold(prose)
    if _AWAITS_END.search(end.strip().lower()):
        return True
    start = _AWAITS_START.match(head.lstrip().lower())
    if start is None:
        return False
    rest = prose[len(head) - len(head.lstrip()) + start.end() :]  # « … » folds to « . »
    return not any(c in rest for c in ".;:¤…") and bool(fold(rest).strip())


def _continues(prose: str) -> bool:
    """Whether a sentence awaits its end: it stops on a colon or a comma, or on the words that an
    « Après les mots : X » or a « Remplacer les mots : X » must follow with what to do."""
    tail = prose.rstrip()
    if tail.endswith((":", ",")) or _awaits(tail):
        return True
    if not tail.endswith("¤") or tail.count("¤") != 2:  # one operand, ending it
        return False
    # « Après les mots : X », « En conséquence, au premier alinéa : Remplacer le mot : X »
    awaiting = re.search(r"(?i)(?:^|[,:] )(?:après|avant|remplacer|substituer)\b[^¤]*¤\d+¤$", fold(tail))
    return bool(awaiting)


def _read(paragraphs: list[str], i: int, para: str, sentence: Sentence) -> int:
    """Add paragraph `i` (its text `para`) to `sentence` with the operands it quotes, reading on into
    the next paragraphs for quotes left open or bare operands after a colon. Returns the next index."""
    prose, j = [], 0
    # the place alone on its paragraph, the instruction in the next (« <p>Au II,</p><p>remplacer les mots : … »)
    placed = para[:1].islower() and sentence.prose.endswith(",") and "¤" not in sentence.prose
    if not sentence.prose or sentence.prose.endswith(":") and _heading(sentence.prose) or placed:
        bare = _inline_bare(para, paragraphs[i + 1] if i + 1 < len(paragraphs) else "")
        if bare is not None:
            said, words, stop_off = bare
            sentence.prose = f"{sentence.prose} {said}".strip()
            sentence.bare_unsure = words is None
            for text in words or ():
                sentence.operands.append(Operand((text,), False, stop_off=stop_off and len(words or ()) == 1))
                sentence.prose = sentence.prose.replace("¤?¤", f"¤{len(sentence.operands) - 1}¤", 1)
            return i + 1
    awaited = sentence.prose.endswith(":") or _awaits(sentence.prose)
    if para[:1] in OPEN + '"' and awaited and not _goes_on(paragraphs, i, para):
        start = i
        i, body = _block(paragraphs, i)
        sentence.unpaired |= i == start + 1 and _unpaired_amid(paragraphs[start])
        # the quote and « ; » ending the last alinéa were taken for the amendment's own
        ends_item = bool(re.search(r"[»\u201d]\s*;$", paragraphs[i - 1])) and not body[-1].endswith(";")
        open_end = i == start + 1 == len(paragraphs) and _open_alone(paragraphs[start])
        sentence.operands.append(Operand(tuple(body), True, ends_item, open_end=open_end))
        sentence.prose = f"{sentence.prose} ¤{len(sentence.operands) - 1}¤"
        return i
    while j < len(para):
        c = para[j]
        if c in OPEN or c == '"' and _opens(para, j):
            inline = j > 0
            opening = c
            body, i, para, j = _quote(paragraphs, i, para, j)
            sentence.unclosed |= inline and not para
            if opening == "«" and para:
                body = _nested_inline(body)
            sentence.operands.append(Operand(tuple(body), True))
            prose.append(f" ¤{len(sentence.operands) - 1}¤ ")
            continue
        prose.append(c)
        j += 1
    text = re.sub(r"\s+", " ", "".join(prose)).strip()
    sentence.prose = f"{sentence.prose} {text}".strip()
    i += 1
    # « par le mot » / « , cinq », « supprimer le signe » / « , »: words named, the colon left out
    named = i < len(paragraphs) and NAMES_WORDS.search(fold(sentence.prose[-_TAIL:])) and not instructs(paragraphs[i])
    if (
        not (sentence.prose.endswith(":") or _awaits(sentence.prose) or named)
        or i >= len(paragraphs)
        or paragraphs[i][:1] in OPEN + '"'
        or _heading(sentence.prose)
        and instructs(paragraphs[i])
    ):
        return i
    return _bare(paragraphs, i, sentence)


def _bare(paragraphs: list[str], i: int, sentence: Sentence) -> int:
    """Unquoted operands after a colon: one paragraph of words, or the alinéas of a text up to the next
    instruction (as many as the sentence counts, when it does)."""
    head = fold(sentence.prose).lower()
    if WORDS_NOUN.search(head):
        body = [paragraphs[i]]
    else:
        counted = _COUNTED.findall(head)
        wanted = number(counted[-1]) if counted and "phrase" not in head[-30:] else 0
        if counted and counted[-1].isdigit():
            wanted = int(counted[-1])
        whole = "cet article" in head[-40:]
        k = i + 1
        while k < len(paragraphs) and (k - i < wanted if wanted else not _ends_bare(paragraphs, k, whole)):
            k += 1
        body = _bare_quotations(paragraphs[i:k])
    sentence.operands.append(Operand(tuple(body), False))
    sentence.prose = f"{sentence.prose} ¤{len(sentence.operands) - 1}¤"
    return i + len(body)
