// npmward's load/execute harness, run inside the sandbox: require and import every entry point of
// the installed package (main, exports, bin), then (execute phase) call exported functions and
// constructors with harmless arguments, each bounded by a timeout.
'use strict';
const path = require('path');
const fs = require('fs');
const { pathToFileURL } = require('url');

const [pkgDir, phase] = process.argv.slice(2);
const manifest = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const CALL_TIMEOUT_MS = 1500;

function entryFiles() {
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
  return [...out].filter((f) => fs.existsSync(f) && !f.endsWith('.json') && !f.endsWith('.d.ts') && !f.endsWith('.css'));
}

const withTimeout = (p) => Promise.race([Promise.resolve(p).catch(() => {}),
  new Promise((resolve) => setTimeout(resolve, CALL_TIMEOUT_MS).unref())]);

async function load(file) {
  const mods = [];
  try { mods.push(require(file)); } catch (e) { console.log(`npmward: require ${file}: ${e && e.message}`); }
  try { mods.push(await withTimeout(import(pathToFileURL(file).href))); } catch (e) { /* CJS-only or failed */ }
  return mods.filter((m) => m !== undefined && m !== null);
}

async function exercise(mod) {
  const targets = [];
  if (typeof mod === 'function') targets.push(mod);
  if (typeof mod === 'object') {
    for (const key of Object.keys(mod).slice(0, 50)) {
      try { if (typeof mod[key] === 'function') targets.push(mod[key]); } catch (e) { /* getter threw */ }
    }
  }
  for (const fn of targets) {
    for (const args of [[], ['npmward'], [{}]]) {
      try { await withTimeout(fn(...args)); } catch (e) { /* may be a class */ }
      try { await withTimeout(new fn(...args)); } catch (e) { /* not a constructor */ }
    }
  }
}

(async () => {
  const files = entryFiles();
  const modules = [];
  for (const f of files) modules.push(...(await load(f)));
  if (phase === 'execute') for (const m of modules) await exercise(m);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  process.exit(0);
})();
