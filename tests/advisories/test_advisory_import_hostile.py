"""Hostile and broken inputs to the advisory database end in a clear `AdvisoryError`, never touch
the existing database or its freshness, and never leak a credential: zip bombs, empty imports,
files that are not exports, wrong-typed records, interrupted imports, concurrent audits, local
`db update` sources and URLs with tokens."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from npmward.advisories import AdvisoryDB, AdvisoryError
from npmward.advisories.db import BATCH
from npmward.advisories.update import update_database
from npmward.settings import Settings

RECORD = {"id": "GHSA-aaaa-bbbb-cccc", "modified": "2024-01-01T00:00:00Z", "summary": "demo",
          "affected": [{"package": {"ecosystem": "npm", "name": "left-pad"},
                        "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.3.0"}]}]}],
          "database_specific": {"severity": "HIGH", "cwe_ids": ["CWE-400"]}}


def _record(**changes) -> dict:
    return {**RECORD, **changes}


@pytest.fixture
def db_dir(shared_dir, tmp_path):
    """A database with the shared malware records already imported."""
    with AdvisoryDB.open(tmp_path / "db") as db:
        db.import_path(shared_dir / "fixtures" / "osv" / "malicious-packages")
    return tmp_path / "db"


def _status(db_dir: Path):
    with AdvisoryDB.open(db_dir) as db:
        return db.status()


def _refused(db_dir: Path, source: Path, *fragments: str, **kw) -> str:
    before = _status(db_dir)
    with AdvisoryDB.open(db_dir) as db, pytest.raises(AdvisoryError) as info:
        db.import_path(source, **kw)
    assert _status(db_dir) == before  # records, counts, source and freshness unchanged
    for fragment in fragments:
        assert fragment in str(info.value), str(info.value)
    return str(info.value)


def test_a_zip_member_that_inflates_far_beyond_a_record_is_refused(db_dir, tmp_path):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("GHSA-good.json", json.dumps(RECORD))
        with zf.open("GHSA-bomb.json", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            for _ in range(64):
                member.write(chunk)
    assert archive.stat().st_size < 1_000_000
    start = time.monotonic()
    message = _refused(db_dir, archive, "GHSA-bomb.json", "refused")
    assert time.monotonic() - start < 20, message


def test_an_import_that_finds_no_records_is_an_error(db_dir, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    _refused(db_dir, empty, "no OSV records")
    other = tmp_path / "other"
    other.mkdir()
    (other / "PYSEC-1.json").write_text(json.dumps(_record(id="PYSEC-1", affected=[
        {"package": {"ecosystem": "PyPI", "name": "requests"}}])))
    _refused(db_dir, other, "none of its 1 records is about an npm package")
    _refused(db_dir, empty, "no OSV records", replace=True)


@pytest.mark.parametrize("name, content, fragment", [
    ("fake.zip", b"this is not a zip", "not a ZIP archive"),
    ("export.bin", b"\x00\x01\x02garbage", "not an OSV record or a ZIP export"),
    ("record.json", b"{not json", "not an OSV record or a ZIP export"),
])
def test_files_that_are_not_exports_say_so(db_dir, tmp_path, name, content, fragment):
    (tmp_path / name).write_bytes(content)
    _refused(db_dir, tmp_path / name, fragment, str(tmp_path / name))


def test_a_corrupt_zip_member_is_a_clear_error(db_dir, tmp_path):
    archive = tmp_path / "corrupt.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("GHSA-x.json", json.dumps(RECORD))
    data = bytearray(archive.read_bytes())
    at = data.index(b'"summary"')
    data[at + 1] ^= 0x20  # flips a byte of the member: its CRC no longer matches
    archive.write_bytes(bytes(data))
    _refused(db_dir, archive, "GHSA-x.json")


@pytest.mark.parametrize("record, field", [
    (_record(affected="left-pad"), "affected must be a list, not a string"),
    (_record(affected=["left-pad"]), "affected[0] must be an object, not a string"),
    (_record(affected=[{"package": ["npm", "left-pad"]}]), "affected[0].package must be an object, not a list"),
    (_record(affected=[{"package": {"ecosystem": "npm", "name": 7}}]), "affected[0].package.name must be a string"),
    (_record(affected=[{"package": {"ecosystem": "npm", "name": "x"}, "ranges": [1]}]), "affected[0].ranges[0] must be an object"),
    (_record(affected=[{"package": {"ecosystem": "npm", "name": "x"}, "ranges": [{"type": "SEMVER", "events": {"fixed": "1"}}]}]),
     "affected[0].ranges[0].events must be a list, not an object"),
    (_record(affected=[{"package": {"ecosystem": "npm", "name": "x"}, "ranges": [{"type": "SEMVER", "events": [{"fixed": 1}]}]}]),
     "affected[0].ranges[0].events[0].fixed must be a string, not an integer"),
    (_record(database_specific={"cwe_ids": "CWE-506"}), "database_specific.cwe_ids must be a list, not a string"),
    (_record(severity=[{"type": "CVSS_V3", "score": 9.8}]), "severity[0].score must be a string, not a number"),
    (_record(aliases="CVE-1"), "aliases must be a list, not a string"),
    (_record(id=["GHSA"]), "id"),
    ([RECORD], "not an OSV record"),
])
def test_wrong_typed_records_are_errors_naming_the_field(db_dir, tmp_path, record, field):
    (tmp_path / "GHSA-bad.json").write_text(json.dumps(record))
    _refused(db_dir, tmp_path / "GHSA-bad.json", "GHSA-bad.json", field)


def test_a_broken_record_after_good_ones_leaves_the_database_as_it_was(db_dir, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for i in range(50):
        (src / f"GHSA-{i:03}.json").write_text(json.dumps(_record(id=f"GHSA-{i:03}")))
    (src / "GHSA-999.json").write_text(json.dumps(_record(id="GHSA-999", affected=7)))
    _refused(db_dir, src, "GHSA-999.json", replace=True)


def test_a_killed_import_leaves_the_old_database_and_its_freshness(db_dir):
    before = _status(db_dir)
    # The child writes a first batch of records (to the database file, past sqlite's page cache)
    # and is killed while it goes on: nothing of it may show, and the file must stay sound.
    script = ("import json, sys, time\nfrom npmward.advisories import AdvisoryDB\nfrom npmward.advisories.db import BATCH\n"
              "def records():\n    for i in range(BATCH * 2):\n"
              "        if i == BATCH + 1:\n            print('flushed', flush=True)\n            time.sleep(60)\n"
              "        yield f'GHSA-{i}.json', json.dumps({'id': f'GHSA-{i:05}', 'affected': [{'package': "
              "{'ecosystem': 'npm', 'name': f'pkg-{i}'}}]}).encode()\n"
              "with AdvisoryDB.open(sys.argv[1]) as db:\n    db.import_records(records(), replace=True, source='killed')\n")
    proc = subprocess.Popen([sys.executable, "-c", script, str(db_dir)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "flushed"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert _status(db_dir) == before
    with AdvisoryDB.open(db_dir) as db:
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.lookup(["pkg-1"]) == {}


def test_audits_during_a_long_import_are_not_locked_out(db_dir):
    """An import holds its write transaction for as long as the export takes to read (about a
    minute for OSV's); audits opening the database meanwhile must neither fail nor wait for it."""
    errors: list[str] = []
    done = threading.Event()

    def slow_records():
        for i in range(BATCH + 40):
            if i == BATCH:
                flushed.set()
            if i >= BATCH:  # the first batch is written (and spills out of sqlite's page cache)...
                time.sleep(0.08)  # ...then the import goes on for 3 s, holding the lock in rollback-journal mode
            yield f"GHSA-{i}.json", json.dumps(_record(id=f"GHSA-{i:05}", details="x" * 2000)).encode()

    def importer():
        try:
            with AdvisoryDB.open(db_dir) as db:
                db.import_records(slow_records(), replace=True, source="slow")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(f"import: {exc}")
        finally:
            done.set()

    flushed = threading.Event()
    thread = threading.Thread(target=importer)
    thread.start()
    assert flushed.wait(60)
    during = 0  # lookups that finished while the import was still writing
    seen: set[int] = set()
    while not done.is_set():
        try:
            with AdvisoryDB.open(db_dir) as db:
                db.lookup(["flatmap-stream", "left-pad"])
                seen.add(db.status().vulnerabilities)
        except Exception as exc:  # noqa: BLE001 - the failure this test is about
            errors.append(f"lookup: {type(exc).__name__}: {exc}")
        during += not done.is_set()
        time.sleep(0.3)
    thread.join()
    assert errors == []
    assert during >= 2  # readers are not held until the writer commits (they were, before WAL)
    assert seen <= {0, BATCH + 40}  # the old database or the new one, never half of it
    assert _status(db_dir).vulnerabilities == BATCH + 40


def _zip_of_records(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("GHSA-aaaa-bbbb-cccc.json", json.dumps(RECORD))
    return path


def test_update_from_a_local_path_or_file_url_needs_no_download(tmp_path, monkeypatch):
    archive = _zip_of_records(tmp_path / "all.zip")
    settings = Settings(cache_dir=tmp_path / "cache")

    class NoNetwork:
        def download(self, *args, **kwargs):
            raise AssertionError("a local export must not be downloaded")

        def close(self):
            pass

    assert update_database(settings, str(archive), NoNetwork()).records == 1
    assert update_database(settings, archive.as_uri(), NoNetwork()).records == 1
    monkeypatch.setenv("NPMWARD_OSV_URL", archive.as_uri())
    assert update_database(settings, None, NoNetwork()).records == 1
    with AdvisoryDB.open(settings.cache_dir) as db:
        assert db.status().source == archive.as_uri()
    start = time.monotonic()
    with pytest.raises(AdvisoryError, match="no such file"):
        update_database(settings, (tmp_path / "missing.zip").as_uri(), NoNetwork())
    assert time.monotonic() - start < 5  # no retries for a local file


def test_credentials_in_export_urls_never_reach_a_message_or_the_database(tmp_path, monkeypatch):
    from npmward.registry import HttpPolicy, NpmConfig, RegistryClient

    secret = "ghp_FAKEtokenFORtests0123456789"
    settings = Settings(cache_dir=tmp_path / "cache")
    for url in (f"https://user:{secret}@127.0.0.1:9/npm/all.zip", f"https://127.0.0.1:9/all.zip?token={secret}"):
        with RegistryClient(settings, NpmConfig(), policy=HttpPolicy(retries=0, connect_timeout=1)) as client:
            with pytest.raises(AdvisoryError) as info:
                update_database(settings, url, client)
        assert secret not in str(info.value) and secret not in repr(info.value.__cause__ or "")
        assert "127.0.0.1:9" in str(info.value)
        monkeypatch.setenv("NPMWARD_OSV_URL", url)
        with RegistryClient(settings, NpmConfig(), policy=HttpPolicy(retries=0, connect_timeout=1)) as client:
            with pytest.raises(AdvisoryError) as info:
                update_database(settings, None, client)
        assert secret not in str(info.value)
    archive = _zip_of_records(tmp_path / "all.zip")
    assert update_database(settings, f"file://user:{secret}@{archive}?x={secret}", None).records == 1
    with AdvisoryDB.open(settings.cache_dir) as db:
        assert secret not in db.status().source and "all.zip" in db.status().source


def test_an_import_source_that_is_not_a_regular_file_is_refused_without_blocking(db_dir, tmp_path):
    os.mkfifo(tmp_path / "all.zip")
    _refused(db_dir, tmp_path / "all.zip", "not a regular file")
