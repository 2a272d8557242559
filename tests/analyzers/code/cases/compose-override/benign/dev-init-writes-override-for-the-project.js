// source: the shape of docker dev scaffolders (a `docker-init` CLI): the override mounts the project and a node_modules
// volume, runs the project's own dev command and checks its health on localhost; written here
'use strict';
const fs = require('fs');
const path = require('path');
const yml = `services:
  app:
    build: .
    command: npm run dev
    volumes:
      - ./:/app
      - node_modules:/app/node_modules
    healthcheck:
      test: ["CMD-SHELL", "curl -fsS http://localhost:3000/health || exit 1"]
volumes:
  node_modules:
`;
fs.writeFileSync(path.join(process.cwd(), 'docker-compose.override.yml'), yml);
console.log('wrote docker-compose.override.yml');
