"""The package's shape: which file a module specifier names, which files are the entry points and
which ones the lifecycle hooks run."""

from __future__ import annotations

import posixpath
import re
import shlex
from typing import Iterable, Mapping

from ..install_scripts import INSTALL_HOOKS, NODE_PRELOAD, files_run_by, gyp_commands, npmrc_commands
from .parse import DECLARATIONS, JS_EXTENSIONS, TS_EXTENSIONS

NODE_TARGET = re.compile(r"(?:^|&&|\|\||;|\s)node(?:\s+--?[\w-]+(?:=\S+)?)*\s+(?P<target>[^\s&|;'\"]+)")
"""`node .`, `node index`, `node dist/x` (without an extension): files `files_run_by` leaves out."""
NPM_RUN = re.compile(r"(?:^|&&|\|\||;)\s*(?:npm\s+run(?:-script)?|yarn(?:\s+run)?|pnpm(?:\s+run)?)\s+(?P<script>[\w:.-]+)")


RESOLVED_SUFFIXES = ("", *JS_EXTENSIONS, *(f"/index{ext}" for ext in JS_EXTENSIONS))
"""What Node tries after a relative specifier, in order: the path itself, with each extension, its directory's index."""


def resolve(base: str, module: str, files: Mapping[str, object]) -> str | None:
    """The package file `module` names from the file `base` (None for packages and builtins)."""
    if not module.startswith("."):
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(base), module))
    for suffix in RESOLVED_SUFFIXES:
        if target + suffix in files:
            return target + suffix
    return None


def relative(base: str, spec: str, files: Mapping[str, object]) -> str | None:
    """The package file a path written in `base` names, with or without its leading `./` (manifests, env files and
    stylesheets write both)."""
    return resolve(base, spec if spec.startswith(".") else "./" + spec, files)


def first_target(target: object) -> object:
    """The first path of a conditional `imports`/`exports` target (`{"node": {"import": "./x.js"}}`: node, import,
    require, default, whichever is written first)."""
    for _ in range(4):
        if not isinstance(target, Mapping):
            break
        target = next((v for v in target.values() if isinstance(v, (str, Mapping))), None)
    return target


def subpaths(manifest: Mapping) -> dict[str, str]:
    """package.json `imports` (`"#supports-color": "./source/vendor/supports-color.js"`), each key to
    the package file it names (see `first_target`)."""
    found: dict[str, str] = {}
    imports = manifest.get("imports")
    for key, target in (imports.items() if isinstance(imports, Mapping) else ()):
        target = first_target(target)
        if isinstance(key, str) and key.startswith("#") and isinstance(target, str) and target.startswith("./"):
            found[key] = posixpath.normpath(target)
    return found


def main_file(manifest: Mapping, files: Mapping[str, object]) -> str | None:
    main = manifest.get("main") if isinstance(manifest.get("main"), str) and manifest.get("main") else "index.js"
    return relative("package.json", main, files)


CDN_FIELDS = ("unpkg", "jsdelivr", "browser")
"""Manifest fields that name the script CDNs serve to pages (`browser` when it names one file, which bundlers load
instead of `main`; as a map it swaps modules)."""


def served_files(manifest: Mapping, files: Mapping[str, object]) -> set[str]:
    """The package files the CDN fields name: entries of the package, minified by design."""
    found = {relative("package.json", v, files)
             for f in CDN_FIELDS if isinstance(v := manifest.get(f), str)}
    return {f for f in found if f}


def entry_files(manifest: Mapping, files: Mapping[str, object]) -> set[str]:
    """`main`, every file `exports` names, `module` (the ESM entry bundlers load), the scripts CDNs serve to pages
    (`served_files`), and the node files an automation runtime loads and calls (`runtime_nodes`)."""
    found = {main_file(manifest, files)} | served_files(manifest, files) | _nightwatch_globals(manifest, files) \
        | env_file_preloads(manifest, files)
    stack = [manifest.get("exports"), manifest.get("module"), *runtime_nodes(manifest)]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            found.add(relative("package.json", value, files))
        elif isinstance(value, Mapping):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return {f for f in found if f}


