// source: @google/gemini-cli-core@0.61.0's bundled chrome-devtools-mcp (an esbuild bundle): ws's client opens TLS
// sockets where its caller says, and an unrelated part compares a request header's digest with a constant's; nothing
// calls both
const tls = require('tls');
const crypto = require('crypto');

const DEV_TOKEN = crypto.createHash('sha256').update('devtools-local-only').digest('hex');

function isLocalDevtools(req) {
  const seen = crypto.createHash('sha256').update(req.headers['x-devtools-token'] || '').digest('hex');
  return seen === DEV_TOKEN;
}

function tlsConnect(opts) {
  opts.path = undefined;
  if (!opts.servername && opts.servername !== '') opts.servername = opts.host;
  return tls.connect(opts);
}

module.exports = { isLocalDevtools, tlsConnect };
