"""What changed between two versions of a package, and which changes add risk (account takeovers).

A hijacked release of a trusted package (ua-parser-js 0.7.29, event-stream 3.3.6, the 2025 chalk and
debug releases) is the previous version plus a little: a new install script, a new dependency, a
bundled binary, or an obfuscated blob in the entry file. `diff_artifacts(old, new)` lists those
changes; it is pure (no I/O), so the `npmward diff` command and the version-diff analyzer share it.

String-level extraction only (URLs and hosts, secret-read tokens per file): cheap and good enough to
say "this version talks to a host the last one never named".
"""

from __future__ import annotations

import math
import posixpath
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from .model import Artifact, PackageId

LIFECYCLE_SCRIPTS = ("preinstall", "install", "postinstall")
TEST_PATH = re.compile(r"(^|/)(tests?|__tests__|spec|specs|examples?|fixtures?|benchmarks?)/|\.(test|spec)\.[cm]?[jt]sx?$|"
                       r"^(tests?|spec)\.[cm]?[jt]s$")
"""Tests, examples, fixtures and benchmarks: files the package's users do not run."""
"""Scripts npm runs on its own when a consumer installs the package from a registry. `prepare` runs
only for git and local installs and npm 7+ runs no uninstall scripts: changes to those are listed,
not marked risky (a new `prepare` came with 1 of 59 legitimate top releases measured)."""
INSTALLED_DEPENDENCY_FIELDS = ("dependencies", "optionalDependencies", "peerDependencies")
"""npm 7+ installs peers too; devDependencies are never installed for a consumer."""
CODE_EXTENSIONS = (".js", ".cjs", ".mjs", ".ts", ".cts", ".mts", ".jsx", ".tsx", ".sh", ".bat", ".cmd",
                   ".ps1", ".py", ".node", ".exe", ".dll", ".so", ".dylib")
TEXT_CODE_EXTENSIONS = (".js", ".cjs", ".mjs", ".ts", ".cts", ".mts", ".jsx", ".tsx", ".sh", ".bat",
                        ".cmd", ".ps1", ".py")
BINARY_MAGIC = ((b"\x7fELF", "ELF executable"), (b"MZ", "Windows PE executable"),
                (b"\xcf\xfa\xed\xfe", "Mach-O executable"), (b"\xce\xfa\xed\xfe", "Mach-O executable"),
                (b"\xfe\xed\xfa\xcf", "Mach-O executable"), (b"\xfe\xed\xfa\xce", "Mach-O executable"),
                (b"\xca\xfe\xba\xbe", "Mach-O universal binary (or Java class)"))

URL = re.compile(rb"\b(?:https?|wss?|ftp)://([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\])(?::\d+)?[^\s'\"`<>)\]}]*")
IP_LITERAL = re.compile(rb"['\"`](\d{1,3}(?:\.\d{1,3}){3})(?::\d{2,5})?['\"`]")
SECRET_TOKENS = re.compile(
    rb"\.npmrc|_authToken|NPM_TOKEN|GITHUB_TOKEN|GH_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_ACCESS_KEY_ID|"
    rb"AZURE_[A-Z_]*SECRET|GOOGLE_APPLICATION_CREDENTIALS|\.ssh/|id_rsa|id_ed25519|\.aws/credentials|"
    rb"\.kube/config|\.docker/config\.json|\.git-credentials|\.bash_history|wallet\.dat|Local Storage/leveldb|"
    rb"Login Data|Exodus|MetaMask|keychain|process\.env(?!\s*\.\s*NODE_ENV)(?=\s*[),;\]}]|\s*$)")
"""Things that mean "reads a secret": credential files, token variables, wallet/browser stores, and
`process.env` taken whole (an env dump), not `process.env.NODE_ENV`."""
BENIGN_HOSTS = re.compile(
    rb"(^|\.)(github\.com|githubusercontent\.com|npmjs\.(com|org)|nodejs\.org|mozilla\.org|w3\.org|"
    rb"schema\.org|json-schema\.org|example\.(com|org|net)|localhost|opensource\.org|apache\.org|"
    rb"wikipedia\.org|ietf\.org|unicode\.org|ecma-international\.org|tc39\.es|whatwg\.org|microsoft\.com|"
    rb"google\.com|stackoverflow\.com|yarnpkg\.com|jsdelivr\.net|unpkg\.com|gitlab\.com|bitbucket\.org)$")
EXFIL_HOSTS = re.compile(
    rb"(^|\.)(discord(app)?\.com|api\.telegram\.org|hooks\.slack\.com|webhook\.site|pipedream\.net|"
    rb"requestbin\.\w+|ngrok(-free)?\.(io|app)|oast\.\w+|interact\.sh|burpcollaborator\.net|pastebin\.com|"
    rb"transfer\.sh|ipinfo\.io|ip-api\.com|[a-z2-7]{16,56}\.onion)$")
