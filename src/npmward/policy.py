"""The policy stage: the only place where configuration changes a result.

Analyzers report what a package *is* (their findings are cached by content and never depend on a
setting). The policy then decides what to *do* about it, on every run, so a change of
`.npmward.yml` or `.npmwardignore.yml` takes effect at once:

- waive findings through visible exceptions — reviewed install scripts (`allowed_scripts`), accepted
  findings with a reason and an expiry (`.npmwardignore.yml`); a waived finding moves to the
  report's `suppressed` list with the entry that waived it, it never disappears;
- decide the verdict on what remains (`npmward.verdict`);
- choose the action: block (fails the run, refused by the firewall), warn, or allow — from the
  verdict level and `fail_on`, per-rule actions (`rules:`), and the fixed rule that a failed
  cryptographic check blocks whatever `fail_on` says.

Organisation-wide defaults live in the user's config file; a project's `.npmward.yml` may add to
them (more private names, more reviewed scripts, stricter rule actions) but cannot set where
npmward keeps its data, nor lower `fail_on`.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from . import semver
from .errors import UsageError
from .model import Action, Finding, Level, PackageId, Severity, Suppression, Verdict
from .settings import CONFIG_FILE, RUN_KEYS, check_key, read_config_file, user_config_path
from .verdict import decide

IGNORE_FILE = ".npmwardignore.yml"
RULE_ACTIONS = ("block", "warn", "ignore")
PRIVATE_NAME_RULES = ("typosquat/",)
"""Rules about a name that look past the organisation's own names."""
CRYPTO_CHECKS = frozenset({"integrity", "signature", "provenance", "publish-attestation", "identity"})
"""Checks whose failure means the bytes or their origin are not what was published."""


def split_package_spec(spec: str) -> tuple[str, str | None]:
    """`@scope/name@^1` -> (`@scope/name`, `^1`); `name` -> (`name`, None)."""
    at = spec.find("@", 1)  # skip a scope's leading "@"
    return (spec, None) if at < 0 else (spec[:at], spec[at + 1:] or None)


@dataclass(frozen=True)
class PackageMatcher:
    """`name` or `name@range` (npm range; an exact version is a range too)."""

    name: str
    range: str | None = None

    @classmethod
    def parse(cls, spec: str) -> "PackageMatcher":
        name, rng = split_package_spec(spec.strip())
        if not name or (rng is not None and not semver.valid_range(rng)):
            raise ValueError(f"{spec!r} is not `name` or `name@range`")
        return cls(name, rng)

    def matches(self, pid: PackageId) -> bool:
        if self.name.lower() != pid.name.lower():
            return False
        return self.range is None or (bool(pid.version) and semver.satisfies(pid.version, self.range, include_prerelease=True))

    def __str__(self) -> str:
        return f"{self.name}@{self.range}" if self.range else self.name


@dataclass(frozen=True)
class IgnoreEntry:
    """One accepted finding of `.npmwardignore.yml`."""

    rule: str
    """A rule id (`install-script/network-tool`, globs allowed) or an advisory id or alias (`GHSA-…`)."""
    reason: str
    expires: dt.date
    package: PackageMatcher | None = None
    """Only this package (and range); None for every package."""
    path: str | None = None
    """Only findings in this file of the package (a glob), when given."""
    source: str = IGNORE_FILE

    def matches(self, pid: PackageId, finding: Finding) -> bool:
        ids = {str(finding.details.get("id", "")), *map(str, finding.details.get("aliases", ()) or ())}
        if self.rule not in ids and not fnmatch.fnmatchcase(finding.rule, self.rule):
            return False
        if self.package is not None and not self.package.matches(pid):
            return False
        return self.path is None or fnmatch.fnmatchcase(finding.file or "", self.path)


