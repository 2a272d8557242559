"""Secrets written into what a build emits: a bundler plugin that puts the content of credential files (`.env`,
`.npmrc`) or the whole environment into an asset of the build (`this.emitFile`, webpack's `emitAsset`), which is
published with the package or deployed with the site for anyone to read. Build-info and license plugins emit the
package's own metadata and the variables the project marked public (`VITE_*`, a loop or filter keeping them by prefix
reads as those variables, not as the environment)."""

from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..gates import any_word
from ..view import FileView
from . import rule
from ._chain import sinks

EMITS = ("emitFile", "emitAsset", "updateAsset")
"""What a Rollup/Vite plugin (`this.emitFile`) or a webpack compilation (`compilation.emitAsset`) adds to the build."""
EMITS_GATE = any_word(*(name.encode() for name in EMITS))


@rule("build-output-leak", title="Writes secrets into the build's output",
      description="The content of a credential or `.env` file, or the whole environment, reaches an asset a bundler "
                  "plugin adds to the build (`this.emitFile`, `compilation.emitAsset`), in code the build tool runs: "
                  "published with the package or deployed with the site, the secrets are there for anyone to read "
                  "(high; critical when the plugin also names the host it runs on or reports to a host it names). "
                  "Build-info and license plugins emit the package's own metadata.",
      category="exfiltration", consumes=("call",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(EMITS_GATE):
        return  # (most files emit nothing into a build: their calls are not read)
    for f in view.of_kind("call"):
        if f.value.rsplit(".", 1)[-1] not in EMITS:
            continue
        labels = view.labels(f)
        if not labels & F.SECRETS or not view.runs_now(f):
            continue
        # The plugin also names the machine, or tells a host of its own where the build went (the site's address in
        # a beacon): the asset is left for someone to fetch.
        beacon = next((s for s in sinks(view) if s.destination & F.REMOTE and view.runs_now(s.fact)), None)
        named = labels & (F.HOST_NAME | F.USER_NAME) or beacon is not None
        what = "the content of secret files" if labels & F.SECRET_DATA else "the whole environment"
        told = f"; the plugin reports to a host it names (line {beacon.fact.line})" if beacon is not None else ""
        yield view.finding("build-output-leak", S.CRITICAL if named else S.HIGH, C.HIGH if named else C.MEDIUM,
                           "exfiltration",
                           f"Writes {what} into an asset of the build ({f.value}), {view.run_text(f)}: published or "
                           f"deployed with it, anyone can read them{told}.",
                           f, view.level(f))
        return
