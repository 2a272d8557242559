// source: @storybook/core@8.6.19 dist/common/index.js (an esbuild bundle): dotenv's package.json is
// bundled as an object whose `keywords` list has '.env' among plain words, dotenv's own loader reads
// `.env` into an object that is stored in the config (a setter with a computed key), and at load the bundle fetches a composed
// Storybook's `iframe.html`. A list of words names no file, and the `.env` content starts where it is
// read (the loader nobody on the fetch's path calls), so nothing secret reaches the fetch.
const fs = require('fs'), path = require('path');
var pkg = { name: 'dotenv', version: '16.4.7', keywords: ['dotenv', 'env', '.env', 'environment', 'variables', 'config', 'settings'] };
var config = { version: pkg.version, refs: {} };
const set = (key, value) => { config[key] = value; };
function loadEnv() {
  const parsed = {};
  const text = fs.readFileSync(path.resolve(process.cwd(), '.env'), 'utf8');
  for (const line of text.split('\n')) { const [k, v] = line.split('='); parsed[k] = v; }
  set('env', parsed);
  return parsed;
}
exports.loadEnv = loadEnv;
const checkRef = (url) => fetch(`${url}/iframe.html`, { headers: { 'x-storybook': config.version } });
checkRef(process.env.STORYBOOK_REF_URL || 'https://refs.storybook.example');
