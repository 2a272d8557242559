// The sandbox project's own script (installed under layout.HARNESS's names, one for the load phase,
// one for the execute phase): require and import every entry point of the installed package (main,
// exports, bin); in the execute phase also call its exported functions and constructors with
// harmless arguments, each bounded by a timeout. The process ends when nothing is pending, or after MAX_WAIT_MS.
'use strict';
const path = require('path');
const fs = require('fs');
const { pathToFileURL } = require('url');

const PKG = '__PACKAGE__';
const MAX_WAIT_MS = __MAX_WAIT_MS__;
const CALL_TIMEOUT_MS = 1500;
const exercise = path.basename(__filename) === '__EXERCISE_SCRIPT__';
const pkgDir = path.join(__dirname, 'node_modules', PKG);

function entryFiles(manifest) {
  const out = new Set();
  const add = (p) => { if (typeof p === 'string' && !p.includes('*')) out.add(path.resolve(pkgDir, p)); };
  const walk = (node) => {
    if (typeof node === 'string') add(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  if (manifest.main) add(manifest.main);
  else if (fs.existsSync(path.join(pkgDir, 'index.js'))) add('index.js');
  walk(manifest.exports);
  if (typeof manifest.bin === 'string') add(manifest.bin);
  else walk(manifest.bin);
  return [...out].filter((f) => fs.existsSync(f) && fs.statSync(f).isFile() &&
    !/\.(json|d\.ts|d\.mts|d\.cts|css|map|node|wasm|md)$/.test(f));
}

const withTimeout = (p) => Promise.race([Promise.resolve(p).catch(() => {}),
  new Promise((resolve) => setTimeout(resolve, CALL_TIMEOUT_MS).unref())]);

async function load(file) {
  const mods = [];
  try { mods.push(require(file)); } catch (e) { console.log(`[app] require ${path.relative(__dirname, file)} failed: ${e && e.message}`); }
  try { mods.push(await withTimeout(import(pathToFileURL(file).href))); } catch (e) { /* CommonJS only, or it failed */ }
  return mods.filter((m) => m !== undefined && m !== null);
}

async function call(mod) {
  const targets = [];
  if (typeof mod === 'function') targets.push(mod);
  if (typeof mod === 'object') {
    for (const key of Object.keys(mod).slice(0, 50)) {
      try { if (typeof mod[key] === 'function') targets.push(mod[key]); } catch (e) { /* a getter threw */ }
    }
  }
  for (const fn of targets) {
    for (const args of [[], ['test'], [{}]]) {
      try { await withTimeout(fn(...args)); } catch (e) { /* may be a class */ }
      try { await withTimeout(new fn(...args)); } catch (e) { /* not a constructor */ }
    }
  }
}

(async () => {
  let manifest;
  try { manifest = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')); } catch (e) {
    console.log(`[app] ${PKG} is not installed: ${e && e.message}`);
    process.exit(1);
  }
  const modules = [];
  for (const f of entryFiles(manifest)) modules.push(...(await load(f)));
  if (exercise) for (const m of modules) await call(m);
  // Leave the package's pending work (sockets, timers) time to run, but no longer than MAX_WAIT_MS.
  setTimeout(() => process.exit(0), MAX_WAIT_MS).unref();
})();
