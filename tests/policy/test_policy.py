"""The policy stage on its own: waivers, actions, the failed-crypto rule, and what a project's files
may and may not say."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from npmward.errors import UsageError
from npmward.model import Action, Confidence, Finding, Level, PackageId, Severity
from npmward.policy import IgnoreEntry, PackageMatcher, Policy, load_policy

PID = PackageId("left-pad", "1.3.0")


def finding(rule: str, severity=Severity.CRITICAL, confidence=Confidence.HIGH, file=None, **details) -> Finding:
    return Finding(rule, severity, confidence, "test", f"{rule} fired", file=file, details=details)


def test_allowed_scripts_waive_only_install_script_findings_of_the_matching_version():
    hook, code = finding("install-script/network-tool"), finding("code/exfiltration", file="install.js")
    policy = Policy(allowed_scripts=(PackageMatcher.parse("left-pad@1.3.x"),))
    judged = policy.judge(PID, [hook, code])
    assert judged.findings == (code,) and [w.finding for w in judged.suppressed] == [hook]
    assert "left-pad@1.3.x" in judged.suppressed[0].reason and judged.action is Action.BLOCK  # the code still counts
    other = policy.judge(PackageId("left-pad", "2.0.0"), [hook])
    assert other.suppressed == () and other.verdict.level is Level.MALICIOUS


def test_ignore_entries_match_rule_or_advisory_package_range_path_and_expire():
    vuln = finding("audit/vulnerability", Severity.HIGH, Confidence.MEDIUM, file="package-lock.json",
                   id="GHSA-xxxx", aliases=["CVE-1"])
    bundle = finding("code/entry-blob", Severity.MEDIUM, Confidence.MEDIUM, file="dist/bundle.js")
    entries = (IgnoreEntry("CVE-1", "not reachable", dt.date(2026, 12, 31), PackageMatcher.parse("left-pad@<2")),
               IgnoreEntry("code/*", "reviewed bundle", dt.date(2026, 12, 31), path="dist/*.js"))
    judged = Policy(ignores=entries, today=dt.date(2026, 6, 1)).judge(PID, [vuln, bundle])
    assert judged.findings == () and {w.reason for w in judged.suppressed} == {"not reachable", "reviewed bundle"}
    expired = Policy(ignores=entries, today=dt.date(2027, 1, 1))
    assert len(expired.judge(PID, [vuln, bundle]).findings) == 2
    assert sum("expired" in n for n in expired.notes()) == 2
    elsewhere = finding("code/entry-blob", Severity.MEDIUM, Confidence.MEDIUM, file="index.js")
    assert Policy(ignores=entries, today=dt.date(2026, 6, 1)).judge(PID, [elsewhere]).findings == (elsewhere,)


def test_fail_on_and_rule_actions_choose_the_action():
    suspicious = finding("typosquat/near-popular", Severity.HIGH, Confidence.HIGH)
    assert Policy().judge(PID, [suspicious]).action is Action.WARN
    assert Policy(fail_on=Level.SUSPICIOUS).judge(PID, [suspicious]).action is Action.BLOCK
    assert Policy(rules={"typosquat/*": "block"}).judge(PID, [suspicious]).action is Action.BLOCK
    malicious = finding("install-script/fetch-and-execute")
    assert Policy().judge(PID, [malicious]).action is Action.BLOCK
    warned = Policy(rules={"install-script/fetch-and-execute": "warn"}).judge(PID, [malicious])
    assert warned.action is Action.WARN and warned.verdict.level is Level.MALICIOUS  # the level is still shown
    ignored = Policy(rules={"install-script/*": "ignore"}).judge(PID, [malicious])
    assert ignored.findings == () and ignored.action is Action.ALLOW and ignored.suppressed
    assert Policy(fail_on=None).judge(PID, [malicious]).action is Action.WARN
    assert Policy().judge(PID, []).action is Action.ALLOW


def test_a_failed_cryptographic_check_blocks_whatever_fail_on_says():
    bad_signature = finding("provenance/publish-attestation-bad-bundle", Severity.HIGH, Confidence.HIGH,
                            check="publish-attestation", status="failed")
    judged = Policy(fail_on=None).judge(PID, [bad_signature])
    assert judged.verdict.level is Level.SUSPICIOUS and judged.action is Action.BLOCK
    not_checked = finding("signature/not-checked", Severity.INFO, check="signature", status="not-checked")
    assert Policy(fail_on=None).judge(PID, [not_checked]).action is Action.ALLOW


@pytest.fixture()
def user_config(tmp_path, monkeypatch):
    path = tmp_path / "user.yml"
    monkeypatch.setenv("NPMWARD_CONFIG", str(path))
    return path


def test_project_file_adds_to_the_user_defaults(tmp_path, user_config):
    user_config.write_text("private_scopes: ['@acme']\nfail_on: suspicious\nrules: {typosquat/*: warn}\n")
    project = tmp_path / "p"
    project.mkdir()
    (project / ".npmward.yml").write_text("private_scopes: ['@Corp']\nallowed_scripts: [esbuild, 'sharp@0.33.5']\n"
                                          "rules: {code/entry-blob: block}\n")
    policy = load_policy(project)
    assert policy.private_scopes == ("@acme", "@corp") and policy.fail_on is Level.SUSPICIOUS
    assert [str(m) for m in policy.allowed_scripts] == ["esbuild", "sharp@0.33.5"]
    assert policy.rules == {"typosquat/*": "warn", "code/entry-blob": "block"}
    assert load_policy(project, fail_on=None).fail_on is None  # the command line wins


@pytest.mark.parametrize("text, message", [
    ("cache_dir: /tmp/attacker\n", "cache_dir` cannot be set by a project"),
    ("jobs: 64\n", "jobs` cannot be set by a project"),
    ("fail_on: never\n", "fail_on` cannot be set by a project"),
    ("allowed_script: [x]\n", "unknown setting `allowed_script`"),
    ("allowed_scripts: esbuild\n", "`allowed_scripts` must be a list of strings"),
    ("private_scopes: [acme]\n", "`private_scopes` must list scopes like `@acme`"),
    ("rules: {code/x: allow}\n", "must be one of block, warn, ignore"),
    ("- a\n- b\n", "must be a mapping"),
    ("a: [\n", "invalid YAML"),
])
def test_a_project_file_is_validated_and_cannot_move_npmwards_data(tmp_path, user_config, text, message):
    (tmp_path / ".npmward.yml").write_text(text)
    with pytest.raises(UsageError, match=message.replace("[", r"\[")):
        load_policy(tmp_path)


def test_alias_bombs_in_config_and_ignore_files_are_refused_fast(tmp_path, user_config):
    levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]" for i in range(8)]
    bomb = "\n".join(levels) + "\nprivate_scopes: *i\n"
    (tmp_path / ".npmward.yml").write_text(bomb)
    start = time.monotonic()
    with pytest.raises(UsageError, match="alias"):
        load_policy(tmp_path)
    (tmp_path / ".npmward.yml").unlink()
    (tmp_path / ".npmwardignore.yml").write_text(bomb.replace("private_scopes: *i", "- *i"))
    with pytest.raises(UsageError, match="alias"):
        load_policy(tmp_path)
    assert time.monotonic() - start < 5
