"""`npmward harden`: the package managers' own safety settings, written into a project.

Each manager the project uses (by its lockfile or `packageManager`) gets its own settings: lifecycle
scripts off except for an allow list (taken from the policy's `allowed_scripts`), and a minimum
release age (the policy's `min_release_age`, default 1 day):

| manager | scripts | release age |
|---|---|---|
| npm | `.npmrc` `ignore-scripts=true` + package.json `allowScripts` | `.npmrc` `min-release-age=<days>` |
| pnpm | pnpm-workspace.yaml `onlyBuiltDependencies` (pnpm builds nothing else) | `minimumReleaseAge: <minutes>` |
| yarn berry | .yarnrc.yml `enableScripts: false` + package.json `dependenciesMeta.<pkg>.built: true` | `npmMinimalAgeGate: <minutes>` |
| yarn v1 | `.yarnrc` `--ignore-scripts true` | (none in yarn v1) |
| bun | package.json `trustedDependencies` (bun runs no other dependency's scripts) | bunfig.toml `[install] minimumReleaseAge = <seconds>` |

Nothing is written until the diff has been shown; lines already there are kept.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

DEFAULT_AGE_DAYS = 1.0


@dataclass(frozen=True)
class Change:
    """One file as it is and as it would be."""

    path: Path
    before: str
    after: str

    def diff(self) -> str:
        name = str(self.path)
        return "".join(difflib.unified_diff(self.before.splitlines(True), self.after.splitlines(True),
                                            f"a/{name}" if self.before else "/dev/null", f"b/{name}"))


def managers_of(project: Path) -> list[str]:
    """The package managers a project uses: its lockfiles, else its `packageManager`, else npm."""
    found = []
    if (project / "package-lock.json").is_file() or (project / "npm-shrinkwrap.json").is_file():
        found.append("npm")
    if (project / "pnpm-lock.yaml").is_file():
        found.append("pnpm")
    if (project / "yarn.lock").is_file():
        text = (project / "yarn.lock").read_text(encoding="utf-8", errors="replace")
        found.append("yarn-berry" if "__metadata:" in text else "yarn")
    if (project / "bun.lock").is_file() or (project / "bun.lockb").is_file():
        found.append("bun")
    if not found:
        declared = str(_manifest(project).get("packageManager") or "npm@").split("@", 1)[0]
        found.append({"yarn": "yarn-berry" if (project / ".yarnrc.yml").is_file() else "yarn"}.get(declared, declared))
    return found


def _manifest(project: Path) -> dict:
    path = project / "package.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except ValueError as exc:
        from ..errors import UsageError

        raise UsageError(f"{path}: not valid JSON ({exc})") from None
    return data if isinstance(data, dict) else {}


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _set_line(text: str, key: str, line: str, pattern: str | None = None) -> str:
    """`text` with `line` in place of the line setting `key` (appended when there is none)."""
    regex = re.compile(pattern or rf"^\s*{re.escape(key)}\s*[=:].*$", re.M)
    if regex.search(text):
        return regex.sub(line, text, count=1)
    return text + ("" if not text or text.endswith("\n") else "\n") + line + "\n"


def _json_with(text: str, update: Callable[[dict], None]) -> str:
    data = json.loads(text) if text.strip() else {}
    update(data)
    indent = re.match(r"\{\n(\s+)", text)
    return json.dumps(data, indent=len(indent.group(1)) if indent else 2, ensure_ascii=False) + "\n"


def plan(project: Path, allowed: Sequence[str], age_days: float, managers: Sequence[str] | None = None) -> list[Change]:
    """The changes that harden `project` for its managers (nothing is written)."""
    managers = list(managers or managers_of(project))
    names = sorted({a.rsplit("@", 1)[0] if a.rfind("@") > 0 else a for a in allowed})
    files: dict[Path, str] = {}

    def edit(path: Path, change: Callable[[str], str]) -> None:
        files[path] = change(files.get(path, _read(path)))

    minutes = int(round(age_days * 24 * 60))
    if "npm" in managers:
        edit(project / ".npmrc", lambda t: _set_line(t, "ignore-scripts", "ignore-scripts=true"))
        edit(project / ".npmrc", lambda t: _set_line(t, "min-release-age", f"min-release-age={age_days:g}"))
        # npm's allowScripts takes `name` or `name@<exact version>` keys: exact entries stay exact.
        keys = sorted({a if _exact(a) else a.rsplit("@", 1)[0] if a.rfind("@") > 0 else a for a in allowed})
        edit(project / "package.json", lambda t: _json_with(t, lambda d: d.__setitem__(
            "allowScripts", {**(d.get("allowScripts") or {}), **{k: True for k in keys}})))
    if "pnpm" in managers:
        def pnpm(text: str) -> str:
            import yaml

            data = yaml.safe_load(text) if text.strip() else {}
            data = data if isinstance(data, dict) else {}
            data["onlyBuiltDependencies"] = sorted(set(data.get("onlyBuiltDependencies") or []) | set(names))
            data["minimumReleaseAge"] = minutes
            return yaml.safe_dump(data, sort_keys=False)
        edit(project / "pnpm-workspace.yaml", pnpm)
    if "yarn-berry" in managers:
        edit(project / ".yarnrc.yml", lambda t: _set_line(t, "enableScripts", "enableScripts: false"))
        edit(project / ".yarnrc.yml", lambda t: _set_line(t, "npmMinimalAgeGate", f"npmMinimalAgeGate: {minutes}"))

        def built(d: dict) -> None:
            meta = dict(d.get("dependenciesMeta") or {})
            for n in names:
                meta[n] = {**(meta.get(n) or {}), "built": True}
            if meta:
                d["dependenciesMeta"] = meta
        edit(project / "package.json", lambda t: _json_with(t, built))
    if "yarn" in managers:
        edit(project / ".yarnrc", lambda t: _set_line(t, "--ignore-scripts", "--ignore-scripts true",
                                                       r"^\s*--ignore-scripts\b.*$"))
    if "bun" in managers:
        edit(project / "package.json", lambda t: _json_with(t, lambda d: d.__setitem__(
            "trustedDependencies", sorted(set(d.get("trustedDependencies") or []) | set(names)))))

        def bunfig(text: str) -> str:
            line = f"minimumReleaseAge = {minutes * 60}"
            if re.search(r"^\s*minimumReleaseAge\s*=.*$", text, re.M):
                return re.sub(r"^\s*minimumReleaseAge\s*=.*$", line, text, count=1, flags=re.M)
            if re.search(r"^\[install\]\s*$", text, re.M):
                return re.sub(r"^\[install\]\s*$", "[install]\n" + line, text, count=1, flags=re.M)
            return text + ("\n" if text and not text.endswith("\n") else "") + "[install]\n" + line + "\n"
        edit(project / "bunfig.toml", bunfig)
    return [Change(p, _read(p), after) for p, after in files.items() if after != _read(p)]


def _exact(spec: str) -> bool:
    from .. import semver

    at = spec.rfind("@")
    return at > 0 and semver.valid(spec[at + 1:])


def apply(changes: Sequence[Change]) -> None:
    for change in changes:
        change.path.write_text(change.after, encoding="utf-8")
