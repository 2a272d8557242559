"""Write a synthetic OSV npm export (`all.zip`) of realistic size for the import/audit benchmark
and for tests.

The real export holds about 215,000 records, almost all `MAL-`. This derives that many from the real
records in shared/fixtures/osv/: each synthetic record is a real one with a new id and, for malware,
a deterministic variant of the package name; about 3% are GHSA vulnerabilities re-targeted at real
package names from shared/data/npm-top10k.tsv (the first few thousand), so audits of real lockfiles
find matches. Deterministic for a given --count and --seed.

    python bench/make_synthetic_osv.py [--count 215000] [--out $NPMWARD_BENCH_DATA/osv-npm-all.zip]
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import zipfile
from pathlib import Path

from corpus import DATA, SHARED

GHSA_SHARE = 0.03
POPULAR_NAMES = 3000


def _templates(shared: Path) -> tuple[list[dict], list[dict]]:
    records = [json.loads(p.read_text()) for p in sorted((shared / "fixtures" / "osv").rglob("*.json"))]
    npm = [r for r in records if any(a["package"]["ecosystem"] == "npm" for a in r.get("affected", ()))]
    return [r for r in npm if r["id"].startswith("MAL-")], [r for r in npm if r["id"].startswith("GHSA-")]


def _popular(shared: Path, limit: int) -> list[str]:
    names = []
    for line in (shared / "data" / "npm-top10k.tsv").read_text().splitlines()[1:]:
        name = line.split("\t", 1)[0].strip()
        if name:
            names.append(name)
        if len(names) >= limit:
            break
    return names


def _ghsa_id(rnd: random.Random) -> str:
    alphabet = "23456789cfghjmpqrvwx"
    return "GHSA-" + "-".join("".join(rnd.choice(alphabet) for _ in range(4)) for _ in range(3))


def synthetic_records(count: int, seed: int = 215, shared: Path = SHARED):
    """Yield (file name, JSON bytes) of `count` synthetic records."""
    rnd = random.Random(seed)
    mal, ghsa = _templates(shared)
    popular = _popular(shared, POPULAR_NAMES)
    for i in range(count):
        if rnd.random() < GHSA_SHARE:
            record = copy.deepcopy(rnd.choice(ghsa))
            record["id"] = _ghsa_id(rnd)
            name = rnd.choice(popular)
        else:
            record = copy.deepcopy(rnd.choice(mal))
            record["id"] = f"MAL-{2022 + i % 5}-{100000 + i}"
            base = record["affected"][0]["package"]["name"]
            name = f"{base}-{i:06d}" if not base.startswith("@") else f"{base}-{i:06d}"
        record["aliases"] = []
        for entry in record["affected"]:
            entry["package"]["name"] = name
            entry["package"]["ecosystem"] = "npm"
        yield f"{record['id']}.json", json.dumps(record, indent=2).encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=215_000)
    parser.add_argument("--seed", type=int, default=215)
    parser.add_argument("--out", type=Path, default=DATA / "osv-npm-all.zip")
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(args.out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in synthetic_records(args.count, args.seed):
            archive.writestr(name, data)
    print(f"wrote {args.count} records to {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
