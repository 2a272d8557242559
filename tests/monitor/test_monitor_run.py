"""`monitor run` on SQLite and PostgreSQL: it evaluates what changed and only that — a first run,
nothing changed, a new advisory, a lockfile change, a policy change, new rules, a git project."""

from __future__ import annotations

import subprocess

import pytest
from helpers import import_records, osv_record, write_project
from sqlalchemy import func, select

from npmward.monitor import changes
from npmward.monitor.projects import add_project
from npmward.monitor.run import run_projects
from npmward.settings import load_settings
from npmward.store import Store
from npmward.store.models import Finding, Package, ProjectFinding, Run, Snapshot, SnapshotPackage
from npmward.store.triage import set_triage

PACKAGES = {"minimist": "1.2.5", "lodash": "4.17.20", "left-pad": "1.3.0", "chalk": "4.1.2"}


@pytest.fixture
def env(tmp_path, db_url):
    settings = load_settings()
    import_records(settings.cache_dir, [osv_record("GHSA-test-mini", "minimist", fixed="1.2.6"),
                                        osv_record("GHSA-test-loda", "lodash", fixed="4.17.21")], tmp_path / "osv")
    project = write_project(tmp_path / "app", PACKAGES)
    with Store(db_url) as store:
        with store.session() as session:
            add_project(session, str(project), "app", mode="audit")
        yield store, settings, project, tmp_path


def active_rules(store, project: str | None = None) -> dict[str, set[str]]:
    """Package name -> the rules (advisory ids) of its active, unwaived findings."""
    from npmward.store.models import Project

    with store.reading() as session:
        query = (select(Package.name, Finding.rule, Finding.advisory_id)
                 .join(Finding, Finding.package_id == Package.id)
                 .join(ProjectFinding, ProjectFinding.finding_id == Finding.id)
                 .join(Project, Project.id == ProjectFinding.project_id)
                 .where(ProjectFinding.active, ProjectFinding.waived.is_(None)))
        rows = session.execute(query.where(Project.name == project) if project else query).all()
    out: dict[str, set[str]] = {}
    for name, rule, advisory in rows:
        out.setdefault(name, set()).add(advisory or rule)
    return out


def runs(store) -> int:
    with store.reading() as session:
        return session.execute(select(func.count()).select_from(Run)).scalar_one()


def test_first_run_then_nothing_to_do(env):
    store, settings, _, _ = env
    [first] = run_projects(store, settings)
    assert first.trigger == "first" and first.packages == 4 and first.reevaluated == 4 and not first.errors
    assert {"GHSA-test-mini"} <= active_rules(store)["minimist"] and {"GHSA-test-loda"} <= active_rules(store)["lodash"]
    [again] = run_projects(store, settings)
    assert again.trigger is None and again.reevaluated == 0 and again.packages == 4
    assert runs(store) == 1


def test_a_new_advisory_re_evaluates_only_the_packages_it_names(env):
    store, settings, _, tmp_path = env
    run_projects(store, settings)
    with store.reading() as session:
        before = dict(session.execute(select(Package.name, SnapshotPackage.evaluated_at).join(
            SnapshotPackage, SnapshotPackage.package_id == Package.id)).all())
    import_records(settings.cache_dir, [osv_record("MAL-2099-1", "left-pad")], tmp_path / "osv2")
    [outcome] = run_projects(store, settings)
    assert outcome.trigger == "advisories" and outcome.reevaluated == 1 and outcome.malicious == 1
    assert "MAL-2099-1" in active_rules(store)["left-pad"]
    with store.reading() as session:
        after = dict(session.execute(select(Package.name, SnapshotPackage.evaluated_at).join(
            SnapshotPackage, SnapshotPackage.package_id == Package.id)).all())
    assert [n for n in after if after[n] != before[n]] == ["left-pad"]
    assert run_projects(store, settings)[0].trigger is None


def test_a_lockfile_change_makes_a_snapshot_and_retires_what_left(env):
    store, settings, project, _ = env
    run_projects(store, settings)
    with store.reading() as session:
        fid = session.execute(select(Finding.id).where(Finding.advisory_id == "GHSA-test-mini")).scalar_one()
        pid = session.execute(select(ProjectFinding.project_id)).scalars().first()
    with store.session() as session:
        set_triage(session, pid, fid, "confirmed", "alice", "upgrade planned")
    write_project(project, {**PACKAGES, "lodash": "4.17.21"})
    [outcome] = run_projects(store, settings)
    assert outcome.trigger == "lockfile" and outcome.reevaluated == 4
    rules = active_rules(store)
    assert "lodash" not in rules or "GHSA-test-loda" not in rules["lodash"]
    with store.reading() as session:
        assert session.execute(select(func.count()).select_from(Snapshot)).scalar_one() == 2
        assert session.get(ProjectFinding, (pid, fid)).state == "confirmed"  # triage survives a new snapshot


def test_a_policy_change_re_evaluates_and_waives(env):
    store, settings, project, _ = env
    run_projects(store, settings)
    (project / ".npmwardignore.yml").write_text(
        "- rule: GHSA-test-mini\n  package: minimist\n  reason: not reachable from our code\n  expires: 2999-01-01\n")
    [outcome] = run_projects(store, settings)
    assert outcome.trigger == "policy"
    assert "GHSA-test-mini" not in active_rules(store).get("minimist", set())
    with store.reading() as session:
        waived = session.execute(select(ProjectFinding.waived).join(Finding, Finding.id == ProjectFinding.finding_id)
                                 .where(Finding.advisory_id == "GHSA-test-mini")).scalar_one()
    assert "not reachable" in waived


def test_new_rules_re_evaluate_every_package(env, monkeypatch):
    store, settings, _, _ = env
    run_projects(store, settings)
    real = changes.rules_key
    monkeypatch.setattr(changes, "rules_key", lambda mode: real(mode) + "-next")
    [outcome] = run_projects(store, settings)
    assert outcome.trigger == "rules" and outcome.reevaluated == 4
    assert run_projects(store, settings)[0].trigger is None


def test_a_project_that_fails_is_reported_and_the_others_go_on(env):
    store, settings, project, tmp_path = env
    other = write_project(tmp_path / "other", {"chalk": "4.1.2"})
    with store.session() as session:
        add_project(session, str(other), "other", mode="audit")
    (project / "package-lock.json").write_text("{ not json")
    outcomes = {o.name: o for o in run_projects(store, settings)}
    assert outcomes["app"].errors and "package-lock.json" in outcomes["app"].errors[0]
    assert outcomes["other"].trigger == "first" and not outcomes["other"].errors


def test_a_git_project_is_cloned_and_followed(env, tmp_path):
    store, settings, _, _ = env
    repo = write_project(tmp_path / "repo", {"minimist": "1.2.5"})
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-C", str(repo)]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(git + ["add", "."], check=True)
    subprocess.run(git + ["commit", "-qm", "lock"], check=True)
    with store.session() as session:
        add_project(session, f"file://{repo}", mode="audit")
    outcome = {o.name: o for o in run_projects(store, settings)}["repo"]
    assert outcome.trigger == "first" and outcome.packages == 1
    write_project(repo, {"minimist": "1.2.6"})
    subprocess.run(git + ["commit", "-qam", "upgrade"], check=True)
    outcome = {o.name: o for o in run_projects(store, settings, ["repo"])}["repo"]
    assert outcome.trigger == "lockfile" and outcome.suspicious == 0
    assert "GHSA-test-mini" not in active_rules(store, "repo").get("minimist", set())
    assert "GHSA-test-mini" in active_rules(store, "app")["minimist"]  # the other project still has it