ENV_FILE_LOADERS = re.compile(r"--env-file(?:-if-exists)?\b|(?:^|[\s;&|(])(?:dotenv|dotenvx|env-cmd)\s")
"""A script that starts its processes with the variables of an env file (`node --env-file=.env app.js`, dotenv-cli,
dotenvx, env-cmd): a NODE_OPTIONS line there is an option of every Node those processes start."""
NODE_OPTIONS_LINE = re.compile(r"^\s*(?:export\s+)?NODE_OPTIONS\s*=\s*(.+?)\s*$", re.M)


def env_file_preloads(manifest: Mapping, files: Mapping[str, object]) -> set[str]:
    """Files of the package an env file preloads into the Node its scripts start (`NODE_OPTIONS=--require
    ./src/config/apm.cjs` in `.env`, with `"start": "node --env-file=.env src/server.js"`): they run before the entry
    whenever the project is started, tested or built (fake job-interview projects hide their loader so)."""
    scripts = manifest.get("scripts")
    if not isinstance(scripts, Mapping) or not any(isinstance(c, str) and ENV_FILE_LOADERS.search(c) for c in scripts.values()):
        return set()
    found = set()
    for path, data in files.items():
        if not isinstance(data, bytes) or not posixpath.basename(path).startswith(".env") or "/" in path:
            continue
        for options in NODE_OPTIONS_LINE.findall(data[:64_000].decode("utf-8", "replace")):
            for target in NODE_PRELOAD.findall(options.strip("\"'")):
                found.add(relative("package.json", target, files))
    return {f for f in found if f}


def runtime_nodes(manifest: Mapping) -> list:
    """The files a Node-RED (`"node-red": {"nodes": {name: file}}`) or n8n (`"n8n": {"nodes": [...], "credentials":
    [...]}`) package declares: the runtime requires each when it starts and calls what it exports. Also a NativeScript
    plugin's hooks (`"nativescript": {"hooks": [{"type": "before-build", "script": "hooks/x.js"}]}`), which the
    NativeScript CLI requires and calls at each build of the app."""
    found: list = []
    for field, keys in (("node-red", ("nodes",)), ("n8n", ("nodes", "credentials"))):
        section = manifest.get(field)
        if isinstance(section, Mapping):
            found += [section.get(key) for key in keys]
    native = manifest.get("nativescript")
    hooks = native.get("hooks") if isinstance(native, Mapping) else None
    for hook in hooks if isinstance(hooks, list) else ():
        if isinstance(hook, Mapping) and isinstance(hook.get("script"), str):
            found.append(hook["script"])
    return found


NIGHTWATCH_GLOBALS = ("nightwatch/globals.js", "nightwatch/globals.cjs")


def _nightwatch_globals(manifest: Mapping, files: Mapping[str, object]) -> set[str]:
    """A Nightwatch plugin's globals file: Nightwatch requires `nightwatch/globals.js` of each package listed in its
    config's `plugins` and calls its hooks (`before`, `beforeEach`, …) around every test run."""
    present = {p for p in NIGHTWATCH_GLOBALS if p in files}
    if not present:
        return set()
    keywords = manifest.get("keywords") if isinstance(manifest.get("keywords"), list) else []
    named = [*keywords, *(name for field in ("peerDependencies", "dependencies")
                          if isinstance(manifest.get(field), Mapping) for name in manifest[field])]
    return present if any(isinstance(n, str) and "nightwatch" in n for n in named) else set()


SOURCE_FIELDS = ("react-native", "source", "browser")
"""Manifest fields that name a file a consumer's bundler may build from (Metro's `react-native`,
Parcel's `source`, a browser build), TypeScript sources included."""


