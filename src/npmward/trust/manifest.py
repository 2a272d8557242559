"""Manifest confusion: the registry's copy of package.json against the one inside the tarball.

npm's registry stores the manifest the publishing client sent, separately from the tarball, and did
not check they agree. The npm CLI installs dependencies from the registry's copy but runs the
tarball's scripts and links the tarball's `bin`: a package can show a clean manifest on the website
and in audits while the tarball installs something else (Darcy Clarke, 2023).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from .result import CheckResult, failed, verified

CHECK = "manifest"
DEPENDENCY_FIELDS = ("dependencies", "optionalDependencies", "peerDependencies", "bundleDependencies",
                     "bundledDependencies")
# devDependencies are not installed for consumers; they are compared but matter less.
FIELDS = ("name", "version", "scripts", *DEPENDENCY_FIELDS, "devDependencies", "bin", "main")
HIGH_RISK = {"scripts", "bin", *DEPENDENCY_FIELDS}


@dataclass(frozen=True)
class ManifestDifference:
    """One field that differs between the registry's manifest and the tarball's package.json."""

    field: str
    registry: Any
    tarball: Any
    explanation: str


def _normalise_bin(name: str, value: Any) -> Any:
    # `"bin": "cli.js"` means `{<package name without scope>: "cli.js"}`; npm normalises it on publish.
    if isinstance(value, str):
        return {name.split("/")[-1]: value}
    return value


def _normalise(field: str, manifest: Mapping[str, Any]) -> Any:
    value = manifest.get(field)
    if field == "bin":
        value = _normalise_bin(str(manifest.get("name", "")), value)
        if isinstance(value, Mapping):
            value = {k: str(v).removeprefix("./") for k, v in value.items()}
    if field == "main" and isinstance(value, str):
        value = value.removeprefix("./")
    if field in ("bundleDependencies", "bundledDependencies") and value is True:
        value = sorted((manifest.get("dependencies") or {}).keys())
    if field in DEPENDENCY_FIELDS + ("devDependencies", "scripts") and value in ({}, []):
        value = None
    return value


def _explain(field: str, registry: Any, tarball: Any) -> str:
    if field == "scripts":
        added = sorted(set(tarball or {}) - set(registry or {}))
        changed = sorted(k for k in set(tarball or {}) & set(registry or {}) if (tarball or {})[k] != (registry or {})[k])
        parts = []
        if added:
            parts.append(f"the tarball adds script(s) {', '.join(added)} that the registry's manifest does not show"
                         " — npm runs the tarball's install scripts")
        if changed:
            parts.append(f"script(s) {', '.join(changed)} differ")
        removed = sorted(set(registry or {}) - set(tarball or {}))
        if removed:
            parts.append(f"the registry shows script(s) {', '.join(removed)} the tarball lacks")
        return "; ".join(parts) or "scripts differ"
    if field in DEPENDENCY_FIELDS or field == "devDependencies":
        reg = dict(registry) if isinstance(registry, Mapping) else registry if registry is not None else {}
        tar = dict(tarball) if isinstance(tarball, Mapping) else tarball if tarball is not None else {}
        if isinstance(reg, dict) and isinstance(tar, dict):
            hidden = sorted(set(reg) - set(tar))
            unseen = sorted(set(tar) - set(reg))
            changed = sorted(k for k in set(reg) & set(tar) if reg[k] != tar[k])
            parts = []
            if hidden:
                parts.append(f"npm installs {', '.join(hidden)} from the registry's manifest, which the tarball's "
                             "package.json does not declare (hidden dependency)")
            if unseen:
                parts.append(f"the tarball declares {', '.join(unseen)}, which audits of the registry manifest never see")
            if changed:
                parts.append(f"the ranges of {', '.join(changed)} differ")
            return "; ".join(parts) or f"{field} differ"
        return f"{field} differ"
    if field == "bin":
        return "the tarball links different executables than the registry's manifest shows"
    if field == "main":
        return "the entry point the tarball loads differs from the registry's manifest"
    return f"the tarball's {field} differs from the registry's"


def compare_manifests(registry_manifest: Mapping[str, Any], tarball_manifest: Mapping[str, Any],
                      has_binding_gyp: Callable[[], bool] = lambda: False) -> list[ManifestDifference]:
    """`has_binding_gyp` is asked only when the scripts differ: listing a cached package's files
    means unpacking it."""
    out = []
    for field in FIELDS:
        reg, tar = _normalise(field, registry_manifest), _normalise(field, tarball_manifest)
        if field == "scripts" and reg != tar and has_binding_gyp():
            tar = _implicit_gyp_install(tar)
        if reg != tar:
            out.append(ManifestDifference(field, reg, tar, _explain(field, reg, tar)))
    return out


def _implicit_gyp_install(scripts: Any) -> Any:
    """npm publishes `install: node-gyp rebuild` for a package with binding.gyp and no install script."""
    scripts = dict(scripts or {})
    if "install" not in scripts and "preinstall" not in scripts:
        scripts["install"] = "node-gyp rebuild"
    return scripts


def check_manifest(registry_manifest: Mapping[str, Any] | None, tarball_manifest: Mapping[str, Any],
                   has_binding_gyp: Callable[[], bool] = lambda: False) -> list[CheckResult]:
    if not registry_manifest:
        return []
    differences = compare_manifests(registry_manifest, tarball_manifest, has_binding_gyp)
    if not differences:
        return [verified(CHECK, "the registry's manifest matches the tarball's package.json "
                                "(name, version, scripts, dependencies, bin, main)")]
    return [failed(CHECK, f"{d.field}-differs", f"manifest confusion in `{d.field}`: {d.explanation}",
                   field=d.field, registry=d.registry, tarball=d.tarball, high_risk=d.field in HIGH_RISK)
            for d in differences]
