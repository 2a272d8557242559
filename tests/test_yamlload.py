"""The one YAML loader for untrusted files: safe, bounded in alias expansion, size and depth."""

from __future__ import annotations

import time

import pytest

from npmward.errors import NpmwardError
from npmward.yamlload import MAX_ALIAS_NODES, YamlError, load_yaml


def _laughs(levels: int, width: int = 9) -> str:
    """A "billion laughs" document: each level refers `width` times to the one before."""
    lines = ["l0: &l0 [" + ",".join(["lol"] * width) + "]"]
    for i in range(1, levels + 1):
        lines.append(f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def _merge_bomb(levels: int, width: int = 9) -> str:
    lines = ["m0: &m0 {a: 1}"]
    for i in range(1, levels + 1):
        lines.append(f"m{i}: &m{i} {{<<: [" + ",".join([f"*m{i - 1}"] * width) + "]}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("text", [
    _laughs(9),
    "lockfileVersion:\n  " + _laughs(9).replace("\n", "\n  ").rstrip() + "\n  v: *l9\n",
    _merge_bomb(9),
    "a: &a [*a]\n",
    "&a {x: *a}\n",
], ids=["laughs", "nested-laughs", "merge-keys", "recursive-seq", "recursive-map"])
def test_alias_bombs_are_refused_quickly(text):
    assert len(text) < 1024
    start = time.monotonic()
    with pytest.raises(YamlError) as info:
        load_yaml(text, "pnpm-lock.yaml")
    assert time.monotonic() - start < 10  # seconds; unbounded before (minutes and GBs)
    assert "pnpm-lock.yaml" in str(info.value) and "alias" in str(info.value)
    assert isinstance(info.value, NpmwardError)


def test_a_few_aliases_are_fine():
    data = load_yaml("base: &b {x: 1}\nother: *b\nmerged: {<<: *b, y: 2}\n", "settings.yml")
    assert data == {"base": {"x": 1}, "other": {"x": 1}, "merged": {"x": 1, "y": 2}}


def test_expansion_just_under_the_budget_is_allowed():
    width = 100
    levels = 1
    while width ** (levels + 1) < MAX_ALIAS_NODES:
        levels += 1
    load_yaml(_laughs(levels - 1, width), "x.yaml")


@pytest.mark.parametrize("text, message", [
    ("[" * 5000 + "]" * 5000, "nest"),
    ("".join("  " * i + "a:\n" for i in range(3000)), "nest"),
    ("a: " + "1" * 10000 + "\n", "x.yaml"),
    ("a: [1, 2\n", "x.yaml"),
    ("!!python/object:os.system {}\n", "x.yaml"),
    ("a: !!binary 'not base64!'\n", "x.yaml"),
    ("? [1, 2]\n: x\n", "x.yaml"),
    ("a: 1\na: 2\n", None),
])
def test_broken_or_hostile_yaml_is_a_clear_error(text, message):
    if message is None:  # duplicate keys: YAML 1.1 loaders keep the last; not an error
        assert load_yaml(text, "x.yaml") == {"a": 2}
        return
    with pytest.raises(YamlError) as info:
        load_yaml(text, "x.yaml")
    assert message in str(info.value) and "x.yaml" in str(info.value)


def test_deep_but_parseable_nesting_is_capped():
    depth = 200
    with pytest.raises(YamlError, match="nested deeper"):
        load_yaml("[" * depth + "]" * depth, "x.yaml")
    assert load_yaml("[" * 40 + "]" * 40, "x.yaml") is not None


def test_size_cap():
    with pytest.raises(YamlError, match="larger than"):
        load_yaml("a: b\n" * 100, "x.yaml", max_bytes=100)


def test_documents():
    assert load_yaml("a: 1\n---\nb: 2\n", "x.yaml", documents=True) == [{"a": 1}, {"b": 2}]
    assert load_yaml("", "x.yaml", documents=True) == []
    assert load_yaml("", "x.yaml") is None


def test_real_lockfile_loads_fast(shared_dir):
    path = shared_dir / "fixtures/lockfiles/pnpm-9.0-multidoc/pnpm/pnpm-lock.yaml"
    import yaml
    text = path.read_text()
    start = time.perf_counter()
    ours = load_yaml(text, str(path), documents=True)
    took = time.perf_counter() - start
    assert ours == list(yaml.load_all(text, Loader=yaml.CSafeLoader))
    assert took < 20
