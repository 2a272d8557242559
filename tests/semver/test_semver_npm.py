"""npmward.semver agrees with npm's own node-semver: fixed cases from node-semver's test fixtures,
and a few thousand generated (version, range) pairs checked against the semver bundled in npm."""

from __future__ import annotations

import itertools
import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from npmward import semver

# From node-semver test/fixtures/range-include.js and range-exclude.js (default options).
INCLUDE = [
    ("1.0.0 - 2.0.0", "1.2.3"), ("^1.2.3+build", "1.3.0"), ("1.0.0", "1.0.0"), (">=*", "0.2.4"),
    ("", "1.0.0"), ("*", "1.2.3"), (">=1.0.0", "1.1.0"), (">1.0.0", "1.0.1"), ("<=2.0.0", "0.2.9"),
    ("<2.0.0", "1.9999.9999"), (">= 1.0.0", "1.0.0"), ("0.1.20 || 1.2.4", "1.2.4"),
    (">=0.2.3 || <0.0.1", "0.0.0"), ("||", "1.3.4"), ("2.x.x", "2.1.3"), ("1.2.x", "1.2.3"),
    ("1.2.x || 2.x", "2.1.3"), ("x", "1.2.3"), ("2.*.*", "2.1.3"), ("2", "2.1.2"), ("2.3", "2.3.1"),
    ("~0.0.1", "0.0.1"), ("~2.4", "2.4.5"), ("~>3.2.1", "3.2.2"), ("~1", "1.2.3"), ("~>1", "1.2.3"),
    ("~1.0", "1.0.2"), ("~ 1.0", "1.0.2"), (">=1", "1.0.0"), (">= 1", "1.0.0"), ("<1.2", "1.1.1"),
    ("~v0.5.4-pre", "0.5.5"), ("~v0.5.4-pre", "0.5.4"), ("=0.7.x", "0.7.2"), ("<=0.7.x", "0.7.2"),
    (">=0.7.x", "0.7.2"), ("<=0.7.x", "0.6.2"), ("~1.2.1 >=1.2.3", "1.2.3"), ("~1.2.1 =1.2.3", "1.2.3"),
    (">=1.2.1 >=1.2.3", "1.2.3"), ("^1.2.3", "1.8.1"), ("^0.1.2", "0.1.2"), ("^0.1", "0.1.2"),
    ("^0.0.1", "0.0.1"), ("^1.2", "1.4.2"), ("^1.2 ^1", "1.4.2"), ("^1.2.3-alpha", "1.2.3-pre"),
    ("^1.2.0-alpha", "1.2.0-pre"), ("^0.0.1-alpha", "0.0.1-beta"), ("^0.1.1-alpha", "0.1.1-beta"),
    ("^x", "1.2.3"), ("x - 1.0.0", "0.9.7"), ("x - 1.x", "0.9.7"), ("1.0.0 - x", "1.9.7"),
    ("1.x - x", "1.9.7"), ("<=7.x", "7.9.9"),
]
EXCLUDE = [
    ("1.0.0 - 2.0.0", "2.2.3"), ("1.2.3+asdf - 2.4.3+asdf", "1.2.3-pre.2"), ("^1.2.3+build", "2.0.0"),
    ("^1.2.3+build", "1.2.0"), ("^1.2.3", "1.2.3-pre"), ("^1.2", "1.2.0-pre"), (">1.2", "1.3.0-beta"),
    ("<=1.2.3", "1.2.3-beta"), ("^1.2.3", "1.2.3-beta"), ("=0.7.x", "0.7.0-asdf"), (">=0.7.x", "0.7.0-asdf"),
    ("1.0.0", "1.0.1"), (">=1.0.0", "0.0.0"), (">=1.0.0", "0.0.1"), (">1.0.0", "0.0.1"),
    ("<=2.0.0", "3.0.0"), ("<2.0.0", "2.2.9"), ("0.1.20 || 1.2.4", "1.2.3"), (">=0.2.3 || <0.0.1", "0.0.3"),
    ("2.x.x", "1.1.3"), ("2.x.x", "3.1.3"), ("1.2.x", "1.3.3"), ("1.2.x || 2.x", "3.1.3"),
    ("2.*.*", "1.1.3"), ("2", "1.1.2"), ("2.3", "2.4.1"), ("~0.0.1", "0.1.0-alpha"), ("~0.0.1", "0.1.0"),
    ("~2.4", "2.5.0"), ("~2.4", "2.3.9"), ("~>3.2.1", "3.3.2"), ("~1", "0.2.3"), ("~1.0", "1.1.0"),
    ("<1", "1.0.0"), (">=1.2", "1.1.1"), ("~v0.5.4-beta", "0.5.4-alpha"), ("=0.7.x", "0.8.2"),
    (">=0.7.x", "0.6.2"), ("<0.7.x", "0.7.2"), ("<1.2.3", "1.2.3-beta"), ("=1.2.3", "1.2.3-beta"),
    (">1.2", "1.2.8"), ("^0.0.1", "0.0.2"), ("^1.2.3", "2.0.0-alpha"), ("^1.2.3", "1.2.2"),
    ("^1.2", "1.1.9"), ("*", "1.2.3-foo"), ("^1.0.0", "2.0.0-rc1"), ("1 - 2", "2.0.0-pre"),
    ("1 - 2", "1.0.0-pre"), ("1.0 - 2", "1.0.0-pre"), ("1.1.x", "1.0.0-a"), ("1.1.x", "1.1.0-a"),
    ("1.x", "1.0.0-a"), ("1.x", "1.1.0-a"), ("1.x", "1.2.0-a"), ("<1", "1.0.0-beta"), ("< 1", "1.0.0-beta"),
    ("x - 1.0.0", "1.1.0"), ("1.0.0 - x", "0.9.7"), ("1.x - x", "0.9.7"), ("<=7.x", "8.0.0"),
]


