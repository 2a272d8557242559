"""Shapes of the documents npmward reads from files an attacker may write, checked before use.

A parser that trusts `data["packages"]` to be an object crashes on a list — or worse, skips it and
reports an empty, clean project. Each reader declares the shape of what it reads as data (only the
fields it uses; other fields are free) and calls `validate` once, after decoding and before reading:

    ENTRY = Record(version=str, resolved=str, dependencies=MapOf(str))
    LOCK = Record(required=("packages",), lockfileVersion=int, packages=MapOf(ENTRY))
    validate(data, LOCK, "package-lock.json", LockfileError)

A wrong type is an error that names the file and the field:
`package-lock.json: packages["node_modules/a"].dependencies must be an object, not a list`.
A field that is absent or null is "not given" unless it is `required`.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterable

MAX_DEPTH = 200
"""Nesting that `validate` follows (npm v1 lockfiles nest two levels per dependency level)."""

_PLAIN = re.compile(r"^[A-Za-z_$][\w$-]*$")
_TYPE_NAMES = {dict: "an object", list: "a list", str: "a string", int: "an integer", float: "a number",
               bool: "a boolean", type(None): "null"}


class Shape:
    """A shape a decoded value must have."""

    expected = "?"

    def check(self, value: Any, where: tuple, depth: int) -> None:
        raise NotImplementedError


class _Type(Shape):
    def __init__(self, kind: type):
        self.kind = kind
        self.expected = _TYPE_NAMES.get(kind, kind.__name__)

    def check(self, value, where, depth):
        if type(value) is self.kind:  # the common case, first
            return
        # bool is an int in Python, not in JSON or YAML; an integer is an acceptable number.
        ok = isinstance(value, self.kind) and not (isinstance(value, bool) and self.kind is not bool)
        if not ok and self.kind is float and isinstance(value, int) and not isinstance(value, bool):
            ok = True
        if not ok:
            _fail(where, self.expected, value)


class _Any(Shape):
    expected = "anything"

    def check(self, value, where, depth):
        return None


ANY = _Any()


def shape(spec: Shape | type) -> Shape:
    return spec if isinstance(spec, Shape) else _Type(spec)


class Record(Shape):
    """An object with known fields; fields not named here are not checked."""

    expected = _TYPE_NAMES[dict]

    def __init__(self, required: Iterable[str] = (), **fields: Shape | type):
        self.required = tuple(required)
        self.fields = {name: shape(spec) for name, spec in fields.items()}

    def check(self, value, where, depth):
        if not isinstance(value, dict):
            _fail(where, self.expected, value)
        _deeper(where, depth)
        for name in self.required:
            if value.get(name) is None:
                raise ShapeError(f"{_where((where, name))} is missing")
        for name, spec in self.fields.items():
            item = value.get(name)
            if item is not None:
                spec.check(item, (where, name), depth + 1)


class MapOf(Shape):
    """An object with any (string) keys whose values all have one shape."""

    expected = _TYPE_NAMES[dict]

    def __init__(self, values: Shape | type = ANY):
        self.values = shape(values)

    def check(self, value, where, depth):
        if not isinstance(value, dict):
            _fail(where, self.expected, value)
        _deeper(where, depth)
        values = self.values
        for key, item in value.items():
            if not isinstance(key, str):
                raise ShapeError(f"{_where(where)} has a key that is not a string: {_show(key)}")
            if values is not ANY:
                values.check(item, (where, key), depth + 1)


class ListOf(Shape):
    """A list whose items all have one shape."""

    expected = _TYPE_NAMES[list]

    def __init__(self, items: Shape | type = ANY):
        self.items = shape(items)

    def check(self, value, where, depth):
        if not isinstance(value, list):
            _fail(where, self.expected, value)
        _deeper(where, depth)
        if self.items is not ANY:
            for index, item in enumerate(value):
                self.items.check(item, (where, index), depth + 1)


class OneOf(Shape):
    """Any one of several shapes (the first whose type matches decides)."""

    def __init__(self, *options: Shape | type):
        self.options = [shape(o) for o in options]
        self.expected = " or ".join(o.expected for o in self.options)

    def check(self, value, where, depth):
        for option in self.options:
            try:
                option.check(value, where, depth)
                return
            except ShapeError as exc:
                if exc.where is not where:  # right type, wrong inside: that error is the useful one
                    raise
        _fail(where, self.expected, value)


class ShapeError(ValueError):
    """A value that does not have its shape (converted by `validate` into the caller's error)."""

    def __init__(self, message: str, where: tuple | None = None):
        super().__init__(message)
        self.where = where
        """The field whose own type is wrong (None when something else is wrong)."""


def validate(value: Any, spec: Shape | type, source: str, error: type[Exception]) -> None:
    """Raise `error("<source>: <field> must be ..., not ...")` unless `value` has the shape `spec`."""
    try:
        shape(spec).check(value, (), 0)
    except ShapeError as exc:
        raise error(f"{source}: {exc}") from None


def describe(value: Any) -> str:
    """`a list`, `a string`, ... : the JSON type of a decoded value, for messages."""
    return _TYPE_NAMES.get(type(value), f"a {type(value).__name__}")


def _fail(where: tuple, expected: str, value: Any) -> None:
    raise ShapeError(f"{_where(where)} must be {expected}, not {describe(value)}", where)


def _deeper(where: tuple, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise ShapeError(f"{_where(where)} is nested deeper than {MAX_DEPTH} levels")


def _where(where: tuple) -> str:
    keys = []
    while where:
        where, key = where
        keys.append(key)
    out = ""
    for key in reversed(keys):
        if isinstance(key, str) and _PLAIN.match(key):
            out += f".{key}" if out else key
        else:
            out += f"[{_show(key)}]"
    return out or "the document"


def _show(key: Any) -> str:
    text = json.dumps(key, default=str)
    return text if len(text) <= 80 else text[:77] + "...\""
