"""A CI job, written by the package's code, that hands every secret of the pipeline to someone else."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..strings import unbase64
from ..view import FileView, Grid
from . import rule

CI_JOB = re.compile(r"^\s*(runs-on|steps|jobs|script|before_script|stages|pipelines)\s*:", re.M)
"""The keys of a GitHub Actions, GitLab CI or Bitbucket pipeline definition."""
ALL_SECRETS = re.compile(r"toJSON\(\s*secrets\s*\)")
"""Every secret of the repository or organisation as one JSON value: no job needs them all."""
SENT_OUT = re.compile(r"\b(curl|wget|Invoke-WebRequest|iwr|nc)\b|upload-artifact")
"""The job sends something off the runner (a request, or an artifact anyone with read access downloads)."""
DUMPED = re.compile(r"(^|[\s$(|;])(env|printenv|set)\s*(\||>)|\$\{\{\s*secrets\.[^}]*\}\}")
"""The runner's whole environment piped or saved (`env | base64`, `printenv > f`), or a secret by name."""
MAX_TEMPLATE = 20_000
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), deferred=(S.HIGH, C.HIGH))


HEAD = 4000
"""Base64 characters decoded first: a pipeline's keys (`jobs:`, `runs-on:`) come in its first lines, and the fonts and
images a bundle inlines as base64 are not decoded whole to learn that they are no pipeline."""


def _base64_job(value: str) -> str | None:
    """A pipeline definition kept in base64, as GitHub's contents API takes a file (`PUT /repos/…/contents/.github/
    workflows/x.yml`): decoded, when its first lines already read as one."""
    head = unbase64(value[:HEAD], 40, HEAD)
    if head is None or not CI_JOB.search(head):
        return None
    return head if len(value) <= HEAD else unbase64(value, 40, 2 * MAX_TEMPLATE)


@rule("ci-secret-dump", title="Writes a CI job that sends the pipeline's secrets out",
      description="A pipeline definition the code holds (GitHub Actions, GitLab CI, Bitbucket: `runs-on:`, `steps:`, "
                  "`script:` ...) that takes every secret at once (`${{ toJSON(secrets) }}`), or whose step pipes or saves the "
                  "runner's environment (`env | base64`) or a named secret and sends it with curl/wget, to a URL or as an "
                  "artifact: how Shai-Hulud, GhostAction and the 'second coming' wave turned a token into every "
                  "secret of a repository. A generated release workflow hands a secret to the step that needs it "
                  "(`NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}`) and sends nothing. Also a definition kept in base64 (as GitHub's "
                  "contents API takes the file it commits). High wherever it is written; "
                  "critical at install or load.",
      category="exfiltration", consumes=("string",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    for f in view.all:
        if f.kind != "string" or not 20 < len(f.value) <= 2 * MAX_TEMPLATE:
            continue
        text = f.value if CI_JOB.search(f.value) else _base64_job(f.value)
        if text is None or len(text) > MAX_TEMPLATE:
            continue
        everything = ALL_SECRETS.search(text) is not None
        lines = text.splitlines()
        # (the step that sends may be the next one: `env | base64 > k`, then `curl -d @k ...`)
        sent = any(DUMPED.search(line) and SENT_OUT.search("\n".join(lines[i:i + 3])) for i, line in enumerate(lines))
        if not (everything or sent):
            continue
        level = view.level(f)
        severity, confidence = view.grade(GRID, level)
        what = "every secret of the repository (toJSON(secrets))" if everything else "the runner's environment or secrets"
        yield view.finding("ci-secret-dump", severity, confidence, "exfiltration",
                           f"Holds a CI job that takes {what} and sends it out, {view.when_text(level)}.", f, level)
        return

