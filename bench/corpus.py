"""Inputs shared by the benchmarks: registry tarballs and the packed fixture corpora.

Everything a benchmark downloads or builds lives in one data directory outside git:
`$NPMWARD_BENCH_DATA`, default `bench/.work` (on the shared machine `/work/bench-data`, so several
worktrees scan the same files). Tarballs are fetched through npmward's own `RegistryClient`
(verified against `dist.integrity`) and written once to `<data>/tarballs/<name, / as __>-<version>.tgz`,
so every tool scans the same bytes from plain files. Fixture directories are packed into `.tgz` with
the npm layout (`package/...`) in `<data>/fixtures/`.
"""

from __future__ import annotations

import csv
import gzip
import io
import os
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# shared/ lies beside the main checkout (/work/main) and above the worktrees (/work/wt/<name>).
SHARED = Path(os.environ.get("NPMWARD_SHARED_DIR")
              or next((p / "shared" for p in REPO.parents if (p / "shared" / "data").is_dir()), REPO.parent / "shared"))
TOP_TSV = SHARED / "data" / "npm-top10k.tsv"
DATA = Path(os.environ.get("NPMWARD_BENCH_DATA") or REPO / "bench" / ".work").resolve()
TARBALLS = DATA / "tarballs"
PACKED = DATA / "fixtures"
FIXTURES = REPO / "tests" / "fixtures"


@dataclass(frozen=True)
class Sample:
    """One input of a benchmark."""

    name: str
    """Package name (registry corpora) or fixture sample name."""
    tarball: Path
    """The `.tgz` every tool scans."""
    label: str
    """The corpus it belongs to (`top5000`, `stacks`, `traps`, `malicious`, ...)."""
    family: str = ""
    """Incident family (malicious fixtures only)."""
    version: str = ""
    """Package version (registry corpora only)."""

    @property
    def key(self) -> str:
        return f"{self.name}@{self.version}" if self.version else self.name


def top_packages(n: int) -> list[tuple[str, str]]:
    """The `n` most-downloaded (name, version) pairs of the shared top-10k list."""
    with TOP_TSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(row["name"], row["version"]) for row in rows[:n]]


def tarball_path(name: str, version: str) -> Path:
    return TARBALLS / f"{name.replace('/', '__')}-{version}.tgz"


def fetch(packages: list[tuple[str, str]], label: str, workers: int = 16) -> tuple[list[Sample], list[str]]:
    """Download (once; an interrupted run resumes) each (name, version) into TARBALLS, in parallel.
    Returns the samples whose tarball is there, in the given order, and one line per package that
    could not be fetched (e.g. a version the mirror lacks): failures are reported, never fatal."""
    from npmward.registry import RegistryClient
    from npmward.settings import load_settings

    TARBALLS.mkdir(parents=True, exist_ok=True)
    missing = [(name, version) for name, version in packages if not tarball_path(name, version).is_file()]
    done = [0]

    def download(item: tuple[str, str]) -> Path:
        name, version = item
        path = tarball_path(name, version)
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(client.tarball(name, version))
        tmp.replace(path)
        done[0] += 1
        if done[0] % 500 == 0:
            print(f"  {label}: downloaded {done[0]}/{len(missing)}", file=sys.stderr)
        return path

    failures: list[str] = []
    if missing:
        print(f"{label}: downloading {len(missing)} of {len(packages)} tarballs into {TARBALLS}", file=sys.stderr)
        with RegistryClient(load_settings()) as client:
            results = client.fetch_many(download, missing, workers)
        failures = [f"{name}@{version}: {result}" for (name, version), result in zip(missing, results)
                    if not isinstance(result, Path)]
    samples = [Sample(name, tarball_path(name, version), label, version=version)
               for name, version in packages if tarball_path(name, version).is_file()]
    return samples, failures


def fetch_top(n: int, workers: int = 16) -> tuple[list[Sample], list[str]]:
    """The latest versions of the `n` most-downloaded packages (see `fetch`)."""
    return fetch(top_packages(n), f"top{n}", workers)


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


def family_samples(root: Path, label: str, packed: Path = PACKED) -> list[Sample]:
    """Every `<root>/<family>/<sample>/` package directory (the layout of tests/fixtures/malicious),
    packed to `.tgz` under `<packed>/<label>/`. A family directory named `_…` (a held-out set's
    `_benign/` look-alikes) is not malicious and is left out."""
    samples: list[Sample] = []
    for family_dir in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")):
        for sample_dir in sorted(p for p in family_dir.iterdir() if p.is_dir()):
            dest = packed / label / f"{family_dir.name}__{sample_dir.name}.tgz"
            samples.append(Sample(sample_dir.name, pack_directory(sample_dir, dest), label, family_dir.name))
    return samples


def trap_samples() -> list[Sample]:
    """The legitimate-but-risky-looking packages of tests/fixtures/benign, packed to `.tgz`."""
    return [Sample(d.name, pack_directory(d, PACKED / "benign" / f"{d.name}.tgz"), "traps")
            for d in sorted(p for p in (FIXTURES / "benign").iterdir() if p.is_dir())]


def fixture_samples() -> list[Sample]:
    """Every malicious and benign-trap fixture directory, packed to `.tgz`."""
    return family_samples(FIXTURES / "malicious", "malicious") + trap_samples()


if __name__ == "__main__":
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    got, failed = fetch_top(count)
    print(f"{len(got)} tarballs in {TARBALLS}; {len(failed)} failed")
    for line in failed:
        print("  " + line)
