"""Score a held-out (blind) set the way bench/blind-protocol.md asks, in one command.

    python bench/blind_score.py /work/blind49b                      # one part, as soon as it lands
    python bench/blind_score.py /work/blind49a /work/blind49a2 /work/blind49b --out merged.json

Run it with the python of a worktree frozen before the writers started (`git worktree add --detach
…; python -m venv .venv; .venv/bin/pip install -e .`): it scores with the npmward of its own tree.
Several part directories are merged first (a family/sample name taken by an earlier part gets the
part's directory name as a suffix). Then:
1. `bench/detection.py --corpora blind --guarddog --reuse-guarddog --no-doc` scores the malicious
   samples (npmward and GuardDog on the same tarballs); its result is copied to `--out`;
2. every look-alike (`DIR/_benign/<name>/`) is scanned by both tools;
3. one line per sample, the totals and the family means are printed, misses first.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import detection
import detection_report as report
import guarddog_run
from corpus import REPO, Sample, pack_directory

HEADER = "sample\tfamily\tincident\treference\treproduces\n"


def merge(parts: list[Path], into: Path) -> None:
    """Copy every part's `<family>/<sample>/` and manifest rows into one set directory."""
    rows: list[str] = []
    for part in parts:
        renamed: dict[str, str] = {}
        for family in sorted(p for p in part.iterdir() if p.is_dir() and not p.name.startswith("_")):
            for sample in sorted(p for p in family.iterdir() if p.is_dir()):
                name = sample.name
                if (into / family.name / name).exists():
                    name = renamed[sample.name] = f"{sample.name}-{part.name}"
                shutil.copytree(sample, into / family.name / name, symlinks=True)
        manifest = part / "MANIFEST.tsv"
        for line in manifest.read_text().splitlines()[1:] if manifest.is_file() else []:
            cells = line.split("\t")
            cells[0] = renamed.get(cells[0], cells[0])
            rows.append("\t".join(cells))
    (into / "MANIFEST.tsv").write_text(HEADER + "".join(r + "\n" for r in rows))


def score_samples(blind: Path) -> dict:
    subprocess.run([sys.executable, str(REPO / "bench" / "detection.py"), "--corpora", "blind", "--blind", str(blind),
                    "--guarddog", "--reuse-guarddog", "--no-doc"], check=True)
    return json.loads((detection.RESULTS / "detection-blind.json").read_text())


def score_lookalikes(parts: list[Path], packed: Path) -> list[dict]:
    samples = [Sample(d.name, pack_directory(d, packed / "benign" / f"{part.name}__{d.name}.tgz"), "look-alike")
               for part in parts if (part / "_benign").is_dir()
               for d in sorted(p for p in (part / "_benign").iterdir() if p.is_dir())]
    if not samples:
        return []
    shown = detection.scan_command(None, False)
    nw, _, _ = detection.run_npmward(samples, shown, packed / "look-alikes.json")
    version = guarddog_run.ensure_installed()
    rows = []
    for s in samples:
        p, g = nw.get(s.tarball.resolve()), guarddog_run.scan(s.tarball, version)
        rows.append({"name": s.tarball.stem, "family": "_benign",
                     "npmward": None if p is None else report.npmward_result(p),
                     "guarddog": {"score": g.score, "label": g.label, "threats": list(g.threats)}})
    return rows


def line(row: dict) -> str:
    nw, gd = row["npmward"], row["guarddog"] or {}
    ours = "error" if nw is None else f"{nw['verdict']:<10} {nw['score']:>4}  {nw['top'] or '-'}"
    return f"  {row['family']}/{row['name']}\n      npmward {ours}\n      guarddog {gd.get('score')} {','.join(gd.get('threats', []))}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("parts", nargs="+", type=Path, help="set directories: DIR/<family>/<sample>/, DIR/_benign/<name>/")
    parser.add_argument("--out", type=Path, help="keep the detection result (rows) here")
    args = parser.parse_args()
    parts = [p.resolve() for p in args.parts]
    with tempfile.TemporaryDirectory(prefix="npmward-blind-score-") as tmp:
        blind = parts[0]
        if len(parts) > 1:
            blind = Path(tmp) / "set"
            merge(parts, blind)
        data = score_samples(blind)
        lookalikes = score_lookalikes(parts, Path(tmp))
    if args.out:
        args.out.write_text(json.dumps(data, indent=0) + "\n")
    rows = data["rows"]
    for title, chosen in (("missed (clean)", [r for r in rows if not report.nw_at(r, 1)]),
                          ("suspicious only", [r for r in rows if report.nw_at(r, 1) and not report.nw_at(r, 2)]),
                          ("malicious", [r for r in rows if report.nw_at(r, 2)])):
        print(f"{title}: {len(chosen)}")
        print("\n".join(line(r) for r in chosen))
    for level, word in ((1, "flagged"), (2, "malicious")):
        print(f"{word}: npmward {report.rate(sum(report.nw_at(r, level) for r in rows), len(rows))}, "
              f"family mean {report.family_recall(rows, report.nw_at, level)}; "
              f"GuardDog {report.rate(sum(report.gd_at(r, level) for r in rows), len(rows))}, "
              f"family mean {report.family_recall(rows, report.gd_at, level)}")
    if lookalikes:
        print(f"look-alikes: npmward flagged {sum(report.nw_at(r, 1) for r in lookalikes)}/{len(lookalikes)}, "
              f"GuardDog {sum(report.gd_at(r, 1) for r in lookalikes)}/{len(lookalikes)}")
        print("\n".join(line(r) for r in lookalikes))


if __name__ == "__main__":
    main()
