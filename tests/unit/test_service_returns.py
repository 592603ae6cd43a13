"""The amendment side's private helpers build typed views too: none returns `Any` or a loose dict.

`test_service_views.py` checks every public service function; the helpers behind them (`liasse._decision`,
`footprints._span` ...) build the same shapes, and a loose dict there would reach the views untyped.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from types import ModuleType
from typing import Any, is_typeddict

from drafting.bootstrap import Services

AMENDMENT_SIDE = (
    "amendments",
    "amendment_views",
    "amendment_collisions",
    "amendment_drafts",
    "amendment_instructions",
    "amendment_pages",
    "amendment_proposals",
    "decisions",
    "footprints",
    "liasse",
    "parliament_import",
)
LOOSE_MAPPINGS = (dict, Mapping, MutableMapping)
TYPE_ONLY_NAMES = {"Services": Services}  # imported under TYPE_CHECKING (bootstrap imports services)


def _loose(annotation: Any) -> bool:
    """True for `Any`, a bare dict, or a mapping to Any, anywhere inside the annotation."""
    if annotation is Any or annotation in LOOSE_MAPPINGS:
        return True
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in LOOSE_MAPPINGS and args and args[-1] is Any:
        return True
    return any(_loose(arg) for arg in args)


def _private_helpers(module: ModuleType) -> Iterator[tuple[str, Callable[..., Any]]]:
    """The module's private functions and the private methods of its classes."""
    for name, value in vars(module).items():
        if getattr(value, "__module__", None) != module.__name__:
            continue
        if inspect.isfunction(value) and name.startswith("_"):
            yield f"{module.__name__}.{name}", value
        elif inspect.isclass(value) and not is_typeddict(value):
            for attr, member in vars(value).items():
                if not attr.startswith("_") or attr.startswith("__"):  # public, or generated (__eq__ ...)
                    continue
                function = member.__func__ if isinstance(member, classmethod | staticmethod) else member
                if inspect.isfunction(function):
                    yield f"{module.__name__}.{name}.{attr}", function


def _helpers() -> Iterator[tuple[str, Callable[..., Any]]]:
    for name in AMENDMENT_SIDE:
        yield from _private_helpers(importlib.import_module(f"drafting.services.{name}"))


def test_no_private_helper_of_the_amendment_side_returns_any_or_a_loose_dict() -> None:
    offenders = []
    for qualname, function in _helpers():
        hints = typing.get_type_hints(function, localns=TYPE_ONLY_NAMES)
        if "return" not in hints or _loose(hints["return"]):
            offenders.append(f"{qualname} -> {hints.get('return', 'no annotation')}")
    assert not offenders, "helpers returning Any or a loose dict:\n" + "\n".join(offenders)


def test_the_check_sees_what_it_looks_for() -> None:
    """Guards the guard: the walk reaches private functions and methods, and knows the loose shapes."""
    assert _loose(dict[str, Any]) and _loose(list[dict[str, Any]]) and _loose(dict[int, dict[str, Any]] | None)
    assert _loose(Any) and _loose(dict) and _loose(Mapping[str, Any])
    assert not _loose(dict[str, int]) and not _loose(list[int]) and not _loose(str | None)
    names = {name for name, _ in _helpers()}
    assert {"drafting.services.liasse._decision", "drafting.services.decisions.Decisions._accept"} <= names
