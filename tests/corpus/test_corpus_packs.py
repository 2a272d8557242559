"""The benchmark packs each fixture directory the way npm does, and npmward's own safe loader reads
every packed fixture back with the same files and manifest (so the benchmark scans what is on disk)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from npmward.package import load_tarball

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
import corpus  # noqa: E402  (bench/ is scripts, not a package)

SAMPLES = sorted(p for root in (corpus.FIXTURES / "malicious", corpus.FIXTURES / "benign")
                 for p in root.rglob("package.json") if p.parent.parent.parent.name in ("malicious", "fixtures"))


@pytest.mark.parametrize("manifest", SAMPLES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}")
def test_packed_fixture_loads_with_the_same_files(manifest: Path, tmp_path: Path):
    package_dir = manifest.parent
    data = corpus.pack_directory(package_dir, tmp_path / "p.tgz").read_bytes()
    artifact = load_tarball(data, source=f"tarball:{package_dir.name}")
    on_disk = {p.relative_to(package_dir).as_posix() for p in package_dir.rglob("*") if p.is_file()}
    assert set(artifact.files) == on_disk
    assert artifact.id.name == artifact.manifest["name"]


def test_packing_is_deterministic(tmp_path: Path):
    sample = SAMPLES[0].parent
    first = corpus.pack_directory(sample, tmp_path / "a.tgz").read_bytes()
    second = corpus.pack_directory(sample, tmp_path / "b.tgz").read_bytes()
    assert first == second
