"""Registry facts: age, publishers, deprecation and repository links, where the registry has them.

The public registry's packument carries `time` (publish times, plus `created`/`modified`),
`maintainers`, each version's `_npmUser` (who published it) and `deprecated`. Caching mirrors and
proxies often rewrite `time` with their own fetch times and drop the people: a `time` without
`created` and `modified` is not a publish time, so no age is computed from it (the finding
`registry-facts/publish-time-unavailable` says so), and missing maintainers are never read as
"no maintainers".
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Iterator, Mapping

from .. import semver
from ..diff import repository_url
from ..model import Confidence, Finding, Severity
from ..popularity import load_popularity
from .base import NEEDS_PACKUMENT, AnalysisContext, register
from .floods import package_family

NEW_AGE = timedelta(days=7)
ALARMING_DEPRECATION = re.compile(r"secur|malicious|malware|compromis|hijack|do not (use|install)", re.I)


def publish_times_available(packument: Mapping[str, Any]) -> bool:
    """True when `time` is the registry's publish record (it has `created` and `modified`)."""
    time = packument.get("time")
    return isinstance(time, Mapping) and "created" in time and "modified" in time


def _parse_time(text: Any) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def previous_version(packument: Mapping[str, Any], version: str) -> str | None:
    """The version published before `version`, in semver order (see `semver.previous_version`)."""
    return semver.previous_version(packument.get("versions") or {}, version)


def _people(value: Any) -> set[str]:
    if not isinstance(value, list):
        return set()
    return {str(p.get("name")) for p in value if isinstance(p, Mapping) and p.get("name")}


@register
class RegistryFactsAnalyzer:
    name = "registry-facts"
    version = "1"
    needs = frozenset({NEEDS_PACKUMENT})

    def analyze(self, context: AnalysisContext) -> Iterable[Finding]:
        return list(self._findings(context))

    def _findings(self, context: AnalysisContext) -> Iterator[Finding]:
        pid = context.artifact.id
        manifest = context.artifact.manifest
        packument = context.packument or {}
        document = (packument.get("versions") or {}).get(pid.version) or {}
        if packument:
            now = context.extras.get("now") or datetime.now(timezone.utc)
            yield from _age(pid, packument, now)
            yield from _publishers(pid, packument, document)
        deprecated = document.get("deprecated") or manifest.get("deprecated")
        if isinstance(deprecated, str) and deprecated.strip():
            alarming = bool(ALARMING_DEPRECATION.search(deprecated))
            yield Finding(
                rule="registry-facts/deprecated", severity=Severity.MEDIUM if alarming else Severity.LOW,
                confidence=Confidence.HIGH if alarming else Confidence.MEDIUM, category="metadata",
                message=f"{pid} is deprecated: {deprecated.strip()[:300]}", snippet=deprecated.strip()[:200])
        yield from _repository(pid.name, manifest)


def _age(pid, packument: Mapping[str, Any], now: datetime) -> Iterator[Finding]:
    if not publish_times_available(packument):
        yield Finding(
            rule="registry-facts/publish-time-unavailable", severity=Severity.INFO, confidence=Confidence.HIGH,
            category="metadata",
            message=("publish times unavailable from this registry: its `time` has no `created`/`modified`, "
                     "so it records when the registry fetched versions, not when they were published; the "
                     "age of the package and version is not judged."))
        return
    time = packument["time"]
    created = _parse_time(time.get("created"))
    published = _parse_time(time.get(pid.version))
    if created and now - created < NEW_AGE:
        yield Finding(
            rule="registry-facts/new-package", severity=Severity.LOW, confidence=Confidence.MEDIUM, category="metadata",
            message=(f"{pid.name} was first published {time['created']} ({(now - created).days} day(s) ago): most "
                     "malicious packages are found and removed within days of publication."),
            details={"created": time["created"]})
    elif published and now - published < NEW_AGE:
        yield Finding(
            rule="registry-facts/new-version", severity=Severity.LOW, confidence=Confidence.LOW, category="metadata",
            message=(f"{pid} was published {time[pid.version]} ({(now - published).days} day(s) ago); hijacked "
                     "releases are usually caught within days."),
            details={"published": time[pid.version]})


def _publishers(pid, packument: Mapping[str, Any], document: Mapping[str, Any]) -> Iterator[Finding]:
    previous = previous_version(packument, pid.version)
    if not previous:
        return
    before = packument["versions"][previous]
    publisher = (document.get("_npmUser") or {}).get("name") if isinstance(document.get("_npmUser"), Mapping) else None
    old_publisher = (before.get("_npmUser") or {}).get("name") if isinstance(before.get("_npmUser"), Mapping) else None
    old_maintainers, maintainers = _people(before.get("maintainers")), _people(document.get("maintainers"))
    if publisher and old_publisher and publisher != old_publisher and publisher not in old_maintainers:
        yield Finding(
            rule="registry-facts/new-publisher", severity=Severity.MEDIUM, confidence=Confidence.LOW,
            category="metadata",
            message=(f"{pid} was published by {publisher}, who did not publish {previous} ({old_publisher}) and was "
                     "not among its maintainers: a new account publishing is how account takeovers look."),
            details={"publisher": publisher, "previous_publisher": old_publisher, "previous": previous})
    if old_maintainers and maintainers and not (old_maintainers & maintainers):
        yield Finding(
            rule="registry-facts/maintainers-replaced", severity=Severity.MEDIUM, confidence=Confidence.MEDIUM,
            category="metadata",
            message=(f"Every maintainer of {previous} ({', '.join(sorted(old_maintainers))}) is gone in {pid.version} "
                     f"({', '.join(sorted(maintainers))}): the package changed hands."),
            details={"previous": previous, "maintainers": sorted(maintainers), "previous_maintainers": sorted(old_maintainers)})


def _repository(name: str, manifest: Mapping[str, Any]) -> Iterator[Finding]:
    url = repository_url(manifest)
    if url is None:
        yield Finding(
            rule="registry-facts/no-repository", severity=Severity.LOW, confidence=Confidence.LOW, category="metadata",
            message=f"{name} links no source repository, so its published code cannot be compared with a source.",
            file="package.json")
        return
    popularity = load_popularity()
    repo_name = url.rstrip("/").rsplit("/", 1)[-1]
    owner = url.split("/")[1] if url.count("/") >= 2 else ""
    if name in popularity or repo_name not in popularity or repo_name == name:
        return
    related = (repo_name in name or package_family(name) == package_family(repo_name)
               or (name.startswith("@") and owner and owner in name.split("/", 1)[0]))
    if not related:
        yield Finding(
            rule="registry-facts/borrowed-repository", severity=Severity.MEDIUM, confidence=Confidence.LOW,
            category="metadata",
            message=(f"{name} links the repository of the popular package {repo_name} ({url}): borrowing a famous "
                     "repository's stars and history is the 'starjacking' trick."),
            file="package.json", snippet=url[:200], details={"repository": url, "imitates": repo_name})
