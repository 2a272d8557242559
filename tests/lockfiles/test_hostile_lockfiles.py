"""Hostile lockfiles end in a graph or a clear `LockfileError` naming the file (and the field), within
a time budget: wrong types, deep nesting, YAML alias bombs, too many entries, broken entries."""

from __future__ import annotations

import json
import time

import pytest
from lockfile_hostile import deep_json, laughs, package_lock_v3

from npmward.lockfiles import LockfileError, read_lockfile

BUDGET = 10.0  # seconds for each small hostile input (generous: the machine is shared; the old code took minutes)


def _read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text)
    start = time.monotonic()
    try:
        return read_lockfile(path)
    finally:
        assert time.monotonic() - start < BUDGET


def _refused(tmp_path, name: str, text: str, *fragments: str) -> str:
    with pytest.raises(LockfileError) as info:
        _read(tmp_path, name, text)
    message = str(info.value)
    assert str(tmp_path / name) in message
    for fragment in fragments:
        assert fragment in message, message
    return message


PNPM9_HEAD = "lockfileVersion: '9.0'\n\nimporters:\n  .:\n    dependencies:\n      a:\n        specifier: ^1.0.0\n        version: 1.0.0\n"
BERRY_HEAD = '__metadata:\n  version: 8\n  cacheKey: 10c0\n\n'
GOOD_A = '"a@npm:^1.0.0":\n  version: 1.0.0\n  resolution: "a@npm:1.0.0"\n  checksum: 10c0/abc\n  languageName: node\n  linkType: hard\n'

WRONG_TYPES = [
    ("package-lock.json", json.dumps({"lockfileVersion": 3, "packages": [{"version": "1.0.0"}]}),
     "packages must be an object, not a list"),
    ("package-lock.json", json.dumps({"lockfileVersion": 3}), "packages is missing"),
    ("package-lock.json", json.dumps({"lockfileVersion": 2, "packages": "x", "dependencies": {}}),
     "packages must be an object, not a string"),
    ("package-lock.json", package_lock_v3({"node_modules/a": {"version": 1}}),
     'packages["node_modules/a"].version must be a string, not an integer'),
    ("package-lock.json", package_lock_v3({"node_modules/a": {"version": "1.0.0", "dependencies": ["b"]}}),
     'packages["node_modules/a"].dependencies must be an object, not a list'),
    ("package-lock.json", package_lock_v3({"node_modules/a": ["1.0.0"]}),
     'packages["node_modules/a"] must be an object, not a list'),
    ("package-lock.json", package_lock_v3({"node_modules/a": {"version": "1.0.0", "dev": "yes"}}),
     'packages["node_modules/a"].dev must be a boolean, not a string'),
    ("package-lock.json", json.dumps({"lockfileVersion": True, "packages": {}}), "lockfileVersion True is not supported"),
    ("package-lock.json", json.dumps([1, 2]), "must be a JSON object"),
    ("npm-shrinkwrap.json", json.dumps({"lockfileVersion": 1, "dependencies": [1]}), "dependencies must be an object, not a list"),
    ("npm-shrinkwrap.json", json.dumps({"lockfileVersion": 1, "dependencies": {"a": {"version": "1.0.0", "dependencies": {"b": 2}}}}),
     "dependencies.a.dependencies.b must be an object, not an integer"),
    ("npm-shrinkwrap.json", json.dumps({"lockfileVersion": 1, "dependencies": {"a": {"version": "1", "requires": True}}}),
     "dependencies.a.requires must be an object, not a boolean"),
    ("pnpm-lock.yaml", "lockfileVersion: '9.0'\nimporters:\n  .: just a string\n", 'importers["."] must be an object, not a string'),
    ("pnpm-lock.yaml", PNPM9_HEAD + "packages:\n  a@1.0.0: x\n", 'packages["a@1.0.0"] must be an object, not a string'),
    ("pnpm-lock.yaml", PNPM9_HEAD + "snapshots:\n  - a@1.0.0\n", "snapshots must be an object, not a list"),
    ("pnpm-lock.yaml", PNPM9_HEAD + "packages:\n  a@1.0.0:\n    resolution: [sha512-x]\n",
     'packages["a@1.0.0"].resolution must be an object, not a list'),
    ("pnpm-lock.yaml", PNPM9_HEAD + "packages:\n  a@1.0.0:\n    resolution: {integrity: 5}\n",
     'packages["a@1.0.0"].resolution.integrity must be a string, not an integer'),
    ("pnpm-lock.yaml", "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      a: [1]\n",
     'importers["."].dependencies.a must be a string or an object, not a list'),
    ("pnpm-lock.yaml", "lockfileVersion: [9]\n", "lockfileVersion [9] is not supported"),
    ("pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n  garbage:\n    resolution: {integrity: sha512-x}\n",
     "cannot tell the package name"),
    ("pnpm-lock.yaml", "- 1\n- 2\n", "no lockfile document found"),
    ("yarn.lock", "__metadata: 3\n", "__metadata must be an object, not an integer"),
    ("yarn.lock", "__metadata:\n  cacheKey: 1\n", "__metadata.version is missing"),
    ("yarn.lock", BERRY_HEAD + '"a@npm:^1.0.0":\n  - 1\n', 'must be an object, not a list'),
    ("yarn.lock", BERRY_HEAD + '"a@npm:^1.0.0":\n  version: 1.0.0\n  dependencies: [b]\n',
     '["a@npm:^1.0.0"].dependencies must be an object, not a list'),
    ("yarn.lock", BERRY_HEAD + '"a@npm:^1.0.0":\n  version: 1.0.0\n  resolution: [x]\n',
     '["a@npm:^1.0.0"].resolution must be a string, not a list'),
    ("yarn.lock", "# yarn lockfile v1\n\na@^1.0.0:\n  resolved \"https://x.test/a.tgz\"\n", "has no package name or no version"),
    ("yarn.lock", "# yarn lockfile v1\n  version \"1.0.0\"\n", "indented line before the first entry"),
    ("bun.lock", '{"lockfileVersion": 1, "packages": [],}', "packages must be an object, not a list"),
    ("bun.lock", '{"lockfileVersion": 1, "packages": {"a": "a@1.0.0"}}', "packages.a must be a list, not a string"),
    ("bun.lock", '{"lockfileVersion": 1, "packages": {"a": [1]}}', "packages.a[0] must be a string or an object, not an integer"),
    ("bun.lock", '{"lockfileVersion": 1, "packages": {"a": ["nonsense"]}}', 'must start with "name@version"'),
    ("bun.lock", '{"lockfileVersion": 1, "packages": {"a": []}}', 'must start with "name@version"'),
    ("bun.lock", '{"lockfileVersion": 1, "workspaces": {"": {"dependencies": ["a"]}}}',
     'workspaces[""].dependencies must be an object, not a list'),
    ("bun.lock", '{"lockfileVersion": true}', "lockfileVersion True is not supported"),
    ("bun.lock", '[1,]', "lockfileVersion None is not supported"),
]


