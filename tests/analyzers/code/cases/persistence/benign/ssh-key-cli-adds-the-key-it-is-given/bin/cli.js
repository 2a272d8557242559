#!/usr/bin/env node
// source: blind set 35's look-alike ssh-deploy-key: a CLI that adds, lists and removes keys in ~/.ssh/authorized_keys,
// the key named on its command line; it ships no key and sends nothing
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILE = process.env.AUTHORIZED_KEYS || path.join(os.homedir(), '.ssh', 'authorized_keys');
const KEY_RE = /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|sk-ssh-ed25519@openssh\.com) [A-Za-z0-9+/=]+( .*)?$/;

function read() { return fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8').split('\n').filter(Boolean) : []; }
function write(lines) {
  fs.mkdirSync(path.dirname(FILE), { recursive: true, mode: 0o700 });
  fs.writeFileSync(FILE, lines.join('\n') + '\n', { mode: 0o600 });
}

const [cmd, arg, ...opts] = process.argv.slice(2);
if (cmd === 'add') {
  const key = fs.existsSync(arg) ? fs.readFileSync(arg, 'utf8').trim() : String(arg || '').trim();
  if (!KEY_RE.test(key)) { console.error('not an SSH public key'); process.exit(1); }
  const restrictions = opts.filter((o) => /^(from|command|no-port-forwarding|no-pty|restrict)/.test(o)).join(',');
  const line = (restrictions ? restrictions + ' ' : '') + key;
  const lines = read();
  if (lines.some((l) => l.includes(key.split(' ')[1]))) { console.log('already present'); process.exit(0); }
  write(lines.concat(line));
  console.log(`added to ${FILE}`);
} else if (cmd === 'list') {
  read().forEach((l, i) => console.log(i + 1, l.replace(/ [A-Za-z0-9+/=]{40,}/, ' …')));
} else if (cmd === 'remove') {
  const n = Number(arg);
  const lines = read();
  lines.splice(n - 1, 1);
  write(lines);
  console.log(`removed entry ${n}`);
} else {
  console.log('usage: ssh-deploy-key add <pubkey|file> [from="192.0.2.10"] [restrict] | list | remove <n>');
}
