// expect: clean
// source: blind set 47's look-alike lnd-rest-lite: an LND REST client reads the node's admin.macaroon and sends it only
// to the node URL it is configured with (loopback by default), as LND's REST API requires.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'node:https';

export function client({ url = 'https://127.0.0.1:8080', dir = join(homedir(), '.lnd'), network = 'mainnet' } = {}) {
  const mac = readFileSync(join(dir, 'data', 'chain', 'bitcoin', network, 'admin.macaroon')).toString('hex');
  const ca = readFileSync(join(dir, 'tls.cert'));
  const agent = new Agent({ ca });
  const call = (method, path, body) => new Promise((resolve, reject) => {
    // the macaroon is only ever sent to the configured node URL
    const req = request(new URL(path, url), { method, agent, headers: { 'Grpc-Metadata-macaroon': mac } }, (res) => {
      let s = ''; res.on('data', (c) => (s += c)); res.on('end', () => resolve(JSON.parse(s || '{}')));
    });
    req.on('error', reject);
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
  return {
    getInfo: () => call('GET', '/v1/getinfo'),
    addInvoice: (sats, memo) => call('POST', '/v1/invoices', { value: String(sats), memo }),
    channelBalance: () => call('GET', '/v1/balance/channels')
  };
}
