"""The corpora npmward is scored on, as lists of (name, version) or packed fixture samples.

    python bench/corpora.py                      # download every registry corpus, print the counts
    python bench/corpora.py stacks previous      # only these
    python bench/corpora.py --list stacks        # print a corpus's name@version, one a line

Benign corpora that look like users' installs (issue 11):
- `top5000`: the latest versions of the first 5,000 rows of shared/data/npm-top10k.tsv;
- `stacks`: every pinned registry package of every lockfile under bench/stacks/ (deduplicated),
  read with npmward's own lockfile reader;
- `previous`: the 5 previous stable versions (below the latest, highest first) of each of the
  top 500, from their packuments;
- `tail`: the latest versions of every tenth row of ranks 5,001-10,000 (500 packages), less
  popular than any of `top5000`, so less looked at (the forty-first session's addition);
- `traps`: tests/fixtures/benign, legitimate packages that look risky.
Malicious corpora: `malicious` (tests/fixtures/malicious) and `blind` (a directory of the same
layout given by the lead, kept outside the project; packed into a temporary directory so it never
lands in the shared data directory).

Tarballs go to the shared data directory of corpus.py (`$NPMWARD_BENCH_DATA`).
"""

from __future__ import annotations

import argparse
import sys
from functools import cmp_to_key
from pathlib import Path

import corpus
from corpus import REPO, Sample

STACKS = REPO / "bench" / "stacks"
REGISTRY_CORPORA = ("top5000", "stacks", "previous", "tail")
BENIGN = REGISTRY_CORPORA + ("traps",)
MALICIOUS = ("malicious", "blind")


def stack_lockfiles() -> list[Path]:
    return sorted(STACKS.glob("*/package-lock.json"))


def stack_packages(lockfile: Path) -> set[tuple[str, str]]:
    """The registry packages one lockfile pins (an alias counts as the package it installs)."""
    from npmward.lockfiles import read_lockfile
    from npmward.model import DependencyKind

    graph = read_lockfile(lockfile)
    return {(p.registry_name, p.version) for p in graph.packages if p.kind is DependencyKind.REGISTRY}


def stacks() -> list[tuple[str, str]]:
    return sorted(set().union(*(stack_packages(lock) for lock in stack_lockfiles())))


def previous_stable(packument: dict, count: int) -> list[str]:
    """The `count` highest stable versions below the `latest` tag, highest first."""
    from npmward import semver

    latest = (packument.get("dist-tags") or {}).get("latest")
    if not latest or not semver.valid(latest):
        return []
    older = [v for v in packument.get("versions") or {}
             if semver.valid(v) and not semver.parse(v).prerelease and semver.compare(v, latest) < 0]
    return sorted(older, key=cmp_to_key(semver.compare), reverse=True)[:count]


def previous(top: int = 500, count: int = 5) -> tuple[list[tuple[str, str]], list[str]]:
    """`count` previous stable versions of each of the `top` most-downloaded packages, and the
    packages whose packument could not be read."""
    from npmward.registry import RegistryClient
    from npmward.settings import load_settings

    names = [name for name, _ in corpus.top_packages(top)]
    with RegistryClient(load_settings()) as client:
        results = client.fetch_many(lambda name: previous_stable(client.packument(name), count), names, 16)
    failures = [f"{name}: {result}" for name, result in zip(names, results) if not isinstance(result, list)]
    return [(name, v) for name, versions in zip(names, results) if isinstance(versions, list) for v in versions], failures


def packages(name: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The (name, version) list of a registry corpus, and what could not be listed."""
    if name == "top5000":
        return corpus.top_packages(5000), []
    if name == "stacks":
        return stacks(), []
    if name == "previous":
        return previous()
    if name == "tail":
        return corpus.top_packages(10000)[5000::10], []
    raise ValueError(f"{name} is not a registry corpus ({', '.join(REGISTRY_CORPORA)})")


def samples(name: str, blind: Path | None = None, packed: Path | None = None) -> tuple[list[Sample], list[str]]:
    """A corpus as samples whose tarballs are on disk (downloaded or packed), and its failures."""
    if name in REGISTRY_CORPORA:
        wanted, failures = packages(name)
        got, missing = corpus.fetch(wanted, name)
        return got, failures + missing
    if name == "traps":
        return corpus.trap_samples(), []
    if name == "malicious":
        return corpus.family_samples(corpus.FIXTURES / "malicious", "malicious"), []
    if name == "blind":
        if blind is None or packed is None:
            raise ValueError("the blind corpus needs --blind DIR (and a private directory to pack it into)")
        return corpus.family_samples(blind, "blind", packed), []
    raise ValueError(f"unknown corpus {name!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    # Checked by hand: Python 3.11's argparse refuses an empty `nargs="*"` list (and a list default) against `choices`.
    parser.add_argument("corpora", nargs="*", help=f"any of {', '.join(REGISTRY_CORPORA)} (default: all of them)")
    parser.add_argument("--list", action="store_true", help="print name@version of each package instead of downloading")
    args = parser.parse_args()
    unknown = sorted(set(args.corpora) - set(REGISTRY_CORPORA))
    if unknown:
        parser.error(f"unknown corpus {', '.join(unknown)} (choose from {', '.join(REGISTRY_CORPORA)})")
    for name in args.corpora or REGISTRY_CORPORA:
        if args.list:
            wanted, failures = packages(name)
            print("\n".join(f"{n}@{v}" for n, v in wanted))
        else:
            got, failures = samples(name)
            print(f"{name}: {len(got)} tarballs in {corpus.TARBALLS}; {len(failures)} failed")
        for line in failures:
            print(f"  failed: {line}", file=sys.stderr)


if __name__ == "__main__":
    main()
