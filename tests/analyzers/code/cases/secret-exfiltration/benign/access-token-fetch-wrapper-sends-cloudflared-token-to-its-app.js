// expect: clean
// source: the look-alike: a fetch wrapper that attaches the Cloudflare Access token cloudflared saved for the app it calls
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function savedToken(origin) {
  const dir = path.join(os.homedir(), '.cloudflared');
  const host = new URL(origin).hostname;
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(host) && name.endsWith('-token')) return fs.readFileSync(path.join(dir, name), 'utf8').trim();
  }
  return null;
}

async function accessFetch(input, init = {}) {
  const url = new URL(String(input));
  const headers = new Headers(init.headers);
  const token = savedToken(url.origin);
  if (token) headers.set('cf-access-token', token);
  return fetch(url, { ...init, headers });
}

module.exports = { accessFetch };
