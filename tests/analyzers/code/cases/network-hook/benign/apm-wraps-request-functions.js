// source: the shape of APM agents and request loggers (elastic-apm-node, dd-trace, newrelic instrumentations): on
// require they replace https.request and fetch with timing wrappers, and report to a collector they name in the open
const https = require('https');
const COLLECTOR = process.env.APM_SERVER_URL || 'https://apm.collector.example:8200';
const spans = [];
const request = https.request;
https.request = function (...args) {
  const start = Date.now();
  const req = request.apply(https, args);
  req.on('response', (res) => spans.push({ status: res.statusCode, ms: Date.now() - start }));
  return req;
};
const f = globalThis.fetch;
globalThis.fetch = async (url, init) => {
  const start = Date.now();
  const res = await f(url, init);
  spans.push({ url: String(url).split('?')[0], status: res.status, ms: Date.now() - start });
  return res;
};
setInterval(() => { if (spans.length) f(COLLECTOR + '/intake', { method: 'POST', body: JSON.stringify(spans.splice(0)) }); }, 10000).unref();
