"""Operands given bare: words on the instruction's own line (« Remplacer les mots : X par les mots : Y »,
`_inline_bare`), where they end sure or not; a text's alinéas given bare after a colon, up to the next
instruction, their quotations given back their quotes.
"""

from __future__ import annotations

import re

from drafting.domain.amending.lexicon import CLOSE, LONE_PART, MARK, OPEN, VERBS, instructs, quote_depth
from drafting.domain.amending.quoted import INTRODUCES
from drafting.domain.amending.slips import one_edit
from drafting.domain.amending.typography import fold

# Words given bare on the instruction's own line, as some amendments write them: « [place, ]Remplacer les mots
# (le mot) : X par les mots (le mot) : Y », « [place, ]les mots : X sont remplacés par les mots : Y »,
# « [place, ]Supprimer les mots : X », « [place, ]les mots : X sont supprimés » (`_inline_bare`)
_NOUN = r"(?:les\s+mots|le\s+mot)\s*:"
_BARE_ACTIVE = re.compile(rf"(?i)^(?P<head>(?:[^:«»“”\"¤]*?,\s+)?(?P<verb>[^\W\d_]+)\s+{_NOUN})\s+(?P<rest>\S.*)$")
_BARE_PASSIVE = re.compile(rf"(?i)^(?P<head>[^:«»“”\"¤]*?,\s+{_NOUN})\s+(?P<rest>\S.*)$")
_BY = re.compile(rf"(?i)\s(?P<by>(?:(?:sont\s+remplacés|est\s+remplacé)\s+)?par\s+{_NOUN})\s+")
_DELETED = re.compile(r"(?i)\s(?P<by>sont\s+supprimés|est\s+supprimé)\s*\.?$")
# what no words given bare may hold, lest another instruction or operand run in them: a colon, a noun naming
# words, a verb of the forms (or one letter off) after « et », « , », « ; » or « puis », a passive one
_INSTRUCTION_IN = re.compile(
    r"(?i)[:¤]|\b(?:les\s+mots|le\s+mot)\b|\b(?:sont|est)\s+(?:remplacée?s?|supprimée?s?|insérée?s?|ajoutée?s?|"
    r"complétée?s?|rédigée?s?|rétablie?s?)\b"
)
_STOPPED = re.compile(r"(?<!\.)\.$")  # a full stop ending words (not « … »)
_ITEM_END = re.compile(r"\s*;$")  # the « ; » ending an item of the amendment
# an abbreviation's stop (« etc. », « L. », « art. »), which the sentence's final one merges with
ABBREVIATED_END = re.compile(r"(?:^|[\s(])(?:etc|art|al|n°|[A-Za-z])\.$")
_JOINED_WORD = re.compile(r"(?i)(?:\bet|\bpuis|[,;])\s+([^\W\d_]{4,})\b")


def _verb(word: str) -> str:
    """The verb of the forms `word` is, or one letter off exactly one (« Remplacr »), or ""."""
    word = fold(word).lower()
    near = [v for v in VERBS if word == v or one_edit(word, v)]
    return near[0] if len(near) == 1 else ""


# the participle of a passive form after « est » / « sont », one letter off (« le mot : moyen est remplaçé par le
# mot : médian », p101-035): read as the participle, as `forms.verbs_spelt` reads it once operands are quoted
_PASSIVE_SLIP = re.compile(r"(?i)(\b(?:est|sont)\s+)([^\W\d_]{6,})\b")
_PASSIVES = frozenset(p + end for p in ("remplacé", "supprimé") for end in ("", "e", "s", "es"))


def _passive_spelt(para: str) -> str:
    """`para` with a participle of « remplacer » or « supprimer » one letter off, after « est » or « sont »,
    spelt right (the one form it is one letter from; two or none: left as written)."""

    def spelt(m: re.Match[str]) -> str:
        word = m.group(2)
        near = [p for p in _PASSIVES if word.lower() not in _PASSIVES and one_edit(word.lower(), p)]
        return m.group(1) + (near[0] if len(near) == 1 else word)

    return _PASSIVE_SLIP.sub(spelt, para)


