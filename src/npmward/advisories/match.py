"""Does an advisory affect `name@version`, and which version fixes it?

OSV event semantics (https://ossf.github.io/osv-schema/#evaluation): within one range the events are
sorted by version and walked in order — `introduced` turns "affected" on at and above its version
(`"0"` is below every version), `fixed` turns it off at and above its version, `last_affected` off
strictly above it. A range that never turns off is unbounded: every version from `introduced` on is
affected (so `@ctrl/tinycolor`'s `introduced: 0` range means all versions, even though the record
also lists the narrower 4.1.1–4.1.2 range; the wider statement wins, as OSV's own evaluation does).
Several ranges or entries are OR-ed, and explicitly listed `versions` are affected too. Versions
are compared with npm's semver precedence (prereleases included: advisories are about exact
versions, not about what a range would install).
"""

from __future__ import annotations

from .. import semver
from .osv import Advisory, Affected, Range


def _version(text: str) -> semver.Version | None:
    try:
        return semver.parse(text)
    except ValueError:
        return None


_ZERO = semver.Version(0, 0, 0, (0,))  # below every real version, for `introduced: "0"`


def _event_version(text: str) -> semver.Version | None:
    return _ZERO if text == "0" else _version(text)


def range_affects(rng: Range, version: semver.Version) -> bool:
    if rng.type == "NPM":
        return rng.expression is not None and semver.satisfies(version, rng.expression, include_prerelease=True)
    events = [(v, kind) for kind, text in rng.events if kind != "limit" and (v := _event_version(text)) is not None]
    events.sort(key=lambda e: e[0])
    affected = False
    for bound, kind in events:
        if kind == "introduced" and version >= bound:
            affected = True
        elif kind == "fixed" and version >= bound:
            affected = False
        elif kind == "last_affected" and version > bound:
            affected = False
    return affected


def entry_affects(entry: Affected, version: semver.Version) -> bool:
    if any(_version(v) == version for v in entry.versions):
        return True
    return any(range_affects(r, version) for r in entry.ranges)


def affects(advisory: Advisory, name: str, version: str) -> bool:
    """True when `advisory` covers `name@version` (withdrawn advisories never do)."""
    if advisory.withdrawn:
        return False
    parsed = _version(version)
    if parsed is None:
        return False
    return any(entry_affects(e, parsed) for e in advisory.affected_for(name))


def lowest_fix(advisory: Advisory, name: str, version: str) -> str | None:
    """The smallest `fixed` version above `version` that no range of the advisory affects again."""
    parsed = _version(version)
    entries = advisory.affected_for(name)
    if parsed is None or not entries:
        return None
    candidates = sorted(
        {v for e in entries for r in e.ranges for kind, text in r.events
         if kind == "fixed" and (v := _version(text)) is not None and v > parsed}
    )
    for candidate in candidates:
        if not any(entry_affects(e, candidate) for e in entries):
            return str(candidate)
    return None
