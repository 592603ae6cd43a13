"""Hostile inputs: shapes that make a backtracking regex or a naive parser take quadratic or
exponential time, each blown up to about 100 KB. Shared by the hang test and bench/bench_hostile.py.
"""

from __future__ import annotations

import contextlib

SIZE = 100_000


def _fill(unit: str, head: str = "", tail: str = "") -> str:
    return head + unit * max(1, (SIZE - len(head) - len(tail)) // len(unit)) + tail


# One line each; the importers see it as a heading, an alinéa or a title, in plain text and Markdown.
LINES = {
    "adverb run (STRUCTURE)": _fill("ies", "Article 1 ", "1"),
    "adverb run, no end": _fill("ies", "Article 1 "),
    "spaced adverbs": _fill(" bis", "Article 1", " !"),
    "roman numerals": _fill("I", "Article ", "1"),
    "roman numerals then ies": _fill("Iies", "Article "),
    "dashed numbers": _fill("-1", "Article 1", "!"),
    "digits": _fill("1", "Article ", "!"),
    "marks": _fill(" (a)", "Article 1", " x"),
    "unclosed marks": _fill("(", "Article 1 "),
    "spaces after number": _fill(" ", "Article 1", "x"),
    "spaces before number": _fill(" ", "Article", "1x"),
    "dashes": _fill(" -", "Article 1", "x"),
    "elision apostrophes (_ELISION)": _fill("l'"),
    "elision dots": _fill(". ", "", "x"),
    "elision ellipsis": _fill("… ", "", "x"),
    "trailing elision": _fill(" .", "Article 1 — Titre", " x"),
    "trailing elision kept": _fill(" .", "TITRE Ier — Titre"),
    "atx spaces": _fill(" ", "# a", "b"),
    "atx hashes": _fill(" #", "## Article 1", "x"),
    "emphasis": _fill("*", "**Article 1 "),
    "additionnel": _fill(" l'article", "Article additionnel après"),
    "closing quotes": _fill(" ", "«", "x"),
    "unclosed parentheses": _fill("(", "Article 1 "),
    "dot leaders": _fill(" ", "Chapitre Ier — Titre", ". . x"),
}


def markdown_documents() -> dict[str, str]:
    """Each hostile line inside a bill that is otherwise valid, as a heading and as text."""
    docs: dict[str, str] = {}
    for name, line in LINES.items():
        docs[f"{name} / plain"] = f"Titre\n\nArticle 1er\n\nTexte.\n\n{line}\n\nArticle 2\n\nTexte.\n"
        docs[f"{name} / markdown"] = f"# Titre\n\n## Article 1er\n\nTexte.\n\n## {line}\n\n{line}\n"
    return docs


def akn_documents() -> dict[str, str]:
    ns = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

    def bill(body: str) -> str:
        return f'<akomaNtoso xmlns="{ns}"><bill><body>{body}</body></bill></akomaNtoso>'

    article = '<article eId="art_1"><num>Article 1</num><content><p>Texte.</p></content></article>'
    docs = {
        f"{name} / num": bill(f"{article}<article><num>{line}</num><content><p>x</p></content></article>")
        for name, line in LINES.items()
        if "<" not in line and "&" not in line
    }
    docs["deep nesting"] = bill(_fill("<hcontainer name='x'>", "", article) + "</hcontainer>" * 200)
    docs["many articles"] = bill(article.replace('eId="art_1"', "") * (SIZE // len(article)))
    return docs


# Comment Markdown: shapes known to make Markdown parsers slow or their output large.
COMMENTS = {
    "brackets": _fill("["),
    "link brackets": _fill("[a]("),
    "images": _fill("!["),
    "emphasis runs": _fill("*a **a "),
    "underscores": _fill("_a __a "),
    "backticks": _fill("`a``"),
    "angle brackets": _fill("<a"),
    "nested quotes": _fill("> "),
    "nested lists": _fill("- "),
    "nested ordered lists": _fill("1. "),
    "table": "| a | b |\n|---|---|\n" + _fill("| x | y |\n"),
    "wide table": "|" + "a|" * 3000 + "\n|" + "-|" * 3000 + "\n" + _fill("x\n"),
    "entities": _fill("&#"),
    "html": _fill("<div>"),
    "link references": _fill("[a]: b\n"),
    "strikethrough": _fill("~~a "),
    "headings": _fill("# a\n"),
    "spaces": _fill(" ", "a", "b"),
    "escapes": _fill("\\"),
}


# Amending instructions, as pasted or uploaded (the API takes 100 KB): repeated phrases that the forms'
# lazy runs would try at every start, quotes never closed, operands as long as the article they search.
_ARTICLE = "Le maire décide.\n\n" + "a " * 20_000 + "b."
INSTRUCTIONS = {
    "repeated heading words": _fill("modifier ainsi "),
    "repeated alinéa headings": _fill("Alinéa 1 "),
    "closing quotes": _fill("» "),
    "replace without end": _fill("remplacer les mots : « a » par "),
    "anchors without verb": _fill("après le mot : « x » "),
    "colons": _fill(": "),
    "placeholders": _fill("…° "),
    "part marks": _fill("I. – "),
    "verbs": _fill("Supprimer "),
    "straight quotes": _fill('"'),
    "sentences": _fill("Alinéa 1\n\n"),
    "a long operand": "Alinéa 2\n\nRemplacer les mots :\n\n" + _fill("a ") + "\n\npar le mot :\n\nz",
    "a long new start": "Rédiger ainsi le début de l'alinéa 2 : « " + _fill("a ") + "c… (le reste sans changement) »",
    "every occurrence": "Dans l'ensemble de l'article, remplacer le mot : « a » par le mot : « c ».",
    "a far occurrence": "Alinéa 2\n\nRemplacer la 9999e occurrence du mot :\n\na\n\npar le mot :\n\nz",
}


def run(target: str) -> None:
    """Feed every shape of `target` through its reader, printing each name once done (so a hang
    names its shape). Bad input may be refused with InvalidInput; nothing else may escape."""
    from drafting.domain import amending, matching
    from drafting.domain.errors import InvalidInput
    from drafting.domain.richtext import plain_excerpt, render_markdown
    from drafting.domain.textdiff import typography_key
    from drafting.domain.tree import num_token
    from drafting.formats import importer

    def markdown(doc: str) -> None:
        with contextlib.suppress(InvalidInput):
            importer("markdown")(doc)

    def akn(doc: str) -> None:
        with contextlib.suppress(InvalidInput):
            importer("akn")(doc)

    def comment(doc: str) -> None:
        render_markdown(doc)
        plain_excerpt(doc)

    def instructions(text: str) -> None:
        with contextlib.suppress(InvalidInput):  # AmendingError is one
            amending.apply(_ARTICLE, [("1", text)])

    def words(line: str) -> None:
        typography_key(line)
        num_token(line)
        matching._heading_key(line)
        matching._num_key(line)

    shapes, read = {
        "markdown": (markdown_documents(), markdown),
        "akn": (akn_documents(), akn),
        "comment": (COMMENTS, comment),
        "words": (LINES, words),
        "instructions": (INSTRUCTIONS, instructions),
    }[target]
    for name, doc in shapes.items():
        read(doc)
        print(name, flush=True)


if __name__ == "__main__":
    import sys

    run(sys.argv[1])
