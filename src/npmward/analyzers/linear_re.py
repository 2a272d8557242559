"""Linear-time regular expressions (RE2) for patterns that run on attacker-controlled text.

Python's `re` backtracks: `\\bxclip\\b.*\\s-o\\b` over 20 KB of repeated `xclip` takes seconds, and a
package can hold thousands of such strings. RE2 runs in time linear in the input, without
lookarounds or backreferences, so the patterns that read commands and code strings are written
for it. Keep plain `re` for short, anchored or literal patterns where it is faster.
"""

from __future__ import annotations

import re2


def _encodable(text: str) -> str:
    """RE2 reads UTF-8: lone surrogates (decoded `\\ud800` escapes) become U+FFFD."""
    return text.encode("utf-8", "replace").decode("utf-8")


class LinearPattern:
    """An RE2 pattern with the part of `re.Pattern`'s interface the analyzers use."""

    __slots__ = ("_pattern", "pattern")

    def __init__(self, pattern: str, ignore_case: bool):
        self.pattern = pattern
        self._pattern = re2.compile(("(?i)" if ignore_case else "") + pattern)

    def _call(self, method: str, text: str):
        try:
            return getattr(self._pattern, method)(text)
        except UnicodeEncodeError:
            return getattr(self._pattern, method)(_encodable(text))

    def _all(self, method: str, text: str) -> list:
        try:
            return list(getattr(self._pattern, method)(text))
        except UnicodeEncodeError:
            return list(getattr(self._pattern, method)(_encodable(text)))

    def search(self, text: str):
        return self._call("search", text)

    def match(self, text: str):
        return self._call("match", text)

    def fullmatch(self, text: str):
        return self._call("fullmatch", text)

    def finditer(self, text: str) -> list:
        return self._all("finditer", text)

    def findall(self, text: str) -> list:
        return self._all("findall", text)


def compile(pattern: str, ignore_case: bool = False) -> LinearPattern:
    return LinearPattern(pattern, ignore_case)


def compile_bytes(pattern: bytes, ignore_case: bool = False):
    """An RE2 pattern over bytes, for the tests rules run on a whole file's text before anything else: Python's `re`
    tries every alternative at every position of a file that does not match (most files), RE2 scans it once (about ten
    times faster on the alternations and case-blind words these tests are). Matches have `group`/`start`/`end`."""
    return re2.compile((b"(?i)" if ignore_case else b"") + pattern)
