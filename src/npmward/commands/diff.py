"""`npmward diff NAME@A NAME@B`: what a version adds to another, risky additions first.

Exit codes: 0 when the second version adds nothing risky, 1 when it adds at least one risky change
(a new or changed install script, installed dependency or command, a new network host or secret read,
an obfuscated or minified entry file, a bundled binary, a moved repository, an unusual new code file),
2 on errors (unknown package or version, unreachable registry, unreadable tarball).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..diff import Change, VersionDiff, diff_artifacts
from ..errors import UsageError
from ..model import Artifact

SECTIONS = (
    ("scripts", ("script",)),
    ("dependencies", ("dependency",)),
    ("commands (bin)", ("bin",)),
    ("repository", ("repository",)),
    ("network endpoints", ("endpoint",)),
    ("secret reads", ("secret-read", "env-read")),
    ("entry-file blobs", ("obfuscated", "minified")),
    ("binaries", ("binary",)),
    ("unusual files", ("file",)),
)


def load_side(spec: str, pipeline) -> Artifact:
    """A local tarball or directory, or NAME@VERSION (range or tag) from the registry: fetched by
    the pipeline's resolve and fetch stages, loaded in memory with limits."""
    from ..engine import load_job_artifact
    from ..pipeline.fetch import Fetcher
    from ..pipeline.resolve import resolve_targets

    if not Path(spec).exists() and "@" not in spec[1:]:
        raise UsageError(f"{spec!r}: expected NAME@VERSION (e.g. lodash@4.17.20), a tarball or a package directory")
    resolved = resolve_targets([spec], pipeline.client)
    if resolved.errors:
        raise UsageError(f"{spec}: {resolved.errors[0].message}")
    subject = resolved.subjects[0]
    if subject.unresolved:
        raise UsageError(f"{spec}: {subject.unresolved}")
    return load_job_artifact(Fetcher(pipeline.client, frozenset(), pipeline.identity).job(subject))


def _line(change: Change) -> str:
    if change.kind in ("script", "dependency", "bin", "repository"):
        if change.action == "+":
            text = f"+ {change.key}: {change.new}"
        elif change.action == "-":
            text = f"- {change.key}: {change.old}"
        else:
            text = f"~ {change.key}: {change.old} -> {change.new}"
        if change.kind == "dependency" and change.file and change.file != "dependencies":
            text += f"  ({change.file})"
    else:
        text = f"{change.action} {change.key}" + (f"  (in {change.file})" if change.file and change.file != change.key else "")
        if change.new:
            text += f"  [{change.new}]"
    return text + (f"   <- RISKY: {change.reason}" if change.risky else "")


def render_text(diff: VersionDiff) -> str:
    same = diff.old.name == diff.new.name
    lines = [f"{diff.new.name}: {diff.old.version} -> {diff.new.version}" if same else f"{diff.old} -> {diff.new}"]
    lines += [f"note: {note}" for note in diff.notes]
    for title, kinds in SECTIONS:
        changes = [c for c in diff.changes if c.kind in kinds]
        if changes:
            lines.append(f"\n{title}")
            lines += [f"  {_line(c)}" for c in changes]
    lines.append(f"\nfiles: {len(diff.files_added)} added, {len(diff.files_removed)} removed, "
                 f"{len(diff.files_changed)} changed")
    lines += [f"  + {p}" for p in diff.files_added]
    lines += [f"  - {p}" for p in diff.files_removed]
    lines += [f"  ~ {p}" for p in diff.files_changed]
    risky = diff.risky
    lines.append(f"\n{len(risky)} risky addition(s)" if risky else "\nno risky additions")
    return "\n".join(lines) + "\n"


def register(app: typer.Typer) -> None:
    # Imported here: npmward.cli imports every command module while it is being initialised.
    from ..cli import EXIT_FOUND, EXIT_OK, handles_errors

    @app.command()
    @handles_errors
    def diff(
        old: Annotated[str, typer.Argument(help="The earlier version: NAME@VERSION, a tarball or a package directory.")],
        new: Annotated[str, typer.Argument(help="The later version: NAME@VERSION, a tarball or a package directory.")],
        format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
        output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to FILE instead of stdout.")] = None,
        project: Annotated[Optional[Path], typer.Option("--project", help="Project whose .npmrc applies (default: the current directory).")] = None,
    ) -> None:
        """Show what NEW adds to OLD (scripts, dependencies, binaries, hosts, blobs); exit 1 on risky additions."""
        if format not in ("text", "json"):
            raise UsageError(f"unknown format {format!r} for diff (choose text or json)")
        from ..cli import open_pipeline

        with open_pipeline(project or Path.cwd()) as pipeline:  # connects only when a side needs it
            result = diff_artifacts(load_side(old, pipeline), load_side(new, pipeline))
        text = json.dumps(result.to_dict(), indent=2) + "\n" if format == "json" else render_text(result)
        if output is not None:
            try:
                output.write_text(text, encoding="utf-8")
            except OSError as exc:
                raise UsageError(f"cannot write {output}: {exc.strerror or exc}") from exc
        else:
            sys.stdout.write(text)
        raise typer.Exit(EXIT_FOUND if result.risky else EXIT_OK)
