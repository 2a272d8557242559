"""Alert publishers against local servers that record what they receive: the generic webhook (with
its signature), Slack, Teams, email (SMTP) and GitHub issues (one per package, then comments).
Only new findings, grouped into one message, rate-limited, retried after a failure."""

from __future__ import annotations

import hashlib
import hmac
import json
import socketserver
import threading

import pytest
from sqlalchemy import select

from npmward.errors import NpmwardError
from npmward.model import Action, Confidence, Finding, Level, PackageId, PackageReport, ScanReport, Severity, Verdict
from npmward.monitor.alerts import AlertConfig, Channel, load_alerts, publish, set_baselines
from npmward.store import Store, now
from npmward.store.models import AlertThread, Project, ProjectFinding
from npmward.store.record import RunInfo, ensure_snapshot, record_report
from npmward.store.triage import set_triage
from registry.registry_server import LocalServer


def evil(name: str, n_findings: int = 1) -> PackageReport:
    findings = tuple(Finding(f"code/exfil-{i}", Severity.CRITICAL, Confidence.HIGH, "exfiltration",
                             f"sends secrets out ({i})", "index.js", i + 1) for i in range(n_findings))
    return PackageReport(PackageId(name, "1.0.0"), "registry:x", None, Verdict(Level.MALICIOUS, 9.5), findings,
                         action=Action.BLOCK)


def clean(name: str) -> PackageReport:
    info = Finding("registry-facts/info", Severity.INFO, Confidence.HIGH, "metadata", "just a fact")
    return PackageReport(PackageId(name, "2.0.0"), "registry:x", None, Verdict(Level.CLEAN, 0.0), (info,))


def record(store: Store, project: str, *packages: PackageReport, digest: str = "d") -> int:
    with store.session() as session:
        row = session.execute(select(Project).where(Project.name == project)).scalar_one_or_none()
        if row is None:
            row = Project(name=project, source=f"/{project}", kind="path", mode="scan", created_at=now())
            session.add(row)
            session.flush()
        snapshot, _ = ensure_snapshot(session, row, digest, "package-lock.json", "package-lock@3")
        record_report(session, ScanReport(tuple(packages)), RunInfo("monitor", "first", now()), project=row,
                      snapshot=snapshot)
        return row.id


def config(*channels: Channel) -> AlertConfig:
    return AlertConfig(channels, "http://127.0.0.1:8080")


@pytest.fixture
def store(db_url):
    with Store(db_url) as opened:
        yield opened


@pytest.fixture
def hooks():
    with LocalServer() as server:
        for path in ("/generic", "/slack", "/teams"):
            server.route(path, (200, {}, b"ok"))
        yield server


def bodies(server: LocalServer, path: str) -> list[dict]:
    return [json.loads(s.body) for s in server.requests_to(path)]


def test_new_findings_go_out_once_grouped_and_only_new_ones(store, hooks):
    webhook = Channel("hook", "webhook", options={"url": hooks.url + "generic", "secret": "s3cret-for-tests"})
    slack = Channel("chat", "slack", levels=("malicious", "suspicious"), options={"url": hooks.url + "slack"})
    teams = Channel("teams", "teams", projects=("web-*",), options={"url": hooks.url + "teams"})
    cfg = config(webhook, slack, teams)
    set_baselines(store, cfg)
    record(store, "web-shop", evil("stealer", 200), clean("lodash"))
    record(store, "api", evil("miner", 200))
    outcomes = {o.channel: o for o in publish(store, cfg)}
    assert outcomes["hook"].sent == 400 and outcomes["chat"].sent == 400 and outcomes["teams"].sent == 200
    [generic] = hooks.requests_to("/generic")
    document = json.loads(generic.body)
    assert len(document["findings"]) == 400 and document["projects"] == ["api", "web-shop"]
    assert "400 new findings in 2 projects (2 malicious packages)" in document["summary"]
    assert all(f["level"] == "malicious" for f in document["findings"])  # the INFO fact of lodash is not alerted
    signature = "sha256=" + hmac.new(b"s3cret-for-tests", generic.body, hashlib.sha256).hexdigest()
    assert generic.headers["X-Npmward-Signature"] == signature
    [slack_doc] = bodies(hooks, "/slack")
    assert slack_doc["blocks"][0]["type"] == "header" and "... and 380 more" in slack_doc["blocks"][1]["text"]["text"]
    [teams_doc] = bodies(hooks, "/teams")
    card = teams_doc["attachments"][0]["content"]
    assert card["type"] == "AdaptiveCard" and "web-shop" in card["body"][0]["text"] and "api" not in json.dumps(card["body"])
    # nothing new: nothing sent
    assert all(o.sent == 0 for o in publish(store, cfg)) and len(hooks.seen) == 3


def test_triaged_and_waived_findings_are_not_alerted_and_a_new_channel_does_not_replay(store, hooks):
    hook = Channel("hook", "webhook", options={"url": hooks.url + "generic"})
    set_baselines(store, config(hook))
    pid = record(store, "app", evil("stealer", 2))
    with store.reading() as session:
        fid = session.execute(select(ProjectFinding.finding_id).where(ProjectFinding.project_id == pid)).scalars().first()
    with store.session() as session:
        set_triage(session, pid, fid, "false_positive", "erin", "test fixture")
    [outcome] = publish(store, config(hook))
    assert outcome.sent == 1
    later = Channel("later", "webhook", options={"url": hooks.url + "generic"})
    set_baselines(store, config(later))
    assert publish(store, config(later))[0].sent == 0


