"""Packages built here to exhaust time or the stack end in a result or a clear `PackageLoadError`
within a budget: many gzip members (quadratic before: 64 s for 300,000), directories nested deeper
than `os.walk` can recurse, and node_modules trees nested without end."""

from __future__ import annotations

import gzip
import io
import json
import os
import tarfile
import tempfile
import time
from pathlib import Path

import pytest

from npmward.package import DEFAULT_LIMITS, PackageLoadError, find_installed_packages, load_directory, load_tarball

MANIFEST = json.dumps({"name": "demo", "version": "1.0.0"}).encode()
BUDGET = 20.0  # seconds; generous because the machine is shared


def _tar(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _members(tar: bytes, empty_members: int) -> bytes:
    """The tar split in two gzip members with `empty_members` empty gzip members between them (inside
    the first header, so a reader must go through all of them)."""
    half = 100
    empty = gzip.compress(b"", compresslevel=1, mtime=0)
    return gzip.compress(tar[:half], mtime=0) + empty * empty_members + gzip.compress(tar[half:], mtime=0)


def _timed(call):
    start = time.monotonic()
    try:
        return call()
    finally:
        assert time.monotonic() - start < BUDGET


def test_300000_gzip_members_are_refused_quickly():
    data = _members(_tar({"package/package.json": MANIFEST}), 300_000)
    assert len(data) > 5_000_000
    with pytest.raises(PackageLoadError, match="gzip members"):
        _timed(lambda: load_tarball(data, source="tarball:members.tgz"))


def test_a_few_hundred_gzip_members_load_in_linear_time():
    tar = _tar({"package/package.json": MANIFEST, "package/index.js": b"x" * 200_000})
    data = _members(tar, DEFAULT_LIMITS.max_gzip_members - 3)
    start = time.monotonic()
    artifact = load_tarball(data, source="tarball:members.tgz")
    assert str(artifact.id) == "demo@1.0.0" and len(artifact.files["index.js"]) == 200_000
    assert time.monotonic() - start < BUDGET


def test_trailing_garbage_after_the_last_member_is_ignored_as_gunzip_does():
    data = gzip.compress(_tar({"package/package.json": MANIFEST}), mtime=0) + b"\0" * 5000
    assert str(load_tarball(data, source="x").id) == "demo@1.0.0"


def remove_deep(root) -> None:
    """Remove a tree of any depth (shutil.rmtree and pytest's own cleanup recurse, and full paths
    get longer than PATH_MAX): descend by relative names, remove bottom-up."""
    cwd = os.getcwd()
    os.chdir(root)
    names: list[str] = []
    try:
        while True:
            entries = list(os.scandir("."))
            sub = next((e.name for e in entries if e.is_dir(follow_symlinks=False)), None)
            if sub is not None:
                os.chdir(sub)
                names.append(sub)
                continue
            for entry in entries:
                os.unlink(entry.name)
            if not names:
                break
            os.chdir("..")
            os.rmdir(names.pop())
    finally:
        os.chdir(cwd)
    os.rmdir(root)


@pytest.fixture
def deep_tmp():
    """A directory outside pytest's tmp_path, whose cleanup of old runs recurses and would crash on
    these trees if one were ever left behind."""
    root = Path(tempfile.mkdtemp(prefix="npmward-deep-"))
    yield root / "deep"
    if (root / "deep").exists():
        remove_deep(root / "deep")
    root.rmdir()


def _deep(root, levels: int, name: str = "d") -> None:
    """`levels` nested directories below `root`, created relative to each other (paths stay short)."""
    here = os.open(root, os.O_RDONLY)
    try:
        for _ in range(levels):
            os.mkdir(name, dir_fd=here)
            nxt = os.open(name, os.O_RDONLY, dir_fd=here)
            os.close(here)
            here = nxt
        fd = os.open("deep.js", os.O_WRONLY | os.O_CREAT, dir_fd=here)
        os.write(fd, b"module.exports = 1\n")
        os.close(fd)
    finally:
        os.close(here)


def test_a_directory_1500_levels_deep_is_a_clear_error(deep_tmp):
    deep_tmp.mkdir()
    (deep_tmp / "package.json").write_bytes(MANIFEST)
    _deep(deep_tmp, 1500)
    with pytest.raises(PackageLoadError, match="nested deeper than"):
        _timed(lambda: load_directory(deep_tmp))


def test_a_directory_within_the_depth_cap_loads(tmp_path):
    (tmp_path / "package.json").write_bytes(MANIFEST)
    _deep(tmp_path, 20)
    artifact = load_directory(tmp_path)
    assert "/".join(["d"] * 20) + "/deep.js" in artifact.files


def test_node_modules_nested_without_end_is_a_clear_error(deep_tmp):
    deep_tmp.mkdir()
    (deep_tmp / "package.json").write_text("{}")
    here = os.open(deep_tmp, os.O_RDONLY)
    for level in range(1500):
        os.mkdir("node_modules", dir_fd=here)
        nm = os.open("node_modules", os.O_RDONLY, dir_fd=here)
        os.mkdir("a", dir_fd=nm)
        pkg = os.open("a", os.O_RDONLY, dir_fd=nm)
        fd = os.open("package.json", os.O_WRONLY | os.O_CREAT, dir_fd=pkg)
        os.write(fd, b'{"name": "a", "version": "1.0.%d"}' % level)
        os.close(fd)
        os.close(here)
        os.close(nm)
        here = pkg
    os.close(here)
    with pytest.raises(PackageLoadError, match="nested deeper than"):
        _timed(lambda: find_installed_packages(deep_tmp))


def test_bundled_dependencies_are_part_of_the_package_as_npm_pack_makes_them(tmp_path):
    (tmp_path / "package.json").write_text(json.dumps({
        "name": "app-cli", "version": "1.0.0", "bundleDependencies": ["dotenv", "@s/x", "../../etc", "/abs"]}))
    for dep in ("dotenv", "@s/x", "other"):
        (tmp_path / "node_modules" / dep / "lib").mkdir(parents=True)
        (tmp_path / "node_modules" / dep / "lib" / "main.js").write_text("module.exports = 1\n")
    (tmp_path / "node_modules" / "dotenv" / "node_modules" / "deep").mkdir(parents=True)
    (tmp_path / "node_modules" / "dotenv" / "node_modules" / "deep" / "i.js").write_text("1\n")
    artifact = load_directory(tmp_path)
    assert artifact.id.name == "app-cli"
    assert {"node_modules/dotenv/lib/main.js", "node_modules/@s/x/lib/main.js"} <= set(artifact.files)
    assert not any(p.startswith(("node_modules/other", "node_modules/dotenv/node_modules")) for p in artifact.files)
    (tmp_path / "package.json").write_text(json.dumps({"name": "app-cli", "version": "1.0.0"}))
    assert not any(p.startswith("node_modules/") for p in load_directory(tmp_path).files)