@pytest.mark.parametrize("rng, version", INCLUDE)
def test_node_semver_include_fixtures(rng, version):
    assert semver.satisfies(version, rng), (version, rng)


@pytest.mark.parametrize("rng, version", EXCLUDE)
def test_node_semver_exclude_fixtures(rng, version):
    assert not semver.satisfies(version, rng), (version, rng)


def test_ordering_and_parsing():
    ordered = ["0.0.0-0", "0.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
               "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.10.0", "2.0.0"]
    assert sorted(ordered, key=semver.parse) == ordered
    assert semver.compare("v1.2.3", "=1.2.3") == 0 and semver.compare("1.2.3+build.5", "1.2.3") == 0
    for bad in ["1.2", "1.2.3.4", "01.2.3", "a.b.c", "", "1.2.3-"]:
        with pytest.raises(ValueError):
            semver.parse(bad)
    assert not semver.valid_range(">=1.2.3 <foo") and semver.valid_range("^1 || 2.x")
    assert semver.max_satisfying(["1.0.0", "1.2.0", "2.0.0-beta", "1.3.0-rc.1"], "^1") == "1.2.0"
    assert semver.min_satisfying(["3.0.0", "2.1.0", "2.0.5"], ">=2.0.1") == "2.0.5"
    assert semver.max_satisfying(["1.0.0"], "^2") is None


def _npm_semver_dir() -> Path | None:
    npm = shutil.which("npm")
    if not npm or not shutil.which("node"):
        return None
    root = subprocess.run([npm, "root", "-g"], capture_output=True, text=True, timeout=60).stdout.strip()
    candidate = Path(root) / "npm" / "node_modules" / "semver"
    return candidate if candidate.is_dir() else None


def test_agrees_with_npms_own_semver_on_generated_pairs(tmp_path):
    semver_dir = _npm_semver_dir()
    if semver_dir is None:
        pytest.skip("node/npm with its bundled semver not found on this machine")
    rnd = random.Random(1234)
    numbers = ["0", "1", "2", "3", "10"]
    versions = [f"{a}.{b}.{c}" for a, b, c in itertools.product(numbers, repeat=3)]
    versions += [f"{v}-{pre}" for v in rnd.sample(versions, 40) for pre in ("alpha", "beta.2", "0", "rc.1")]
    parts = ["1", "1.2", "1.2.3", "0.0.3", "0.2", "2.x", "1.2.x", "*", "x", "1.2.3-beta", "0.0.3-alpha", "10.1"]
    ops = ["", "^", "~", ">", ">=", "<", "<=", "="]
    ranges = [f"{o}{p}" for o in ops for p in parts]
    ranges += [f"{rnd.choice(parts)} - {rnd.choice(parts)}" for _ in range(30)]
    ranges += [f"{rnd.choice(ranges)} || {rnd.choice(ranges)}" for _ in range(30)]
    ranges += [f">={rnd.choice(parts)} <{rnd.choice(parts)}" for _ in range(30)]
    pairs = [(v, r) for v in versions for r in rnd.sample(ranges, 20)]
    script = tmp_path / "check.js"
    script.write_text(
        f"const s = require({json.dumps(str(semver_dir))});\n"
        "const pairs = JSON.parse(require('fs').readFileSync(0, 'utf8'));\n"
        "process.stdout.write(JSON.stringify(pairs.map(([v, r]) => s.satisfies(v, r))));\n"
    )
    proc = subprocess.run(["node", str(script)], input=json.dumps(pairs), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    expected = json.loads(proc.stdout)
    mismatches = [(v, r, e) for (v, r), e in zip(pairs, expected) if semver.satisfies(v, r) != e]
    assert len(pairs) > 3000
    assert mismatches == [], mismatches[:20]
