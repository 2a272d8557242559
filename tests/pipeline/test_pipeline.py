"""The pipeline end to end through the CLI: policy applied on every run (never cached), the ignore
file in every command, known malware winning over a failed fetch, the advisory database consulted
for every kind of input, and a project that cannot move npmward's data."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from npmward.advisories import AdvisoryDB
from npmward.cli import app
from registry.registry_server import LocalServer, build_tarball, pack

runner = CliRunner()
REPO = Path(__file__).resolve().parents[2]
BEACON = REPO / "tests/fixtures/malicious/depconf-dns-beacon/nslookup-shell"



def run(*args: str, cwd: Path | None = None):
    return runner.invoke(app, list(args))


def report(result) -> dict:
    return json.loads(result.stdout)


def test_an_allow_list_applies_on_every_run_and_never_through_the_cache(tmp_path):
    tgz = pack(BEACON, tmp_path / "beacon.tgz")
    allowed = tmp_path / "allowed"
    allowed.mkdir()
    (allowed / ".npmward.yml").write_text("allowed_scripts: [internal-billing-sdk]\n")
    plain = tmp_path / "plain"
    plain.mkdir()
    first = run("scan", str(tgz), "--project", str(allowed), "-f", "json")
    assert first.exit_code == 0, first.output
    package = report(first)["packages"][0]
    assert package["verdict"] == "clean" and package["action"] == "allow"
    assert {s["rule"] for s in package["suppressed"]} >= {"install-script/beacon", "install-script/network-tool"}
    # Same bytes, same cache, another project: the waiver does not follow the package.
    second = run("scan", str(tgz), "--project", str(plain), "-f", "json")
    assert second.exit_code == 1 and report(second)["packages"][0]["verdict"] == "malicious"
    # And the reverse: allowing it takes effect at once, without --no-cache.
    (plain / ".npmward.yml").write_text("allowed_scripts: [internal-billing-sdk@100.x]\n")
    third = run("scan", str(tgz), "--project", str(plain), "-f", "json")
    assert third.exit_code == 0 and report(third)["packages"][0]["suppressed"]


def test_the_ignore_file_applies_to_scan_and_unused_entries_are_reported(tmp_path):
    tgz = pack(BEACON, tmp_path / "beacon.tgz")
    (tmp_path / ".npmwardignore.yml").write_text(
        "- rule: install-script/*\n  package: internal-billing-sdk\n  reason: our own canary\n  expires: 2999-01-01\n"
        "- rule: GHSA-0000-0000-0000\n  reason: stale\n  expires: 2999-01-01\n")
    result = run("scan", str(tgz), "--project", str(tmp_path), "-f", "json")
    data = report(result)
    assert result.exit_code == 0 and data["packages"][0]["verdict"] == "clean"
    assert all(s["waived_because"] == "our own canary" for s in data["packages"][0]["suppressed"])
    assert any("GHSA-0000-0000-0000" in n and "matched nothing" in n for n in data["notes"])
    # the text report shows what was waived and why
    text = run("scan", str(tgz), "--project", str(tmp_path))
    assert "waived" in text.stdout and "our own canary" in text.stdout


def test_a_project_cannot_choose_npmwards_data(tmp_path):
    (tmp_path / "package.json").write_text('{"name": "app", "version": "1.0.0"}')
    (tmp_path / ".npmward.yml").write_text("cache_dir: ./npmward-data\n")
    result = run("scan", str(tmp_path))
    assert result.exit_code == 2 and "cannot be set by a project" in result.stderr
    assert not (tmp_path / "npmward-data").exists()


@pytest.fixture()
def advisories(shared_dir, monkeypatch, tmp_path):
    cache = tmp_path / "cache"
    monkeypatch.setenv("NPMWARD_CACHE_DIR", str(cache))
    with AdvisoryDB.open(cache) as db:
        db.import_path(shared_dir / "fixtures" / "osv")
    return cache


def _sri(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


@pytest.fixture()
def registry(tmp_path, monkeypatch):
    with LocalServer() as server:
        monkeypatch.setenv("npm_config_registry", server.url)
        yield server


def _publish(server: LocalServer, name: str, versions: dict[str, bytes], tamper: str | None = None,
             host: str = "127.0.0.1") -> None:
    """Serve `name`'s packument and tarballs, at URLs naming `host` (a second name for 127.0.0.1)."""
    docs = {}
    base = name.rsplit("/", 1)[-1]  # a scoped name's tarball is `<scope>/<name>/-/<name>-<version>.tgz`
    for version, data in versions.items():
        tarball = f"{server.url.replace('127.0.0.1', host)}{name}/-/{base}-{version}.tgz"
        docs[version] = {"name": name, "version": version, "dist": {"tarball": tarball, "integrity": _sri(data)}}
        served = data if version != tamper else data + b"\0"
        server.route(f"/{name}/-/{base}-{version}.tgz", (200, {}, served))
    server.json(f"/{name.replace('/', '%2f')}", {"name": name, "dist-tags": {"latest": list(versions)[-1]},
                                                  "versions": docs})


