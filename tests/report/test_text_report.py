"""The text report: hostile package content cannot drive the terminal, lines wrap only on a
terminal, resolved versions and per-check results are shown, errors once, plurals right, every
advisory with a fix that points at the direct dependency, what the sandbox saw, --verbose/--quiet."""

from __future__ import annotations

import json
import re

from npmward.model import Action, Confidence, Finding, PackageId, PackageReport, ScanReport, Severity, TargetError
from npmward.report import RenderOptions, render
from npmward.report.printable import printable
from npmward.verdict import decide

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def text(report: ScanReport, **options) -> str:
    return render(report, "text", RenderOptions(**options))


def package(name: str, version: str, *findings: Finding, action: Action = Action.ALLOW, **extra) -> PackageReport:
    return PackageReport(PackageId(name, version), f"registry:https://r.example/{name}", None, decide(findings),
                         tuple(findings), action=action, **extra)


def check(check: str, status: str, message: str = "ok") -> Finding:
    return Finding(f"{check}/{status}", Severity.INFO, Confidence.HIGH, "integrity", message,
                   details={"check": check, "status": status})


def vulnerability(ident: str, severity: Severity, fixed: str | None, direct: bool = False) -> Finding:
    return Finding("audit/vulnerability", severity, Confidence.MEDIUM, "vulnerability",
                   f"advisory {ident}" + (f"; fixed in {fixed}" if fixed else "; no fixed version"),
                   "package-lock.json", details={"id": ident, "fixed_in": fixed, "direct": direct})


HOSTILE = "\x1b]8;;https://evil.example\x07click\x1b]8;;\x07\x1b[2J\x9b31m\u202eevil"


def test_terminal_escapes_from_a_package_are_shown_not_obeyed():
    bad = Finding("code/shell-command", Severity.HIGH, Confidence.HIGH, "dropper", f"runs {HOSTILE}",
                  f"lib/{HOSTILE}.js", 3, f"exec('{HOSTILE}')")
    report = ScanReport((package(f"evil{HOSTILE}", f"1.0.0{HOSTILE}", bad, action=Action.BLOCK),),
                        (TargetError(HOSTILE, f"bad {HOSTILE}"),), (f"note {HOSTILE}",))
    for options in ({}, {"color": True, "width": 80}, {"verbose": True}, {"quiet": True}):
        out = text(report, **options)
        plain = re.sub(r"\x1b\[[0-9;]*m", "", out) if options.get("color") else out  # npmward's own colours
        assert not CONTROL.search(plain), repr(plain)
    out = text(report)
    assert "\\x1b]8;;https://evil.example\\x07" in out and "\\x9b31m" in out and "\\u202e" in out
    assert printable("a\nb\tc") == "a\\x0ab\\x09c"


def test_lines_are_whole_in_files_and_pipes_and_wrap_on_a_terminal():
    long = "x" * 300
    report = ScanReport((package("wide", "1.0.0", Finding("code/long", Severity.HIGH, Confidence.HIGH, "dropper",
                                                          f"message {long}"), action=Action.BLOCK),))
    assert any(long in line for line in text(report).splitlines())
    wrapped = text(report, width=80)
    assert max(len(line) for line in wrapped.splitlines()) <= 80


def test_resolved_versions_plurals_and_one_error_line():
    report = ScanReport((package("express", "4.21.2", check("integrity", "verified")),),
                        (TargetError("express@99.99.99", "express@99.99.99: no such version"),))
    out = text(report)
    assert "express@4.21.2" in out
    assert "1 package:" in out and "1 error" in out and "1 packages" not in out and "1 errors" not in out
    assert "express@99.99.99: no such version" in out and "express@99.99.99: express@99.99.99" not in out
    # A text report on stdout leaves errors and notes to stderr (finish prints them there, once).
    assert "no such version" not in text(report, messages=False)
    two = ScanReport((package("a", "1.0.0"), package("b", "2.0.0")))
    assert "2 packages:" in text(two) and "clean: a@1.0.0, b@2.0.0" in text(two)


def test_per_check_results_count_packages_not_findings():
    """Integrity is compared with the lockfile and with the registry: two findings, one package."""
    packages = tuple(package(f"p{i}", "1.0.0", check("integrity", "verified"), check("integrity", "verified"),
                             check("signature", "not-checked", "not checked: registry serves no signatures"))
                     for i in range(82))
    out = text(ScanReport(packages))
    assert "integrity: 82 verified" in out and "164" not in out
    assert "registry signature: 82 not checked: registry serves no signatures [82]" in out
    data = json.loads(render(ScanReport(packages), "json"))
    assert data["checks"][0] == {"check": "integrity", "verified": 82, "not_checked_reasons": []}


