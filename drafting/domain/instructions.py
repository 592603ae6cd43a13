"""Amending instructions in the legislative style, French and English, generated from an amendment's diff.

Alinéas are the lines of an article's text; each change becomes one sentence, several are numbered 1°, 2°…
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafting.domain import textdiff
from drafting.domain.amending import occurrences
from drafting.domain.amendments import Change
from drafting.domain.errors import Conflict, InvalidInput
from drafting.domain.rebase import Edit, edits_of
from drafting.domain.tree import KIND, BillTree, Division, split_alineas

# Below this word similarity an article is better given whole than as a list of changes.
REWRITE_ARTICLE = 0.4
# Above this share of an alinéa changed (of the longer of its two versions), it is given whole.
REWRITE_ALINEA = 0.5
# Replaced alinéas are paired, when fewer or more come back, with those at least this similar.
SAME = 0.5

_ORDINALS_FR = (
    "premier deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième onzième "
    "douzième treizième quatorzième quinzième seizième dix-septième dix-huitième dix-neuvième vingtième"
)
_ORDINALS_EN = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_FR, _EN = _ORDINALS_FR.split(), _ORDINALS_EN.split()
_COUNTS = {2: ("deux", "two"), 3: ("trois", "three"), 4: ("quatre", "four"), 5: ("cinq", "five")}
_TOKEN = re.compile(r"\S+")

Sentence = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Instruction:
    fr: str
    en: str


def ordinal_fr(n: int) -> str:
    """premier, deuxième … vingtième, then 21e."""
    return _FR[n - 1] if n <= len(_FR) else f"{n}e"


def ordinal_en(n: int) -> str:
    if n <= len(_EN):
        return _EN[n - 1]
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _q(text: str) -> Sentence:
    """Quoted: French guillemets with no-break spaces inside, each quoted alinéa opening with «."""
    lines = text.split("\n")
    return "\n".join(f"«\u00a0{x}" for x in lines) + "\u00a0»", "\n".join(f'"{x}' for x in lines) + '"'


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def delete_article_instruction() -> Instruction:
    return Instruction("Cet article est supprimé.", "This article is deleted.")


def insert_article_instruction(
    num: str, text: str, *, after_num: str | None = None, division: Division | None = None
) -> Instruction:
    """Insert an article after article `after_num`, or at the start of `division`, or of the bill."""
    fr, en = "Au début du texte", "At the beginning of the text"
    if after_num is not None:
        fr, en = f"Après l'article {after_num}", f"After article {after_num}"
    elif division is not None:
        feminine = division.kind in KIND and KIND[division.kind].feminine
        of = "de la" if feminine else "du"
        where = f"{division.kind} {division.num}"
        fr, en = f"Au début {of} {where}", f"At the beginning of {where}"
    body = _q(text)
    if num.startswith("additionnel"):  # « additionnel après l'article 3 »: no number given yet, the place says it
        return Instruction(
            f"{fr}, il est inséré un article additionnel ainsi rédigé : {body[0]}",
            f"{en}, the following additional article is inserted: {body[1]}",
        )
    return Instruction(
        f"{fr}, il est inséré un article {num} ainsi rédigé : {body[0]}",
        f"{en}, the following article {num} is inserted: {body[1]}",
    )


def instruction_for(change: Change, tree: BillTree) -> Instruction:
    """The instruction of a change, naming articles and divisions as `tree` (its base version) does."""
    if change.kind != "insert":
        if change.kind == "delete":
            return delete_article_instruction()
        return modify_instruction(change.base_text, change.proposed_text)
    anchor = change.after_eid or change.parent_eid
    node = tree.find(anchor) if anchor else None
    if anchor and node is None:
        raise Conflict(f"{anchor} no longer exists in the current text: article {change.num} has no place")
    if change.after_eid is not None and node is not None:
        return insert_article_instruction(change.num, change.proposed_text, after_num=node.num)
    division = node if isinstance(node, Division) else None
    return insert_article_instruction(change.num, change.proposed_text, division=division)


def modify_instruction(base: str, proposed: str) -> Instruction:
    """The instruction turning the article text `base` into `proposed`."""
    old, new = split_alineas(base), split_alineas(proposed)
    if old == new:
        raise InvalidInput("the amendment does not change the text")
    if not new:
        return delete_article_instruction()
    if not old or textdiff.word_similarity(base, proposed) < REWRITE_ARTICLE:
        return Instruction(*_rewritten(("cet article", "this article"), "\n".join(new)))
    sentences = [s for change in textdiff.align(old, new, alike=SAME) for s in _render(change, old)]
    if len(sentences) == 1:
        return Instruction(*sentences[0])
    return Instruction(
        _numbered([s[0] for s in sentences], "{}°", " ;"), _numbered([s[1] for s in sentences], "({})", ";")
    )


def _numbered(sentences: list[str], mark: str, semicolon: str) -> str:
    """« 1° … ; 2° … . »: every item but the last ends with a semicolon."""
    last = len(sentences)
    items = [
        s[:-1] + semicolon if i < last and s.endswith(".") else s + semicolon * (i < last)
        for i, s in enumerate(sentences, 1)
    ]
    return "\n".join(f"{mark.format(i)} {s}" for i, s in enumerate(items, 1))


def _rewritten(name: Sentence, text: str) -> Sentence:
    body = _q(text)
    return f"{_cap(name[0])} est ainsi rédigé : {body[0]}", f"{_cap(name[1])} is amended to read: {body[1]}"


def _name(index: int, count: int) -> Sentence:
    """The alinéa as a subject: « le deuxième alinéa », « le dernier alinéa »; a lone one is the article."""
    if count == 1:
        return "cet article", "this article"
    if index == count - 1:
        return "le dernier alinéa", "the last paragraph"
    return f"le {ordinal_fr(index + 1)} alinéa", f"the {ordinal_en(index + 1)} paragraph"


def _render(change: textdiff.Alignment, old: tuple[str, ...]) -> list[Sentence]:
    kind, index, lines, n, k = change.op, change.at, change.units, len(old), len(change.units)
    # an insertion is named by the alinéa it comes after
    name, body = _name(index - (kind == "+"), n), _q("\n".join(lines))
    if kind == "-" and k == 1:
        return [(f"{_cap(name[0])} est supprimé.", f"{_cap(name[1])} is deleted.")]
    if kind == "-":
        fr, en = (" et ", " and ") if k == 2 else (" à ", " to ")
        fr = f"Les {ordinal_fr(index + 1)}{fr}{ordinal_fr(index + k)} alinéas sont supprimés."
        return [(fr, f"The {ordinal_en(index + 1)}{en}{ordinal_en(index + k)} paragraphs are deleted.")]
    if kind == "+":
        index -= 1
        count = _COUNTS.get(k, (str(k), str(k)))
        what_fr = "un alinéa ainsi rédigé" if k == 1 else f"{count[0]} alinéas ainsi rédigés"
        what_en = "the following paragraph is" if k == 1 else f"the following {count[1]} paragraphs are"
        if index >= n - 1:
            fr, en = f"Cet article est complété par {what_fr}", f"At the end of this article, {what_en} added"
        else:
            at = ("Avant le premier alinéa", "Before the first paragraph")
            at = at if index < 0 else (f"Après {name[0]}", f"After {name[1]}")
            verb = "il est inséré" if k == 1 else "sont insérés"
            fr, en = f"{at[0]}, {verb} {what_fr}", f"{at[1]}, {what_en} inserted"
        return [(f"{fr} : {body[0]}", f"{en}: {body[1]}")]
    line, edits = old[index], edits_of(old[index], lines[0])
    longer = max(len(line), len(lines[0]))
    if sum(max(e.end - e.start, len(e.replacement)) for e in edits) > REWRITE_ALINEA * longer:
        return [_rewritten(name, lines[0])]
    return _in_turn(name, line, edits)


def _in_turn(name: Sentence, line: str, edits: tuple[Edit, ...]) -> list[Sentence]:
    """One sentence per change, each quoting the alinéa as the changes before it left it: a reader
    applies « 1° … ; 2° … » in turn, so words the first changed are no longer there for the second."""
    sentences, shift = [], 0
    for edit in edits:
        moved = _slid(line, Edit(edit.start + shift, edit.end + shift, edit.replacement))
        sentences.append(_edit_sentence(name, line, moved))
        line = line[: moved.start] + moved.replacement + line[moved.end :]
        shift += len(edit.replacement) - (edit.end - edit.start)
    return sentences


def _slid(line: str, edit: Edit) -> Edit:
    """An insertion moved as far right as the same text allows without cutting a word: « essais
    cliniques. » -> « essais cliniques et non cliniques. » adds « et non cliniques » after
    « cliniques », as drafters write it, not « cliniques et non » after « essais »."""
    if not edit.is_insertion or not edit.replacement:
        return edit
    best, at, text = edit, edit.start, edit.replacement
    while at < len(line) and line[at] == text[0]:
        at, text = at + 1, text[1:] + line[at]
        cuts = (at > 0 and line[at - 1].isalnum() and text[0].isalnum()) or (
            at < len(line) and line[at].isalnum() and text[-1].isalnum()
        )
        # nor a hyphenated word: « prolongation au » of « prolongation au-delà » is half of « au-delà »
        hyphen = 0 < at < len(line) - 1 and line[at] in "-\u2011"
        cuts = cuts or (hyphen and line[at - 1].isalnum() and line[at + 1].isalnum())
        if not cuts:
            best = Edit(at, at, text)
    return best


def _words(text: str) -> tuple[str, str, bool]:
    """« le mot : « X » » or « les mots : « X Y » », in both languages, and whether it is one word."""
    one, (fr, en) = len(text.split()) == 1, _q(text)
    return f"{'le mot' if one else 'les mots'} : {fr}", f"the {'word' if one else 'words'} {en}", one


def _signs(text: str) -> tuple[str, str]:
    """« le signe de ponctuation : « ; » » or « les signes de ponctuation : « ... » », in both languages."""
    one, (fr, en) = len(text.replace(" ", "")) == 1, _q(text)
    fr_noun = "le signe de ponctuation" if one else "les signes de ponctuation"
    return f"{fr_noun} : {fr}", f"the punctuation {'mark' if one else 'marks'} {en}"


def _sign_sentence(name: Sentence, line: str, edit: Edit) -> Sentence | None:
    """A change of punctuation only: at the end of the alinéa, or added after the words before it.
    None otherwise: the sign is then quoted with the word before it (« le mot : « préfet, » »)."""
    gone, came = line[edit.start : edit.end].strip(), edit.replacement.strip()
    whole = name[0] == "cet article"
    within = ("", "") if whole else (f"au {name[0][3:]}, ", f"in {name[1]}, ")
    new_fr, new_en = _signs(came) if came else ("", "")
    if not gone and line[: edit.start].strip() and line[edit.end :].strip():
        after_fr, after_en, _ = _words(_anchor(line, edit.start))
        verb, en_verb = ("est inséré", "is") if new_fr.startswith("le ") else ("sont insérés", "are")
        return (
            _cap(f"{within[0]}après {after_fr}, {verb} {new_fr}."),
            _cap(f"{within[1]}after {after_en}, {new_en} {en_verb} inserted."),
        )
    if not gone or line[edit.end :].strip():
        return None
    at = ("à la fin de cet article, " if whole else f"à la fin du {name[0][3:]}, ", f"at the end of {name[1]}, ")
    old_fr, old_en = _signs(gone)
    one = old_fr.startswith("le ")
    if came:
        fr = f"{old_fr} {'est remplacé' if one else 'sont remplacés'} par {new_fr}."
        en = f"{old_en} {'is' if one else 'are'} replaced by {_q(came)[1]}."
    else:
        fr = f"{old_fr} {'est supprimé' if one else 'sont supprimés'}."
        en = f"{old_en} {'is' if one else 'are'} deleted."
    return _cap(at[0] + fr), _cap(at[1] + en)


def _with_word_before(line: str, edit: Edit) -> Edit:
    """A change of punctuation inside an alinéa, widened to the word before it, so that it is quoted
    as « le mot : « préfet, » », never « le mot : « , » »."""
    words = list(_TOKEN.finditer(line[: edit.start]))
    if not words:
        return edit
    start = words[-1].start()
    return Edit(start, edit.end, line[start : edit.start] + edit.replacement)


def _edit_sentence(name: Sentence, line: str, edit: Edit) -> Sentence:
    """One change inside an alinéa: replaced, deleted or inserted words, quoted so as to be unique;
    punctuation is named as signs (« le signe : « ; » »), never as a word."""
    changed = line[edit.start : edit.end] + edit.replacement
    if changed.strip() and not any(c.isalnum() for c in changed):
        sentence = _sign_sentence(name, line, edit)
        if sentence is not None:
            return sentence
        edit = _with_word_before(line, edit)
    start, end, new = _unique(line, _whole_compounds(line, edit))
    gone, came = line[start:end].strip(), new.strip()
    whole = name[0] == "cet article"
    within = ("", "") if whole else (f"au {name[0][3:]}, ", f"in {name[1]}, ")
    new_fr, new_en, one = _words(came)
    if gone:
        old_fr, old_en, one = _words(gone)
        fr = f"{old_fr} {'est' if one else 'sont'} "
        en = f"{old_en} {'is' if one else 'are'} "
        if came:
            fr += f"{'remplacé' if one else 'remplacés'} par {new_fr}."
            en += f"replaced by {_q(came)[1]}."
        else:
            fr, en = fr + f"{'supprimé' if one else 'supprimés'}.", en + "deleted."
        return _cap(within[0] + fr), _cap(within[1] + en)
    inserted_fr, inserted_en = ("est inséré" if one else "sont insérés"), f"{new_en} {'is' if one else 'are'}"
    if not line[start:].strip():
        return _cap(f"{name[0]} est complété par {new_fr}."), f"At the end of {name[1]}, {inserted_en} added."
    if not line[:start].strip():
        at = (
            f"au début {'de cet article' if whole else 'du ' + name[0][3:]}, ",
            f"at the beginning of {name[1]}, ",
        )
    else:
        after_fr, after_en, _ = _words(_anchor(line, start))
        at = (f"{within[0]}après {after_fr}, ", f"{within[1]}after {after_en}, ")
    return _cap(f"{at[0]}{inserted_fr} {new_fr}."), _cap(f"{at[1]}{inserted_en} inserted.")


def _whole_compounds(line: str, edit: Edit) -> Edit:
    """The edit widened to whole hyphenated words: « Président ou vice » for « Vice » in « Président ou
    vice-président » would quote half of « vice-président », which a reader does not take for words."""
    start, end, new = edit.start, edit.end, edit.replacement
    if start == end:
        return edit
    while start > 1 and line[start - 1] in "-\u2011" and line[start - 2].isalnum() and line[start].isalnum():
        word = re.search(r"\w+$", line[: start - 1])
        lo = word.start() if word else start - 1
        start, new = lo, line[lo:start] + new
    while end + 1 < len(line) and line[end] in "-\u2011" and line[end + 1].isalnum() and line[end - 1].isalnum():
        word = re.match(r"\w+", line[end + 1 :])
        hi = end + 1 + (word.end() if word else 0)
        end, new = hi, new + line[end:hi]
    return Edit(start, end, new)


def _unique(line: str, edit: Edit) -> tuple[int, int, str]:
    """The edit widened by whole words until the passage it changes is found once in the alinéa, as
    drafters quote « les mots : « de six mois » » when « six » alone is ambiguous: by the word before it,
    unless the word after alone makes it so (« 4 » of « 4 000 » is quoted « 4 000 », no number the parser
    finds inside a larger one)."""
    start, end, new = edit.start, edit.end, edit.replacement
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(line)]
    while not (new.strip() if start == end else _found_once(line[start:end].strip(), line)):
        before = [t for t in tokens if t[1] <= start and t[1] < end]
        after = [t for t in tokens if t[0] >= end]
        if after and start < end and _found_once(line[start : after[0][1]].strip(), line):
            end, new = after[0][1], new + line[end : after[0][1]]
        elif before:
            start, new = before[-1][0], line[before[-1][0] : start] + new
        elif after:
            end, new = after[0][1], new + line[end : after[0][1]]
        else:
            break
    return start, end, new


def _found_once(words: str, line: str) -> bool:
    """Whether a reader finds the quoted words once in the alinéa, even inside other words (« de » is in
    « code »), and the parser finds them there (whole words, whole numbers: not « 000 » of « 4 000 »)."""
    return line.count(words) == 1 and occurrences(words, line) == 1


def _anchor(line: str, at: int) -> str:
    """The last words before `at`, as few as the parser finds once in the alinéa (never from inside a number:
    « 000 » of « 4 000 » is found nowhere): up to every word before it (a passage that opens the alinéa is
    found once)."""
    words = list(_TOKEN.finditer(line[:at]))
    # quoted as the text has them, no-break spaces included, so that the quote is found in it
    anchors = (line[words[-k].start() : words[-1].end()] for k in range(1, len(words) + 1))
    last = ""
    for last in anchors:
        if _found_once(last, line):
            return last
    return last
