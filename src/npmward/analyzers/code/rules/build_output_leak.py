"""Secrets written into what a build emits: a bundler plugin that puts the content of credential files (`.env`,
`.npmrc`) into an asset of the build (`this.emitFile`, webpack's `emitAsset`), which is published with the package or
deployed with the site for anyone to read. Build-info and license plugins emit the package's own metadata and the
variables the project marked public (`VITE_*`). Variables are not judged here yet: this rule was written when a loop
that keeps them by prefix still read like the whole environment (it now reads as the variables it keeps), and judging
the whole environment here is left until it has been measured on the benign corpora."""

from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..gates import any_word
from ..view import FileView
from . import rule

EMITS = ("emitFile", "emitAsset", "updateAsset")
"""What a Rollup/Vite plugin (`this.emitFile`) or a webpack compilation (`compilation.emitAsset`) adds to the build."""
EMITS_GATE = any_word(*(name.encode() for name in EMITS))


@rule("build-output-leak", title="Writes secrets into the build's output",
      description="The content of a credential or `.env` file reaches an asset a bundler "
                  "plugin adds to the build (`this.emitFile`, `compilation.emitAsset`), in code the build tool runs: "
                  "published with the package or deployed with the site, the secrets are there for anyone to read "
                  "(high; critical when the plugin also names the host it runs on). Build-info and license plugins "
                  "emit the package's own metadata.",
      category="exfiltration", consumes=("call",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(EMITS_GATE):
        return  # (most files emit nothing into a build: their calls are not read)
    for f in view.of_kind("call"):
        if f.value.rsplit(".", 1)[-1] not in EMITS:
            continue
        labels = view.labels(f)
        if not labels & F.SECRET_DATA or not view.runs_now(f):
            continue
        named = labels & (F.HOST_NAME | F.USER_NAME)
        yield view.finding("build-output-leak", S.CRITICAL if named else S.HIGH, C.HIGH if named else C.MEDIUM,
                           "exfiltration",
                           f"Writes the content of secret files into an asset of the build "
                           f"({f.value}), {view.run_text(f)}: published or deployed with it, anyone can read them.",
                           f, view.level(f))
        return
