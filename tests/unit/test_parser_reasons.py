"""The reasons the instructions parser gives, in French for the French pages: every reason its source
can raise has a line in the table (read from the source, so a reason added to the parser fails here
until it is translated), real refusals read in good French, and an unknown reason stays in English."""

from __future__ import annotations

import ast
import itertools
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from drafting.domain import amending
from drafting.web.i18n.parser_reasons import REASONS, covers, french, french_message, shown

ROOT = Path(__file__).resolve().parents[2]
PARSER = sorted((ROOT / "drafting/domain/amending").glob("*.py"))
# the other refusals the propose page's instructions mode and the import report show
PROPOSING = ROOT / "drafting/services/amendment_instructions.py"
IMPORTING = ROOT / "drafting/services/parliament_import.py"

Shapes = list[str] | None  # a string expression's possible texts, `{}` for what varies; None: not a string


class _Source:
    """A module's reasons as shapes: literals and f-strings, names resolved to what is assigned to them
    in the function (« reason = f"…" », « said = "no" if … else "several" »)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.parents = {child: node for node in ast.walk(self.tree) for child in ast.iter_child_nodes(node)}

    def function(self, node: ast.AST) -> ast.FunctionDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef):
                return node
        return None

    def shapes(self, node: ast.expr, scope: ast.AST | None, seen: frozenset[str] = frozenset()) -> Shapes:
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else None
        if isinstance(node, ast.JoinedStr):
            parts: list[list[str]] = []
            for value in node.values:
                if isinstance(value, ast.FormattedValue):
                    parts.append(self.shapes(value.value, scope, seen) or ["{}"])
                else:
                    parts.append(self.shapes(value, scope, seen) or ["{}"])
            return ["".join(p) for p in itertools.product(*parts)]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.shapes(node.left, scope, seen), self.shapes(node.right, scope, seen)
            return [a + b for a in left for b in right] if left is not None and right is not None else None
        if isinstance(node, ast.IfExp):
            body, orelse = self.shapes(node.body, scope, seen), self.shapes(node.orelse, scope, seen)
            return body + orelse if body is not None and orelse is not None else None
        if isinstance(node, ast.Name) and scope is not None and node.id not in seen:
            values = [
                a.value
                for a in ast.walk(scope)
                if isinstance(a, ast.Assign | ast.AnnAssign)
                and a.value is not None
                and any(isinstance(t, ast.Name) and t.id == node.id for t in _targets(a))
            ]
            if not values:  # assigned in the function around this one (a closure)
                return self.shapes(node, self.function(scope), seen)
            found = [self.shapes(v, scope, seen | {node.id}) for v in values]
            if all(f is not None for f in found):
                return [s for f in found if f is not None for s in f]
        return None

    def reasons_passed(self, callee: str, index: int) -> Iterator[tuple[int, ast.expr, ast.FunctionDef | None]]:
        """The argument at `index` of every call to `callee` (a name, or a method: `ctx.fail`)."""
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call) and _name(node.func) == callee and len(node.args) > index:
                yield node.lineno, node.args[index], self.function(node)


def _targets(node: ast.Assign | ast.AnnAssign) -> list[ast.expr]:
    return node.targets if isinstance(node, ast.Assign) else [node.target]


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def parser_reasons() -> dict[str, str]:
    """Every reason shape the parser raises, with where: the reason given to `AmendingError` (its third
    argument), and to any function that passes its own parameter on as one (`Ctx.fail`)."""
    out: dict[str, str] = {}
    sources = [_Source(p) for p in PARSER]
    callees = [("AmendingError", 2)]
    for callee, index in callees:  # grows as pass-through functions are found
        for source in sources:
            for line, arg, scope in source.reasons_passed(callee, index):
                where = f"{source.path.name}:{line}"
                params = [a.arg for a in scope.args.args] if scope else []
                if isinstance(arg, ast.Name) and arg.id in params:  # passed on: its callers give the reason
                    assert scope is not None
                    offset = 1 if params[:1] == ["self"] else 0
                    callees.append((scope.name, params.index(arg.id) - offset))
                    continue
                shapes = source.shapes(arg, scope)
                assert shapes is not None, f"{where}: the reason is not a string the test can read"
                out.update(dict.fromkeys(shapes, where))
    return out


def other_reasons() -> dict[str, str]:
    """The other refusals the pages show: the proposing service's `InvalidInput` messages, and the
    import's reasons for flagging or skipping an amendment (« report.skipped[n] = … », `_proposed`)."""
    out: dict[str, str] = {}
    proposing = _Source(PROPOSING)
    for line, arg, scope in proposing.reasons_passed("InvalidInput", 0):
        out.update(dict.fromkeys(proposing.shapes(arg, scope) or [], f"{PROPOSING.name}:{line}"))
    importing = _Source(IMPORTING)
    for node in ast.walk(importing.tree):
        given = None
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
            given = node.value
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple) and len(node.value.elts) == 2:
            given = node.value.elts[1]
        if isinstance(given, ast.Constant | ast.JoinedStr):
            shapes = importing.shapes(given, importing.function(node)) or []
            out.update(dict.fromkeys(shapes, f"{IMPORTING.name}:{node.lineno}"))
    return out


