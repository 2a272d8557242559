"""A Docker Compose file the package writes into the user's project (`docker-compose.override.yml`, which `docker compose
up` merges without being asked) whose services mount the user's credentials or the Docker socket, or wrap a
container's start in a download piped into a shell: the next `docker compose up` hands the machine's keys to an image
or a script of the author's (blind set 39). Dev tools that write compose files mount the project, not `~/.ssh`, and
start the project's own command."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ...install_scripts import downloads_and_runs
from ..behaviours import writes_file
from ..gates import any_word
from ..view import FileView
from . import rule

COMPOSE = any_word(b"services:")
SERVICES = re.compile(r"^services:\s*$|^\s{2,}(image|volumes|entrypoint|command|environment):", re.M)
"""What makes a string a Compose file: its `services:` map and a service's keys."""
CREDENTIAL_MOUNT = re.compile(r"^\s*-\s*['\"]?(?:\\?\$\{?HOME\}?|~)/\.(ssh|aws|kube|docker|npmrc|gnupg|config/gcloud|azure)\b"
                              r"[^:\n]*:|^\s*-\s*['\"]?/var/run/docker\.sock:", re.M)
"""A volume mounting the user's keys (`${HOME}/.ssh:/host/ssh:ro`) or the Docker socket (root on the host) into a
container."""
SPAN = 30
"""Lines before a Compose file's text where its services' lines may be written, one string each."""
HIDES = re.compile(r"\.git[/\\]info[/\\]exclude|\binfo/exclude\b")


@rule("compose-override", title="Writes a Compose file that hands the machine's keys to a container",
      description="A file that writes a Docker Compose file (`docker-compose.override.yml`, merged by every `docker "
                  "compose up`) whose services mount the user's credentials (`~/.ssh`, `~/.aws`, `~/.kube`, `~/.npmrc`) or "
                  "the Docker socket, or start with a command that pipes a download into a shell: the next `compose up` "
                  "runs the author's image or script with the machine's keys. Critical where the write runs (install, "
                  "load, code the application runs); the message says when the file is also hidden from git "
                  "(`.git/info/exclude`). Dev tools that write compose files mount the project and run its own command.",
      category="persistence", consumes=("string", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(COMPOSE):
        return
    strings = view.of_kind("string")
    for fact in strings:
        if "services:" not in fact.value or SERVICES.search(fact.value) is None:
            continue
        # (the file's text, or its services' lines kept as strings of their own a few lines before and joined in)
        near = [fact.value] + [f.value for f in strings if fact.line - SPAN <= f.line < fact.line and "\n" not in f.value]
        mount = next((m for text in near if (m := CREDENTIAL_MOUNT.search(text if "\n" in text else "- " + text.strip(" -")))), None)
        wrap = next((line for text in near for line in text.splitlines() if "|" in line
                     and downloads_and_runs(line.strip(" -"))), None) if mount is None else None
        if mount is None and wrap is None:
            continue
        write = next((f for f in view.all if writes_file(f) and f.scope == fact.scope), None) \
            or next((f for f in view.all if writes_file(f)), None)
        if write is None:
            return
        what = f"mounts {mount.group(0).strip(' -')[:60]} into a container" if mount is not None \
            else f"starts a container with a command that pipes a download into a shell ({wrap.strip()[:80]})"
        hidden = ", and hides the file from git (.git/info/exclude)" if any(HIDES.search(f.value) for f in strings) else ""
        yield view.finding("compose-override", *view.unmistakable(write), "persistence",
                           f"Writes a Docker Compose file that {what}{hidden}, {view.run_text(write)}: the next "
                           "`docker compose up` runs it with the machine's keys.", write, view.level(write))
        return