LOOPBACK = re.compile(rb"^(127\.\d+\.\d+\.\d+|0\.0\.0\.0)$")
"""Nothing leaves the machine through these (dev servers, tests)."""
OBFUSCATOR_NAMES = re.compile(rb"\b_0x[0-9a-f]{4,6}\b")
LONG_TOKEN = re.compile(rb"[A-Za-z0-9+/=_\\x-]{2000,}")
SOURCE_MAP_COMMENT = re.compile(rb"^[ \t]*//[#@][ \t]*sourceMappingURL=\S*[ \t]*$", re.M)
"""An inline source map (`//# sourceMappingURL=data:application/json;base64,...`): a long base64
literal that compilers (Babel, tsc, esbuild) append, and a comment that runs nothing."""
MINIFIED_LINE = 1500
"""A line this long in a hand-written entry file is a bundle, minified code or an embedded blob."""


@dataclass(frozen=True)
class Change:
    """One difference between the two versions."""

    kind: str
    """`script`, `dependency`, `bin`, `endpoint`, `secret-read`, `env-read`, `obfuscated`, `minified`, `binary`,
    `repository`, `file`."""
    action: str
    """`+` added, `-` removed, `~` changed."""
    key: str
    """What changed: script name, dependency name, host, token, file path."""
    old: str | None = None
    new: str | None = None
    file: str | None = None
    """The file the evidence is in (for per-file facts)."""
    risky: bool = False
    """An addition attackers use; `npmward diff` exits 1 when there is one."""
    reason: str = ""
    """Why it matters, for risky changes."""

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("kind", "action", "key", "old", "new", "file", "risky", "reason")}


@dataclass(frozen=True)
class VersionDiff:
    """The differences between two versions of one package."""

    old: PackageId
    new: PackageId
    changes: tuple[Change, ...]
    files_added: tuple[str, ...] = ()
    files_removed: tuple[str, ...] = ()
    files_changed: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    """Caveats (a different package name, an older "new" version)."""

    @property
    def risky(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.risky)

    def to_dict(self) -> dict[str, Any]:
        return {"old": str(self.old), "new": str(self.new), "risky": bool(self.risky),
                "changes": [c.to_dict() for c in self.changes], "files_added": list(self.files_added),
                "files_removed": list(self.files_removed), "files_changed": list(self.files_changed),
                "notes": list(self.notes)}


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _keyed_changes(kind: str, old: Mapping[str, Any], new: Mapping[str, Any], risky_added, risky_changed,
                   why_added: str, why_changed: str) -> list[Change]:
    """Added/removed/changed entries of two string-valued mappings (scripts, dependencies, bin)."""
    out: list[Change] = []
    for key in sorted(set(old) | set(new)):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        b = None if before is None else str(before)
        a = None if after is None else str(after)
        if before is None:
            out.append(Change(kind, "+", key, None, a, risky=risky_added(key), reason=why_added if risky_added(key) else ""))
        elif after is None:
            out.append(Change(kind, "-", key, b, None))
        else:
            out.append(Change(kind, "~", key, b, a, risky=risky_changed(key), reason=why_changed if risky_changed(key) else ""))
    return out


def bin_entries(manifest: Mapping[str, Any]) -> dict[str, str]:
    """`bin` as a mapping (a string `bin` installs a command named after the package)."""
    value = manifest.get("bin")
    if isinstance(value, str):
        name = str(manifest.get("name", "")).rsplit("/", 1)[-1]
        return {name: value}
    return {k: str(v) for k, v in _mapping(value).items()}


def repository_url(manifest: Mapping[str, Any]) -> str | None:
    """The repository, normalised (`git+https://github.com/a/b.git` -> `github.com/a/b`)."""
    repo = manifest.get("repository")
    url = repo.get("url") if isinstance(repo, Mapping) else repo
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip().lower()
    url = re.sub(r"^(git\+)?(https?|git|ssh|git\+ssh)://(git@)?", "", url)
    url = re.sub(r"^git@([^:]+):", r"\1/", url)
    url = re.sub(r"^(github|gitlab|bitbucket):", lambda m: f"{m.group(1)}.{'org' if m.group(1) == 'bitbucket' else 'com'}/", url)
    if re.fullmatch(r"[\w.-]+/[\w.-]+", url):
        url = f"github.com/{url}"  # npm's shorthand `user/repo`
    return re.sub(r"(\.git)?/*(#.*)?$", "", url)


