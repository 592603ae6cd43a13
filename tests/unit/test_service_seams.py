"""The typed seam between web/ and the services (issue 13, "Typed seams").

A route builds a command dataclass (drafting/services/commands.py) from its request model and hands it
to a service, which answers with a typed view (drafting/services/views/): a misspelt field is a type
error mypy reports, not a KeyError at run time. So no function of `drafting.services` takes `Any` or
a loose dict (rows may be handed among them); none returns `Any`, a loose dict or an ORM row (a
TypedDict's fields are looked into), except helpers given a `Session`, which run inside a service's
transaction and may hand rows to it; and no service imports the web, pydantic or starlette.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import typing
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from pathlib import Path
from types import ModuleType
from typing import Any, is_typeddict

from sqlalchemy.orm import Session

import drafting.services
from drafting.bootstrap import Services
from drafting.storage.models import Base, Bill

LOOSE_MAPPINGS = (dict, Mapping, MutableMapping)
WEB_ONLY = ("drafting.web", "pydantic", "starlette")
TYPE_ONLY_NAMES = {"Services": Services}  # imported under TYPE_CHECKING (bootstrap imports the services)
# "function.parameter" where a loose dict genuinely is the data, not a request body in disguise.
ALLOWED: set[str] = set()


def modules() -> Iterator[ModuleType]:
    for info in pkgutil.walk_packages(drafting.services.__path__, "drafting.services."):
        yield importlib.import_module(info.name)


def callables(*, public: bool) -> Iterator[tuple[str, Callable[..., Any]]]:
    """(qualified name, function): the public functions and public methods (with `__init__`) of the
    services, or their private functions and private methods."""

    def wanted(name: str) -> bool:
        if name.startswith("__"):
            return public and name == "__init__"  # generated ones (__eq__ ...) are nobody's code
        return name.startswith("_") != public

    for module in modules():
        for name, value in vars(module).items():
            if getattr(value, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(value) and wanted(name):
                yield f"{module.__name__}.{name}", value
            elif inspect.isclass(value) and not is_typeddict(value) and not name.startswith("_"):
                for attr, member in vars(value).items():
                    function = member.__func__ if isinstance(member, classmethod | staticmethod) else member
                    if inspect.isfunction(function) and wanted(attr):
                        yield f"{module.__name__}.{name}.{attr}", function


def hints(function: Callable[..., Any]) -> dict[str, Any]:
    return typing.get_type_hints(function, localns=TYPE_ONLY_NAMES)


def untyped(hint: Any, seen: set[int] | None = None) -> Iterator[str]:
    """What in a type is not typed data: Any, a bare or loose mapping, an ORM model."""
    seen = set() if seen is None else seen
    if id(hint) in seen:  # recursive views (a tree's nodes)
        return
    seen.add(id(hint))
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        yield "Any"
    elif hint in LOOSE_MAPPINGS:
        yield "a bare dict"
    elif origin in LOOSE_MAPPINGS and args and args[-1] is Any:
        yield "a dict of Any"
        return
    elif isinstance(hint, type) and issubclass(hint, Base):
        yield f"the ORM model {hint.__name__}"
    elif is_typeddict(hint):
        for field, field_hint in typing.get_type_hints(hint).items():
            yield from (f"{part} (in {hint.__name__}.{field})" for part in untyped(field_hint, seen))
    for argument in args:
        yield from untyped(argument, seen)


def in_transaction(found: dict[str, Any]) -> bool:
    return any(hint is Session for name, hint in found.items() if name != "return")


def test_services_take_typed_parameters() -> None:
    offenders = []
    for name, function in callables(public=True):
        found = hints(function)
        for parameter in inspect.signature(function).parameters.values():
            if parameter.name in ("self", "cls") or f"{name}.{parameter.name}" in ALLOWED:
                continue
            if parameter.name not in found:
                offenders.append(f"{name}({parameter.name}) has no annotation")
            else:  # rows may be handed between services; loose data may not
                parts = [p for p in untyped(found[parameter.name]) if not p.startswith("the ORM model")]
                offenders += [f"{name}({parameter.name}: {part})" for part in parts]
    assert not offenders, "\n".join(offenders)


def test_services_return_typed_views() -> None:
    offenders = []
    for name, function in callables(public=True):
        found = hints(function)
        if "return" not in found:
            offenders.append(f"{name} does not say what it returns")
        elif not in_transaction(found):
            offenders += [f"{name} returns {part}" for part in dict.fromkeys(untyped(found["return"]))]
    assert not offenders, "\n".join(offenders)


def test_private_helpers_build_typed_views_too() -> None:
    """The helpers behind the services (`liasse._decision`, `footprints._span` ...) build the same
    shapes: a loose dict there would reach the views untyped."""
    offenders = []
    for name, function in callables(public=False):
        found = hints(function)
        if "return" not in found:
            offenders.append(f"{name} does not say what it returns")
        else:
            parts = [p for p in untyped(found["return"]) if not p.startswith("the ORM model")]
            offenders += [f"{name} returns {part}" for part in dict.fromkeys(parts)]
    assert not offenders, "\n".join(offenders)


def test_services_import_neither_the_web_nor_its_request_models() -> None:
    found = []
    for module in modules():
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            found += [f"{module.__name__}: {n}" for n in names if n.startswith(WEB_ONLY)]
    assert not found, found


def test_every_allowed_exception_names_a_parameter_that_exists() -> None:
    """An entry left behind after its function changed would quietly allow the next loose dict there."""
    parameters = {
        f"{name}.{parameter}"
        for name, function in callables(public=True)
        for parameter in inspect.signature(function).parameters
    }
    assert not ALLOWED - parameters, f"allowed but not found: {sorted(ALLOWED - parameters)}"


def test_the_checks_see_what_they_look_for() -> None:
    """Guards the guards: the walks reach functions and methods, public and private, and the check
    knows the loose shapes."""
    assert list(untyped(dict[str, Any])) == ["a dict of Any"]
    assert list(untyped(dict)) == ["a bare dict"]
    assert list(untyped(Mapping[str, Any] | None)) == ["a dict of Any"]
    assert list(untyped(list[dict[int, dict[str, Any]]])) == ["a dict of Any"]
    assert list(untyped(tuple[Bill, int])) == ["the ORM model Bill"]
    assert list(untyped(Any)) == ["Any"]
    assert not list(untyped(dict[str, int])) and not list(untyped(list[int] | None))
    public = {name for name, _ in callables(public=True)}
    private = {name for name, _ in callables(public=False)}
    assert {"drafting.services.amendments.Amendments.propose", "drafting.services.bill_views.bill_json"} <= public
    assert {"drafting.services.liasse._decision", "drafting.services.decisions.Decisions._accept"} <= private
