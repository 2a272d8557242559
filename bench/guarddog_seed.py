"""Fill GuardDog's result store (guarddog_run.RESULTS) from the committed detection results.

    python bench/guarddog_seed.py            # after bench/corpora.py, before detection.py --reuse-guarddog

On a new machine the store is empty, and GuardDog takes about half a minute of CPU per hundred
packages. A stored result is keyed by GuardDog's version and the tarball's bytes, so a committed row
is copied into the store only when those are known to be the same: GuardDog's installed version is
the one the results name, and the tarball is a registry release (immutable under its name@version)
or a fixture directory not changed since the results' commit (packed deterministically, so the same
bytes). Everything else is left for GuardDog to scan.
"""

from __future__ import annotations

import json
import subprocess
import sys

import corpora
import guarddog_run
from corpus import FIXTURES, REPO
from detection import RESULTS


def changed_since(commit: str) -> set[str]:
    """Fixture paths (relative to tests/fixtures) changed or added since `commit`, committed or not."""
    out = subprocess.run(["git", "-C", str(REPO), "diff", "--name-only", commit, "--", str(FIXTURES)],
                         capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"git diff {commit}: {out.stderr.strip()}")
    untracked = subprocess.run(["git", "-C", str(REPO), "ls-files", "--others", "--", str(FIXTURES)],
                               capture_output=True, text=True, check=True).stdout
    root = FIXTURES.relative_to(REPO).as_posix() + "/"
    return {p[len(root):] for p in (out.stdout + untracked).splitlines()}


def fixture_dir(name: str, row: dict) -> str:
    return f"malicious/{row['family']}/{row['name']}/" if name == "malicious" else f"benign/{row['name']}/"


def main() -> None:
    version = guarddog_run.ensure_installed()
    for name in ("traps", "malicious", *corpora.REGISTRY_CORPORA):
        path = RESULTS / f"detection-{name}.json"
        data = json.loads(path.read_text()) if path.is_file() else None
        if not data or data.get("guarddog_version") != version:
            print(f"{name}: no committed GuardDog {version} results", file=sys.stderr)
            continue
        changed = changed_since(data["commit"]) if name in ("traps", "malicious") else set()
        tarballs = {s.tarball.name: s.tarball for s in corpora.samples(name)[0]}
        seeded = skipped = 0
        for row in data["rows"]:
            g, tarball = row["guarddog"], tarballs.get(row["tarball"])
            if g is None or tarball is None or any(c.startswith(fixture_dir(name, row)) for c in changed):
                skipped += g is not None
                continue
            stored = guarddog_run.stored_path(tarball, version)
            if not stored.exists():
                stored.parent.mkdir(parents=True, exist_ok=True)
                stored.write_text(json.dumps({k: g[k] for k in ("score", "label", "threats", "seconds", "error")}))
                seeded += 1
        print(f"{name}: {seeded} results stored, {skipped} left for GuardDog (changed or not on disk)", file=sys.stderr)


if __name__ == "__main__":
    main()
