#!/usr/bin/env python3
"""Typosquat false positives, measured on legitimate names.

Hold-out: the index is built from the top N (default 5,000) names of the popularity list and the
names ranked N+1..10,000 — legitimate, less popular packages — are checked against it. Every one
flagged is a false positive. Also counts how many of the top 10,000 would be flagged against the
others if the rule "a pair of popular names is not a finding" did not exist, and times `check`.

Usage: python bench/typosquat_fp.py [--split 5000] [--list]
"""

from __future__ import annotations

import argparse
import collections
import time

from npmward.analyzers.typosquat import TyposquatIndex, match_finding
from npmward.model import Severity
from npmward.popularity import load_popularity


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", type=int, default=5000)
    parser.add_argument("--list", action="store_true", help="print every false positive")
    args = parser.parse_args()
    popularity = load_popularity()
    names = popularity.names()
    started = time.perf_counter()
    index = TyposquatIndex(popularity.top(args.split))
    built = time.perf_counter() - started
    held_out = names[args.split:]
    started = time.perf_counter()
    flagged = [(n, index.check(n)) for n in held_out]
    elapsed = time.perf_counter() - started
    flagged = [(n, m) for n, m in flagged if m]
    weighted = [(n, m) for n, m in flagged if match_finding(n, m).severity > Severity.INFO]
    medium = [(n, m) for n, m in flagged if match_finding(n, m).severity >= Severity.MEDIUM]
    by_rule = collections.Counter()
    by_level = collections.Counter()
    for name, matches in flagged:
        finding = match_finding(name, matches)
        by_rule[finding.rule] += 1
        by_level[f"{finding.severity.label}/{finding.confidence.label}"] += 1
    print(f"index of top {args.split}: built in {built * 1000:.0f} ms")
    print(f"checked {len(held_out)} held-out names in {elapsed * 1000:.0f} ms "
          f"({elapsed / len(held_out) * 1e6:.1f} us per name)")
    print(f"any finding, INFO included: {len(flagged)} = {len(flagged) / len(held_out):.2%}")
    print(f"false positives (LOW or above): {len(weighted)} = {len(weighted) / len(held_out):.2%}")
    print(f"false positives at MEDIUM severity: {len(medium)} = {len(medium) / len(held_out):.2%}")
    print("by rule:", dict(by_rule.most_common()))
    print("by severity/confidence:", dict(by_level.most_common()))
    full = TyposquatIndex(popularity)
    without_pair_rule = sum(1 for n in names if full.check(n, pair_rule=False))
    print(f"top {len(names)} flagged against each other without the pair rule: {without_pair_rule} "
          f"= {without_pair_rule / len(names):.2%} (with it: 0 by construction)")
    if args.list:
        for name, matches in flagged:
            finding = match_finding(name, matches)
            print(f"  {name:40} {finding.rule:34} {finding.severity.label}/{finding.confidence.label:6} "
                  f"-> {matches[0].target} ({matches[0].explanation})")


if __name__ == "__main__":
    main()
