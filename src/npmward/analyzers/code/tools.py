"""Code that a developer tool runs: a package that plugs into Babel, ESLint, Jest, Vitest, Mocha, Jasmine, Gatsby,
Docusaurus, VuePress, Eleventy, Vite, Rollup, webpack, PostCSS, Prettier, n8n, Strapi, the React Native CLI, Expo or the
Angular CLI (a schematic collection's factories, at `ng add` and `ng update`) is
loaded by the tool, and the tool calls what the package
exports (a Babel plugin's `pre`, a Jest preset's `globalSetup`, Mocha's root hooks, a bundler
plugin's `buildStart`) on every run: as surely as code that runs when the package is loaded."""

from __future__ import annotations

import json
import re
from typing import Mapping

from . import patterns as P
from .package import first_target, relative, resolve
from .program import FileFacts

TOOL_PLUGIN = re.compile(r"(^|[/-])(babel-(plugin|preset)|eslint-(plugin|config|formatter)|jest-(preset|environment|runner|reporter)|"
                         r"jest-[\w-]*transform|"
                         r"vite-plugin|rollup-plugin|unplugin|webpack-plugin|postcss|prettier-plugin|stylelint-(plugin|config)|"
                         r"vitest-(preset|environment|reporter|plugin|config)|karma|mocha|jasmine|gatsby-(plugin|theme)|docusaurus-(plugin|theme)|"
                         r"vuepress-plugin|eleventy-plugin)")
"""Package names of tool plugins and presets (`babel-plugin-x`, `@scope/vite-plugin-x`, `x-webpack-plugin`). (Not
semantic-release plugins: their steps are the release itself, `npm publish` in @semantic-release/npm's `publish`.)"""
YEOMAN_KEYWORD = "yeoman-generator"
"""The keyword that makes a package a Yeoman generator (`yo` lists and runs those): `yo x` loads `generators/<sub>/index.js`
(or `<sub>/index.js`) and runs every method of the class it exports (`initializing`, `prompting`, `writing`, `install`,
`end`). (Not a `generator-` name alone: generator-function is a library.)"""
STORYBOOK_ADDON = re.compile(r"(^|/)storybook-addon-|^@storybook/addon-")
"""A Storybook addon (its catalogue's keyword is `storybook-addons`): Storybook loads its `preset` (the package's
`./preset` export or `preset.js`) on every `storybook dev` and `build`, and calls what it exports (`env`,
`viteFinal`, `webpackFinal`, `managerEntries`)."""
PRESET_FILES = ("jest-preset.js", "jest-preset.cjs", "jest-preset.json")
GATSBY_FILES = ("gatsby-node.js", "gatsby-browser.js", "gatsby-ssr.js", "gatsby-node.mjs", "gatsby-node.ts")
"""What Gatsby loads from each plugin it is configured with, calling the lifecycle APIs they export (`onPreBuild`,
`createPages`, `onPostBuild`) on every build."""
HOOKS = P.BUILD_OUTPUT_HOOKS | {
    "pre", "post", "manipulateOptions", "buildStart", "buildEnd", "config", "configResolved", "configureServer",
    "transform", "load", "resolveId", "closeBundle", "apply", "create", "Once", "OnceExit", "beforeAll", "afterAll",
    "beforeEach", "afterEach", "globalSetup", "globalTeardown", "setup", "teardown",
    "execute", "poll", "trigger", "webhook", "supplyData", "authenticate", "bootstrap", "register",
    "jasmineStarted", "jasmineDone", "suiteStarted", "suiteDone", "specStarted", "specDone",
    "loadContent", "contentLoaded", "postBuild", "configureWebpack", "onPrepared", "onGenerated",
    "preprocess", "postprocess", "parse", "print", "embed"}
CONFIG_FILES = ("react-native.config.js", "react-native.config.cjs", "app.plugin.js", ".pnp.loader.mjs")
"""Files of a dependency that a tool loads from the package's root: the React Native CLI requires every dependency's
`react-native.config.js` while it autolinks (`run-android`, `pod install`, Gradle's native_modules); Expo requires a
config plugin's `app.plugin.js` at every prebuild; Yarn registers a Plug'n'Play project's `.pnp.loader.mjs` as Node's
ESM loader for every process it starts (`yarn dev`, `yarn test`), whose exported `resolve` and `load` run on each import."""
SCHEMATIC_COLLECTIONS = ((("schematics",), "schematics", "factory"), (("ng-update", "migrations"), "schematics", "factory"))
"""Where a package names its Angular schematic collections (the manifest's field, the collection's key, the entry's field
naming the file): `ng add x` runs the collection's `ng-add` factory right after installing x, `ng update x` its
migrations."""
COMMAND_COLLECTIONS = ((("builders",), "builders", "implementation"), (("executors",), "executors", "implementation"),
                       (("generators",), "generators", "factory"))
