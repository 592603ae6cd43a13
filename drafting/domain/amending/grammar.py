# ruff: noqa: E501  (patterns of joined clauses read best one a line)
"""Reading an amendment's sentences: `parse_amendment` cuts the text into sentences (lexer.py), follows
its parts (« I. – », « 1° ») and the place each names for those after it (parts.py), splits a sentence into
the instructions it joins with « et » (joins.py), reads « procéder à la même insertion » (repeats.py) and
« respectivement » (pairs.py), and reads each instruction (clauses.py) against the table of forms (forms.py),
the rest of it read as its place (locations.py).

A sentence that no form matches, or whose location has words `LOCATIONS` does not know, is refused:
nothing is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from drafting.domain.amending.clauses import _form, _occurrences_first
from drafting.domain.amending.divisions import item_levels
from drafting.domain.amending.edits import MAX_EDITS, AmendingError, Edit, Place
from drafting.domain.amending.forms import WN, C, verbs_spelt
from drafting.domain.amending.joins import ANCHOR_FIRST, split_clauses, whole_division
from drafting.domain.amending.lexer import MAX_PROSE, MAX_SENTENCES, sentences  # the bounds on what is read
from drafting.domain.amending.lexicon import WORD_NOUNS
from drafting.domain.amending.locations import location
from drafting.domain.amending.pairs import _respectively
from drafting.domain.amending.parts import (
    _ADDED_BARE,
    _HEADING_PARAGRAPH,
    _ITEM_ADDED,
    _ITEM_DASH,
    _PARAGRAPH_ADDED,
    _PHRASE_AGAIN,
    _SLIPPED_MARK,
    _THIS_ALINEA,
    _after_named,
    _context_of,
    _divided,
    _heading_agrees,
    _mark_kind,
    _own_phrase_dropped,
)
from drafting.domain.amending.repeats import _REPEAT, _REPEATED_KINDS, _repeat
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
# « les mots : « X » » »: a closing quote after the words quoted, never opened (the quotes read, it stays in the
# prose): whether the words end with a quote of their own is not said (p76-034)
_STRAY_CLOSING = re.compile(r"¤\d+¤\s*[»”]")
# « i bis », « v ter » written in small letters: a lettered item (« I bis », in capitals, is a paragraph)
_SMALL_ITEM = re.compile(r"(?<![\w'’])([ivx] (?:bis|ter|quater|quinquies|sexies))(?![\w')’])")
# « (…) », « […] », « (...) » in a text given: words left out
_LEFT_OUT = re.compile(r"[(\[]\s*(?:…|\.{3})\s*[)\]]")
# « … un rapport sur… »: dots glued to the last word of any other text given (a new start's, « X Y Z… », are
# read by forms.py): it is cut short
_CUT_SHORT = re.compile(r"(?<=\w)(?:\.{3,}|…)\s*[»\"”]?\s*$")


# an amendment's rectification after its number (« n° 11 rect. », « n° 89 rectifié bis »), in small letters
_RECT = r"(?: (?:rectifié|rect\.?)(?: bis| ter| quater)?)"


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
    heading_said = ""  # its words (« après l'alinéa 7 »)
    # for each level of part marks, the place in force when its first part began (a heading's, « Alinéa 9 »),
    # which its parts share; and the place the part before named in its own instructions, which only « cette
    # phrase » (« ces phrases ») in the next part's first sentence names again (`_own_phrase_dropped`)
    shared: dict[int, Place] = {}
    lent: Place | None = None
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
            if level in opened:  # the next part of its level: what the part before named is its own
                lent, context = context, _own_phrase_dropped(context, shared[level])
            else:
                shared[level] = context
            shared = {n: at for n, at in shared.items() if n <= level}
            opened = {n: at for n, at in opened.items() if n < level} | {level: len(edits)}
            fresh = level == 0
            if fresh and context.alineas is not None:  # the alinéas an earlier part named (p70-072, p75-045)
                context = replace(context, earlier=True)
        # « le i bis du 2° » (small letters): an item lettered « i », given its « ) » before the case is lost,
        # so that « Au I bis, … » (capitals) stays the paragraph « I bis » once lowered
        prose = _SMALL_ITEM.sub(r"\1)", fold(sentence.prose)).lower().strip().rstrip(".;, ")
        prose = re.sub(r"\boccurence", "occurrence", prose)  # as amendments often spell it
        if lent is not None and _PHRASE_AGAIN.search(prose):
            # « 1° À la deuxième phrase, … ; 2° Compléter cette phrase … »: the phrase the part before named
            context = replace(context, phrase=lent.phrase, phrases=lent.phrases)
        lent = None
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
        # (« Sous-amendement n° 11 rect. à l'amendement n° 10 »: the sub-amendment rectified)
        prose = re.sub(rf"^sous-amendement(?: n° ?\w[\w-]*{_RECT}?)?\s*(?=(?:à|de) l'amendement n°)", "", prose)
        # « Compléter l'amendement n° 85 par … »: « Compléter cet amendement par … », that amendment named
        prose = re.sub(rf"^(compléter) l'(amendement n° ?\w[\w-]*{_RECT}?)(?= par\b)", r"\1 cet amendement, de l'\2", prose)
        sub = re.search(rf"(?:\s*,?\s*(?:de|du|à|dans) l'|^(?:sous-)?)amendement n° ?(\w[\w-]*){_RECT}?", prose)
        if sub:
            if parent not in (None, sub.group(1)):
                raise AmendingError(numero, sentence.prose, "it amends two amendments")
            parent, prose = sub.group(1), prose[: sub.start()] + prose[sub.end() :]
        if parent is not None:
            # « Alinéa 5 de l'amendement », « Supprimer le II de cet amendement »: the one amendment it amends
            prose = re.sub(r"\s*,?\s*(?:de|du|à|dans) (?:l'|cet )amendement(?! n°)(?!\w)", "", prose)
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
            if len(edits) > MAX_EDITS:  # each repeat bounded, and all of them
                raise AmendingError(numero, sentence.prose, f"it makes {len(edits)} changes; at most {MAX_EDITS} are read")
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
                heading, heading_said = context, clause
                continue
            if heading is not None:
                _heading_agrees(numero, sentence.prose, heading, found, clause, heading_said)
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
        edits[start:] = _joined(_occurrences_first(edits[start:]), len(clauses))
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
        if parent is not None:
            # a sub-amendment's text goes into its amendment, whose alinéas are instructions by nature (« III. –
            # Alinéa 5 », « Supprimer cet alinéa. »): read again once the amendment is made, as its own (p134-005)
            continue
        if any(_NESTED_INSTRUCTION.search(fold(t).lower()) for t in edit.new):
            # « insérer un alinéa ainsi rédigé : 1AA – avant le 1°, insérer un alinéa ainsi rédigé : « … » »: a law's
            # alinéa says « il est inséré », never the amendment's infinitive: the text given is an instruction
            raise AmendingError(numero, edit.part, "its text holds an instruction of its own (« insérer … »): what it puts is not said")
        listed = _instructions_given(edit.new)
        if listed is None:
            # « insérer un alinéa ainsi rédigé : « Au II, supprimer les mots : « sans autorisation préalable ». » »:
            # an alinéa written as the amendment's own instruction (its verb in the infinitive governing « les
            # mots : », « cet alinéa », « l'alinéa 3 »), not the law's words: put as it stands it is wrong (p102-063)
            reason = "its text is an instruction of its own (« supprimer les mots : … »), not words of the law: what it puts is not said"
            raise AmendingError(numero, edit.part, reason)
        if listed:  # items whose list opens in the article: read there, once put (`listed_in_article`)
            if not any(e is edit for e in edits):  # a reading's words: never items of a list
                reason = "its text is an instruction of its own (« supprimer les mots : … »), not words of the law: what it puts is not said"
                raise AmendingError(numero, edit.part, reason)
            edits = [replace(e, listed=e.listed + listed) if e is edit else e for e in edits]
    if parent is not None:  # read from the prose in small letters: the number as the text writes it (« COM-7 »)
        written = re.search(rf"(?<![\w-]){re.escape(parent)}(?![\w-])", text, re.I)
        parent = written.group(0) if written else parent
    return edits, parent


def _joined(found: list[Edit], clauses: int) -> list[Edit]:
    """« remplacer « A » par « B » et « C » par « D » », « substituer aux mots : A les mots : B et aux mots : C les
    mots : D »: the pairs of words one sentence replaces are one change of the text as it stood before it, each
    pair found there (`Edit.joined`, on the first made); a sentence making other edits is left as it is."""
    if clauses < 2 or len(found) < 2 or any(e.kind != "replace_words" or e.readings for e in found):
        return found
    return [replace(found[0], joined=tuple(found)), *found[1:]]


# An amendment's infinitive instruction inside the text it gives (a law's alinéa writes « il est inséré », « est
# ainsi rédigé »): the drafter nested an instruction where the text should be
_NESTED_INSTRUCTION = re.compile(
    r"\b(?:insérer|ajouter|rédiger ainsi|remplacer|substituer|supprimer) (?:un |une |deux |trois |les |le |la |l')?"
    r"(?:alinéas?|phrases?|mots?|paragraphes?|articles?)\b[^.;]*?(?:ainsi rédigée?s?|suivante?s?|par l(?:es|e) mots?)"
)

# An alinéa given that is itself an amending instruction (« Supprimer les mots : « … ». », « Au II, substituer aux
# mots : … », « 2° Supprimer le second alinéa. », « Rédiger ainsi le II : … »). A law's text is in the indicative
# (« sont supprimés », « est ainsi rédigé », « L'académie peut supprimer la mention : « … » », its verb with a
# subject of its own); an amendment's instruction is a sentence that OPENS, after an optional mark (« 2° », « II.
# – ») and place (« Au II, », « Alinéa 3, première phrase, »), with an amending verb in the infinitive governing
# what amendments operate on: words (« les mots », « le mot « préalable » », « aux mots », « la référence : « … »
# »), an alinéa or phrase of the text (« le dernier alinéa », « la seconde phrase du II », « cet alinéa »,
# « l'alinéa 3 »), a division by its mark (« le II », « au 2° »), or « ainsi » (« Rédiger ainsi … »). A law's
# item opening with an infinitive that governs other things is its words (« 1° Supprimer les obstacles au
# développement ; », « 3° Compléter la formation des étudiants », « 2° Compléter les mentions suivantes : »)
# The verb in the infinitive or, as some drafters write, the imperative (« Supprimez les mots : « … » », p109-016)
_INFINITIVE = (
    r"(?:insérer|ajouter|rédiger|remplacer|substituer|supprimer|compléter|rétablir"
    r"|insérez|ajoutez|rédigez|remplacez|substituez|supprimez|complétez|rétablissez)"
)
_QUOTED = r"(?:«[^«»]*»|\"[^\"]*\")"
# Words of one sentence: no « ; » nor full stop, but for the point of an abbreviation before a number (« un article
# L. 134-20-1 », « R. 12 », « n°. 3 ») or one amid a number (« 1.2 »), which ends no sentence (p115-024)
# (the alternatives disjoint: a letter read two ways made a failing search try 2^n paths, « L.1000, L.1001 … »)
_IN_SENTENCE = r"(?:[^.;]|\.(?=\d)|(?<=(?<![\w'])[a-z])\.(?=\s+\d))"
_ORDINAL = r"(?:premi(?:er|ère)s?|derni(?:er|ère)s?|avant-derni(?:er|ère)s?|seconde?s?|\w+ièmes?|même|mêmes)"
_DET = (
    r"(?:(?:à |aux |au |du |des |de la |de l'|après |avant |par )?(?:les |le |la |l'|un |une |ces |ce |cet |cette )?"
    rf"(?:deux |trois |quatre |cinq )?(?:{_ORDINAL} (?:et {_ORDINAL} )?)?)"
)
# An item's mark as it opens an alinéa, in small letters (« 2° », « 2° bis », « a) », « ii) », « iv. – »)
_ITEM_MARK = (
    r"(?:\d+ ?°(?:\s(?:bis|ter|quater|quinquies|[a-z])\b)*|(?:[ivxlc]+|[a-z])(?:\s(?:bis|ter|quater|quinquies|[a-z]))*"
    r"(?:\)|\s?\.?\s?[–-]))"
)
_GIVEN_INSTRUCTION = re.compile(
    # a sentence's opening: its mark (« 2° », « 2° bis », « a) », « II. – »), then places, each ended by a comma
    r"(?:^|(?<=[.;!?])\s)\s*[«\"]?\s*"
    rf"(?:{_ITEM_MARK}\s+)?(?:[–-]\s+)?"
    rf"(?:(?:au|aux|à|après|avant|dans|alinéas?|en|sur)\b(?:[^,;«»\"]|{_QUOTED}){{0,120}}?(?:,| :)\s+"
    rf"(?:(?:[^,;«»\"]|{_QUOTED}){{1,60}}?,\s+)?)?"
    # the verb in the infinitive, a place maybe between it and what it governs (« Supprimer, au II, les mots »),
    # maybe after an impersonal « il convient de », which gives the verb no subject of its own (p109-017)
    r"(?:il (?:convient|y a lieu|est proposé) d(?:e |'))?"
    rf"{_INFINITIVE}(?:,(?:[^,;«»\"]|{_QUOTED}){{1,80}}?,)?\s+"
    r"(?:ainsi\b"
    rf"|{_DET}mots?\b"
    rf"|{_DET}{WORD_NOUNS}(?<!suivant)(?<!suivante)(?<!suivants)(?<!suivantes)\s*(?::\s*(?:[«\"]|$)|[«\"])"
    # a noun of words with no colon nor quote, as the verb's object, naming its value (« Remplacer la référence à
    # l'article L. 719-12 par … », p110-035; « la date du 31 décembre », « le taux de 5 % », « l'année 2020 »): the
    # amendment's operand, an item of an enumeration of infinitives aside (`_objective`); not « les dates limites
    # de versement », a common noun
    rf"|(?:les |le |la |l'|ces |ce |cet |cette )(?:{_ORDINAL} )?{WORD_NOUNS}(?<!suivant)(?<!suivante)(?<!suivants)"
    r"(?<!suivantes)\s+(?:(?:à|aux|au|du|de|d'|des|en)\s*(?:l'|la |le |les )?)?"
    r"(?:(?:articles?|alinéas?|loi|ordonnance|décret|code)\s+(?:n°\s*)?)?(?:[lrd]\.\s*)?\d"
    rf"|{_DET}(?:alinéas?|phrases?)(?=\s*[.;:,]?\s*[»\"]?\s*$|\s*[,:]|\s+(?:\d|de\b|du\b|des\b|d'|par\b|et\b|ainsi\b|au\b|aux\b|à\b))"
    rf"|{_DET}(?:article|paragraphe)(?=\s*[.;:,]?\s*[»\"]?\s*$|\s+(?:\d|l\.|[ivxlc]+\b)|\s+par\b)"
    r"|(?:le |la )?(?:début|fin) (?:de |du |des |d')"
    # a division by its mark, one put too (« insérer un 2° bis ainsi rédigé », p113-035)
    r"|(?:les |le |au |aux |du |un |une )(?:\d+ ?°|[ivxlc]+|[a-z]\))(?:\s(?:bis|ter|quater|quinquies|[a-z]))?(?=[\s.,;:]|$)"
    r"|(?:le |au |du )[a-z](?=\s*[.;,]?\s*[»\"]?\s*$|\s+(?:du|de|et)\b)"
    # « Remplacer … par la date : « … » », « … par le mot « … » »: the noun of words with its colon or quote (not
    # « Compléter le financement … par les sommes versées », « créés par les termes des conventions », p109-007)
    rf"|{_IN_SENTENCE}*?\bpar (?:les |le |la |l'){WORD_NOUNS}\s*(?::\s*(?:[«\"]|$)|[«\"])"
    # a division or an article put, its place between the verb and it with no comma (« Insérer dans le code de
    # l'énergie un article L. 134-20-1 », « Ajouter au II un alinéa », p115-024)
    r"|(?:dans|au|aux|à|en)\s[^,;:«»\"]{1,80}?\s(?:un|une|deux|trois|quatre|cinq)\s"
    rf"(?:{_ITEM_MARK}|alinéas?|paragraphes?|phrases?|articles?)(?=[\s,;.:»\"]|$)"
    # « ainsi rédigé(e)(s) » anywhere after the verb: what it puts is given, an instruction's own words (« Après le
    # 2°, insérer un 2° bis ainsi rédigé ; », p113-035)
    rf"|{_IN_SENTENCE}*?\bainsi rédigée?s?\b)"
)

# An item's mark (« I. – », « 1° », « a) », « – ») and its depth: an item's list is opened by the nearest alinéa
# before it that is no item at its depth or deeper
_ITEM_DEPTHS = (
    re.compile(r"(?:[IVXLC]+|[A-Z])(?: (?:bis|ter|quater|quinquies|[A-Z]))*\s?\.?\s?[–-]\s"),
    re.compile(r"\d+ ?°(?: (?:bis|ter|quater|quinquies|[A-Z]))*\s"),
    re.compile(r"[a-z]{1,4}(?: (?:bis|ter|quater|quinquies))*\)\s"),
    re.compile(r"[–-]\s"),
)
# An enumeration of infinitives, which a law writes as its own words (ordonnance habilitations, objectives):
# its opener ends « … les mesures relevant du domaine de la loi visant à : », « afin de : », « tendant à : »,
# « permettant de : », « pour : », « ayant pour objet : », « les mesures … suivantes : », « permettant notamment : »,
# each item an infinitive (« 2° Supprimer le II de l'article L. 781-1 ; »); or it is itself an item of such an
# enumeration ending « : » (« 1° En matière de droit du travail : » under « … visant à : », p110-032)
_LIST_ENDING = re.compile(r"(?:\b(?:à|de|d'|pour|objet|suivantes|notamment)|\bafin de)\s*:\s*[»\"]?\s*$")
# … never an amending article's opener (« … est ainsi modifié : », « … ainsi rédigé : », « … est complété par les
# dispositions suivantes : », « Sont insérés … : »), whose items are instructions in the indicative
_AMENDING_OPENER = re.compile(
    r"\b(?:est|sont)\s+(?:ainsi\s+)?(?:modifié|complété|inséré|remplacé|rédigé|ajouté|rétabli|abrogé|supprimé|créé"
    r"|apporté)e?s?\b|\bainsi\s+(?:rédigé|modifié|complété|libellé)e?s?\b|\bcomme suit\b|\bil est (?:inséré|ajouté|rétabli|créé)\b"
    r"|\bmodifications suivantes\b",  # « … subit / fait l'objet des / il est procédé aux modifications suivantes : »
    re.I,
)
# An item that reads as an objective, which only an enumeration of infinitives holds: its mark then at once a bare
# infinitive (no place before it, « 2° Au II de …, supprimer … »; not the imperative, « 2° Supprimez … », nor « 2° Il
# convient de supprimer … »), not « Rédiger ainsi », not quoted words (a noun of words with its colon, « les mots :
# « … » », or « le mot « … » »; « la mention « … » » only over the law in general, « … des dispositions législatives
# en vigueur », p109-010), not ending « : » to announce a quotation (« 3° Rédiger ainsi l'article L. 3132-12 : »)
_OBJECTIVE_OPENING = re.compile(
    rf"\s*[«\"]?\s*(?:{_ITEM_MARK}|[–-])\s+(?:insérer|ajouter|rédiger|remplacer|substituer|supprimer|compléter|rétablir)\b"
)
# nor putting a text (« ainsi rédigé », anywhere) or a division (« Insérer un 2° ter », « … par un alinéa »)
_NOT_OBJECTIVE = re.compile(
    rf"\brédiger ainsi\b|\b{WORD_NOUNS}\s*:|\bmots?\s*[«\"]|\bainsi rédigée?s?\b"
    rf"|\b(?:un|une|deux|trois|quatre|cinq)\s+(?:{_ITEM_MARK}|alinéas?|paragraphes?|phrases?|articles?)(?=[\s,;.:»\"]|$)"
)
# an item ending « : » that opens a list of its own, not a quotation (« 2° Modifier le code du travail afin de : »)
_ITEM_LIST_ENDING = re.compile(r"(?:\b(?:à|de|d'|pour)|\bafin de)\s*:\s*[»\"]?\s*$")
_QUOTED_WORDS = re.compile(rf"\b{WORD_NOUNS}\s*[«\"]")
_THE_LAW_AT_LARGE = re.compile(
    r"\b(?:des|dans les|de l'ensemble des|dans l'ensemble des|de toutes les|dans toutes les) "
    r"(?:dispositions|textes) (?:législatives|réglementaires|législatifs|en vigueur)"
)


def item_depth(text: str) -> int | None:
    """The depth of the item an alinéa opens with (0 « I. – », 1 « 1° », 2 « a) », 3 « – »), None for no item."""
    bare = fold(text).lstrip(" «\"“")
    return next((depth for depth, mark in enumerate(_ITEM_DEPTHS) if mark.match(bare)), None)


def _opener_at(alineas: Sequence[str], at: int) -> int | None:
    """Where the alinéa that opens the list item `alineas[at]` is in stands (None when it is no item, or the list
    opens before the first)."""
    levels = item_levels(alineas)  # « x) » after « ix) » a roman item, below the letters (`divisions.mark_levels`)
    depth = levels[at]
    if depth is None:
        return None
    for before in range(at - 1, -1, -1):
        other = levels[before]
        if other is None or other < depth:
            return before
    return None


def in_enumeration_of_infinitives(alineas: Sequence[str], at: int) -> bool | None:
    """Whether `alineas[at]` is an item of an enumeration of infinitives (`_LIST_ENDING`, not `_AMENDING_OPENER`,
    or nested in one through an item ending « : »); None when that is said before the first alinéa."""
    opener = _opener_at(alineas, at)
    if opener is None:
        return None if item_depth(alineas[at]) is not None else False
    said = fold(alineas[opener])
    if _AMENDING_OPENER.search(said):
        return False
    if _LIST_ENDING.search(said):
        return True
    if item_depth(said) is not None and re.search(r":\s*[»\"]?\s*$", said):
        return in_enumeration_of_infinitives(alineas, opener)
    return False


def _objective(text: str) -> bool:
    """Whether an alinéa that reads as an instruction (`_GIVEN_INSTRUCTION`) reads as an objective, law text in an
    enumeration of infinitives (`_OBJECTIVE_OPENING`, `_NOT_OBJECTIVE`); its only instruction-shaped sentence the
    first."""
    said = fold(text).lower()
    if not _OBJECTIVE_OPENING.match(said) or any(m.start() > 0 for m in _GIVEN_INSTRUCTION.finditer(said)):
        return False
    if _NOT_OBJECTIVE.search(said) or (re.search(r":\s*[»\"]?\s*$", said) and not _ITEM_LIST_ENDING.search(said)):
        return False
    return not _QUOTED_WORDS.search(said) or bool(_THE_LAW_AT_LARGE.search(said))


def _instructions_given(new: Sequence[str]) -> tuple[str, ...] | None:
    """The alinéas given that read as amending instructions (`_GIVEN_INSTRUCTION`): None when one is not an
    objective (`_objective`) item of an enumeration of infinitives (`in_enumeration_of_infinitives`) — an
    instruction, refused; those that are items whose list opens before the text given, to be read in the article
    once put; () for none."""
    later: list[str] = []
    for at, text in enumerate(new):
        if not _GIVEN_INSTRUCTION.search(fold(text).lower()):
            continue
        if not _objective(text):
            return None
        listed = in_enumeration_of_infinitives(new, at)
        if listed is None:  # every alinéa before it an item at its depth or deeper: its list opens in the article
            later.append(text)
        elif not listed:
            return None
    return tuple(later)


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
