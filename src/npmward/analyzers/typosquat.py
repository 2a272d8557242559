"""Typosquatting: a package name that imitates a popular one.

Compared against npmward's popularity list (`npmward.popularity`). Techniques recognised: one
keystroke away (swapped, doubled, dropped, added or substituted character, with keyboard-adjacent
substitutions named as such), two edits away for long names of the most popular packages,
separator tricks (`cross_env`, `crossenv`, `lodash_`), affixes (`cross-env.js`, `node-lodash`,
`lodash-js`), look-alike characters (`1odash`, `rnocha`), and scope tricks (`@types-node/x`,
`@typesnode/x`, `types-node`, `@bable/core`, `@unknown-scope/lodash`).

Rules: a popular name is never its own typosquat, and a name that is itself on the list is never a
finding (two popular packages with similar names are both legitimate). A name squats a scoped
package only from outside that scope: inside a scope, the scope's owner publishes.

Speed: `TyposquatIndex` precomputes a deletion-neighbourhood index (SymSpell): each popular name and
every string one deletion away from it. Two names within edit distance 1 share a key, so checking a
name costs (length + 1) dictionary look-ups plus a verification of the few candidates — microseconds,
never a scan of the list. Distance 2 is limited, carefully, to long names of the top
`DISTANCE2_TOP` packages and to edits that only move or double letters (`typsecirpt`); two such
names share their sorted letters or their letters with runs collapsed, so two more dictionary
look-ups find them (two arbitrary edits between long names join unrelated packages).

A typosquat finding is suspicion, not proof (LOW/MEDIUM): it makes a package suspicious only together
with other evidence such as an install script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from ..model import Confidence, Finding, Severity
from ..popularity import Popularity, load_popularity
from .base import AnalysisContext, register

MIN_LENGTH_DISTANCE1 = 5
"""Names shorter than this are not checked by edit distance: `ms`/`ws`/`qs`, `chai`/`chat` are all
legitimate and one keystroke apart; a short name has too many neighbours to mean anything."""
DISTANCE2_MIN_LENGTH = 10
DISTANCE2_TOP = 1000
MEDIUM_SEVERITY_TOP = 1000
"""A strong technique against one of the top 1,000 packages is MEDIUM severity; everything else LOW
(the value of a squat, and the harm, grow with the target's downloads)."""

SEPARATORS = re.compile(r"[-_.]")
PREFIXES = ("node-", "nodejs-", "js-", "npm-")
SUFFIXES = ("-js", ".js", "js", "-node", "-nodejs", "-cli", "-utils", "-util", "-lib", "-npm", "-official")
# Look-alikes allowed in npm names (lower-case ASCII letters, digits, separators; Cyrillic and other
# non-ASCII letters cannot be published). Each maps to the letter(s) it imitates.
CONFUSABLES = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("1", "l"), ("i", "l"), ("0", "o"), ("5", "s"))
_KEYBOARD_ROWS = ("1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_ROW_OFFSET = (0.0, 0.5, 0.75, 1.25)
_KEY_POS = {ch: (row, i + _ROW_OFFSET[row]) for row, keys in enumerate(_KEYBOARD_ROWS) for i, ch in enumerate(keys)}

STRONG = frozenset({"swapped-characters", "doubled-character", "dropped-character", "keyboard-typo",
                    "homoglyph", "scope-flattened", "scope-typo", "separator"})
"""Techniques typical of deliberate squats: MEDIUM confidence. The rest (an added or substituted
letter, an affix, two edits, a popular name under an unknown scope) are LOW confidence."""


@dataclass(frozen=True)
class NameMatch:
    """A popular package a name imitates, and how."""

    target: str
    """The popular package's name."""
    technique: str
    """`swapped-characters`, `doubled-character`, `dropped-character`, `added-character`,
    `keyboard-typo`, `substituted-character`, `edit-distance-2`, `separator`, `affix`, `homoglyph`,
    `scope-typo`, `scope-flattened` (`@types-node/x`), `unscoped-copy` (`types-node`), `scope-added`
    (`@unknown/lodash`), `truncated` (`prompt` for `prompts`)."""
    explanation: str
    """What differs, in words (`swaps "ea" in react`)."""
    target_rank: int
    """The target's rank in the popularity list (1 = most downloaded)."""
    target_downloads: int

    @property
    def strong(self) -> bool:
        return self.technique in STRONG


def _key(name: str) -> str:
    """The name with scope punctuation and separators removed: `@types/node` -> `typesnode`."""
    return SEPARATORS.sub("", name.lower().lstrip("@").replace("/", ""))


def _skeleton(name: str) -> str:
    out = name.lower()
    for fake, real in CONFUSABLES:
        out = out.replace(fake, real)
    return out


def _deletes(word: str, depth: int = 1) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def _letter_keys(name: str) -> tuple[str, str]:
    """Keys shared by names that differ only by moved letters or doubled letters."""
    return "".join(sorted(name)), re.sub(r"(.)\1+", r"\1", name)


def osa_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal-string-alignment (restricted Damerau-Levenshtein) distance, `limit + 1` when above."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[len(b)]


def keyboard_adjacent(a: str, b: str) -> bool:
    pa, pb = _KEY_POS.get(a), _KEY_POS.get(b)
    return bool(pa and pb and a != b and abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1)


def classify_edit(candidate: str, target: str) -> tuple[str, str]:
    """Name the single edit that turns `target` into `candidate` (OSA distance 1)."""
    if len(candidate) == len(target):
        diff = [i for i, (x, y) in enumerate(zip(candidate, target)) if x != y]
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            i = diff[0]
            return "swapped-characters", f"swaps {target[i:i + 2]!r} to {candidate[i:i + 2]!r}"
        i = diff[0]
        was, now = target[i], candidate[i]
        if _skeleton(now) == _skeleton(was):
            return "homoglyph", f"writes {was!r} as the look-alike {now!r}"
        if keyboard_adjacent(was, now):
            return "keyboard-typo", f"types {now!r} for the neighbouring key {was!r}"
        return "substituted-character", f"changes {was!r} to {now!r}"
    if len(candidate) == len(target) + 1:
        i = next((k for k in range(len(target)) if candidate[k] != target[k]), len(target))
        added = candidate[i]
        if (i > 0 and candidate[i - 1] == added) or (i + 1 < len(candidate) and candidate[i + 1] == added):
            return "doubled-character", f"doubles {added!r}"
        return "added-character", f"adds {added!r}"
    i = next((k for k in range(len(candidate)) if candidate[k] != target[k]), len(candidate))
    if i == len(candidate):
        # `prompt`/`prompts`, `mysql`/`mysql2`: the shorter name is usually the older, plainer word.
        return "truncated", f"drops the final {target[i]!r}"
    return "dropped-character", f"drops {target[i]!r}"


class TyposquatIndex:
    """Precomputed look-ups over a popularity list; `check(name)` lists what a name imitates."""

    def __init__(self, popularity: Popularity):
        self.popularity = popularity
        self.lower = {name.lower(): name for name in popularity.names()}
        self.scopes = {name.split("/", 1)[0] for name in self.lower if name.startswith("@")}
        self.by_delete: dict[str, list[str]] = {}
        self.by_letters: dict[str, list[str]] = {}
        self.by_key: dict[str, list[str]] = {}
        self.by_skeleton: dict[str, list[str]] = {}
        self.by_scope_delete: dict[str, list[str]] = {}
        for name in self.lower:
            rank = popularity.rank(self.lower[name]) or 0
            self.by_key.setdefault(_key(name), []).append(name)
            if name.startswith("@"):
                continue  # within a scope only its owner publishes: scoped names are matched by scope
            self.by_skeleton.setdefault(_skeleton(name), []).append(name)
            if len(name) >= MIN_LENGTH_DISTANCE1:
                for variant in _deletes(name):
                    self.by_delete.setdefault(variant, []).append(name)
            if len(name) >= DISTANCE2_MIN_LENGTH and rank <= DISTANCE2_TOP:
                for key in set(_letter_keys(name)):
                    self.by_letters.setdefault(key, []).append(name)
        for scope in self.scopes:
            for variant in _deletes(scope[1:]):
                self.by_scope_delete.setdefault(variant, []).append(scope)

    def _match(self, target: str, technique: str, explanation: str) -> NameMatch:
        real = self.lower[target]
        return NameMatch(real, technique, explanation, self.popularity.rank(real) or 0,
                         self.popularity.downloads.get(real, 0))

    def check(self, name: str, *, pair_rule: bool = True) -> list[NameMatch]:
        """What `name` imitates, strongest first; empty for popular names themselves.

        `pair_rule=False` (for measurement only) also checks a popular name against the other
        popular names, to count how many pairs the rule suppresses."""
        lowered = name.lower()
        if pair_rule and name in self.popularity:
            return []
        matches = list(self._scoped(lowered) if lowered.startswith("@") else self._unscoped(lowered))
        if lowered in self.lower and self.lower[lowered] != name:  # legacy upper-case spelling
            matches.append(self._match(lowered, "homoglyph", "changes the letter case"))
        best: dict[str, NameMatch] = {}
        for match in matches:
            if match.target.lower() == lowered:
                continue
            kept = best.get(match.target)
            if kept is None or (match.strong and not kept.strong):
                best[match.target] = match
        return sorted(best.values(), key=lambda m: (not m.strong, m.target_rank))

    def _unscoped(self, name: str) -> Iterator[NameMatch]:
        for target in self.by_key.get(_key(name), ()):
            if target.startswith("@"):
                # `types-node`: often the legitimate pre-scope name (`babel-core`), hence weak.
                yield self._match(target, "unscoped-copy", f"writes the scoped {target} without its scope")
            else:
                yield self._match(target, "separator", f"writes {target} with different separators")
        for target in self.by_skeleton.get(_skeleton(name), ()) if len(name) >= MIN_LENGTH_DISTANCE1 else ():
            if target != name:
                yield self._match(target, "homoglyph", f"uses look-alike characters for {target}")
        yield from self._affixes(name)
        if len(name) >= MIN_LENGTH_DISTANCE1:
            for target in {t for v in _deletes(name) for t in self.by_delete.get(v, ())}:
                if osa_distance(name, target, 1) == 1:
                    technique, how = classify_edit(name, target)
                    yield self._match(target, technique, f"{how} in {target}")
        if len(name) >= DISTANCE2_MIN_LENGTH - 2:
            for target in {t for k in set(_letter_keys(name)) for t in self.by_letters.get(k, ())}:
                if osa_distance(name, target, 2) == 2:
                    yield self._match(target, "edit-distance-2", f"is two edits from {target}")

    def _affixes(self, name: str) -> Iterator[NameMatch]:
        for prefix in PREFIXES:
            if name.startswith(prefix) and name[len(prefix):] in self.lower:
                yield self._match(name[len(prefix):], "affix", f"adds the prefix {prefix!r}")
        for suffix in SUFFIXES:
            if name.endswith(suffix) and name[:-len(suffix)] in self.lower:
                yield self._match(name[:-len(suffix)], "affix", f"adds the suffix {suffix!r}")

    def _scoped(self, name: str) -> Iterator[NameMatch]:
        scope, _, bare = name.partition("/")
        if scope in self.scopes:
            return  # a known scope: its owner publishes there (and a squat of it is a different scope)
        for target in self.by_key.get(_key(scope), ()):
            if target.startswith("@"):
                yield self._match(target, "scope-flattened", f"turns {target} into the scope {scope}")
        if len(scope) - 1 >= 3:
            for known in {s for v in _deletes(scope[1:]) for s in self.by_scope_delete.get(v, ())}:
                if osa_distance(scope[1:], known[1:], 1) == 1 and f"{known}/{bare}" in self.lower:
                    how = classify_edit(scope[1:], known[1:])[1]
                    yield self._match(f"{known}/{bare}", "scope-typo", f"{how} in the scope {known}")
        if bare in self.lower:
            yield self._match(bare, "scope-added", f"publishes a copy of {bare} under the unknown scope {scope}")


@lru_cache(maxsize=1)
def default_index() -> TyposquatIndex:
    return TyposquatIndex(load_popularity())


def match_finding(name: str, matches: list[NameMatch]) -> Finding:
    """The finding for a name's best match (and the others in details)."""
    best = matches[0]
    if best.technique == "scope-added":
        # Forks and integrations under an organisation's own scope (`@koa/cors`, `@postman/form-data`)
        # are common and legitimate: recorded, but without weight.
        severity = Severity.INFO
    elif best.strong and best.target_rank <= MEDIUM_SEVERITY_TOP:
        severity = Severity.MEDIUM
    else:
        severity = Severity.LOW
    confidence = Confidence.MEDIUM if best.strong else Confidence.LOW
    return Finding(
        rule=f"typosquat/{best.technique}", severity=severity, confidence=confidence, category="typosquat",
        message=(f"The name {name!r} imitates the popular package {best.target!r} (rank {best.target_rank}, "
                 f"{best.target_downloads:,} downloads a month): it {best.explanation}; {name!r} itself "
                 f"is not on npmward's popularity list."),
        file="package.json", snippet=f"{name} ~ {best.target}",
        details={"target": best.target, "technique": best.technique, "target_rank": best.target_rank,
                 "also": [m.target for m in matches[1:5]]},
    )


@register
class TyposquatAnalyzer:
    name = "typosquat"
    version = "1"
    needs = frozenset()

    def analyze(self, context: AnalysisContext) -> Iterable[Finding]:
        name = context.artifact.id.name
        # An organisation's private names may well look like public ones: the policy stage waives
        # these findings for them (the findings themselves stay cacheable by content).
        if not name:
            return []
        matches = default_index().check(name)
        return [match_finding(name, matches)] if matches else []
