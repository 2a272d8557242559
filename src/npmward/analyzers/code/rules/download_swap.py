"""Download links swapped for the ones a site's visitors get: a docs or site plugin (or a download button) that, only
in the production build a CI server makes, points the installer links (.exe, .msi, .dmg, .pkg, .deb, .AppImage) at a
host it hides. The developer's local build shows the real links; the published site serves the attacker's installers
(Free Download Manager's site, 2020-2023; the CCleaner-style download-page swaps)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..view import FileView
from . import rule

INSTALLERS = re.compile(rb"\b(exe|msi|dmg|pkg|deb|rpm|AppImage)\b")
MIN_INSTALLERS = 3
"""Kinds of installer the file names (Windows', macOS's and Linux's): what a download page links."""
PUBLISH_ENV = {"CI", "GITHUB_ACTIONS", "NETLIFY", "VERCEL", "CF_PAGES", "VERCEL_ENV"}
"""Variables set only where the published site is built."""
WORDS = any_word(b"NODE_ENV")


@rule("download-swap", title="Swaps installer download links in the published build",
      description="A file that names installers of three platforms (.exe/.msi, .dmg/.pkg, .deb/.AppImage), reads "
                  "NODE_ENV and a variable only a CI or hosting build has (CI, GITHUB_ACTIONS, NETLIFY, VERCEL, "
                  "CF_PAGES), and builds URLs with a host it hides (decoded, never written): the published site's "
                  "download links sent to another host while the developer's build shows the real ones. Critical in "
                  "code that runs (a build hook, a component the site renders); high in a function nothing is known "
                  "to call.",
      category="supply-chain", consumes=("env", "string", "call"), severity=S.CRITICAL)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(WORDS):
        return
    env = {f.value for f in view.of_kind("env")}
    if "NODE_ENV" not in env or not env & PUBLISH_ENV:
        return
    # (what the file decodes counts too: a mirror table kept in base64, `{"base": "https://…", "ext": [".exe", …]}`)
    decoded = [f for f in view.of_kind("string") if len(f.value) < 4000 and view.decoded(f)]
    texts = [view.text[:2_000_000], *(f.value.encode("utf-8", "replace") for f in decoded)]
    if len({m.group(1).lower() for t in texts for m in INSTALLERS.finditer(t)}) < MIN_INSTALLERS:
        return
    hidden = view.hidden_url() or next((f for f in decoded if "://" in f.value), None)
    if hidden is None:
        return
    severity, confidence = view.unmistakable(hidden)
    yield view.finding("download-swap", severity, confidence, "supply-chain",
                       f"Builds download URLs with a host it hides ({hidden.value[:60]!r}) in a file that names installers "
                       f"and acts only in a production CI build, {view.run_text(hidden)}: the published site's installer "
                       "links sent elsewhere.", hidden, view.level(hidden))