"""Where a package names the Angular builders and Nx executors and generators it gives its CLI: `ng build` and `nx run
project:target` run the builder or executor a project's target names (`"executor": "x:notify"`), `nx g x:app` a
generator, each when its user types it, as a CLI runs a subcommand's handler."""


def schematic_factories(manifest: Mapping, files: Mapping[str, bytes], facts: Mapping[str, FileFacts]) -> set[str]:
    """The files of the factories (`"factory": "./ng-add/index#ngAdd"`) of the package's schematic collections: the
    Angular CLI calls the exported factory when the user adds or updates the package, and every rule the file makes
    (`chain([addImport(o), warmCache()])` hands them to the CLI, which runs them)."""
    return _collection_files(manifest, files, facts, SCHEMATIC_COLLECTIONS)


def command_implementations(manifest: Mapping, files: Mapping[str, bytes], facts: Mapping[str, FileFacts]) -> set[str]:
    """The files of the package's builders, executors and generators (`"implementation":
    "./dist/executors/notify/executor"`): their CLI calls what they export when a user runs a target (see
    COMMAND_COLLECTIONS), as an application calls a library's exports."""
    return _collection_files(manifest, files, facts, COMMAND_COLLECTIONS)


def _collection_files(manifest: Mapping, files: Mapping[str, bytes], facts: Mapping[str, FileFacts],
                      collections: tuple) -> set[str]:
    """The files the entries of the collections the manifest names point to."""
    found: set[str] = set()
    for keys, listing, field in collections:
        value = _field(manifest, *keys)
        collection = relative("package.json", value, files) if isinstance(value, str) else None
        try:
            listed = json.loads(files[collection][:1_000_000]) if collection is not None else None
        except (ValueError, UnicodeDecodeError):
            continue
        entries = listed.get(listing) if isinstance(listed, Mapping) else None
        for entry in entries.values() if isinstance(entries, Mapping) else ():
            factory = entry.get(field) if isinstance(entry, Mapping) else None
            if isinstance(factory, str):
                target = relative(collection, factory.split("#", 1)[0], facts)
                if target is not None:
                    found.add(target)
    return found


def snap_bundles(files: Mapping[str, bytes]) -> set[str]:
    """The bundle a MetaMask Snap names in its `snap.manifest.json` (`source.location.npm.filePath`): the wallet runs it
    and calls its handlers (`onRpcRequest`, `onTransaction`, `onCronjob`, `onInstall`) on the user's every request, with
    the keys the snap derives, so every function of the bundle is the wallet's to run (webpack's minified module table
    hides which of them the handlers reach)."""
    try:
        listed = json.loads(files["snap.manifest.json"][:1_000_000]) if "snap.manifest.json" in files else None
    except (ValueError, UnicodeDecodeError):
        return set()
    path = _field(listed, "source", "location", "npm", "filePath")
    target = relative("snap.manifest.json", path, files) if isinstance(path, str) else None
    return {target} if target is not None else set()


CORDOVA_HOOK = re.compile(r"""<hook\b[^>]{0,300}?\bsrc\s*=\s*["']([^"']{1,300})["']""")


def cordova_hooks(files: Mapping[str, bytes]) -> set[str]:
    """The scripts a Cordova plugin's `plugin.xml` declares as hooks (`<hook type="after_plugin_install"
    src="scripts/x.js"/>`): the Cordova CLI requires each and calls the function it exports when the plugin is added to
    an app (`*_plugin_install`) or at every prepare and build of the app."""
    data = files.get("plugin.xml")
    if not isinstance(data, bytes) or b"<hook" not in data:
        return set()
    text = data[:1_000_000].decode("utf-8", "replace")
    return {target for src in CORDOVA_HOOK.findall(text) if (target := relative("plugin.xml", src, files)) is not None}


LESS_PLUGIN = re.compile(r"""@plugin\s+["']([^"'\n]{1,200})["']""")
"""Less's `@plugin "../plugins/colors";`: the compiler requires that module and calls its `install` whenever it
compiles the stylesheet (less-loader, Vite, lessc)."""