def _inline_bare(para: str, following: str) -> tuple[str, list[str] | None, bool] | None:
    """An instruction giving its words bare on its own line (« Remplacer les mots : établir un dialogue par les
    mots : dialoguer », « À l'alinéa 9, les mots : X » sont remplacés par les mots : Y » », « Supprimer les
    mots : , en formation restreinte …, » »): its prose with ``¤?¤`` for each operand, and the operands; the
    operands None when the form is this one but where the words end is not sure. Read only when: the words
    replaced run from the colon to the sentence's only « par les mots : » (« par le mot : »), the new ones to
    the paragraph's end, which ends the sentence (no paragraph in lower case going on with it); no operand
    opens with a quote (then it is quoted, read as such); none holds a colon, a noun naming words, a verb of
    the forms after « et », « , » or « puis », a passive verb of the forms, a straight quote (it opens as well
    as it closes), or guillemets that do not pair, but for one closing quote at its end (a slip, or the end
    of a quotation, which the forms decide). The words replaced may hold « par »: they end at the sentence's
    only « par les mots : ». The sentence's final full stop is the instruction's, not the words': the new words
    lose it unless the words replaced end with one too (« les mots : 2021. par les mots : 2022. »); words
    deleted given last keep it only where the text has them with it (the third item True: the forms decide).
    So is the « ; » ending an item of the amendment (« 1° Au II, remplacer les mots : X par les mots : Y ; »),
    unless the words replaced end with one too.
    A participle one letter off is read as the participle (`_passive_spelt`).
    Otherwise None: not this form."""
    para = _passive_spelt(para)
    active = _BARE_ACTIVE.match(para)
    verb = _verb(active.group("verb")) if active else ""
    if verb in ("remplacer", "supprimer"):
        head, rest = active.group("head"), active.group("rest")  # type: ignore[union-attr]
    elif (passive := _BARE_PASSIVE.match(para)) is not None and not active:
        head, rest = passive.group("head"), passive.group("rest")
        verb = ""
    else:
        return None
    if rest[:1] in OPEN + '"' or "¤" in para:
        return None
    by = list(_BY.finditer(rest))
    deleted = _DELETED.search(rest)
    if verb == "remplacer" or not verb and by and not deleted:
        if len(by) != 1 or verb and by[0].group("by").lower().startswith(("sont", "est")):
            return f"{head} {rest}", None, False
        old, new = rest[: by[0].start()].strip(), rest[by[0].end() :].strip()
        said, words = f"{head} ¤?¤ {by[0].group('by')} ¤?¤", [old, new]
    elif verb == "supprimer" or not verb and deleted and not by:
        if by:
            return f"{head} {rest}", None, False
        old = rest[: deleted.start()].strip() if deleted and not verb else rest.strip()
        said, words = f"{head} ¤?¤" + (f" {deleted.group('by')}" if deleted and not verb else ""), [old]
    else:
        return None
    if words[-1][:1] in OPEN + '"':
        return None  # « par les mots : « Y » »: Y quoted, the words replaced bare: not this form
    stop_off = False
    ends_sentence = not (deleted and not verb)  # the last words run to the sentence's end (not « … sont supprimés. »)
    if ends_sentence and _ITEM_END.search(words[-1]) and not (len(words) == 2 and _ITEM_END.search(words[0])):
        # « 1° Au II, remplacer les mots : X par les mots : Y ; »: the « ; » ends the amendment's item, not the words
        words[-1] = _ITEM_END.sub("", words[-1])
    if ends_sentence and _STOPPED.search(words[-1]) and not ABBREVIATED_END.search(words[-1]):
        # the sentence's final stop: the instruction's, not the words'
        if len(words) == 2 and not _STOPPED.search(words[0]):
            words[-1] = words[-1][:-1].rstrip()
        elif len(words) == 1:
            words[-1], stop_off = words[-1][:-1].rstrip(), True
    following_on = bool(following) and not (following[:1].isupper() or MARK.match(following) or instructs(following))
    unsure = following_on
    for text in words:
        inner = text[:-1] if text[-1:] in CLOSE and quote_depth(text) < 0 else text
        if not inner.strip() or '"' in text or _INSTRUCTION_IN.search(text) or not _pairs(inner):
            unsure = True
        if any(_verb(w) for w in _JOINED_WORD.findall(text)):
            unsure = True
    return (f"{head} {rest}", None, False) if unsure else (said, words, stop_off)


