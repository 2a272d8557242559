"""The verdict combiner: one strong signal decides, weak ones add up slowly, a rule counts once."""

from __future__ import annotations

from npmward.model import Confidence, Finding, Level, Severity
from npmward.verdict import MALICIOUS_AT, SUSPICIOUS_AT, decide


def f(rule: str, severity: Severity, confidence: Confidence = Confidence.HIGH, file: str = "a.js") -> Finding:
    return Finding(rule, severity, confidence, "test", rule, file=file)


def test_thresholds_and_single_strong_signal():
    assert decide([]).level is Level.CLEAN and decide([]).score == 0
    assert decide([f("x/critical", Severity.CRITICAL)]).level is Level.MALICIOUS
    high = decide([f("x/high", Severity.HIGH)])
    assert high.level is Level.SUSPICIOUS and SUSPICIOUS_AT <= high.score < MALICIOUS_AT
    assert decide([f("x/medium", Severity.MEDIUM, Confidence.MEDIUM)]).level is Level.CLEAN


def test_a_rule_firing_in_many_files_counts_once():
    one = decide([f("x/medium", Severity.MEDIUM)])
    many = decide([f("x/medium", Severity.MEDIUM, file=f"{i}.js") for i in range(20)])
    assert one.score == many.score


def test_independent_evidence_adds_up_and_reasons_name_the_strongest_first():
    verdict = decide([f("a/high", Severity.HIGH), f("b/high", Severity.HIGH), f("c/low", Severity.LOW)])
    assert verdict.level is Level.MALICIOUS
    assert [r.rule for r in verdict.reasons][:2] == ["a/high", "b/high"]
    assert decide([f("a/info", Severity.INFO)] * 5).score == 0


def test_an_unread_part_keeps_a_package_from_clean_but_never_makes_it_malicious():
    unread = Finding("code/analysis-incomplete", Severity.HIGH, Confidence.MEDIUM, "analysis", "budget", None, None, None)
    real = Finding("code/eval-decoded", Severity.HIGH, Confidence.HIGH, "obfuscation", "eval", "a.js", 1, None)
    assert decide([unread]).level is Level.SUSPICIOUS
    both = decide([unread, real])
    assert both.level is Level.SUSPICIOUS and both.score < 8.0
    # Two pieces of real evidence still make it malicious, with or without an unread part.
    other = Finding("code/secret-exfiltration", Severity.HIGH, Confidence.HIGH, "exfiltration", "x", "b.js", 2, None)
    assert decide([unread, real, other]).level is Level.MALICIOUS
