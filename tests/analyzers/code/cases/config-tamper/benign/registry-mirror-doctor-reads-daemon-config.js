// source: the shape of container doctor CLIs: Docker's daemon.json and Podman's registries.conf are read to report
// which mirrors pulls go through; the command prints the change it advises and writes nothing
const fs = require('fs');
const os = require('os');
const path = require('path');

function mirrors() {
  const files = [path.join(os.homedir(), '.docker', 'daemon.json'), '/etc/docker/daemon.json'];
  for (const file of files) {
    try { return JSON.parse(fs.readFileSync(file, 'utf8'))['registry-mirrors'] || []; } catch (e) { /* next */ }
  }
  return [];
}

function advise(wanted) {
  const now = mirrors();
  if (now.includes(wanted)) return 'ok';
  return `add "${wanted}" to "registry-mirrors" in ~/.docker/daemon.json and restart the daemon`;
}

module.exports = { mirrors, advise };
