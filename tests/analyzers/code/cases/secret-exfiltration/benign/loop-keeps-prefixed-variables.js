// when: install
// A build reporter that keeps, in a loop, only the variables its users mark for it (a constant prefix, or the prefix
// its caller configures) and posts them to its own dashboard: the guard picks names, it does not read the whole
// environment (the same as `Object.keys(process.env).filter((k) => k.startsWith('BUILDSTATS_'))`).
const https = require('https');

function pick(prefix) {
  const out = {};
  for (const k of Object.keys(process.env)) if (k.startsWith(prefix)) out[k] = process.env[k];
  return out;
}

const tags = {};
for (const [k, v] of Object.entries(process.env)) {
  if (k.startsWith('BUILDSTATS_TAG_')) {
    tags[k.slice(15).toLowerCase()] = v;
  }
}

const body = JSON.stringify({ settings: pick('BUILDSTATS_'), tags });
https.request({ host: 'ingest.buildstats.example', path: '/v1/install', method: 'POST' }).end(body);
