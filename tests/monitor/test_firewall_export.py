"""The firewall's decision log into the store (new lines once, bad lines named, rotation), and a
project's exports from the store: CycloneDX 1.5 with VEX from triage (schema-valid), and SARIF."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from npmward.model import Action, Confidence, Finding, Level, PackageId, PackageReport, ScanReport, Severity, Verdict
from npmward.monitor.export import export_cyclonedx, export_sarif
from npmward.monitor.firewall_log import ingest_log
from npmward.store import Store, now
from npmward.store.models import FirewallDecision, Project
from npmward.store.record import RunInfo, ensure_snapshot, record_report
from npmward.store.triage import set_triage

SCHEMAS = Path(__file__).resolve().parents[1] / "audit" / "schemas"


def line(**fields) -> str:
    return json.dumps(fields) + "\n"


def test_the_decision_log_is_ingested_once_with_bad_lines_named(db_url, tmp_path):
    log = tmp_path / "decisions.jsonl"
    log.write_text(
        line(package="left-pad", version="1.3.0", action="allow", reason="clean", time="2026-11-30T10:00:00Z")
        + line(package="evil", version="1.0.0", action="block", reason="known malware MAL-1", time=1764496800,
               client="127.0.0.1", rules=["audit/malware"])
        + "{not json\n"
        + line(version="1", action="allow", time="2026-11-30T10:00:00Z")
        + '{"package": "half-writ')
    with Store(db_url) as store:
        first = ingest_log(store, log)
        assert (first.added, first.read) == (2, 4)
        assert first.bad[0].startswith("line 3: not JSON") and first.bad[1].startswith("line 4: `package`")
        again = ingest_log(store, log)
        assert (again.added, again.read, again.bad) == (0, 0, ())
        with log.open("a") as handle:  # the writer finishes its line and adds another
            handle.write('ten", "version": "2.0.0", "action": "warn", "reason": "new", "time": "2026-11-30T11:00:00"}\n')
        assert ingest_log(store, log).added == 1
        with store.reading() as session:
            rows = {d.package: d for d in session.execute(select(FirewallDecision)).scalars()}
        assert set(rows) == {"left-pad", "evil", "half-written"}
        assert rows["evil"].extra == {"client": "127.0.0.1", "rules": ["audit/malware"]}
        assert rows["evil"].at.replace(tzinfo=dt.timezone.utc) == dt.datetime(2025, 11, 30, 10, 0, tzinfo=dt.timezone.utc)
        rotated = tmp_path / "rotated.jsonl"
        log.rename(rotated)
        log.write_text(line(package="after-rotation", action="allow", time="2026-12-01T00:00:00Z"))
        assert ingest_log(store, log).added == 1


def _store_project(store: Store) -> tuple[int, dict[str, int]]:
    vuln = Finding("audit/vulnerability", Severity.HIGH, Confidence.HIGH, "vulnerability", "prototype pollution",
                   details={"id": "GHSA-xvch-5gv4-984h", "fixed_in": "1.2.6", "severity": "critical"})
    code = Finding("code/exfiltration", Severity.CRITICAL, Confidence.HIGH, "exfiltration", "sends ~/.npmrc out",
                   "index.js", 3, "https.request('http://x.example')")
    packages = (PackageReport(PackageId("minimist", "1.2.5"), "lockfile:registry:dev", None,
                              Verdict(Level.SUSPICIOUS, 5.0), (vuln,), (("app@1.0.0", "minimist@1.2.5"),), Action.WARN),
                PackageReport(PackageId("stealer", "1.0.0"), "registry:x", None, Verdict(Level.MALICIOUS, 9.5), (code,),
                              (("app@1.0.0", "stealer@1.0.0"),), Action.BLOCK))
    with store.session() as session:
        project = Project(name="app", source="/app", kind="path", mode="scan", created_at=now())
        session.add(project)
        session.flush()
        snapshot, _ = ensure_snapshot(session, project, "d", "/app/package-lock.json", "package-lock@3")
        record_report(session, ScanReport(packages), RunInfo("monitor", "first", now()), project=project, snapshot=snapshot)
        ids = {}
        from npmward.store.models import Finding as Row
        for rule, fid in session.execute(select(Row.rule, Row.id)):
            ids[rule] = fid
        return project.id, ids


def test_cyclonedx_carries_triage_as_vex_and_is_valid(db_url):
    jsonschema = pytest.importorskip("jsonschema")
    from referencing import Registry, Resource

    with Store(db_url) as store:
        pid, ids = _store_project(store)
        with store.session() as session:
            set_triage(session, pid, ids["audit/vulnerability"], "false_positive", "fay", "minimist only parses our own flags")
            set_triage(session, pid, ids["code/exfiltration"], "confirmed", "fay", "payload reproduced")
        with store.reading() as session:
            project = session.get(Project, pid)
            bom = json.loads(export_cyclonedx(session, project))
            sarif = json.loads(export_sarif(session, project))
    resources = []
    for path in SCHEMAS.glob("*.schema.json"):
        schema = json.loads(path.read_text())
        snapshot = path.name.replace(".schema.json", ".SNAPSHOT.schema.json")
        resources += [(schema["$id"], Resource.from_contents(schema)),
                      (f"http://cyclonedx.org/schema/{snapshot}", Resource.from_contents(schema))]
    validator = jsonschema.Draft7Validator(json.loads((SCHEMAS / "bom-1.5.schema.json").read_text()),
                                           registry=Registry().with_resources(resources))
    assert [e.message for e in validator.iter_errors(bom)] == []
    vulns = {v["id"]: v for v in bom["vulnerabilities"]}
    assert vulns["GHSA-xvch-5gv4-984h"]["analysis"] == {
        "state": "false_positive", "detail": "minimist@1.2.5: minimist only parses our own flags, by fay"}
    assert vulns["npmward:code/exfiltration"]["analysis"]["state"] == "exploitable"
    assert vulns["npmward:code/exfiltration"]["affects"] == [{"ref": "pkg:npm/stealer@1.0.0"}]
    assert {c["name"]: c["scope"] for c in bom["components"]} == {"minimist": "excluded", "stealer": "required"}
    # each advisory is its own SARIF rule (GitHub shows it with its own severity)
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} == {"GHSA-xvch-5gv4-984h", "code/exfiltration"}
