"""Traffic cloaking: code that sends some visitors of a page elsewhere (location.replace, a
meta refresh) and keeps crawlers, reviewers and automated browsers from seeing it (a bot
user-agent filter, navigator.webdriver, PhantomJS checks). Parrot TDS and SocGholish-style
injections, Adspect cloakers, TDS middleware and the back-button hijacks of 2023-2025 all pair the
two; a library has no reason to hide a redirect from crawlers. A navigation at load to a host the
code names, with no cloak, is the phishing redirector of CDN-hosted lures (Beamglea, 2025)."""

from __future__ import annotations

import re
from typing import Iterator

from ....model import Confidence as C
from ....model import Finding
from ....model import Severity as S
from ...base import RuleInfo
from ...linear_re import compile_bytes
from .. import flow as F
from ..behaviours import sends
from ..gates import any_word
from ..package import resolve
from ..view import FileView, PackageView
from . import rule
from ._chain import sinks

PAGE = r"^((window|document|top|self|parent|globalThis|[a-z])\.)?location"
"""The page's location, under the page's objects or a minifier's one-letter alias of them (`w.location`);
not `this.location` (a parser's error position)."""
NAVIGATIONS = re.compile(PAGE + r"\.(replace|assign)$")
"""`location.replace(u)`, `w.location.assign(u)`, and (as assignments) `location = u`, `top.location = u`."""
NAVIGATION_ASSIGNS = re.compile(PAGE + r"(\.href)?$")
HTML_NAVIGATION = re.compile(r"http-equiv=[\"']?refresh|\blocation\.(replace|assign)\(|\blocation(\.href)?\s*=[^=]", re.I)
"""A page the code writes (a server's response, an injected document) that navigates itself."""
CRAWLER_WORDS = (b"bot", b"crawl", b"spider", b"headless", b"lighthouse", b"slurp", b"phantom", b"selenium", b"puppeteer")
REGEX_ALTERNATION = re.compile(rb"(?=(/[^/\n]{0,200}\|[^/\n]{0,200}/[gimsuy]*))")
"""Each slash-delimited span with an alternation, overlapping (`/Windows NT/.test(ua) || /bot|crawl/i`: the span from the
first regex's closing slash must not hide the second regex)."""
AUTOMATION_PROBES = re.compile(rb"\b(navigator|[a-z])\.webdriver\b|\bcallPhantom\b|__nightmare\b")
PROBE_WORDS = (b".webdriver", b"callPhantom", b"__nightmare")
"""What each of the probes spells."""
PROBE_GATE = any_word(*PROBE_WORDS)
CRAWLER_GATES = tuple(compile_bytes(word, ignore_case=True) for word in CRAWLER_WORDS)
"""The words `cloak` needs, asked of a package file's text in the rules' one pass over it (see gates.py)."""
CHECKOUT_GATE = re.compile(rb"/[^/\n]{0,100}\b(checkout|onepage|payment)\b[^/\n]{0,100}/[gimsuy]*")
"""A regex that picks a shop's checkout or payment pages by their URL (`/checkout|onepage|payment/i.test(location.pathname)`)."""
MAX_BYTES = 2_000_000
SECURITY_HEADERS = {"Content-Security-Policy", "script-src", "connect-src", "X-Frame-Options", "Strict-Transport-Security",
                    "Access-Control-Allow-Origin"}
"""The page's security policy: a header or directive name the code writes."""


def cloak(data: bytes) -> str | None:
    """What in a file tells crawlers and automated browsers apart from visitors: a regex alternation
    of two or more crawler words (`/bot|crawl|spider/i`), or a probe of an automated browser."""
    # (asked of every file of a package: the regexes run only where the words they need are there at all)
    head = data[:MAX_BYTES]
    probe = AUTOMATION_PROBES.search(head) if any(word in head for word in PROBE_WORDS) else None
    if probe is not None:
        return probe.group(0).decode("ascii", "replace").lstrip(".")
    lowered = head.lower()
    if sum(word in lowered for word in CRAWLER_WORDS) < 2:
        return None  # (an alternation names two of them, or the file does not)
    for match in REGEX_ALTERNATION.finditer(head):
        text = match.group(1).lower()
        words = [w for w in CRAWLER_WORDS if w in text]
        if len(words) >= 2:
            return match.group(1).decode("utf-8", "replace")[:80]
    return None