def bare_list(text: str) -> list[str] | None:
    """The items of a list given bare as one operand (« 31 décembre 2020 et 1er janvier 2020 », « A, B et C »,
    the Sénat's « Remplacer respectivement les dates : » with each side in its own paragraph): items set apart
    by commas, the last by the one « et »; None unless that split is the only one: two items or more, one
    « et », no item empty or holding a comma, a quote, a colon, a noun naming words or a verb of the forms
    (`_INSTRUCTION_IN`, `_JOINED_WORD`), and no item twice."""
    text = text.strip()
    if any(c in text for c in OPEN + CLOSE + '"') or _INSTRUCTION_IN.search(text) or text.endswith((",", ";")):
        return None
    if any(_verb(w) for w in _JOINED_WORD.findall(text)):
        return None
    head_last = re.split(r"\s*,?\s+et\s+", text)
    if len(head_last) != 2:
        return None
    items = [*re.split(r"\s*,\s+", head_last[0]), head_last[1]]
    if any(not item or "," in item for item in items) or len(set(items)) != len(items):
        return None
    return items


def _pairs(text: str) -> bool:
    """Whether the guillemets of `text` pair, none closing before it opens."""
    depth = 0
    for c in text:
        depth += 1 if c in OPEN else -1 if c in CLOSE else 0
        if depth < 0:
            return False
    return depth == 0


def _balance(paragraph: str) -> int:
    """The quotes a paragraph opens less those it closes, the one opening it aside (its quotation's)."""
    inner = paragraph[1:] if paragraph[:1] in OPEN else paragraph
    return quote_depth(inner)


def _bare_quotations(body: list[str]) -> list[str]:
    """A text given bare, its quotations too (Senate committee amendments: « Le II de l'article L. 1 est ainsi
    rédigé : », « La langue … », « 1° Par … ; », … « … du diplôme. » »): after an alinéa that introduces a
    quotation, the alinéas up to the one that closes it with a quote none of them opened are that quotation,
    and each opens with its quote, as the text quoted writes them. A quotation never closed, or holding
    another, or closed by two quotes, is left as written: where it ends is not said."""
    out, intro = list(body), None  # the last alinéa introducing a quotation, none of the alinéas after it quoting
    for j, paragraph in enumerate(body):
        introduces = bool(INTRODUCES.search(fold(paragraph).strip()))
        balance = _balance(paragraph) if intro is not None else 0
        if balance:  # the first alinéa after it that opens or closes a quote: it closes the quotation, or not
            closing = re.search(r"([»\u201d])\s*[.,;]?\s*$", paragraph) if balance == -1 and not introduces else None
            if closing and intro is not None:
                opening = {"»": "« ", "\u201d": "\u201c"}[closing.group(1)]
                for k in range(intro + 1, j + 1):
                    if body[k][:1] not in OPEN:
                        out[k] = opening + body[k]
            intro = None
        if introduces:
            intro = j
    return out


def _ends_bare(paragraphs: list[str], k: int, whole: bool) -> bool:
    """Whether paragraph `k` ends a bare text: it instructs, and for a whole article it also bears a part
    mark (« II. – »): a rewritten article may itself open with « Après … » and have items that instruct;
    or it is a part's mark alone before a paragraph that instructs (« II » / « Alinéa 5 »)."""
    paragraph = paragraphs[k]
    if LONE_PART.fullmatch(paragraph) and k + 1 < len(paragraphs) and instructs(paragraphs[k + 1]):
        return True
    if whole:  # the article's own items (« 1° À la seconde phrase, … ») are its text: a part « II. – » ends it
        mark = MARK.match(paragraph)
        return mark is not None and not re.match(r"\d|[a-z]\)|\(", mark.group("mark")) and instructs(paragraph)
    return instructs(paragraph)
