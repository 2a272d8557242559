"""Every exfiltration channel is caught with the honeytoken named, on inert fixtures that steal the
planted credentials the way published attacks do; the controls stay clean."""

from __future__ import annotations

import json

import pytest
from sandbox_helpers import Outcome, cached, needs_sandbox

from npmward.model import Level

pytestmark = needs_sandbox()


class _Runs:
    def __getitem__(self, name: str) -> Outcome:
        return cached(name)


@pytest.fixture
def runs() -> _Runs:
    return _Runs()


@pytest.mark.parametrize("name, token, channel", [
    ("steal-http-post", "npm-token", "HTTP POST collector.example/collect"),
    ("steal-https", "aws-secret-access-key", "HTTPS POST collector.example/k"),  # body inside TLS
    ("steal-header", "npm-token", "HTTPS GET telemetry.example/ping"),  # base64 in a header, no body
    ("steal-query", "github-token", "HTTPS GET cdn-stats.example/p.gif?"),  # hex in the query string
    ("steal-dns", "crypto-wallet", "DNS queries under oast.example (labels joined)"),
    ("steal-tcp", "aws-secret-access-key", "raw TCP to "),
    ("steal-websocket", "ssh-private-key", "WebSocket to ws.example/socket"),
    ("steal-discord", "github-token", "HTTP POST discord.example/api/webhooks/1/x"),
    ("steal-curl", "aws-access-key-id", "HTTP POST collector.example/upload"),
])
def test_each_channel_is_caught_with_the_token_named(runs, name, token, channel):
    o = runs[name]
    leak = next(f for f in o.rules()["dynamic/honeytoken-exfiltration"] if f.details["token"] == token)
    assert leak.details["channel"].startswith(channel), leak.details["channel"]
    assert leak.severity.label == "critical"
    assert o.verdict.level is Level.MALICIOUS
    # The value itself never appears in a finding, the summary included.
    value = next(t.value for t in o.run.bait.tokens if t.name == token)
    assert value not in json.dumps([f.to_dict() for f in o.findings])


def test_reading_credentials_at_install_is_high_and_attributed_to_the_script_not_npm(runs):
    reads = runs["steal-http-post"].rules()["dynamic/honeytoken-read"]
    assert [(f.details["phase"], f.severity.label) for f in reads] == [("install", "high")]
    npm_reads = [o for o in runs["steal-http-post"].run.observations
                 if o.kind == "open" and o.data["path"].endswith("/.npmrc") and o.actor == "npm"]
    assert npm_reads, "npm reads its own config too, and that read is attributed to npm"


def test_https_is_decrypted_in_the_sink(runs):
    https = [o for o in runs["steal-https"].run.observations if o.kind == "http" and o.data.get("tls")]
    post = next(o for o in https if o.data["host"] == "collector.example")
    assert post.data["sni"] == "collector.example" and "aws_secret_access_key" in post.data["body"]


def test_npm_installs_through_the_offline_registry_and_its_token_header_is_not_a_leak(runs):
    o = runs["benign-native"]
    registry = [ob for ob in o.run.observations if ob.kind == "http" and ob.data.get("registry")]
    assert registry and all(ob.data["method"] == "GET" for ob in registry)
    assert any("authorization" in ob.data["headers"] for ob in registry)  # npm sent the planted token...
    assert "dynamic/honeytoken-exfiltration" not in o.rules()  # ...to its registry: not the package's doing


def test_recon_commands_at_install_are_flagged_and_the_identity_beacon_is_seen(runs):
    o = runs["recon-nslookup"]
    recon = {f.details["argv"][0] for f in o.rules()["dynamic/host-recon"]}
    assert {"whoami", "hostname", "nslookup"} <= recon
    sent = o.rules()["dynamic/host-identity-sent"][0]
    assert sent.details["identity"] == "host-name" and sent.details["channel"].startswith("DNS query ")
    assert any(ob.kind == "dns" and ob.data["name"].endswith(".x.invalid") for ob in o.run.observations)
    assert o.verdict.level is not Level.CLEAN


def test_benign_native_build_is_clean_with_its_compiler_runs_not_counted_as_recon(runs):
    o = runs["benign-native"]
    install = o.run.phases[0]
    assert install.exit_code == 0, install.output
    assert "thanks for installing fx-benign-native" in install.output
    assert any(p.argv and p.argv[0].endswith(("cc1", "gcc", "g++", "cc", "make")) for p in o.run.processes)
    assert "require" not in o.run.phases[1].output  # the built addon loads
    assert [f.rule for f in o.findings] == ["dynamic/timeline"]
    assert o.verdict.level is Level.CLEAN


def test_a_raw_ip_connection_reaches_only_the_sink_and_is_flagged(runs):
    o = runs["raw-ip"]
    assert any(ob.kind == "tcp" and ob.data["dst"] == "1.1.1.1" for ob in o.run.observations)
    assert "CONNECTED" in o.run.phases[1].output  # it reached the sink, inside the sandbox's own network
    assert o.rules()["dynamic/raw-ip-connection"][0].details["address"] == "1.1.1.1"


def test_summary_is_small_and_names_the_key_events(runs):
    s = runs["steal-curl"].summary()
    assert any(p["command"].startswith("curl ") and p["actor"] == "package" for p in s["processes"])
    assert any(r["path"].endswith("/.aws/credentials") for r in s["files_read"])
    assert any(lk["token"] == "aws-access-key-id" for lk in s["leaks"])
    assert any("collector.example/upload" in r["summary"] for r in s["requests"])
    assert s["registry_requests"] >= 2
    assert len(json.dumps(s)) < 64 * 1024
    assert "<honeytoken:" in json.dumps(runs["steal-http-post"].summary())


def test_each_run_has_its_own_bait_and_identity(runs):
    a, b = runs["steal-http-post"].run.bait, runs["steal-https"].run.bait
    assert {t.value for t in a.tokens}.isdisjoint({t.value for t in b.tokens})
    assert a.persona.hostname != b.persona.hostname and a.persona.machine_id != b.persona.machine_id


def test_cli_reports_malicious_with_exit_1_and_the_summary_in_json():
    from sandbox_helpers import FIXTURES
    from typer.testing import CliRunner

    from npmward.cli import app

    result = CliRunner().invoke(app, ["sandbox", str(FIXTURES / "steal-http-post"), "--format", "json"])
    assert result.exit_code == 1, result.output
    pkg = json.loads(result.stdout)["packages"][0]
    assert pkg["verdict"] == "malicious"
    summary = next(f for f in pkg["findings"] if f["rule"] == "dynamic/timeline")["details"]["summary"]
    assert any("collector.example/collect" in r["summary"] for r in summary["requests"])
