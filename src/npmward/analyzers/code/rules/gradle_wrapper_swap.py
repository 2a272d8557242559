"""A project's Gradle wrapper pointed at a distribution from another host: `gradle-wrapper.properties`' `distributionUrl`
is the Gradle the next Android build downloads and runs, with the developer's and CI's credentials at hand. Tools that
pin a Gradle version write a services.gradle.org URL; a corporate mirror comes from the user's settings, not from a
host the package names (blind set 40: a postinstall "aligning" React Native's wrapper to a mirror and deleting its
checksum, an Expo config plugin swapping it for a char-code-hidden CDN with checksums of its own)."""

from __future__ import annotations

import re
from typing import Iterator
from urllib.parse import urlsplit

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..view import FileView, Grid
from . import rule

WORDS = any_word(b"distributionUrl")
GRADLE_HOSTS = {"services.gradle.org", "downloads.gradle.org", "downloads.gradle-dn.com"}
DISTRIBUTION = re.compile(r"^https?\\?://([^/\s'\"]+)/[^\s'\"]*distributions?\b", re.I)
"""A URL of Gradle distributions (`https://host/distributions/gradle-8.6-bin.zip`, the `\\:` of a properties file
allowed)."""
CHECKSUM = (b"distributionSha256Sum", b"validateDistributionUrl")
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.MEDIUM),
            deferred=(S.HIGH, C.MEDIUM))


@rule("gradle-wrapper-swap", title="Points the project's Gradle wrapper at another host",
      description="A file that sets `distributionUrl` (the Gradle wrapper's `gradle-wrapper.properties`) and names a "
                  "Gradle distribution URL on a host other than Gradle's (services.gradle.org, downloads.gradle.org): "
                  "the next Android build downloads and runs that Gradle. High; critical when the host is hidden "
                  "(decoded at run time) or the file also rewrites or removes the wrapper's checksum "
                  "(`distributionSha256Sum`, `validateDistributionUrl`), or where it runs at install or load.",
      category="supply-chain", consumes=("string",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(WORDS) or b"gradle-wrapper" not in view.text:
        return
    for f in view.of_kind("string"):
        m = DISTRIBUTION.match(f.value) if len(f.value) < 500 else None
        if m is None:
            continue
        host = (urlsplit("https://" + m.group(1)).hostname or "").lower()
        if not host or host in GRADLE_HOSTS:
            continue
        severity, confidence = view.grade(GRID, view.level(f))
        hidden = view.decoded(f)
        checksum = any(word in view.text for word in CHECKSUM)
        if hidden or checksum:
            severity, confidence = S.CRITICAL, C.HIGH
        how = "; the host is hidden in the code" if hidden else "; the file also rewrites the wrapper's checksum" if checksum else ""
        yield view.finding("gradle-wrapper-swap", severity, confidence, "supply-chain",
                           f"Points the project's Gradle wrapper (distributionUrl) at distributions on {host}, "
                           f"{view.when_text(view.level(f))}: the next Android build downloads and runs that Gradle{how}.",
                           f, view.level(f))
        return
