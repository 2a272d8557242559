"""npm's semantic versioning: versions, ranges and matching, as node-semver (npm's own) does it.

Advisories and lockfiles speak npm ranges (`^1.2.3`, `~1.2`, `1.x || >=2.1.0 <3`, `1.2.3 - 2`),
and a mismatch with npm's interpretation is a missed vulnerability or a false alarm, so this
follows node-semver's rules exactly, including the prerelease rule: a prerelease version satisfies a
range only if some comparator of the same `[major, minor, patch]` tuple carries a prerelease (unless
`include_prerelease`). Ranges are parsed once and cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, total_ordering
from typing import Iterable

_NUM = r"0|[1-9]\d*"
_PRE_ID = r"(?:0|[1-9]\d*|\d*[a-zA-Z-][a-zA-Z0-9-]*)"
_VERSION = re.compile(
    rf"^\s*[v=\s]*({_NUM})\.({_NUM})\.({_NUM})"
    rf"(?:-({_PRE_ID}(?:\.{_PRE_ID})*))?"
    r"(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?\s*$"
)
_XR = r"[v=\s]*(0|[1-9]\d*|x|X|\*)(?:\.(0|[1-9]\d*|x|X|\*)(?:\.(0|[1-9]\d*|x|X|\*)" \
      rf"(?:-({_PRE_ID}(?:\.{_PRE_ID})*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?)?"
_PARTIAL = re.compile(rf"^{_XR}$")
_COMPARATOR = re.compile(r"^(<=|>=|<|>|=|~>|~|\^)?\s*(.*)$")
MAX = 10 ** 16  # stands for "infinity" in upper bounds


@total_ordering
@dataclass(frozen=True)
class Version:
    major: int
    minor: int
    patch: int
    prerelease: tuple[int | str, ...] = ()
    build: tuple[str, ...] = ()

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.prerelease:
            text += "-" + ".".join(str(p) for p in self.prerelease)
        return text

    @property
    def tuple(self) -> tuple[int, int, int]:
        return (self.major, self.minor, self.patch)

    def _key(self):
        # A release sorts after its prereleases; numeric identifiers sort before alphanumeric ones.
        pre = tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in self.prerelease)
        return (self.major, self.minor, self.patch, 0 if self.prerelease else 1, pre)

    def __lt__(self, other: "Version") -> bool:
        return self._key() < other._key()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())


def _pre(text: str | None) -> tuple[int | str, ...]:
    if not text:
        return ()
    return tuple(int(p) if p.isdigit() else p for p in text.split("."))


@lru_cache(maxsize=65536)
def parse(text: str) -> Version:
    """A version as npm parses it (leading `v`/`=` allowed); ValueError when it is not one."""
    match = _VERSION.match(str(text)) if isinstance(text, str) and len(text) <= 256 else None
    if not match:
        raise ValueError(f"invalid version: {text!r}")
    major, minor, patch, pre, build = match.groups()
    return Version(int(major), int(minor), int(patch), _pre(pre), tuple(build.split(".")) if build else ())


def valid(text: str) -> bool:
    try:
        parse(text)
        return True
    except ValueError:
        return False


def compare(a: str | Version, b: str | Version) -> int:
    va = a if isinstance(a, Version) else parse(a)
    vb = b if isinstance(b, Version) else parse(b)
    return (va > vb) - (va < vb)


# A comparator is (operator, version); a comparator set is an AND of them; a range an OR of sets.
Comparator = tuple[str, Version]


def _is_x(part: str | None) -> bool:
    return part is None or part in ("x", "X", "*")


def _desugar(op: str, text: str) -> list[Comparator] | None:
    """One npm range token -> plain comparators (None: matches anything)."""
    match = _PARTIAL.match(text)
    if not match:
        raise ValueError(f"invalid comparator: {op}{text!r}")
    M, m, p, pre = match.groups()
    prerelease = _pre(pre)
    if _is_x(M):
        return None if op in ("", "=", ">=", "<=", "~", "^", "~>") else [("<", Version(0, 0, 0, (0,)))]
    major = int(M)
    if _is_x(m):
        minor, patch, partial = 0, 0, "major"
    elif _is_x(p):
        minor, patch, partial = int(m), 0, "minor"
    else:
        minor, patch, partial = int(m), int(p), None
    low = Version(major, minor, patch, prerelease if partial is None else ())
    if op in ("~", "~>"):
        high = Version(major + 1, 0, 0, (0,)) if partial == "major" else Version(major, minor + 1, 0, (0,))
        return [(">=", low), ("<", high)]
    if op == "^":
        if partial == "major":
            high = Version(major + 1, 0, 0, (0,))
        elif major > 0:
            high = Version(major + 1, 0, 0, (0,))
        elif partial == "minor" or minor > 0:
            high = Version(0, minor + 1, 0, (0,))
        else:
            high = Version(0, 0, patch + 1, (0,))
        return [(">=", low), ("<", high)]
    if partial is None:
        return [(op or "=", low)]
    # X-ranges with an operator: 1.x, >1.x, <=1.2.x ...
    upper = Version(major + 1, 0, 0, (0,)) if partial == "major" else Version(major, minor + 1, 0, (0,))
    if op in ("", "="):
        return [(">=", low), ("<", upper)]
    if op == ">":
        return [(">=", Version(upper.major, upper.minor, 0))]
    if op == ">=":
        return [(">=", low)]
    if op == "<":
        return [("<", Version(low.major, low.minor, low.patch, (0,)))]
    if op == "<=":
        return [("<", upper)]
    raise ValueError(f"invalid comparator: {op}{text!r}")


def _hyphen(low_text: str, high_text: str) -> list[Comparator]:
    low = _desugar(">=", low_text) or []
    hm = _PARTIAL.match(high_text)
    if not hm:
        raise ValueError(f"invalid range end: {high_text!r}")
    M, m, p, _ = hm.groups()
    if _is_x(M):
        high: list[Comparator] = []
    elif _is_x(m) or _is_x(p):
        high = _desugar("<=", high_text) or []
    else:
        high = [("<=", parse(high_text))]
    return low + high


def _tokens(part: str) -> list[str]:
    # Join an operator to its version (`>= 1.2.3` -> `>=1.2.3`), then split on whitespace.
    part = re.sub(r"(<=|>=|<|>|=|~>|~|\^)\s+", r"\1", part.strip())
    return part.split()


@lru_cache(maxsize=16384)
def parse_range(text: str) -> tuple[tuple[Comparator, ...], ...]:
    """An npm range as OR-ed sets of AND-ed comparators; ValueError when it is not a range."""
    if not isinstance(text, str) or len(text) > 1024:
        raise ValueError(f"invalid range: {text!r}")
    sets = []
    for part in text.split("||"):
        part = part.strip()
        comparators: list[Comparator] = []
        hyphen = re.match(r"^(\S+)\s+-\s+(\S+)$", part)
        if hyphen:
            comparators = _hyphen(hyphen.group(1), hyphen.group(2))
        else:
            for token in _tokens(part):
                op_match = _COMPARATOR.match(token)
                op, rest = op_match.group(1) or "", op_match.group(2)
                desugared = _desugar(op, rest)
                if desugared is not None:
                    comparators.extend(desugared)
        if not comparators:
            return ((),)  # node-semver: a range with an "any" set is just "any" (prereleases excluded)
        sets.append(tuple(comparators))
    return tuple(sets)


def valid_range(text: str) -> bool:
    try:
        parse_range(text)
        return True
    except ValueError:
        return False


def _test(op: str, version: Version, bound: Version) -> bool:
    c = compare(version, bound)
    return {"=": c == 0, "<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0}[op]


def _set_satisfied(comparators: tuple[Comparator, ...], version: Version, include_prerelease: bool) -> bool:
    if not all(_test(op, version, bound) for op, bound in comparators):
        return False
    if version.prerelease and not include_prerelease:
        # node-semver: a prerelease only matches if a comparator on the same tuple has a prerelease.
        return any(bound.prerelease and bound.tuple == version.tuple for _, bound in comparators)
    return True


def satisfies(version: str | Version, rng: str, include_prerelease: bool = False) -> bool:
    """Does `version` satisfy the npm range `rng`? Invalid input never satisfies."""
    try:
        v = version if isinstance(version, Version) else parse(version)
        sets = parse_range(rng)
    except ValueError:
        return False
    return any(_set_satisfied(s, v, include_prerelease) for s in sets)


def _sorted_matches(versions: Iterable[str], rng: str) -> list[Version]:
    out = []
    for text in versions:
        try:
            v = parse(text)
        except ValueError:
            continue
        if satisfies(v, rng):
            out.append(v)
    return sorted(out)


def max_satisfying(versions: Iterable[str], rng: str) -> str | None:
    """The highest of `versions` in the range, as written in `versions`; None when none is."""
    originals = {parse(v): v for v in versions if valid(v)}
    matches = _sorted_matches(originals.values(), rng)
    return originals[matches[-1]] if matches else None


def min_satisfying(versions: Iterable[str], rng: str) -> str | None:
    originals = {parse(v): v for v in versions if valid(v)}
    matches = _sorted_matches(originals.values(), rng)
    return originals[matches[0]] if matches else None


def previous_version(versions: Iterable[str], version: str) -> str | None:
    """The highest of `versions` below `version`: a stable one, unless `version` is a prerelease."""
    try:
        current = parse(version)
    except ValueError:
        return None
    below = [v for v in versions if valid(v) and parse(v) < current and (current.prerelease or not parse(v).prerelease)]
    return max(below, key=parse) if below else None