def entry_files(artifact: Artifact) -> set[str]:
    """Files that run when the package is loaded or its commands are used."""
    manifest = artifact.manifest
    targets: list[str] = []
    for key in ("main", "module", "browser"):
        if isinstance(manifest.get(key), str):
            targets.append(manifest[key])
    targets.extend(bin_entries(manifest).values())

    def walk(value: Any) -> None:
        if isinstance(value, str):
            targets.append(value)
        elif isinstance(value, Mapping):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(manifest.get("exports"))
    out = set()
    for target in targets or ["index.js"]:
        path = posixpath.normpath(target)
        path = "" if path == "." else path
        for candidate in (path, f"{path}.js", posixpath.join(path, "index.js")):
            if candidate in artifact.files:
                out.add(candidate)
                break
    if not targets and "index.js" in artifact.files:
        out.add("index.js")
    return out


def binary_kind(data: bytes) -> str | None:
    return next((label for magic, label in BINARY_MAGIC if data.startswith(magic)), None)


def _host_of(url_match: re.Match) -> bytes:
    return url_match.group(1).lower()


COMMENT_LINE = re.compile(rb"^[ \t]*(//|/?\*|#).*$", re.M)


def endpoints(data: bytes) -> set[str]:
    """Hosts (and raw IPs) named in a code file, outside comment lines (doc links such as
    rfc-editor.org are most URLs in legitimate code), excluding well-known documentation hosts."""
    data = COMMENT_LINE.sub(b"", data)
    hosts = {_host_of(m) for m in URL.finditer(data)}
    hosts |= {m.group(1) for m in IP_LITERAL.finditer(data)}
    return {h.decode("ascii", "replace") for h in hosts
            if h and b"." in h and not BENIGN_HOSTS.search(h) and not LOOPBACK.match(h)}


def secret_reads(data: bytes) -> set[str]:
    return {m.group(0).decode("ascii", "replace") for m in SECRET_TOKENS.finditer(data)}


def _entropy(data: bytes) -> float:
    if not data:
        return 0.0
    counts = Counter(data)
    return -sum(c / len(data) * math.log2(c / len(data)) for c in counts.values())


def blob_kind(data: bytes) -> str | None:
    """`obfuscated` (obfuscator.io names, a huge encoded literal), `minified` (very long lines), or None
    (also for compiled binaries, which are judged as binaries)."""
    if binary_kind(data):
        return None
    data = SOURCE_MAP_COMMENT.sub(b"", data)
    if len(OBFUSCATOR_NAMES.findall(data)) >= 20:
        return "obfuscated"
    for match in LONG_TOKEN.finditer(data):
        if _entropy(match.group(0)) > 3.5:  # hex is ~4 bits a byte, base64 ~6
            return "obfuscated"
    if any(len(line) > MINIFIED_LINE for line in data.splitlines()):
        return "minified"
    return None


def _is_code(path: str) -> bool:
    return path.lower().endswith(CODE_EXTENSIONS)


def _text_code(artifact: Artifact) -> dict[str, bytes]:
    return {p: d for p, d in artifact.files.items() if p.lower().endswith(TEXT_CODE_EXTENSIONS)}


"""A package's own tests and examples: what they read or call says nothing about what installing or
loading the package does (code they would run from the package's entry points is the code
analyzer's to follow)."""


def _facts(artifact: Artifact, extract) -> dict[str, str]:
    """fact -> first file it appears in, over the code files outside tests and examples."""
    out: dict[str, str] = {}
    for path, data in sorted(_text_code(artifact).items()):
        if TEST_PATH.search(path):
            continue
        for fact in extract(data):
            out.setdefault(fact, path)
    return out


