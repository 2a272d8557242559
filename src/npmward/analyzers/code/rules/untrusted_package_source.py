"""Another ecosystem's package manager told to install from a source of the code's choosing with its checks turned off.
A cross-ecosystem dropper does not ship its second stage: it has pip, Chocolatey or apt fetch it, from an index or feed
it names (`pip install --extra-index-url https://mirror… --trusted-host mirror… pkg`, `choco source add --source=<url>`
then `choco install x --source=feed --ignore-checksums`). The flags that turn the checks off are what gives it away:
`--trusted-host` accepts any certificate for that host, `--ignore-checksums` installs whatever the feed serves. A
package that installs its Python side from PyPI, or its build tools from Chocolatey's community feed, names neither."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ..gates import any_word
from ..view import FileView
from . import rule

CHECKS_OFF = {"--trusted-host", "--ignore-checksums", "--allow-empty-checksums", "--allow-empty-checksums-secure",
              "--allow-unauthenticated", "--allow-insecure-repositories", "--allow-downgrades", "--nogpgcheck",
              "--no-gpg-checks", "--skip-broken-signature"}
"""pip's, Chocolatey's, apt's and yum/zypper's flags that install what a source serves without checking it."""
SOURCE = re.compile(r"^(?:--extra-index-url|--index-url|-i|--find-links|-f|--source|-s|--repo|--repofrompath)(?:=|$)")
"""Where the package manager installs from: pip's index and links, Chocolatey's and NuGet's source, dnf's repository."""
INSTALLS = {"install", "upgrade", "add"}
CONFIG_CHECKS_OFF = re.compile(r"""\b(?:ignoreChecksums|allowEmptyChecksums)=\\?["']true\\?["']?|\btrusted-host\s*=""")
"""The same in a manifest the manager installs from (a Chocolatey `packages.config` entry, a `pip.conf`)."""
GATE = any_word(*(flag.encode() for flag in CHECKS_OFF), b"Checksums=", b"trusted-host")


@rule("untrusted-package-source", title="Has another package manager install from its own source with checks off",
      description="Install, entry or application code whose strings, in one function, make a package manager install "
                  "(`install`, `upgrade`, `source add`) from a source it names (`--extra-index-url`, `--index-url`, "
                  "`--source`, `--repo`) with the manager's checks turned off (`--trusted-host`, `--ignore-checksums`, "
                  "`--allow-unauthenticated`, `--nogpgcheck`): a cross-ecosystem dropper that has pip or Chocolatey fetch "
                  "its second stage. Critical when it runs (at install, at load or in code the application runs), high in a "
                  "function nothing is known to call. So is such a manifest the code writes (a Chocolatey `packages.config` "
                  "entry with `ignoreChecksums=\"true\"`) in a file that hides an address.",
      category="dropper", consumes=("string", "call"))
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(GATE):
        return
    by_scope: dict[int | None, list] = {}
    for fact in view.of_kind("string"):
        by_scope.setdefault(fact.scope, []).append(fact)
    for strings in by_scope.values():
        words = {s.value.split("=", 1)[0] if s.value.startswith("--") else s.value for s in strings}
        off = next((s for s in strings if s.value.split("=", 1)[0] in CHECKS_OFF), None)
        if off is None or not words & INSTALLS or not any(SOURCE.match(s.value) for s in strings):
            continue
        yield view.finding("untrusted-package-source", *view.unmistakable(off), "dropper",
                           f"Has a package manager install from a source the code names with its checks turned off "
                           f"({off.value}), {view.run_text(off)}: a second stage fetched through another ecosystem.",
                           off, view.level(off))
        return
    written = next((f for f in view.of_kind("string") if CONFIG_CHECKS_OFF.search(f.value)), None)
    if written is not None and (hidden := view.hidden_url()) is not None:
        # (a manifest it writes, `<package id=… source=… ignoreChecksums="true">`, with the feed spelled in char codes)
        yield view.finding("untrusted-package-source", *view.unmistakable(written), "dropper",
                           "Writes a package manager's install manifest with its checks turned off "
                           f"({CONFIG_CHECKS_OFF.search(written.value).group(0)}) in a file that hides an address "
                           f"({hidden.value[:60]}), {view.run_text(written)}: a second stage fetched through another ecosystem.",
                           written, view.level(written))
