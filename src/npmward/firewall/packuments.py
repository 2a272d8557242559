"""Packuments as the firewall serves them: refused versions removed, dist-tags repointed, and tarball
URLs written so that each package manager both fetches through the firewall and records in its
lockfile exactly what it would have recorded without it.

How each manager records a registry tarball (the reason for the three views of `paths.VIEWS`):

- npm writes the packument's `dist.tarball` into package-lock.json and fetches it through
  `replace-registry-host`, which swaps the host for the configured registry: the URL is left as is.
- pnpm, yarn berry and bun leave a conventional URL (`<registry>/<name>/-/<base>-<version>.tgz`) out of
  their lockfiles and build it from the configured registry when they fetch: a conventional URL of
  the upstream becomes the firewall's conventional URL, and nothing is recorded either way.
- yarn v1 records the URL it fetched: it gets the firewall's URL, and `managers.yarn` writes the
  upstream's URL back into yarn.lock after the install.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, Mapping

from .. import semver
from ..trust.publish_time import publish_time
from .paths import conventional_path
from .upstream import Upstreams


def _dist(doc: Any) -> Mapping[str, Any]:
    dist = doc.get("dist") if isinstance(doc, Mapping) else None
    return dist if isinstance(dist, Mapping) else {}


def too_young(document: Mapping[str, Any], min_age_days: float, now: dt.datetime) -> tuple[dict[str, str], str | None]:
    """Versions published less than `min_age_days` ago -> why; and a note when the registry's publish
    times cannot be believed (a caching mirror's), in which case nothing is refused for its age."""
    versions = document.get("versions")
    if min_age_days <= 0 or not isinstance(versions, Mapping):
        return {}, None
    out: dict[str, str] = {}
    cutoff = now - dt.timedelta(days=min_age_days)
    for version in versions:
        when = publish_time(document, version)
        if when.when is None:
            if "created" not in (document.get("time") or {}):
                return {}, f"min_release_age not applied to {document.get('name')}: {when.reason}"
            continue
        if when.when > cutoff:
            age = (now - when.when).total_seconds() / 86400
            out[version] = (f"published {age:.1f} days ago ({when.when.isoformat(timespec='seconds')}), "
                            f"younger than min_release_age {min_age_days:g} days")
    return out, None


def provenance_dropped(document: Mapping[str, Any]) -> dict[str, str]:
    """Versions without provenance published after a version that had it (one pass in version order)."""
    versions = document.get("versions")
    if not isinstance(versions, Mapping):
        return {}
    has = {v: _has_provenance(doc) for v, doc in versions.items()}
    if not any(has.values()):
        return {}
    try:
        ordered = sorted(versions, key=functools.cmp_to_key(semver.compare))
    except ValueError:
        return {}
    out, last = {}, None
    for version in ordered:
        if has[version]:
            last = version
        elif last is not None:
            out[version] = (f"published without provenance although {last} had it: not published by the "
                            "project's CI (a stolen publish token?)")
    return out


def _has_provenance(doc: Any) -> bool:
    attestations = _dist(doc).get("attestations")
    return isinstance(attestations, Mapping) and bool(attestations.get("provenance") or attestations.get("url"))


def without(document: Mapping[str, Any], removed: Mapping[str, Any]) -> dict:
    """The packument minus `removed` versions, each dist-tag that named one moved to the newest
    remaining version below it (a prerelease only for a tag that named a prerelease); a tag with no
    such version is dropped."""
    out = dict(document)
    versions = {v: d for v, d in (document.get("versions") or {}).items() if v not in removed}
    out["versions"] = versions
    if isinstance(document.get("time"), Mapping):
        out["time"] = {k: t for k, t in document["time"].items() if k not in removed}
    tags = {}
    for tag, version in (document.get("dist-tags") or {}).items():
        if version not in removed:
            tags[tag] = version
            continue
        replacement = _newest_below(versions, version)
        if replacement is not None:
            tags[tag] = replacement
    out["dist-tags"] = tags
    return out


def _newest_below(versions: Mapping[str, Any], version: str) -> str | None:
    try:
        ceiling = semver.parse(version)
    except ValueError:
        return None
    best = None
    for candidate in versions:
        try:
            parsed = semver.parse(candidate)
        except ValueError:
            continue
        if parsed < ceiling and (not parsed.prerelease or ceiling.prerelease) and (best is None or best < parsed):
            best = parsed
    return next((v for v in versions if best is not None and semver.parse(v) == best), None) if best else None


def rewrite_tarballs(document: Mapping[str, Any], view: str, base: str, upstreams: Upstreams) -> dict | None:
    """The packument with tarball URLs for `view` (see the module doc), or None when nothing changes.
    `base` is the firewall's registry URL for that view (ends with `/`)."""
    if view == "npm":
        return None
    name = document.get("name")
    versions = document.get("versions")
    if not isinstance(name, str) or not isinstance(versions, Mapping):
        return None
    changed = {}
    for version, doc in versions.items():
        url = _dist(doc).get("tarball")
        if not isinstance(url, str):
            continue
        if view == "standard" and not upstreams.is_conventional(name, version, url):
            continue  # recorded in the lockfile as it is; checked with the lockfile after the install
        new = base + conventional_path(name, version)
        if new != url:
            changed[version] = {**doc, "dist": {**_dist(doc), "tarball": new}}
    if not changed:
        return None
    return {**document, "versions": {v: changed.get(v, d) for v, d in versions.items()}}