def diff_artifacts(old: Artifact, new: Artifact) -> VersionDiff:
    """The changes from `old` to `new`, with the risky additions marked (pure)."""
    om, nm = old.manifest, new.manifest
    notes = []
    if old.id.name != new.id.name:
        notes.append(f"comparing two different packages: {old.id.name} and {new.id.name}")
    changes: list[Change] = []
    changes += _keyed_changes(
        "script", _mapping(om.get("scripts")), _mapping(nm.get("scripts")),
        lambda k: k in LIFECYCLE_SCRIPTS, lambda k: k in LIFECYCLE_SCRIPTS,
        "a new lifecycle script runs on every install", "a changed lifecycle script runs on every install")
    for fld in INSTALLED_DEPENDENCY_FIELDS + ("devDependencies",):
        installed = fld in INSTALLED_DEPENDENCY_FIELDS
        for change in _keyed_changes(
                "dependency", _mapping(om.get(fld)), _mapping(nm.get(fld)), lambda k, installed=installed: installed, lambda k: False,
                "a new dependency is installed with it and runs its own code and scripts", ""):
            changes.append(Change(change.kind, change.action, change.key, change.old, change.new,
                                  file=fld, risky=change.risky, reason=change.reason))
    changes += _keyed_changes("bin", bin_entries(om), bin_entries(nm), lambda k: True, lambda k: True,
                              "a new command is put on the PATH (it can shadow `node`, `npm`, `git`)",
                              "a command now runs a different file")
    old_repo, new_repo = repository_url(om), repository_url(nm)
    if old_repo != new_repo:
        changes.append(Change("repository", "~" if old_repo and new_repo else "+" if new_repo else "-",
                              "repository", old_repo, new_repo, risky=bool(old_repo),
                              reason="the source repository moved (a takeover often re-points it)" if old_repo else ""))
    for kind, extract, why in (
            ("endpoint", endpoints, "code names a network host the previous version never did"),
            ("secret-read", secret_reads, "code reads a secret the previous version never read")):
        before = _facts(old, extract)
        for fact, path in sorted(_facts(new, extract).items()):
            if fact not in before:
                exfil = kind == "endpoint" and EXFIL_HOSTS.search(fact.encode())
                reason = why + (" (a host used for exfiltration)" if exfil else "")
                if fact == "process.env":
                    # The whole environment: what dotenv-like and config code reads; a secret only
                    # if it leaves, which the code analyzer's data flow decides.
                    kind_of, reason = "env-read", "code takes the whole environment, which the previous version never did"
                else:
                    kind_of = kind
                changes.append(Change(kind_of, "+", fact, file=path, risky=True, reason=reason))
    entries = entry_files(new)
    for path in sorted(entries):
        now = blob_kind(new.files[path])
        was = blob_kind(old.files[path]) if path in old.files else None
        if now and now != was and not (now == "minified" and was == "obfuscated"):
            changes.append(Change(now, "+", path, file=path, risky=True,
                                  reason=f"the entry file now contains {now} code"))
    added = sorted(set(new.files) - set(old.files))
    removed = sorted(set(old.files) - set(new.files))
    changed = sorted(p for p in set(new.files) & set(old.files) if new.files[p] != old.files[p])
    # A package that already shipped binaries (prebuilt addons, `libvips-cpp.so.8.18.7`) renames them
    # every release; only the first binary in a package that had none is new behaviour.
    had_binaries = any(binary_kind(data) for data in old.files.values())
    for path in added:
        kind = binary_kind(new.files[path])
        if kind:
            changes.append(Change("binary", "+", path, new=kind, file=path, risky=not had_binaries,
                                  reason="" if had_binaries else f"a bundled {kind} was added to a package that had none"))
    changes += _unusual_files(old, new, added, changed, entries)
    return VersionDiff(old.id, new.id, tuple(changes), tuple(added), tuple(removed), tuple(changed), tuple(notes))


def _manifest_without_version(manifest: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in manifest.items() if k not in ("version", "gitHead", "_id")}


def _unusual_files(old: Artifact, new: Artifact, added: list[str], changed: list[str],
                   entries: set[str]) -> Iterable[Change]:
    """New code files outside the layout the package had, and additions to a release that
    otherwise changes only its version (the shape of a hijacked re-publish)."""
    old_dirs = {posixpath.dirname(p) for p in old.files}
    scripts = _mapping(new.manifest.get("scripts"))
    entry_text = b"\n".join(new.files[p] for p in entries)
    script_text = "\n".join(str(scripts[k]) for k in LIFECYCLE_SCRIPTS if k in scripts)
    only_version = (_manifest_without_version(old.manifest) == _manifest_without_version(new.manifest)
                    and set(changed) <= {"package.json"})
    for path in added:
        if not _is_code(path) or binary_kind(new.files[path]):
            continue
        stem = posixpath.splitext(posixpath.basename(path))[0]
        required = bool(re.search(rb"(require\s*\(|import\s*\(|from\s+)\s*['\"`][./]*[^'\"`]*"
                                  + re.escape(stem.encode()), entry_text))
        run_at_install = re.search(r"(^|[\s/'\"])" + re.escape(path) + r"\b|(^|[\s/'\"])" + re.escape(stem) + r"['\")\s]",
                                   script_text)
        new_place = posixpath.dirname(path) not in old_dirs or "/" not in path
        if only_version:
            reason = "a release that changes nothing but its version adds a code file"
        elif run_at_install:
            reason = "a new code file is run by an install script"
        elif required and new_place:
            reason = "a new code file outside the previous layout is loaded by an entry file"
        else:
            continue
        yield Change("file", "+", path, file=path, risky=True, reason=reason)
