from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ...install_scripts import runs_remote_code
from ..behaviours import commands, writes_file
from ..gates import any_word
from ..view import FileView
from . import rule

HOST_HOOKS = re.compile(r"/release_agent$|^/proc/sys/kernel/core_pattern$|/proc/sys/fs/binfmt_misc/register$")
"""Files whose content the host kernel runs as a program: a cgroup v1 release agent (CVE-2022-0492), the core
dump handler, a binfmt_misc interpreter."""
HOST_NAMESPACES = re.compile(r"\bnsenter\b[^|;&]*(\s(-t|--target)[ =]?1\b|/proc/1/ns/)", re.I)
"""`nsenter -t 1 -m -u -i -n -p`: a shell in the namespaces of the host's init (a privileged container's way out)."""
HOST_ROOT = re.compile(r"\bchroot\s+/host\b|" + HOST_NAMESPACES.pattern, re.I)
"""A command run in the node's root: `chroot /host` (the host's `/` mounted into a pod at `/host`), or nsenter into PID 1."""
HOST_ROOT_BIND = re.compile(rb"""['"]/:(/[\w.-]+)(?::r[wo])?['"]|\s-v\s+/:(/[\w.-]+)\b""")
"""The host's `/` bound into a container at a directory (Docker's `Binds: ['/:/mnt:rw']`, `docker run -v /:/mnt`)."""
ESCAPE_WORDS = any_word(b"release_agent", b"core_pattern", b"nsenter", b"binfmt_misc", b"chroot")
"""A byte test for HOST_HOOKS and HOST_NAMESPACES, searched with the other rules' gates (see gates.py)."""


@rule("container-escape", title="Escapes its container to the host",
      description="Writes to a file whose content the host kernel runs (a cgroup's `release_agent`, "
                  "`/proc/sys/kernel/core_pattern`, binfmt_misc's `register`), or runs `nsenter` into the namespaces of "
                  "the host's PID 1: code that breaks out of the CI runner's or the build's container (CVE-2022-0492; "
                  "TeamTNT's escapes). Also a command for a pod (a DaemonSet's, a CronJob's) that runs, in the node's root "
                  "(`chroot /host`, nsenter), a script it downloads or decodes: every node of the cluster taken over; so does a container "
                  "the package creates with the host's `/` bound in (Docker's `Binds: ['/:/mnt']`) that chroots into it. Critical at install, at load or in code the application runs. Container runtimes "
                  "configure cgroups through their own files, not a release agent.",
      category="backdoor", consumes=("string", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(ESCAPE_WORDS):
        return
    hook = next((f for f in view.of_kind("string") if HOST_HOOKS.search(f.value)), None)
    writes = next((f for f in view.all if writes_file(f)), None) if hook is not None else None
    entered = next((f for f, command in commands(view.all) if HOST_NAMESPACES.search(command)), None)
    fact = entered or (writes if writes is not None else None)
    if fact is None:
        yield from _node_takeover(view)
        return
    what = "enters the host's namespaces with nsenter" if entered is not None else f"writes to `{hook.value[-40:]}`, which the host kernel runs"
    yield view.finding("container-escape", *view.unmistakable(fact), "backdoor",
                       f"Escapes its container: it {what}, {view.run_text(fact)}.", fact, view.level(fact))


def _node_takeover(view: FileView) -> Iterator[Finding]:
    """A command, in the node's root, that downloads or decodes a script and runs it, written for a workload the package
    applies (a privileged DaemonSet or CronJob with the host's `/` at `/host`): what the package never runs itself, the
    cluster runs on every node. Kubernetes debugging tools enter a node's root to give a user a shell, not a download."""
    rooted = _chroots_into_host_root(view)
    command = next((f for f in view.of_kind("string") if len(f.value) < 5000 and (rooted or HOST_ROOT.search(f.value))
                    and runs_remote_code(f.value)), None)
    if command is None:
        return
    yield view.finding("container-escape", *view.unmistakable(command), "backdoor",
                       (f"Has a container that binds the host's `/` run a script it downloads or decodes in the host's root "
                        f"({command.value[:80]!r}), {view.run_text(command)}: the host is taken over." if rooted else
                        f"Has a pod run a script it downloads or decodes in the node's root ({command.value[:80]!r}), "
                        f"{view.run_text(command)}: every node that runs the workload is taken over."), command, view.level(command))


def _chroots_into_host_root(view: FileView) -> bool:
    """The file binds the host's `/` into a container and has the container chroot into that directory (`Cmd: ['chroot',
    '/mnt', 'sh', '-c', …]` with `Binds: ['/:/mnt:rw']`, through the Docker Engine API): its command runs on the host."""
    for match in HOST_ROOT_BIND.finditer(view.text):
        directory = re.escape(match.group(1) or match.group(2))
        if re.search(rb"chroot['\"]?\s*,?\s*['\"]?" + directory + rb"\b", view.text):
            return True
    return False
