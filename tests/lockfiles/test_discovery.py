"""Lockfile formats are discovered modules: the names, the priority order and the parser all come
from the modules, so adding a format is one file (and its tests)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from npmward import lockfiles
from npmward.lockfiles import LOCKFILE_NAMES, find_lockfile


def test_names_and_priority_come_from_the_format_modules():
    assert LOCKFILE_NAMES == ("npm-shrinkwrap.json", "package-lock.json", "pnpm-lock.yaml", "bun.lock", "yarn.lock")
    for module in lockfiles.FORMATS:
        assert module.NAMES and isinstance(module.PRIORITY, int) and callable(module.parse)
    assert [m.PRIORITY for m in lockfiles.FORMATS] == sorted(m.PRIORITY for m in lockfiles.FORMATS)


def test_the_resolve_stage_recognises_lockfiles_by_the_discovered_names(tmp_path):
    from npmward.pipeline.resolve import resolve_targets

    (tmp_path / "yarn.lock").write_text('# yarn lockfile v1\n\n"left-pad@^1.3.0":\n  version "1.3.0"\n'
                                        '  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz"\n')
    resolved = resolve_targets([str(tmp_path / "yarn.lock")], client_of=lambda: None)
    assert not resolved.errors and [str(s.id) for s in resolved.subjects] == ["left-pad@1.3.0"]


def test_find_lockfile_priority_and_unreadable_names(tmp_path):
    (tmp_path / "bun.lockb").write_bytes(b"\0")
    assert "save-text-lockfile" in _error(lambda: find_lockfile(tmp_path))
    (tmp_path / "yarn.lock").write_text("# yarn lockfile v1\n")
    assert find_lockfile(tmp_path).name == "yarn.lock"
    (tmp_path / "pnpm-lock.yaml").write_text("lockfileVersion: '9.0'\n")
    assert find_lockfile(tmp_path).name == "pnpm-lock.yaml"
    (tmp_path / "package-lock.json").write_text("{}")
    assert find_lockfile(tmp_path).name == "package-lock.json"
    (tmp_path / "npm-shrinkwrap.json").write_text("{}")
    assert find_lockfile(tmp_path).name == "npm-shrinkwrap.json"


def _error(call) -> str:
    try:
        call()
    except lockfiles.LockfileError as exc:
        return str(exc)
    raise AssertionError("no LockfileError")


def test_a_new_format_is_one_module(tmp_path):
    extra = tmp_path / "formats"
    extra.mkdir()
    (extra / "toy.py").write_text(textwrap.dedent('''
        """toy.lock: one `name version` per line."""
        from npmward.lockfiles.parts import GraphParts
        from npmward.model import LockedPackage

        NAMES = ("toy.lock",)
        PRIORITY = 5

        def parse(path, text, manifest):
            parts = GraphParts(format="toy@1")
            for line in text.splitlines():
                name, version = line.split()
                parts.roots.append(parts.add(LockedPackage(name=name, version=version)))
            return parts
    '''))
    project = tmp_path / "project"
    project.mkdir()
    (project / "toy.lock").write_text("left-pad 1.3.0\n")
    (project / "package-lock.json").write_text("{}")
    script = textwrap.dedent(f'''
        import importlib.util, sys
        spec = importlib.util.find_spec("npmward.lockfiles")  # the package, with one more folder of modules
        spec.submodule_search_locations.append({str(extra)!r})
        lockfiles = sys.modules["npmward.lockfiles"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(lockfiles)
        path = lockfiles.find_lockfile({str(project)!r})
        graph = lockfiles.read_lockfile(path)
        print(lockfiles.LOCKFILE_NAMES[0], path.name, graph.format, [p.key for p in graph.packages], graph.chains("left-pad@1.3.0"))
    ''')
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split(" ", 4)[:4] == ["toy.lock", "toy.lock", "toy@1", "['left-pad@1.3.0']"]
    assert "'left-pad@1.3.0'" in done.stdout.split(" ", 4)[4]
