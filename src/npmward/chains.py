"""The chains from a project's root to each of its packages, computed once, in linear memory.

Keeping every chain as a tuple costs the sum of all chain lengths: quadratic on a 20,000-deep
linear chain (12 GB). Instead one breadth-first search records, per package, the parents that reach
it (in the order BFS meets them, so shorter chains first) and a fixed-size summary of its shortest
chain: its length, its first `MAX_CHAIN_LENGTH` entries (shared with its descendants once full) and
its last few. A chain through parent P is P's shortest chain plus the package. A parent whose
shortest chain runs through the package itself would make a cycle; an ancestor test on the BFS tree
(entry/exit times of one iterative DFS) rules it out in O(1).
"""

from __future__ import annotations

from collections import deque
from typing import Iterable, Mapping

from .model import CHAIN_GAP, MAX_CHAIN_LENGTH

_HEAD = MAX_CHAIN_LENGTH // 2
_TAIL = MAX_CHAIN_LENGTH - _HEAD - 1
_MAX_PARENTS = 32
"""Parents remembered per package (a hub that 100,000 packages depend on needs only a few chains)."""
_ROOT = ""  # the parent of the root's direct dependencies (no package has an empty key)


class ChainIndex:
    """Parents and shortest-chain summaries of every package reachable from the root."""

    def __init__(self, root: str, roots: Iterable[str], edges: Mapping[str, Iterable[str]]):
        self.parents: dict[str, list[str]] = {}
        # key -> (length, first entries up to MAX_CHAIN_LENGTH, last _TAIL entries) of its shortest chain
        self.summary: dict[str, tuple[int, tuple[str, ...], tuple[str, ...]]] = {_ROOT: (1, (root,), (root,))}
        queue: deque[str] = deque()
        for key in roots:
            if key in edges:
                self._reach(_ROOT, key, queue)
        while queue:
            parent = queue.popleft()
            for child in edges.get(parent, ()):
                if child in edges:
                    self._reach(parent, child, queue)
        self._enter, self._exit = self._tree_times()

    def _reach(self, parent: str, child: str, queue: deque[str]) -> None:
        parents = self.parents.get(child)
        if parents is None:
            length, head, tail = self.summary[parent]
            self.summary[child] = (length + 1, head + (child,) if len(head) < MAX_CHAIN_LENGTH else head,
                                   (tail + (child,))[-_TAIL:])
            self.parents[child] = [parent]
            queue.append(child)
        elif parent != child and len(parents) < _MAX_PARENTS and parent not in parents:
            parents.append(parent)

    def _tree_times(self) -> tuple[dict[str, int], dict[str, int]]:
        """DFS entry and exit times on the BFS tree (each package under its first parent)."""
        children: dict[str, list[str]] = {}
        for child, parents in self.parents.items():
            children.setdefault(parents[0], []).append(child)
        enter: dict[str, int] = {}
        exit_: dict[str, int] = {}
        clock = 0
        stack = [(_ROOT, False)]
        while stack:
            key, done = stack.pop()
            if done:
                exit_[key] = clock
                continue
            enter[key] = clock
            clock += 1
            stack.append((key, True))
            stack.extend((child, False) for child in children.get(key, ()))
        return enter, exit_

    def _is_ancestor(self, ancestor: str, key: str) -> bool:
        return self._enter[ancestor] <= self._enter[key] < self._exit[ancestor]

    def chains(self, key: str, limit: int) -> tuple[tuple[str, ...], ...]:
        out = []
        for parent in self.parents.get(key, ()):
            if len(out) >= limit:
                break
            if parent != _ROOT and self._is_ancestor(key, parent):
                continue  # the parent's shortest chain already passes through `key`: a cycle
            length, head, tail = self.summary[parent]
            length += 1
            if length <= MAX_CHAIN_LENGTH:
                out.append(head + (key,))
            else:
                out.append(head[:_HEAD] + (CHAIN_GAP,) + (tail + (key,))[-_TAIL:])
        return tuple(out)
