"""The install phase without npm (sandbox/unpack.py): which trees it takes, and that whatever would
make npm run code, or that it would not extract as npm does, sends the tree back to npm."""

from __future__ import annotations

import io
import json
import os
import tarfile
from pathlib import Path

from sandbox_helpers import needs_sandbox

from npmward.model import Artifact, PackageId
from npmward.sandbox import DepPackage, SandboxDeps, run
from npmward.sandbox.deps import unpack_plan
from npmward.sandbox.unpack import unpack


def tgz(path: Path, entries: dict[str, bytes | str | None], top: str = "package") -> str:
    """A tarball of `entries` (name -> bytes; None: a directory; str starting with '->': a symlink)."""
    with tarfile.open(path, "w:gz") as tar:
        for name, data in entries.items():
            info = tarfile.TarInfo(f"{top}/{name}" if top else name)
            if data is None:
                info.type = tarfile.DIRTYPE
                tar.addfile(info)
            elif isinstance(data, str):
                info.type, info.linkname = tarfile.SYMTYPE, data[2:]
                tar.addfile(info)
            else:
                info.size, info.mode = len(data), 0o600
                tar.addfile(info, io.BytesIO(data))
    return str(path)


def manifest(name: str, version: str = "1.0.0", **extra) -> dict:
    return {"name": name, "version": version, **extra}


def pj(**doc) -> bytes:
    return json.dumps(doc).encode()


def artifact(**extra) -> Artifact:
    m = manifest("app-lib", **extra)
    return Artifact(PackageId("app-lib", "1.0.0"), {"package.json": pj(**m), "index.js": b"module.exports = 1\n"}, m, "directory:/app-lib")


def dep(name: str, version: str = "1.0.0", **extra) -> DepPackage:
    return DepPackage(name, version, manifest(name, version, **extra), "sha512-x", f"/store/{name}.tgz")


def test_a_tree_without_install_hooks_is_unpacked_flat_where_it_can_be():
    tree = unpack_plan(artifact(dependencies={"left": "^1"}), "/stage/target.tgz", "sha512-t", SandboxDeps((dep("left"),)))
    assert [p["path"] for p in tree] == ["node_modules/app-lib", "node_modules/left"]
    assert tree[0]["tarball"] == "/stage/target.tgz"


def test_two_versions_of_a_name_are_placed_as_npm_places_them():
    deps = SandboxDeps((dep("left", "1.4.0"), dep("mid", dependencies={"left": "^2.0.0", "@s/right": "*"}),
                        dep("left", "2.1.0", dependencies={"@s/right": "^1"}), dep("@s/right")))
    tree = unpack_plan(artifact(dependencies={"left": "^1.2", "mid": "1"}), "/t.tgz", "sha512-t", deps)
    assert {p["path"]: p["version"] for p in tree} == {
        "node_modules/app-lib": "1.0.0", "node_modules/left": "1.4.0", "node_modules/mid": "1.0.0",
        "node_modules/mid/node_modules/left": "2.1.0", "node_modules/@s/right": "1.0.0"}


def test_trees_npm_must_install_are_left_to_npm():
    art = artifact(dependencies={"left": "^1"})
    cases = {
        "a dependency's install script": SandboxDeps((dep("left", scripts={"postinstall": "node x.js"}),)),
        "the registry says it has one": SandboxDeps((dep("left", hasInstallScript=True),)),
        "a node-gyp build": SandboxDeps((dep("left", gypfile=True),)),
        "no provided version in range": SandboxDeps((dep("left", "2.0.0"),)),
        "a dependency not provided": SandboxDeps((dep("left"),), notes=("dependency x@1 could not be provided",)),
        "an alias": SandboxDeps((dep("left", dependencies={"right": "npm:left@^1"}),)),
    }
    for why, deps in cases.items():
        assert unpack_plan(art, "/t.tgz", "sha512-t", deps) is None, why
    assert unpack_plan(artifact(scripts={"install": "make"}), "/t.tgz", "sha512-t", SandboxDeps()) is None
    gyp = Artifact(PackageId("app-lib", "1.0.0"), {"package.json": b"{}", "binding.gyp": b"{}"}, manifest("app-lib"), "directory:/g")
    assert unpack_plan(gyp, "/t.tgz", "sha512-t", SandboxDeps()) is None


def test_another_platforms_optional_dependency_is_skipped_as_npm_skips_it():
    skipped = DepPackage("@x/win32", "1.0.0", manifest("@x/win32", os=["win32"]))  # no integrity: npm skips it
    tree = unpack_plan(artifact(optionalDependencies={"@x/win32": "1"}), "/t.tgz", "sha512-t", SandboxDeps((skipped,)))
    assert [p["name"] for p in tree] == ["app-lib"]


def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir(parents=True)
    (root / "package.json").write_text(json.dumps({"name": "dashboard", "version": "1.0.0"}))
    return root


