"""`DependencyGraph.chains`: lazily computed, linear in memory, capped in count and length, and the
same chains as the per-package tuples it replaced wherever those were short."""

from __future__ import annotations

import random
import time
from collections import deque

import pytest

from npmward.model import CHAIN_GAP, MAX_CHAIN_LENGTH, DependencyGraph, LockedPackage


def _graph(edges: dict[str, list[str]], roots: list[str]) -> DependencyGraph:
    packages = tuple(LockedPackage(name=k.rsplit("@", 1)[0], version=k.rsplit("@", 1)[1], dependencies=tuple(v))
                     for k, v in edges.items())
    return DependencyGraph(lockfile="x", format="test", root="app@1.0.0", packages=packages, roots=tuple(roots))


def _reference(edges, roots, root="app@1.0.0", limit=5):
    """The former algorithm: BFS carrying whole chains, at most `limit` per package."""
    paths: dict[str, list[tuple[str, ...]]] = {}
    queue = deque((k, (root,)) for k in dict.fromkeys(roots) if k in edges)
    while queue:
        key, prefix = queue.popleft()
        found = paths.setdefault(key, [])
        chain = prefix + (key,)
        if len(found) >= limit or key in prefix or chain in found:
            continue
        found.append(chain)
        if len(found) == 1:
            for child in dict.fromkeys(edges.get(key, ())):
                if child in edges:
                    queue.append((child, chain))
    return {k: tuple(v) for k, v in paths.items()}


def test_diamond_cycle_self_loop_and_unreachable():
    edges = {"a@1": ["c@1", "a@1"], "b@1": ["c@1"], "c@1": ["a@1"], "lost@1": ["a@1"]}
    graph = _graph(edges, ["a@1", "b@1"])
    assert graph.chains("c@1") == (("app@1.0.0", "a@1", "c@1"), ("app@1.0.0", "b@1", "c@1"))
    assert graph.chains("a@1") == (("app@1.0.0", "a@1"),)  # c@1 -> a@1 would be a cycle through a@1
    assert graph.chains("lost@1") == () and graph.chains("nope@1") == ()
    assert graph.chains("c@1", limit=1) == (("app@1.0.0", "a@1", "c@1"),)


@pytest.mark.parametrize("seed", range(40))
def test_same_chains_as_before_on_random_graphs(seed):
    rnd = random.Random(seed)
    keys = [f"p{i}@1" for i in range(rnd.randint(2, 40))]
    edges = {k: rnd.sample(keys, rnd.randint(0, min(4, len(keys)))) for k in keys}
    roots = rnd.sample(keys, rnd.randint(1, min(3, len(keys))))
    graph = _graph(edges, roots)
    expected = _reference(edges, roots)
    for key in keys:
        if all(len(c) <= MAX_CHAIN_LENGTH for c in expected.get(key, ())):
            assert graph.chains(key) == expected.get(key, ()), key


def test_a_linear_chain_of_20000_is_cheap_and_elided():
    n = 20_000
    edges = {f"p{i}@1": [f"p{i + 1}@1"] if i + 1 < n else [] for i in range(n)}
    graph = _graph(edges, ["p0@1"])
    start = time.perf_counter()
    every = [graph.chains(f"p{i}@1") for i in range(n)]
    assert time.perf_counter() - start < 20
    last = every[-1][0]
    assert len(last) == MAX_CHAIN_LENGTH and CHAIN_GAP in last
    assert last[0] == "app@1.0.0" and last[-1] == f"p{n - 1}@1" and last[-2] == f"p{n - 2}@1"
    assert every[9] == ((("app@1.0.0",) + tuple(f"p{i}@1" for i in range(10))),)
    assert max(len(c[0]) for c in every) == MAX_CHAIN_LENGTH


def test_a_hub_with_many_parents_stays_linear():
    n = 50_000
    edges = {f"p{i}@1": ["hub@1"] for i in range(n)}
    edges["hub@1"] = []
    graph = _graph(edges, list(edges))
    start = time.perf_counter()
    assert len(graph.chains("hub@1", limit=5)) == 5
    assert time.perf_counter() - start < 20