def navigations(view: FileView) -> list:
    """Facts of the file that send the page elsewhere."""
    found = []
    for f in view.all:
        value = f.value
        if "ocation" not in value and "efresh" not in value and "OCATION" not in value and "EFRESH" not in value:
            continue  # (HTML is case-insensitive: `http-equiv="Refresh"`; four plain tests, not a generator per fact)
        if f.kind == "call" and NAVIGATIONS.match(f.value):
            found.append(f)
        elif f.kind == "assign" and NAVIGATION_ASSIGNS.match(f.value):
            found.append(f)
        elif f.kind == "string" and len(f.value) < 5000 and HTML_NAVIGATION.search(f.value) and "<" in f.value:
            found.append(f)
    return found


@rule("cloaked-redirect", title="Redirects visitors and hides it from crawlers",
      description="Sends the page elsewhere (location.replace/assign/href, a meta refresh it writes) in a package that "
                  "also filters crawler user agents or probes for automated browsers (navigator.webdriver, PhantomJS): "
                  "traffic cloaking, critical (in a function, when the application runs it and the code decodes the target from "
                  "its own constants). A navigation, when the package loads, to a host the code names, with "
                  "no cloak, is `code/load-redirect` (a phishing redirector) when the entry module does it.",
      category="browser", consumes=("call", "assign", "string", "files"), severity=S.CRITICAL, per_package=True,
      emits=(RuleInfo("code/load-redirect", "Redirects the page when loaded", "Sends the page, when the package is "
                      "loaded, to a host the code names.", "high", "browser"),
             RuleInfo("code/cloaked-content", "Serves some visitors what crawlers never see", "Tells crawlers apart "
                      "and requests a host the file hides (decoded at run time), adds markup it decodes that links to such a "
                      "host to the pages it serves, or writes the page's security headers "
                      "beside such a host: SEO spam served only to search engines, a security policy opened to a host "
                      "for visitors only, or loads another site's script or sends to it only on a shop's checkout pages "
                      "(a skimmer's loader); critical at load or in code the application runs (a middleware).", "critical", "browser")))
