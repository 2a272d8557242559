"""`npmward db update`: download OSV's npm export and replace the database with it.

The download goes through `RegistryClient.download` (the only network client) into a temporary file
next to the database; only a complete download is imported, in one transaction, so an unreachable
host or a broken archive leaves the previous database intact.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from ..registry import RegistryClient, RegistryError
from ..settings import Settings
from .db import AdvisoryDB, ImportResult
from .osv import AdvisoryError

DEFAULT_OSV_URL = "https://osv-vulnerabilities.storage.googleapis.com/npm/all.zip"


def osv_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get("NPMWARD_OSV_URL") or DEFAULT_OSV_URL


def update_database(settings: Settings, url: str | None = None, client: RegistryClient | None = None) -> ImportResult:
    """Download the export at `url` (default: OSV's npm all.zip) and import it, replacing the DB."""
    url = osv_url(url)
    tmp = Path(settings.cache_dir) / "advisories-download.zip"
    own = client is None
    client = client or RegistryClient(settings)
    try:
        try:
            client.download(url, tmp)
        except RegistryError as exc:
            raise AdvisoryError(f"cannot download the advisory export from {url}: {exc}; "
                                "the existing database was kept (import a local copy with "
                                "`npmward db import FILE|DIR|ZIP`)") from exc
        if not zipfile.is_zipfile(tmp):
            raise AdvisoryError(f"{url}: the download is not a ZIP archive; the existing database was kept")
        with AdvisoryDB.open(settings.cache_dir) as db:
            return db.import_path(tmp, replace=True, source=url)
    finally:
        tmp.unlink(missing_ok=True)
        if own:
            client.close()
