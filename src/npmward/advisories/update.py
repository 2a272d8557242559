"""`npmward db update`: OSV's npm export (downloaded, or a local copy) replaces the database.

A URL is downloaded through `RegistryClient.download` (the only network client) into a temporary
file next to the database; a `file://` URL or a plain path is imported where it is, without a
download or retries. Only a complete export is imported, in one transaction, so an unreachable
host, a missing file or a broken archive leaves the previous database and its freshness intact.
Credentials in the URL (`https://user:TOKEN@host/...`, `?token=...`) appear in no message and are
not stored as the database's source.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

from ..registry import RegistryClient, RegistryError
from ..settings import Settings
from .db import AdvisoryDB, ImportResult
from .osv import AdvisoryError

DEFAULT_OSV_URL = "https://osv-vulnerabilities.storage.googleapis.com/npm/all.zip"


def osv_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get("NPMWARD_OSV_URL") or DEFAULT_OSV_URL


def shown_url(url: str) -> str:
    """`url` as it may be printed or stored: no user, password or query values."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc if "@" not in parts.netloc else "***@" + parts.netloc.rsplit("@", 1)[1]
        query = "&".join(f"{k}=***" for k, _ in parse_qsl(parts.query, keep_blank_values=True)) or \
            ("***" if parts.query else "")
        return urlunsplit(parts._replace(netloc=netloc, query=query))
    except ValueError:
        return "<an unparseable URL>"


def _secrets(url: str) -> list[str]:
    """The parts of `url` that may be credentials, longest first (to scrub them from any text)."""
    try:
        parts = urlsplit(url)
        found = [unquote(p) for p in (parts.username, parts.password) if p]
        found += [v for _, v in parse_qsl(parts.query, keep_blank_values=True)]
        raw = parts.netloc.rsplit("@", 1)[0] if "@" in parts.netloc else ""
    except ValueError:
        return [url]
    return sorted({s for s in found + [raw, *raw.split(":")] if len(s) >= 4}, key=len, reverse=True)


def _scrub(text: str, url: str) -> str:
    for secret in _secrets(url):
        text = text.replace(secret, "***")
    return text


def _local_path(url: str) -> Path | None:
    """The file a `file://` URL or a plain path names; None for a URL to download."""
    if url.startswith("file:"):
        return Path(unquote(urlsplit(url).path))
    if "://" not in url:
        return Path(url).expanduser()
    return None


def update_database(settings: Settings, url: str | None = None, client: RegistryClient | None = None) -> ImportResult:
    """Import the export at `url` (default: $NPMWARD_OSV_URL, else OSV's npm all.zip), replacing the DB."""
    url = osv_url(url)
    shown = shown_url(url)
    local = _local_path(url)
    if local is not None:
        if not local.exists():
            raise AdvisoryError(f"{shown}: no such file, directory or ZIP archive; the existing database was kept")
        with AdvisoryDB.open(settings.cache_dir) as db:
            return db.import_path(local, replace=True, source=shown)
    tmp = Path(settings.cache_dir) / "advisories-download.zip"
    own = client is None
    client = client or RegistryClient(settings)
    try:
        try:
            client.download(url, tmp)
        except RegistryError as exc:
            raise AdvisoryError(_scrub(f"cannot download the advisory export from {shown}: {exc}; the existing "
                                       "database was kept (import a local copy with `npmward db import FILE|DIR|ZIP` "
                                       "or `npmward db update --url file:///path/to/all.zip`)", url)) from None
        if not zipfile.is_zipfile(tmp):
            raise AdvisoryError(f"{shown}: the download is not a ZIP archive; the existing database was kept")
        with AdvisoryDB.open(settings.cache_dir) as db:
            return db.import_path(tmp, replace=True, source=shown)
    finally:
        tmp.unlink(missing_ok=True)
        if own:
            client.close()
