"""Detection quality of npmward, side by side with GuardDog, on the same tarballs.

    python bench/detection.py --top 1000 --guarddog

1. Downloads (once) the `--top` most-downloaded packages of shared/data/npm-top10k.tsv through
   npmward's `RegistryClient` into bench/.work/tarballs/ (benign corpus, false-positive rate).
2. Packs tests/fixtures/malicious/<family>/<sample>/ and tests/fixtures/benign/<trap>/ into .tgz
   (recall per sample and per family; false-positive traps).
3. Runs ONE `npmward scan --format json --no-cache` over all of them, and with `--guarddog`,
   `guarddog npm scan` once per tarball (see guarddog_run.py for how GuardDog is counted).
4. Writes bench/results/detection.json and the detection section of docs/benchmarks.md.

npmward counts a package as flagged at the suspicious level when its verdict is `suspicious` or
`malicious`, and at the malicious level when it is `malicious`.
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

import corpus
import guarddog_run
import measure
from corpus import REPO, Sample

DOC = REPO / "docs" / "benchmarks.md"
RESULTS = REPO / "bench" / "results"
LEVEL = {"clean": 0, "suspicious": 1, "malicious": 2}


def run_npmward(samples: list[Sample], jobs: int | None, offline: bool) -> tuple[dict[Path, dict], list[dict], measure.Measured, list[str]]:
    cmd = [shutil.which("npmward") or sys.exit("npmward is not on PATH (pip install -e .)"), "scan", "--format", "json", "--fail-on", "never", "--no-cache"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    if offline:
        cmd.append("--offline")
    measured = measure.run(cmd + [str(s.tarball) for s in samples])
    if measured.returncode not in (0, 1):
        raise SystemExit(f"npmward scan failed (exit {measured.returncode}):\n{measured.stderr[-2000:]}")
    report = json.loads(measured.stdout)
    by_path: dict[Path, dict] = {}
    for package in report["packages"]:
        source = package.get("source", "")
        if source.startswith("tarball:"):
            by_path[Path(source[len("tarball:"):]).resolve()] = package
    shown = ["npmward", "scan", "--format", "json", "--fail-on", "never", "--no-cache"] + (["--jobs", str(jobs)] if jobs else []) + (["--offline"] if offline else [])
    return by_path, report.get("errors", []), measured, shown


def npmward_reason(package: dict) -> str:
    findings = sorted(package.get("findings", []), key=lambda f: ({"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}.get(f.get("severity"), 5)))
    parts = [f"`{f['rule']}` {f.get('message', '')}".strip() + (f" ({f['file']}:{f['line']})" if f.get("file") and f.get("line") else "")
             for f in findings[:3]]
    return "; ".join(parts).replace("|", "\\|").replace("\n", " ")


def rate(k: int, n: int) -> str:
    return f"{k}/{n} ({100 * k / n:.1f}%)" if n else "0/0"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=1000, help="benign corpus size (most-downloaded packages)")
    parser.add_argument("--guarddog", action="store_true", help="also run GuardDog, one process per tarball")
    parser.add_argument("--guarddog-top", type=int, default=None, help="run GuardDog on only the first N benign packages")
    parser.add_argument("--reuse-guarddog", action="store_true",
                        help="reuse stored GuardDog results of the same tarball bytes and GuardDog version")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--offline", action="store_true", help="pass --offline to npmward (no registry metadata)")
    parser.add_argument("--no-doc", action="store_true", help="do not rewrite docs/benchmarks.md")
    args = parser.parse_args()

    top, failures = corpus.fetch_top(args.top)
    if failures:
        print(f"{len(failures)} top packages could not be downloaded:\n  " + "\n  ".join(failures), file=sys.stderr)
    fixtures = corpus.fixture_samples()
    samples = fixtures + top
    print(f"scanning {len(top)} top packages and {len(fixtures)} fixtures with npmward...", file=sys.stderr)
    nw, nw_errors, nw_run, nw_cmd = run_npmward(samples, args.jobs, args.offline)

    gd: dict[Path, guarddog_run.GuardDogResult] = {}
    gd_version = ""
    gd_samples: list[Sample] = []
    if args.guarddog:
        gd_version = guarddog_run.ensure_installed()
        gd_samples = fixtures + (top[: args.guarddog_top] if args.guarddog_top else top)
        for i, sample in enumerate(gd_samples, 1):
            gd[sample.tarball.resolve()] = guarddog_run.scan(sample.tarball, gd_version, reuse=args.reuse_guarddog)
            if i % 50 == 0:
                print(f"  guarddog {i}/{len(gd_samples)}", file=sys.stderr)

    rows = []
    for s in samples:
        p = nw.get(s.tarball.resolve())
        g = gd.get(s.tarball.resolve())
        rows.append({
            "name": s.name, "label": s.label, "family": s.family, "tarball": s.tarball.name,
            "npmward": None if p is None else {"verdict": p["verdict"], "score": p["score"], "reason": npmward_reason(p)},
            "guarddog": None if g is None else {"score": g.score, "label": g.label, "threats": list(g.threats),
                                                "seconds": round(g.seconds, 3), "error": g.error},
        })
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "detection.json").write_text(json.dumps({
        "top": args.top, "npmward_seconds": nw_run.seconds, "npmward_peak_rss_mb": nw_run.peak_rss_mb,
        "npmward_errors": nw_errors, "guarddog_version": gd_version, "rows": rows}, indent=1))
    body = render(args, rows, nw_errors, nw_run, nw_cmd, gd_version, len(gd_samples), failures)
    if not args.no_doc:
        measure.replace_section(DOC, "detection", body)
    print(body)


def render(args, rows, nw_errors, nw_run, nw_cmd, gd_version, gd_count, failures) -> str:
    def nw_at(row, level):  # flagged by npmward at `level` or above
        return row["npmward"] is not None and LEVEL[row["npmward"]["verdict"]] >= level

    def gd_at(row, level):
        g = row["guarddog"]
        return g is not None and g["score"] is not None and g["score"] >= (guarddog_run.FLAGGED_SCORE if level == 1 else guarddog_run.HIGH_RISK_SCORE)

    mal = [r for r in rows if r["label"] == "malicious"]
    top = [r for r in rows if r["label"] == "benign-top"]
    traps = [r for r in rows if r["label"] == "benign-trap"]
    gd_top = [r for r in top if r["guarddog"] is not None]
    families = defaultdict(list)
    for r in mal:
        families[r["family"]].append(r)
    has_gd = bool(gd_version)
    gd_seconds = sum(r["guarddog"]["seconds"] for r in rows if r["guarddog"])
    gd_errors = [r for r in rows if r["guarddog"] and r["guarddog"]["score"] is None]
    missing = [r["tarball"] for r in rows if r["npmward"] is None]

    def fam_recall(check, level):
        per = [sum(check(r, level) for r in rs) / len(rs) for rs in families.values()]
        full = sum(1 for rs in families.values() if any(check(r, level) for r in rs))
        return f"{sum(per) / len(per):.2f} (mean of per-family recall); {full}/{len(per)} families with at least one sample caught"

    L = []
    L.append("## Detection quality: npmward vs GuardDog\n")
    L.append(f"Generated by `python bench/detection.py --top {args.top}{' --guarddog' if has_gd else ''}"
             f"{f' --guarddog-top {args.guarddog_top}' if args.guarddog_top else ''}"
             f"{' --reuse-guarddog' if args.reuse_guarddog else ''}{' --offline' if args.offline else ''}` "
             f"on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. Machine: {measure.machine()}.\n")
    L.append("Inputs: the benign corpus is the latest version of the "
             f"{len(top)} most-downloaded packages of `shared/data/npm-top10k.tsv` (tarballs fetched and verified by "
             "npmward's `RegistryClient`, stored in `bench/.work/tarballs/`); the malicious corpus is "
             f"{len(mal)} inert samples in {len(families)} incident families (`tests/fixtures/malicious/`, see its MANIFEST.tsv), "
             f"and {len(traps)} legitimate-but-risky-looking packages (`tests/fixtures/benign/`). Every directory is packed to "
             "`.tgz` and both tools scan the same files.\n")
    L.append(f"npmward: ONE run `{shlex.join(nw_cmd)} <all {len(rows)} tarballs>`; flagged = verdict `suspicious` or "
             "`malicious`; malicious level = verdict `malicious`.  ")
    if has_gd:
        L.append(f"GuardDog {gd_version} (own venv `bench/.work/guarddog-venv`): `guarddog npm scan <tarball> --output-format json`, "
                 f"one process per tarball, on the fixtures and the first {len(gd_top)} benign packages; flagged = "
                 "`risk_score.score >= 5` (GuardDog's own `suspicious` label starts there); malicious level = score >= 7 "
                 "(GuardDog's `high_risk` label).\n")
    else:
        L.append("GuardDog was not run in this invocation.\n")
    L.append("| | npmward | GuardDog |\n|---|---|---|")
    gd_cell = lambda s: s if has_gd else "not run"
    L.append(f"| FP rate, top {len(top)}, suspicious level or above | {rate(sum(nw_at(r, 1) for r in top), len(top))} | "
             f"{gd_cell(rate(sum(gd_at(r, 1) for r in gd_top), len(gd_top)) + f' (top {len(gd_top)})')} |")
    L.append(f"| FP rate, top {len(top)}, malicious level | {rate(sum(nw_at(r, 2) for r in top), len(top))} | "
             f"{gd_cell(rate(sum(gd_at(r, 2) for r in gd_top), len(gd_top)) + f' (top {len(gd_top)})')} |")
    L.append(f"| benign traps flagged (suspicious+) | {rate(sum(nw_at(r, 1) for r in traps), len(traps))} | {gd_cell(rate(sum(gd_at(r, 1) for r in traps), len(traps)))} |")
    L.append(f"| recall per sample, suspicious+ | {rate(sum(nw_at(r, 1) for r in mal), len(mal))} | {gd_cell(rate(sum(gd_at(r, 1) for r in mal), len(mal)))} |")
    L.append(f"| recall per sample, malicious level | {rate(sum(nw_at(r, 2) for r in mal), len(mal))} | {gd_cell(rate(sum(gd_at(r, 2) for r in mal), len(mal)))} |")
    L.append(f"| recall by family, suspicious+ | {fam_recall(nw_at, 1)} | {gd_cell(fam_recall(gd_at, 1))} |")
    L.append(f"| wall time | {nw_run.seconds:.1f} s for all {len(rows)} tarballs in one process tree (peak RSS {nw_run.peak_rss_mb:.0f} MiB) | "
             f"{gd_cell(f'{gd_seconds:.1f} s, sum of {gd_count} one-by-one runs')} |")
    L.append(f"| inputs with no result | {len(missing)} (errors: {len(nw_errors)}) | {gd_cell(str(len(gd_errors)))} |")
    if failures:
        L.append(f"\n{len(failures)} top packages could not be downloaded and are not in the corpus: " + ", ".join(failures))
    if nw_errors:
        L.append("\nnpmward input errors: " + "; ".join(f"{e.get('target')}: {e.get('message')}" for e in nw_errors))

    L.append("\n### Recall per family\n")
    L.append("| family | samples | npmward suspicious+ | npmward malicious | GuardDog >= 5 | GuardDog >= 7 |\n|---|---|---|---|---|---|")
    for fam, rs in sorted(families.items()):
        L.append(f"| {fam} | {len(rs)} | {sum(nw_at(r, 1) for r in rs)} | {sum(nw_at(r, 2) for r in rs)} | "
                 f"{gd_cell(str(sum(gd_at(r, 1) for r in rs)))} | {gd_cell(str(sum(gd_at(r, 2) for r in rs)))} |")

    L.append("\n### Recall per sample\n")
    L.append("| family / sample | npmward verdict (score) | GuardDog score (label) |\n|---|---|---|")
    for r in sorted(mal, key=lambda r: (r["family"], r["name"])):
        n = r["npmward"]
        g = r["guarddog"]
        L.append(f"| {r['family']} / {r['name']} | {n['verdict'] + ' (' + format(n['score'], '.1f') + ')' if n else 'no result'} | "
                 f"{(format(g['score'], '.1f') + ' (' + g['label'] + ')' if g['score'] is not None else 'error') if g else 'not run'} |")

    L.append("\n### Every flagged benign package\n")
    flagged_nw = [r for r in top + traps if nw_at(r, 1)]
    L.append(f"npmward ({len(flagged_nw)}):\n")
    L.append("| package | corpus | verdict (score) | reason (top findings) |\n|---|---|---|---|")
    for r in flagged_nw:
        L.append(f"| {r['name']} | {r['label']} | {r['npmward']['verdict']} ({r['npmward']['score']:.1f}) | {r['npmward']['reason']} |")
    if has_gd:
        flagged_gd = [r for r in top + traps if gd_at(r, 1)]
        L.append(f"\nGuardDog ({len(flagged_gd)}):\n")
        L.append("| package | corpus | score (label) | threat rules |\n|---|---|---|---|")
        for r in flagged_gd:
            g = r["guarddog"]
            L.append(f"| {r['name']} | {r['label']} | {g['score']:.1f} ({g['label']}) | {', '.join(g['threats'])} |")
        if gd_errors:
            L.append(f"\nGuardDog produced no score for {len(gd_errors)} inputs: " + "; ".join(f"{r['name']}: {r['guarddog']['error']}" for r in gd_errors[:20]))
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    main()
