"""The results store's tables (SQLAlchemy 2 declarative models).

```
 projects ──< snapshots ──< snapshot_packages >── packages ──< findings
    │            (one per lockfile digest)  (verdict under the        (per package, one row per
    │                                        project's policy)         fingerprint; rule version)
    ├──< project_findings >── findings      triage state, first/last seen, alert deliveries
    ├──< runs                                every run: counts (the trend), trigger, notes
    └──< events                              the audit trail (who changed what, and why)
 firewall_decisions   npmward serve's log, ingested
 alert_deliveries     (channel, project, finding) claimed once: what was alerted where
 alert_threads        external objects a publisher updates instead of duplicating (GitHub issues)
 store_state          small key/value facts (advisory database fingerprint, log offsets)
```

Every change to these models needs a migration under `migrations/versions/` (a test compares the
migrated schema with the models on SQLite and PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, dt.datetime: DateTime(timezone=True)}


class Project(Base):
    """A monitored project: a directory or a git repository with a lockfile."""

    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    source: Mapped[str] = mapped_column(Text)
    """An absolute directory path, or a git URL."""
    kind: Mapped[str] = mapped_column(String(10))
    """`path` or `git` (monitored), or `recorded` (made by a command's `--store`; not re-evaluated)."""
    mode: Mapped[str] = mapped_column(String(10), default="scan")
    """`scan` (advisories + code and metadata analysis) or `audit` (advisories only, no download)."""
    created_at: Mapped[dt.datetime]
    snapshot_id: Mapped[int | None] = mapped_column(Integer)
    """The snapshot the project's current verdicts belong to (no foreign key: snapshots refer to
    their project, and a cycle of keys would need ALTER TABLE, which SQLite lacks)."""
    input_digest: Mapped[str | None] = mapped_column(String(64))
    """Digest of what the last evaluation read from the project (lockfile and policy files)."""
    rules_key: Mapped[str | None] = mapped_column(String(64))
    """The rule version of the last full evaluation (see `monitor.changes.rules_key`)."""
    checked_at: Mapped[dt.datetime | None]


class Snapshot(Base):
    """A project's dependency graph at one lockfile content (content-addressed by its digest)."""

    __tablename__ = "snapshots"
    __table_args__ = (UniqueConstraint("project_id", "digest"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    digest: Mapped[str] = mapped_column(String(64))
    """sha256 of the lockfile's bytes."""
    lockfile: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime]
    package_count: Mapped[int] = mapped_column(Integer, default=0)


class Package(Base):
    """A package version, by purl."""

    __tablename__ = "packages"
    id: Mapped[int] = mapped_column(primary_key=True)
    purl: Mapped[str] = mapped_column(String(600), unique=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    version: Mapped[str] = mapped_column(String(200))
    integrity: Mapped[str | None] = mapped_column(Text)


class SnapshotPackage(Base):
    """A package of a snapshot, with its verdict under the project's policy."""

    __tablename__ = "snapshot_packages"
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("snapshots.id", ondelete="CASCADE"), primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("packages.id", ondelete="CASCADE"), primary_key=True,
                                            index=True)
    scope: Mapped[str] = mapped_column(String(10), default="required")
    """`required`, `dev`, `optional` or `peer`."""
    level: Mapped[str] = mapped_column(String(12))
    """`clean`, `suspicious`, `malicious`, or `unknown` when it could not be evaluated (see notes)."""
    score: Mapped[float] = mapped_column(Float, default=0.0)
    action: Mapped[str] = mapped_column(String(8))
    paths: Mapped[list[Any]] = mapped_column(JSON, default=list)
    """Chains of `name@version` from the root."""
    notes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    evaluated_at: Mapped[dt.datetime]
    advisories_digest: Mapped[str | None] = mapped_column(String(64))
    """Digest of the advisory records naming the package when this verdict was made (None: not
    audited): a changed digest is what makes the monitor re-evaluate it."""


class Finding(Base):
    """One finding about a package, as the latest rule version that produced it states it."""

    __tablename__ = "findings"
    __table_args__ = (UniqueConstraint("package_id", "fingerprint"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("packages.id", ondelete="CASCADE"))
    fingerprint: Mapped[str] = mapped_column(String(64))
    """sha256 of rule, file, line and advisory id: stable across runs and rule versions."""
    rule: Mapped[str] = mapped_column(String(200), index=True)
    severity: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text)
    file: Mapped[str | None] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    snippet: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    advisory_id: Mapped[str | None] = mapped_column(String(100), index=True)
    """The advisory matched (GHSA-…, MAL-…), for vulnerability and malware findings."""
    rules_key: Mapped[str | None] = mapped_column(String(64))
    """The rule version that last produced it."""
    first_seen: Mapped[dt.datetime]
    last_seen: Mapped[dt.datetime]


class ProjectFinding(Base):
    """A finding as it concerns one project: whether it still applies, and its triage."""

    __tablename__ = "project_findings"
    __table_args__ = (Index("project_findings_finding", "finding_id"),)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    """Whether the project's current snapshot and evaluation still have it."""
    severity: Mapped[int] = mapped_column(Integer, default=0)
    """The finding's severity, kept here too: "open findings per project" is then one scan of
    this table, not a join with every finding (the portfolio page asks on every load)."""
    first_seen: Mapped[dt.datetime]
    last_seen: Mapped[dt.datetime]
    waived: Mapped[str | None] = mapped_column(Text)
    """Why the project's policy waives it (an ignore entry, reviewed scripts), when it does."""
    state: Mapped[str] = mapped_column(String(16), default="new")
    """`new`, `confirmed`, `false_positive` or `suppressed` (until `state_until`)."""
    state_until: Mapped[dt.date | None] = mapped_column(Date)
    state_by: Mapped[str | None] = mapped_column(String(200))
    state_reason: Mapped[str | None] = mapped_column(Text)
    state_at: Mapped[dt.datetime | None]


class Run(Base):
    """One run that recorded results: a monitor run of a project, or a command with `--store`."""

    __tablename__ = "runs"
    __table_args__ = (Index("runs_project_started", "project_id", "started_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    snapshot_id: Mapped[int | None] = mapped_column(ForeignKey("snapshots.id", ondelete="SET NULL"))
    command: Mapped[str] = mapped_column(String(20))
    trigger: Mapped[str] = mapped_column(String(40))
    """Why it evaluated: `first`, `lockfile`, `policy`, `rules`, `advisories`, `command`."""
    started_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime]
    packages: Mapped[int] = mapped_column(Integer, default=0)
    reevaluated: Mapped[int] = mapped_column(Integer, default=0)
    malicious: Mapped[int] = mapped_column(Integer, default=0)
    suspicious: Mapped[int] = mapped_column(Integer, default=0)
    blocked: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[list[Any]] = mapped_column(JSON, default=list)


class Event(Base):
    """The audit trail: who did what to the store, when and why."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    subject: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class FirewallDecision(Base):
    """One decision of `npmward serve`, from its JSON-lines log."""

    __tablename__ = "firewall_decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    """sha256 of the log line: ingesting a log twice adds nothing."""
    package: Mapped[str] = mapped_column(String(300), index=True)
    version: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AlertDelivery(Base):
    """A finding of a project handed to one alert channel (claimed once, by one run)."""

    __tablename__ = "alert_deliveries"
    channel: Mapped[str] = mapped_column(String(100), primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True)
    claim: Mapped[str] = mapped_column(String(32))
    at: Mapped[dt.datetime] = mapped_column(index=True)


class AlertThread(Base):
    """Something a publisher created outside (a GitHub issue) and updates instead of duplicating."""

    __tablename__ = "alert_threads"
    __table_args__ = (UniqueConstraint("channel", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(600))
    external_id: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class StoreState(Base):
    """Small facts the monitor keeps between runs."""

    __tablename__ = "store_state"
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
