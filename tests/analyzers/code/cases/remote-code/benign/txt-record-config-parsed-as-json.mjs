// expect: clean
// A service-discovery helper that reads a TXT record of the name it is given and parses it as settings (DKIM/SPF
// checkers, DNS-based config): data, not code.
import { promises as dns } from 'node:dns';
export async function discover(name) {
  const records = await dns.resolveTxt(name);
  const text = records.map((r) => r.join('')).join('');
  return Object.fromEntries(text.split(';').map((kv) => kv.trim().split('=')));
}
