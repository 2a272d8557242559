"""When was a version published — and can the registry's answer be believed?

The public registry's packument has `time.created`, `time.modified` and `time[<version>]`, the
publish time of each version. Caching mirrors and some proxies rewrite `time` with their own fetch
times and drop `created`/`modified` (the mirror reachable from npmward's CI does exactly that). A
key's expiry is judged against the publish time, so a fabricated time could make an expired key look
valid: npmward trusts `time[version]` only when the packument also has `created` and `modified`,
and the version's time lies between them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping

from .keys import parse_time


@dataclass(frozen=True)
class PublishTime:
    """The publish time of a version, or why it is unknown."""

    when: datetime | None
    """None when unknown or untrusted."""
    reason: str
    """Where `when` came from, or why there is none (for the report)."""


def publish_time(packument: Mapping[str, Any] | None, version: str) -> PublishTime:
    if not packument:
        return PublishTime(None, "no packument was available")
    times = packument.get("time")
    if not isinstance(times, Mapping):
        return PublishTime(None, "the registry's packument has no `time` field")
    if "created" not in times or "modified" not in times:
        return PublishTime(None, "the registry's packument lacks time.created/time.modified, so its `time` "
                                 "values are not publish times (a caching mirror's fetch times) and are ignored")
    try:
        created, modified, when = (parse_time(times.get("created")), parse_time(times.get("modified")),
                                   parse_time(times.get(version)))
    except ValueError as exc:
        return PublishTime(None, f"the registry's `time` is unreadable ({exc})")
    if when is None:
        return PublishTime(None, f"the registry's packument has no time for version {version}")
    if created and when < created or modified and when > modified:
        return PublishTime(None, f"time[{version}]={when.isoformat()} lies outside created..modified; not trusted")
    return PublishTime(when, f"time[{version}] of the registry's packument")