def test_the_source_is_read_as_expected() -> None:
    """The reader finds the reasons it should: plain, f-strings, names assigned before, alternatives."""
    found = parser_reasons()
    assert len(found) > 50
    assert "this form of instruction is not known" in found
    assert "it announces {} alinéa(s) and quotes {}" in found
    assert "« {} » is not found in {} (expected {})" in found and "« {} » occurs {} times in {}" in found
    assert "the article has no {} (it has {} alinéa{})" in found  # `has` assigned before, then given
    assert "it says « ce paragraphe » but no alinéa was named before" in found
    assert "it amends amendment {}, which is not among them" in found  # __init__.py
    others = other_reasons()
    assert "the instructions leave the article as it is" in others
    assert "already imported from an earlier file" in others and "a sub-amendment of amendment {}" in others


def test_every_reason_the_parser_can_give_has_a_french_line() -> None:
    """A reason added to the parser (drafting/domain/amending/*.py) fails here: add its line to
    REASONS in drafting/web/i18n/parser_reasons.py, English as the parser writes it, then the French."""
    missing = {shape: where for shape, where in {**parser_reasons(), **other_reasons()}.items() if not covers(shape)}
    assert not missing, "reasons with no French line in parser_reasons.REASONS:\n" + "\n".join(
        f"  {where}: {shape!r}" for shape, where in sorted(missing.items(), key=lambda kv: kv[1])
    )


def test_each_line_is_one_reason_in_french() -> None:
    english = [e for e, _ in REASONS]
    assert len(english) == len(set(english))
    for line, fr in REASONS:
        names = {n.split(":")[0] for n in _fields(fr)}
        assert names <= set(_fields(line)), f"{fr!r} uses a name its English does not have"
        assert "'" not in fr.replace("'instructions'", ""), f"{fr!r}: French takes the ’ apostrophe"


