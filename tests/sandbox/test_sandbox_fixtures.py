"""Real Node inside the real bubblewrap sandbox, on inert fixture packages that steal the planted
credentials the way published attacks do; plus the benign and no-route controls.

All fixtures run once, in parallel, in a module-scoped fixture (each sandbox takes ~6-9 s)."""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from npmward.analyzers.dynamic import dynamic_findings
from npmward.cli import app
from npmward.model import Level
from npmward.package import load_directory
from npmward.sandbox.runner import SandboxRun, run_sandbox
from npmward.verdict import decide

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sandbox"
NAMES = ("steal-http-post", "steal-https", "steal-discord", "steal-dns", "steal-curl", "benign-native", "raw-ip")

pytestmark = [
    pytest.mark.sandbox,
    pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap (bwrap) is not installed: apt-get install bubblewrap strace"),
]


@pytest.fixture(scope="module")
def runs() -> dict[str, SandboxRun]:
    with ThreadPoolExecutor(max_workers=4) as pool:
        done = pool.map(lambda n: run_sandbox(load_directory(FIXTURES / n)), NAMES)
        return dict(zip(NAMES, done))


def rules(run: SandboxRun) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in dynamic_findings(run):
        out.setdefault(f.rule, []).append(f)
    return out


def exfiltrated(run: SandboxRun) -> set[str]:
    return {f.details["token"] for f in rules(run).get("dynamic/honeytoken-exfiltration", [])}


def test_http_post_of_npmrc_at_install_is_caught_with_the_channel(runs):
    run = runs["steal-http-post"]
    found = rules(run)
    exfil = found["dynamic/honeytoken-exfiltration"]
    assert [f.details["token"] for f in exfil] == ["npm-token"]
    assert exfil[0].details["channel"] == "HTTP POST collector.example/collect"
    assert exfil[0].details["phase"] == "install"
    # The read is attributed to the script, not to npm reading its own config.
    assert any(f.details["path"].endswith("/.npmrc") and f.details["phase"] == "install"
               for f in found["dynamic/honeytoken-read"])
    assert decide(dynamic_findings(run)).level is Level.MALICIOUS
    # The token value itself never appears in a finding.
    token = next(t.value for t in run.bait.tokens if t.name == "npm-token")
    assert token not in json.dumps([f.to_dict() for f in dynamic_findings(run)])


def test_https_exfiltration_is_seen_as_server_name_plus_the_credential_read(runs):
    run = runs["steal-https"]
    tls = [o for o in run.observations if o.kind == "tls"]
    assert [o.data["sni"] for o in tls] == ["collector.example"]
    reads = rules(run)["dynamic/honeytoken-read"]
    assert any(f.details["path"].endswith("/.aws/credentials") and f.severity.label == "high" for f in reads)
    assert decide(dynamic_findings(run)).level is not Level.CLEAN


def test_base64_in_a_discord_style_webhook_on_require_is_decoded(runs):
    run = runs["steal-discord"]
    assert "github-token" in exfiltrated(run)
    http = [o for o in run.observations if o.kind == "http"]
    assert {(o.data["host"], o.data["path"]) for o in http} == {("discord.example", "/api/webhooks/1/x")}
    token = next(t.value for t in run.bait.tokens if t.name == "github-token")
    assert token not in http[0].data["body"]  # only the encoded form left: the decoder found it


def test_hex_chunks_in_dns_labels_are_reassembled(runs):
    run = runs["steal-dns"]
    assert exfiltrated(run) == {"crypto-wallet"}
    assert "dynamic/dns-encoded-data" in rules(run)
    # Sent when the entry file is required: by the load phase, and again by the execute phase.
    assert {o.phase for o in run.observations if o.kind == "dns"} == {"load", "execute"}


def test_spawned_curl_at_install_is_caught(runs):
    found = rules(runs["steal-curl"])
    assert {"aws-access-key-id", "aws-secret-access-key"} <= exfiltrated(runs["steal-curl"])
    assert found["dynamic/downloader-spawned"][0].details["argv"][0] == "curl"


def test_benign_native_build_and_postinstall_message_are_clean(runs):
    run = runs["benign-native"]
    install = run.phases[0]
    assert install.exit_code == 0, install.output
    assert "thanks for installing fx-benign-native" in install.output
    assert any("cc1" in o.summary or "g++" in o.summary or "gcc" in o.summary or " cc " in o.summary
               for o in run.observations if o.kind == "exec"), "node-gyp compiled nothing"
    assert "npmward: require" not in run.phases[1].output  # the built addon loads
    findings = [f for f in dynamic_findings(run) if f.rule != "dynamic/timeline"]
    assert findings == []


def test_real_host_by_ip_gets_nowhere(runs):
    run = runs["raw-ip"]
    connects = [o for o in run.observations if o.kind == "connect" and o.data["address"] == "1.1.1.1"]
    assert connects and not any(o.data["ok"] for o in connects)
    assert "CONNECTED" not in run.phases[1].output
    assert "dynamic/raw-ip-connection" in rules(run)
    assert all(o.data.get("address") in ("127.0.0.1", "1.1.1.1", "::1") for o in run.observations if o.kind == "connect")


def test_each_run_has_unique_bait_and_a_private_identity(runs):
    values = [{t.value for t in r.bait.tokens} for r in runs.values()]
    assert all(a.isdisjoint(b) for i, a in enumerate(values) for b in values[i + 1:])
    assert len({r.bait.user for r in runs.values()}) == len(runs)


def test_cli_reports_malicious_with_exit_1_and_json_timeline():
    result = CliRunner().invoke(app, ["sandbox", str(FIXTURES / "steal-http-post"), "--format", "json"])
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    pkg = doc["packages"][0]
    assert pkg["verdict"] == "malicious"
    timeline = next(f for f in pkg["findings"] if f["rule"] == "dynamic/timeline")["details"]["timeline"]
    assert any(e["kind"] == "http" for e in timeline["install"])


def test_a_hanging_install_is_cut_at_the_phase_limit_with_its_detached_children():
    import time

    from npmward.sandbox.runner import SandboxLimits

    start = time.monotonic()
    run = run_sandbox(load_directory(FIXTURES / "hang-install"), limits=SandboxLimits(phase_seconds=4))
    assert time.monotonic() - start < 25
    install, load = run.phases[0], run.phases[1]
    assert install.timed_out and install.exit_code is None
    assert "sleep" in install.killed  # the detached child was killed with its phase
    assert not load.timed_out and load.exit_code == 0 and "sleep" not in load.killed
    assert any("timed out" in n for n in run.notes)
