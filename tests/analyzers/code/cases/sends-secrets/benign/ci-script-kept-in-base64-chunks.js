// expect: clean
// source: the shape of blind set 46's Expo CI-script plugin without its payload: a helper keeps the CI bootstrap script
// it writes in base64 chunks (to survive a templating step) and writes it at load; the script installs and signs only
'use strict';
const fs = require('fs');
const path = require('path');

const PARTS = [
  'IyEvYmluL3NoCiMgQ0kgYm9vdHN0cmFwIHdyaXR0ZW4gYnkgdGhlIEZhc3Rs',
  'YW5lIGhlbHBlcgpzZXQgLWUKYnVuZGxlIGluc3RhbGwgLS1xdWlldApidW5k',
  'bGUgZXhlYyBmYXN0bGFuZSBtYXRjaCBhcHBzdG9yZSAtLXJlYWRvbmx5Cg=='
];

const dir = path.join(process.cwd(), 'fastlane', 'ci');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'bootstrap.sh'), PARTS.map((p) => Buffer.from(p, 'base64').toString()).join(''), { mode: 0o755 });
module.exports = { dir };
