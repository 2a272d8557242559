"""Regular expressions tried only on texts that hold a word every match holds.

A long alternation of paths (`\\.npmrc|\\.ssh/|id_rsa|...`) makes Python's `re` try every branch at
every position of every string, and nearly all strings hold none of its words. `required_words`
reads the pattern's syntax tree (Python's own parser) for words one of which each match must
contain; `GatedPattern.search` looks for those words first (one literal alternation, which `re`
skips through by first character) and searches with the pattern only where one is. The matches are
the pattern's own: a text without any of the words has none.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _needs(sequence, ascii_only: bool) -> frozenset[str] | None:
    """Words one of which every match of a parsed `sequence` contains (None: no such words known)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in list(sequence) + [(None, None)]:
        if op is C.LITERAL:
            if ascii_only and av > 127:
                return None  # (a case-insensitive non-ASCII letter matches letters the gate would not look for)
            run.append(chr(av))
            continue
        if run:  # consecutive literals are one word of the match
            candidates.append(frozenset(["".join(run)]))
            run = []
        inner = None
        if op is C.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
            inner = _needs(av[3], ascii_only)
        elif op is C.ATOMIC_GROUP:
            inner = _needs(av, ascii_only)
        elif op in _REPEATS and av[0] >= 1:  # repeated at least once
            inner = _needs(av[2], ascii_only)
        elif op is C.BRANCH:  # each alternative's words
            words: set[str] = set()
            for alternative in av[1]:
                found = _needs(alternative, ascii_only)
                if found is None:
                    break
                words |= found
            else:
                inner = frozenset(words)
        if inner is not None:
            candidates.append(inner)
    # Any candidate is necessary; the one whose shortest word is longest rules out the most texts.
    return max(candidates, key=lambda words: min(map(len, words)), default=None)


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Words one of which every match of `pattern` contains (lowercase for a case-insensitive pattern), or
    None when a branch needs none (or the pattern is not one this reads: bytes, verbose)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    try:
        words = _needs(_parser.parse(pattern.pattern, pattern.flags), ignore_case)
    except Exception:  # noqa: BLE001 - another Python's parser: no gate, the same matches
        return None
    if words is None or not all(words):
        return None
    return frozenset(w.lower() for w in words) if ignore_case else words


class GatedPattern:
    """`pattern` with its words looked for first (see the module's docstring); the other methods of
    `re.Pattern` are the pattern's own."""

    __slots__ = ("_pattern", "_words", "_ascii_only")

    def __init__(self, pattern: re.Pattern[str]):
        self._pattern = pattern
        words = required_words(pattern)
        self._ascii_only = bool(pattern.flags & re.IGNORECASE)
        # (case-insensitive: the lowercase words are looked for in the lowercased text, which is exact for ASCII texts
        # only; and a case-sensitive alternation is the one `re` skips through by first character)
        self._words = None if words is None else re.compile("|".join(re.escape(w) for w in sorted(words)))

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        if span or self._words is None or (self._ascii_only and not text.isascii()) \
                or self._words.search(text.lower() if self._ascii_only else text):
            return self._pattern.search(text, *span)
        return None

    def __getattr__(self, name: str):
        return getattr(self._pattern, name)
