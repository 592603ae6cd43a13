"""A refusal told with the words the user quoted: the parser reads each sentence with its quoted operands set
apart as ``¤n¤``, and the sentence it names where reading stopped (`AmendingError.part`) is that prose. Before
it leaves the parser, the refusal gets them back (« Alinéa 2, supprimer les mots : « licorne ». »), each
shortened when long, found by reading the amendment's source again; « … » where they cannot be found."""

from __future__ import annotations

import re
from collections.abc import Sequence

from drafting.domain.amending.codes import same_code
from drafting.domain.amending.edits import AmendingError
from drafting.domain.amending.lexer import Operand, sentences

_OPERAND = re.compile(r"¤(\d+)¤")
LONGEST = 80  # characters of quoted words shown; longer ones keep their start and end


def shortened(words: str) -> str:
    """Quoted words as a refusal shows them: on one line, at most about LONGEST characters."""
    one_line = " ".join(words.split())
    if len(one_line) <= LONGEST:
        return one_line
    return one_line[: LONGEST - 25].rstrip() + " […] " + one_line[-20:].lstrip()


def _put_back(prose: str, operands: Sequence[Operand]) -> str | None:
    """`prose` with each ``¤n¤`` the operand it stands for, between « »; None if one is not there."""
    if any(int(n) >= len(operands) for n in _OPERAND.findall(prose)):
        return None
    return _OPERAND.sub(lambda m: f"« {shortened(operands[int(m.group(1))].text)} »", prose)


def with_quotations(exc: AmendingError, amendments: Sequence[tuple[str, str]], intro: str) -> AmendingError:
    """`exc`, or the same refusal whose part (and reason) show the quoted words the user wrote."""
    if "¤" not in exc.part and "¤" not in exc.reason:
        return exc
    found = None
    for numero, text in amendments:
        if numero != exc.numero:
            continue
        read = [s for source in (same_code(text, intro), text) for s in sentences(source)]
        found = next((s for s in read if s.prose == exc.part), None) or next(
            (s for s in read if exc.part and exc.part in s.prose), None
        )
        if found is not None:
            break
    operands = found.operands if found is not None else []
    part = _put_back(exc.part, operands) if found is not None else None
    reason = _put_back(exc.reason, operands) if found is not None else None
    # the same refusal (of the same class), the reason the parser gave with its words put back
    clear = type(exc)(
        exc.numero,
        part if part is not None else _OPERAND.sub("« … »", exc.part),
        reason if reason is not None else _OPERAND.sub("« … »", exc.reason),
        exc.code,
    )
    return clear
