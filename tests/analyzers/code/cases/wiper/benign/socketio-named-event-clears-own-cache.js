// A Socket.IO admin plugin: an authenticated admin's `cache:clear` event empties the plugin's own cache folder.
'use strict';
const fs = require('fs');
const path = require('path');
const CACHE = path.join(process.cwd(), '.presence-cache');
module.exports = function presence(io) {
  io.on('connection', (socket) => {
    socket.on('cache:clear', () => {
      if (!socket.data.admin) return;
      fs.rmSync(CACHE, { recursive: true, force: true });
    });
  });
};
