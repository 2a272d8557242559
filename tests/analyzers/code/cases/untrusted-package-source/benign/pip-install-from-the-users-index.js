// source: the shape of Node-Python bridges (their postinstall installs the Python side with pip, from PyPI or the index
// the user configured, with pip's checks as they are).
// when: install
const { spawnSync } = require('child_process');
const args = ['-m', 'pip', 'install', '--user', '--quiet'];
if (process.env.PIP_INDEX_URL) args.push('--index-url', process.env.PIP_INDEX_URL);
spawnSync('python3', args.concat(['bridge-rpc==3.0.2']), { stdio: 'inherit' });
console.log('Behind a proxy with its own certificate? Configure pip (pip config set global.cert ...) rather than --trusted-host.');
