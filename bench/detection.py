"""Detection quality of npmward on each corpus, side by side with GuardDog on the same tarballs.

    python bench/detection.py                                   # every corpus, npmward only
    python bench/detection.py --guarddog                        # + GuardDog (see below)
    python bench/detection.py --corpora traps malicious --blind DIR --guarddog

Corpora (bench/corpora.py): benign `traps`, `stacks`, `previous`, `tail`, `top5000`; malicious `malicious`
and, with `--blind DIR`, `blind`. For each corpus, in turn:
1. its tarballs are downloaded once (or packed from fixture directories) into the data directory;
2. ONE `npmward scan --format json --fail-on never --no-cache <its tarballs>` runs over them
   (wall time and peak RSS of the process tree measured);
3. with `--guarddog`, `guarddog npm scan` runs once per tarball (guarddog_run.py) on every fixture
   and blind sample, and on an evenly spaced, seeded sample of `--guarddog-sample` packages of each
   benign registry corpus (0 = all of them);
4. its per-package results go to bench/results/detection-<corpus>.json at once, so a long run is
   usable corpus by corpus.
Then the detection block of docs/benchmarks.md and bench/results/detection-flagged.md (every
flagged benign package) are rendered from every bench/results/detection-*.json present.

npmward flags a package at the suspicious level when its verdict is `suspicious` or `malicious`, at
the malicious level when it is `malicious`; GuardDog at score >= 5 and >= 7 (guarddog_run.py).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import corpora
import detection_report as report
import guarddog_run
import measure
from corpus import DATA, REPO, Sample

RESULTS = REPO / "bench" / "results"
RAW = DATA / "reports"
ORDER = ("traps", "malicious", "blind", "stacks", "previous", "tail", "top5000")  # small first


def scan_command(jobs: int | None, offline: bool) -> list[str]:
    return (["npmward", "scan", "--format", "json", "--fail-on", "never", "--no-cache"]
            + (["--jobs", str(jobs)] if jobs else []) + (["--offline"] if offline else []))


def run_npmward(samples: list[Sample], shown: list[str], raw: Path) -> tuple[dict[Path, dict], list[dict], measure.Measured]:
    measured = measure.run([measure.npmward(), *shown[1:], *(str(s.tarball) for s in samples)])
    # Exit 2 = some inputs were refused (each is in `errors`); the report of the others is complete.
    # The raw report is kept beside the tarballs, so no run is lost to a bug in this script.
    raw.parent.mkdir(parents=True, exist_ok=True)
    raw.write_text(measured.stdout)
    try:
        result = json.loads(measured.stdout)
    except ValueError:
        raise SystemExit(f"npmward scan failed (exit {measured.returncode}):\n{measured.stderr[-2000:]}") from None
    by_path = {Path(p["source"][len("tarball:"):]).resolve(): p
               for p in result["packages"] if p.get("source", "").startswith("tarball:")}
    return by_path, result.get("errors", []), measured


def evenly_spaced(samples: list[Sample], count: int, seed: int) -> list[Sample]:
    """`count` samples at a fixed stride from a seeded random offset (all of them when count is 0)."""
    if not count or count >= len(samples):
        return samples
    step = len(samples) / count
    offset = random.Random(seed).random() * step
    return [samples[int(offset + i * step)] for i in range(count)]


def score_corpus(name: str, args, packed: Path) -> dict:
    samples, failures = corpora.samples(name, args.blind, packed)
    if failures:
        print(f"{name}: {len(failures)} packages could not be listed or downloaded", file=sys.stderr)
    shown = scan_command(args.jobs, args.offline)
    print(f"{name}: npmward on {len(samples)} tarballs...", file=sys.stderr)
    load = measure.machine()
    # (the blind set's report stays in its private directory, like its tarballs)
    nw, errors, run = run_npmward(samples, shown, (packed if name == "blind" else RAW) / f"{name}.json")

    gd: dict[Path, guarddog_run.GuardDogResult] = {}
    gd_version = ""
    chosen: list[Sample] = []
    if args.guarddog:
        gd_version = guarddog_run.ensure_installed()
        benign_registry = name in corpora.REGISTRY_CORPORA
        chosen = evenly_spaced(samples, args.guarddog_sample, args.seed) if benign_registry else samples
        print(f"{name}: GuardDog on {len(chosen)} tarballs, one process each...", file=sys.stderr)
        for i, sample in enumerate(chosen, 1):
            gd[sample.tarball.resolve()] = guarddog_run.scan(sample.tarball, gd_version, reuse=args.reuse_guarddog)
            if i % 50 == 0:
                print(f"  guarddog {i}/{len(chosen)}", file=sys.stderr)

    rows = []
    for s in samples:
        p, g = nw.get(s.tarball.resolve()), gd.get(s.tarball.resolve())
        rows.append({"name": s.name, "version": s.version, "family": s.family, "tarball": s.tarball.name,
                     "npmward": None if p is None else report.npmward_result(p),
                     "guarddog": None if g is None else {"score": g.score, "label": g.label, "threats": list(g.threats),
                                                         "seconds": round(g.seconds, 3), "error": g.error}})
    data = {"corpus": name, "commit": measure.commit(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "machine": load, "command": " ".join(shown) + f" <{len(samples)} tarballs>",
            "npmward_seconds": round(run.seconds, 1), "npmward_cpu_seconds": round(run.cpu_seconds, 1),
            "npmward_peak_rss_mb": round(run.peak_rss_mb), "npmward_exit": run.returncode,
            "npmward_errors": errors, "download_failures": failures, "guarddog_version": gd_version,
            "guarddog_sample": len(chosen), "guarddog_sample_of": len(samples) if chosen else 0,
            "guarddog_seed": args.seed if chosen and len(chosen) < len(samples) else None, "rows": rows}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"detection-{name}.json").write_text(json.dumps(data, indent=0) + "\n")
    print(f"{name}: {report.summary_line(data)}", file=sys.stderr)
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", nargs="+", choices=ORDER, help="default: every corpus (blind only with --blind)")
    parser.add_argument("--blind", type=Path, help="held-out samples: DIR/<family>/<sample>/ (+ MANIFEST.tsv)")
    parser.add_argument("--guarddog", action="store_true", help="also run GuardDog, one process per tarball")
    parser.add_argument("--guarddog-sample", type=int, default=300,
                        help="GuardDog on this many evenly spaced packages of each benign registry corpus (0 = all)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the GuardDog sample's offset")
    parser.add_argument("--reuse-guarddog", action="store_true",
                        help="reuse stored GuardDog results of the same tarball bytes and GuardDog version")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--offline", action="store_true", help="pass --offline to npmward")
    parser.add_argument("--no-doc", action="store_true", help="do not rewrite docs/benchmarks.md")
    args = parser.parse_args()
    chosen = args.corpora or [c for c in ORDER if c != "blind" or args.blind]
    if "blind" in chosen and not args.blind:
        parser.error("--corpora blind needs --blind DIR")
    with tempfile.TemporaryDirectory(prefix="npmward-blind-") as packed:
        for name in sorted(chosen, key=ORDER.index):
            score_corpus(name, args, Path(packed))
    report.render_all(RESULTS, write_doc=not args.no_doc)


if __name__ == "__main__":
    main()
