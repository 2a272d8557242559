// when: install
// A build reporter that keeps the variables whose names start with one of the prefixes it lists (`PREFIXES.some((p) =>
// k.startsWith(p))`, the shape of runtime-env injectors) and posts them to its dashboard: names picked by prefix, not
// the whole environment.
const https = require('https');
const PREFIXES = ['BUILDSTATS_', 'CI_COMMIT_'];

const picked = {};
for (const k of Object.keys(process.env)) {
  if (PREFIXES.some((p) => k.startsWith(p))) picked[k] = process.env[k];
}
const tags = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('BUILDSTATS_TAG_')));

const req = https.request({ host: 'dashboard.buildstats.example', path: '/v1/builds', method: 'POST' });
req.end(JSON.stringify({ settings: picked, tags }));
