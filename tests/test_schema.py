"""`npmward.schema`: declared shapes, checked once, errors naming the file and the field."""

from __future__ import annotations

import pytest

from npmward.schema import ListOf, MapOf, OneOf, Record, validate

ENTRY = Record(version=str, dev=bool, dependencies=MapOf(str), size=float)
LOCK = Record(required=("packages",), lockfileVersion=int, packages=MapOf(ENTRY), tags=ListOf(str),
              ref=OneOf(str, Record(version=str)))


class Boom(Exception):
    pass


def _error(data) -> str:
    with pytest.raises(Boom) as info:
        validate(data, LOCK, "lock.json", Boom)
    return str(info.value)


def test_good_documents_pass_and_unknown_fields_are_free():
    validate({"packages": {"": {}, "node_modules/a": {"version": "1", "dev": True, "size": 2, "x": [1]}},
              "lockfileVersion": 3, "ref": {"version": "1"}, "other": None, "tags": ["a"]}, LOCK, "lock.json", Boom)
    validate({"packages": {}, "lockfileVersion": None, "ref": "x"}, LOCK, "lock.json", Boom)


@pytest.mark.parametrize("data, message", [
    ([], "lock.json: the document must be an object, not a list"),
    ({"lockfileVersion": 3}, "lock.json: packages is missing"),
    ({"packages": []}, "lock.json: packages must be an object, not a list"),
    ({"packages": {}, "lockfileVersion": "3"}, "lockfileVersion must be an integer, not a string"),
    ({"packages": {}, "lockfileVersion": True}, "lockfileVersion must be an integer, not a boolean"),
    ({"packages": {"node_modules/a": {"version": 1}}}, 'packages["node_modules/a"].version must be a string, not an integer'),
    ({"packages": {"a": {"dependencies": {"b": ["c"]}}}}, "packages.a.dependencies.b must be a string, not a list"),
    ({"packages": {"a": {"dev": "yes"}}}, "packages.a.dev must be a boolean, not a string"),
    ({"packages": {}, "tags": ["a", 2]}, "tags[1] must be a string, not an integer"),
    ({"packages": {}, "ref": 3}, "ref must be a string or an object, not an integer"),
    ({"packages": {}, "ref": {"version": []}}, "ref.version must be a string, not a list"),
    ({"packages": {"\x1b[2J": 1}}, 'packages["\\u001b[2J"] must be an object, not an integer'),
])
def test_wrong_shapes_name_the_file_and_the_field(data, message):
    assert message in _error(data)


def test_non_string_keys_and_deep_nesting_are_errors():
    assert "key that is not a string" in _error({"packages": {1: {}}})
    deep = Record()
    deep.fields["d"] = MapOf(deep)
    value: dict = {}
    for _ in range(1000):
        value = {"d": {"x": value}}
    with pytest.raises(Boom, match="nested deeper"):
        validate(value, deep, "deep.json", Boom)