def test_the_rate_limit_holds_back_and_a_failure_is_retried(store, hooks):
    hook = Channel("hook", "webhook", max_per_hour=1, options={"url": hooks.url + "generic"})
    set_baselines(store, config(hook))
    hooks.route("/generic", (500, {}, b"down"), (200, {}, b"ok"))
    record(store, "app", evil("stealer", 3))
    failed = publish(store, config(hook))[0]
    assert failed.error == "webhook answered 500" and failed.sent == 0 and failed.waiting == 3
    retried = publish(store, config(hook))[0]
    assert retried.sent == 3  # the failed claim was released
    record(store, "app2", evil("miner", 2))
    limited = publish(store, config(hook))[0]
    assert limited.sent == 0 and limited.waiting == 2  # one message an hour: it waits
    assert len(hooks.requests_to("/generic")) == 2


def test_github_opens_one_issue_per_package_and_comments_after(store):
    with LocalServer() as github:
        github.json("/repos/acme/security/issues", {"number": 41}, status=201)
        github.json("/repos/acme/security/issues/41/comments", {"id": 1}, status=201)
        channel = Channel("gh", "github", options={"repo": "acme/security", "token": "ghp_test_token_not_real",
                                                  "api_url": github.url.rstrip("/")})
        set_baselines(store, config(channel))
        record(store, "web", evil("stealer", 2), clean("lodash"))
        assert publish(store, config(channel))[0].sent == 2
        record(store, "api", evil("stealer", 1))
        assert publish(store, config(channel))[0].sent == 1
        issues = github.requests_to("/repos/acme/security/issues")
        comments = github.requests_to("/repos/acme/security/issues/41/comments")
        assert len(issues) == 1 and len(comments) == 1
        issue = json.loads(issues[0].body)
        assert issue["title"] == "Malicious npm package: stealer@1.0.0" and "| web |" in issue["body"]
        assert "| api |" in json.loads(comments[0].body)["body"]
        assert issues[0].headers["Authorization"] == "Bearer ghp_test_token_not_real"
        with store.reading() as session:
            assert session.execute(select(AlertThread.external_id)).scalars().all() == ["41"]


class _SMTP(socketserver.StreamRequestHandler):
    """Just enough SMTP to receive messages; each message's text goes to `server.messages`."""

    def handle(self) -> None:
        self.wfile.write(b"220 test ESMTP\r\n")
        data = None
        while True:
            line = self.rfile.readline()
            if not line:
                return
            if data is not None:
                if line == b".\r\n":
                    self.server.messages.append(b"".join(data).decode())
                    data = None
                    self.wfile.write(b"250 queued\r\n")
                else:
                    data.append(line)
                continue
            verb = line[:4].upper()
            if verb == b"EHLO":
                self.wfile.write(b"250-test\r\n250 8BITMIME\r\n")
            elif verb == b"DATA":
                data = []
                self.wfile.write(b"354 go\r\n")
            elif verb == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


def test_email_is_one_message_per_batch():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SMTP)
    server.messages = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        from npmward.monitor.alerts import Batch, Item
        from npmward.monitor.alerts.email import send_email

        channel = Channel("mail", "email", options={"host": "127.0.0.1", "port": server.server_address[1],
                                                   "from": "npmward@example.test", "to": ["sec@example.test"]})
        items = tuple(Item("web", "stealer", "1.0.0", "pkg:npm/stealer@1.0.0", "malicious", f"code/r{i}", 4, "bad")
                      for i in range(30))
        send_email(Batch(channel, items, "http://127.0.0.1:8080"), None)
    finally:
        server.shutdown()
        server.server_close()
    [message] = server.messages
    assert "Subject: npmward: 30 new findings in web (1 malicious package)" in message
    assert "To: sec@example.test" in message and message.count("stealer@1.0.0") == 30
    assert "Dashboard: http://127.0.0.1:8080/" in message


def test_the_alerts_file_is_checked_and_reads_secrets_from_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "alerts.yml"
    path.write_text("channels:\n  - type: slack\n    url: ${SLACK_URL}\n    levels: [malicious, suspicious]\n")
    with pytest.raises(NpmwardError, match=r"SLACK_URL.*not set"):
        load_alerts(path)
    monkeypatch.setenv("SLACK_URL", "https://hooks.example/T000/B000/xyz")
    [channel] = load_alerts(path).channels
    assert channel.options["url"] == "https://hooks.example/T000/B000/xyz" and channel.name == "slack-1"
    path.write_text("channels:\n  - type: email\n    host: smtp.example\n    from: a@example.test\n    to: b@example.test\n    pasword: x\n")
    with pytest.raises(NpmwardError, match="unknown key.*pasword"):
        load_alerts(path)
    path.write_text("channels:\n  - type: pager\n")
    with pytest.raises(NpmwardError, match="type"):
        load_alerts(path)
    with pytest.raises(NpmwardError, match="no such alerts file"):
        load_alerts(tmp_path / "missing.yml")
    assert load_alerts(None).channels == ()  # no default file: no channels
