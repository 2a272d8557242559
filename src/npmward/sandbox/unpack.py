"""The install phase without npm, for a dependency tree npm would run no code of.

`npm install` in the sandbox costs most of a run (npm's own start-up loads ~800 files, all under
strace). When no package of the tree has an install hook (npm's `preinstall`/`install`/`postinstall`,
or a `binding.gyp` that npm builds), npm would do nothing a package controls: it would put each
tarball in its place in `node_modules`, link the bins and write the lockfiles. The runner picks such
trees and places each package where npm would (`deps.unpack_plan`, from the manifests the registry
serves); the warden does the rest itself (`unpack`), checking what the tarballs really hold: a
`package.json` in a tarball that declares a hook the registry's manifest did not (manifest
confusion), or a `binding.gyp`, sends the tree back to npm. Any doubt (an entry it does not
extract, an error) does too.

Extraction is what pacote does: the first path component stripped, regular files and directories
only (links are dropped), no `..`, modes normalised.
"""

from __future__ import annotations

import json
import os
import posixpath
import shutil
import tarfile
from pathlib import Path
from typing import Any, Mapping

INSTALL_SCRIPTS = ("preinstall", "install", "postinstall")
MAX_ENTRIES = 100_000
"""Entries of a whole tree unpacked here; past it npm does it, under the install phase's limits."""
MAX_MANIFEST = 1 << 20
"""Bytes of a package.json read to look for hooks; a bigger one goes to npm. Other files are copied
in chunks: the tmpfs's size, not the warden's memory, bounds what a tarball can unpack to."""


def has_install_hook(manifest: Mapping[str, Any]) -> bool:
    """Whether npm runs code of a package with this manifest at install (a lifecycle hook, a gyp build)."""
    scripts = manifest.get("scripts")
    scripts = scripts if isinstance(scripts, Mapping) else {}
    return bool(manifest.get("hasInstallScript") or manifest.get("gypfile") or any(scripts.get(h) for h in INSTALL_SCRIPTS))


class Refused(Exception):
    """The tree needs npm after all (an install hook in a tarball, an entry not extracted)."""


def _entries(tgz: str, count: list[int]):
    with tarfile.open(tgz, "r:*") as tar:
        for member in tar:
            count[0] += 1
            if count[0] > MAX_ENTRIES:
                raise Refused(f"more than {MAX_ENTRIES} entries")
            parts = [p for p in member.name.replace("\\", "/").split("/")[1:] if p not in ("", ".")]
            if not parts:
                continue
            if ".." in parts:
                raise Refused(f"entry {member.name!r} leaves the package")
            if member.isdir():
                yield parts, member, None
            elif member.isreg():
                yield parts, member, tar.extractfile(member)
            # links, devices, fifos: pacote drops them too


def _extract(tgz: str, dest: Path, count: list[int]) -> dict:
    """Extract one tarball into `dest`; return its package.json (raises Refused when npm would run code).
    `count`: entries of the tree so far."""
    manifest: dict | None = None
    for parts, member, data in _entries(tgz, count):
        path = dest.joinpath(*parts)
        if data is None:
            path.mkdir(parents=True, exist_ok=True)
            continue
        if parts[-1] == "binding.gyp":
            raise Refused(f"{'/'.join(parts)}: npm builds it with node-gyp")
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as fh:
            if parts[-1] == "package.json":  # every one, bundled ones too: any doubt goes to npm
                body = data.read(MAX_MANIFEST + 1)
                doc = _checked_manifest(body, "/".join(parts))
                manifest = doc if len(parts) == 1 else manifest
                fh.write(body)
            else:
                shutil.copyfileobj(data, fh, 1 << 20)
        os.chmod(path, ((member.mode | 0o644) & ~0o022) | 0o600)
    if manifest is None:
        raise Refused("no package.json (or not a JSON object)")
    return manifest


def _checked_manifest(body: bytes, where: str) -> dict | None:
    """A package.json's document (None when it is not an object); Refused when it declares an
    install hook or is too big to check."""
    if len(body) > MAX_MANIFEST:
        raise Refused(f"{where} is over {MAX_MANIFEST} bytes")
    try:
        doc = json.loads(body)
    except ValueError:
        return None
    if not isinstance(doc, dict):
        return None
    if has_install_hook({"scripts": doc.get("scripts"), "gypfile": doc.get("gypfile")}):
        raise Refused(f"{where} declares an install script")
    return doc


def _bins(manifest: Mapping[str, Any], name: str) -> dict[str, str]:
    """bin name -> path inside the package, as npm normalises `bin` (unsafe entries dropped)."""
    raw = manifest.get("bin")
    if isinstance(raw, str):
        raw = {name.split("/")[-1]: raw}
    out = {}
    for key, target in (raw.items() if isinstance(raw, Mapping) else ()):
        base = posixpath.basename(str(key))
        path = posixpath.normpath(str(target)) if isinstance(target, str) else ""
        if base not in ("", ".", "..") and path and not path.startswith(("/", "..")):
            out[base] = path
    return out


def unpack(project: Path, tree: list[dict], registry_host: str) -> str | None:
    """Lay `tree` out in `project/node_modules` as npm would (`registry_host` in the lockfiles' URLs).
    None when done; else why npm must do it (node_modules is then removed)."""
    modules = project / "node_modules"
    lock: dict[str, dict] = {}
    count = [0]
    try:
        for p in tree:
            dest = project / p["path"]
            manifest = _extract(p["tarball"], dest, count)
            entry = {"version": p["version"], "integrity": p["integrity"],
                     "resolved": f"https://{registry_host}/{p['name']}/-/{p['name'].split('/')[-1]}-{p['version']}.tgz"}
            bins = _bins(manifest, p["name"])
            bin_dir = project / p["path"][: -len(p["name"])] / ".bin"  # beside it, as npm links them
            for bin_name, path in bins.items():
                target = dest / path
                if target.is_file():
                    os.chmod(target, 0o755)
                    bin_dir.mkdir(exist_ok=True)
                    os.symlink(f"../{p['name']}/{path}", bin_dir / bin_name)
            for key in ("dependencies", "optionalDependencies", "peerDependencies"):
                if isinstance(manifest.get(key), dict) and manifest[key]:
                    entry[key] = manifest[key]
            if bins:
                entry["bin"] = bins
            lock[p["path"]] = entry
    except (Refused, OSError, tarfile.TarError, EOFError, ValueError) as exc:
        shutil.rmtree(modules, ignore_errors=True)
        return str(exc) or type(exc).__name__
    _write_lockfiles(project, tree[0], lock)
    return None


def _write_lockfiles(project: Path, target: dict, packages: dict[str, dict]) -> None:
    """package-lock.json and node_modules/.package-lock.json, as npm leaves them after an install."""
    root = json.loads((project / "package.json").read_text())
    top = {"name": root.get("name"), "version": root.get("version"),
           "dependencies": {target["name"]: target["version"]}}
    doc = {"name": root.get("name"), "version": root.get("version"), "lockfileVersion": 3, "requires": True}
    (project / "package-lock.json").write_text(json.dumps({**doc, "packages": {"": top, **packages}}, indent=2) + "\n")
    (project / "node_modules" / ".package-lock.json").write_text(json.dumps({**doc, "packages": packages}, indent=2) + "\n")
