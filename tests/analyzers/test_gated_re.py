"""GatedPattern: the words every match holds, and the same matches as the pattern."""

from __future__ import annotations

import re

from npmward.analyzers.code import patterns as P
from npmward.analyzers.gated_re import GatedPattern, required_words


def test_required_words_of_each_branch() -> None:
    # (Python's parser takes the common `D` out of `Desktop|Documents`: what follows it is the longer word)
    assert required_words(re.compile(r"\.npmrc|id_(rsa|ed25519)|(^|/)(Desktop|Documents)$")) == \
        {".npmrc", "id_", "esktop", "ocuments"}
    assert required_words(re.compile(r"(ab)+c|x{2,}")) == {"ab", "x"}  # repeated at least once
    assert required_words(re.compile(r"(?:abc)?d|e")) == {"d", "e"}  # an optional group needs nothing
    assert required_words(re.compile(r"\.Aws/", re.I)) == {".aws/"}
    assert required_words(re.compile(r"\w+|foo")) is None


def test_same_matches_as_the_pattern() -> None:
    texts = ["~/.NPMRC", "C:\\Users\\me\\Desktop", "Desktop", "a/.env.local\n", "ſsh", "id_RSA.pub", "nothing here",
             "\u212aeystore/UTC--x", "/home/u/.ssh/", "x/.github/workflows/ci.yml", ".vscode/tasks.json", ""]
    for gated in (P.SECRET_PATHS, P.TRUSTED_CONFIG, GatedPattern(re.compile(r"(?i)keystore/utc--"))):
        raw = gated._pattern
        for text in texts:
            found, expected = gated.search(text), raw.search(text)
            assert (found and found.span()) == (expected and expected.span()), (raw.pattern[:40], text)