@dataclass(frozen=True)
class Policy:
    """What to do about findings: waivers, thresholds, rule actions. Built once per run."""

    fail_on: Level | None = Level.MALICIOUS
    """Block packages at or above this level; None never blocks on the level alone."""
    rules: Mapping[str, str] = field(default_factory=dict)
    """Rule id or glob -> `block`, `warn` or `ignore`."""
    allowed_scripts: tuple[PackageMatcher, ...] = ()
    """Packages whose install scripts were reviewed: their `install-script/*` findings are waived."""
    private_scopes: tuple[str, ...] = ()
    internal_names: tuple[str, ...] = ()
    ignores: tuple[IgnoreEntry, ...] = ()
    min_release_age: float = 0.0
    """Days a version must have been published before the firewall serves it (0: no minimum).
    A young release is how a hijacked maintainer account reaches installs before anyone looks."""
    sources: Mapping[str, str] = field(default_factory=dict)
    """Policy key -> the file(s) it came from, to name them in waivers."""
    today: dt.date = field(default_factory=dt.date.today)
    audit_level: Severity | None = None
    """Block a package with a known vulnerability at or above this severity (npm's `--audit-level`);
    vulnerabilities then count only through it, not through the verdict and `fail_on`. None (the
    default outside `audit`): vulnerabilities count through the verdict like any finding."""

    def with_fail_on(self, fail_on: Level | None) -> "Policy":
        from dataclasses import replace

        return replace(self, fail_on=fail_on)

    def rule_action(self, rule: str) -> str | None:
        exact = self.rules.get(rule)
        if exact is not None:
            return exact
        matches = [pattern for pattern in self.rules if fnmatch.fnmatchcase(rule, pattern)]
        return self.rules[max(matches, key=len)] if matches else None

    def notes(self) -> tuple[str, ...]:
        """What the reader of any report should know about this policy (expired entries, weakened rules)."""
        out = [f"ignore entry {e.rule}{' for ' + str(e.package) if e.package else ''} ({e.source}) expired on "
               f"{e.expires} (reason was: {e.reason}); its findings count again" for e in self.ignores if e.expires < self.today]
        out += [f"policy: rule {rule} is set to `{action}` ({self.sources.get('rules', 'config')})"
                for rule, action in sorted(self.rules.items()) if action in ("warn", "ignore")]
        return tuple(out)

    def judge(self, pid: PackageId, findings: Iterable[Finding], private: str | None = None) -> "Judgement":
        """Waive, decide and choose the action for one package's findings. `private` says why the
        package is the organisation's own (`RegistryIdentity.private_reason`), when it is."""
        kept: list[Finding] = []
        suppressed: list[Suppression] = []
        for finding in findings:
            waiver = self._waiver(pid, finding, private)
            if waiver is None:
                kept.append(finding)
            else:
                suppressed.append(waiver)
        verdict = decide(kept)
        actions = [self.rule_action(f.rule) for f in kept]
        gated = [self.audit_level is not None and f.category == "vulnerability" for f in kept]
        blocking = [f for f, a, g in zip(kept, actions, gated) if a != "warn" and not g]
        level_blocks = self.fail_on is not None and decide(blocking).level.rank >= self.fail_on.rank
        vulnerable = any(g and a != "warn" and f.severity >= self.audit_level for f, a, g in zip(kept, actions, gated))
        if level_blocks or vulnerable or "block" in actions or any(_failed_crypto_check(f) for f in kept):
            action = Action.BLOCK
        elif verdict.level is not Level.CLEAN or "warn" in actions or any(gated):
            action = Action.WARN
        else:
            action = Action.ALLOW
        return Judgement(verdict, action, tuple(kept), tuple(suppressed))

    def _waiver(self, pid: PackageId, finding: Finding, private: str | None) -> Suppression | None:
        if private is not None and finding.rule.startswith(PRIVATE_NAME_RULES):
            return Suppression(finding, f"{pid.name} is the organisation's own name ({private}): resembling a "
                                        "public name is not an attack by it", "npm configuration and policy")
        for entry in self.ignores:
            if entry.expires >= self.today and entry.matches(pid, finding):
                return Suppression(finding, entry.reason, entry.source, entry.expires.isoformat())
        if finding.rule.startswith("install-script/"):
            allowed = next((m for m in self.allowed_scripts if m.matches(pid)), None)
            if allowed is not None:
                return Suppression(finding, f"install scripts of {allowed} are reviewed and allowed",
                                   f"{self.sources.get('allowed_scripts', CONFIG_FILE)} allowed_scripts")
        if self.rule_action(finding.rule) == "ignore":
            return Suppression(finding, f"rule {finding.rule} is ignored by policy",
                               f"{self.sources.get('rules', CONFIG_FILE)} rules")
        return None


