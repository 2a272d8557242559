"""Typosquat detection against the shipped popularity list."""

from __future__ import annotations

import json
import time

import pytest

from npmward.analyzers.base import AnalysisContext
from npmward.analyzers.typosquat import (
    TyposquatAnalyzer,
    TyposquatIndex,
    classify_edit,
    default_index,
    keyboard_adjacent,
    osa_distance,
)
from npmward.model import Artifact, Confidence, PackageId, Severity
from npmward.popularity import Popularity, load_popularity
from npmward.registry.identity import RegistryIdentity


def _analyze(name: str):
    artifact = Artifact(PackageId(name, "1.0.0"), {}, {"name": name, "version": "1.0.0"}, "test")
    return list(TyposquatAnalyzer().analyze(AnalysisContext(artifact=artifact)))


@pytest.mark.parametrize("name, target, technique", [
    ("raect", "react", "swapped-characters"),
    ("lodahs", "lodash", "swapped-characters"),
    ("expresss", "express", "doubled-character"),
    ("expres", "express", "truncated"),
    ("reacg", "react", "keyboard-typo"),
    ("mongose", "mongoose", "dropped-character"),
    ("cross-env.js", "cross-env", "affix"),
    ("lodash-js", "lodash", "affix"),
    ("node-lodash", "lodash", "affix"),
    ("lodashjs", "lodash", "affix"),
    ("lodash_", "lodash", "separator"),
    ("crossenv", "cross-env", "separator"),
    ("1odash", "lodash", "homoglyph"),
    ("rnocha", "mocha", "homoglyph"),
    ("@types-node/foo", "@types/node", "scope-flattened"),
    ("@typesnode/x", "@types/node", "scope-flattened"),
    ("types-node", "@types/node", "unscoped-copy"),
    ("@bable/core", "@babel/core", "scope-typo"),
    ("@evil-corp/lodash", "lodash", "scope-added"),
    ("eslint-plugin-raect", "eslint-plugin-react", "swapped-characters"),
])
def test_known_squats_are_found(name, target, technique):
    matches = default_index().check(name)
    assert matches, f"{name} not flagged"
    assert (matches[0].target, matches[0].technique) == (target, technique)


def test_lodahs_is_a_real_malicious_typosquat_and_is_flagged(shared_dir):
    record = json.loads((shared_dir / "fixtures/osv/malicious-packages/lodahs/MAL-2025-25502.json").read_text())
    name = record["affected"][0]["package"]["name"]
    findings = _analyze(name)
    assert [f.rule for f in findings] == ["typosquat/swapped-characters"]
    assert findings[0].details["target"] == "lodash"
    # lodash is in the top 1,000: a strong technique against it is MEDIUM/MEDIUM, never malicious alone.
    assert (findings[0].severity, findings[0].confidence) == (Severity.MEDIUM, Confidence.MEDIUM)


@pytest.mark.parametrize("name", ["react-dom", "preact", "lodash.merge", "react", "lodash", "@types/node"])
def test_popular_names_are_never_findings(name):
    assert name in load_popularity()
    assert _analyze(name) == []


def test_no_top_100_name_is_a_finding():
    for name in load_popularity().names()[:100]:
        assert default_index().check(name) == [], name


def test_pair_rule_is_what_keeps_popular_neighbours_apart():
    # Without the pair rule preact would be `react` plus a letter; with it, it is not a finding.
    assert [m.target for m in default_index().check("preact", pair_rule=False)] == ["react"]
    assert default_index().check("preact") == []


def test_a_held_out_popular_name_is_judged_like_any_other():
    # Built without preact, the index sees it as an added character in react: what the
    # false-positive benchmark counts (bench/typosquat_fp.py).
    popularity = load_popularity()
    index = TyposquatIndex(Popularity.from_pairs((n, d) for n, d in popularity.downloads.items() if n != "preact"))
    assert [(m.target, m.technique) for m in index.check("preact")] == [("react", "added-character")]


def test_inside_a_known_scope_only_its_owner_publishes():
    assert default_index().check("@babel/cor") == []
    assert default_index().check("@types/lodahs") == []


def test_short_names_are_not_edit_distance_matches():
    assert default_index().check("mss") == []  # `ms` plus a letter: too short to mean anything
    assert default_index().check("chat") == []


def test_private_scope_findings_are_waived_by_the_policy():
    from npmward.model import PackageId
    from npmward.policy import Policy

    findings = _analyze("@types-node/foo")
    assert findings  # the analyzer reports what the name is, whatever the configuration (it is cached)
    identity = RegistryIdentity(private_scopes=frozenset({"@types-node"}))
    judged = Policy().judge(PackageId("@types-node/foo", "1.0.0"), findings, identity.private_reason("@types-node/foo"))
    assert judged.findings == () and "organisation's own" in judged.suppressed[0].reason


def test_scope_added_carries_no_weight():
    (finding,) = _analyze("@evil-corp/lodash")
    assert finding.severity is Severity.INFO


def test_distance_two_only_for_long_names_and_letter_moves():
    matches = default_index().check("typsecirpt")  # two swaps in `typescript`
    assert [(m.target, m.technique) for m in matches] == [("typescript", "edit-distance-2")]
    # Two arbitrary substitutions join unrelated long names (`node-watch`/`node-fetch`): not matched.
    assert default_index().check("typoscripz") == []


def test_edit_helpers():
    assert osa_distance("raect", "react") == 1
    assert osa_distance("abc", "abc") == 0
    assert osa_distance("kitten", "sitting", limit=2) == 3
    assert keyboard_adjacent("t", "g") and not keyboard_adjacent("t", "m")
    assert classify_edit("mongose", "mongoose")[0] == "dropped-character"
    assert classify_edit("prompt", "prompts")[0] == "truncated"
    assert classify_edit("preact", "react")[0] == "added-character"


def test_checking_a_name_is_fast():
    index = default_index()
    names = ["raect", "eslint-plugin-raect", "typescript-eslint-parser", "some-unrelated-name"] * 250
    started = time.perf_counter()
    for name in names:
        index.check(name)
    per_name = (time.perf_counter() - started) / len(names)
    assert per_name < 0.002, f"{per_name * 1e6:.0f} us per name: the index is not being used"
