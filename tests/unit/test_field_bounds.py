"""Every text field of every request body has its own length bound, so no field can make a request
do unbounded work (the body's byte limit is the last line, not the first)."""

from __future__ import annotations

import importlib
import pkgutil
import typing
from typing import Any

from annotated_types import MaxLen

import drafting.web
from drafting.web.requests import Body


def _bodies() -> list[type[Body]]:
    for module in pkgutil.iter_modules(drafting.web.__path__):
        importlib.import_module(f"drafting.web.{module.name}")
    found, pending = [], list(Body.__subclasses__())
    while pending:
        model = pending.pop()
        found.append(model)
        pending.extend(model.__subclasses__())
    return found


def _holds_text(annotation: Any) -> bool:
    if annotation is str:
        return True
    return any(_holds_text(arg) for arg in typing.get_args(annotation))


def test_every_text_field_of_every_body_is_bounded() -> None:
    bodies = _bodies()
    assert len(bodies) >= 15, bodies  # the walk found the route modules' bodies
    unbounded = [
        f"{model.__module__}.{model.__name__}.{name}"
        for model in bodies
        for name, field in model.model_fields.items()
        if _holds_text(field.annotation)
        and typing.get_origin(field.annotation) is not typing.Literal
        and not any(isinstance(m, MaxLen) for m in field.metadata)
    ]
    assert unbounded == []
