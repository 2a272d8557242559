"""Alerts on what is new: each channel gets every new finding its rule covers exactly once,
grouped into one message per run, at most `max_per_hour` messages an hour.

```
 candidates (active, not waived, not triaged away, package level in the rule, project in the rule,
             first seen after the channel's baseline, not yet delivered to this channel)
   └─► claim: INSERT INTO alert_deliveries ... ON CONFLICT DO NOTHING RETURNING  (one owner, even
       with two runs at once)
         └─► one Batch per channel ─► publisher.send(...)
               └─ failure: the claim is released, so the next run sends it again
```

A channel's baseline is set the first time it is seen: adding a channel does not replay the past.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import secrets
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Sequence

from ...errors import NpmwardError
from ...store import Store, now, record_event, upsert
from ...store.models import AlertDelivery, StoreState
from .config import AlertConfig, Channel, load_alerts

__all__ = ["AlertConfig", "AlertError", "Batch", "Channel", "Item", "load_alerts", "publish", "set_baselines"]

OPEN_STATES = ("new", "confirmed")


class AlertError(NpmwardError):
    """A publisher could not deliver a message."""


@dataclass(frozen=True)
class Item:
    """One new finding of one project."""

    project: str
    package: str
    version: str
    purl: str
    level: str
    """The package's verdict in the project."""
    rule: str
    severity: int
    message: str
    file: str | None = None
    line: int | None = None
    advisory: str | None = None
    project_id: int = 0
    finding_id: int = 0


@dataclass(frozen=True)
class Batch:
    """What one message says: the new findings of one run for one channel."""

    channel: Channel
    items: tuple[Item, ...]
    dashboard_url: str | None = None
    at: dt.datetime = field(default_factory=now)

    @property
    def projects(self) -> list[str]:
        return sorted({i.project for i in self.items})

    def packages(self, level: str | None = None) -> list[tuple[str, str, str]]:
        """(purl, name@version, level) of the packages in the batch, worst first."""
        order = {"malicious": 0, "suspicious": 1, "unknown": 2, "clean": 3}
        seen = {(i.purl, f"{i.package}@{i.version}", i.level) for i in self.items
                if level is None or i.level == level}
        return sorted(seen, key=lambda p: (order.get(p[2], 9), p[1]))

    def summary(self) -> str:
        levels = Counter(level for _, _, level in self.packages())
        parts = [f"{n} {level}" for level, n in sorted(levels.items(), key=lambda kv: kv[0] != "malicious")]
        projects = self.projects
        where = projects[0] if len(projects) == 1 else f"{len(projects)} projects"
        return (f"npmward: {len(self.items)} new finding{'s' * (len(self.items) != 1)} in {where} "
                f"({', '.join(parts)} package{'s' * (sum(levels.values()) != 1)})")

    def lines(self, limit: int = 20) -> list[str]:
        """One line per finding, worst first, at most `limit` (then how many more)."""
        ordered = sorted(self.items, key=lambda i: (i.level != "malicious", -i.severity, i.project, i.package))
        out = [f"[{i.project}] {i.package}@{i.version} ({i.level}): {i.rule}"
               + (f" {i.advisory}" if i.advisory and i.advisory not in i.rule else "")
               + f" - {_short(i.message)}" for i in ordered[:limit]]
        if len(ordered) > limit:
            out.append(f"... and {len(ordered) - limit} more")
        return out

    def link(self, project: str | None = None) -> str | None:
        if not self.dashboard_url:
            return None
        return self.dashboard_url + (f"/projects/by-name/{project}" if project else "/")


