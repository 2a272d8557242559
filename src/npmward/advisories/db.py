"""The offline advisory database: OSV records in SQLite under `<cache_dir>/advisories.sqlite`.

Records are stored as their JSON text keyed by id, with an index of the npm names each affects;
they are parsed into `Advisory` objects only when a lookup needs them, so importing the ~215,000
record npm export stays cheap. Imports stream (a ZIP is read one member at a time) and run in ONE
transaction, so an interrupted or failed import leaves the previous database as it was.
"""

from __future__ import annotations

import json
import sqlite3
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .osv import Advisory, AdvisoryError, is_malware, load_osv_bytes, normalize_name, npm_names, parse_osv

DB_FILE = "advisories.sqlite"
BATCH = 5000
STALE_AFTER_DAYS = 7

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (id TEXT PRIMARY KEY, malware INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS packages (name TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (name, id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS packages_by_id ON packages (id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class DbStatus:
    """What `npmward db status` reports."""

    path: Path
    source: str | None
    """Where the last import came from (a file, directory, ZIP or URL)."""
    imported_at: float | None
    """Unix time of the last import; None when nothing was ever imported."""
    vulnerabilities: int
    malware: int
    packages: int
    """Distinct npm package names with at least one record."""

    @property
    def total(self) -> int:
        return self.vulnerabilities + self.malware

    @property
    def age_days(self) -> float | None:
        return None if self.imported_at is None else (time.time() - self.imported_at) / 86400

    def warnings(self) -> list[str]:
        if self.total == 0:
            return [f"the advisory database {self.path} is empty: run `npmward db update` or `npmward db import`"]
        age = self.age_days
        if age is not None and age > STALE_AFTER_DAYS:
            return [f"the advisory database is {age:.0f} days old: run `npmward db update`"]
        return []


@dataclass(frozen=True)
class ImportResult:
    """What one import did."""

    records: int
    """Records read and stored (npm records only)."""
    skipped: int
    """Records without any npm package (other ecosystems)."""


def _iter_sources(path: Path) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of every record file below `path`, one at a time."""
    if path.is_dir():
        for child in sorted(path.rglob("*.json")):
            if child.is_file():
                yield str(child), child.read_bytes()
    elif zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if not info.is_dir() and info.filename.endswith(".json"):
                    yield f"{path}!{info.filename}", archive.read(info)
    elif path.is_file():
        yield str(path), path.read_bytes()
    else:
        raise AdvisoryError(f"{path}: no such file, directory or ZIP archive")


class AdvisoryDB:
    """The SQLite advisory store. Use as a context manager or call `close()`."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise AdvisoryError(f"{self.path}: cannot open the advisory database: {exc}") from exc
        self._cache: dict[str, Advisory] = {}

    @classmethod
    def open(cls, cache_dir: Path) -> "AdvisoryDB":
        return cls(Path(cache_dir) / DB_FILE)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "AdvisoryDB":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- import ---------------------------------------------------------------------------------

    def import_path(self, path: Path, *, replace: bool = False, source: str | None = None) -> ImportResult:
        """Import every OSV record in a file, directory (recursively) or ZIP; all or nothing.

        `replace` drops the existing records first (a full export replaces the database)."""
        path = Path(path)
        return self.import_records(_iter_sources(path), replace=replace, source=source or str(path))

    def import_records(self, items: Iterable[tuple[str, bytes]], *, replace: bool, source: str) -> ImportResult:
        cur = self.conn.cursor()
        stored = skipped = 0
        records: list[tuple[str, int, str]] = []
        links: list[tuple[str, str]] = []

        def flush() -> None:
            cur.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?)", records)
            cur.executemany("INSERT OR IGNORE INTO packages VALUES (?, ?)", links)
            records.clear()
            links.clear()

        cur.execute("BEGIN IMMEDIATE")
        try:
            if replace:
                cur.execute("DELETE FROM records")
                cur.execute("DELETE FROM packages")
            for name, data in items:
                record = load_osv_bytes(data, name)
                names = npm_names(record)
                if not names:
                    skipped += 1
                    continue
                ident = record["id"]
                if not replace:  # a re-imported record may affect other names than before
                    cur.execute("DELETE FROM packages WHERE id = ?", (ident,))
                # stored compact: the export is pretty-printed, and whitespace would double the database
                records.append((ident, int(is_malware(record)), json.dumps(record, separators=(",", ":"))))
                links.extend((n, ident) for n in names)
                stored += 1
                if len(records) >= BATCH:
                    flush()
            flush()
            meta = {"source": source, "imported_at": str(time.time()), **self._counts(cur)}
            cur.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        self._cache.clear()
        return ImportResult(stored, skipped)

    # --- queries --------------------------------------------------------------------------------

    @staticmethod
    def _counts(cur) -> dict[str, str]:
        """Counts for `status()`, taken once per import: counting ~215,000 stored records reads the
        whole table (~1 s), and every run asks for the status."""
        malware, total = cur.execute("SELECT COALESCE(SUM(malware), 0), COUNT(*) FROM records").fetchone()
        (packages,) = cur.execute("SELECT COUNT(DISTINCT name) FROM packages").fetchone()
        return {"count_malware": str(malware), "count_total": str(total), "count_packages": str(packages)}

    def status(self) -> DbStatus:
        meta = dict(self.conn.execute("SELECT key, value FROM meta"))
        if "count_total" not in meta:  # imported by an older npmward
            meta.update(self._counts(self.conn))
        malware, total, packages = (int(meta[k]) for k in ("count_malware", "count_total", "count_packages"))
        imported = meta.get("imported_at")
        return DbStatus(self.path, meta.get("source"), float(imported) if imported else None,
                        total - malware, malware, packages)

    def is_empty(self) -> bool:
        return self.conn.execute("SELECT 1 FROM records LIMIT 1").fetchone() is None

    def _advisory(self, ident: str, body: str) -> Advisory:
        cached = self._cache.get(ident)
        if cached is None:
            cached = self._cache[ident] = parse_osv(json.loads(body), f"{self.path}:{ident}")
        return cached

    def record_digests(self, names: Iterable[str]) -> dict[str, str]:
        """Normalised name -> sha256 of the records that mention it, for names with records: it
        changes when a record naming the package is added, changed or removed (the monitor
        re-evaluates only those packages)."""
        import hashlib

        keys = sorted({normalize_name(n) for n in names})
        digests: dict = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            rows = self.conn.execute(
                f"SELECT p.name, r.id, r.body FROM packages p JOIN records r ON r.id = p.id "
                f"WHERE p.name IN ({','.join('?' * len(chunk))}) ORDER BY p.name, r.id", chunk)
            for name, ident, body in rows:
                digest = digests.setdefault(name, hashlib.sha256())
                digest.update(f"{ident}\0{len(body)}\0".encode() + body.encode())
        return {name: digest.hexdigest() for name, digest in digests.items()}

    def lookup(self, names: Iterable[str]) -> dict[str, list[Advisory]]:
        """Normalised name -> the advisories that mention it (only names with advisories)."""
        keys = sorted({normalize_name(n) for n in names})
        out: dict[str, list[Advisory]] = {}
        for start in range(0, len(keys), 500):  # stay below SQLite's bound-parameter limit
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT p.name, r.id, r.body FROM packages p JOIN records r ON r.id = p.id "
                f"WHERE p.name IN ({marks}) ORDER BY p.name, r.id", chunk)
            for name, ident, body in rows:
                out.setdefault(name, []).append(self._advisory(ident, body))
        return out

    def malware_names(self, names: Iterable[str]) -> set[str]:
        """Which of these (normalised) names have a malware record, whatever the version."""
        return {n for n, advs in self.lookup(names).items() if any(a.malware for a in advs)}
