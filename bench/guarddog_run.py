"""GuardDog, run the way it runs: one `guarddog npm scan <tarball>` process per package.

GuardDog lives in its own venv (`<data>/guarddog-venv`, see corpus.py, created on first use with
`python -m venv` + `pip install guarddog`) so its dependencies never touch npmward's. Each result is
stored in `<data>/guarddog-results/` with the wall time of its own process, so an interrupted
run resumes and the reported total is the sum of the per-package times actually measured.

Counting (GuardDog 3.x prints `risk_score: {score, label}` per package, labels: `low` < 5 <=
`suspicious` < 7 <= `high_risk`): a package is *flagged* when its score is >= 5 (the rule of issue 3)
and counts at the *malicious* level when its label is `high_risk` (score >= 7).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from corpus import DATA

VENV = DATA / "guarddog-venv"
GUARDDOG = VENV / "bin" / "guarddog"
RESULTS = DATA / "guarddog-results"
FLAGGED_SCORE = 5.0
HIGH_RISK_SCORE = 7.0


@dataclass(frozen=True)
class GuardDogResult:
    """GuardDog's verdict on one tarball."""

    score: float | None
    """`risk_score.score` (0-10); None when GuardDog failed on the package."""
    label: str
    """`risk_score.label`, or `error`."""
    threats: tuple[str, ...]
    """Names of the threat rules behind the risks GuardDog reported (the reason for a flag)."""
    seconds: float
    """Wall time of the `guarddog npm scan` process for this package."""
    error: str = ""
    """Why GuardDog produced no score (stderr tail), if it did not."""

    @property
    def flagged(self) -> bool:
        return self.score is not None and self.score >= FLAGGED_SCORE

    @property
    def high_risk(self) -> bool:
        return self.score is not None and self.score >= HIGH_RISK_SCORE


def ensure_installed() -> str:
    """Create GuardDog's venv if needed; return its version string."""
    if not GUARDDOG.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(VENV / "bin" / "pip"), "install", "-q", "guarddog"], check=True)
    out = subprocess.run([str(VENV / "bin" / "pip"), "show", "guarddog"], capture_output=True, text=True, check=True)
    return next(line.split(":", 1)[1].strip() for line in out.stdout.splitlines() if line.startswith("Version:"))


def stored_path(tarball: Path, version: str) -> Path:
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()[:32]
    return RESULTS / f"{version}-{digest}.json"


def scan(tarball: Path, version: str, *, reuse: bool = True) -> GuardDogResult:
    """Scan one tarball (or reuse the stored result of the same bytes and GuardDog version)."""
    stored = stored_path(tarball, version)
    if reuse and stored.is_file():
        return GuardDogResult(**{**json.loads(stored.read_text()), "threats": tuple(json.loads(stored.read_text())["threats"])})
    start = time.perf_counter()
    proc = subprocess.run([str(GUARDDOG), "npm", "scan", str(tarball), "--output-format", "json"],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    try:
        report = json.loads(proc.stdout)
        risk = report.get("risk_score") or {}
        threats = tuple(sorted({r.get("threat_rule", "") for r in report.get("risks") or [] if r.get("threat_rule")}))
        result = GuardDogResult(float(risk.get("score", 0.0)), str(risk.get("label", "")), threats, seconds)
    except (ValueError, AttributeError, TypeError):
        tail = " ".join((proc.stderr or proc.stdout).strip().splitlines()[-2:])[:300]
        result = GuardDogResult(None, "error", (), seconds, f"exit {proc.returncode}: {tail}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    stored.write_text(json.dumps({**result.__dict__, "threats": list(result.threats)}))
    return result


if __name__ == "__main__":
    # Pre-warm the result store in the background: python guarddog_run.py TARBALL...
    version = ensure_installed()
    for i, arg in enumerate(sys.argv[1:], 1):
        r = scan(Path(arg).resolve(), version)
        print(f"{i}\t{Path(arg).name}\t{r.score}\t{r.label}\t{r.seconds:.2f}", flush=True)