@pytest.mark.parametrize("name, text, message", WRONG_TYPES, ids=[f"{n}:{m[:40]}" for n, _, m in WRONG_TYPES])
def test_wrong_shapes_are_errors_naming_the_file_and_the_field(tmp_path, name, text, message):
    _refused(tmp_path, name, text, message)


def test_yarn_v1_field_names_cannot_overwrite_the_parser_state(tmp_path):
    text = '# yarn lockfile v1\n\na@^1.0.0:\n  version "1.0.0"\n  deps "x"\n  descriptors "y"\n  key "z"\n'
    graph = _read(tmp_path, "yarn.lock", text)
    assert [p.key for p in graph.packages] == ["a@1.0.0"]


@pytest.mark.parametrize("name, text", [
    ("package-lock.json", deep_json(100_000)),
    ("package-lock.json", '{"lockfileVersion": 3, "packages": ' + deep_json(50_000) + "}"),
    ("bun.lock", '{"lockfileVersion": 1, "packages": {"a": ' + "[" * 100_000 + "]" * 100_000 + "}}"),
])
def test_deeply_nested_json_is_a_clear_error(tmp_path, name, text):
    message = _refused(tmp_path, name, text)
    assert "nested too deeply" in message or "must be" in message


def test_deeply_nested_v1_dependencies_are_refused(tmp_path):
    levels = 300  # 600 JSON levels: decodable, but deeper than any real tree
    text = '{"lockfileVersion": 1, "dependencies": ' + '{"a": {"version": "1.0.0", "dependencies": ' * levels \
        + "{}" + "}}" * levels + "}"
    _refused(tmp_path, "package-lock.json", text, "nested deeper than")


def test_deep_node_modules_locations_are_refused(tmp_path):
    location = "node_modules/a" + "/node_modules/a" * 2000
    _refused(tmp_path, "package-lock.json", package_lock_v3({location: {"version": "1.0.0", "dependencies": {"zz": "1"}}}),
             "nested deeper than")


@pytest.mark.parametrize("name, text", [
    ("pnpm-lock.yaml", laughs() + "lockfileVersion: *l9\n"),
    ("pnpm-lock.yaml", laughs() + "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n"
                                  "      a:\n        specifier: ^1.0.0\n        version: *l9\n"),
    ("yarn.lock", "__metadata:\n  version: *l9\n  cacheKey: 10c0\n" + laughs()),
    ("yarn.lock", BERRY_HEAD + laughs() + '"a@npm:^1.0.0":\n  version: 1.0.0\n  resolution: *l9\n'),
], ids=["pnpm-lockfileVersion", "pnpm-dependency-version", "berry-metadata-version", "berry-resolution"])
def test_yaml_alias_bombs_are_refused(tmp_path, name, text):
    assert len(text.encode()) < 1024
    _refused(tmp_path, name, text, "alias")


