"""Code that acts only for users in one country: the protestware of 2022 (node-ipc, es5-ext, sweetalert2,
event-source-polyfill) checked the time zone, the page's domain or the browser's language for Russia and
Belarus, then showed a message, played an anthem, froze the page or wrote files."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ..gates import any_word
from ..package import resolve
from ..view import FileView, Grid, PackageView
from . import rule

RU_ZONES = {
    "Europe/Moscow", "Europe/Kaliningrad", "Europe/Samara", "Europe/Volgograd", "Europe/Kirov", "Europe/Ulyanovsk",
    "Europe/Astrakhan", "Europe/Saratov", "Europe/Simferopol", "Europe/Minsk", "Asia/Yekaterinburg", "Asia/Omsk",
    "Asia/Novosibirsk", "Asia/Barnaul", "Asia/Tomsk", "Asia/Novokuznetsk", "Asia/Krasnoyarsk", "Asia/Irkutsk",
    "Asia/Chita", "Asia/Yakutsk", "Asia/Khandyga", "Asia/Vladivostok", "Asia/Ust-Nera", "Asia/Magadan",
    "Asia/Sakhalin", "Asia/Srednekolymsk", "Asia/Kamchatka", "Asia/Anadyr", "W-SU",
}
"""Russia's and Belarus's IANA time zones."""
ZONE = re.compile(rb"""["'`]((?:Europe|Asia|America|Africa|Australia|Pacific|Atlantic|Indian|Antarctica)/[A-Za-z_-]+|W-SU)["'`]""")
ZONE_ALTERNATION = re.compile(rb"""(Europe|Asia)\\/\((?:\?:)?([A-Za-z_|-]{10,600})\)""")
r"""A regular expression's list of one region's zones (`/^Europe\/(Moscow|Minsk|Samara)$/`)."""
MIN_ZONES = 3
MAX_BYTES = 5_000_000
DOMAIN_GATE = re.compile(rb"""(?:host(?:name)?|location)\b[^;\n]{0,60}?(?:\\\.\(?(?:ru|su|by)[|)$]|["'`]\.(?:ru|su|by)["'`])|"""
                         rb"""\\\.\(?(?:ru|su|by)[|)$][^;\n]{0,40}?\.test\(\s*[\w$.]{0,40}\b(?:host(?:name)?|location)\b""")
"""`location.host.match(/\\.(ru|su|xn--p1ai)$/)`, `hostname.endsWith('.ru')`, `/\\.(ru|su|by)$/.test(host)`: the page is on
a Russian domain."""
DOMAIN_HINT = re.compile(rb"""\.\(?(?:\?:)?(?:ru|su|by)\b""")
"""What DOMAIN_GATE needs, searched first: `.ru`, `.(ru|…)`, `.(?:ru|…)`."""
EFFECTS = re.compile(rb"""\balert\(|\.play\(|pointerEvents|\bDesktop\b|process\._rawDebug|\bbody\.innerHTML\s*=|"""
                     rb"""insertAdjacentHTML|\.replace\(\s*["'`]</body>|\bprocess\.exit\(|\bthis\.error\(|"""
                     rb"""\bstatusCode\s*=\s*451\b|\bprocess\.stderr\.write\(|["']xdg-open["']|"""
                     rb"""\b(?:spawn|exec|execFile)(?:Sync)?\(["'](?:open|start)\b""")
"""What the gate opens: a message, sound, a frozen page, a file on the desktop, a banner added to the page (or to
every HTML response a server's middleware sends); or sabotage: the process made to exit, a build failed (a bundler
plugin's `this.error`), requests refused (HTTP 451)."""
EFFECT_BYTES = (b"alert(", b".play(", b"pointerEvents", b"Desktop", b"_rawDebug", b"innerHTML", b"</body>", b"process.exit",
                b"this.error", b"451", b"stderr.write", b"xdg-open", b"('open", b'("open', b"('start", b'("start')
"""A byte test for EFFECTS: it spares most files the regular expression, whose alternatives start with `\\b`."""
EFFECT_GATE = any_word(*EFFECT_BYTES)
EFFECT_WORDS = {b"alert": "shows an alert", b"play": "plays audio", b"pointerEvents": "freezes the page",
                b"Desktop": "writes to the desktop", b"_rawDebug": "prints a message", b"innerHTML": "replaces the page",
                b"insertAdjacentHTML": "adds a banner to the page", b"</body>": "adds a banner to the page",
                b"exit": "exits the process", b"this.error": "fails the build", b"451": "refuses requests",
                b"stderr": "prints a message", b"open": "opens a web page", b"start": "opens a web page"}
GRID = Grid(install=(S.HIGH, C.MEDIUM), load=(S.HIGH, C.MEDIUM), module=(S.HIGH, C.MEDIUM), deferred=(S.MEDIUM, C.LOW))


@rule("geo-targeted", title="Acts only for users in one country",
      description="A check that the user is in Russia or Belarus (a list of their time zones, quoted or as a regular "
                  "expression's alternation, against the resolved time zone, or the page's domain ending in .ru/.su/.by) in a "
                  "file that then shows an alert, plays audio, freezes the page, adds a banner to the page, writes to the "
                  "desktop, prints at install or to the terminal, opens a web page (`xdg-open`, `open`, `start`), exits the process, fails a build or refuses requests with HTTP 451; or a "
                  "time-zone check in a module whose importer does so: the 2022 protestware (node-ipc, es5-ext, "
                  "sweetalert2, event-source-polyfill) and its sabotage variants. Time-zone databases name every zone, "
                  "not mostly these; localisation picks a language, not a country's visitors to act on.",
      category="destructive", consumes=("text",), grid=GRID, per_package=True)
def check(package: PackageView) -> Iterator[Finding]:
    for path in sorted(package.views):
        yield from _one_file(package.views[path], package)


def _one_file(view: FileView, package: PackageView) -> Iterator[Finding]:
    text = view.text
    # (the gates' own words first: most files name no time zone API and no Russian domain)
    if len(text) > MAX_BYTES or (b"resolvedOptions" not in text and DOMAIN_HINT.search(text) is None):
        return
    # (then what the gate opens, before the domain gate's costlier pattern)
    effect = EFFECTS.search(text) if view.mentions(EFFECT_GATE) else None
    gate = (timezone_gate(text) or _domain_gate(text)) if effect is not None else None
    decoded = _decoded_zones(view) if effect is not None and gate is None and b"resolvedOptions" in text else None
    if effect is None and (gate := timezone_gate(text)) is not None:
        # The check in a module of its own (`checkRegion()` in env.js), acted on by the module that imports it.
        effect = next((found for importer in _importers(view, package)
                       if importer.mentions(EFFECT_GATE) and (found := EFFECTS.search(importer.text)) is not None), None)
        if effect is None:
            return
    if gate is None and decoded is None:
        return
    level = view.when
    severity, confidence = view.grade(GRID, level)
    line = view.line_at(gate.start())[0] if gate is not None else decoded.line
    snippet = gate.group(0)[:200].decode("utf-8", "replace") if gate is not None else decoded.value[:200]
    how = "its time zone is one of theirs" if gate is None or gate.re is not DOMAIN_GATE else "the page's domain is theirs"
    does = next((words for key, words in EFFECT_WORDS.items() if key in effect.group(0)), "acts")
    yield Finding("code/geo-targeted", severity, confidence, "destructive",
                  f"Acts only for users in Russia or Belarus ({how}), then {does}: protestware, {view.when_text(level)}.",
                  view.facts.path, line, snippet, {"when": level})


def _importers(view: FileView, package: PackageView) -> Iterator[FileView]:
    """The package's files that require or import this one."""
    path = view.facts.path
    for other_path, other in package.views.items():
        if other_path != path and any(resolve(other_path, module, package.views) == path for _, module in other.facts.requires):
            yield other


def _decoded_zones(view: FileView):
    """A string the file decodes at run time (base64 of a comma-separated list) that names at least three Russian or
    Belarusian zones and no others: the list kept out of the file's text."""
    for f in view.of_kind("string"):
        if "/" in f.value and len(f.value) < 4000 and f.value.encode("utf-8", "ignore") not in view.text:
            names = [n for n in re.split(r"[\s,;|]+", f.value) if n]
            if len(names) >= MIN_ZONES and all(n in RU_ZONES for n in names):
                return f
    return None


def _domain_gate(text: bytes) -> re.Match | None:
    return DOMAIN_GATE.search(text) if (b"host" in text or b"location" in text) else None


def timezone_gate(text: bytes) -> re.Match | None:
    """The first of at least three Russian or Belarusian zones, when they are most of the zones the file
    names and it reads the resolved time zone."""
    if b"resolvedOptions" not in text:
        return None
    zones = list(ZONE.finditer(text))
    ours = [m for m in zones if m.group(1).decode() in RU_ZONES]
    if len(ours) >= MIN_ZONES and 2 * len(ours) >= len(zones):
        return ours[0]
    # (or as regular expressions' alternations, counted over all of them: a currency picker's has every region's)
    alternations = [(m, [f"{m.group(1).decode()}/{name}" for name in m.group(2).decode().split("|")])
                    for m in ZONE_ALTERNATION.finditer(text)]
    named = [name for _, names in alternations for name in names]
    ours = [m for m, names in alternations if any(name in RU_ZONES for name in names)]
    count = sum(name in RU_ZONES for name in named)
    return ours[0] if count >= MIN_ZONES and 2 * count >= len(named) + len(zones) else None