def test_unpack_lays_out_node_modules_bins_and_lockfiles_as_npm_does(tmp_path):
    main = tgz(tmp_path / "a.tgz", {"package.json": pj(name="app-lib", version="1.0.0", bin={"app": "./cli.js"},
                                                       dependencies={"@s/left": "^1"}),
                                    "cli.js": b"#!/usr/bin/env node\n", "lib": None, "lib/x.js": b"1",
                                    "evil-link": "->/etc/passwd"})
    left = tgz(tmp_path / "l.tgz", {"package.json": pj(name="@s/left", version="1.2.0")}, top="node")
    root = project(tmp_path)
    tree = [{"path": "node_modules/app-lib", "name": "app-lib", "version": "1.0.0", "tarball": main, "integrity": "sha512-a"},
            {"path": "node_modules/@s/left", "name": "@s/left", "version": "1.2.0", "tarball": left, "integrity": "sha512-l"},
            {"path": "node_modules/@s/left/node_modules/app-lib", "name": "app-lib", "version": "1.0.0", "tarball": main,
             "integrity": "sha512-a"}]
    assert unpack(root, tree, "registry.npmjs.org") is None
    nm = root / "node_modules"
    assert (nm / "app-lib" / "lib" / "x.js").read_bytes() == b"1"
    assert json.loads((nm / "@s" / "left" / "package.json").read_text())["version"] == "1.2.0"
    assert not os.path.lexists(nm / "app-lib" / "evil-link")  # links are dropped, as pacote drops them
    assert os.readlink(nm / ".bin" / "app") == "../app-lib/cli.js"
    assert os.readlink(nm / "@s" / "left" / "node_modules" / ".bin" / "app") == "../app-lib/cli.js"  # nested: beside it
    assert (nm / "app-lib" / "cli.js").stat().st_mode & 0o777 == 0o755
    assert (nm / "app-lib" / "lib" / "x.js").stat().st_mode & 0o777 == 0o644
    lock = json.loads((root / "package-lock.json").read_text())
    assert lock["packages"][""]["dependencies"] == {"app-lib": "1.0.0"}
    assert lock["packages"]["node_modules/@s/left"]["integrity"] == "sha512-l"
    assert "node_modules/app-lib" in json.loads((nm / ".package-lock.json").read_text())["packages"]


def test_what_the_tarball_really_holds_sends_it_back_to_npm(tmp_path):
    cases = [  # (what the refusal says, the tarball's entries)
        # manifest confusion: the registry's manifest had no hook, the tarball's package.json has one
        ("package.json declares an install script", {"package.json": pj(name="app-lib", scripts={"preinstall": "node x"})}),
        ("node_modules/b/package.json declares an install script",
         {"package.json": pj(name="app-lib"), "node_modules/b/package.json": pj(name="b", scripts={"install": "node x"})}),
        ("npm builds it with node-gyp", {"package.json": pj(name="app-lib"), "src/binding.gyp": b"{}"}),
        ("leaves the package", {"package.json": pj(name="app-lib"), "../../../outside.txt": b"x"}),
        ("no package.json", {"index.js": b"1"}),
    ]
    for i, (why, entries) in enumerate(cases):
        root = project(tmp_path / str(i))
        ball = tgz(tmp_path / f"{i}.tgz", entries)
        tree = [{"path": "node_modules/app-lib", "name": "app-lib", "version": "1.0.0", "tarball": ball,
                 "integrity": "sha512-a"}]
        reason = unpack(root, tree, "registry.npmjs.org")
        assert reason is not None and why in reason, (why, reason)
        assert not (root / "node_modules").exists(), why
        assert not (tmp_path / "outside.txt").exists()


def test_bombs_go_to_npm_under_the_install_phase_limits(tmp_path, monkeypatch):
    from npmward.sandbox import unpack as unpack_module

    monkeypatch.setattr(unpack_module, "MAX_ENTRIES", 50)
    monkeypatch.setattr(unpack_module, "MAX_MANIFEST", 1000)
    many = {"package.json": pj(name="app-lib"), **{f"f{i}.js": b"1" for i in range(60)}}
    big = {"package.json": pj(name="app-lib", description="x" * 2000)}
    for i, (why, entries) in enumerate([("more than 50 entries", many), ("is over 1000 bytes", big)]):
        root = project(tmp_path / str(i))
        tree = [{"path": "node_modules/app-lib", "name": "app-lib", "version": "1.0.0",
                 "tarball": tgz(tmp_path / f"{i}.tgz", entries), "integrity": "sha512-a"}]
        reason = unpack(root, tree, "registry.npmjs.org")
        assert reason is not None and why in reason, (why, reason)
        assert not (root / "node_modules").exists()


def inert_package(tmp_path: Path, scripts_in_tarball: dict) -> tuple[Artifact, SandboxDeps]:
    """A package whose registry manifest declares no script; its tarball's package.json may."""
    m = manifest("confused-pkg")
    index = b"module.exports = () => 'ok'\n"
    ball = tgz(tmp_path / "confused.tgz", {"package.json": pj(**m, scripts=scripts_in_tarball), "index.js": index})
    return Artifact(PackageId("confused-pkg", "1.0.0"), {"package.json": pj(**m), "index.js": index}, m,
                    "directory:/confused"), SandboxDeps(target=ball)


def in_sandbox(test):
    for mark in needs_sandbox():
        test = mark(test)
    return test


@in_sandbox
def test_a_plain_package_is_unpacked_and_still_loaded_and_called(tmp_path):
    art, deps = inert_package(tmp_path, {"test": "echo never"})
    result = run(art, deps)
    install, load, execute = result.phases
    assert install.unpacked and install.root_pid is None and not result.incidents
    assert load.exit_code == 0 and execute.exit_code == 0
    assert any(list(p.argv[:2]) == ["node", "npmward-exercise.js"] for p in result.processes)


@in_sandbox
def test_an_install_hook_only_the_tarball_declares_goes_to_npm(tmp_path):
    art, deps = inert_package(tmp_path, {"postinstall": "echo INERT-POSTINSTALL-MARKER"})
    result = run(art, deps)
    install = result.phases[0]
    assert not install.unpacked and install.root_pid is not None  # npm ran, under strace
    assert any(p.actor == "npm" for p in result.processes)