@pytest.mark.parametrize("name, text, fmt", [
    ("package-lock.json", json.dumps({"name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": True,
                                      "packages": {"": {"name": "app", "version": "1.0.0"}}}), "package-lock@3"),
    ("package-lock.json", json.dumps({"name": "app", "version": "1.0.0", "lockfileVersion": 2, "requires": True,
                                      "packages": {"": {"name": "app"}}, "dependencies": {}}), "package-lock@2"),
    ("npm-shrinkwrap.json", json.dumps({"name": "app", "version": "1.0.0", "lockfileVersion": 1, "requires": True}),
     "package-lock@1"),
    ("pnpm-lock.yaml", "lockfileVersion: 5.3\n\nspecifiers: {}\n", "pnpm@5.3"),
    ("pnpm-lock.yaml", "lockfileVersion: '6.0'\n", "pnpm@6.0"),
    ("pnpm-lock.yaml", "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n\nimporters:\n\n  .: {}\n", "pnpm@9.0"),
    ("yarn.lock", "# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n", "yarn@1"),
    ("yarn.lock", BERRY_HEAD, "yarn-berry@8"),
    ("bun.lock", '{\n  "lockfileVersion": 1,\n  "workspaces": {\n    "": {\n      "name": "app",\n    },\n  },\n}\n', "bun@1"),
])
def test_well_formed_lockfiles_of_projects_without_dependencies_have_no_packages(tmp_path, name, text, fmt):
    graph = _read(tmp_path, name, text)
    assert graph.format == fmt and graph.packages == ()


def test_an_empty_file_is_not_a_lockfile(tmp_path):
    _refused(tmp_path, "pnpm-lock.yaml", " \n", "the lockfile is empty")


def test_more_entries_than_the_cap_are_refused(tmp_path):
    from npmward.lockfiles import MAX_ENTRIES
    packages = {f"node_modules/p{i}": {"version": "1.0.0"} for i in range(MAX_ENTRIES + 1)}
    path = tmp_path / "package-lock.json"
    path.write_text(package_lock_v3(packages))
    start = time.monotonic()
    with pytest.raises(LockfileError, match=f"npmward reads at most {MAX_ENTRIES}"):
        read_lockfile(path)
    assert time.monotonic() - start < 20


@pytest.mark.parametrize("name, block", [
    ("yarn.lock", '# yarn lockfile v1\n\n' + "".join(f'p{i}@1.0.0:\n  version "1.0.0"\n\n' for i in range(60))),
    ("yarn.lock", BERRY_HEAD + "".join(f'"p{i}@npm:1.0.0":\n  version: 1.0.0\n\n' for i in range(60))),
    ("pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n" + "".join(f"  p{i}@1.0.0: {{}}\n" for i in range(60))),
    ("bun.lock", json.dumps({"lockfileVersion": 1, "packages": {f"p{i}": [f"p{i}@1.0.0"] for i in range(60)}})),
    ("npm-shrinkwrap.json", json.dumps({"lockfileVersion": 1, "dependencies": {f"p{i}": {"version": "1.0.0"} for i in range(60)}})),
])
def test_every_format_applies_the_entry_cap(tmp_path, monkeypatch, name, block):
    from npmward.lockfiles import parts
    monkeypatch.setattr(parts, "MAX_ENTRIES", 50)
    _refused(tmp_path, name, block, "npmward reads at most 50")


@pytest.mark.parametrize("descriptor", ['"@foo@^1.0.0"', '"a\\u001b[2Jb@^1.0.0"', '"a b@^1.0.0"'])
def test_names_no_package_manager_writes_are_refused(tmp_path, descriptor):
    name = json.loads(descriptor)
    text = f'# yarn lockfile v1\n\n"{name}":\n  version "1.0.0"\n'
    _refused(tmp_path, "yarn.lock", text, "invalid package name or version")


def test_control_characters_in_a_version_are_refused(tmp_path):
    _refused(tmp_path, "package-lock.json", package_lock_v3({"node_modules/a": {"version": "1.0.0\x1b]0;x\x07"}}),
             "invalid package name or version")


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_lockfile_that_is_not_a_regular_file_is_refused_without_blocking(tmp_path, kind):
    import os
    path = tmp_path / "package-lock.json"
    if kind == "fifo":
        os.mkfifo(path)  # opening it would wait for a writer forever
    else:
        path.symlink_to("/dev/zero")  # reading it never ends
    (tmp_path / "package.json").symlink_to("/dev/zero")
    start = time.monotonic()
    with pytest.raises(LockfileError, match="not a regular file"):
        read_lockfile(path)
    assert time.monotonic() - start < BUDGET
