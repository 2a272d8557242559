#!/usr/bin/env python3
"""Version-diff findings on legitimate releases: the latest release of popular packages against the
release before it. Every finding here is on a (presumably) legitimate release, so this measures how
noisy the version-diff analyzer is on the packages where it weighs most.

Usage: python bench/version_diff_fp.py [--top 60] [--skip 0]
"""

from __future__ import annotations

import argparse
import collections
import time

from npmward.analyzers.registry_facts import previous_version
from npmward.analyzers.version_diff import diff_findings
from npmward.diff import diff_artifacts
from npmward.errors import NpmwardError
from npmward.popularity import load_popularity
from npmward.registry import RegistryClient
from npmward.settings import load_settings
from npmward.verdict import decide


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--skip", type=int, default=0)
    args = parser.parse_args()
    popularity = load_popularity()
    names = [n for n in popularity.names()][args.skip:args.skip + args.top]
    rules: collections.Counter = collections.Counter()
    levels: collections.Counter = collections.Counter()
    started = time.perf_counter()
    with RegistryClient(load_settings()) as client:
        for name in names:
            try:
                packument = client.packument(name)
                latest = packument["dist-tags"]["latest"]
                previous = previous_version(packument, latest)
                if previous is None:
                    print(f"{name}: single release, skipped")
                    continue
                diff = diff_artifacts(client.fetch_artifact(name, previous), client.fetch_artifact(name, latest))
            except (NpmwardError, KeyError) as exc:
                print(f"{name}: error: {exc}")
                continue
            findings = list(diff_findings(diff, popularity.rank(name)))
            verdict = decide(findings)
            levels[verdict.level.value] += 1
            rules.update(f.rule for f in findings)
            summary = "; ".join(f"{f.rule} {f.severity.label}/{f.confidence.label}: "
                                f"{', '.join(c['key'] for c in f.details['changes'][:4])}" for f in findings)
            print(f"{name} {previous} -> {latest}: {verdict.level.value} {verdict.score}  {summary}")
    print(f"\n{sum(levels.values())} releases in {time.perf_counter() - started:.0f} s; verdicts from "
          f"version-diff alone: {dict(levels)}")
    print("findings by rule:", dict(rules.most_common()))


if __name__ == "__main__":
    main()