def ts_sources_run(manifest: Mapping) -> bool:
    """Whether the manifest names a TypeScript source as something a consumer's tools load: a source
    field, or an `exports` target under a condition other than a namespaced custom one (zod's
    `"@zod/source": "./src/index.ts"` is for its own monorepo; `"bun": "./src/index.ts"` runs)."""
    stack: list = [manifest.get(k) for k in SOURCE_FIELDS] + [manifest.get("exports")]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if value.endswith(TS_EXTENSIONS) and not value.endswith(DECLARATIONS):
                return True
        elif isinstance(value, Mapping):
            stack.extend(v for k, v in value.items() if not (isinstance(k, str) and k.startswith("@")))
        elif isinstance(value, list):
            stack.extend(value)
    return False


def compiled_twins(paths: Iterable[str]) -> set[str]:
    """The TypeScript sources among `paths` that ship next to their compiled JavaScript: `src/a/b.ts`
    beside `a/b.js`, `dist/a/b.js` or `lib/cjs/a/b.js` (tsc's rootDir and outDir), or `x/b.ts` beside `x/b.js`."""
    stems = set()
    for p in paths:
        if p.endswith((".js", ".cjs", ".mjs", ".jsx")):
            parts = p.rsplit(".", 1)[0].split("/")
            stems.update("/".join(parts[i:]) for i in range(min(3, len(parts))))
    twins = set()
    for p in paths:
        if p.endswith(TS_EXTENSIONS):
            parts = p.rsplit(".", 1)[0].split("/")
            if "/".join(parts) in stems or (len(parts) > 1 and "/".join(parts[1:]) in stems):
                twins.add(p)
    return twins


ACTION_FILES = ("action.yml", "action.yaml")
MAX_ACTION_BYTES = 64_000


def action_files(files: Mapping[str, object]) -> set[str]:
    """The files a GitHub Action shipped in the package runs (`runs: {using: node20, pre, main, post}` of
    its action.yml): the runner starts them in the job, with its secrets, whenever a workflow uses it."""
    import yaml

    found: set[str] = set()
    for name in ACTION_FILES:
        data = files.get(name)
        if not isinstance(data, bytes) or len(data) > MAX_ACTION_BYTES:
            continue
        try:
            runs = (yaml.safe_load(data) or {}).get("runs")
        except (yaml.YAMLError, AttributeError, RecursionError, ValueError):
            continue  # (not an action's metadata: nothing is run from it)
        if isinstance(runs, Mapping) and str(runs.get("using", "")).startswith("node"):
            for step in ("pre", "main", "post"):
                target = runs.get(step)
                if isinstance(target, str) and (f := resolve("package.json", "./" + target.removeprefix("./"), files)):
                    found.add(f)
    return found


NODE_SHEBANG = re.compile(rb"#![^\n]{0,80}\bnode\b")


def node_scripts(files: Mapping[str, bytes], run: set[str]) -> set[str]:
    """JavaScript files whose name does not say so: an extensionless bin or script with a node shebang (`bin/tsc`),
    or an extensionless file an install hook hands to node (`node scripts/setup`)."""
    return {p for p, data in files.items() if "." not in posixpath.basename(p)
            and (NODE_SHEBANG.match(data) is not None or (p in run and not data.startswith(b"#!")))}


POLYGLOT = re.compile(rb"^(?:GIF8[79]a|BM|\x89PNG\r\n\x1a\n|\xff\xd8\xff|\x00\x00\x01\x00)/\*")
"""An image whose header runs straight into a JavaScript comment (`GIF89a/*…*/=1;…`, `BM/*…`): no encoder writes `/*`
after a magic number (as a GIF's width, a BMP's size, a PNG chunk's length it is absurd); a polyglot crafted to be
run as JavaScript, which Node does when code requires it (a file of unknown extension loads as CommonJS)."""