def _fields(text: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


ARTICLE = (
    "Le délai de recours est de six mois à compter de la notification.\n"
    "La décision est motivée. Elle est publiée. Elle est notifiée."
)


@pytest.mark.parametrize(
    ("instructions", "english", "in_french"),
    [
        ("Alinéa 7\n\nSupprimer cet alinéa.", "the article has no alinéa 7 (it has 2 alinéas)",
         "l’article n’a pas d’alinéa 7 (il en a 2)"),
        ("Alinéa 1\n\nSupprimer les mots : « trois ans »", "« trois ans » is not found in alinéa 1",
         "les mots « trois ans » ne figurent pas à l’alinéa 1"),
        ("Alinéa 2\n\nSupprimer le mot : « Elle »", "« Elle » occurs 2 times in alinéa 2",
         "le mot « Elle » figure 2 fois à l’alinéa 2"),
        ("Après l'alinéa 1, insérer deux alinéas ainsi rédigés :\n\n« Un. »",
         "it announces deux alinéa(s) and quotes 1",
         "l’instruction annonce deux alinéas mais en cite 1"),
        ("Alinéa 2, cinquième phrase\n\nSupprimer cette phrase.", "it names phrase 5 of an alinéa that has 3",
         "l’instruction vise la cinquième phrase d’un alinéa qui en compte 3"),
        ("Alinéa 2, première phrase\n\nSupprimer (deux fois) le mot : « décision »",
         "« décision » occurs 1 times in phrase 1 of alinéa 2 (expected 2)",
         "le mot « décision » figure 1 fois à la première phrase de l’alinéa 2 (l’instruction dit 2 fois)"),
        ("Au paragraphe II, supprimer le mot : « mois »",
         "the words « paragraphe ii » do not name a place in this article",
         "les mots « paragraphe ii » ne désignent aucun endroit de cet article"),
        ("Au a) du 2° du I, supprimer le mot : « mois »", "no alinéa of the article opens with the mark « I »",
         "aucun alinéa de l’article ne commence par « I »"),
        ("Supprimer le mot : « an »", "« an » is not found in the article",
         "le mot « an » ne figure pas dans l’article"),
        ("Alinéas 1 et 2\n\nSupprimer les mots : « est de »", "« est de » is not found in alinéa 1, 2",
         "les mots « est de » ne figurent pas aux alinéas 1 et 2"),
        ("Au dernier alinéa, après le mot : « Elle », supprimer le mot : « recours »",
         "« recours » is not found after « Elle »", "le mot « recours » ne figure pas après le mot « Elle »"),
        ("Alinéa 1\n\nRemplacer le mot : « recours » par le mot : « de »", "it leaves « de de » in the text",
         "l’instruction laisse « de de » dans le texte"),
        ("Rien à faire.", "the words « rien » do not name a place in this article",
         "le mot « rien » ne désigne aucun endroit de cet article"),
        ("Alinéa 2, première et dernière phrases\n\nSupprimer ces phrases.",
         "phrase 1 and the last are not two phrases in a row (the alinéa has 3)",
         "la première phrase et la dernière ne se suivent pas (l’alinéa en compte 3)"),
        ("Dans l'ensemble de l'article, supprimer l'alinéa 1",
         "« dans l'ensemble » is read for words of the whole article",
         "« dans l’ensemble » ne s’applique qu’à des mots, dans tout l’article"),
    ],
)  # fmt: skip
def test_real_refusals_of_the_parser_read_in_french(instructions: str, english: str, in_french: str) -> None:
    with pytest.raises(amending.AmendingError) as refused:
        amending.apply(ARTICLE, [("12", instructions)])
    assert refused.value.reason == english  # the parser's words, as the API and the English pages give them
    assert french(refused.value.reason) == in_french
    assert shown("fr", refused.value.reason) == (in_french, "fr")
    assert shown("en", refused.value.reason) == (english, "en")


def test_a_whole_message_reads_in_french_with_its_amendment_and_sentence() -> None:
    """The import report shows the whole message: the sentence, then the reason (its row gives the number)."""
    with pytest.raises(amending.AmendingError) as refused:
        amending.apply(ARTICLE, [("COM-2", "Alinéa 9\n\nSupprimer cet alinéa.")])
    message = refused.value.message
    assert message == "amendment COM-2 « Supprimer cet alinéa. »: the article has no alinéa 9 (it has 2 alinéas)"
    assert french_message(message) == (
        "instruction « Supprimer cet alinéa. » : l’article n’a pas d’alinéa 9 (il en a 2)"
    )
    assert french_message("amendment 4: no instruction found in it") == (
        "l’amendement ne contient aucune instruction reconnue"
    )


def test_places_and_counts_are_written_as_french_writes_them() -> None:
    assert french("the article has no last alinéa (it has 0 alinéas)") == (
        "l’article n’a pas de dernier alinéa (il n’en a aucun)"
    )
    assert french("the article has no alinéa before the last (it has 1 alinéa)") == (
        "l’article n’a pas d’avant-dernier alinéa (il en a 1)"
    )
    assert french("« à la » occurs 3 times in alinéa 2, the last alinéa") == (
        "les mots « à la » figurent 3 fois à l’alinéa 2 et au dernier alinéa"
    )
    assert french("« X » does not occur 2 times in phrase -1 of alinéa 4") == (
        "il n’y a pas de deuxième occurrence du mot « X » à la dernière phrase de l’alinéa 4"
    )
    assert french("the a) of the 2° of the i has no alinéa 3 (it has 2)") == (
        "le a) du 2° du I n’a pas d’alinéa 3 (il en a 2)"
    )
    assert french("the text proposed for article L. 423-14 has no alinéa 5 (it has 4)") == (
        "le texte proposé pour l’article L. 423-14 n’a pas d’alinéa 5 (il en a 4)"
    )
    assert french("the instructions have 120,000 characters; at most 100,000") == (
        "les instructions comptent 120\u202f000 caractères ; 100\u202f000 au plus"
    )


def test_a_reason_not_in_the_table_stays_in_english() -> None:
    new = "it names a chapter the article does not have"  # a reason added to the parser later
    assert french(new) is None and french_message(f"amendment 3 « Supprimer le chapitre. »: {new}") is None
    assert shown("fr", new) == (new, "en")
    # a place the table cannot read leaves the whole reason in English rather than half translated
    odd = "« mots » is not found in the preamble"
    assert french(odd) is None and shown("fr", odd) == (odd, "en")
