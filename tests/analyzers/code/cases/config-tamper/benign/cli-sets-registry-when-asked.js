// source: nrm@1.2.6 cli.js (the npm registry manager): `nrm use <name>` writes the registry into the
// user's ~/.npmrc, because the user ran that command; nothing is written when it is installed or loaded.
const fs = require('fs');
const os = require('os');
const path = require('path');

const NPMRC = path.join(os.homedir(), '.npmrc');
const REGISTRIES = { npm: 'https://registry.npmjs.org/', taobao: 'https://registry.npmmirror.example/' };

function onUse(name) {
  const lines = fs.existsSync(NPMRC) ? fs.readFileSync(NPMRC, 'utf8').split('\n') : [];
  const kept = lines.filter((l) => !l.startsWith('registry='));
  kept.push(`registry=${REGISTRIES[name]}`);
  fs.writeFileSync(NPMRC, kept.join('\n'));
  console.log(`Registry has been set to: ${REGISTRIES[name]}`);
}

module.exports = { onUse };