def less_plugins(files: Mapping[str, bytes]) -> set[str]:
    """The package's own scripts its Less stylesheets load as plugins: they run in the build of every app that compiles
    the stylesheet, as a bundler plugin does."""
    found = set()
    for path, data in files.items():
        if not path.endswith(".less") or not isinstance(data, bytes) or b"@plugin" not in data:
            continue
        for spec in LESS_PLUGIN.findall(data[:1_000_000].decode("utf-8", "replace")):
            found.add(relative(path, spec, files))  # (`.js` is tried)
    return {f for f in found if f}


def _field(value: object, *keys: str) -> object:
    """`value[k1][k2]…` of a parsed JSON document, None wherever a level is missing or not an object (a manifest is the
    package's input: any shape)."""
    for key in keys:
        value = value.get(key) if isinstance(value, Mapping) else None
    return value


NAMED_HOOKS = {"preprocess", "postprocess"}
"""Hooks a plugin often declares as plain functions and hands over by name (`parsers: {babel: {...babel, preprocess}}`):
a function of that name in a file the tool loads is the hook, whatever object holds it."""
"""Methods a tool calls on what a plugin gives it (n8n calls a node's `execute`, `poll`, `trigger`,
`webhook` or `supplyData` each time a workflow runs it; Strapi a plugin's `register` and `bootstrap`
at every start of the server; Jasmine a reporter's `jasmineDone` at the end of every test run; Docusaurus a plugin's
`loadContent` and `postBuild`, VuePress its `onPrepared` and `onGenerated`, on every build; Prettier a parser's
`preprocess` and `parse` and a printer's `print` and `embed`, ESLint a processor's `preprocess` and `postprocess`, for
every file formatted or linted)."""


def tool_files(manifest: Mapping, facts: Mapping[str, FileFacts], mains: set[str]) -> set[str]:
    """Files whose exports and hook methods the tool calls: the entry of a tool plugin, a Jest preset
    and the files it names (`globalSetup: require.resolve('./setup.js')`), a module exporting Mocha's
    root hooks (`mochaHooks`), the nodes and credentials an n8n community package declares, an oclif plugin's hooks
    (`"oclif": {"hooks": {"init": "./lib/hooks/init"}}`), a Yeoman generator's generators."""
    found = {p for p, ff in facts.items() if "mochaHooks" in ff.exports} | (set(CONFIG_FILES) & set(facts))
    n8n = manifest.get("n8n")
    if isinstance(n8n, Mapping):
        for field in ("nodes", "credentials"):
            listed = n8n.get(field) if isinstance(n8n.get(field), list) else []
            found |= {target for p in listed if isinstance(p, str)
                      and (target := relative("package.json", p, facts)) is not None}
    strapi = manifest.get("strapi")
    if isinstance(strapi, Mapping) and strapi.get("kind") == "plugin":
        # A Strapi plugin: the server loads `strapi-server.js` (or the main) and calls its hooks.
        found |= mains | ({"strapi-server.js"} & set(facts))
    name = str(manifest.get("name", ""))
    keywords = " ".join(k for k in manifest.get("keywords") or [] if isinstance(k, str)) \
        if isinstance(manifest.get("keywords"), list) else ""
    if TOOL_PLUGIN.search(name) or TOOL_PLUGIN.search(keywords.replace(" ", "-")):
        found |= mains | (set(GATSBY_FILES) & set(facts))
    hooks = _field(manifest, "oclif", "hooks")
    if isinstance(hooks, Mapping) and not manifest.get("bin"):
        # A plugin of an oclif CLI (Salesforce's `sf`, Heroku's): its `init` and `prerun` hooks run at every command of
        # the CLI, the user's own included. (A CLI's own hooks run when its user runs it, as its bin does: heroku's.)
        for listed in hooks.values():
            for spec in (listed if isinstance(listed, list) else [listed]):
                target = relative("package.json", spec, facts) if isinstance(spec, str) else None
                if target is not None:
                    found.add(target)
    if "storybook-addons" in keywords.split() or STORYBOOK_ADDON.search(name):
        exported = manifest.get("exports")
        preset = first_target(exported.get("./preset")) if isinstance(exported, Mapping) else None
        found |= {target for spec in (preset, "./preset.js", "./preset.cjs") if isinstance(spec, str)
                  and (target := relative("package.json", spec, facts)) is not None}
    if YEOMAN_KEYWORD in keywords.split():
        found |= mains | {p for p in facts if re.fullmatch(r"(generators/)?[\w.-]+/index\.[cm]?js", p)}
    for preset in (p for p in PRESET_FILES if p in facts):
        found.add(preset)
        for fact in facts[preset].facts:
            if fact.kind == "string" and fact.value.startswith("."):
                target = resolve(preset, fact.value, facts)
                if target is not None:
                    found.add(target)
    return found
