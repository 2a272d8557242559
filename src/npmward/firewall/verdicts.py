"""What the firewall already knows about a tarball, kept by its integrity, and the log of its decisions.

A verdict here is the evidence of one full evaluation — every finding the analyzers produced about
those bytes and their registry metadata — never the action: the policy is applied again on every
lookup, together with a fresh advisory lookup, so a new `.npmwardignore.yml` entry or a new malware
record takes effect at once. Evidence produced by other analyzer code (a rule changed) is not used.
A second install of the same packages therefore costs one SQLite lookup per tarball. Evidence is kept
under the digest of the analyzers' code and data AND of the run's registry identity (private scopes,
internal names, registries), the one piece of configuration analyzers see: a changed configuration
re-evaluates instead of reusing evidence produced under another one.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..model import Finding

_SCHEMA = """
CREATE TABLE IF NOT EXISTS verdicts (
  integrity TEXT PRIMARY KEY, name TEXT NOT NULL, version TEXT NOT NULL,
  digest TEXT NOT NULL, findings TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS verdicts_name ON verdicts(name);
"""
FRESH_RULES = ("audit/",)
"""Findings recomputed on every decision (the advisory database changes daily): never stored."""


def evidence_digest(identity=None) -> str:
    """What produced stored evidence: the analyzers' code and data, and the registry identity."""
    import hashlib
    from dataclasses import asdict

    from ..engine import analyzers_digest

    seen = json.dumps(asdict(identity), sort_keys=True, default=sorted) if identity is not None else ""
    return hashlib.sha256(f"{analyzers_digest()}|{seen}".encode()).hexdigest()[:16]


class VerdictStore:
    """integrity -> findings, in `<cache>/firewall/verdicts.sqlite`; one connection per thread."""

    def __init__(self, path: Path, identity=None):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.digest = evidence_digest(identity)
        self._local = threading.local()
        self._conn().executescript(_SCHEMA)

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            self._local.conn = conn
        return conn

    def get(self, integrity: str | None) -> list[Finding] | None:
        """The stored findings of these bytes, or None when they were never evaluated (by this code)."""
        if not integrity:
            return None
        row = self._conn().execute("SELECT findings FROM verdicts WHERE integrity = ? AND digest = ?",
                                   (integrity, self.digest)).fetchone()
        return _findings(row[0]) if row else None

    def for_name(self, name: str) -> dict[str, list[Finding]]:
        """integrity -> findings of every evaluated version of `name`."""
        rows = self._conn().execute("SELECT integrity, findings FROM verdicts WHERE name = ? AND digest = ?",
                                    (name, self.digest))
        return {integrity: found for integrity, text in rows if (found := _findings(text)) is not None}

    def put(self, integrity: str, name: str, version: str, findings: Iterable[Finding]) -> None:
        kept = [f.to_dict() for f in findings if not f.rule.startswith(FRESH_RULES)]
        self._conn().execute("INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, ?, ?, ?)",
                             (integrity, name, version, self.digest, json.dumps(kept), time.time()))


def _findings(text: str) -> list[Finding] | None:
    try:
        return [Finding.from_dict(d) for d in json.loads(text)]
    except (ValueError, TypeError, KeyError, AttributeError):
        return None  # unreadable evidence is evaluated again, never trusted


class DecisionLog:
    """Every decision as one JSON line (`time`, `package`, `version`, `action`, `reason`, ...), for the
    monitor and the dashboard. Appended under a lock; a line is written whole or not at all."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self.blocked: list[dict] = []
        """The refusals written by this process, for the install wrapper's summary."""

    def write(self, package: str, version: str | None, action: str, reason: str, **extra: Any) -> None:
        entry: Mapping[str, Any] = {"time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds"),
                                    "package": package, "version": version, "action": action, "reason": reason,
                                    **{k: v for k, v in extra.items() if v is not None}}
        line = json.dumps(entry, separators=(",", ":"), ensure_ascii=False) + "\n"
        with self._lock, open(self.path, "a", encoding="utf-8") as handle:
            handle.write(line)
            if action == "block":
                self.blocked.append(dict(entry))


def read_log(path: Path) -> list[dict]:
    """The decisions of a log file (for tests and reports)."""
    if not Path(path).is_file():
        return []
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
