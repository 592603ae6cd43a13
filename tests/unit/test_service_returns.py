"""The amendment side's services return typed views: no function there, public or private, returns
`Any` or a loose dict, and the views (TypedDicts in drafting/services/views) hold no `Any`.

Issue 13, "Typed seams": a route or template that reads `result["id"]` is checked by mypy against
the view. The modules of the bills and participation side join AMENDMENT_SIDE once theirs are typed.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from types import ModuleType
from typing import Any, NotRequired, is_typeddict

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
VIEWS = ("amendments", "footprints")
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


def _functions(module: ModuleType) -> Iterator[tuple[str, Callable[..., Any]]]:
    """Every function and method the module defines, private ones included."""
    for name, value in vars(module).items():
        if getattr(value, "__module__", None) != module.__name__:
            continue
        if inspect.isfunction(value):
            yield f"{module.__name__}.{name}", value
        elif inspect.isclass(value) and not is_typeddict(value):
            for attr, member in vars(value).items():
                if attr.startswith("__") and attr != "__init__":  # a dataclass's generated __eq__, __repr__
                    continue
                function = member.__func__ if isinstance(member, classmethod | staticmethod) else member
                if inspect.isfunction(function):
                    yield f"{module.__name__}.{name}.{attr}", function


def _amendment_side() -> list[ModuleType]:
    return [importlib.import_module(f"drafting.services.{name}") for name in AMENDMENT_SIDE]


def test_no_amendment_service_returns_any_or_a_loose_dict() -> None:
    offenders = []
    for module in _amendment_side():
        for qualname, function in _functions(module):
            hints = typing.get_type_hints(function, localns=TYPE_ONLY_NAMES)
            if "return" not in hints or _loose(hints["return"]):
                offenders.append(f"{qualname} -> {hints.get('return', 'no annotation')}")
    assert not offenders, "services returning Any or a loose dict:\n" + "\n".join(offenders)


def test_the_views_hold_no_any() -> None:
    offenders = []
    for name in VIEWS:
        module = importlib.import_module(f"drafting.services.views.{name}")
        for view in vars(module).values():
            if is_typeddict(view) and view.__module__ == module.__name__:
                for key, hint in typing.get_type_hints(view).items():
                    if _loose(hint):
                        offenders.append(f"{view.__name__}[{key!r}]: {hint}")
    assert not offenders, "views with an Any or a loose dict:\n" + "\n".join(offenders)


def test_the_checks_see_what_they_look_for() -> None:
    """Guards the guard: the walk reaches methods and private helpers, and knows the loose shapes."""
    assert _loose(dict[str, Any]) and _loose(list[dict[str, Any]]) and _loose(dict[int, dict[str, Any]] | None)
    assert _loose(Any) and _loose(NotRequired[Any]) and _loose(dict)
    assert not _loose(dict[str, int]) and not _loose(list[int]) and not _loose(str | None)
    names = {name for module in _amendment_side() for name, _ in _functions(module)}
    assert {"drafting.services.amendments.Amendments.get", "drafting.services.liasse._decision"} <= names
