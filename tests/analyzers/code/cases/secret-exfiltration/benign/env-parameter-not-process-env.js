// source: the shape of config loaders that alias process.env at the top and also have helpers taking an `env`
// object of the caller's (a parsed .env file, a test's fake environment): the helper's env[k] is not process.env
const https = require('https');
const env = process.env;
const PORT = env.PORT || 3000;
function pick(env, keys) {
  const out = {};
  for (const k in env) if (keys.includes(k)) out[k] = env[k];
  return out;
}
function report(parsed) {
  const body = JSON.stringify({ port: PORT, settings: pick(parsed, ['LOG_LEVEL', 'REGION']) });
  https.request({ host: 'config.service.example', path: '/v1/report', method: 'POST' }).end(body);
}
module.exports = { report };
