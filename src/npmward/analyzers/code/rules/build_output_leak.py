"""Secrets written into what a build emits: a bundler plugin that puts the content of credential files (`.env`,
`.npmrc`) or the whole environment into an asset of the build (`this.emitFile`, webpack's `emitAsset`), which is
published with the package or deployed with the site for anyone to read. Build-info and license plugins emit the
package's own metadata and the variables the project marked public (`VITE_*`, a loop or filter keeping them by prefix
reads as those variables, not as the environment). A file of the project written with the whole environment is the same
leak when the package also reports to a host it names (where the site was deployed, for the file to be fetched): a
config wrapper writing `public/__env.js`."""

from __future__ import annotations

from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from .. import flow as F
from ..behaviours import sends, writes_file
from ..program import Fact
from ..view import FileView
from . import rule
from ._chain import sinks

EMITS = ("emitFile", "emitAsset", "updateAsset")
"""What a Rollup/Vite plugin (`this.emitFile`) or a webpack compilation (`compilation.emitAsset`) adds to the build."""


@rule("build-output-leak", title="Writes secrets into the build's output",
      description="The content of a credential or `.env` file, or the whole environment, reaches an asset a bundler "
                  "plugin adds to the build (`this.emitFile`, `compilation.emitAsset`), in code the build tool runs: "
                  "published with the package or deployed with the site, the secrets are there for anyone to read "
                  "(high; critical when the plugin also names the host it runs on or reports to a host it names). "
                  "Build-info and license plugins emit the package's own metadata. The whole environment written to "
                  "a file of the project (under the working directory), in code that runs, by a package that also "
                  "reports to a host it names (this file or one it requires): high.",
      category="exfiltration", consumes=("call",), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    for f in view.of_kind("call"):
        emits = f.value.endswith(EMITS) and f.value.rsplit(".", 1)[-1] in EMITS  # (every call of every file: endswith first)
        if not emits and not writes_file(f):
            continue
        # (what a file write writes is its second argument: its path may carry anything, field-insensitively)
        labels = view.labels(f) if emits else view.facts.graph.value(f.flows[1]) if len(f.flows) > 1 else 0
        if not labels & (F.SECRETS if emits else F.ENV_ALL) or not view.runs_now(f):
            continue
        if not emits:
            # (the environment read where the write's function can reach it: a bundle's field-insensitive flow carries
            # it into wrangler's CPU profile written beside the project)
            labels = view.related_labels(f.scope, f.flows[1:2], labels)
            if not labels & F.ENV_ALL:
                continue
        if not emits and not (f.flows and view.facts.graph.value(f.flows[0]) & F.CWD_PATH):
            continue  # (into the project, which is deployed or committed; not a tool's own cache or a temporary file)
        # The plugin also names the machine, or tells a host of its own where the build went (the site's address in
        # a beacon): the asset is left for someone to fetch.
        beacon = _beacon(view)
        if not emits and beacon is None:
            continue  # (tools snapshot the environment into files of their own; a debug dump is not published)
        named = emits and (labels & (F.HOST_NAME | F.USER_NAME) or beacon is not None)
        what = "the content of secret files" if labels & F.SECRET_DATA else "the whole environment"
        told = f"; the package reports to a host it names ({beacon[0]}:{beacon[1].line})" if beacon is not None else ""
        why = "published or deployed with it, anyone can read them" if emits else \
            "every secret of the process left where someone told of it can fetch it"
        yield view.finding("build-output-leak", S.CRITICAL if named else S.HIGH, C.HIGH if named else C.MEDIUM,
                           "exfiltration",
                           f"Writes {what} into {'an asset of the build' if emits else 'a file'} ({f.value}), "
                           f"{view.run_text(f)}: {why}{told}.", f, view.level(f))
        return


def _beacon(view: FileView) -> tuple[str, Fact] | None:
    """(path, call) of a request to a host the package names, made in code that runs, in this file or one it requires."""
    for sink in sinks(view):
        if sink.destination & F.REMOTE and view.runs_now(sink.fact):
            return view.facts.path, sink.fact
    for path, other in view.required_files():
        for f in other.facts:
            if sends(f) and f.flows and other.graph.value(f.flows[0]) & F.REMOTE:
                return path, f
    return None
