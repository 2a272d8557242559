"""The offline advisory database: OSV records in SQLite under `<cache_dir>/advisories.sqlite`.

Records are stored as their JSON text keyed by id, with an index of the npm names each affects;
they are parsed into `Advisory` objects only when a lookup needs them, so importing the ~215,000
record npm export stays cheap. Imports stream (a ZIP is read one member at a time) and run in ONE
transaction, so an interrupted or failed import leaves the previous database as it was.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..files import read_bounded
from .osv import Advisory, AdvisoryError, is_malware, load_osv_bytes, normalize_name, npm_names, parse_osv

DB_FILE = "advisories.sqlite"
BATCH = 5000
STALE_AFTER_DAYS = 7
BUSY_TIMEOUT = 120.0
"""Seconds a connection waits for another's lock (an import commits ~215,000 records at its end)."""
MAX_RECORD_BYTES = 8 * 1024 * 1024
"""Largest record file read (real OSV records are a few KB, the largest a few hundred)."""
MAX_RATIO = 100.0
RATIO_FLOOR = 1024 * 1024
"""A ZIP member larger than `RATIO_FLOOR` may not inflate more than `MAX_RATIO` times."""
MAX_RECORDS = 2_000_000
"""Records in one import (OSV's npm export has about 215,000)."""
MAX_DEPTH = 32
"""Directory levels below an imported directory."""

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
        yield from _directory_records(path)
    elif not path.exists():
        raise AdvisoryError(f"{path}: no such file, directory or ZIP archive")
    elif not path.is_file():
        raise AdvisoryError(f"{path}: refused: not a regular file (a device, a FIFO or a socket)")
    elif zipfile.is_zipfile(path):
        yield from _zip_records(path)
    elif path.suffix.lower() == ".zip":
        raise AdvisoryError(f"{path}: not a ZIP archive (an OSV export is a ZIP of JSON records)")
    else:
        yield str(path), read_bounded(path, MAX_RECORD_BYTES, AdvisoryError)


def _directory_records(root: Path) -> Iterator[tuple[str, bytes]]:
    """Every `*.json` file below `root`, sorted, without recursion or following symlinked directories."""
    stack = [(root, 0)]
    while stack:
        directory, depth = stack.pop()
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name, reverse=True)
        except OSError as exc:
            raise AdvisoryError(f"{directory}: cannot read: {exc.strerror or exc}") from None
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if depth >= MAX_DEPTH:
                    raise AdvisoryError(f"{root}: refused: directories nested deeper than {MAX_DEPTH} levels")
                stack.append((Path(entry.path), depth + 1))
        for entry in reversed(entries):
            if entry.name.endswith(".json") and entry.is_file():
                yield entry.path, read_bounded(entry.path, MAX_RECORD_BYTES, AdvisoryError)



def _zip_records(path: Path) -> Iterator[tuple[str, bytes]]:
    """Every `*.json` member of the ZIP, each bounded in size and compression ratio before reading
    (a 3 MB archive can declare a 3 GiB member)."""
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if info.is_dir() or not info.filename.endswith(".json"):
                    continue
                name = f"{path}!{info.filename}"
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > MAX_RECORD_BYTES or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
                    raise AdvisoryError(f"{name}: refused: {info.file_size} bytes from {info.compress_size} "
                                        f"(records are at most {MAX_RECORD_BYTES} bytes and {MAX_RATIO:g}:1; "
                                        "a zip bomb?)")
                with archive.open(info) as member:
                    data = member.read(MAX_RECORD_BYTES + 1)  # the header's size may lie
                if len(data) > MAX_RECORD_BYTES:
                    raise AdvisoryError(f"{name}: refused: larger than {MAX_RECORD_BYTES} bytes")
                yield name, data
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            OSError) as exc:
        raise AdvisoryError(f"{path}: corrupt or unreadable ZIP archive: {exc}") from None


class AdvisoryDB:
    """The SQLite advisory store. Use as a context manager or call `close()`."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT)
            # WAL: readers (audits) see the last committed database while an import writes, instead
            # of waiting for it ("database is locked"); one writer at a time still waits its turn.
            self.conn.execute("PRAGMA journal_mode=WAL")
            if self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is None:
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

        try:
            cur.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise AdvisoryError(f"{self.path}: cannot start the import: {exc}") from exc
        try:
            if replace:
                cur.execute("DELETE FROM records")
                cur.execute("DELETE FROM packages")
            for name, data in items:
                record = load_osv_bytes(data, name)
                names = npm_names(record)
                if stored + skipped >= MAX_RECORDS:
                    raise AdvisoryError(f"{source}: refused: more than {MAX_RECORDS} records")
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
            if stored == 0:  # nothing to show for it: not an export, and never a fresh, empty database
                raise AdvisoryError(f"{source}: no OSV records found; the existing database was kept" if not skipped
                                    else f"{source}: none of its {skipped} records is about an npm package; "
                                         "the existing database was kept")
            meta = {"source": source, "imported_at": str(time.time()), **self._counts(cur)}
            cur.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
            cur.execute("COMMIT")
        except BaseException as exc:
            cur.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):  # disk full, read-only cache directory, ...
                raise AdvisoryError(f"{self.path}: the import failed and was rolled back: {exc}") from exc
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
            try:
                record = json.loads(body)
            except (ValueError, RecursionError) as exc:
                raise AdvisoryError(f"{self.path}: record {ident} is damaged ({exc}); "
                                    "run `npmward db update`") from None
            cached = self._cache[ident] = parse_osv(record, f"{self.path}:{ident}")
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
