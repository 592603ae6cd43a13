# ruff: noqa: E501  (patterns of joined clauses read best one a line)
"""Reading an amendment's sentences: `parse_amendment` cuts the text into sentences (lexer.py), follows
its parts (« I. – », « 1° ») and the place each names for those after it (« cet alinéa »), splits a
sentence into the instructions it joins with « et » (joins.py), reads « procéder à la même insertion » and
« respectivement », and matches each instruction against the table of forms (forms.py), the rest of it
read as its place (locations.py).

A sentence that no form matches, or whose location has words `LOCATIONS` does not know, is refused:
nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafting.domain.amending.divisions import follows
from drafting.domain.amending.edits import EVERY, AmendingError, Edit, Place
from drafting.domain.amending.forms import COMPILED_FORMS, WN, C, Q, Reading, phrase_before_kept, verbs_spelt
from drafting.domain.amending.joins import (
    ANCHOR_FIRST,
    JOINED,
    bare_after_division,
    bare_division_joined,
    joined_places,
    joined_subjects,
    listed_divisions,
    of_each,
    shared,
    split_clauses,
    whole_division,
)
from drafting.domain.amending.lexer import Sentence, sentences
from drafting.domain.amending.locations import ORD, location, ordinal
from drafting.domain.amending.typography import fold

# « … par le mot : « Y » puis supprimer les mots : « Z » » (« … « Y » ; supprimer … »): words quoted end an
# instruction, and « puis » or « ; » right before a verb opening the next, or before the anchor clause the verb
# follows (« … puis, après le mot : « Z », insérer … »), join the two as « et » does; a place of another kind
# between them (« puis, au III, insérer … »: whose place the rest of the sentence is) is not read so
_THEN = re.compile(
    rf"(?<=¤)\s*,?\s*(?:puis|;)\s*,?\s+(?=(?:{ANCHOR_FIRST})?(?:remplacer|substituer|supprimer|insérer|ajouter|compléter|rédiger|rétablir)\b)"
)
# « … par le mot : « Y » ; les mots : « Z » sont supprimés » (« puis les mots : … sont remplacés par … »): a
# passive instruction of words ending the sentence, after words quoted, joined as its active form is
_THEN_DELETED = re.compile(rf"(?<=¤)\s*,?\s*(?:puis|;)\s+({WN}{C}¤\d+¤)\s*,?\s*(?:est|sont) supprimée?s?$")
_THEN_REPLACED = re.compile(
    rf"(?<=¤)\s*,?\s*(?:puis|;)\s+({WN}{C}¤\d+¤)\s*,?\s*(?:est|sont) remplacée?s? par ({WN}{C}¤\d+¤)$"
)
_REPEAT = re.compile(
    r"procéder (?:à|aux|au) (?:la |les )?mêmes? (?P<noun>suppressions?|substitutions?|insertions?|modifications?|remplacements?)"
)
# The edits a repeat names by its noun, when the part it repeats makes others too (« modification »: all)
_REPEATED_KINDS = {"suppr": ("delete",), "subst": ("replace", "rewrite"), "rempl": ("replace", "rewrite"),
                   "inser": ("insert", "append")}  # fmt: skip


def _mark_kind(mark: str, seen: dict[str, str]) -> str:
    """« II. – » roman, « B. – » a capital, « 3° » a number, « b) » a letter, « (2) » other. A single V, X, L or
    C is a capital after the capital before it (« B. – » then « C. – »), otherwise roman when roman marks
    came before it."""
    roman = re.match(r"([IVXLC]+)\b", mark)
    if roman and len(roman.group(1)) == 1 and roman.group(1) != "I":
        before = seen.get("capital", "")[:1]
        if "roman" not in seen or before and ord(before) + 1 == ord(mark[0]):
            return "capital"
        return "roman"
    if roman:
        return "roman"
    return "capital" if mark[:1].isupper() else "number" if "°" in mark else "letter" if mark[:1].isalpha() else "other"


# « I°.- », « I °.- », « I°- », « I° »: a roman number with a degree sign (a space before it or not), then the
# dot and dash of a paragraph's mark (its dot may be left out) or nothing (an item is numbered in figures, « 1° »,
# and takes no dash): the part « I.- », the degree sign a slip; no instruction's prose opens with a roman number
# and a degree sign
_SLIPPED_MARK = re.compile(r"([IVX]+) ?°(?:\s*(\.?\s*[-–—])\s*|\s+)")
# « III, premier alinéa : »: a heading opening with a paragraph's mark, then a comma and an alinéa or a phrase named
# by ordinals in words, names it in that paragraph as « Au III, premier alinéa : » does (p76-051); no part's mark
# takes a comma (« III. – »), and an alinéa in figures (« III, alinéa 11 »: whose count?) is not read so
_HEADING_PARAGRAPH = re.compile(
    rf"^([ivx]+(?: (?:bis|ter|quater))?), (?=(?:à la |la |au |le |l')?(?:{ORD}) (?:alinéa|phrase)\b[^¤:]*:)"
)
# « les mots : « X » » »: a closing quote after the words quoted, never opened (the quotes read, it stays in the
# prose): whether the words end with a quote of their own is not said (p76-034)
_STRAY_CLOSING = re.compile(r"¤\d+¤\s*[»”]")
# « 1°.- »: an item in figures given the dot and dash of a paragraph's mark, read as the item « 1° »
_ITEM_DASH = re.compile(r"\.?\s*[-–—]\s*")
# « i bis », « v ter » written in small letters: a lettered item (« I bis », in capitals, is a paragraph)
_SMALL_ITEM = re.compile(r"(?<![\w'’])([ivx] (?:bis|ter|quater|quinquies|sexies))(?![\w')’])")
# « (…) », « […] », « (...) » in a text given: words left out
_LEFT_OUT = re.compile(r"[(\[]\s*(?:…|\.{3})\s*[)\]]")
# « … un rapport sur… »: dots glued to the last word of any other text given (a new start's, « X Y Z… », are
# read by forms.py): it is cut short
_CUT_SHORT = re.compile(r"(?<=\w)(?:\.{3,}|…)\s*[»\"”]?\s*$")


# Bounds on what is read, far above real amendments (16 sentences, 522 characters of prose at most in the
# shared data, operands set apart), so that hostile text costs linear time: every form is matched on each
# sentence's prose, and some forms hold lazy runs that grow with it.
MAX_SENTENCES = 300
MAX_PROSE = 2_000


def parse_amendment(numero: str, text: str) -> tuple[list[Edit], str | None]:
    """The edits an amendment's instructions make, and the number of the amendment it amends when it is a
    sub-amendment (« Alinéa 3 de l'amendement n° 426 »), whose alinéas are then those of that amendment."""
    context = Place()
    edits: list[Edit] = []
    parent = None
    last: list[Edit] = []  # what « procéder à la même … » repeats: the previous sentence's edits, or part's
    opened: dict[int, int] = {}  # for each level of part marks (« I. – », « 1° »), where its current part began
    kinds: dict[str, str] = {}  # the kinds of marks, outermost first as they first appear, and the last of each
    # the division named whole by the instruction before (« Au III, … »), which a « cet alinéa » after it names
    whole: Place | None = None
    heading: Place | None = None  # the place a sentence naming only a place set, until the instruction after it
    read = sentences(text)
    if len(read) > MAX_SENTENCES:  # real amendments have a few dozen at most; each is matched against every form
        raise AmendingError(
            numero, "", f"it has {len(read)} sentences of instructions; at most {MAX_SENTENCES} are read"
        )
    for sentence in read:
        if len(sentence.prose) > MAX_PROSE:  # the forms are matched on the prose: bounded, they stay fast
            reason = f"a sentence of {len(sentence.prose)} characters is not an instruction (at most {MAX_PROSE})"
            raise AmendingError(numero, sentence.prose[:80] + "…", reason)
        if sentence.unclosed:
            raise AmendingError(numero, sentence.prose, "a quotation opened in it is never closed")
        if sentence.unpaired:
            raise AmendingError(numero, sentence.prose, "its text's guillemets do not pair: which words it quotes is not said")
        if sentence.bare_unsure:
            reason = "its words are given bare on its own line, and where they end is not sure"
            raise AmendingError(numero, sentence.prose, reason)
        if _STRAY_CLOSING.search(sentence.prose):  # « insérer les mots : « X » » »: is X's end that quote?
            raise AmendingError(numero, sentence.prose, "a quote closes after the words it quotes that none opens")
        if sentence.cut:
            raise AmendingError(
                numero, sentence.prose, "its text is cut in the middle of a sentence: where its alinéas end is a guess"
            )
        slipped = None if sentence.mark else _SLIPPED_MARK.match(sentence.prose)
        if slipped:  # « I°.- A la première phrase, … », « I° À l'alinéa 11 »: the part « I.- »
            dash = slipped.group(2) or ".-"  # « I°- », its dot left out: « I.- » as « I°.- » is
            mark = slipped.group(1) + (dash if dash.startswith(".") else "." + dash)
            sentence = replace(sentence, mark=mark, prose=sentence.prose[slipped.end() :])
        dashed = _ITEM_DASH.match(sentence.prose) if sentence.mark.rstrip().endswith("°") else None
        if dashed:  # « 1°.- Supprimer l'alinéa 5 »: the item « 1° »
            sentence = replace(sentence, prose=sentence.prose[dashed.end() :])
        fresh = False  # a part of the outermost level begins (« II. – »)
        if sentence.mark:  # a part begins: the one it closes, at its level, is the previous part, all of it
            kind = _mark_kind(sentence.mark, kinds)
            kinds[kind] = sentence.mark
            level = list(kinds).index(kind)
            closed = [e for e in edits[opened.get(level, len(edits)) :] if not e.repeated]
            last = closed or last
            opened = {n: at for n, at in opened.items() if n < level} | {level: len(edits)}
            fresh = level == 0
            if fresh and context.alineas is not None:  # the alinéas an earlier part named (p70-072, p75-045)
                context = replace(context, earlier=True)
        # « le i bis du 2° » (small letters): an item lettered « i », given its « ) » before the case is lost,
        # so that « Au I bis, … » (capitals) stays the paragraph « I bis » once lowered
        prose = _SMALL_ITEM.sub(r"\1)", fold(sentence.prose)).lower().strip().rstrip(".;, ")
        prose = re.sub(r"\boccurence", "occurrence", prose)  # as amendments often spell it
        prose = _HEADING_PARAGRAPH.sub(r"au \1, ", prose)  # « III, premier alinéa : » is « Au III, premier alinéa : »
        prose = verbs_spelt(prose)  # « Suprimer ces alinéas »: a verb one letter off, spelt right
        prose = _THEN.sub(" et ", prose)  # « … par le mot : « Y » puis supprimer … »: two instructions, as « et » joins them
        prose = _THEN_DELETED.sub(r" et supprimer \1", prose)  # « … ; les mots : « Z » sont supprimés »
        prose = _THEN_REPLACED.sub(r" et remplacer \1 par \2", prose)
        # « Pour compenser la perte de recettes résultant du I, compléter cet article par … » (the « gage »):
        # why, not where
        prose = re.sub(r"^pour compenser (?:la|les) (?:pertes?|charges?|diminutions?) de [^,¤]*,\s*", "", prose)
        # « del'alinéa 9 », « Avantl'alinéa 1 »: a space lost
        prose = re.sub(r"\b(de|à|avant|après)l'(?=alinéa|article)", r"\1 l'", prose)
        # « Alinéa 3 de l'amendement n° 426 », « Amendement n° 89 rectifié, alinéa 3 »
        # « Sous-amendement n° 12 à l'amendement n° 7 »: the amendment it amends is the one after « à »
        prose = re.sub(r"^sous-amendement(?: n° ?\w[\w-]*)?\s*(?=(?:à|de) l'amendement n°)", "", prose)
        sub = re.search(
            r"(?:\s*,?\s*(?:de|du|à|dans) l'|^(?:sous-)?)amendement n° ?(\w[\w-]*)(?: (?:rectifié|rect\.?)(?: bis| ter)?)?", prose
        )
        if sub:
            if parent not in (None, sub.group(1)):
                raise AmendingError(numero, sentence.prose, "it amends two amendments")
            parent, prose = sub.group(1), prose[: sub.start()] + prose[sub.end() :]
        # « par les mots et une phrase ainsi rédigés : X »: the words are the text, phrase or not
        prose = re.sub(rf"\b({WN}) et (?:une|deux|trois) phrases? ainsi rédigée?s?", r"\1", prose)
        repeat = _REPEAT.search(prose)
        if repeat:
            if not last:
                raise AmendingError(numero, sentence.prose, "it repeats a change that no earlier part makes")
            # « la même suppression » after a part that also replaces: its deletions
            wanted = _REPEATED_KINDS.get(repeat.group("noun")[:5], ("",))  # « modification »: any
            same = [e for e in last if e.kind.startswith(wanted)]
            if not same:  # « la même suppression » after a part that deletes nothing: which change is meant?
                reason = f"it repeats a {repeat.group('noun')} that the part before does not make"
                raise AmendingError(numero, sentence.prose, reason)
            edits += _repeat(numero, sentence, _REPEAT.sub(" ", prose), context, same)
            continue
        said: list[Edit] = []
        paired = _respectively(numero, sentence, prose, context)
        if paired is not None:
            last = said = [r for e in paired for r in (e.readings[0] if e.readings else (e,))]  # repeated as read first
            edits += paired
            named = next((e.place for e in paired if e.place.alineas), None)
            if named is not None:
                context, whole = _context_of(named, context), None
            context = _divided(context, paired)
            continue
        start = len(edits)
        # « À l'alinéa 2, … insérer les mots : « X ». Il est ajouté un paragraphe ainsi rédigé : « III. – … » »
        # in one paragraph: a second sentence only adding a paragraph, read apart (below)
        added = _PARAGRAPH_ADDED.match(prose)
        # « Le b) est ainsi rédigé : « … ». Il est ajouté un alinéa ainsi rédigé : « b bis) … » »: read apart too,
        # the item put after the division just named, when its mark is the next after that one's (p55-070)
        item_added = None if added else _ITEM_ADDED.match(prose)
        added = added or item_added
        clauses = list(enumerate(split_clauses(added.group(1) if added else prose)))
        if added:
            clauses.append((len(clauses), added.group(2)))
        for i, clause in clauses:
            # « I. – À l'alinéa 2, … II. – Il est ajouté un paragraphe ainsi rédigé : « III. – … » »: a new part
            # of the outermost level adding alinéas with no place named does not inherit the place of the part
            # before: at the article's end, as « Il est ajouté » alone says; nor does a sentence of its own adding
            # a paragraph (a division of the article's first level: at its end, p58-060), unless the sentence
            # before named a code article quoted or a division, whose paragraph it may be
            bare = bool(fresh and not i and _ADDED_BARE.match(clause))
            numbered_next = False  # the paragraph's own mark must then say whose it is (checked when put)
            if item_added and i == len(clauses) - 1:
                found = _form(numero, sentence, clause, Place())
                if found is None:
                    raise AmendingError(numero, sentence.prose, "this form of instruction is not known")
                found = _after_named(numero, sentence.prose, found, edits[start:])
                said += found
                last = said
                edits += found
                continue
            if added and i == len(clauses) - 1:
                numbered_next = bool(
                    context.within or context.path or any(e.place.within or e.place.path for e in edits[start:])
                )
                bare = True
            at = Place() if bare else context
            if whole is not None and _THIS_ALINEA.search(clause):  # « Au III, … » then « Compléter cet alinéa »
                at = whole
            found = _form(numero, sentence, clause, at)
            if found is not None and numbered_next:
                found = [replace(e, place=replace(e.place, numbered_next=True)) for e in found]
            if found is None:
                if i:
                    raise AmendingError(numero, sentence.prose, "this form of instruction is not known")
                if not edits and _LABEL.match(clause):  # « Amendement de coordination. » above the instructions
                    continue
                if _GAGE.match(clause):  # « II. – La perte de recettes … est compensée … », no verb of amending
                    reason = "it states no instruction: it says how a loss of revenue is made up, not what the article becomes"
                    raise AmendingError(numero, sentence.prose, reason)
                context, whole = replace(location(numero, sentence.prose, clause, context), divided=context.divided), None
                heading = context
                continue
            if heading is not None:
                _heading_agrees(numero, sentence.prose, heading, found)
                heading = None
            said += found
            last = said  # « Remplacer X par Y et Z par W », then « procéder aux mêmes remplacements »: both
            edits += found
            named = next((e.place for e in found if e.place.alineas), None)
            if named is not None:
                context, whole = _context_of(named, context), None
            else:  # only « cet alinéa » reads it: a sentence naming no place keeps the place it had (p65-018)
                named_whole = {e.place.path for e in found if whole_division(e.place) and not e.place.under}
                whole = Place(path=named_whole.pop()) if len(named_whole) == 1 else None  # « Au III et au V »: which?
                # « I. – À l'article L. 314-31 du code …, … II. – Au second alinéa du même article »: a code article
                # (or text proposed) named whole is the one « le même article » after it repeats (p90-014)
                code = {(e.place.within, e.place.resulting, e.place.held, e.place.proposed) for e in found}
                if len(code) == 1 and (one := found[0].place).within and not one.path and one.after is None:
                    context = _context_of(Place(within=one.within, resulting=one.resulting, held=one.held, proposed=one.proposed), context)
            context = _divided(context, found)
        edits[start:] = _occurrences_first(edits[start:])
    if not edits:
        raise AmendingError(numero, "", "no instruction found in it")
    for edit in (r for e in edits for r in (e, *(x for reading in e.readings for x in reading))):
        if any(_LEFT_OUT.search(t) for t in edit.new):
            # « Rédiger ainsi le début de cet alinéa : Les contrôles sont menés (…) de façon aléatoire… »: a text
            # given with words left out, which it does not give (a number left blank, « n° … du … », is read)
            raise AmendingError(numero, edit.part, "its text holds « (…) », words left out that it does not give")
        if edit.kind != "rewrite_start" and edit.new and _CUT_SHORT.search(edit.new[-1]):
            # « Après l'alinéa 3, insérer un alinéa ainsi rédigé : « IV. – Le Gouvernement remet au Parlement un
            # rapport sur… » »: the text stops short (a new start's dots, « X Y Z… », are read above)
            raise AmendingError(numero, edit.part, "its text ends with « … », cut short: the rest is not given")
        if any(_NESTED_INSTRUCTION.search(fold(t).lower()) for t in edit.new):
            # « insérer un alinéa ainsi rédigé : 1AA – avant le 1°, insérer un alinéa ainsi rédigé : « … » »: a law's
            # alinéa says « il est inséré », never the amendment's infinitive: the text given is an instruction
            raise AmendingError(numero, edit.part, "its text holds an instruction of its own (« insérer … »): what it puts is not said")
    if parent is not None:  # read from the prose in small letters: the number as the text writes it (« COM-7 »)
        written = re.search(rf"(?<![\w-]){re.escape(parent)}(?![\w-])", text, re.I)
        parent = written.group(0) if written else parent
    return edits, parent


# An amendment's infinitive instruction inside the text it gives (a law's alinéa writes « il est inséré », « est
# ainsi rédigé »): the drafter nested an instruction where the text should be
_NESTED_INSTRUCTION = re.compile(
    r"\b(?:insérer|ajouter|rédiger ainsi|remplacer|substituer|supprimer) (?:un |une |deux |trois |les |le |la |l')?"
    r"(?:alinéas?|phrases?|mots?|paragraphes?|articles?)\b[^.;]*?(?:ainsi rédigée?s?|suivante?s?|par l(?:es|e) mots?)"
)


# What kind of amendment it is, said in a line of its own before its instructions (« Amendement de coordination. »,
# « Amendement rédactionnel. »): a label, no place (p78-109)
_KIND = (
    r"(?:rédactionnel|d'appel|de (?:coordination|précision|cohérence|conséquence|clarification|simplification"
    r"|correction|repli)(?: rédactionnelle| juridique)?)"
)
# « Amendement de coordination avec l'article 1er. », « … avec les articles 3 et 4 du projet de loi », « … avec
# l'amendement n° 12 »: what it is coordinated with, still a label (no verb, no « : », no words quoted)
_WITH = (
    r"(?: avec (?:l'|les )(?:articles?|amendements?) (?!.*\b(?:insérer|ajouter|rédiger|remplacer|substituer|supprimer|"
    r"compléter|rétablir)\b)[^:;«»\"“”¤]+)?"
)
_LABEL = re.compile(rf"^(?:sous-)?amendement {_KIND}(?:(?:,| et) {_KIND})*{_WITH}$")  # « … de cohérence et de précision »


# A gage stated bare: how a cost is met, not what the article becomes (« La perte de recettes résultant pour
# l'État du I est compensée, à due concurrence, par … »)
_GAGE = re.compile(r"^(?:la|les) (?:pertes?|charges?|diminutions?) de (?:recettes|ressources)\b.*\b(?:est|sont) compensée?s?\b")


# « cet alinéa » and its like, said after a division named whole: its only alinéa
_THIS_ALINEA = re.compile(r"\b(?:cet|ce même|ledit|audit|dudit) alinéa\b")


_ADDED_BARE = re.compile(r"il est ajouté (?:un|une|deux|trois|quatre|cinq|six) (?:alinéas?|paragraphes?) ainsi rédigée?s? ?: ?¤\d+¤$")


# A paragraph's last sentence adding a paragraph (« … ¤1¤ . Il est ajouté un paragraphe ainsi rédigé : ¤2¤ »),
# after one that quotes
_PARAGRAPH_ADDED = re.compile(
    r"^(.*¤\d+¤)\s*\.\s+(il est ajouté (?:un|deux|trois|quatre|cinq|six) paragraphes? ainsi rédigés? ?: ?¤\d+¤)$"
)


# A paragraph's last sentence adding an alinéa (« … ¤1¤ . Il est ajouté un alinéa ainsi rédigé : ¤2¤ »), after one
# that quotes
_ITEM_ADDED = re.compile(r"^(.*¤\d+¤)\s*\.\s+(il est ajouté un alinéa ainsi rédigé ?: ?¤\d+¤)$")


def _after_named(numero: str, prose: str, found: list[Edit], before: list[Edit]) -> list[Edit]:
    """The alinéa a last sentence « Il est ajouté un alinéa ainsi rédigé : « b bis) … » » adds: the words name
    no place (alone, the article's end), but after a sentence naming one item (« Le b) est ainsi rédigé ») its
    mark, the next after that item's (« b bis) » after « b) », « 3° » after « 2° » when there is no 3°), puts
    it after that item. Refused otherwise: whether it goes there or at the article's end is not said."""
    paths = {e.place.path for e in before}
    path = next(iter(paths)) if len(paths) == 1 and not any(e.place.within for e in before) else ()
    item = path[0] if path else ""
    # read lowered: a shuttle's capitals (« 1° A », « 1° ter A ») given back, so that « 1° bis » is not taken
    # for the next after the 1° A; « le b du 2° » (the Sénat's letter without its parenthesis, an item of a
    # numbered one) is the b) (p75-039)
    item = re.sub(r"(?<=°)((?: [a-z]+)*) (a{1,2}|[b-d])$", lambda m: f"{m.group(1)} {m.group(2).upper()}", item)
    if re.fullmatch(r"[a-z](?: [a-z]+)?", item) and len(path) > 1 and re.match(r"\d+ ?°", path[1]):
        item += ")"
    if not re.fullmatch(r"\d+ ?°(?: [a-z]+)*(?: [A-Z]{1,2})?|[a-z](?: [a-z]+)?\)", item):
        path = ()
    mark = f"{item} " if path else ""
    new = fold(found[0].new[0]).lstrip(' "«') if len(found) == 1 and found[0].new else ""
    # its own adverb (« b bis) », « 2° bis »): new. « 3° » after the 2° named, a shuttle's « 1° A » after the
    # 1° AA, « 1° B » after the 1° A may be one there already: put after it only when the article has none
    # with that mark, checked when put (p75-032 to p75-034)
    number = re.match(r"\d+|[a-z]", item)
    own = number is not None and (new.startswith(number.group() + " ") or new.startswith(number.group() + "° "))
    own = own and not re.match(r"\d+ ?°(?: [a-z]+)? [A-Z]{1,3}\b", new)
    if not path or not follows(new, mark):
        reason = "it adds an alinéa after naming a division, its mark not the next after that one's: where it goes is not said"
        raise AmendingError(numero, prose, reason)
    return [replace(found[0], place=replace(found[0].place, path=path, mark_unseen=not own))]


def _heading_agrees(numero: str, prose: str, heading: Place, found: list[Edit]) -> None:
    """« Alinéa 4, première phrase » then « Après le mot : X, rédiger ainsi la fin de l'alinéa 5 : … »: the
    heading and the instruction under it name this article's alinéas by their numbers, none the same; which
    place is meant is not said (p90-088): refused, neither taken over the other."""
    if not heading.alineas or heading.within or heading.path or heading.worded:
        return
    for edit in found:
        place = edit.place
        if not place.alineas or place.within or place.path or place.worded or place.sole:
            continue
        if not set(place.alineas) & set(heading.alineas):
            reason = "its heading names one alinéa and its instruction another: which place is meant is not said"
            raise AmendingError(numero, prose, reason, "ambiguous")


def _divided(context: Place, found: list[Edit]) -> Place:
    """The context after instructions `found`, keeping the place the last of them naming a division names
    (« 1° Au II, remplacer … »), which « le même II » after it names again (`Place.divided`)."""
    divided = next((e.place for e in reversed(found) if e.place.path), None)
    return context if divided is None else replace(context, divided=_context_of(divided))


def _context_of(named: Place, before: Place | None = None) -> Place:
    """What « cet alinéa », « cette phrase » and the places after an instruction inherit from the place it named
    (and the division named before it, `Place.divided`, from the context `before`)."""
    return Place(
        named.alineas,
        named.phrase,
        within=named.within,
        held=named.held,  # « tel qu'il résulte du 2° du II »: the same text (p70-044)
        resulting=named.resulting,
        proposed=named.proposed,
        path=named.path,
        sole=named.sole,
        worded=named.worded,
        divided=before.divided if before is not None else None,
    )


def _occurrences_first(said: list[Edit]) -> list[Edit]:
    """« Supprimer les mots : X et la seconde occurrence du mot : Y »: one instruction names occurrences in
    the text as it stands before it, not once its other words are changed: words changed at a named occurrence
    (or after, before one) are changed first."""
    if len(said) < 2 or any(e.kind not in _WORDS_EDITS for e in said):
        return said
    return sorted(said, key=lambda e: not e.occurrence)


_REPEAT_ANCHOR = re.compile(
    rf"(?P<where>après|avant) (?:la (?P<occ>{ORD}) occurrence |l'|le |les |la )?{WN}{C}{Q('anchor')}\s*,?"
)


def _repeat(numero: str, sentence: Sentence, prose: str, context: Place, last: list[Edit]) -> list[Edit]:
    """« Procéder à la même insertion aux alinéas 10 et 11 »: the previous part's edits, each in every
    alinéa named, where this sentence says (its phrase, start or end; none of the previous part's
    place carries over). « Au même alinéa, après le mot : X, procéder à la même insertion »: the same
    words inserted after X."""
    anchor = _REPEAT_ANCHOR.search(prose)
    if anchor:
        if any(e.kind != "insert_words" or not e.anchor for e in last):
            raise AmendingError(numero, sentence.prose, "it names other words for a change that is not an insertion")
        prose = prose[: anchor.start()] + " " + prose[anchor.end() :]
    if "¤" in prose:
        raise AmendingError(numero, sentence.prose, "it quotes words that no instruction in it uses")
    place = location(numero, sentence.prose, prose, context)
    if place.elsewhere:
        return []
    if not place.alineas or place.after is not None:
        raise AmendingError(numero, sentence.prose, "it repeats a change without saying in which alinéa")
    out: list[Edit] = []
    either = dict(place.loose)
    for alinea, phrase in place.each or [(a, place.phrase) for a in place.alineas]:
        at = Place(
            (alinea,),
            phrase,
            place.end,
            either=either.get(alinea),
            item=place.item,
            phrases=place.phrases,
            within=place.within,
            path=place.path,
            sole=place.sole,
            worded=place.worded,
        )
        for e in last:
            edit = replace(e, place=replace(at, before=e.place.before), part=sentence.prose, repeated=True)
            if anchor:
                occ = anchor.group("occ")
                edit = replace(
                    edit,
                    anchor=sentence.operands[int(anchor.group("anchor"))].text,
                    place=replace(edit.place, before=anchor.group("where") == "avant"),
                    occurrence=ordinal(occ) if occ else 0,
                    times=1,
                )
            if edit not in out:  # the same edit in two phrases of one alinéa is one edit in another
                out.append(edit)
    return out


_WORDS_EDITS = ("replace_words", "delete_words", "insert_words")

# « les mots : « A » et « B » sont remplacés respectivement par les mots : « C » et « D » », « substituer
# respectivement aux dates : « A » et « B » les dates : « C » et « D » »: lists of two or more, each
# operand maybe with its own noun (« les mots : A et le mot : B »)
_LIST = rf"¤\d+¤(?:\s*,\s*(?:{WN}{C})?¤\d+¤)*\s*,?\s+et\s+(?:{WN}{C})?¤\d+¤"
_OLD = rf"(?:{_LIST}|¤\d+¤)"  # one old text, as many new ones as alinéas named: a new text for each alinéa
_RESPECTIVELY = [
    re.compile(rf"(?:remplacer|substituer),? respectivement,? {WN}{C}(?P<old>{_OLD})\s*,?\s*(?:par )?{WN}{C}(?P<new>{_LIST})"),
    re.compile(rf"(?:remplacer|substituer) {WN}{C}(?P<old>{_OLD})\s*,?\s*respectivement,?\s*(?:par )?{WN}{C}(?P<new>{_LIST})"),
    re.compile(rf"{WN}{C}(?P<old>{_OLD})\s*,?\s*(?:sont|est),? (?:respectivement,? remplacée?s?|remplacée?s?,? respectivement,?) par {WN}{C}(?P<new>{_LIST})"),
]  # fmt: skip


def _respectively(numero: str, sentence: Sentence, prose: str, context: Place) -> list[Edit] | None:
    """« respectivement »: the words listed replaced by those listed after, pair by pair in their order,
    each pair where the place says, as without « respectivement » (in each alinéa named). With several
    alinéas named, the other readings are kept for the text to decide (`Edit.readings`). One old text and
    as many new ones as alinéas named: a new one in each alinéa, in order. Other counts are refused.
    None when the sentence says no « respectivement »."""
    if "respectivement" not in prose:
        return None
    m = next((m for pattern in _RESPECTIVELY if (m := pattern.search(prose))), None)
    if m is None:
        return None
    old, new = re.findall(r"¤(\d+)¤", m.group("old")), re.findall(r"¤(\d+)¤", m.group("new"))
    rest = f"{prose[: m.start()]} {prose[m.end() :]}".strip(" ,")

    def pair(a: str, b: str) -> list[Edit]:
        clause = f"remplacer les mots : ¤{a}¤ par les mots : ¤{b}¤"
        return _form(numero, sentence, f"{rest}, {clause}" if rest else clause, context) or []

    if len(old) == 1:
        return _respectively_by_alinea(numero, sentence, [pair(old[0], b) for b in new])
    if len(old) != len(new):
        n, count = len(old), len(new)
        raise AmendingError(numero, sentence.prose, f"it replaces respectively {n} words by {count}")
    found = [pair(a, b) for a, b in zip(old, new, strict=True)]
    alineas = found[0][0].place.alineas if found[0] else None
    if not alineas or len(alineas) < 2 or any(len(f) != 1 or f[0].place.alineas != alineas for f in found):
        return [e for f in found for e in f]
    each = tuple(f[0] for f in found)
    readings = [each]
    if len(alineas) == len(each):  # pair k in alinéa k
        readings.append(tuple(replace(e, place=replace(e.place, alineas=(n,))) for e, n in zip(each, alineas, strict=True)))
    readings.append(tuple(replace(e, place=replace(e.place, whole=True)) for e in each))  # each once in them all
    return [replace(each[0], old="", new=(), readings=tuple(readings))]


def _respectively_by_alinea(numero: str, sentence: Sentence, found: list[list[Edit]]) -> list[Edit]:
    """« Aux alinéas 41 et 43, les mots : A sont remplacés respectivement par les mots : B et C »: A by B
    in the first alinéa named, by C in the second; refused unless as many alinéas are named as new texts."""
    alineas = found[0][0].place.alineas if found and found[0] else None
    if not alineas or len(alineas) != len(found) or any(len(f) != 1 for f in found):
        reason = f"it replaces respectively one text by {len(found)} but does not name as many alinéas"
        raise AmendingError(numero, sentence.prose, reason)
    return [replace(f[0], place=replace(f[0].place, alineas=(n,))) for f, n in zip(found, alineas, strict=True)]


# « À la phrase « X », … », « Dans la phrase : « X » de l'alinéa 3, … »: the phrase the words are changed in,
# named by its words
_PHRASE_NAMED = re.compile(r"(?:^|(?<=[\s,]))(?:à|dans) la phrase\s*(?::\s*)?¤(\d+)¤\s*,?\s*(?:(de l'|du |de la )(?=\S))?")
_AS_PLACE = {"de l'": "à l'", "du ": "au ", "de la ": "à la "}


def _phrase_in(sentence: Sentence, rest: str) -> tuple[str, str]:
    """The place of an edit without the phrase it names by its words (« à la phrase « X », »), and those words
    (one alinéa quoted), or the place as it is and ""; the alinéa or division after the phrase (« de l'alinéa
    3 ») stays the place."""
    named = _PHRASE_NAMED.search(rest)
    if named is None:
        return rest, ""
    operand = sentence.operands[int(named.group(1))]
    if len(operand.paragraphs) != 1 or not operand.paragraphs[0].strip():
        return rest, ""
    after = _AS_PLACE[named.group(2)] if named.group(2) else ""
    return f"{rest[: named.start()]} {after}{rest[named.end() :]}", operand.paragraphs[0]


_ADVERB = r"(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)"
# « insérer un 1° B ainsi rédigé », « rétablir un II bis dans la rédaction suivante », « compléter cet article
# par un 3° ainsi rédigé », « il est ajouté un a bis) ainsi rédigé »: the mark of the division put (prose: small
# letters)
_PUTS_MARKED = re.compile(
    rf"\b(?:insérer|ajouter|rétablir|par|(?:il )?(?:est|sont) (?:inséré|ajouté|rétabli)) un "
    rf"(?P<mark>[ivxlc]+(?: {_ADVERB})?(?: [a-z]{{1,3}})?|\d+ ?°(?: ?(?:{_ADVERB}(?: [a-z]{{1,3}})?|[a-z]{{1,3}}))?"
    rf"|[a-z]{{1,2}}\)?(?: {_ADVERB}\)?)?) (?:ainsi rédigée?|rédigée? comme suit|dans (?:la|sa) rédaction suivante|dans le texte suivant)\b"
)
# The mark a text given opens with, as written (capitals): « II bis. – », « 1° C », « 1° bis », « a bis) »
_GIVEN_MARK = re.compile(
    rf"^[\s«\"“]*(?:(?P<paragraph>[IVXLC]+(?: {_ADVERB})?(?: [A-Z]{{1,3}})?)(?= ?\. ?[-–—])"
    rf"|(?P<item>\d+ ?°(?: ?(?:{_ADVERB}(?: [A-Z]{{1,3}}| [a-z](?= ))?|[A-Z]{{1,3}}))?)(?![\w°'’])"
    rf"|(?P<letter>[a-z]{{1,2}}(?: {_ADVERB})?\)))"
)


def _mark_key(mark: str) -> str:
    """A division's mark as compared: small letters, no spaces nor « ) » (« 1° bis » as « 1°bis », « a) » as « a »)."""
    return re.sub(r"[\s)\u00a0\u202f]", "", mark.lower())


def _given_mark(text: str) -> re.Match[str] | None:
    """The mark a text given opens with (`_GIVEN_MARK`), or None."""
    return _GIVEN_MARK.match(fold(text).replace("\u00a0", " ").replace("\u202f", " "))


def _readings(mark: str) -> set[str]:
    """The keys a mark given is read as: one whose mark ends with « A » (« 1° A compter du … », the word « à »
    unaccented) both ways, after an adverb too (« 2° bis A compter du … »)."""
    readings = {_mark_key(mark)}
    if re.search(rf"\d ?° ?(?:{_ADVERB} )?A$", mark):
        readings.add(_mark_key(mark[:-1]))
    return readings


def _marks_agree(numero: str, part: str, said: str, edits: list[Edit], clause: str = "") -> list[Edit]:
    """« Avant le 1°, insérer un 1° B ainsi rédigé : « 1° C … » »: the division announced is not the one whose
    text is given (which one is meant is not said): refused. So for the division a restoration names
    (« Au 5°, rétablir le c dans la rédaction suivante : « b) … » », `_restored_agree`) and for a division put
    where its mark says it is not (`_in_order`). A text given with no mark of its own is put as given; one
    whose mark ends with « A » (« 1° A compter du … », the word « à » unaccented) is read both ways."""
    if not edits or not edits[0].new:
        return edits
    if edits[0].restores and edits[0].kind == "rewrite":
        _restored_agree(numero, part, edits[0])
    announced = _PUTS_MARKED.search(said)
    if announced is None:
        return edits
    given = _given_mark(edits[0].new[0])
    unseen = _in_order(numero, part, clause, announced.group("mark"), edits[0].place, given)
    if unseen[0]:
        edits = [replace(edits[0], unseen=unseen), *edits[1:]]
    if given is None:
        return edits
    mark = given.group(given.lastgroup or "")
    if _mark_key(announced.group("mark")) not in _readings(mark):
        reason = f"it announces a {announced.group('mark')} and the text it gives opens with « {mark} »: which one is put is not said"
        raise AmendingError(numero, part, reason)
    return edits


def _restored_agree(numero: str, part: str, edit: Edit) -> None:
    """« Rétablir le c dans la rédaction suivante : « b) … » »: the division named restored and the mark its text
    opens with differ (which is restored is not said): refused. « Rétablir les b et c … : « b) … » « c) … » »:
    the text opens with the first named and each named opens one of its alinéas, in that order."""
    if not edit.place.path:
        return
    named = [_mark_key(n) for n in re.split(r",\s*|\s+et\s+", edit.place.path[0])]
    given = _given_mark(edit.new[0])
    if given is None and len(named) > 1:
        # « Au 5°, rétablir les b et c dans la rédaction suivante : « Des règles … ; » « Toute forme … ; » »: the
        # marks are not given, and which text is whose is said only by their order: a légiste writes them
        said = " et ".join(re.split(r",\s*|\s+et\s+", edit.place.path[0]))
        reason = f"it restores the {said} and the text it gives opens with no mark: which text is whose is not said"
        raise AmendingError(numero, part, reason)
    if given is None:
        return
    kind = given.lastgroup or ""
    mark = given.group(kind)
    opened = [
        _readings(g.group(kind)) for g in (_given_mark(a) for a in edit.new) if g is not None and g.lastgroup == kind
    ]
    at = 0
    for readings in opened:
        if at < len(named) and named[at] in readings:
            at += 1
    if named[0] not in _readings(mark) or at < len(named):
        said = " et ".join(re.split(r",\s*|\s+et\s+", edit.place.path[0]))
        reason = f"it restores the {said} and the text it gives opens with « {mark} »: which one is restored is not said"
        raise AmendingError(numero, part, reason)


_ADVERBS = ("", "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies")
# A mark as prose names it (small letters): an item « 1° bis a » (its number, adverb, capitals), a paragraph
# « ii bis a » (numerals i, v, x only: « c », « l » are letters), a letter « a bis », « aa » (the Sénat's « aa) »,
# put before the « a) »: its second letter read as a capital is)
_ORDERED = (
    ("item", re.compile(rf"(\d+) ?°(?: ?({_ADVERB}))?(?: ?([a-z]{{1,3}}))?")),
    ("paragraph", re.compile(rf"([ivx]+)(?: ({_ADVERB}))?(?: ([a-z]{{1,3}}))?")),
    ("letter", re.compile(rf"([a-z])(?!(?<=[ivx])[ivx]+\b)([a-z]{{1,2}})?\)?(?: ({_ADVERB})\)?)?")),
)
_ROMAN = {"i": 1, "v": 5, "x": 10}


def _order_key(mark: str, kind: str = "") -> tuple[str, tuple[int, ...]] | None:
    """Where a mark stands among those of its kind, as the shuttle numbers them (« 1° AA », « 1° A », « 1° B »,
    « 1° », « 1° bis A », « 1° bis », « 1° ter »: capitals put before the mark they follow, a longer run of them
    before its start, « 1° AA » before « 1° A », « 1° BA » after « 1° A »; « aa » before « a »); None for a mark
    of no sure kind (« i », « v », « x », a letter or a numeral, unless `kind` says which) or order."""
    kinds = [(k, m) for k, pattern in _ORDERED if (m := pattern.fullmatch(mark.strip())) is not None]
    if kind:
        kinds = [(k, m) for k, m in kinds if k == kind]
    if len(kinds) != 1:
        return None
    kind, m = kinds[0]
    if kind == "item":
        number = int(m.group(1))
    elif kind == "paragraph":
        values = [_ROMAN[c] for c in m.group(1)]
        number = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    else:
        number = ord(m.group(1))
    capitals, adverb = (m.group(2), m.group(3)) if kind == "letter" else (m.group(3), m.group(2))
    end = 27  # after any capital: the mark with none comes after those with some
    return kind, (number, _ADVERBS.index(adverb or ""), *(ord(c) - 96 for c in capitals or ""), end)


def _kind_written(part: str, mark: str, lead: str) -> str:
    """The kind of a mark of no sure shape (« i », « v bis », « x »: a letter or a roman numeral) as the
    instruction writes it after `lead` (« après le », « un »): in capitals a paragraph (« Après le I »), in small
    letters a letter (« après le i »); "" when it is not found so, once."""
    if not re.fullmatch(rf"[ivx](?: {_ADVERB})?\)?", mark):
        return ""
    bare = re.escape(mark.rstrip(")")).replace(r"\ ", r"\s")
    found = re.findall(rf"\b{lead}\s({bare})\)?(?=[\s,)]|$)", fold(part), re.IGNORECASE)
    if len(set(found)) != 1:
        return ""
    return "paragraph" if found[0][0].isupper() else "letter"


def _in_order(
    numero: str, part: str, clause: str, put: str, place: Place, given: re.Match[str] | None = None
) -> tuple[str, str, str, str, str]:
    """« Après le 1° A, insérer un 1° AA » (a 1° AA comes before the 1° A), « Après le 1° A, insérer un 1° bis A »
    (the 1° stands between them), « Avant le 2°, insérer un 1° A » (the 1° stands between them): a division put
    next to one of its kind where its mark does not go, as the shuttle numbers them: where it goes is not said
    (its place or its mark is a slip): refused. Only what the marks say for sure: after X, the division put comes
    after X; before X, it comes before X. Any mark of the kind sorting between the two (« 1° » for « Avant le 2°,
    insérer un 1° A », a X for « Après le IX, insérer un X bis », a 2° for « Après le 1°, insérer un 2° bis »)
    counts where the article shows it in the enumeration: the two order keys are returned (with the reason) for
    `insertion` to check (« Avant le 2°, insérer un 1° bis A » with no 1° bis: put). A mark of no sure kind (« i », « v bis ») is read as the text given says (« I bis. – »
    a paragraph, « i bis) » a letter) or, that silent, as the instruction writes it (« le I » a paragraph, « le i »
    a letter); the two must be of one kind."""
    if not place.path:
        return ("", "", "", "", "")
    direction = set(re.findall(r"\b(après|avant) (?:le|l') ", clause))
    if len(direction) != 1:
        return ("", "", "", "", "")
    after = direction.pop() == "après"
    named = place.path[0]
    put_kind = given.lastgroup or "" if given is not None else ""
    put_kind = put_kind or _kind_written(part, put, "un")
    named_said = _kind_written(part, named, "(?:après|avant)\\s(?:le|l')")
    named_kind = named_said or put_kind
    if _order_key(named) is None and _order_key(put) is None and (not named_said or named_said != put_kind):
        return ("", "", "", "", "")  # both of no sure shape: each kind must be said, and the same
    anchor, new = _order_key(named, named_kind), _order_key(put, put_kind)
    if anchor is None or new is None or anchor[0] != new[0] or anchor[1] == new[1]:
        return ("", "", "", "", "")
    x, y = anchor[1], new[1]
    where = "after" if after else "before"
    reason = f"it puts a {put} {where} the {named}, where its mark does not go: which is meant is not said"
    if y < x if after else y > x:
        raise AmendingError(numero, part, reason)
    # any mark of the kind sorting between the two, shown in the enumeration (« Après le IX, insérer un X bis »
    # with a X, « Après le 1°, insérer un 2° bis » with a 2°), is checked in `insertion`
    low, high = (x, y) if after else (y, x)
    spans = f"{_keyed(low)}-{_keyed(high)}"
    return (spans, {"item": "°", "paragraph": "–", "letter": ")"}[new[0]], put, where, named)


def _keyed(key: tuple[int, ...]) -> str:
    """An order key (`_order_key`) written as `unseen` carries it: « 10.1.27 »."""
    return ".".join(str(n) for n in key)


def sorts_between(mark: str, kind: str, spans: str) -> bool:
    """Whether a mark shown in the article (« X », « 1° bis A », « a bis », as `divisions.MARKS` reads its
    number and adverb; `kind` a key of `MARKS`) sorts strictly between the two order keys `spans` carries
    (`_in_order`); False for a mark of no sure order."""
    key = _order_key(mark.lower(), {"°": "item", "–": "paragraph", ")": "letter"}[kind])
    low, high = (tuple(int(n) for n in side.split(".")) for side in spans.split("-"))
    return key is not None and low < key[1] < high


def _form(numero: str, sentence: Sentence, prose: str, context: Place) -> list[Edit] | None:
    for _name, pattern, handler in COMPILED_FORMS:
        m = pattern.search(prose)
        if m is None:
            continue
        loc = m.groupdict().get("loc") or ""
        rest = f"{prose[: m.start()]} {loc} {prose[m.end() :]}"
        rest, phrase_words = _phrase_in(sentence, rest)
        if "¤" in rest:
            raise AmendingError(numero, sentence.prose, "it quotes words that no instruction in it uses")
        if phrase_words:  # « À la phrase « X », le mot : « Y » est supprimé »: words changed in the phrase X
            said = handler(Reading(m, location(numero, sentence.prose, rest, context), sentence.operands, sentence.prose, numero))
            if any(e.kind not in _WORDS_EDITS or e.place.phrase is not None or e.place.phrase_words or e.readings for e in said):
                raise AmendingError(numero, sentence.prose, "it quotes words that no instruction in it uses")
            return [replace(e, place=replace(e.place, phrase_words=phrase_words)) for e in said]
        joined = shared(listed_divisions(of_each(rest), JOINED))  # « Au II, au III et au V »
        if len(joined) > 1:  # « à la fin des alinéas 5 et 6 et à l'alinéa 7 »: the edit at each place
            places = joined_places(numero, sentence.prose, joined, context)  # « … et au dernier alinéa du même article »
            if any(not (p.alineas or whole_division(p)) or p.after is not None or p.each for p in places):
                raise AmendingError(numero, sentence.prose, "of the places it joins, one is not alinéas")
            places = bare_division_joined(numero, sentence, joined, places)
            # « Au deuxième alinéa du III et à la première phrase du premier alinéa »: the III's first alinéa, or
            # this article's? A complement said before is not said to be shared (p63-016, p61-008)
            places = bare_after_division(numero, sentence, joined, places)
            return [e for p in places for e in handler(Reading(m, p, sentence.operands, sentence.prose, numero))]
        try:
            place = location(numero, sentence.prose, rest, context)
        except AmendingError:
            subjects = joined_subjects(numero, sentence, rest, context)
            if subjects is None:
                raise
            edits = [e for p in subjects for e in handler(Reading(m, p, sentence.operands, sentence.prose, numero))]
            if any(e.kind != "delete" for e in edits):
                raise
            return edits
        if place.elsewhere:
            return []
        place = phrase_before_kept(Reading(m, place, sentence.operands, sentence.prose, numero), place, context)
        edits = handler(Reading(m, place, sentence.operands, sentence.prose, numero))
        edits = _marks_agree(numero, sentence.prose, m.group(0), edits, prose)
        if place.every:
            # « à chaque occurrence » with alinéas named: each one there; « dans l'ensemble de l'article » is the article's
            whole = place.alineas is not None and "ensemble" in rest
            if whole or any(e.kind not in _WORDS_EDITS or e.times not in (1, EVERY) for e in edits):
                raise AmendingError(
                    numero, sentence.prose, "« dans l'ensemble » is read for words of the whole article"
                )
            if any(e.occurrence for e in edits):  # « remplacer, partout où il figure, la deuxième occurrence … »
                raise AmendingError(numero, sentence.prose, "it says every occurrence of the words and names one of them")
            edits = [replace(e, times=EVERY) for e in edits]
        if place.times != 1:  # « Alinéa 4 (deux fois) : / Après le mot : X insérer … »: each of that many
            if any(e.kind not in _WORDS_EDITS or e.times != 1 or e.occurrence for e in edits):
                raise AmendingError(
                    numero, sentence.prose, "« (deux fois) » is read for words changed where they occur"
                )
            edits = [replace(e, times=place.times, place=replace(e.place, times=1)) for e in edits]
        if place.anchored and any(e.kind not in ("replace_end", "delete_end") or not e.anchor for e in edits):
            raise AmendingError(numero, sentence.prose, "it says « la phrase » but no phrase was named before")
        if place.each:  # the same edit in each alinéa, at its own phrase
            either = dict(place.loose)
            return [
                replace(e, place=replace(e.place, alineas=(a,), phrase=p, each=(), loose=(), either=either.get(a)))
                for a, p in place.each
                for e in edits
            ]
        return edits
    if "¤" in prose or re.search(r"\b(?:remplacer|supprimer|insérer|rédiger|compléter|substituer|ajouter)\b", prose):
        raise AmendingError(numero, sentence.prose, "this form of instruction is not known")
    return None