def _short(text: str, size: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[:size - 1] + "…"


Publisher = Callable[[Batch, "Threads"], None]


def publishers() -> Mapping[str, Publisher]:
    from . import email, github, webhooks

    return {"webhook": webhooks.send_webhook, "slack": webhooks.send_slack, "teams": webhooks.send_teams,
            "email": email.send_email, "github": github.send_github}


@dataclass(frozen=True)
class Outcome:
    """What publishing did for one channel."""

    channel: str
    sent: int = 0
    """Findings delivered."""
    waiting: int = 0
    """Findings held back by the rate limit (sent by a later run)."""
    error: str | None = None


def set_baselines(store: Store, config: AlertConfig) -> None:
    """Record when each channel was first seen (only findings first seen after it are alerted)."""
    rows = [{"key": _baseline_key(c), "value": {"since": now().isoformat()}} for c in config.channels]
    with store.session() as session:
        upsert(session, StoreState, rows, ("key",))


def _baseline_key(channel: Channel) -> str:
    return f"alert-baseline:{channel.name}"


def publish(store: Store, config: AlertConfig, *, senders: Mapping[str, Publisher] | None = None) -> list[Outcome]:
    """Deliver every channel's new findings (see the module docstring)."""
    senders = senders or publishers()
    outcomes = []
    for channel in config.channels:
        claim = secrets.token_hex(16)
        items, waiting = _claim(store, channel, claim)
        if not items:
            outcomes.append(Outcome(channel.name, waiting=waiting))
            continue
        batch = Batch(channel, tuple(items), config.dashboard_url)
        try:
            senders[channel.type](batch, Threads(store, channel.name))
        except (AlertError, OSError) as exc:
            _release(store, channel, claim, str(exc))
            outcomes.append(Outcome(channel.name, waiting=waiting + len(items), error=str(exc)))
            continue
        with store.session() as session:
            record_event(session, "monitor", "alert-sent", channel.name, findings=len(items),
                         projects=batch.projects, summary=batch.summary())
        outcomes.append(Outcome(channel.name, sent=len(items), waiting=waiting))
    return outcomes


def _claim(store: Store, channel: Channel, claim: str) -> tuple[list[Item], int]:
    """Take ownership of the channel's new findings, unless its hourly budget is spent."""
    from sqlalchemy import func, select

    with store.session() as session:
        baseline = session.execute(select(StoreState).where(StoreState.key == _baseline_key(channel))
                                   .with_for_update()).scalar_one_or_none()
        if baseline is None:
            return [], 0
        candidates = _candidates(session, channel, dt.datetime.fromisoformat(baseline.value["since"]))
        if not candidates:
            return [], 0
        hour_ago = now() - dt.timedelta(hours=1)
        sent = session.execute(select(func.count(func.distinct(AlertDelivery.claim)))
                               .where(AlertDelivery.channel == channel.name, AlertDelivery.at >= hour_ago)).scalar_one()
        if sent >= channel.max_per_hour:
            return [], len(candidates)
        if channel.type == "github":
            candidates, held = _first_packages(candidates, int(channel.options.get("max_issues", 10)))
        else:
            held = 0
        at = now()
        rows = [{"channel": channel.name, "project_id": i.project_id, "finding_id": i.finding_id, "claim": claim,
                 "at": at} for i in candidates]
        mine = {tuple(r) for r in upsert(session, AlertDelivery, rows, ("channel", "project_id", "finding_id"),
                                         returning=(AlertDelivery.project_id, AlertDelivery.finding_id))}
        return [i for i in candidates if (i.project_id, i.finding_id) in mine], held


def _first_packages(items: Sequence[Item], limit: int) -> tuple[list[Item], int]:
    """The items of the first `limit` malicious packages (one GitHub issue each); the rest waits."""
    chosen: list[str] = []
    for item in sorted(items, key=lambda i: i.purl):
        if item.level == "malicious" and item.purl not in chosen and len(chosen) < limit:
            chosen.append(item.purl)
    kept = [i for i in items if i.purl in chosen]
    return kept, len([i for i in items if i.level == "malicious"]) - len(kept)


def _candidates(session: Any, channel: Channel, since: dt.datetime) -> list[Item]:
    from sqlalchemy import and_, or_, select

    from ...store.models import Finding, Package, Project, ProjectFinding, SnapshotPackage

    today = dt.date.today()
    delivered = select(AlertDelivery.finding_id).where(AlertDelivery.channel == channel.name,
                                                       AlertDelivery.project_id == ProjectFinding.project_id,
                                                       AlertDelivery.finding_id == ProjectFinding.finding_id)
    query = (select(Project.id, Project.name, Package.name, Package.version, Package.purl, SnapshotPackage.level,
                    Finding.id, Finding.rule, Finding.severity, Finding.message, Finding.file, Finding.line,
                    Finding.advisory_id)
             .select_from(ProjectFinding)
             .join(Project, Project.id == ProjectFinding.project_id)
             .join(Finding, Finding.id == ProjectFinding.finding_id)
             .join(Package, Package.id == Finding.package_id)
             .join(SnapshotPackage, and_(SnapshotPackage.snapshot_id == Project.snapshot_id,
                                         SnapshotPackage.package_id == Finding.package_id))
             .where(ProjectFinding.active, ProjectFinding.waived.is_(None), ProjectFinding.first_seen >= since,
                    ProjectFinding.severity > 0, SnapshotPackage.level.in_(channel.levels),
                    or_(ProjectFinding.state.in_(OPEN_STATES),
                        and_(ProjectFinding.state == "suppressed", ProjectFinding.state_until < today)),
                    ~delivered.exists()))
    items = []
    for row in session.execute(query):
        (project_id, project, name, version, purl, level, finding_id, rule, severity, message, file, line,
         advisory) = row
        if any(fnmatch.fnmatchcase(project, pattern) for pattern in channel.projects):
            items.append(Item(project, name, version, purl, level, rule, severity, message, file, line, advisory,
                              project_id, finding_id))
    return items


def _release(store: Store, channel: Channel, claim: str, why: str) -> None:
    from sqlalchemy import delete

    with store.session() as session:
        session.execute(delete(AlertDelivery).where(AlertDelivery.channel == channel.name,
                                                    AlertDelivery.claim == claim))
        record_event(session, "monitor", "alert-failed", channel.name, error=why[:500])


class Threads:
    """Things a publisher made outside and updates later (a GitHub issue per package)."""

    def __init__(self, store: Store, channel: str):
        self.store = store
        self.channel = channel

    def claim(self, key: str) -> str | None:
        """The external id already made for `key`; None when this caller must make it (the key is
        then reserved, so a concurrent run cannot make a second one)."""
        from sqlalchemy import select

        from ...store.models import AlertThread

        with self.store.session() as session:
            made = upsert(session, AlertThread, [{"channel": self.channel, "key": key, "external_id": "",
                                                  "created_at": now(), "updated_at": now()}],
                          ("channel", "key"), returning=(AlertThread.id,))
            if made:
                return None
            external = session.execute(select(AlertThread.external_id).where(
                AlertThread.channel == self.channel, AlertThread.key == key)).scalar_one()
        if not external:
            raise AlertError(f"{key}: another run is creating its issue; sent next time")
        return external

    def made(self, key: str, external_id: str) -> None:
        from sqlalchemy import update

        from ...store.models import AlertThread

        with self.store.session() as session:
            session.execute(update(AlertThread).where(AlertThread.channel == self.channel, AlertThread.key == key)
                            .values(external_id=external_id, updated_at=now()))

    def forget(self, key: str) -> None:
        """Drop a reservation whose external object could not be made."""
        from sqlalchemy import delete

        from ...store.models import AlertThread

        with self.store.session() as session:
            session.execute(delete(AlertThread).where(AlertThread.channel == self.channel, AlertThread.key == key,
                                                      AlertThread.external_id == ""))

    def touched(self, key: str) -> None:
        from sqlalchemy import update

        from ...store.models import AlertThread

        with self.store.session() as session:
            session.execute(update(AlertThread).where(AlertThread.channel == self.channel, AlertThread.key == key)
                            .values(updated_at=now()))
