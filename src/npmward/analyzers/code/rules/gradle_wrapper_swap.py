"""A project's Gradle wrapper pointed at a distribution from another host: `gradle-wrapper.properties`' `distributionUrl`
is the Gradle the next Android build downloads and runs, with the developer's and CI's credentials at hand. Tools that
pin a Gradle version write a services.gradle.org URL; a corporate mirror comes from the user's settings, not from a
host the package names (blind set 40: a postinstall "aligning" React Native's wrapper to a mirror and deleting its
checksum, an Expo config plugin swapping it for a char-code-hidden CDN with checksums of its own). The same for
openapi-generator-cli's `openapitools.json` `downloadUrl`, the JAR every `generate` runs (blind set 47)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator
from urllib.parse import urlsplit

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..view import FileView, Grid
from . import rule

GRADLE_HOSTS = {"services.gradle.org", "downloads.gradle.org", "downloads.gradle-dn.com"}
DISTRIBUTION = re.compile(r"^https?\\?://([^/\s'\"]+)/[^\s'\"]*distributions?\b", re.I)
"""A URL of Gradle distributions (`https://host/distributions/gradle-8.6-bin.zip`, the `\\:` of a properties file
allowed)."""
MAVEN_HOSTS = {"repo1.maven.org", "repo.maven.apache.org", "search.maven.org", "central.sonatype.com"}
GENERATOR_JAR = re.compile(r"^https?://([^/\s'\"]+)/[^\s'\"]*openapi-generator-cli[^\s'\"]*\.jar\b", re.I)
"""A URL of openapi-generator-cli's JAR (its `downloadUrl`, templated with `${versionName}`)."""


@dataclass(frozen=True)
class Tool:
    """A build tool that downloads the program it runs from a URL a project file names."""
    key: bytes
    """The setting that names the URL."""
    file: bytes
    """The project file that holds it."""
    url: re.Pattern
    official: frozenset
    what: str
    then: str
    checksum: tuple[bytes, ...] = ()
    """Settings that check the download, which a file rewriting them also weakens."""


TOOLS = (
    Tool(b"distributionUrl", b"gradle-wrapper", DISTRIBUTION, frozenset(GRADLE_HOSTS),
         "the project's Gradle wrapper (distributionUrl)", "the next Android build downloads and runs that Gradle",
         (b"distributionSha256Sum", b"validateDistributionUrl")),
    Tool(b"downloadUrl", b"openapitools.json", GENERATOR_JAR, frozenset(MAVEN_HOSTS),
         "openapi-generator-cli's generator (openapitools.json's downloadUrl)",
         "the next `openapi-generator-cli generate` downloads and runs that JAR with java"),
)
WORDS = any_word(*(tool.key for tool in TOOLS))
GRID = Grid(install=(S.CRITICAL, C.HIGH), load=(S.CRITICAL, C.HIGH), module=(S.HIGH, C.MEDIUM),
            deferred=(S.HIGH, C.MEDIUM))


@rule("gradle-wrapper-swap", title="Points the project's Gradle wrapper (or another build tool's download) at another host",
      description="A file that sets `distributionUrl` (the Gradle wrapper's `gradle-wrapper.properties`) and names a "
                  "Gradle distribution URL on a host other than Gradle's (services.gradle.org, downloads.gradle.org): "
                  "the next Android build downloads and runs that Gradle. The same for openapi-generator-cli's "
                  "`downloadUrl` in `openapitools.json` naming the generator's JAR on a host other than Maven Central's "
                  "(the next `generate` runs it). High; critical when the host is hidden "
                  "(decoded at run time) or the file also rewrites or removes the wrapper's checksum "
                  "(`distributionSha256Sum`, `validateDistributionUrl`), or where it runs at install or load.",
      category="supply-chain", consumes=("string",), grid=GRID)
def check(view: FileView) -> Iterator[Finding]:
    if not view.mentions(WORDS):
        return
    for tool in TOOLS:
        if tool.key not in view.text or tool.file not in view.text:
            continue
        for f in view.of_kind("string"):
            m = tool.url.match(f.value) if len(f.value) < 500 else None
            if m is None:
                continue
            host = (urlsplit("https://" + m.group(1)).hostname or "").lower()
            if not host or host in tool.official:
                continue
            severity, confidence = view.grade(GRID, view.level(f))
            hidden = view.decoded(f)
            checksum = any(word in view.text for word in tool.checksum)
            if hidden or checksum:
                severity, confidence = S.CRITICAL, C.HIGH
            how = "; the host is hidden in the code" if hidden else "; the file also rewrites the wrapper's checksum" if checksum else ""
            yield view.finding("gradle-wrapper-swap", severity, confidence, "supply-chain",
                               f"Points {tool.what} at {host}, {view.when_text(view.level(f))}: {tool.then}{how}.",
                               f, view.level(f))
            return
