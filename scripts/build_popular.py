#!/usr/bin/env python3
"""Regenerate src/npmward/data/popular.tsv, the popularity list typosquat checks compare against.

The public npm registry offers download counts (`https://api.npmjs.org/downloads/point/last-month/<name>`)
but no list of the most-downloaded names, and the caching mirror reachable from npmward's build
machines serves neither downloads nor search. So the list is built from a curated TSV
(`name<TAB>version<TAB>downloads_a_month`, most-downloaded first), by default
`../shared/data/npm-top10k.tsv`. `--downloads-api URL` refreshes the counts of those names from a
registry that offers the downloads point API; this script says so and falls back to the TSV's counts
when the API does not answer.

Usage: python scripts/build_popular.py [--source TSV] [--output TSV] [--downloads-api URL]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "npm-top10k.tsv"
DEFAULT_OUTPUT = REPO / "src" / "npmward" / "data" / "popular.tsv"


def read_source(path: Path) -> list[tuple[str, int]]:
    rows: list[tuple[str, int]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle, delimiter="\t"):
            name = (record.get("name") or "").strip()
            try:
                downloads = int(record.get("downloads_a_month") or 0)
            except ValueError:
                sys.exit(f"{path}: bad download count for {name!r}: {record.get('downloads_a_month')!r}")
            if name:
                rows.append((name, downloads))
    if not rows:
        sys.exit(f"{path}: no packages read (expected columns name, version, downloads_a_month)")
    return rows


def refresh_downloads(rows: list[tuple[str, int]], api: str) -> list[tuple[str, int]]:
    """Ask a downloads API for last month's counts; keep the TSV's count where it gives none."""
    import httpx

    out: list[tuple[str, int]] = []
    with httpx.Client(timeout=20) as client:
        try:
            client.get(f"{api.rstrip('/')}/downloads/point/last-month/npm").raise_for_status()
        except httpx.HTTPError as exc:
            print(f"{api}: no downloads API here ({exc}); using the counts in the source TSV", file=sys.stderr)
            return rows
        for name, downloads in rows:
            try:
                response = client.get(f"{api.rstrip('/')}/downloads/point/last-month/{name}")
                response.raise_for_status()
                downloads = int(response.json().get("downloads", downloads))
            except (httpx.HTTPError, ValueError):
                pass
            out.append((name, downloads))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--downloads-api", help="base URL of an npm downloads API (e.g. the public api.npmjs.org); "
                        "the registry mirror used for development offers none")
    args = parser.parse_args()
    rows = read_source(args.source)
    if args.downloads_api:
        rows = refresh_downloads(rows, args.downloads_api)
    else:
        print("no --downloads-api given: the registry reachable here offers no download counts; "
              f"using the counts in {args.source}", file=sys.stderr)
    seen: set[str] = set()
    unique = [(n, d) for n, d in sorted(rows, key=lambda r: -r[1]) if not (n in seen or seen.add(n))]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write("# npm packages by monthly downloads; regenerate with scripts/build_popular.py\n")
        handle.write("name\tdownloads_a_month\n")
        for name, downloads in unique:
            handle.write(f"{name}\t{downloads}\n")
    print(f"wrote {len(unique)} names to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
