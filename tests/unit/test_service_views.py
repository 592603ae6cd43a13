"""Services hand web/ typed views (issue 13, "Typed seams"): no public function or method of
`drafting.services` returns `Any`, a bare `dict`, a `dict[str, Any]` or an ORM row, nor a type
that holds one (a TypedDict's fields are looked into).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any, is_typeddict

from sqlalchemy.orm import Session

import drafting.services
from drafting.bootstrap import Services
from drafting.storage.models import Base

# converted on branch views-amend; emptied when it lands
NOT_YET_TYPED = {
    "drafting.services.amendments",
    "drafting.services.amendment_collisions",
    "drafting.services.amendment_drafts",
    "drafting.services.amendment_instructions",
    "drafting.services.amendment_pages",
    "drafting.services.amendment_proposals",
    "drafting.services.amendment_views",
    "drafting.services.decisions",
    "drafting.services.footprints",
    "drafting.services.liasse",
    "drafting.services.parliament_import",
    # they mask the amendment side's JSON (an amendment, a step of its history)
    "drafting.services.visibility.mask_amendment",
    "drafting.services.visibility.mask_step",
}
# Names some services import only under TYPE_CHECKING (bootstrap imports the services: a cycle otherwise).
TYPE_ONLY_NAMES = {"Services": Services}


def service_modules() -> Iterator[types.ModuleType]:
    for info in pkgutil.walk_packages(drafting.services.__path__, "drafting.services."):
        yield importlib.import_module(info.name)


def public_callables() -> Iterator[tuple[str, Callable[..., Any]]]:
    """(qualified name, function) for every public function, and public method of a public class,
    defined in a module of drafting.services."""
    for module in service_modules():
        for name, value in vars(module).items():
            if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(value):
                yield f"{module.__name__}.{name}", value
            elif inspect.isclass(value):
                for attribute, member in vars(value).items():
                    function = member.__func__ if isinstance(member, (staticmethod, classmethod)) else member
                    if not attribute.startswith("_") and inspect.isfunction(function):
                        yield f"{module.__name__}.{name}.{attribute}", function


def in_transaction(hints: dict[str, Any]) -> bool:
    """A function given a Session runs inside a service's transaction: a helper among services
    (it may hand rows to its caller), never reached from web/, which has no Session."""
    return any(hint is Session for name, hint in hints.items() if name != "return")


def untyped_parts(hint: Any, seen: set[int] | None = None) -> Iterator[str]:
    """What in a return type is not a typed view: Any, a bare dict, an ORM model."""
    seen = set() if seen is None else seen
    if id(hint) in seen:  # recursive views (a tree's nodes)
        return
    seen.add(id(hint))
    if hint is Any:
        yield "Any"
    elif hint is dict:
        yield "a bare dict"
    elif isinstance(hint, type) and issubclass(hint, Base):
        yield f"the ORM model {hint.__name__}"
    elif is_typeddict(hint):
        for field, field_hint in typing.get_type_hints(hint).items():
            yield from (f"{part} (in {hint.__name__}.{field})" for part in untyped_parts(field_hint, seen))
    for argument in typing.get_args(hint):
        yield from untyped_parts(argument, seen)


def test_the_walk_finds_the_services_and_their_methods() -> None:
    names = {name for name, _ in public_callables()}
    assert {"drafting.services.bills.Bills.detail", "drafting.services.bill_views.bill_json"} <= names


def test_services_return_typed_views_not_rows_or_loose_dicts() -> None:
    problems = []
    for name, function in public_callables():
        if name in NOT_YET_TYPED or name.startswith(tuple(f"{module}." for module in NOT_YET_TYPED)):
            continue
        hints = typing.get_type_hints(function, localns=TYPE_ONLY_NAMES)
        if "return" not in hints:
            problems.append(f"{name} does not say what it returns")
        elif not in_transaction(hints):
            problems += [f"{name} returns {part}" for part in dict.fromkeys(untyped_parts(hints["return"]))]
    assert not problems, "\n".join(problems)


def test_the_check_catches_what_it_forbids() -> None:
    from drafting.storage.models import Bill

    assert list(untyped_parts(dict[str, Any])) == ["Any"]
    assert list(untyped_parts(dict)) == ["a bare dict"]
    assert list(untyped_parts(tuple[Bill, int])) == ["the ORM model Bill"]
    assert list(untyped_parts(list[int] | None)) == []
