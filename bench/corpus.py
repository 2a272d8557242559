"""Inputs shared by the benchmarks: the top-N benign tarballs and the packed fixture corpus.

Tarballs are fetched through npmward's own `RegistryClient` (verified against `dist.integrity`,
cached in npmward's content-addressed cache) and written once to `bench/.work/tarballs/`, so every
tool scans the same bytes from plain files. Fixture directories are packed into `.tgz` with the npm
layout (`package/...`) in `bench/.work/fixtures/`.
"""

from __future__ import annotations

import csv
import gzip
import io
import tarfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TOP_TSV = SHARED / "data" / "npm-top10k.tsv"
WORK = REPO / "bench" / ".work"
TARBALLS = WORK / "tarballs"
PACKED = WORK / "fixtures"
FIXTURES = REPO / "tests" / "fixtures"


@dataclass(frozen=True)
class Sample:
    """One input of a benchmark."""

    name: str
    """Package name (top-N) or fixture sample name."""
    tarball: Path
    """The `.tgz` every tool scans."""
    label: str
    """`benign-top`, `benign-trap` or `malicious`."""
    family: str = ""
    """Incident family (malicious fixtures only)."""


def top_packages(n: int) -> list[tuple[str, str]]:
    """The `n` most-downloaded (name, version) pairs of the shared top-10k list."""
    with TOP_TSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(row["name"], row["version"]) for row in rows[:n]]


def tarball_path(name: str, version: str) -> Path:
    return TARBALLS / f"{name.replace('/', '__')}-{version}.tgz"


def fetch_top(n: int, workers: int = 16) -> tuple[list[Sample], list[str]]:
    """Download (once) the top-`n` tarballs; return the samples and the packages that failed."""
    from npmward.registry import RegistryClient
    from npmward.settings import load_settings

    TARBALLS.mkdir(parents=True, exist_ok=True)
    wanted = top_packages(n)
    missing = [(name, version) for name, version in wanted if not tarball_path(name, version).is_file()]

    def fetch(item: tuple[str, str]) -> Path:
        name, version = item
        path = tarball_path(name, version)
        data = client.tarball(name, version)
        tmp = path.with_suffix(".part")
        tmp.write_bytes(data)
        tmp.replace(path)
        return path

    failures: list[str] = []
    if missing:
        with RegistryClient(load_settings()) as client:
            results = client.fetch_many(fetch, missing, workers)
        for (name, version), result in zip(missing, results):
            if not isinstance(result, Path):
                failures.append(f"{name}@{version}: {result}")
    samples = [Sample(name, tarball_path(name, version), "benign-top")
               for name, version in wanted if tarball_path(name, version).is_file()]
    return samples, failures


def pack_directory(src: Path, dest: Path) -> Path:
    """Pack a package directory as npm does (`package/` prefix), deterministically."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    # gzip header mtime 0 and fixed member times: the same directory always gives the same bytes
    # (and so the same integrity, which is what npmward's verdict cache and GuardDog's result store key on).
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as gz, tarfile.open(fileobj=gz, mode="w") as tar:
        for path in sorted(p for p in src.rglob("*") if p.is_file()):
            info = tarfile.TarInfo("package/" + path.relative_to(src).as_posix())
            data = path.read_bytes()
            info.size = len(data)
            info.mode = 0o644
            info.mtime = 499162500  # npm's fixed 1985-10-26 timestamp
            tar.addfile(info, io.BytesIO(data))
    dest.write_bytes(buffer.getvalue())
    return dest


def fixture_samples() -> list[Sample]:
    """Every malicious and benign-trap fixture directory, packed to `.tgz`."""
    samples: list[Sample] = []
    malicious = FIXTURES / "malicious"
    for family_dir in sorted(p for p in malicious.iterdir() if p.is_dir()):
        for sample_dir in sorted(p for p in family_dir.iterdir() if p.is_dir()):
            dest = PACKED / "malicious" / f"{family_dir.name}__{sample_dir.name}.tgz"
            samples.append(Sample(sample_dir.name, pack_directory(sample_dir, dest), "malicious", family_dir.name))
    for sample_dir in sorted(p for p in (FIXTURES / "benign").iterdir() if p.is_dir()):
        dest = PACKED / "benign" / f"{sample_dir.name}.tgz"
        samples.append(Sample(sample_dir.name, pack_directory(sample_dir, dest), "benign-trap"))
    return samples


if __name__ == "__main__":
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    got, failed = fetch_top(count)
    print(f"{len(got)} tarballs in {TARBALLS}; {len(failed)} failed")
    for line in failed:
        print("  " + line)
