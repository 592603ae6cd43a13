"""Services take typed arguments: no public service function or method accepts `Any` or a loose dict.

Issue 13, "Typed seams": a route builds a command dataclass (drafting/services/commands.py) from its request
model, so a misspelt field is a type error, not a KeyError at run time. Return types are not checked here.
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
from typing import Any

import drafting.services
from drafting.bootstrap import Services

# "function.parameter" where a loose dict genuinely is the data, not a request body in disguise.
ALLOWED: set[str] = set()

LOOSE_MAPPINGS = (dict, Mapping, MutableMapping)
WEB_ONLY = ("drafting.web", "pydantic", "starlette")
# Names some services import only under TYPE_CHECKING (bootstrap imports the services: a cycle otherwise).
TYPE_ONLY_NAMES = {"Services": Services}


def _modules() -> Iterator[ModuleType]:
    for info in pkgutil.iter_modules(drafting.services.__path__):
        yield importlib.import_module(f"drafting.services.{info.name}")


def _public_callables(module: ModuleType) -> Iterator[tuple[str, Callable[..., Any]]]:
    for name, value in vars(module).items():
        if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
            continue
        if inspect.isfunction(value):
            yield f"{module.__name__}.{name}", value
        elif inspect.isclass(value):
            for attr, member in vars(value).items():
                if attr.startswith("_") and attr != "__init__":
                    continue
                function = member.__func__ if isinstance(member, classmethod | staticmethod) else member
                if inspect.isfunction(function):
                    yield f"{module.__name__}.{name}.{attr}", function


def _loose(annotation: Any) -> bool:
    """True for `Any`, a bare dict, or a mapping from str to Any, anywhere inside the annotation."""
    if annotation is Any:
        return True
    if annotation in LOOSE_MAPPINGS:
        return True
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in LOOSE_MAPPINGS and args and args[-1] is Any:
        return True
    return any(_loose(arg) for arg in args)


def _offenders() -> list[str]:
    found = []
    for module in _modules():
        for qualname, function in _public_callables(module):
            hints = typing.get_type_hints(function, localns=TYPE_ONLY_NAMES)
            for parameter in inspect.signature(function).parameters.values():
                if parameter.name in ("self", "cls") or f"{qualname}.{parameter.name}" in ALLOWED:
                    continue
                if parameter.name not in hints or _loose(hints[parameter.name]):
                    shown = hints.get(parameter.name, "no annotation")
                    found.append(f"{qualname}({parameter.name}: {shown})")
    return found


def test_no_service_entry_point_takes_an_untyped_parameter() -> None:
    offenders = _offenders()
    assert not offenders, "service parameters typed Any or a loose dict:\n" + "\n".join(offenders)


def test_services_import_neither_the_web_nor_its_request_models() -> None:
    """Commands are plain dataclasses so that services never depend on how a request was read."""
    found = []
    for module in _modules():
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
        f"{qualname}.{name}"
        for module in _modules()
        for qualname, function in _public_callables(module)
        for name in inspect.signature(function).parameters
    }
    assert not ALLOWED - parameters, f"allowed but not found: {sorted(ALLOWED - parameters)}"


def test_the_check_sees_a_loose_parameter() -> None:
    """Guards the guard: the walk must reach methods and recognise the loose shapes."""
    assert _loose(dict[str, Any]) and _loose(Mapping[str, Any]) and _loose(dict) and _loose(Any)
    assert _loose(dict[str, Any] | None)
    assert not _loose(dict[str, int]) and not _loose(list[int]) and not _loose(str | None)
    names = {name for module in _modules() for name, _ in _public_callables(module)}
    assert "drafting.services.amendments.Amendments.propose" in names