def test_a_failed_check_is_shown_with_the_package_that_failed_it():
    failed = Finding("provenance/bad-bundle", Severity.HIGH, Confidence.HIGH, "provenance",
                     "attestation does not verify", details={"check": "provenance", "status": "failed"})
    out = text(ScanReport((package("x", "1.0.0", failed, check("integrity", "verified"), action=Action.BLOCK),)))
    assert "blocks the run" in out and "checks: integrity verified, provenance failed" in out
    assert "provenance: 1 failed" in out


def test_every_advisory_is_listed_with_a_fix_pointing_at_the_direct_dependency():
    """express@4.18.2's medium advisories leave it "clean" by the verdict; they are still listed."""
    medium = package("express", "4.18.2", vulnerability("GHSA-qw6h-vgh9-j6wx", Severity.MEDIUM, "4.20.0", True),
                     vulnerability("GHSA-rv95-896h-c2vc", Severity.MEDIUM, "4.19.2", True),
                     paths=(("app@1.0.0", "express@4.18.2"),))
    deep = package("braces", "3.0.2", vulnerability("GHSA-grv7-fg5c-xmjg", Severity.HIGH, "3.0.3"),
                   paths=(("app@1.0.0", "jest@29.0.0", "micromatch@4.0.5", "braces@3.0.2"),
                          ("app@1.0.0", "webpack@5.0.0", "braces@3.0.2")), action=Action.BLOCK)
    unfixed = package("ip", "2.0.1", vulnerability("GHSA-2p57-rm9w-gvfp", Severity.HIGH, None),
                      paths=(("app@1.0.0", "socks@2.7.1", "ip@2.0.1"),))
    out = text(ScanReport((medium, deep, unfixed)))
    assert "GHSA-qw6h-vgh9-j6wx" in out and "GHSA-rv95-896h-c2vc" in out
    assert "fix: upgrade express to 4.19.2 or later" in out
    assert ("fix: braces 3.0.3 or later; it comes in through jest@29.0.0, webpack@5.0.0: upgrade them to a version "
            "that requires braces@>=3.0.3, or override braces") in out
    assert "no fixed version: replace ip or the dependency that brings it in (socks@2.7.1)" in out
    assert "No malicious or suspicious packages found" not in out


def test_what_the_sandbox_saw_is_shown_when_a_finding_carries_it():
    seen = Finding("dynamic/honeytoken-exfiltration", Severity.CRITICAL, Confidence.HIGH, "dynamic",
                   "sent the planted npm token", details={
                       "processes": ["sh -c node steal.js", "node steal.js"], "files_read": ["/home/u/.npmrc"],
                       "dns": [f"q{i}.collector.example" for i in range(10)],
                       "sandbox": {"connections": [{"address": "198.51.100.7", "port": 443}], "leaks": ["npm-token"]}})
    out = text(ScanReport((package("stealer", "1.0.0", seen, action=Action.BLOCK),)))
    assert "processes: sh -c node steal.js, node steal.js" in out
    assert "files read: /home/u/.npmrc" in out
    assert "DNS queries: q0.collector.example" in out and "(+2 more)" in out
    assert "connections: 198.51.100.7:443" in out and "leaks: npm-token" in out


def test_the_sandbox_timeline_is_shown_without_verbose():
    summary = {"processes": [{"phase": "install", "actor": "package", "command": "node pre.js"}],
               "dns": [{"name": "collector.example", "count": 2}],
               "leaks": [{"token": "npm-token", "channel": "HTTPS POST collector.example/k", "phase": "install",
                          "encoding": "base64"}]}
    timeline = Finding("dynamic/timeline", Severity.INFO, Confidence.HIGH, "dynamic", "what the sandbox saw",
                       details={"summary": summary})
    out = text(ScanReport((package("stealer", "1.0.0", timeline, action=Action.WARN),)))
    assert "sandbox  processes: [install] package: node pre.js" in out
    assert "sandbox  DNS queries: collector.example x2" in out
    assert "leaks: npm-token by HTTPS POST collector.example/k (install, base64)" in out


def test_verbose_shows_everything_and_quiet_only_what_blocks_or_warns():
    clean = package("lodash", "4.17.21", check("integrity", "verified"))
    warned = package("odd", "1.0.0", Finding("code/odd", Severity.HIGH, Confidence.HIGH, "dropper", "odd thing"),
                     action=Action.WARN)
    report = ScanReport((clean, warned), (), ("a note",))
    verbose = text(report, verbose=True)
    assert "CLEAN" in verbose and "integrity/verified" in verbose
    quiet = text(report, quiet=True)
    assert "odd@1.0.0" in quiet and "lodash" not in quiet and "a note" not in quiet and "packages:" not in quiet
    assert text(ScanReport((clean,)), quiet=True) == ""