def test_known_malware_wins_over_a_version_the_registry_no_longer_serves(advisories, registry, tmp_path):
    plain = build_tarball({"package.json": '{"name": "eslint-config-prettier", "version": "10.1.5"}'})
    _publish(registry, "eslint-config-prettier", {"10.1.5": plain})
    result = run("scan", "eslint-config-prettier@10.1.6", "--project", str(tmp_path), "-f", "json")
    data = report(result)
    assert result.exit_code == 1, result.output
    [package] = data["packages"]
    assert package["verdict"] == "malicious" and "MAL-2025-6022" in json.dumps(package["findings"])
    assert any("code not analysed" in n for n in package["notes"]) and data["errors"] == []
    # a version that is simply missing, and not known as malware, is an error, never clean
    missing = run("scan", "eslint-config-prettier@10.1.9", "--project", str(tmp_path))
    assert missing.exit_code == 2 and "10.1.9" in missing.stderr


def test_advisories_are_checked_for_specs_and_installed_trees(advisories, registry, tmp_path):
    lodash = build_tarball({"package.json": '{"name": "lodash", "version": "4.17.15", "main": "index.js"}',
                            "index.js": "module.exports = {};\n"})
    _publish(registry, "lodash", {"4.17.15": lodash})
    data = report(run("scan", "lodash@4.17.15", "--project", str(tmp_path), "-f", "json"))
    ids = {f["details"]["id"] for f in data["packages"][0]["findings"] if f["rule"] == "audit/vulnerability"}
    assert {"GHSA-35jh-r3h4-6jhm", "GHSA-p6mc-m468-83gw"} <= ids
    project = tmp_path / "app"
    (project / "node_modules" / "lodash").mkdir(parents=True)
    (project / "package.json").write_text('{"name": "app", "version": "1.0.0"}')
    (project / "node_modules" / "lodash" / "package.json").write_text('{"name": "lodash", "version": "4.17.15"}')
    tree = report(run("scan", str(project), "-f", "json"))
    assert any(f["rule"] == "audit/vulnerability" for f in tree["packages"][0]["findings"])
    assert any("no lockfile" in n for n in tree["notes"])


def test_a_tarball_that_does_not_match_its_integrity_is_a_blocked_finding(registry, tmp_path):
    data = build_tarball({"package.json": '{"name": "tampered", "version": "1.0.0"}'})
    _publish(registry, "tampered", {"1.0.0": data}, tamper="1.0.0")
    result = run("scan", "tampered@1.0.0", "--project", str(tmp_path), "--fail-on", "never", "-f", "json")
    assert result.exit_code == 1, result.output  # a failed integrity check blocks whatever --fail-on says
    [package] = report(result)["packages"]
    assert package["findings"][0]["rule"] == "integrity/mismatch" and package["action"] == "block"


def test_naming_a_target_twice_scans_it_once(tmp_path):
    tgz = pack(BEACON, tmp_path / "beacon.tgz")
    data = report(run("scan", str(tgz), str(tgz), "-f", "json"))
    assert len(data["packages"]) == 1


def test_a_projects_npmrc_cannot_send_a_ci_secret_to_its_registry(tmp_path, monkeypatch):
    monkeypatch.setenv("CI_DEPLOY_SECRET", "s3cr3t-value-never-sent")
    with LocalServer() as attacker:
        data = build_tarball({"package.json": '{"name": "bait", "version": "1.0.0"}'})
        _publish(attacker, "bait", {"1.0.0": data})
        host = attacker.url.removeprefix("http:")
        (tmp_path / ".npmrc").write_text(f"registry={attacker.url}\n{host}:_authToken=${{CI_DEPLOY_SECRET}}\n")
        result = run("scan", "bait@1.0.0", "--project", str(tmp_path), "-f", "json")
        assert result.exit_code == 0, result.output
        assert all("Authorization" not in seen.headers for seen in attacker.seen)
        assert "s3cr3t-value-never-sent" not in result.output
        assert any("CI_DEPLOY_SECRET" in n and "not sent" in n for n in report(result)["notes"])


@pytest.mark.parametrize("taken_publicly", [True, False])
def test_an_internal_name_that_also_exists_publicly_is_reported(registry, tmp_path, taken_publicly):
    # `registry` stands in for the public registry; @acme has a registry of its own.
    data = build_tarball({"package.json": '{"name": "@acme/billing", "version": "1.2.0"}'})
    with LocalServer() as private:
        _publish(private, "@acme/billing", {"1.2.0": data}, host="localhost")
        if taken_publicly:
            _publish(registry, "@acme/billing", {"99.0.0": build_tarball({"package.json": "{}"})})
        # Registries are told apart by host name: the private one is reached as `localhost`.
        (tmp_path / ".npmrc").write_text(f"@acme:registry={private.url.replace('127.0.0.1', 'localhost')}\n")
        (tmp_path / ".npmward.yml").write_text("private_scopes: ['@acme']\n")
        result = run("scan", "@acme/billing@1.2.0", "--project", str(tmp_path), "-f", "json")
    assert result.exit_code == 0, result.output
    rules = {f["rule"] for f in report(result)["packages"][0]["findings"]}
    assert ("dependency-confusion/public-name" in rules) is taken_publicly
    # the public registry was asked for the name, and without the private registry's scope
    assert registry.requests_to("/@acme%2fbilling")


def test_two_specs_of_one_version_are_one_package(registry, tmp_path):
    data = build_tarball({"package.json": '{"name": "one-pkg", "version": "1.0.0"}'})
    _publish(registry, "one-pkg", {"1.0.0": data})
    result = run("scan", "one-pkg", "one-pkg@latest", "one-pkg@^1", "--project", str(tmp_path), "-f", "json")
    assert result.exit_code == 0, result.output
    assert [p["name"] for p in report(result)["packages"]] == ["one-pkg"]
    assert len(registry.requests_to("/one-pkg/-/one-pkg-1.0.0.tgz")) == 1
