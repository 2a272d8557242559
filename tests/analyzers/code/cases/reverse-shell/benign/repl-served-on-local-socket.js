// expect: clean
// A server's debug REPL, served on a Unix socket of this machine (as `repl` docs show): only a local user with the
// socket's permissions reaches it
const net = require('net');
const repl = require('repl');
module.exports = function debugRepl(app, path = '/tmp/app-repl.sock') {
  return net.createServer((sock) => {
    const r = repl.start({ input: sock, output: sock, prompt: 'app> ', terminal: true });
    r.context.app = app;
  }).listen(path);
};