def check(package: PackageView) -> Iterator[Finding]:
    cloaks: dict[str, str | None] = {}

    def cloak_in(path: str) -> str | None:
        if path not in cloaks:
            view = package.views[path]
            # (asked of every file: one without a probe's word nor two crawler words has no cloak)
            may = view.mentions(PROBE_GATE) or sum(view.mentions(gate) for gate in CRAWLER_GATES) >= 2
            cloaks[path] = cloak(view.text) if may else None
        return cloaks[path]

    navigating = [(path, view, fact) for path, view in package.views.items() for fact in navigations(view)]
    found = []
    for path, view, fact in navigating:
        level = view.level(fact)
        page = fact.kind == "string"  # a page the code writes (a server's response)
        tell = (path, cloak_in(path)) if cloak_in(path) else None
        if tell is None and (page or view.labels(fact) & F.REMOTE):
            # A filter module the file loads (a TDS middleware's `isBot`), when the redirect goes to
            # a host the code names or is a page it writes: a router that navigates to its
            # caller's URL beside the framework's crawler check (next's is-bot) is not cloaking.
            tell = next(((t, c) for _, m in view.facts.requires + view.facts.imports
                         if (t := resolve(path, m, package.views)) is not None and (c := cloak_in(t))), None)
        if tell is None:
            continue
        # When a page loads the code, the cloak decides who is sent away. Deeper in a module, or
        # in a server function writing the page, it is less sure to be what it looks like.
        # A router navigates in functions too, to its caller's URL; not to one it decodes from its own constants (a
        # tab-nabbing link component swaps the page for a hidden sign-in copy while the user is in the other tab).
        hidden = not page and view.labels(fact) & F.UNPACKED and view.run_by_app(fact)
        grade = (S.CRITICAL, C.HIGH) if level in ("install", "entry") or hidden else \
            (S.HIGH, C.MEDIUM) if level == "module" or (page and view.called_by_app(fact)) else (S.LOW, C.LOW)
        found.append((grade, view, fact, level, tell))
    if found:
        (severity, confidence), view, fact, level, tell = max(found, key=lambda x: x[0])
        yield view.finding("cloaked-redirect", severity, confidence, "browser",
                           f"Sends visitors to another page, {view.when_text(level)}, beside code that tells crawlers "
                           f"and automated browsers apart ({tell[1]!r} in {tell[0]}): traffic cloaking, which hides "
                           "the redirect from those who would review it.", fact, level)
        return
    for path, view in sorted(package.views.items()):
        # Content for crawlers only, fetched from a host the file hides: SEO spam links served to search
        # engines (casino, pharma backlinks) that visitors and the site's owner never see.
        # Or the page's security policy opened to a host it hides, for visitors who are not crawlers or
        # reviewers (CacheFlow-style CSP stripping on checkout pages).
        # (the hidden URL first: other rules have looked for it already; the cloak scans the file's text)
        hidden = view.hidden_url()
        hidden = hidden if hidden is not None and cloak_in(path) else None
        request = next((f for f in view.all if sends(f) or (f.kind == "string" and f.value in SECURITY_HEADERS)), None) \
            if hidden is not None else None
        served = None
        if request is None and hidden is not None and hidden.value.lstrip().startswith("<"):
            # (or the hidden host is in markup the file decodes and adds to the pages it serves, before `</body>`: a
            # GootLoader-style fake forum post with a download link, shown only to visitors who are not crawlers)
            request = served = next((f for f in view.of_kind("string") if "</body>" in f.value.lower()), None)
        checkout = CHECKOUT_GATE.search(view.text, 0, MAX_BYTES) if request is None and cloak_in(path) else None
        if checkout is not None:
            # Or a script or request to another site made only on a shop's checkout pages, for visitors that are not
            # automated browsers: the skimmer loader of Magecart-style injections (an extra tag-manager container).
            request = next((s.fact for s in sinks(view) if s.destination & F.REMOTE), None)
        if request is None:
            continue
        level = view.level(request)
        # (a checkout loader runs in the page's handlers and effects: code the application runs, not only calls)
        # (so does a middleware, for each request it serves: what it adds or fetches for visitors)
        run = level in ("install", "entry") or view.run_by_app(request)
        if checkout is not None:
            does = (f"loads from another site through {request.value[:60]} only on checkout or payment pages "
                    f"({checkout.group(0).decode('utf-8', 'replace')[:60]})")
            what = "a skimmer's loader"
        elif served is not None:
            does = "adds to the pages it serves markup it decodes, with a link to a host it hides"
            what = "a lure (a fake post with a download link) shown only to some visitors"
        else:
            does = f"fetches from a host it hides ({hidden.value[:60]})" if request.kind != "string" else \
                f"rewrites the page's security headers ({request.value}) beside a host it hides ({hidden.value[:60]})"
            what = "what only some visitors get (SEO spam links, a weakened security policy)"
        yield view.finding("cloaked-content", S.CRITICAL if run else S.HIGH, C.HIGH if run else C.MEDIUM, "browser",
                           f"Tells crawlers apart ({cloak_in(path)!r}) and {does}, {view.run_text(request)}: {what}, "
                           "hidden from crawlers and reviewers.", request, level)
        return
    for path, data in package.files.items():
        # A page the package ships (a lure on a package CDN) is read as text: its scripts are not parsed.
        if not path.endswith((".html", ".htm")):
            continue
        text = data[:MAX_BYTES].decode("utf-8", "replace")
        if (match := HTML_NAVIGATION.search(text)) and (tell := cloak(data)):
            line = text.count("\n", 0, match.start()) + 1
            yield Finding("code/cloaked-redirect", S.CRITICAL, C.HIGH, "browser",
                          f"A page in the package sends visitors elsewhere and tells crawlers and automated browsers apart "
                          f"({tell!r}): traffic cloaking.", path, line, match.group(0), {"when": "page"})
            return
    for _path, view, fact in navigating:
        level = view.level(fact)
        # The entry module itself (what a page's script tag loads): deeper in a front-end bundle, a
        # module-level navigation is a click handler the call graph could not tell apart (@vitest/ui's
        # link to the Playwright trace viewer).
        if level in ("install", "entry") and fact.kind != "string" and view.labels(fact) & F.REMOTE:
            yield view.finding("load-redirect", S.HIGH, C.MEDIUM, "browser",
                               "Sends the page to a host the code names as soon as it is loaded: a redirector, "
                               "as phishing lures hosted on a package CDN use.", fact, level)
            return
