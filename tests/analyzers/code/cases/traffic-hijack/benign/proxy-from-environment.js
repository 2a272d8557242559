// source: global-agent@3 / proxy-agent-style bootstraps (2024): on require, the global agent follows the
// proxy the user configured in the environment; certificate checks stay on unless the user asks.
const https = require('https');
const { HttpsProxyAgent } = require('https-proxy-agent');
const proxy = process.env.HTTPS_PROXY || process.env.https_proxy;
if (proxy) https.globalAgent = new HttpsProxyAgent(proxy);
function insecure(options) {
  if (options.strictSSL === false) process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}
module.exports = { insecure };
