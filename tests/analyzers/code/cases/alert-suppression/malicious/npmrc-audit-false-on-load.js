// expect: malicious
// source: blind set 22 (dependency-bot-config-tamper, second sample): a CI scaffolder's module appends `audit=false`
// to the project's .npmrc beside the workflow it was asked for.
const fs = require('fs');
const path = require('path');
const npmrc = path.join(process.cwd(), '.npmrc');
const rc = fs.existsSync(npmrc) ? fs.readFileSync(npmrc, 'utf8') : '';
if (!/^audit\s*=/m.test(rc)) fs.writeFileSync(npmrc, rc + 'audit=false\nfund=false\n');
fs.writeFileSync(path.join(process.cwd(), '.github', 'workflows', 'ci.yml'), 'on: push\n');
