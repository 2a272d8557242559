"""The SQLite advisory database: import of a file, a directory and a ZIP (all or nothing), status,
lookups, and `db update` through the real RegistryClient against a local HTTP server."""

from __future__ import annotations

import http.server
import io
import threading
import time
import zipfile
from pathlib import Path

import pytest

from npmward.advisories import AdvisoryDB, AdvisoryError
from npmward.advisories.update import update_database
from npmward.registry import HttpPolicy, NpmConfig, RegistryClient
from npmward.settings import Settings


def _osv(shared_dir: Path) -> Path:
    return shared_dir / "fixtures" / "osv"


def test_import_directory_recursively_and_status(shared_dir, tmp_path):
    with AdvisoryDB.open(tmp_path) as db:
        assert db.is_empty() and db.status().warnings()
        result = db.import_path(_osv(shared_dir))
        # 39 records; the word-wrap record lists only a GitHub Actions package, so it is skipped
        assert (result.records, result.skipped) == (38, 1)
        status = db.status()
        assert (status.malware, status.vulnerabilities) == (21, 17)  # 19 MAL + 2 GHSA with CWE-506
        assert status.packages == 35 and status.warnings() == [] and status.age_days < 0.01
        found = db.lookup(["Axios", "lodash", "word-wrap", "left-pad"])
        assert sorted(a.id for a in found["axios"]) == ["GHSA-8hc4-vh64-cxmj", "GHSA-wf5p-g6vw-rhxx"]
        assert sorted(a.id for a in found["lodash"]) == ["GHSA-35jh-r3h4-6jhm", "GHSA-p6mc-m468-83gw"]
        assert "word-wrap" not in found and "left-pad" not in found
        assert db.malware_names(["flatmap-stream", "event-stream", "lodash"]) == {"flatmap-stream", "event-stream"}


def test_import_single_file_and_zip_members(shared_dir, tmp_path):
    archive = tmp_path / "all.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(_osv(shared_dir).rglob("MAL-*.json")):
            zf.write(path, path.name)
    with AdvisoryDB.open(tmp_path / "db") as db:
        db.import_path(_osv(shared_dir) / "advisory-database" / "GHSA-xvch-5gv4-984h.json")
        assert db.status().vulnerabilities == 1
        result = db.import_path(archive)
        assert result.records == 19
        assert db.status().malware == 19 and db.status().vulnerabilities == 1
        # replace=True: a full export replaces what was there
        db.import_path(archive, replace=True)
        assert db.status().vulnerabilities == 0 and db.status().malware == 19


def test_a_broken_record_rolls_the_whole_import_back(shared_dir, tmp_path):
    src = tmp_path / "records"
    src.mkdir()
    (src / "a.json").write_bytes((_osv(shared_dir) / "advisory-database" / "GHSA-xvch-5gv4-984h.json").read_bytes())
    (src / "b.json").write_text("{not json")
    with AdvisoryDB.open(tmp_path / "db") as db:
        db.import_path(_osv(shared_dir) / "malicious-packages" / "lodahs")
        with pytest.raises(AdvisoryError, match="b.json: not an OSV record or a ZIP export of them .invalid JSON"):
            db.import_path(src, replace=True)
        assert db.status().malware == 1 and db.status().vulnerabilities == 0
    with AdvisoryDB.open(tmp_path / "db") as db, pytest.raises(AdvisoryError, match="no such file"):
        db.import_path(tmp_path / "missing")


class _ZipHandler(http.server.BaseHTTPRequestHandler):
    body = b""

    def do_GET(self):  # noqa: N802 - http.server API
        if self.path != "/npm/all.zip":
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def zip_server(shared_dir):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for path in sorted(_osv(shared_dir).rglob("GHSA-*.json")):
            zf.write(path, path.name)
    _ZipHandler.body = buffer.getvalue()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _ZipHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _client(settings: Settings) -> RegistryClient:
    return RegistryClient(settings, NpmConfig(), policy=HttpPolicy(retries=0, connect_timeout=2, timeout=5))


def test_update_downloads_through_the_registry_client(shared_dir, tmp_path, zip_server):
    settings = Settings(cache_dir=tmp_path)
    with _client(settings) as client:
        result = update_database(settings, f"{zip_server}/npm/all.zip", client)
    assert result.records == 19  # 20 GHSA records, word-wrap is not npm
    with AdvisoryDB.open(tmp_path) as db:
        assert db.status().source == f"{zip_server}/npm/all.zip"
        assert db.status().malware == 2
    assert not (tmp_path / "advisories-download.zip").exists()


def test_update_failure_keeps_the_old_database(shared_dir, tmp_path, zip_server):
    settings = Settings(cache_dir=tmp_path)
    with AdvisoryDB.open(tmp_path) as db:
        db.import_path(_osv(shared_dir) / "malicious-packages")
    with _client(settings) as client, pytest.raises(AdvisoryError, match="HTTP 404.*existing database was kept"):
        update_database(settings, f"{zip_server}/missing.zip", client)
    with AdvisoryDB.open(tmp_path) as db:
        assert db.status().malware == 19


def test_status_warns_when_stale_or_empty(shared_dir, tmp_path):
    with AdvisoryDB.open(tmp_path) as db:
        assert "empty" in db.status().warnings()[0]
        db.import_path(_osv(shared_dir) / "malicious-packages" / "lodahs")
        db.conn.execute("UPDATE meta SET value = ? WHERE key = 'imported_at'", (str(time.time() - 9 * 86400),))
        status = db.status()
        assert round(status.age_days) == 9 and "9 days old" in status.warnings()[0]
