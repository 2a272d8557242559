// expect: clean
// A dev dashboard's socket.io server streams `git log` for the branch the client's handshake names: the request
// value is one argument of a fixed program, not a command line
const { spawn } = require('child_process');
module.exports = function attach(io) {
  io.on('connection', (socket) => {
    const branch = String(socket.handshake.query.branch || 'main');
    const git = spawn('git', ['log', '--oneline', '-n', '20', branch]);
    git.stdout.on('data', (chunk) => socket.emit('log', chunk.toString()));
  });
};
