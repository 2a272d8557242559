"""`--store` on the commands: `audit` of a project records it under a *recorded* project that
`monitor add` later adopts; `scan` of a package directory records packages and findings without a
project; `verify`-like partial runs merge. On SQLite and PostgreSQL (NPMWARD_DB_URL)."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from npmward.cli import app
from npmward.settings import load_settings
from npmward.store import Store
from npmward.store.models import Event, Finding, Package, Project, Run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "monitor"))
from helpers import import_records, osv_record, write_project  # noqa: E402

runner = CliRunner()
SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "malicious" / "credential-file-stealer" / "ssh-keys-post"


def test_audit_and_scan_record_their_runs(tmp_path, db_url, monkeypatch):
    monkeypatch.setenv("NPMWARD_DB_URL", db_url)
    import_records(load_settings().cache_dir, [osv_record("MAL-2099-3", "left-pad")], tmp_path / "osv")
    project = write_project(tmp_path / "shop", {"left-pad": "1.3.0", "chalk": "4.1.2"})
    audited = runner.invoke(app, ["audit", str(project), "--store"])
    assert audited.exit_code == 1, audited.output
    scanned = runner.invoke(app, ["scan", str(SAMPLE), "--store"])
    assert scanned.exit_code == 1, scanned.output
    with Store(db_url) as store:
        with store.reading() as session:
            [recorded] = session.execute(select(Project)).scalars().all()
            assert (recorded.name, recorded.kind, recorded.mode) == ("shop", "recorded", "audit")
            runs = {r.command: r for r in session.execute(select(Run)).scalars()}
            assert runs["audit"].project_id == recorded.id and runs["audit"].malicious == 1
            assert runs["scan"].project_id is None and runs["scan"].malicious == 1
            rules = set(session.execute(select(Finding.rule).join(Package, Package.id == Finding.package_id)
                                        .where(Package.name == "react-native-config-loader")).scalars())
            assert "code/secret-exfiltration" in rules
        # `monitor add` adopts the recorded project instead of making a second one
        adopted = runner.invoke(app, ["monitor", "add", str(project), "--mode", "audit"])
        assert adopted.exit_code == 0, adopted.output
        with store.reading() as session:
            assert session.execute(select(func.count()).select_from(Project)).scalar_one() == 1
            assert session.execute(select(Project.kind)).scalar_one() == "path"
            assert "project-monitored" in set(session.execute(select(Event.kind)).scalars())


def test_a_store_that_cannot_be_opened_is_an_error_not_a_lost_run(tmp_path, monkeypatch):
    monkeypatch.setenv("NPMWARD_DB_URL", "postgresql://nobody:secret-pw@127.0.0.1:1/none")
    result = runner.invoke(app, ["scan", str(SAMPLE), "--store"])
    assert result.exit_code == 2 and "cannot open the store" in result.stderr and "secret-pw" not in result.stderr
    assert "react-native-config-loader" in result.stdout  # the report itself is not lost
