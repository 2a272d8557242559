"""Join a held-out set to the corpus once it has been scored blind (bench/blind-protocol.md).

    python bench/blind_import.py 49 /work/blind49a /work/blind49a2 /work/blind49b /work/blind49c /work/blind49e

Each part's `<family>/<sample>/` is copied to tests/fixtures/malicious/ with its manifest row appended to MANIFEST.tsv,
and each look-alike (`_benign/<name>/`) to tests/fixtures/benign/. A sample or look-alike whose name is taken gets
`-set<NN>` appended (the manifest row too). Directories a writer left that are no sample (`_gen/`) are skipped.
Run the corpus tests after (`pytest tests/corpus`): the inertness test reads every file.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from corpus import FIXTURES


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", help="the set's number (names taken get -set<NN>)")
    parser.add_argument("parts", nargs="+", type=Path)
    args = parser.parse_args()
    malicious, benign = FIXTURES / "malicious", FIXTURES / "benign"
    manifest = malicious / "MANIFEST.tsv"
    rows: list[str] = []
    for part in args.parts:
        renamed: dict[tuple[str, str], str] = {}
        for family in sorted(p for p in part.iterdir() if p.is_dir() and not p.name.startswith("_")):
            for sample in sorted(p for p in family.iterdir() if p.is_dir()):
                name = sample.name if not (malicious / family.name / sample.name).exists() else f"{sample.name}-set{args.set}"
                if (malicious / family.name / name).exists():
                    sys.exit(f"{family.name}/{name} is taken twice: rename it by hand")
                renamed[family.name, sample.name] = name
                shutil.copytree(sample, malicious / family.name / name, symlinks=True)
        for line in (part / "MANIFEST.tsv").read_text().splitlines()[1:]:
            cells = line.split("\t")
            if len(cells) >= 2 and cells[0]:
                cells[0] = renamed.get((cells[1], cells[0]), cells[0])
                rows.append("\t".join(cells))
        for look in sorted(p for p in (part / "_benign").iterdir() if p.is_dir()) if (part / "_benign").is_dir() else []:
            name = look.name if not (benign / look.name).exists() else f"{look.name}-set{args.set}"
            shutil.copytree(look, benign / name, symlinks=True)
    text = manifest.read_text()
    manifest.write_text(text + ("" if text.endswith("\n") else "\n") + "".join(r + "\n" for r in rows))
    print(f"{len(rows)} manifest rows appended", file=sys.stderr)


if __name__ == "__main__":
    main()
