// source: nx 24.0.6 dist/src/daemon/client/client.js (MIT): the daemon client truncates its log file under the
// workspace (writeFileSync(path, '')) whose name it derives from the environment it runs with, and the package reaches
// the network elsewhere: what is written is an empty string, not the environment its path's flow carries.
const fs = require('fs');
const path = require('path');
const https = require('https');
const fingerprint = JSON.stringify(process.env).length.toString(36);
const DAEMON_OUTPUT_LOG_FILE = path.join(process.cwd(), '.nx', 'workspace-data', fingerprint, 'daemon.log');
fs.mkdirSync(path.dirname(DAEMON_OUTPUT_LOG_FILE), { recursive: true });
fs.writeFileSync(DAEMON_OUTPUT_LOG_FILE, '');
https.get('https://cloud.nx-example.example/nx-cloud/version', (r) => r.resume()).on('error', () => {});
