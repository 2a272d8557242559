"""The firewall's registry app, driven over HTTP (starlette's test client) against a local upstream."""

from __future__ import annotations

import datetime as dt
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from fixtures import KNOWN_MALWARE, publish_fixtures, publish_trojan
from npmward.firewall.service import FirewallOptions, build_firewall
from npmward.firewall.verdicts import read_log
from npmward.pipeline import Pipeline
from npmward.policy import Policy
from npmward.registry.npmrc import NpmConfig
from npmward.settings import load_settings


@pytest.fixture
def db(advisory_db, monkeypatch):
    import os
    import shutil

    cache = Path(os.environ["NPMWARD_CACHE_DIR"])
    cache.mkdir(parents=True, exist_ok=True)
    for item in advisory_db.iterdir():
        shutil.copy(item, cache / item.name)
    return cache


def make_client(upstream, tmp_path, policy=Policy(), **settings):
    pipeline = Pipeline(load_settings(None, jobs=2, **settings), policy, npm_config=NpmConfig(registry=upstream.url))
    firewall, warnings = build_firewall(pipeline, FirewallOptions(log=tmp_path / "decisions.jsonl"))
    return TestClient(firewall.app()), firewall


def test_unfiltered_packuments_are_the_upstreams_bytes(upstream, db, tmp_path):
    client, _ = make_client(upstream, tmp_path)
    with client:
        served = client.get("/is-number")
    assert served.status_code == 200
    assert served.content == upstream.answer("is-number")[1]


def test_malicious_tarball_refused_then_its_version_removed_and_latest_repointed(upstream, db, tmp_path):
    publish_trojan(upstream)  # is-number@7.0.1, the new `latest`
    client, firewall = make_client(upstream, tmp_path)
    with client:
        assert client.get("/is-number").json()["dist-tags"]["latest"] == "7.0.1"
        refused = client.get("/is-number/-/is-number-7.0.1.tgz")
        assert refused.status_code == 403
        assert "npmward blocked is-number@7.0.1: malicious" in refused.json()["error"]
        assert client.get("/is-number/-/is-number-7.0.0.tgz").content == upstream.tarballs["is-number-7.0.0.tgz"]
        firewall._packuments.clear()  # the next request reads the packument again
        document = client.get("/is-number").json()
    assert "7.0.1" not in document["versions"] and document["dist-tags"]["latest"] == "7.0.0"
    log = read_log(tmp_path / "decisions.jsonl")
    assert {(e["version"], e["action"], e["where"]) for e in log} >= {("7.0.1", "block", "tarball"),
                                                                       ("7.0.0", "allow", "tarball"),
                                                                       ("7.0.1", "block", "packument")}
    assert all({"time", "package", "version", "action", "reason"} <= e.keys() for e in log)


def test_known_malware_is_refused_without_a_download(upstream, db, tmp_path):
    publish_fixtures(upstream)
    client, _ = make_client(upstream, tmp_path)
    with client:
        answer = client.get(f"/{KNOWN_MALWARE}")
        tarball = client.get(f"/{KNOWN_MALWARE}/-/{KNOWN_MALWARE}-1.0.0.tgz")
    assert answer.status_code == 403 and "MAL-" in answer.json()["error"]
    assert tarball.status_code == 403
    assert upstream.hits[f"{KNOWN_MALWARE}/-/{KNOWN_MALWARE}-1.0.0.tgz"] == 0


def test_bytes_that_do_not_match_the_packument_are_refused(upstream, db, tmp_path):
    upstream.tarballs["left-pad-1.3.0.tgz"] = upstream.tarballs["is-number-7.0.0.tgz"]
    client, _ = make_client(upstream, tmp_path)
    with client:
        answer = client.get("/left-pad/-/left-pad-1.3.0.tgz")
    assert answer.status_code == 403 and "integrity mismatch" in answer.json()["error"]


def test_versions_younger_than_min_release_age_are_hidden(upstream, db, tmp_path):
    now = dt.datetime.now(dt.timezone.utc)
    upstream.add("fresh-lib", "1.0.0", {"index.js": "module.exports = 1;\n"}, time=(now - dt.timedelta(days=30)).isoformat())
    upstream.add("fresh-lib", "1.1.0", {"index.js": "module.exports = 2;\n"}, time=(now - dt.timedelta(hours=2)).isoformat())
    client, _ = make_client(upstream, tmp_path, policy=Policy(min_release_age=3))
    with client:
        document = client.get("/fresh-lib").json()
        young = client.get("/fresh-lib/-/fresh-lib-1.1.0.tgz")
    assert list(document["versions"]) == ["1.0.0"] and document["dist-tags"]["latest"] == "1.0.0"
    assert young.status_code == 403 and "min_release_age" in young.json()["error"]


