"""OSV parsing and matching on every real record in shared/fixtures/osv/: affected and not-affected
versions read off each record by hand, lowest fixing versions, malware classification."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from npmward.advisories import affects, lowest_fix, parse_osv
from npmward.advisories.osv import AdvisoryError

# (record file below osv/, package name, affected versions, not affected versions)
CASES = [
    ("advisory-database/GHSA-35jh-r3h4-6jhm.json", "lodash", ["0.1.0", "4.17.20"], ["4.17.21", "5.0.0"]),
    ("advisory-database/GHSA-35jh-r3h4-6jhm.json", "lodash-es", ["4.17.15"], ["4.17.21"]),
    ("advisory-database/GHSA-3h5v-q93c-6h6q.json", "ws", ["2.1.0", "5.2.3", "6.2.2", "7.5.9", "8.17.0"],
     ["2.0.9", "5.2.4", "5.9.0", "6.2.3", "7.5.10", "8.17.1"]),
    ("advisory-database/GHSA-72xf-g2v4-qvf3.json", "tough-cookie", ["2.5.0", "4.1.2"], ["4.1.3"]),
    ("advisory-database/GHSA-8hc4-vh64-cxmj.json", "axios", ["1.3.2", "1.7.3"], ["1.3.1", "1.7.4"]),
    ("advisory-database/GHSA-952p-6rrq-rcjv.json", "micromatch", ["4.0.5"], ["4.0.8"]),
    ("advisory-database/GHSA-9c47-m6qq-7p4h.json", "json5", ["0.5.1", "1.0.1", "2.2.1"], ["1.0.2", "2.2.2"]),
    ("advisory-database/GHSA-9wv6-86v2-598j.json", "path-to-regexp",
     ["0.1.7", "1.8.0", "2.4.0", "6.2.2", "7.2.0"], ["0.1.10", "1.9.0", "3.3.0", "6.3.0", "8.0.0"]),
    ("advisory-database/GHSA-c2qf-rxjj-qqgw.json", "semver", ["5.7.1", "6.3.0", "7.5.1"],
     ["5.7.2", "6.3.1", "7.5.2"]),
    ("advisory-database/GHSA-cxjh-pqwp-8mfp.json", "follow-redirects", ["1.15.5"], ["1.15.6"]),
    ("advisory-database/GHSA-grv7-fg5c-xmjg.json", "braces", ["2.3.2"], ["3.0.3"]),
    ("advisory-database/GHSA-j8xg-fqg3-53r7.json", "word-wrap", [], ["1.2.3", "1.0.0"]),  # GitHub Actions, not npm
    ("advisory-database/GHSA-jchw-25xp-jwwc.json", "follow-redirects", ["1.15.3"], ["1.15.4"]),
    ("advisory-database/GHSA-mh6f-8j2x-4483.json", "event-stream", ["3.3.6"], ["3.3.5", "4.0.0"]),
    ("advisory-database/GHSA-mh6f-8j2x-4483.json", "flatmap-stream", ["0.1.1", "9.9.9"], []),
    ("advisory-database/GHSA-p6mc-m468-83gw.json", "lodash", ["4.17.19"], ["4.17.20"]),
    ("advisory-database/GHSA-pjwm-rvh2-c87w.json", "ua-parser-js", ["0.7.29", "0.8.0", "1.0.0"],
     ["0.7.28", "0.7.30", "0.8.1", "1.0.1"]),
    ("advisory-database/GHSA-pxg6-pf52-xh8x.json", "cookie", ["0.6.0"], ["0.7.0"]),
    ("advisory-database/GHSA-qw6h-vgh9-j6wx.json", "express", ["4.19.2", "5.0.0-alpha.1", "5.0.0-beta.3"],
     ["4.20.0", "5.0.0"]),
    ("advisory-database/GHSA-rv95-896h-c2vc.json", "express", ["4.19.1", "5.0.0-alpha.8"],
     ["4.19.2", "5.0.0-beta.3", "5.0.0"]),
    ("advisory-database/GHSA-wf5p-g6vw-rhxx.json", "axios", ["0.8.1", "1.5.1"], ["0.8.0", "1.6.0"]),
    ("advisory-database/GHSA-xvch-5gv4-984h.json", "minimist", ["0.2.3", "1.2.5"], ["0.2.4", "1.2.6"]),
    ("malicious-packages/--legacy-peer-deps/MAL-2022-3.json", "--legacy-peer-deps", ["0.0.1", "1.0.0"], []),
    ("malicious-packages/-d3-ushape/MAL-2022-5.json", "-d3-ushape", ["1.0.0"], []),
    ("malicious-packages/-gzip-ize/MAL-2022-6.json", "-gzip-ize", ["1.0.0"], []),
    ("malicious-packages/0-dns/MAL-2022-9.json", "0-dns", ["1.0.0"], []),
    ("malicious-packages/0-snap-score318/MAL-2025-6974.json", "0-snap-score318", ["1.0.0"], []),
    ("malicious-packages/000webhost-admin/MAL-2024-11848.json", "000webhost-admin", ["999.9.9"], ["1.0.0"]),
    ("malicious-packages/01template1/MAL-2022-11.json", "01template1", ["1.0.0"], []),
    ("malicious-packages/029testnpm/MAL-2025-1.json", "029testnpm", ["1.0.0", "2.0.0"], []),
    # introduced 0 with no end next to introduced 4.1.1 / last_affected 4.1.2: the unbounded range wins.
    ("malicious-packages/@ctrl/tinycolor/MAL-2025-47141.json", "@ctrl/tinycolor", ["3.4.0", "4.1.1", "4.1.2", "4.1.3"], []),
    ("malicious-packages/@lottiefiles/lottie-player/MAL-2024-10301.json", "@lottiefiles/lottie-player",
     ["2.0.5", "2.0.6", "2.0.7"], ["2.0.4", "2.0.8"]),
    ("malicious-packages/@solana/web3.js/MAL-2024-11183.json", "@solana/web3.js", ["1.95.6", "1.95.7"],
     ["1.95.5", "1.95.8"]),
    ("malicious-packages/easy-day-js/MAL-2026-5979.json", "easy-day-js", ["1.11.22"], ["1.11.21"]),
    ("malicious-packages/eslint-config-prettier/MAL-2025-6022.json", "eslint-config-prettier",
     ["8.10.1", "9.1.1", "10.1.6", "10.1.7"], ["8.10.0", "9.1.0", "10.1.5", "10.1.8"]),
    ("malicious-packages/eslint-plugin-prettier/MAL-2025-6023.json", "eslint-plugin-prettier",
     ["4.2.2", "4.2.3"], ["4.2.1", "5.0.0"]),
    ("malicious-packages/flatmap-stream/MAL-2025-20690.json", "flatmap-stream", ["0.1.1"], []),
    ("malicious-packages/is/MAL-2025-6020.json", "is", ["3.3.1", "5.0.0"], ["3.3.0", "3.3.2"]),
    ("malicious-packages/lodahs/MAL-2025-25502.json", "lodahs", ["0.0.1"], []),
    # two introduced/last_affected pairs in one range, listed out of order
    ("malicious-packages/ngx-bootstrap/MAL-2025-47197.json", "ngx-bootstrap",
     ["18.1.4", "19.0.3", "19.0.4", "20.0.3", "20.0.5", "20.0.6"], ["19.0.2", "19.0.5", "20.0.2", "20.0.7", "18.1.3"]),
    ("malicious-packages/twilio-npm/MAL-2025-37375.json", "twilio-npm", ["1.0.0"], []),
]


def _load(shared_dir: Path, rel: str):
    return parse_osv(json.loads((shared_dir / "fixtures" / "osv" / rel).read_text()), rel)


def test_every_fixture_record_is_covered(shared_dir):
    files = {str(p.relative_to(shared_dir / "fixtures" / "osv")) for p in (shared_dir / "fixtures" / "osv").rglob("*.json")}
    assert files == {c[0] for c in CASES}


@pytest.mark.parametrize("rel, name, bad, good", CASES, ids=[f"{c[0].rsplit('/', 1)[1]}:{c[1]}" for c in CASES])
def test_affected_and_not_affected_versions(shared_dir, rel, name, bad, good):
    advisory = _load(shared_dir, rel)
    for version in bad:
        assert affects(advisory, name, version), f"{name}@{version} should be affected by {advisory.id}"
    for version in good:
        assert not affects(advisory, name, version), f"{name}@{version} should not be affected by {advisory.id}"
    assert not affects(advisory, "some-other-package", (bad or good)[0])


def test_malware_classification_and_severity(shared_dir):
    for rel, *_ in CASES:
        advisory = _load(shared_dir, rel)
        assert advisory.malware == (advisory.id.startswith("MAL-") or "CWE-506" in advisory.cwes), advisory.id
    assert _load(shared_dir, "advisory-database/GHSA-pjwm-rvh2-c87w.json").malware  # GHSA + CWE-506
    assert not _load(shared_dir, "advisory-database/GHSA-xvch-5gv4-984h.json").malware
    assert _load(shared_dir, "advisory-database/GHSA-pxg6-pf52-xh8x.json").severity == "low"
    assert _load(shared_dir, "advisory-database/GHSA-952p-6rrq-rcjv.json").severity == "moderate"
    express = _load(shared_dir, "advisory-database/GHSA-qw6h-vgh9-j6wx.json")
    assert any(v.startswith("CVSS:3.1/") for v in express.cvss) and any(v.startswith("CVSS:4.0/") for v in express.cvss)
    assert express.cwes == ("CWE-79",)


def test_lowest_fixing_version(shared_dir):
    ws = _load(shared_dir, "advisory-database/GHSA-3h5v-q93c-6h6q.json")
    assert lowest_fix(ws, "ws", "5.0.0") == "5.2.4"
    assert lowest_fix(ws, "ws", "7.4.0") == "7.5.10"
    regexp = _load(shared_dir, "advisory-database/GHSA-9wv6-86v2-598j.json")
    assert lowest_fix(regexp, "path-to-regexp", "0.1.7") == "0.1.10"
    assert lowest_fix(regexp, "path-to-regexp", "6.2.1") == "6.3.0"
    # 5.0.0-beta.1: the 4.20.0 fix is below it; the prerelease branch is fixed in 5.0.0
    express = _load(shared_dir, "advisory-database/GHSA-qw6h-vgh9-j6wx.json")
    assert lowest_fix(express, "express", "5.0.0-beta.1") == "5.0.0"
    # flatmap-stream: every version is malicious, nothing fixes it
    assert lowest_fix(_load(shared_dir, "advisory-database/GHSA-mh6f-8j2x-4483.json"), "flatmap-stream", "0.1.1") is None


def test_a_fix_that_another_range_affects_again_is_skipped():
    record = {"id": "GHSA-test", "database_specific": {"severity": "HIGH"}, "affected": [
        {"package": {"ecosystem": "npm", "name": "pkg"}, "ranges": [
            {"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "1.0.1"}]},
            {"type": "SEMVER", "events": [{"introduced": "1.0.1"}, {"fixed": "1.0.3"}]}]}]}
    advisory = parse_osv(record)
    assert lowest_fix(advisory, "pkg", "1.0.0") == "1.0.3"
    assert parse_osv({**record, "withdrawn": "2024-01-01T00:00:00Z"}).withdrawn
    assert not affects(parse_osv({**record, "withdrawn": "2024-01-01T00:00:00Z"}), "pkg", "1.0.0")


def test_not_an_osv_record_is_an_error():
    with pytest.raises(AdvisoryError, match="broken.json: id is missing"):
        parse_osv({"affected": []}, "broken.json")