def polyglot_scripts(files: Mapping[str, bytes]) -> set[str]:
    """Image files that are also JavaScript (see `POLYGLOT`): read as code, as Node would run them."""
    return {p for p, data in files.items() if POLYGLOT.match(data) is not None and b"*/" in data[:65_536]
            and not p.endswith(JS_EXTENSIONS)}


def bin_files(manifest: Mapping, files: Mapping[str, object]) -> set[str]:
    value = manifest.get("bin")
    targets = [value] if isinstance(value, str) else list(value.values()) if isinstance(value, Mapping) else []
    return {f for t in targets if isinstance(t, str) and (f := relative("package.json", t, files))}


DOUBLE_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')


def _keep_backslash_pairs(quoted: re.Match) -> str:
    """`node -e "spawn('cmd.exe', ['/c', 'scripts\\\\setup.cmd'])"`: cmd.exe hands node the backslash pair as it is (sh
    would halve it, and `\\r` would become a carriage return), and a Windows path is what such code runs."""
    return quoted.group(0).replace("\\\\", "\\\\\\\\")


def inline_code(manifest: Mapping) -> list[tuple[str, str]]:
    """(hook, code) for each `node -e '<code>'` / `node -p` in an install hook: code that runs at
    install without being a file of the package."""
    scripts = manifest.get("scripts") if isinstance(manifest.get("scripts"), Mapping) else {}
    found = []
    for hook in INSTALL_HOOKS:
        command = scripts.get(hook)
        if hook == "prepare" or not isinstance(command, str) or "node" not in command:
            continue
        try:
            words = shlex.split(DOUBLE_QUOTED.sub(_keep_backslash_pairs, command[:20_000]))
        except ValueError:
            continue
        for i, word in enumerate(words[:-1]):
            if word in ("-e", "--eval", "-p", "--print") and i and words[i - 1].rsplit("/", 1)[-1] in ("node", "nodejs"):
                found.append((hook, words[i + 1]))
    return found


def lifecycle_commands(manifest: Mapping) -> list[str]:
    """The commands npm runs when the package is installed from a registry: its install hooks and
    the scripts they run with `npm run`. (`prepare` runs only for git and local installs.) A VS Code extension's
    `vscode:uninstall` is one too: the editor runs it with Node, unasked, when the extension is removed."""
    scripts = manifest.get("scripts") if isinstance(manifest.get("scripts"), Mapping) else {}
    commands: list[str] = []
    queue = [scripts.get(h) for h in (*INSTALL_HOOKS, "vscode:uninstall") if h != "prepare"]
    seen: set[str] = set()
    while queue:
        command = queue.pop()
        if not isinstance(command, str) or command in seen or len(seen) > 20:
            continue
        seen.add(command)
        commands.append(command)
        queue.extend(scripts.get(m.group("script")) for m in NPM_RUN.finditer(command))
    return commands


def lifecycle_files(manifest: Mapping, files: Mapping[str, object]) -> set[str]:
    """Package files that npm runs at install time: `node x.js` and `node .`/`node index`/`node dist/x`
    in the lifecycle commands, in binding.gyp's command expansions (`<!(node tools/detect.js)`) and in the programs the
    package's .npmrc runs (`node-options=--require ./hook.js`)."""
    found: set[str] = set()
    for command in [*lifecycle_commands(manifest), *(c for _, c in gyp_commands(files)),
                    *(c for _, _, c in npmrc_commands(files))]:
        found.update(p for p in files_run_by(command) if p in files)
        for match in NODE_TARGET.finditer(command):
            target = match.group("target")
            if target in (".", "./"):
                found.add(main_file(manifest, files) or "")
            else:
                found.add(relative("package.json", target, files) or "")
    return {f for f in found if f}


def names_file(text: str, target: str) -> bool:
    """Whether a string names the package file `target` (by its path, or by a distinctive basename)."""
    text = text.replace("\\", "/")
    if text.endswith("/" + target) or text == target:
        return True
    return re.search(r"(^|[\s/'\"])" + re.escape(posixpath.basename(target)) + r"($|[\s'\"])", text) is not None