@dataclass(frozen=True)
class Judgement:
    """The policy's decision on one package."""

    verdict: Verdict
    action: Action
    findings: tuple[Finding, ...]
    """The findings that still count."""
    suppressed: tuple[Suppression, ...]


def _failed_crypto_check(finding: Finding) -> bool:
    """A failed cryptographic check blocks whatever `fail_on` says, as `npm audit signatures` fails."""
    return finding.details.get("status") == "failed" and finding.details.get("check") in CRYPTO_CHECKS


# --- reading the policy ------------------------------------------------------------------------

def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError("must be a list of strings")
    return tuple(v.strip() for v in value)


def _scopes(value: Any) -> tuple[str, ...]:
    scopes = _strings(value)
    bad = [s for s in scopes if not s.startswith("@") or "/" in s]
    if bad:
        raise ValueError(f"must list scopes like `@acme` (not {bad[0]!r})")
    return tuple(s.lower() for s in scopes)


def _matchers(value: Any) -> tuple[PackageMatcher, ...]:
    return tuple(PackageMatcher.parse(s) for s in _strings(value))


def _rules(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise ValueError("must map rule ids (or globs) to block, warn or ignore")
    bad = {k: v for k, v in value.items() if v not in RULE_ACTIONS}
    if bad:
        key = next(iter(bad))
        raise ValueError(f"action for {key!r} must be one of {', '.join(RULE_ACTIONS)}, not {bad[key]!r}")
    return dict(value)


def _level(value: Any) -> Level | None:
    if value == "never":
        return None
    try:
        return Level(value)
    except ValueError:
        raise ValueError("must be malicious, suspicious or never") from None


def _days(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ValueError("must be a number of days (0 or more)")
    return float(value)


POLICY_KEYS: Mapping[str, Callable[[Any], Any]] = {
    "private_scopes": _scopes,
    "internal_names": _strings,
    "allowed_scripts": _matchers,
    "rules": _rules,
    "fail_on": _level,
    "min_release_age": _days,
}
PROJECT_FORBIDDEN = {"fail_on": "a project may not lower its own gate; use --fail-on or the user's config file"}


def load_policy(project_dir: Path | None, fail_on: Level | None | str = "config", today: dt.date | None = None) -> Policy:
    """The policy of a run: the user's config file, then the project's `.npmward.yml` and
    `.npmwardignore.yml` on top. `fail_on` from the command line wins over the config ("config")."""
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    user = user_config_path()
    for key, value in read_config_file(user).items():
        if key in POLICY_KEYS:
            values[key] = check_key(user, key, value, POLICY_KEYS[key])
            sources[key] = str(user)
    ignores: tuple[IgnoreEntry, ...] = ()
    if project_dir is not None:
        project_file = Path(project_dir) / CONFIG_FILE
        for key, value in read_config_file(project_file).items():
            if key in RUN_KEYS:
                raise UsageError(f"{project_file}: `{key}` cannot be set by a project: a scanned repository must "
                                 f"not choose where npmward keeps its data (use the NPMWARD_* variables or {user})")
            if key in PROJECT_FORBIDDEN:
                raise UsageError(f"{project_file}: `{key}` cannot be set by a project: {PROJECT_FORBIDDEN[key]}")
            if key not in POLICY_KEYS:
                known = ", ".join(sorted(set(POLICY_KEYS) - set(PROJECT_FORBIDDEN)))
                raise UsageError(f"{project_file}: unknown setting `{key}` (known: {known})")
            parsed = check_key(project_file, key, value, POLICY_KEYS[key])
            if key == "rules":
                values[key] = {**values.get(key, {}), **parsed}
            elif key == "min_release_age":  # a project may only lengthen the wait
                values[key] = max(values.get(key, 0.0), parsed)
            else:
                values[key] = tuple(values.get(key, ())) + parsed
            sources[key] = f"{sources[key]} + {project_file}" if key in sources else str(project_file)
        ignores = load_ignores(Path(project_dir))
    if fail_on != "config":
        values["fail_on"] = fail_on
    return Policy(**values, ignores=ignores, sources=sources, **({"today": today} if today else {}))


IGNORE_KEYS = {"rule", "id", "package", "reason", "expires", "path"}


def parse_ignore_text(text: str, source: str) -> tuple[IgnoreEntry, ...]:
    """The entries of an ignore file:

        - rule: GHSA-c2qf-rxjj-qqgw        # advisory id/alias or rule id (globs allowed); `id:` also works
          package: semver@<7.5.2           # optional: name or name@range
          path: dist/*.js                  # optional: only findings in these files of the package
          reason: only used at build time  # required
          expires: 2026-12-31              # required, YYYY-MM-DD
    """
    from .yamlload import YamlError, load_yaml

    try:
        data = load_yaml(text, source)
    except YamlError as exc:
        raise UsageError(str(exc)) from None
    if data is None:
        return ()
    if not isinstance(data, list):
        raise UsageError(f"{source}: must be a list of entries (rule, package, reason, expires)")
    entries = []
    for index, item in enumerate(data, 1):
        where = f"{source}: entry {index}"
        if not isinstance(item, dict):
            raise UsageError(f"{where}: must be a mapping with rule, package, reason, expires")
        unknown = set(map(str, item)) - IGNORE_KEYS
        if unknown:
            raise UsageError(f"{where}: unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(IGNORE_KEYS))})")
        rule = item.get("rule", item.get("id"))
        for key, value in (("rule", rule), ("reason", item.get("reason")), ("expires", item.get("expires"))):
            if not value:
                raise UsageError(f"{where}: `{key}` is required")
        for key in ("rule", "reason", "package", "path"):
            value = rule if key == "rule" else item.get(key)
            if value is not None and not isinstance(value, str):
                raise UsageError(f"{where}: `{key}` must be a string")
        expires = item["expires"]
        if isinstance(expires, str):
            try:
                expires = dt.date.fromisoformat(expires)
            except ValueError:
                raise UsageError(f"{where}: `expires` must be a date YYYY-MM-DD, not {item['expires']!r}") from None
        if not isinstance(expires, dt.date) or isinstance(expires, dt.datetime):
            raise UsageError(f"{where}: `expires` must be a date YYYY-MM-DD")
        try:
            package = PackageMatcher.parse(item["package"]) if item.get("package") else None
        except ValueError as exc:
            raise UsageError(f"{where}: `package` {exc}") from None
        entries.append(IgnoreEntry(rule, item["reason"], expires, package, item.get("path"), f"{source} entry {index}"))
    return tuple(entries)


def load_ignores(project_dir: Path) -> tuple[IgnoreEntry, ...]:
    """The entries of `<project_dir>/.npmwardignore.yml` (none when the file does not exist)."""
    from .files import read_bounded
    from .settings import MAX_CONFIG_BYTES

    path = Path(project_dir) / IGNORE_FILE
    data = read_bounded(path, MAX_CONFIG_BYTES, UsageError, missing_ok=True)
    if data is None:
        return ()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text: {exc}") from None
    return parse_ignore_text(text, str(path))


def unmatched_ignores(policy: Policy, reports: Iterable[Any]) -> list[str]:
    """Notes for live ignore entries that waived nothing in this run (stale entries hide nothing,
    but they should be cleaned up before they hide something new)."""
    used = {s.source for r in reports for s in r.suppressed}
    return [f"ignore entry {e.rule}{' for ' + str(e.package) if e.package else ''} ({e.source}) matched nothing"
            for e in policy.ignores if e.expires >= policy.today and e.source not in used]


def add_ignore_entry(project_dir: Path, rule: str, package: str | None, reason: str, expires: dt.date,
                     path: str | None = None) -> Path:
    """Append an entry to the project's ignore file (validated by reading the result back)."""
    target = Path(project_dir) / IGNORE_FILE
    existing = target.read_text(encoding="utf-8") if target.is_file() else ""
    entry = {"rule": rule, **({"package": package} if package else {}), **({"path": path} if path else {}),
             "reason": reason, "expires": expires.isoformat()}
    import yaml

    block = yaml.safe_dump([entry], sort_keys=False, allow_unicode=True)
    text = existing + ("" if not existing or existing.endswith("\n") else "\n") + block
    parse_ignore_text(text, str(target))  # refuse to write a file npmward could not read
    target.write_text(text, encoding="utf-8")
    return target