def test_every_refusal_is_logged_even_from_a_reused_packument(upstream, db, tmp_path):
    now = dt.datetime.now(dt.timezone.utc)
    upstream.add("brand-new", "1.0.0", {"index.js": "module.exports = 1;\n"}, time=(now - dt.timedelta(hours=1)).isoformat())
    client, _ = make_client(upstream, tmp_path, policy=Policy(min_release_age=3))
    with client:
        answers = [client.get("/brand-new") for _ in range(3)]  # loaded once, served three times
    assert [a.status_code for a in answers] == [403] * 3
    requests = [e for e in read_log(tmp_path / "decisions.jsonl") if e.get("where") == "packument-request"]
    assert len(requests) == 3 and all(e["package"] == "brand-new" and e["action"] == "block" for e in requests)


def test_a_registry_without_publish_times_is_not_filtered_by_age_and_says_so(upstream, db, tmp_path):
    client, firewall = make_client(upstream, tmp_path, policy=Policy(min_release_age=3))
    with client:
        assert client.get("/is-odd").status_code == 200  # the mirror's recorded packument: no created/modified
    assert any("min_release_age not applied to is-odd" in n for n in firewall.notes)


def test_provenance_regression_is_refused(upstream, db, tmp_path):
    upstream.add("signed-lib", "1.0.0", {"index.js": "module.exports = 1;\n"})
    upstream.packuments["signed-lib"]["versions"]["1.0.0"]["dist"]["attestations"] = {
        "url": "https://registry.npmjs.org/-/npm/v1/attestations/signed-lib@1.0.0", "provenance": {"predicateType": "https://slsa.dev/provenance/v1"}}
    upstream.add("signed-lib", "1.0.1", {"index.js": "module.exports = 2;\n"})
    client, _ = make_client(upstream, tmp_path)
    with client:
        document = client.get("/signed-lib").json()
    assert list(document["versions"]) == ["1.0.0"] and document["dist-tags"]["latest"] == "1.0.0"


def test_views_rewrite_conventional_tarball_urls_to_the_firewall(upstream, db, tmp_path):
    client, _ = make_client(upstream, tmp_path)
    with client:
        npm = client.get("/is-odd").json()
        standard = client.get("/~standard/is-odd").json()
        tarball = client.get("/~standard/is-odd/-/is-odd-3.0.1.tgz")
    assert npm["versions"]["3.0.1"]["dist"]["tarball"].startswith(upstream.url)
    assert standard["versions"]["3.0.1"]["dist"]["tarball"] == "http://testserver/~standard/is-odd/-/is-odd-3.0.1.tgz"
    assert tarball.content == upstream.tarballs["is-odd-3.0.1.tgz"]


def test_many_concurrent_requests_and_one_analysis_per_tarball(upstream, db, tmp_path, monkeypatch):
    from npmward.firewall import gate as gate_module

    evaluated: list[str] = []
    original = gate_module.Gate._evaluate
    monkeypatch.setattr(gate_module.Gate, "_evaluate",
                        lambda self, batch: (evaluated.extend(s.id.name for s, _ in batch), original(self, batch)))
    for i in range(12):
        upstream.add(f"pkg-{i}", "1.0.0", {"index.js": f"module.exports = {i};\n"})
    client, firewall = make_client(upstream, tmp_path)
    paths = [f"/pkg-{i}/-/pkg-{i}-1.0.0.tgz" for i in range(12)] * 3
    with client, ThreadPoolExecutor(max_workers=24) as pool:
        answers = list(pool.map(client.get, paths))
    assert [a.status_code for a in answers] == [200] * len(paths)
    assert sorted(evaluated) == sorted(f"pkg-{i}" for i in range(12))
    assert len(read_log(tmp_path / "decisions.jsonl")) == len(paths)


@pytest.mark.parametrize("fail_open, status", [(False, 403), (True, 200)])
def test_a_slow_analysis_is_answered_by_the_fail_mode(upstream, db, tmp_path, monkeypatch, fail_open, status):
    from npmward.firewall import gate as gate_module

    monkeypatch.delenv("CI", raising=False)  # CI fails closed whatever the setting; this test is about the setting
    release = threading.Event()
    original = gate_module.Gate._evaluate
    monkeypatch.setattr(gate_module.Gate, "_evaluate", lambda self, batch: (release.wait(10), original(self, batch)))
    client, firewall = make_client(upstream, tmp_path, firewall_wait=0.5, firewall_fail_open=fail_open)
    with client:
        started = time.monotonic()
        answer = client.get("/left-pad/-/left-pad-1.3.0.tgz")
        assert time.monotonic() - started < 5
        release.set()
    assert answer.status_code == status
    if not fail_open:
        assert "did not finish within 0.5 s" in answer.json()["error"]


def test_ci_fails_closed_without_an_advisory_database(upstream, tmp_path, monkeypatch):
    from npmward.errors import UsageError

    monkeypatch.setenv("CI", "true")
    with pytest.raises(UsageError, match="advisory database .* is empty"):
        make_client(upstream, tmp_path, firewall_fail_open=True)


def test_the_firewall_is_read_only(upstream, db, tmp_path):
    client, _ = make_client(upstream, tmp_path)
    with client:
        assert client.put("/left-pad", content=b"{}").status_code == 405
