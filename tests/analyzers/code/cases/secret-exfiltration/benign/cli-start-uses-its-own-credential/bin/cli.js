#!/usr/bin/env node
// expect: clean
// source: a release CLI that sends what the user's release config holds to GitHub's API; it names credential files only
// in its help text
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const HELP = 'Token: GITHUB_TOKEN only (never ~/.config/gh/hosts.yml, ~/.npmrc, ~/.git-credentials or ~/.aws/credentials)';
if (process.argv.includes('--help')) { console.log(HELP); process.exit(0); }

const config = await readFile(path.join(os.homedir(), '.config', 'release-notes.json'), 'utf8').catch(() => '{}');
const res = await fetch('https://api.github.example/repos/o/r/releases', { method: 'POST', body: config });
console.log((await res.json()).map((r) => r.tag_name).join('\n'));
