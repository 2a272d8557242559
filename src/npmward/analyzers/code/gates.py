"""The rules' text gates, searched together: one pass over a file for all of them.

Many rules first ask whether an RE2 pattern occurs anywhere in a file's text (ads-hiding's stream
runners, office-macro's macro settings, sql-backdoor's SQL words), and nearly no file holds one.
Searched one by one, each is a pass over every file, megabyte bundles included; an RE2 set of them
all is one pass, which says which of them occur (`FileView.mentions` keeps that for the file).
"""

from __future__ import annotations

import re2

MAX_MEM = 256 << 20
"""Memory of the set's automaton: a set that runs out reports no match at all, so it gets far more than
the few thousand states a set of alternations of words needs."""


def any_word(*words: bytes) -> re2._Regexp:
    """The gate `any(word in text for word in words)` (ASCII words), searched with the other gates."""
    return re2.compile(b"|".join(re2.escape(word) for word in words))


class TextGates:
    """The patterns rules ask about, in one RE2 set (rebuilt when a pattern is asked about the first time)."""

    def __init__(self) -> None:
        self._index: dict[bytes, int] = {}
        self._by_pattern: dict[re2._Regexp, int] = {}
        """The same index by the compiled pattern itself (asked forty times per file: its `pattern` is a property)."""
        self._set: re2.Set | None = None

    def occurs(self, pattern: re2._Regexp, text: bytes, memo: dict) -> bool:
        """Whether `pattern` (compiled by `linear_re.compile_bytes`, with RE2's default options) occurs in
        `text`; `memo` keeps what the set found in this text."""
        index = self._by_pattern.get(pattern)
        if index is None:
            index = self._index.get(pattern.pattern)
            if index is None:
                index = self._index[pattern.pattern] = len(self._index)
                self._set = None
            self._by_pattern[pattern] = index
        if self._set is None:
            options = re2.Options()
            options.max_mem = MAX_MEM
            self._set = re2.Set.SearchSet(options)
            for known in self._index:
                self._set.Add(known)
            self._set.Compile()
        found = memo.get("text-gates")
        if found is None or found[0] is not self._set:  # (a set built since lacks no pattern asked about)
            found = memo["text-gates"] = (self._set, frozenset(self._set.Match(text) or ()))
        return index in found[1]


GATES = TextGates()
