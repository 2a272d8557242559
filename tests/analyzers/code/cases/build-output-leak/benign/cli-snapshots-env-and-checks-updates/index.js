// The shape of CLIs that save the environment they ran in for a `--replay` or a bug report (a file in their own cache
// directory) and check for updates: the snapshot stays on the machine; the update check asks the tool's own release host.
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');
function saveRunContext(dir = path.join(os.homedir(), '.cache', 'taskr')) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'last-run.json'), JSON.stringify({ argv: process.argv, env: process.env }, null, 2));
}
function checkForUpdate(current) {
  https.get('https://releases.taskr.example/latest.json', (res) => {
    let body = '';
    res.on('data', (c) => { body += c; });
    res.on('end', () => { const { version } = JSON.parse(body); if (version !== current) console.log(`taskr ${version} is out`); });
  }).on('error', () => {});
}
saveRunContext();
checkForUpdate('1.0.0');
