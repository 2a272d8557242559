"""Registry facts on a real public packument (abbrev, with publish times and people) and on the
mirror reachable here (whose `time` is a fetch time)."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from npmward.analyzers.base import AnalysisContext
from npmward.analyzers.registry_facts import RegistryFactsAnalyzer, previous_version, publish_times_available
from npmward.model import Artifact, PackageId, Severity


@pytest.fixture(scope="module")
def abbrev(shared_dir):
    return json.loads((shared_dir / "fixtures/registry/vltpkg/abbrev-full.json").read_text())


def _facts(packument, version, now=None, **manifest):
    name = packument["name"] if packument else manifest.get("name", "x")
    doc = dict((packument or {}).get("versions", {}).get(version) or {}, **manifest)
    artifact = Artifact(PackageId(name, version), {}, doc, "test")
    extras = {"now": now} if now else {}
    context = AnalysisContext(artifact=artifact, packument=packument, extras=extras)
    return {f.rule: f for f in RegistryFactsAnalyzer().analyze(context)}


def test_previous_version_by_semver(abbrev):
    assert previous_version(abbrev, "2.0.0") == "1.1.1"
    assert previous_version(abbrev, "1.0.9") == "1.0.7"  # 1.0.8 was never published
    assert previous_version(abbrev, "1.0.3") is None
    packument = {"versions": {"1.0.0": {}, "1.1.0-beta.1": {}, "1.1.0": {}, "2.0.0-rc.1": {}}}
    assert previous_version(packument, "2.0.0-rc.2") == "2.0.0-rc.1"
    assert previous_version(packument, "2.0.0") == "1.1.0"


def test_abbrev_2_changed_hands_and_says_so(abbrev):
    # Real: 1.1.1 was published by isaacs (maintainers gabra, isaacs); 2.0.0 by lukekarrys for the npm CLI team.
    found = _facts(abbrev, "2.0.0")
    assert found["registry-facts/new-publisher"].details["previous_publisher"] == "isaacs"
    assert found["registry-facts/maintainers-replaced"].severity is Severity.MEDIUM
    assert "registry-facts/new-package" not in found and "registry-facts/new-version" not in found
    assert "registry-facts/publish-time-unavailable" not in found
    # The same publisher as before is no finding.
    assert "registry-facts/new-publisher" not in _facts(abbrev, "1.1.1")


def test_age_uses_publish_times(abbrev):
    assert publish_times_available(abbrev)
    published = datetime.fromisoformat(abbrev["time"]["2.0.0"].replace("Z", "+00:00"))
    found = _facts(abbrev, "2.0.0", now=published + timedelta(days=2))
    assert found["registry-facts/new-version"].severity is Severity.LOW
    young = copy.deepcopy(abbrev)
    young["time"]["created"] = abbrev["time"]["2.0.0"]
    assert "registry-facts/new-package" in _facts(young, "2.0.0", now=published + timedelta(days=1))


def test_fetch_times_are_never_ages(abbrev):
    mirror_like = copy.deepcopy(abbrev)
    del mirror_like["time"]["created"], mirror_like["time"]["modified"]
    now = datetime.now(timezone.utc)
    mirror_like["time"] = {v: now.isoformat() for v in mirror_like["versions"]}
    found = _facts(mirror_like, "2.0.0", now=now)
    assert "publish times unavailable from this registry" in found["registry-facts/publish-time-unavailable"].message
    assert "registry-facts/new-version" not in found and "registry-facts/new-package" not in found


def test_deprecation_and_repository_links():
    alarming = _facts(None, "1.0.0", name="x", deprecated="This version was compromised; use 1.0.2",
                      repository="github:x/x")
    assert alarming["registry-facts/deprecated"].severity is Severity.MEDIUM
    plain = _facts(None, "1.0.0", name="x", deprecated="renamed to y", repository="github:x/x")
    assert plain["registry-facts/deprecated"].severity is Severity.LOW
    assert "registry-facts/no-repository" in _facts(None, "1.0.0", name="x")
    starjack = _facts(None, "1.0.0", name="lodahs", repository="https://github.com/lodash/lodash")
    assert starjack["registry-facts/borrowed-repository"].details["imitates"] == "lodash"
    # Related packages of a monorepo share its repository legitimately.
    assert "registry-facts/borrowed-repository" not in _facts(None, "1.0.0", name="lodash.mergewith-x",
                                                              repository="https://github.com/lodash/lodash")
    assert _facts(None, "1.0.0", name="react", repository="https://github.com/facebook/react") == {}


@pytest.mark.live
def test_the_mirror_here_has_no_publish_times():
    packument = httpx.get("https://registry.npmjs.org/is-number", timeout=30).json()
    if "created" in (packument.get("time") or {}):
        pytest.skip("this registry serves publish times (it is not the caching mirror)")
    assert not publish_times_available(packument)
    found = _facts(packument, "7.0.0")
    assert "registry-facts/publish-time-unavailable" in found
    assert "registry-facts/new-version" not in found
