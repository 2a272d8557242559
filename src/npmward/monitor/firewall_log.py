"""Ingest `npmward serve`'s decision log (JSON lines) into the store.

The reader relies on five fields only — `package`, `version`, `action`, `reason`, `time` (ISO 8601
or Unix seconds) — and keeps any other field as `extra`. It remembers how far it read each log
(`store_state`), starts again from the top when the log was rotated or truncated, never reads a
last line still being written, and stores each line once (keyed by its digest), so ingesting the
same log twice, or from two processes, adds nothing. A line it cannot read is reported with its
number, never dropped silently.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..store import Store, upsert
from ..store.models import FirewallDecision, StoreState

FIELDS = ("package", "version", "action", "reason", "time")
BATCH = 1000


@dataclass(frozen=True)
class IngestResult:
    """What one ingestion read."""

    added: int
    """Decisions new to the store."""
    read: int
    """Complete lines read."""
    bad: tuple[str, ...] = field(default_factory=tuple)
    """`line N: why` for every line that could not be read."""


def parse_time(value: Any) -> dt.datetime:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return dt.datetime.fromtimestamp(value, dt.timezone.utc)
    if isinstance(value, str) and value:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)
    raise ValueError("`time` must be an ISO 8601 time or Unix seconds")


def parse_line(line: bytes) -> dict[str, Any]:
    """One decision as the row to store; ValueError says what is wrong with the line."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"not JSON ({exc})") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    package, action = record.get("package"), record.get("action")
    if not isinstance(package, str) or not package or not isinstance(action, str) or not action:
        raise ValueError("`package` and `action` must be non-empty strings")
    version, reason = record.get("version"), record.get("reason")
    return {
        "digest": hashlib.sha256(line).hexdigest(), "package": package[:300],
        "version": str(version)[:200] if version is not None else None, "action": action[:20],
        "reason": reason if isinstance(reason, str) else (json.dumps(reason) if reason is not None else None),
        "at": parse_time(record.get("time")),
        "extra": {k: v for k, v in record.items() if k not in FIELDS},
    }


def ingest_log(store: Store, path: Path) -> IngestResult:
    path = Path(path).expanduser().resolve()
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the firewall log: {exc.strerror or exc}") from None
    key = f"firewall-log:{path}"
    with handle:
        stat = os.fstat(handle.fileno())
        with store.reading() as session:
            saved = session.get(StoreState, key)
        position = saved.value if saved is not None else {}
        offset = position.get("offset", 0)
        if position.get("inode") != stat.st_ino or offset > stat.st_size:
            offset = 0  # rotated or truncated: read the new file from its start
        handle.seek(offset)
        rows: list[dict[str, Any]] = []
        bad: list[str] = []
        read = added = 0
        number = position.get("line", 0) if offset else 0
        for line in handle:
            if not line.endswith(b"\n"):
                break  # being written: read it next time
            number += 1
            offset += len(line)
            if not line.strip():
                continue
            read += 1
            try:
                rows.append(parse_line(line.rstrip(b"\r\n")))
            except ValueError as exc:
                bad.append(f"line {number}: {exc}")
            if len(rows) >= BATCH:
                added += _store(store, rows)
                rows = []
        added += _store(store, rows)
    with store.session() as session:
        upsert(session, StoreState, [{"key": key, "value": {"offset": offset, "inode": stat.st_ino, "line": number}}],
               ("key",), update=("value",))
    return IngestResult(added, read, tuple(bad))


def _store(store: Store, rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    with store.session() as session:
        return len(upsert(session, FirewallDecision, rows, ("digest",), returning=(FirewallDecision.id,)))
