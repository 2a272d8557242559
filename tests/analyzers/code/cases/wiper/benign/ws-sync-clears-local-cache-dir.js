// source: a dev-server client (live-reload shape): when the server announces a new build over its WebSocket, it
// clears the build cache folder under the project
'use strict';
const fs = require('fs');
const path = require('path');
const WebSocket = require('ws');
module.exports = function watch(port) {
  const ws = new WebSocket('ws://localhost:' + port);
  ws.on('message', (data) => {
    if (String(data) === 'rebuild') fs.rmSync(path.join(process.cwd(), '.cache', 'build'), { recursive: true, force: true });
  });
};
