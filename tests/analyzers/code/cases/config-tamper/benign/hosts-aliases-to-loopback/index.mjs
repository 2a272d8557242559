// allow: medium
// source: the shape of local-domain helpers for dev servers (hostile, vite-plugin-local-domains style): the hosts file
// gets the project's own names mapped to 127.0.0.1 and ::1, and nothing else.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const HOSTS = process.platform === 'win32' ? path.join('C:\\Windows', 'System32', 'drivers', 'etc', 'hosts') : '/etc/hosts';

function block(names) {
  const lines = ['# >>> local-aliases >>>'];
  for (const n of names) lines.push(`127.0.0.1 ${n}`, `::1 ${n}`);
  lines.push('# <<< local-aliases <<<');
  return lines.join(os.EOL);
}


export function ensureHosts(names) {
  const current = fs.readFileSync(HOSTS, 'utf8');
  if (!current.includes(block(names))) fs.writeFileSync(HOSTS, current + os.EOL + block(names) + os.EOL);
}

export function plugin(names = []) {
  return { name: 'local-aliases', configureServer() { ensureHosts(names); } };
}
